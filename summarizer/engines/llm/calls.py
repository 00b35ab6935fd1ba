"""Sending the llm engine's chat completions and reading what comes back.

`Caller` builds each request (the response format of its `Form`, the token limit the server
reads, a temperature unless the model reasons), files it under the digest of what shapes its
answer, sends a call's requests together through the transport, meters what every one used,
and turns each result into the answer's text or the `ModelOutputError` saying why there is
none. It also refuses a prompt the context or `max_cost` has no room for. A server that
rejects the json_schema response format is asked again with json_object, once for the run.
The summary's calls and the judge's (`judge`) go through it alike; only their forms differ.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ... import pricing
from ...cache import key
from ...chunking import count_tokens
from ...config import OPENAI_URL, Settings
from ...errors import BudgetError, ConfigurationError, EndpointError, LLMError, ModelOutputError
from ...transport import Outcome, Request, Result, Transport, redact
from .answers import response_schema
from .plan import Messages, Meter, Prompter

sent = logging.getLogger("summarizer.prompts")  # -vv
log = logging.getLogger("summarizer")


@dataclass(frozen=True)
class Form:
    """What a call must answer: a JSON schema under its name, the same schema as it goes with
    json_object (`loose`), and the most tokens the answer may take."""

    name: str
    schema: dict[str, Any]
    loose: dict[str, Any]
    max_tokens: int


class Caller:
    """One run's requests: how they are built, sent, metered and read."""

    def __init__(self, settings: Settings, transport: Transport, prompter: Prompter,
                 meter: Meter, templates: str) -> None:
        self.settings = settings
        self.transport = transport
        self.prompter = prompter
        self.meter = meter
        self.templates = templates  # the prompts' digest: part of every request's key
        self.base_url = (settings.base_url or OPENAI_URL).rstrip("/")
        self.endpoint = settings.endpoint_label  # for messages: no credentials in it
        host = urlsplit(self.base_url).hostname or ""
        self.limit_name = ("max_completion_tokens" if host.endswith(("openai.com", "azure.com"))
                           else "max_tokens")
        self.format = settings.response_format  # may fall back to json_object, once

    def may_send(self, messages: Messages) -> None:
        tokens = self.prompter.tokens(messages)
        if tokens > self.prompter.prompt_budget:  # plan() and batches() prevent it
            raise ConfigurationError(
                f"a prompt of {tokens} tokens does not fit a context of "
                f"{self.prompter.context}; raise SUMMARIZER_CONTEXT_TOKENS")
        if not self.affordable(messages):
            raise BudgetError(
                f"stopped: the next call would take the run over `max_cost` "
                f"${self.settings.max_cost:.4f} (spent ${self.meter.cost:.4f})",
                estimate=self.meter.cost, limit=self.settings.max_cost or 0.0)

    def affordable(self, messages: Messages) -> bool:
        limit = self.settings.max_cost
        if limit is None:
            return True
        return self.meter.cost + self.bound(messages, self.settings.max_output_tokens) <= limit

    def bound(self, messages: Messages, answer_tokens: int) -> float:
        """The most a call of `messages` can cost, its answer taking `answer_tokens`."""
        return self.meter.price.cost(self.prompter.tokens(messages), answer_tokens)

    def summary_form(self, ids: Sequence[str]) -> Form:
        """A summary's (DraftSummary) answer citing only `ids`."""
        return Form("DraftSummary", response_schema(ids), response_schema(ids, bounded=True),
                    self.settings.max_output_tokens)

    def complete_all(self, calls: Sequence[tuple[Messages, list[str]]]
                      ) -> list[str | ModelOutputError]:
        """The message content of each summary call (messages, the evidence ids it may
        cite), or why it is unusable; an endpoint's error ends the run."""
        results = self.send([(m, self.summary_form(ids)) for m, ids in calls])
        failed = next((r for r in results if isinstance(r, EndpointError)), None)
        if failed is not None:
            raise failed
        return [self._content(r) for r in results]

    def send(self, calls: Sequence[tuple[Messages, Form]], what: str = "prompt"
             ) -> list[Result]:
        """Each call's result as the transport gives it, metered; with json_object instead
        for those a server refused the json_schema format for (and from then on)."""
        if sent.isEnabledFor(logging.DEBUG):  # -vv: the prompts, as they are sent
            for n, (messages, _) in enumerate(calls, 1):
                sent.debug("%s %d of %d:\n%s", what, n, len(calls), "\n".join(
                    f"[{m['role']}]\n{m['content']}" for m in messages))
        results = self.transport.complete_all([self.request(*c) for c in calls])
        self.meter_results(results, [m for m, _ in calls])
        rejected = [i for i, r in enumerate(results) if isinstance(r, EndpointError)
                    and r.format_rejected and self.format == "json_schema"]
        if rejected:  # llama-cpp-python's server, for one, takes the schema only as json_object
            log.warning("llm: %s does not take the json_schema response format; sending the "
                        "schema as json_object from now on (set SUMMARIZER_RESPONSE_FORMAT="
                        "json_object to skip this)", self.endpoint)
            self.format = "json_object"
            again = self.transport.complete_all([self.request(*calls[i]) for i in rejected])
            self.meter_results(again, [calls[i][0] for i in rejected])
            for i, result in zip(rejected, again, strict=True):
                results[i] = result
        return results

    def request(self, messages: Messages, form: Form) -> Request:
        # keyed on the configured format, so an answer obtained after a format fallback is
        # found again by a rerun, which starts from the configured format too
        intended = self._params(messages, form, self.settings.response_format)
        digest = key(endpoint=self.base_url, templates=self.templates, request=intended)
        return Request(key=digest, params=self._params(messages, form, self.format))

    def meter_results(self, results: Sequence[Result], asked: Sequence[Messages]) -> None:
        for result, messages in zip(results, asked, strict=True):
            if isinstance(result, EndpointError):
                self.meter.add(attempts=result.attempts)
            elif isinstance(result, dict) and result.get("cached"):
                self.meter.add(cached=1)
            elif isinstance(result, dict):
                prompt, completion = self._usage(result, messages)
                self.meter.add(prompt=prompt, completion=completion, calls=1,
                               attempts=max(1, int(result.get("attempts") or 1)))

    def _usage(self, outcome: Outcome, messages: Messages) -> tuple[int, int]:
        """The tokens a call used: what the server reports, checked against what the request
        could use (a server's figures are not trusted: never negative, never more than the
        prompt sent or the answer allowed; a wrong one is warned about and replaced)."""
        usage = outcome.get("usage") or {}
        content = str(outcome.get("content") or "")
        sent = self.prompter.tokens(messages)
        written = count_tokens(content, self.settings.model,
                               cache_dir=self.settings.cache_dir) if content else 0
        counted = []
        for name, ours, limit in (("prompt", sent, 2 * sent + 1000),
                                  ("completion", written, self.settings.max_output_tokens)):
            theirs = _number(usage.get(f"{name}_tokens"))
            if theirs is not None and not 0 <= theirs <= limit:
                log.warning("llm: %s reported %s %s tokens, which this request cannot have "
                            "used; counted %d instead", self.endpoint, theirs, name, ours)
                theirs = None
            counted.append(theirs or ours)
        return counted[0], counted[1]

    def _content(self, outcome: Result) -> str | ModelOutputError:
        if isinstance(outcome, ModelOutputError):
            return outcome
        if isinstance(outcome, LLMError):
            raise outcome
        content = str(outcome.get("content") or "")
        refusal = outcome.get("refusal")
        if outcome.get("no_choices"):
            return ModelOutputError("the endpoint answered with no choices; check that "
                                    f"{self.settings.model} is a chat model", reason="empty")
        if refusal or outcome.get("finish_reason") == "content_filter":
            return ModelOutputError(
                "the model refused to summarise these articles: "
                + redact(str(refusal or "content filter"), self.settings.api_key)[:200],
                reason="refusal")
        if outcome.get("finish_reason") == "length":
            return ModelOutputError(
                f"the model's answer was cut off at {self.settings.max_output_tokens} tokens; "
                "raise SUMMARIZER_MAX_OUTPUT_TOKENS or lower `max_words`", reason="length")
        if not content.strip():
            return ModelOutputError("the model answered with an empty message; try another "
                                    "model", reason="empty")
        return content

    def _params(self, messages: Messages, form: Form, fmt: str) -> dict[str, Any]:
        response_format: dict[str, Any]
        if fmt == "json_object":
            response_format = {"type": "json_object", "schema": form.loose}
        else:
            response_format = {"type": "json_schema", "json_schema": {
                "name": form.name, "strict": True, "schema": form.schema}}
        params: dict[str, Any] = {
            "model": self.settings.model, "messages": messages,
            "response_format": response_format,
            # OpenAI (and Azure) want max_completion_tokens, which reasoning models require;
            # llama.cpp, vLLM and Ollama servers read max_tokens and may ignore the other
            self.limit_name: form.max_tokens,
        }
        if self.settings.temperature is not None and not pricing.is_reasoning_model(
                self.settings.model):
            params["temperature"] = self.settings.temperature
        return params


def _number(value: Any) -> int | None:
    """A reported token count as an int, or None when there is none."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
