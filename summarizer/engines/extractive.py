"""The embedded default engine: offline, no key, deterministic.

Each evidence unit is scored by centrality (TF-IDF cosine to the support-weighted centroid
of the story), corroboration (independent outlets that carry it or a close paraphrase of it;
syndicated copies count once) and position (lead sentences first). Claims are then picked
greedily by maximal marginal relevance under the word budget, so that a second claim
repeating the first is skipped, and printed in story order. Each statement of a unit is a
candidate as its sources wrote it, folded ones too: the fold (see dedupe) saves llm tokens,
and this engine sends none. A chosen claim also cites every paraphrase that on its own
passes the verifier, so it credits every outlet that reports it. Neighbours are found
through an inverted index on each unit's rarest words: no all-pairs step.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence

from .. import textutil as tu
from ..config import Settings
from ..evidence import Corpus, Draft, EvidenceUnit
from ..verify import check_claim
from .base import EngineResult

W_CENTRALITY, W_SUPPORT, W_POSITION = 0.35, 0.45, 0.20
PARAPHRASE = 0.3  # TF-IDF cosine above which two units may state the same fact
INDEX_WORDS, MAX_POSTING = 4, 200
MMR_LAMBDA = 0.6
REDUNDANT = 0.45
MIN_WORDS, MAX_WORDS = 6, 60
_NEEDS_CONTEXT = re.compile(r"^(he|she|it|they|this|that|these|those|but|and|so|also|his|her|"
                            r"their|its|meanwhile|still|yet)\b", re.IGNORECASE)

Vector = dict[str, float]


class ExtractiveEngine:
    """The offline engine: claims are the evidence's own sentences."""

    name = "extractive"

    def __init__(self, settings: Settings) -> None:
        self.max_words = settings.max_words

    def run(self, corpus: Corpus) -> EngineResult:
        drafts = summarize_units(corpus.units, max_words=self.max_words,
                                 independent_sources=corpus.independent)
        return EngineResult(engine="extractive", model=None, drafts=drafts)

    def close(self) -> None:
        pass


def summarize_units(
    units: Sequence[EvidenceUnit],
    *,
    max_words: int,
    independent_sources: Callable[[Sequence[str]], int],
) -> list[Draft]:
    """Pick claims from `units` under `max_words`; each claim is one statement of one unit,
    as its sources wrote it (a unit with statements folded into it offers each of them)."""
    statements = [EvidenceUnit(id=u.id, text=s[0].text, mentions=s)
                  for u in units for s in u.statements]
    eligible = [u for u in statements if _eligible(u.text)]
    if not eligible:
        return []
    vectors = _tfidf(eligible)
    total: int = max(1, independent_sources(sorted({s for u in eligible for s in u.sources})))
    centroid: dict[str, float] = {}
    for unit, vec in zip(eligible, vectors, strict=True):
        for word, weight in vec.items():
            centroid[word] = centroid.get(word, 0.0) + weight * len(unit.sources)
    neighbours = _neighbours(vectors)
    scores, outlets = [], []
    for unit, vec, near in zip(eligible, vectors, neighbours, strict=True):
        carried = unit.sources + [s for j in near for s in eligible[j].sources]
        outlets.append(independent_sources(carried))
        scores.append(_score(unit, vec, centroid, outlets[-1], total))
    chosen = _select(eligible, vectors, scores, max_words)
    ranks = {i: n for n, i in enumerate(sorted(range(len(eligible)), key=lambda i: -scores[i]))}
    chosen.sort(key=lambda i: (eligible[i].position, int(eligible[i].id[1:])))
    return [Draft(text=eligible[i].text, evidence=_evidence(eligible, i, neighbours[i]),
                  reason=f"ranked {ranks[i] + 1} of {len(eligible)} (score {scores[i]:.2f}: "
                         f"{outlets[i]} of {total} outlets carry it or a paraphrase, at "
                         f"{eligible[i].position:.0%} of its article)")
            for i in chosen]


def _neighbours(vectors: Sequence[Vector]) -> list[list[int]]:
    """For each unit, the other units that may paraphrase it (cosine >= PARAPHRASE)."""
    postings: dict[str, list[int]] = {}
    for i, vec in enumerate(vectors):
        for word in sorted(vec, key=lambda w: (-vec[w], w))[:INDEX_WORDS]:
            postings.setdefault(word, []).append(i)
    out = []
    for i, vec in enumerate(vectors):
        candidates = {j for word in sorted(vec, key=lambda w: (-vec[w], w))[:INDEX_WORDS]
                      if len(postings.get(word, ())) <= MAX_POSTING for j in postings[word]}
        out.append(sorted(j for j in candidates - {i} if _cosine(vec, vectors[j]) >= PARAPHRASE))
    return out


def _evidence(units: Sequence[EvidenceUnit], i: int, near: Sequence[int]) -> tuple[str, ...]:
    """The unit itself and every paraphrase that supports its text on its own."""
    text = units[i].text
    extra = [units[j].id for j in near
             if not set(units[j].sources) <= set(units[i].sources)
             and not check_claim(text, [m.text for m in units[j].mentions])]
    return tuple(dict.fromkeys((units[i].id, *extra)))


def _eligible(text: str) -> bool:
    words = text.split()
    if not words or not MIN_WORDS <= tu.word_count(text) <= MAX_WORDS \
            or text.rstrip("”\"’'」 ").endswith(("?", "？")):
        return False
    first = words[0].lstrip("“\"‘'「")
    # a sentence opens with a capital (or a letter of a script without case: Arabic,
    # Chinese), a figure ("2,000 residents", "$40,000") or a name written in lower case
    # ("eBay said"), never mid-clause ("and then they left")
    if not ((first[:1].isalpha() and not first[:1].islower()) or first[:1].isdigit()
            or first[:1] in "$€£¥" or any(c.isupper() for c in first[1:])):
        return False
    opened, closed = text.count("“"), text.count("”")
    return opened == closed and text.count('"') % 2 == 0 and len(tu.content_words(text)) >= 3


def _tfidf(units: Sequence[EvidenceUnit]) -> list[Vector]:
    bags = [Counter(k for k in tu.keys(u.text) if k not in tu.STOPWORDS and len(k) > 1)
            for u in units]
    df: Counter[str] = Counter(w for bag in bags for w in bag)
    n = len(units)
    vectors = []
    for bag in bags:
        vec = {w: (1 + math.log(c)) * math.log((1 + n) / (1 + df[w])) + 1e-9
               for w, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
        vectors.append({w: x / norm for w, x in vec.items()})
    return vectors


def _cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def _score(unit: EvidenceUnit, vec: Vector, centroid: Vector, outlets: int,
           total: int) -> float:
    norm = math.sqrt(sum(x * x for x in centroid.values())) or 1.0
    centrality = _cosine(vec, centroid) / norm
    support = (outlets - 1) / (total - 1) if total > 1 else 0.0
    position = 1.0 - unit.position
    score = W_CENTRALITY * centrality + W_SUPPORT * support + W_POSITION * position
    if _NEEDS_CONTEXT.match(unit.text):
        score *= 0.6
    if _quoted_share(unit.text) > 0.6:  # a summary reports; long verbatim quotes read poorly
        score *= 0.8
    return score


def _quoted_share(text: str) -> float:
    quoted = sum(len(q) for q in re.findall(r"[“\"][^”\"]*[”\"]", text))
    return quoted / max(1, len(text))


def _select(units: Sequence[EvidenceUnit], vectors: Sequence[Vector],
            scores: Sequence[float], max_words: int) -> list[int]:
    chosen: list[int] = []
    budget = max_words
    words = [tu.word_count(u.text) for u in units]
    overlap = [0.0] * len(units)  # highest similarity to anything chosen so far
    remaining = list(range(len(units)))
    while remaining:
        # redundancy only grows and the budget only shrinks: what fails now never fits again
        remaining = [i for i in remaining if overlap[i] <= REDUNDANT and words[i] <= budget]
        if not remaining:
            break
        best = max(remaining, key=lambda i: (MMR_LAMBDA * scores[i]
                                             - (1 - MMR_LAMBDA) * overlap[i], -i))
        chosen.append(best)
        remaining.remove(best)
        budget -= words[best]
        for i in remaining:
            overlap[i] = max(overlap[i], _cosine(vectors[i], vectors[best]))
    if not chosen:  # the budget is smaller than any single claim: give the best one anyway
        chosen.append(max(range(len(units)), key=lambda i: scores[i]))
    return chosen
