"""Salience: what a candidate sentence's new concepts are worth to the summary (pure).

A sentence is described by a few cheap features (`FEATURES`): its centrality (TF-IDF cosine
to the support-weighted centroid of the story), corroboration (independent outlets that
carry it or a close paraphrase of it; syndicated copies count once), where it stands in its
article, its length, what it holds (a figure, names, a quotation, the first person) and how
much its article is about the story. Its salience is a linear score of them, floored above
zero, and discounted for a sentence that continues the one before it ("But ..."), whose
claim leans on context it does not carry.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from .. import textutil as tu
from ..evidence import EvidenceUnit

Vector = dict[str, float]

FEATURES = ("bias", "centrality", "support", "lead", "first", "words", "figure", "names",
            "quote", "first_person", "relevance", "article")
# centrality, corroboration and position, weighed by hand. Weights fit to the human summaries
# (python -m evals.salience_fit / evals.salience_search --data ../shared/multinews-dev) did
# not beat these out of fold and on the held-out stories: README, "A third round".
WEIGHTS: tuple[float, ...] = (0.0, 0.35, 0.45, 0.20, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
CORE = 4  # bias, centrality, support and lead: the features always computed
FLOOR = 0.01  # a linear score can fall below zero; a sentence is never worth nothing
CONTEXT_DISCOUNT = 0.6  # what a sentence that leans on the one before it is worth
_NEEDS_CONTEXT = re.compile(r"^(but|and|so|also|meanwhile|still|yet|however)\b", re.IGNORECASE)
_QUOTE = re.compile(r"[“\"‘]")
_FIRST_PERSON = re.compile(r"\b(I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
_NONE = [0.0] * (len(FEATURES) - CORE)


def discount(text: str) -> float:
    """What a sentence's features are worth: less when it continues an argument."""
    return CONTEXT_DISCOUNT if _NEEDS_CONTEXT.match(text) else 1.0


def salience(rows: Sequence[Sequence[float]], discounts: Sequence[float],
             weights: Sequence[float] | None = None) -> list[float]:
    """Each sentence's salience: its features weighed by `weights` (WEIGHTS when not
    given), floored at FLOOR, times its discount."""
    w = WEIGHTS if weights is None else weights
    return [max(FLOOR, sum(a * b for a, b in zip(w, row, strict=True))) * d
            for row, d in zip(rows, discounts, strict=True)]


def features(eligible: Sequence[EvidenceUnit], vectors: Sequence[Vector],
             neighbours: dict[int, list[int]],
             independent_sources: Callable[[Sequence[str]], int],
             relevant: dict[str, float], lengths: dict[str, int],
             every: bool = False) -> list[list[float]]:
    """Each sentence's features, in FEATURES order; `lengths` is each source's sentence
    count. The features past the first CORE are computed only when WEIGHTS weighs one of
    them, or `every` asks for them (fitting); else they are 0."""
    total: int = max(1, independent_sources(sorted({s for u in eligible for s in u.sources})))
    centroid: dict[str, float] = {}
    for unit, vec in zip(eligible, vectors, strict=True):
        for word, weight in vec.items():
            centroid[word] = centroid.get(word, 0.0) + weight * len(unit.sources)
    norm = math.sqrt(sum(x * x for x in centroid.values())) or 1.0
    extra = every or any(WEIGHTS[CORE:])
    out = []
    for i, (unit, vec) in enumerate(zip(eligible, vectors, strict=True)):
        carried = unit.sources + [s for j in neighbours[i] for s in eligible[j].sources]
        outlets = independent_sources(carried)
        row = [1.0, cosine(vec, centroid) / norm,
               (outlets - 1) / (total - 1) if total > 1 else 0.0, 1.0 - unit.position]
        out.append(row + (_extra(unit, relevant, lengths) if extra else _NONE))
    return out


def _extra(unit: EvidenceUnit, relevant: dict[str, float],
           lengths: dict[str, int]) -> list[float]:
    """The features past CORE: where the sentence stands, what it holds, its article."""
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


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())
