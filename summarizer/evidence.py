"""The evidence types every stage reads and returns, defined once (pure data).

    ingest -> Document -> clean, segment -> Sentence -> dedupe -> EvidenceUnit -> Corpus
    engines -> Draft, DraftDispute -> cite -> Claim, Conflict (summarizer.models)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from . import textutil as tu
from .genre import reviews
from .models import Conflict, Source
from .relevance import relevance

RESTATE_PROBES = 3  # rarest stems of a claim whose sentences are checked as restating it
RESTATE_POSTING_LIMIT = 64  # sentences holding a stem beyond which it is not probed


@dataclass
class Document:
    """One article as read, before cleaning; metadata is whatever the input itself declared.

    `path` names it in warnings: a file's path, '-' for stdin, or an in-memory article's id
    (`in_memory` is then true)."""

    path: str
    text: str
    format: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    raw: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    in_memory: bool = False


@dataclass(frozen=True)
class Sentence:
    """One sentence of one source, with where it stands in that source; or two adjacent ones
    joined into one passage (`parts`: each sentence's own text)."""

    source: str
    index: int
    position: float
    text: str
    parts: tuple[str, ...] = ()

    @property
    def quotable(self) -> tuple[str, ...]:
        """The verbatim spans this sentence is quoted by: a joined passage, sentence by
        sentence, since a paragraph break or a span cleaning removed (a credit, a caption) may
        stand between two adjacent sentences of the evidence, and a quote is the source's own
        words as written."""
        return self.parts or (self.text,)


@dataclass
class EvidenceUnit:
    """One statement and every place it was found, with the shorter statements folded into
    it (see `fold_paraphrases`): `text` stands for them all, `mentions` holds every mention of
    every one of them, and `folded` the mentions of each folded statement on its own."""

    id: str
    text: str
    mentions: list[Sentence] = field(default_factory=list)
    folded: list[list[Sentence]] = field(default_factory=list)

    @cached_property
    def sources(self) -> list[str]:
        """Every source carrying this statement, in source order, once each."""
        return sources_of(self.mentions)

    @cached_property
    def position(self) -> float:
        """Earliest relative position (0 = lead) of this statement in any source."""
        return min(m.position for m in self.mentions)

    @cached_property
    def statements(self) -> list[list[Sentence]]:
        """The mentions of each statement in this unit on its own: the one whose text the
        unit carries first, then each folded one."""
        inner = {(m.source, m.index) for statement in self.folded for m in statement}
        return [[m for m in self.mentions if (m.source, m.index) not in inner], *self.folded]


def sources_of(mentions: Iterable[Sentence]) -> list[str]:
    """The sources of `mentions`, in source order, once each."""
    return list(dict.fromkeys(m.source for m in sorted(mentions, key=mention_order)))


def mention_order(m: Sentence) -> tuple[int, int]:
    return (tu.source_number(m.source), m.index)


@dataclass(frozen=True)
class Draft:
    """A claim as an engine proposes it, before verification."""

    text: str
    evidence: tuple[str, ...]
    reason: str = ""  # why the engine chose it, for -v


@dataclass(frozen=True)
class DraftSide:
    """One side of a disagreement as an engine reports it: its wording and cited evidence."""

    text: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class DraftDispute:
    """A disagreement between sources as an engine reports it, before citation checks it."""

    description: str
    positions: tuple[DraftSide, ...]


@dataclass
class Restated:
    """The passages that may restate one text (`Corpus.passages`) and, for each source
    checked so far, its first passage that does (its index among them) or None."""

    passages: list[list[Sentence]]
    first: dict[str, tuple[int, Sentence] | None] = field(default_factory=dict)


@dataclass
class Corpus:
    """Everything known about the inputs before an engine runs."""

    sources: list[Source]
    units: list[EvidenceUnit]
    conflicts: list[Conflict]
    duplicates: list[list[str]]
    input_tokens: int

    @cached_property
    def _original(self) -> dict[str, str]:
        return {s.id: s.duplicate_of or s.id for s in self.sources}

    @cached_property
    def _by_stem(self) -> dict[str, list[Sentence]]:
        """Every sentence of every source, indexed by the stems it holds."""
        index: dict[str, list[Sentence]] = {}
        for unit in self.units:
            for mention in unit.mentions:
                for stem in tu.stems(mention.text):
                    index.setdefault(stem, []).append(mention)
        return index

    @cached_property
    def _at(self) -> dict[tuple[str, int], Sentence]:
        return {(m.source, m.index): m for u in self.units for m in u.mentions}

    @cached_property
    def restated(self) -> dict[str, Restated]:
        """What `cite.restatements` has found of each text, kept so that the engine's search
        and the citations' are one."""
        return {}

    def passages(self, text: str, limit: int = RESTATE_POSTING_LIMIT) -> list[list[Sentence]]:
        """Passages that may restate `text` in other words: each sentence that holds its
        rarest stems, alone and with the sentence before or after it (an outlet may spread
        one fact over two sentences). Candidates only: the caller verifies them. A stem held
        by more than `limit` sentences is too common to probe, which bounds the work."""
        stems = sorted((s for s in tu.stems(text) if s in self._by_stem),
                       key=lambda s: (len(self._by_stem[s]), s))
        seen: set[tuple[str, int]] = set()
        found = []
        for stem in stems[:RESTATE_PROBES]:
            if len(self._by_stem[stem]) > limit:
                break
            for m in self._by_stem[stem]:
                if (m.source, m.index) in seen:
                    continue
                seen.add((m.source, m.index))
                found.append([m])
                for other in (self._at.get((m.source, m.index - 1)),
                              self._at.get((m.source, m.index + 1))):
                    if other is not None:
                        found.append(sorted([m, other], key=lambda x: x.index))
        return found

    @cached_property
    def _said(self) -> dict[str, list[str]]:
        """Each source's sentences."""
        said: dict[str, list[str]] = {}
        for unit in self.units:
            for mention in unit.mentions:
                said.setdefault(mention.source, []).append(mention.text)
        return said

    @cached_property
    def relevance(self) -> dict[str, float]:
        """How much each source is about the story the others tell (`relevance.relevance`):
        1.0 for the most central source."""
        return relevance(self._said)

    @cached_property
    def reviews(self) -> bool:
        """Whether the sources are critics' reviews of one work, not news of one event
        (`genre.reviews`; copies of one article count once)."""
        return reviews({s: said for s, said in self._said.items() if self._original.get(s, s) == s},
                       {s.id: s.title for s in self.sources})

    def independent(self, source_ids: Sequence[str]) -> int:
        """How many independent outlets these sources are (copies of one story count once)."""
        return len({self._original.get(s, s) for s in source_ids})
