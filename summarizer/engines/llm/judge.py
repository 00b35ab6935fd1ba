"""The optional judge (`--judge`): a second opinion on each claim from the configured model.

One short request per claim, MiniCheck-style: the claim and the one or two sentences the
verifier aligned it to (its quotes), answered `{"supported": true}` or `{"supported": false}`.
The requests go through the same transport as the llm engine's (so they are cached, counted
and held to `max_cost`); an answer that cannot be read leaves the verifier's verdict standing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ...cache import key
from ...transport import Request

SCHEMA: dict[str, Any] = {
    "type": "object", "properties": {"supported": {"type": "boolean"}},
    "required": ["supported"], "additionalProperties": False,
}
MAX_ANSWER_TOKENS = 20  # '{"supported": false}' and a little room


def messages(render: Any, claim: str, sentences: Sequence[str]) -> list[dict[str, str]]:
    """The one user message of a judge call."""
    return [{"role": "user",
             "content": render("judge.j2", claim=claim, sentences=list(sentences))}]


def request(msgs: list[dict[str, str]], *, model: str, fmt: str, limit_name: str,
            endpoint: str, templates: str, temperature: float | None) -> Request:
    """The chat completion of one judge call, keyed like the engine's (endpoint, templates
    and the request as configured)."""
    def params(form: str) -> dict[str, Any]:
        response_format: dict[str, Any] = (
            {"type": "json_object", "schema": SCHEMA} if form == "json_object" else
            {"type": "json_schema", "json_schema": {"name": "Verdict", "strict": True,
                                                    "schema": SCHEMA}})
        found: dict[str, Any] = {"model": model, "messages": msgs,
                                 "response_format": response_format,
                                 limit_name: MAX_ANSWER_TOKENS}
        if temperature is not None:
            found["temperature"] = temperature
        return found

    return Request(key=key(endpoint=endpoint, templates=templates, request=params("json_schema")),
                   params=params(fmt))


def verdict(content: str) -> bool | None:
    """True or False from an answer, None when it says neither."""
    try:
        answer = json.loads(content)
    except (ValueError, TypeError):
        return None
    found = answer.get("supported") if isinstance(answer, dict) else None
    return found if isinstance(found, bool) else None
