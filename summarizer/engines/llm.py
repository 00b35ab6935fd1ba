"""The llm engine: numbered evidence in, claims citing evidence ids out, through any
OpenAI-compatible endpoint (OpenAI, Azure, Ollama, vLLM, llama.cpp).

This is the only module that imports `openai`, and only when the engine runs.

    plan    evidence units -> groups that fit the context budget (tiktoken counts) and the
            messages for each; prices the run before anything is sent (--dry-run, --max-cost)
    map     one call per group, concurrently (bounded); one group: this is the whole run
    reduce  merge the groups' drafts, keeping their evidence ids; in rounds if the drafts
            themselves exceed the budget, each round strictly fewer, so it always ends
    ask     one call: cache lookup, request with a strict JSON schema, typed errors for
            refusal / truncation / bad JSON; then the shared verifier, and ONE re-ask that
            lists what failed. What still fails is marked unverified later, not hidden.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, ValidationError

from .. import pricing
from ..cache import Cache, key
from ..chunking import count_tokens
from ..config import OPENAI_URL, Settings
from ..errors import BudgetError, ConfigurationError, EndpointError, ModelOutputError
from ..evidence import Draft, EvidenceUnit
from ..prompts import Prompts, load
from ..verify import check_claim
from . import cancel_event, stop_if_cancelled

if TYPE_CHECKING:
    from ..batch_api import Outbox

log = logging.getLogger("summarizer")

MESSAGE_OVERHEAD = 4  # tokens each chat message costs beyond its content
MAX_LISTED_PROBLEMS = 20
MAX_REDUCE_ROUNDS = 8


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DraftClaim(_Out):
    """A claim as the model writes it."""

    text: str
    evidence: list[str]


class DraftPosition(_Out):
    """One side of a disagreement, as the model writes it."""

    text: str
    evidence: list[str]


class DraftConflict(_Out):
    """A disagreement between sources, as the model reports it."""

    description: str
    positions: list[DraftPosition]


class DraftSummary(_Out):
    """What every call answers: the structure sent as the strict response_format schema."""

    claims: list[DraftClaim]
    conflicts: list[DraftConflict]


Messages = list[dict[str, str]]


@dataclass
class Plan:
    """What a run will send, known before anything is sent."""

    groups: list[list[EvidenceUnit]]
    messages: list[Messages]
    prompt_tokens: list[int]
    reduce_tokens: int  # upper bound for the merge call(s); 0 with one group
    reduce_calls: int
    context: int
    max_output: int
    price: pricing.Price

    @property
    def calls(self) -> int:
        return len(self.groups) + self.reduce_calls

    @property
    def total_prompt_tokens(self) -> int:
        return sum(self.prompt_tokens) + self.reduce_tokens

    @property
    def max_completion_tokens(self) -> int:
        return self.calls * self.max_output

    @property
    def cost_bound(self) -> float:
        """Most the run can cost without re-asks: every answer at the output limit."""
        return self.price.cost(self.total_prompt_tokens, self.max_completion_tokens)


@dataclass
class Meter:
    """Usage across every call, retry and re-ask; safe to share between threads."""

    price: pricing.Price
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    attempts: int = 0
    cached: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def cost(self) -> float:
        return self.price.cost(self.prompt_tokens, self.completion_tokens)

    def add(self, *, prompt: int = 0, completion: int = 0, calls: int = 0, attempts: int = 0,
            cached: int = 0) -> None:
        with self._lock:
            self.prompt_tokens += prompt
            self.completion_tokens += completion
            self.calls += calls
            self.attempts += attempts
            self.cached += cached


@dataclass
class Result:
    """The engine's answer: drafts to verify and render, conflicts it saw, usage."""

    drafts: list[Draft]
    conflicts: list[DraftConflict]
    meter: Meter


MAX_ENUM_IDS = 500  # beyond this the id list would swell the schema; ids are checked anyway
# Bounds for grammar-constrained local servers (json_object mode), whose small models can
# otherwise list evidence ids or claims, or write one sentence, until the output limit, or
# answer with no claim at all; OpenAI's strict mode takes the schema without them.
_BOUNDS = {"claims": (1, 10), "conflicts": (0, 3), "positions": (2, 3), "evidence": (1, 6)}
_TEXT_CHARACTERS = {"DraftClaim": ("text", 300), "DraftPosition": ("text", 200),
                    "DraftConflict": ("description", 160)}


def response_schema(ids: Sequence[str], *, bounded: bool = False) -> dict[str, Any]:
    """The JSON schema of DraftSummary for one call: closed objects, every field required,
    and evidence ids restricted to the ids that call is shown."""
    schema = DraftSummary.model_json_schema()
    defs = schema["$defs"]
    for name in ("DraftClaim", "DraftPosition"):
        evidence = defs[name]["properties"]["evidence"]
        if 0 < len(ids) <= MAX_ENUM_IDS:
            evidence["items"] = {"type": "string", "enum": list(ids)}
    if bounded:
        arrays = [(schema, "claims"), (schema, "conflicts"), (defs["DraftConflict"], "positions"),
                  (defs["DraftClaim"], "evidence"), (defs["DraftPosition"], "evidence")]
        for owner, name in arrays:
            low, high = _BOUNDS[name]
            owner["properties"][name].update({"minItems": low, "maxItems": high} if low
                                             else {"maxItems": high})
        for name, (field, longest) in _TEXT_CHARACTERS.items():
            defs[name]["properties"][field]["maxLength"] = longest
    return schema


class LLMEngine:
    """One run's worth of state: settings, client, cache, templates, usage."""

    def __init__(self, settings: Settings, client: Any = None, cache: Cache | None = None,
                 prompts: Prompts | None = None, outbox: Outbox | None = None) -> None:
        self.settings = settings
        # with an outbox, requests wait for a batch (summarizer.batch_api) instead of going out
        self.outbox = outbox
        self.prompts = prompts or load(settings.prompts_dir)
        self.cache = cache or Cache(settings.cache_dir, enabled=not settings.no_cache)
        self._client = client
        self._owns_client = client is None
        self._cancel = cancel_event.get()
        self.price = pricing.price(settings.model, settings.price_input, settings.price_output)
        if outbox is not None:
            from ..batch_api import BATCH_DISCOUNT

            self.price = self.price.scaled(BATCH_DISCOUNT)
        self.context = pricing.context_window(settings.model, settings.context_tokens)
        self.meter = Meter(self.price)
        self.base_url = (settings.base_url or OPENAI_URL).rstrip("/")
        self.endpoint = settings.endpoint_label  # for messages: no credentials in it
        host = urlsplit(self.base_url).hostname or ""
        self._limit_name = ("max_completion_tokens" if host.endswith(("openai.com", "azure.com"))
                            else "max_tokens")
        self._system = self.prompts.render("system.j2")
        self.format = settings.response_format  # may fall back to json_object, once

    # -- planning -----------------------------------------------------------------------

    def _tokens(self, messages: Messages) -> int:
        return sum(count_tokens(m["content"], self.settings.model) + MESSAGE_OVERHEAD
                   for m in messages)

    def _map_messages(self, units: Sequence[EvidenceUnit], part: int, parts: int,
                      max_words: int) -> Messages:
        user = self.prompts.render("map.j2", units=units, part=part, parts=parts,
                                   max_words=max_words)
        return [{"role": "system", "content": self._system}, {"role": "user", "content": user}]

    @property
    def prompt_budget(self) -> int:
        """Prompt tokens one call may use: the context minus room for the answer."""
        return self.context - self.settings.max_output_tokens

    def plan(self, units: Sequence[EvidenceUnit], max_words: int) -> Plan:
        """Split `units` into groups whose prompts fit the budget; price the whole run."""
        empty = self._tokens(self._map_messages([], 2, 2, max_words))
        # a merge call must hold at least two drafts of full length
        if self.prompt_budget < empty + 2 * self.settings.max_output_tokens:
            raise ConfigurationError(
                f"a context of {self.context} tokens leaves no room to merge answers of up to "
                f"{self.settings.max_output_tokens} tokens; raise SUMMARIZER_CONTEXT_TOKENS or "
                "lower SUMMARIZER_MAX_OUTPUT_TOKENS")
        groups = self._pack(list(units), empty)
        messages = [self._map_messages(g, i, len(groups), max_words)
                    for i, g in enumerate(groups, 1)]
        tokens = [self._tokens(m) for m in messages]
        # rendering can cost a little more than the estimate: split any group that overflows
        while any(t > self.prompt_budget for t in tokens):
            i = next(i for i, t in enumerate(tokens) if t > self.prompt_budget)
            group = groups[i]
            if len(group) == 1:
                raise ConfigurationError(
                    f"one evidence sentence ({tokens[i]} tokens with the prompt) does not fit a "
                    f"context of {self.context} tokens; raise SUMMARIZER_CONTEXT_TOKENS")
            groups[i:i + 1] = [group[:len(group) // 2], group[len(group) // 2:]]
            messages = [self._map_messages(g, n, len(groups), max_words)
                        for n, g in enumerate(groups, 1)]
            tokens = [self._tokens(m) for m in messages]
        reduce_tokens, reduce_calls = 0, 0
        if len(groups) > 1:
            drafts = len(groups) * self.settings.max_output_tokens
            per_call = self.prompt_budget - empty
            reduce_calls = 1
            while drafts > per_call:  # rounds of merging, as reduce() will do
                batches = -(-drafts // per_call)
                reduce_calls += batches
                drafts = batches * self.settings.max_output_tokens
            reduce_tokens = min(len(groups) * self.settings.max_output_tokens + empty,
                                self.prompt_budget) * reduce_calls
        return Plan(groups=groups, messages=messages, prompt_tokens=tokens,
                    reduce_tokens=reduce_tokens, reduce_calls=reduce_calls, context=self.context,
                    max_output=self.settings.max_output_tokens, price=self.price)

    def _pack(self, units: list[EvidenceUnit], empty: int) -> list[list[EvidenceUnit]]:
        room = self.prompt_budget - empty
        groups: list[list[EvidenceUnit]] = [[]]
        used = 0
        for unit in units:
            cost = count_tokens(unit.text, self.settings.model) + 10  # "[e12] (3 sources) "
            if groups[-1] and used + cost > room:
                groups.append([])
                used = 0
            groups[-1].append(unit)
            used += cost
        return groups

    # -- running ------------------------------------------------------------------------

    def run(self, units: Sequence[EvidenceUnit], max_words: int) -> Result:
        """Summarise `units`: map over groups, reduce to one answer, verify, re-ask once."""
        plan = self.plan(units, max_words)
        self._check_budget(plan)
        by_id = {u.id: u for u in units}
        if len(plan.groups) == 1:
            answer = self._ask(plan.messages[0], by_id)
        else:
            log.info("llm: %d evidence units in %d groups, then a merge", len(units),
                     len(plan.groups))
            workers = min(self.settings.concurrency, len(plan.groups))
            with ThreadPoolExecutor(max_workers=workers) as pool:
                tried = list(pool.map(self._ask_group, plan.messages, plan.groups))
            parts = [p for p in tried if isinstance(p, DraftSummary)]
            if not parts:  # every group failed the same way: say how
                raise next(e for e in tried if isinstance(e, ModelOutputError))
            try:
                answer = self._reduce(parts, by_id, max_words)
            except ModelOutputError as err:  # the groups' answers are verified already
                log.warning("llm: the merge failed (%s); using the groups' claims unmerged", err)
                answer = DraftSummary(claims=[c for p in parts for c in p.claims],
                                      conflicts=[c for p in parts for c in p.conflicts])
        drafts = [Draft(c.text.strip(), tuple(dict.fromkeys(c.evidence)))
                  for c in answer.claims if c.text.strip()]
        return Result(drafts=_within(drafts, max_words), conflicts=answer.conflicts,
                      meter=self.meter)

    def _ask_group(self, messages: Messages, group: Sequence[EvidenceUnit]
                   ) -> DraftSummary | ModelOutputError:
        """A map call; an unusable answer costs that group, not the run (endpoint errors do)."""
        try:
            return self._ask(messages, {u.id: u for u in group})
        except ModelOutputError as err:
            log.warning("llm: evidence %s-%s left out of the summary: %s", group[0].id,
                        group[-1].id, err)
            return err

    def _reduce(self, parts: list[DraftSummary], by_id: dict[str, EvidenceUnit],
                max_words: int) -> DraftSummary:
        for _ in range(MAX_REDUCE_ROUNDS):
            batches = self._batches(parts, max_words)
            if len(batches) == 1:
                return self._merge(batches[0], by_id, max_words)
            if len(batches) >= len(parts):  # cannot shrink: keep what fits, say so
                break
            parts = [self._merge(b, by_id, max_words) for b in batches]
        kept = self._batches(parts, max_words)[0]
        log.warning("llm: the drafts do not fit one merge call; merging the first %d of %d",
                    len(kept), len(parts))
        return self._merge(kept, by_id, max_words)

    def _merge(self, parts: Sequence[DraftSummary], by_id: dict[str, EvidenceUnit],
               max_words: int) -> DraftSummary:
        """One merge call; it may cite only the evidence its drafts cite."""
        cited = [e for p in parts for c in p.claims for e in c.evidence]
        cited += [e for p in parts for c in p.conflicts for q in c.positions for e in q.evidence]
        shown = {e: by_id[e] for e in sorted(set(cited), key=_id_order) if e in by_id}
        return self._ask(self._reduce_messages(parts, max_words), shown)

    def _reduce_messages(self, parts: Sequence[DraftSummary], max_words: int) -> Messages:
        claims = [c for p in parts for c in p.claims]
        conflicts = [c for p in parts for c in p.conflicts if len(c.positions) >= 2]
        user = self.prompts.render("reduce.j2", claims=claims, conflicts=conflicts,
                                   parts=len(parts), max_words=max_words)
        return [{"role": "system", "content": self._system}, {"role": "user", "content": user}]

    def _batches(self, parts: list[DraftSummary], max_words: int) -> list[list[DraftSummary]]:
        batches: list[list[DraftSummary]] = [[]]
        for part in parts:
            trial = [*batches[-1], part]
            if batches[-1] and self._tokens(self._reduce_messages(trial, max_words)) > \
                    self.prompt_budget:
                batches.append([part])
            else:
                batches[-1] = trial
        return batches

    def _check_budget(self, plan: Plan) -> None:
        limit = self.settings.max_cost
        if limit is None:
            return
        if not self.price.known:
            raise ConfigurationError(
                f"--max-cost needs a price for {self.settings.model}: set SUMMARIZER_PRICE_INPUT "
                "and SUMMARIZER_PRICE_OUTPUT (USD per million tokens; 0 for your own server)")
        if plan.cost_bound > limit:
            raise BudgetError(
                f"this run could cost up to ${plan.cost_bound:.4f} ({plan.total_prompt_tokens} "
                f"prompt tokens in {plan.calls} calls), over --max-cost ${limit:.4f}; raise "
                "--max-cost, lower SUMMARIZER_MAX_OUTPUT_TOKENS or summarise fewer articles",
                estimate=plan.cost_bound, limit=limit)

    def _affordable(self, messages: Messages) -> bool:
        limit = self.settings.max_cost
        if limit is None:
            return True
        bound = self.price.cost(self._tokens(messages), self.settings.max_output_tokens)
        return self.meter.cost + bound <= limit

    # -- one call, verified, re-asked once ----------------------------------------------

    def _ask(self, messages: Messages, by_id: dict[str, EvidenceUnit]) -> DraftSummary:
        """One answer to `messages`, which show the evidence `by_id` and may cite only it."""
        tokens = self._tokens(messages)
        if tokens > self.prompt_budget:  # plan() and _batches() prevent it
            raise ConfigurationError(
                f"a prompt of {tokens} tokens does not fit a context of {self.context}; "
                "raise SUMMARIZER_CONTEXT_TOKENS")
        if not self._affordable(messages):
            raise BudgetError(
                f"stopped: the next call would take the run over --max-cost "
                f"${self.settings.max_cost:.4f} (spent ${self.meter.cost:.4f})",
                estimate=self.meter.cost, limit=self.settings.max_cost or 0.0)
        ids = list(by_id)
        content = self._complete(messages, ids)
        first, problems = self._read(content, by_id)
        if not problems:
            assert first is not None
            return first
        retry = [*messages, {"role": "assistant", "content": content},
                 {"role": "user", "content": self.prompts.render(
                     "reask.j2", problems=problems[:MAX_LISTED_PROBLEMS])}]
        if self._tokens(retry) > self.prompt_budget or not self._affordable(retry):
            log.info("llm: no room for a re-ask; %d problem(s) stay", len(problems))
            return _with_claims(_usable(first, problems))
        log.info("llm: re-asking once about %d problem(s)", len(problems))
        try:
            second, second_problems = self._read(self._complete(retry, ids), by_id)
        except ModelOutputError as err:  # cut off, refused: the re-ask was only a second try
            if first is None or not first.claims:
                raise
            log.warning("llm: the re-ask failed (%s); the first answer stands, its problems "
                        "marked", err)
            return first
        if second is None:
            return _with_claims(_usable(first, problems + second_problems))
        if first is not None and first.claims and len(second_problems) > len(problems):
            return first
        return _with_claims(second)

    def _read(self, content: str, by_id: dict[str, EvidenceUnit]
              ) -> tuple[DraftSummary | None, list[str]]:
        """The parsed answer and what is wrong with it (parse errors or failed claims)."""
        text = _strip_fences(content)
        try:
            # strict=False: local models put raw newlines and tabs inside JSON strings
            data = json.loads(text, strict=False)
        except ValueError as err:
            return None, [f"the answer is not valid JSON: {err}"]
        try:
            answer = DraftSummary.model_validate(data)
        except ValidationError as err:
            return None, ["the answer does not match the required structure: "
                          + _first_error(err)]
        return answer, problems_of(answer, by_id)

    def _complete(self, messages: Messages, ids: Sequence[str]) -> str:
        """The message content of one chat completion (from the cache when possible)."""
        # keyed on the configured format, so an answer obtained after a format fallback is
        # found again by a rerun, which starts from the configured format too
        intended = self._params(messages, ids, self.settings.response_format)
        digest = key(endpoint=self.base_url, templates=self.prompts.digest, request=intended)
        outcome = self.outbox.answers.get(digest) if self.outbox else None
        if outcome is not None:  # answered by a batch during this run: a paid call
            usage = outcome.get("usage") or {}
            self.meter.add(prompt=int(usage.get("prompt_tokens") or 0),
                           completion=int(usage.get("completion_tokens") or 0), calls=1,
                           attempts=1)
        elif (outcome := self.cache.get(digest)) is not None:
            self.meter.add(cached=1)
        elif self.outbox is not None:
            self._defer(digest, self._params(messages, ids, self.format))
        else:
            stop_if_cancelled(self._cancel)
            outcome = self._request(messages, ids)
            # cut-off and refused answers too: a rerun is identical, and free
            self.cache.put(digest, outcome)
        content = str(outcome.get("content") or "")
        refusal = outcome.get("refusal")
        if refusal or outcome.get("finish_reason") == "content_filter":
            raise ModelOutputError(
                "the model refused to summarise these articles: "
                + _redact(str(refusal or "content filter"), self.settings.api_key)[:200],
                reason="refusal")
        if outcome.get("finish_reason") == "length":
            raise ModelOutputError(
                f"the model's answer was cut off at {self.settings.max_output_tokens} tokens; "
                "raise SUMMARIZER_MAX_OUTPUT_TOKENS or lower --max-words", reason="length")
        if not content.strip():
            raise ModelOutputError("the model answered with an empty message; try another "
                                   "model", reason="empty")
        return content

    def _defer(self, digest: str, params: dict[str, Any]) -> NoReturn:
        """Queue the request for the next batch, or raise what the last batch said of it."""
        from ..batch_api import Deferred

        assert self.outbox is not None
        failure = self.outbox.failures.get(digest)
        if failure is None:
            self.outbox.hold(digest, params)
            raise Deferred(digest)
        hint = ("; set SUMMARIZER_RESPONSE_FORMAT=json_object" if _rejects_format(failure)
                else "; rerun --batch to try it again")
        raise EndpointError(f"{self.endpoint}: the batch did not answer a request ({failure})"
                            + hint)

    def _request(self, messages: Messages, ids: Sequence[str]) -> dict[str, Any]:
        """Send one request; its answer as {content, finish_reason, refusal}, usage counted."""
        try:
            completion, attempts = self._send(self._params(messages, ids, self.format))
        except EndpointError as err:
            if not (err.format_rejected and self.format == "json_schema"):
                raise
            # llama-cpp-python's server, for one, takes the schema only as json_object
            log.warning("llm: %s does not take the json_schema response format; sending the "
                        "schema as json_object from now on (set SUMMARIZER_RESPONSE_FORMAT="
                        "json_object to skip this)", self.endpoint)
            self.format = "json_object"
            completion, attempts = self._send(self._params(messages, ids, self.format))
        choices = getattr(completion, "choices", None) or []
        usage = getattr(completion, "usage", None)
        prompt_tokens = getattr(usage, "prompt_tokens", None) or self._tokens(messages)
        if not choices:
            self.meter.add(prompt=prompt_tokens, calls=1, attempts=attempts)
            raise ModelOutputError("the endpoint answered with no choices; check that "
                                   f"{self.settings.model} is a chat model", reason="empty")
        message = choices[0].message
        content = message.content or ""
        completion_tokens = getattr(usage, "completion_tokens", None) or count_tokens(
            content, self.settings.model)
        self.meter.add(prompt=prompt_tokens, completion=completion_tokens, calls=1,
                       attempts=attempts)
        return {"content": content, "finish_reason": choices[0].finish_reason,
                "refusal": getattr(message, "refusal", None), "model": self.settings.model}

    def _params(self, messages: Messages, ids: Sequence[str], fmt: str) -> dict[str, Any]:
        response_format: dict[str, Any]
        if fmt == "json_object":
            response_format = {"type": "json_object",
                               "schema": response_schema(ids, bounded=True)}
        else:
            response_format = {"type": "json_schema", "json_schema": {
                "name": "DraftSummary", "strict": True, "schema": response_schema(ids)}}
        params: dict[str, Any] = {
            "model": self.settings.model, "messages": messages,
            "response_format": response_format,
            # OpenAI (and Azure) want max_completion_tokens, which reasoning models require;
            # llama.cpp, vLLM and Ollama servers read max_tokens and may ignore the other
            self._limit_name: self.settings.max_output_tokens,
        }
        if self.settings.temperature is not None and not pricing.is_reasoning_model(
                self.settings.model):
            params["temperature"] = self.settings.temperature
        return params

    # -- transport ----------------------------------------------------------------------

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = make_client(self.settings)
        return self._client

    def close(self) -> None:
        """Close the HTTP client if this engine built it (an injected one is the caller's)."""
        if self._owns_client and self._client is not None:
            self._client.close()
            self._client = None

    def _send(self, params: dict[str, Any]) -> tuple[Any, int]:
        """One request with the client's own retries; returns (completion, attempts)."""
        import openai

        retried = int(getattr(self.client, "max_retries", self.settings.max_retries)) + 1
        try:
            raw = self.client.chat.completions.with_raw_response.create(**params)
            return raw.parse(), int(raw.retries_taken) + 1
        except openai.APITimeoutError:
            self.meter.add(attempts=retried)
            raise EndpointError(
                f"{self.endpoint} did not answer within {self.settings.timeout:g}s "
                f"({retried} attempts); raise --timeout or check the server",
                attempts=retried) from None
        except openai.APIConnectionError as err:
            self.meter.add(attempts=retried)
            cause = _redact(str(err.__cause__ or err), self.settings.api_key)
            raise EndpointError(
                f"cannot reach {self.endpoint} ({retried} attempts: {cause}); check "
                "OPENAI_BASE_URL and that the server is running", attempts=retried) from None
        except openai.APIStatusError as err:
            attempts = retried if err.status_code in (408, 409, 429) or err.status_code >= 500 \
                else 1
            self.meter.add(attempts=attempts)
            detail = _error_detail(err)
            raise EndpointError(self._status_message(err, attempts), status=err.status_code,
                                attempts=attempts,
                                format_rejected=_rejects_format(detail)) from None

    def _status_message(self, err: Any, attempts: int) -> str:
        status = err.status_code
        detail = " ".join(_redact(_error_detail(err), self.settings.api_key).split())[:300]
        where = f"{self.endpoint} answered {status}"
        if status == 401:
            return f"{where}: the API key was refused; check OPENAI_API_KEY"
        if status == 403:
            return f"{where}: this key may not use {self.settings.model} ({detail})"
        if status == 404:
            return (f"{where}: no such model or URL ({detail}); check --model and that "
                    "OPENAI_BASE_URL ends in /v1")
        if status == 429:
            return (f"{where} after {attempts} attempts: rate limited or out of quota "
                    f"({detail}); wait, or lower SUMMARIZER_CONCURRENCY")
        if _rejects_format(detail):
            other = "json_object" if self.format == "json_schema" else "json_schema"
            return (f"{where}: it does not take this response format ({detail}); set "
                    f"SUMMARIZER_RESPONSE_FORMAT={other}")
        if status >= 500:
            return f"{where} after {attempts} attempts: server error ({detail}); try again later"
        return f"{where}: the request was rejected ({detail})"


def make_client(settings: Settings) -> Any:
    """The `openai.OpenAI` client the settings describe (the SDK's own retries and backoff)."""
    import openai

    return openai.OpenAI(api_key=settings.api_key or "no-key",
                         base_url=(settings.base_url or OPENAI_URL).rstrip("/"),
                         timeout=settings.timeout, max_retries=settings.max_retries)


class AsyncClientBridge:
    """An `openai.AsyncOpenAI` client as the engine uses a client, from its worker threads:
    each request runs as a coroutine on `loop` (the caller's), and the thread waits for it.
    `summarize_async` builds one when it is given an async client."""

    def __init__(self, client: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._client, self._loop = client, loop
        self.max_retries = client.max_retries
        raw = SimpleNamespace(create=self._create)
        self.chat = SimpleNamespace(completions=SimpleNamespace(with_raw_response=raw))

    def _create(self, **params: Any) -> Any:
        async def call() -> Any:
            raw = await self._client.chat.completions.with_raw_response.create(**params)
            return raw.parse(), raw.retries_taken

        parsed, retries = asyncio.run_coroutine_threadsafe(call(), self._loop).result()
        return SimpleNamespace(parse=lambda: parsed, retries_taken=retries)


def is_async_client(client: Any) -> bool:
    """Whether `client` is an `openai.AsyncOpenAI` (or AsyncAzureOpenAI)."""
    import openai

    return isinstance(client, openai.AsyncOpenAI)


def problems_of(answer: DraftSummary, by_id: dict[str, EvidenceUnit]) -> list[str]:
    """Every claim or conflict position the cited evidence does not support, one line each;
    an answer with no claims at all is a problem too (evidence always holds some)."""
    problems = [] if answer.claims else [
        "the answer has no claims: state the facts of the evidence as claims, each citing the "
        "evidence ids that state it"]
    for n, claim in enumerate(answer.claims, 1):
        for problem in _check(claim.text, claim.evidence, by_id):
            problems.append(f"claim {n} ({claim.text[:80]!r}): {problem}")
    for n, conflict in enumerate(answer.conflicts, 1):
        for position in conflict.positions:
            unknown = [e for e in position.evidence if e not in by_id]
            if unknown or not position.evidence:
                problems.append(f"conflict {n}: position {position.text[:60]!r} cites "
                                + ("unknown evidence ids " + ", ".join(unknown) if unknown
                                   else "no evidence"))
    return problems


def _check(text: str, evidence: Sequence[str], by_id: dict[str, EvidenceUnit]) -> list[str]:
    unknown = [e for e in evidence if e not in by_id]
    cited = [m.text for e in evidence if e in by_id for m in by_id[e].mentions]
    problems = ["unknown evidence ids: " + ", ".join(unknown)] if unknown else []
    return problems + check_claim(text, cited)


def _with_claims(answer: DraftSummary) -> DraftSummary:
    """`answer`, once re-asked, unless it still has no claim: a typed error, so that
    --fallback extractive can step in rather than an empty summary go out."""
    if not answer.claims:
        raise ModelOutputError("the model answered with no claims, even when asked again; try "
                               "another model, or --fallback extractive", reason="empty")
    return answer


def _usable(answer: DraftSummary | None, problems: list[str]) -> DraftSummary:
    if answer is not None:
        return answer
    reason = "invalid_json" if "not valid JSON" in problems[-1] else "schema"
    raise ModelOutputError(
        f"the model did not answer with the required JSON ({problems[-1]}); try another "
        "model, or SUMMARIZER_RESPONSE_FORMAT=json_object for servers such as llama.cpp",
        reason=reason)


def _id_order(evidence_id: str) -> tuple[int, str]:
    digits = evidence_id[1:]
    return (int(digits), evidence_id) if digits.isdigit() else (1 << 30, evidence_id)


def _within(drafts: list[Draft], max_words: int) -> list[Draft]:
    kept: list[Draft] = []
    words = 0
    for draft in drafts:
        n = len(draft.text.split())
        if kept and words + n > max_words:
            break
        kept.append(draft)
        words += n
    return kept


_FENCE = re.compile(r"^\s*```(?:json)?\s*\n?(.*?)\n?```\s*$", re.DOTALL)


def _strip_fences(content: str) -> str:
    match = _FENCE.match(content)
    return match.group(1) if match else content


def _first_error(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "answer"
    return f"{where}: {first['msg']}"


def _rejects_format(detail: str) -> bool:
    """Whether an endpoint's error message is about the response format it was sent."""
    return "response_format" in detail or "json_schema" in detail


def _error_detail(err: Any) -> str:
    body = getattr(err, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        if message:
            return str(message) if not isinstance(message, (dict, list)) else json.dumps(message)
    return str(getattr(err, "message", "") or err)


_SECRET = re.compile(r"(sk-[A-Za-z0-9_\-*]{6,}|Bearer\s+\S+)")


def _redact(text: str, api_key: str | None) -> str:
    """`text` with the API key and anything shaped like a key removed."""
    if api_key:
        text = text.replace(api_key, "***")
    return _SECRET.sub("***", text)


def describe(plan: Plan, settings: Settings, endpoint: str) -> list[str]:
    """The dry-run report: what would be sent, and what it could cost."""
    cost = (f"at most ${plan.cost_bound:.4f}" if plan.price.known else
            "unknown (no price for this model; set SUMMARIZER_PRICE_INPUT/OUTPUT)")
    return [
        f"dry run: nothing was sent to {endpoint}",
        f"model: {settings.model} (context {plan.context} tokens, answers up to "
        f"{plan.max_output} tokens)",
        f"prompt tokens: {plan.total_prompt_tokens} in {plan.calls} call(s): "
        f"{len(plan.groups)} group(s) of evidence"
        + (f" + {plan.reduce_calls} merge call(s), estimated" if plan.reduce_calls else ""),
        f"completion tokens: at most {plan.max_completion_tokens}",
        f"cost: {cost}, not counting re-asks (at most one per call)",
    ]

