"""Planning an llm run before anything is sent: the prompts, the groups of evidence that fit
the context (tiktoken counts), the merge calls, and what it all can cost (pure but for the
templates, which are read once)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from ... import pricing
from ...chunking import count_tokens, pack
from ...config import Settings
from ...errors import ConfigurationError
from ...evidence import EvidenceUnit
from ...models import Conflict
from ...prompts import Prompts
from .answers import DraftSummary

MESSAGE_OVERHEAD = 4  # tokens each chat message costs beyond its content
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


@dataclass(frozen=True)
class Dispute:
    """A disagreement found before the model runs, as a prompt shows it: each version with
    the evidence ids that state it."""

    description: str
    positions: tuple[tuple[str, tuple[str, ...]], ...]


def disputes(units: Sequence[EvidenceUnit], conflicts: Sequence[Conflict]) -> list[Dispute]:
    """The conflicts two or more of whose versions are stated by `units`, each version with
    the ids of the units whose mentions state it: the model sees the disagreement aligned
    instead of having to find it."""
    ids: dict[str, list[str]] = {}
    for unit in units:
        for mention in unit.mentions:
            ids.setdefault(mention.text, []).append(unit.id)
    found = []
    for conflict in conflicts:
        positions = tuple((p.text, tuple(dict.fromkeys(ids[p.sentence])))
                          for p in conflict.positions if p.sentence in ids)
        if len(positions) >= 2:
            found.append(Dispute(conflict.description, positions))
    return found


class Prompter:
    """The messages of every call, their token counts, and the plan of a run."""

    def __init__(self, settings: Settings, prompts: Prompts, price: pricing.Price) -> None:
        self.settings = settings
        self.prompts = prompts
        self.price = price
        self.context = pricing.context_window(settings.model, settings.context_tokens)
        self._system = prompts.render("system.j2")

    def tokens(self, messages: Messages) -> int:
        return sum(count_tokens(m["content"], self.settings.model,
                                cache_dir=self.settings.cache_dir) + MESSAGE_OVERHEAD
                   for m in messages)

    def map_messages(self, units: Sequence[EvidenceUnit], part: int, parts: int,
                     max_words: int, conflicts: Sequence[Conflict] = ()) -> Messages:
        user = self.prompts.render("map.j2", units=units, part=part, parts=parts,
                                   max_words=max_words, disputes=disputes(units, conflicts))
        return [{"role": "system", "content": self._system}, {"role": "user", "content": user}]

    @property
    def prompt_budget(self) -> int:
        """Prompt tokens one call may use: the context minus room for the answer."""
        return self.context - self.settings.max_output_tokens

    def plan(self, units: Sequence[EvidenceUnit], max_words: int,
             conflicts: Sequence[Conflict] = ()) -> Plan:
        """Split `units` into groups whose prompts fit the budget; price the whole run. Each
        group's prompt also lists the disagreements found between its units (`conflicts`)."""
        empty = self.tokens(self.map_messages([], 2, 2, max_words))
        # a merge call must hold at least two drafts of full length
        if self.prompt_budget < empty + 2 * self.settings.max_output_tokens:
            raise ConfigurationError(
                f"a context of {self.context} tokens leaves no room to merge answers of up to "
                f"{self.settings.max_output_tokens} tokens; raise SUMMARIZER_CONTEXT_TOKENS or "
                "lower SUMMARIZER_MAX_OUTPUT_TOKENS")
        groups = pack(units, self.prompt_budget - empty, lambda u: count_tokens(
            u.text, self.settings.model, cache_dir=self.settings.cache_dir) + 10)  # "[e12] "
        messages = [self.map_messages(g, i, len(groups), max_words, conflicts)
                    for i, g in enumerate(groups, 1)]
        tokens = [self.tokens(m) for m in messages]
        # rendering can cost a little more than the estimate: split any group that overflows
        while any(t > self.prompt_budget for t in tokens):
            i = next(i for i, t in enumerate(tokens) if t > self.prompt_budget)
            group = groups[i]
            if len(group) == 1:
                raise ConfigurationError(
                    f"one evidence sentence ({tokens[i]} tokens with the prompt) does not fit a "
                    f"context of {self.context} tokens; raise SUMMARIZER_CONTEXT_TOKENS")
            groups[i:i + 1] = [group[:len(group) // 2], group[len(group) // 2:]]
            messages = [self.map_messages(g, n, len(groups), max_words, conflicts)
                        for n, g in enumerate(groups, 1)]
            tokens = [self.tokens(m) for m in messages]
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

    def reduce_messages(self, parts: Sequence[DraftSummary], max_words: int) -> Messages:
        claims = [c for p in parts for c in p.claims]
        conflicts = [c for p in parts for c in p.conflicts if len(c.positions) >= 2]
        user = self.prompts.render("reduce.j2", claims=claims, conflicts=conflicts,
                                   parts=len(parts), max_words=max_words)
        return [{"role": "system", "content": self._system}, {"role": "user", "content": user}]

    def batches(self, parts: list[DraftSummary], max_words: int) -> list[list[DraftSummary]]:
        batches: list[list[DraftSummary]] = [[]]
        for part in parts:
            trial = [*batches[-1], part]
            if batches[-1] and self.tokens(self.reduce_messages(trial, max_words)) > \
                    self.prompt_budget:
                batches.append([part])
            else:
                batches[-1] = trial
        return batches



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
