"""The optional judge (`--judge`): a second opinion on each claim from the configured model.

One short request per claim, MiniCheck-style: the claim and the one or two sentences the
verifier aligned it to (its quotes), answered `{"supported": true}` or `{"supported": false}`.
The requests are built, sent and metered by the engine's `calls.Caller`, through the same
transport as its own (so they are cached, counted and held to `max_cost`); an answer that
cannot be read, or a request that failed, leaves the verifier's verdict standing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from ...transport import redact
from .calls import Caller, Form
from .plan import Messages

SCHEMA: dict[str, Any] = {
    "type": "object", "properties": {"supported": {"type": "boolean"}},
    "required": ["supported"], "additionalProperties": False,
}
MAX_ANSWER_TOKENS = 20  # '{"supported": false}' and a little room
FORM = Form("Verdict", SCHEMA, SCHEMA, MAX_ANSWER_TOKENS)


def judge_all(caller: Caller, render: Callable[..., str],
              items: Sequence[tuple[str, Sequence[str]]]
              ) -> tuple[list[bool | None], list[str]]:
    """The model's verdict on each (claim, aligned sentences): True supported, False not,
    None when its answer could not be read or `max_cost` left no room to ask; and one note
    for each reason some claims went unjudged (for the summary's warnings, not one a claim)."""
    verdicts: list[bool | None] = [None] * len(items)
    sends = _affordable(caller, [messages(render, c, s) for c, s in items])
    notes = [] if len(sends) == len(items) else [
        f"`max_cost` left no room to judge {len(items) - len(sends)} of {len(items)} "
        "claim(s); the verifier's verdict stands for them"]
    if not sends:
        return verdicts, notes
    results = caller.send([(m, FORM) for m in sends], what="judge prompt")
    failed: list[str] = []
    for n, result in enumerate(results):
        if isinstance(result, dict):
            verdicts[n] = verdict(str(result.get("content") or ""))
        else:
            failed.append(redact(str(result), caller.settings.api_key))
    if failed:
        notes.append(f"{len(failed)} of {len(items)} claim(s) not judged ({failed[0]}"
                     f"{'; and other errors' if len(set(failed)) > 1 else ''}); the "
                     "verifier's verdict stands for them")
    return verdicts, notes


def _affordable(caller: Caller, asked: list[Messages]) -> list[Messages]:
    """The first of `asked` that `max_cost` has room for, each bound to cost its most."""
    limit, total = caller.settings.max_cost, 0.0
    for n, msgs in enumerate(asked):
        total += caller.bound(msgs, MAX_ANSWER_TOKENS)
        if limit is not None and caller.meter.cost + total > limit:
            return asked[:n]
    return asked


def messages(render: Callable[..., str], claim: str, sentences: Sequence[str]
             ) -> list[dict[str, str]]:
    """The one user message of a judge call."""
    return [{"role": "user",
             "content": render("judge.j2", claim=claim, sentences=list(sentences))}]


def verdict(content: str) -> bool | None:
    """True or False from an answer, None when it says neither."""
    try:
        answer = json.loads(content)
    except (ValueError, TypeError):
        return None
    found = answer.get("supported") if isinstance(answer, dict) else None
    return found if isinstance(found, bool) else None
