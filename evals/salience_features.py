"""The features the salience fits may weigh beyond the engine's own (`extractive.FEATURES`).

The engine computes only what its weights use (centrality, corroboration, lead position).
A fit may weigh more: where a sentence stands in its article (`first`: 1 / (1 + its index)),
its length in words (log), whether it states a figure, how many names it holds (up to 3),
whether it quotes, whether it speaks in the first person outside its quotes, how much its
article is about the story (`relevance`) and how long that article is (log of its
sentences). Within `extended(weights)` the engine computes them all and is scored with
`weights`, which weigh FEATURES; nothing of this runs in the package.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from summarizer import textutil as tu
from summarizer.engines import extractive
from summarizer.engines.vectors import Vector
from summarizer.evidence import EvidenceUnit

EXTRA = ("first", "words", "figure", "names", "quote", "first_person", "relevance", "article")
FEATURES = (*extractive.FEATURES, *EXTRA)
HAND = (*extractive.WEIGHTS, *(0.0,) * len(EXTRA))  # the engine's weights, the extra at 0
_QUOTE = re.compile(r"[“\"‘]")
_FIRST_PERSON = re.compile(r"\b(I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")

Seen = list[tuple[list[EvidenceUnit], list[list[float]]]]


def extra(unit: EvidenceUnit, relevant: dict[str, float],
          lengths: dict[str, int]) -> list[float]:
    """The EXTRA features of one sentence; `lengths` is each source's sentence count."""
    first = min(unit.mentions, key=lambda m: (m.position, m.index))
    text = unit.text
    return [1.0 / (1.0 + first.index),
            math.log(max(1, tu.word_count(text))),
            1.0 if tu.numbers(text) else 0.0,
            min(3, len(tu.names(text))) / 3,
            1.0 if _QUOTE.search(text) else 0.0,
            1.0 if _FIRST_PERSON.search(_QUOTED.sub("", text)) else 0.0,
            sum(relevant.get(s, 1.0) for s in unit.sources) / len(unit.sources),
            math.log(1 + lengths.get(first.source, 1))]


@contextmanager
def extended(weights: Sequence[float] = HAND) -> Iterator[Seen]:
    """Within it the extractive engine computes every feature of FEATURES and weighs them
    by `weights`; each run's eligible sentences and feature rows are added to the list it
    yields."""
    seen: Seen = []
    story: dict[str, Any] = {}
    run, compute, kept = extractive.summarize_units, extractive.features, extractive.WEIGHTS

    def summarize_units(units: Any, **kwargs: Any) -> Any:
        lengths: dict[str, int] = {}
        for m in (m for u in units for m in u.mentions):
            lengths[m.source] = max(lengths.get(m.source, 0), m.index + 1)
        story.update(relevant=kwargs.get("relevant") or {}, lengths=lengths)
        return run(units, **kwargs)

    def features(eligible: Sequence[EvidenceUnit], vectors: Sequence[Vector],
                 neighbours: dict[int, list[int]],
                 independent_sources: Callable[[Sequence[str]], int]) -> list[list[float]]:
        own = compute(eligible, vectors, neighbours, independent_sources)
        rows = [row + extra(u, story["relevant"], story["lengths"])
                for u, row in zip(eligible, own, strict=True)]
        seen.append((list(eligible), rows))
        return rows

    extractive.summarize_units, extractive.features = summarize_units, features
    extractive.WEIGHTS = tuple(weights)
    try:
        yield seen
    finally:
        extractive.summarize_units, extractive.features, extractive.WEIGHTS = run, compute, kept
