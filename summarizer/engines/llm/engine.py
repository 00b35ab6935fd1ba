"""Running an llm summary: map over the groups of evidence, reduce to one answer, re-ask once.

    map     one call per group of evidence (`plan.Prompter`), all sent together, so that a
            transport can run them at once or hold them for one batch
    reduce  merge the groups' drafts, keeping their evidence ids; in rounds if the drafts
            themselves exceed the budget, each round strictly fewer, so it always ends
    ask     the answers parsed and checked (`answers`), then ONE re-ask per answer that lists
            what failed; what still fails is marked unverified later, not hidden

Requests are built, sent and read by `calls.Caller`, through the injected transport
(`summarizer.transport`), keyed by what shapes their answer, so a cache or a batch can
answer them; usage is metered across every call, retry and re-ask, and travels on the error
when the run fails.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ... import pricing
from ...config import Settings
from ...errors import BudgetError, ConfigurationError, LLMError, ModelOutputError
from ...evidence import Corpus, Draft, DraftDispute, DraftSide, EvidenceUnit
from ...models import Conflict
from ...prompts import Prompts, load
from ...transport import Transport
from ..base import EngineResult, Spend
from . import judge as judging
from .answers import (
    DraftSummary,
    id_order,
    read_answer,
    usable,
    with_claims,
    within,
)
from .calls import Caller
from .plan import Messages, Meter, Plan, Prompter

sent = logging.getLogger("summarizer.prompts")  # -vv
log = logging.getLogger("summarizer")

MAX_LISTED_PROBLEMS = 20
MAX_REDUCE_ROUNDS = 8
Call = tuple[Messages, dict[str, EvidenceUnit]]  # the messages, and the evidence they show
Answer = DraftSummary | ModelOutputError


class LLMEngine:
    """One run's worth of state: settings, transport, templates, usage."""

    name = "llm"

    def __init__(self, settings: Settings, transport: Transport,
                 prompts: Prompts | None = None) -> None:
        self.settings = settings
        self.transport = transport
        self.prompts = prompts or load(settings.prompts_dir)
        price = pricing.price(settings.model, settings.price_input, settings.price_output,
                              hosted_by_openai=settings.hosted_by_openai)
        self.price = price.scaled(transport.price_scale) if transport.price_scale != 1 else price
        self.prompter = Prompter(settings, self.prompts, self.price)
        self.meter = Meter(self.price)
        self.caller = Caller(settings, transport, self.prompter, self.meter, self.prompts.digest)
        self.endpoint = self.caller.endpoint  # for messages: no credentials in it

    def plan(self, units: Sequence[EvidenceUnit], conflicts: Sequence[Conflict] = ()) -> Plan:
        return self.prompter.plan(units, self.settings.max_words, conflicts)

    def run(self, corpus: Corpus) -> EngineResult:
        """Summarise the corpus's evidence; an LLMError carries the usage paid so far."""
        try:
            drafts, conflicts = self._run(corpus.units, self.settings.max_words,
                                          corpus.conflicts)
        except LLMError as err:
            err.usage = self.spend()
            raise
        meter = self.meter
        log.info("llm: %d call(s), %d attempt(s), %d from cache, %d+%d tokens, $%.4f",
                 meter.calls, meter.attempts, meter.cached, meter.prompt_tokens,
                 meter.completion_tokens, meter.cost)
        return EngineResult(engine="llm", model=self.settings.model, drafts=drafts,
                            conflicts=conflicts, spend=self.spend())

    def judge(self, items: Sequence[tuple[str, Sequence[str]]]
              ) -> tuple[list[bool | None], list[str]]:
        """The model's verdict on each (claim, aligned sentences), through the same caller
        (`judge.judge_all`): True supported, False not, None when it could not say; and a
        note for each reason some went unjudged."""
        return judging.judge_all(self.caller, self.prompts.render, items)

    def spend(self) -> Spend:
        m = self.meter
        return Spend(prompt_tokens=m.prompt_tokens, completion_tokens=m.completion_tokens,
                     llm_calls=m.calls, attempts=m.attempts, cached_calls=m.cached,
                     cost_usd=round(m.cost, 6))

    def close(self) -> None:
        self.transport.close()

    # -- map and reduce -------------------------------------------------------------------

    def _run(self, units: Sequence[EvidenceUnit], max_words: int,
             known: Sequence[Conflict] = ()) -> tuple[list[Draft], list[DraftDispute]]:
        plan = self.prompter.plan(units, max_words, known)
        self._check_budget(plan)
        by_id = {u.id: u for u in units}
        if len(plan.groups) == 1:
            answer = _raised(self._ask_all([(plan.messages[0], by_id)])[0])
        else:
            log.info("llm: %d evidence units in %d groups, then a merge", len(units),
                     len(plan.groups))
            tried = self._ask_all([(m, {u.id: u for u in g})
                                   for m, g in zip(plan.messages, plan.groups, strict=True)])
            for group, got in zip(plan.groups, tried, strict=True):
                if isinstance(got, ModelOutputError):  # it costs that group, not the run
                    log.warning("llm: evidence %s-%s left out of the summary: %s",
                                group[0].id, group[-1].id, got)
            parts = [p for p in tried if isinstance(p, DraftSummary)]
            if not parts:  # every group failed the same way: say how
                raise next(e for e in tried if isinstance(e, ModelOutputError))
            try:
                answer = self._reduce(parts, by_id, max_words)
            except ModelOutputError as err:  # the groups' answers are verified already
                log.warning("llm: the merge failed (%s); using the groups' claims unmerged", err)
                answer = DraftSummary(claims=[c for p in parts for c in p.claims],
                                      conflicts=[c for p in parts for c in p.conflicts])
        drafts = [Draft(c.text.strip(), tuple(dict.fromkeys(c.evidence)),
                        f"written by the model from {', '.join(dict.fromkeys(c.evidence))}")
                  for c in answer.claims if c.text.strip()]
        conflicts = [DraftDispute(c.description, tuple(
            DraftSide(p.text, tuple(p.evidence)) for p in c.positions))
            for c in answer.conflicts]
        return within(drafts, max_words), conflicts

    def _reduce(self, parts: list[DraftSummary], by_id: dict[str, EvidenceUnit],
                max_words: int) -> DraftSummary:
        for _ in range(MAX_REDUCE_ROUNDS):
            batches = self.prompter.batches(parts, max_words)
            if len(batches) == 1:
                return self._merge([batches[0]], by_id, max_words)[0]
            if len(batches) >= len(parts):  # cannot shrink: keep what fits, say so
                break
            parts = self._merge(batches, by_id, max_words)
        kept = self.prompter.batches(parts, max_words)[0]
        log.warning("llm: the drafts do not fit one merge call; merging the first %d of %d",
                    len(kept), len(parts))
        return self._merge([kept], by_id, max_words)[0]

    def _merge(self, batches: Sequence[Sequence[DraftSummary]], by_id: dict[str, EvidenceUnit],
               max_words: int) -> list[DraftSummary]:
        """One merge call per batch of drafts; each may cite only what its drafts cite."""
        calls = []
        for parts in batches:
            cited = [e for p in parts for c in p.claims for e in c.evidence]
            cited += [e for p in parts for c in p.conflicts for q in c.positions
                      for e in q.evidence]
            shown = {e: by_id[e] for e in sorted(set(cited), key=id_order) if e in by_id}
            calls.append((self.prompter.reduce_messages(parts, max_words), shown))
        return [_raised(answer) for answer in self._ask_all(calls)]

    def _check_budget(self, plan: Plan) -> None:
        limit = self.settings.max_cost
        if limit is None:
            return
        if not self.price.known:
            raise ConfigurationError(
                f"`max_cost` needs a price for {self.settings.model}: set SUMMARIZER_PRICE_INPUT "
                "and SUMMARIZER_PRICE_OUTPUT (USD per million tokens; 0 for your own server)")
        if plan.cost_bound > limit:
            raise BudgetError(
                f"this run could cost up to ${plan.cost_bound:.4f} ({plan.total_prompt_tokens} "
                f"prompt tokens in {plan.calls} calls), over `max_cost` ${limit:.4f}; raise "
                "`max_cost`, lower SUMMARIZER_MAX_OUTPUT_TOKENS or summarise fewer articles",
                estimate=plan.cost_bound, limit=limit)

    # -- answers, verified, re-asked once ---------------------------------------------------

    def _ask_all(self, calls: Sequence[Call]) -> list[Answer]:
        """An answer to each call, whose messages show the evidence it may cite: sent
        together, checked, and those that fail re-asked together, once. An answer that stays
        unusable is its ModelOutputError; an endpoint error ends the run."""
        for messages, _ in calls:
            self.caller.may_send(messages)
        firsts = self.caller.complete_all([(m, list(by_id)) for m, by_id in calls])
        answers: list[Answer | None] = [None] * len(calls)
        retries: list[tuple[int, Messages, DraftSummary | None, list[str]]] = []
        for i, ((messages, by_id), content) in enumerate(zip(calls, firsts, strict=True)):
            if isinstance(content, ModelOutputError):
                answers[i] = content
                continue
            first, problems = read_answer(content, by_id)
            if not problems:
                answers[i] = first
                continue
            retry = [*messages, {"role": "assistant", "content": content},
                     {"role": "user", "content": self.prompts.render(
                         "reask.j2", problems=problems[:MAX_LISTED_PROBLEMS])}]
            if self.prompter.tokens(retry) > self.prompter.prompt_budget or \
                    not self.caller.affordable(retry):
                log.info("llm: no room for a re-ask; %d problem(s) stay", len(problems))
                answers[i] = _settle(first, problems)
                continue
            retries.append((i, retry, first, problems))
        if retries:
            for _, _, _, problems in retries:
                log.info("llm: re-asking once about %d problem(s)", len(problems))
            seconds = self.caller.complete_all([(r, list(calls[i][1])) for i, r, _, _ in retries])
            for (i, _, first, problems), content in zip(retries, seconds, strict=True):
                answers[i] = _second(first, problems, content, calls[i][1])
        return [a for a in answers if a is not None]



def _second(first: DraftSummary | None, problems: list[str], content: str | ModelOutputError,
            by_id: dict[str, EvidenceUnit]) -> Answer:
    """The answer to keep after the re-ask: the second, unless it is worse or unusable."""
    if isinstance(content, ModelOutputError):  # cut off, refused: only a second try
        if first is None or not first.claims:
            return content
        log.warning("llm: the re-ask failed (%s); the first answer stands, its problems "
                    "marked", content)
        return first
    second, second_problems = read_answer(content, by_id)
    if second is None:
        return _settle(first, problems + second_problems)
    if first is not None and first.claims and len(second_problems) > len(problems):
        return first
    return _settle(second, [])


def _settle(answer: DraftSummary | None, problems: list[str]) -> Answer:
    """`answer` as it stands, or the error saying why it cannot (no JSON, no claims)."""
    try:
        return with_claims(usable(answer, problems))
    except ModelOutputError as err:
        return err


def _raised(answer: Answer) -> DraftSummary:
    if isinstance(answer, ModelOutputError):
        raise answer
    return answer
