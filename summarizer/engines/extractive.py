"""The embedded default engine: offline, no key, deterministic.

Claims are the evidence's own sentences, chosen to cover the story's concepts (its names,
numbers and content-word bigrams, each weighing as much as the independent outlets that
state it) under the word budget: see `coverage`. What a sentence's new concepts are worth
is scaled by its salience: centrality (TF-IDF cosine to the support-weighted centroid of
the story), corroboration (independent outlets that carry it or a close paraphrase of it;
syndicated copies count once) and position (lead sentences first); less for a sentence
that continues the one before it ("But ..."). A quotation is chosen, like any sentence,
only for the concepts the other claims do not cover, and a sentence that repeats a chosen
one (close in TF-IDF, or stating no figure it does not) is skipped. Fragments are never
claims (see `claimable`).

Each statement of a unit is a candidate as its sources wrote it, folded ones too: the fold
(see dedupe) saves llm tokens, and this engine sends none. A chosen claim also cites every
paraphrase that on its own passes the verifier, so it credits every outlet that reports
it; and of two wordings of one fact, the claim is the one more outlets restate when that
costs little (see `wording`). With `compress`, a chosen claim fewer than two outlets state
is cut, when a cut credits more of them, to the complete sentence of its own words they
state, and the words freed go to more claims (see `shorten`). Neighbours are found through an
inverted index on each unit's rarest words: no all-pairs step (see `vectors`). Claims are
printed in story order.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .. import cite, trim
from .. import textutil as tu
from ..config import Settings
from ..evidence import Corpus, Draft, EvidenceUnit, Sentence
from ..relevance import OFF_STORY
from ..verify import check_claim
from . import coverage, wording
from .base import EngineResult
from .claimable import claimable
from .vectors import Vector, cosine, paraphrases, tfidf

if TYPE_CHECKING:
    from .shorten import Restating

_IN_TURN = ("the articles read as critics' reviews of one work: each review's sentences in "
            "turn, openings first; at {:.0%} of its article")
REDUNDANT = 0.45  # TF-IDF cosine to a chosen claim above which a candidate repeats it
# the salience: a linear score of FEATURES (see `features`) weighed by hand. Weights fit to
# the human summaries (python -m evals.salience_fit / evals.salience_search --data
# ../shared/multinews-dev) did not beat these out of fold and on the held-out stories:
# README, "A third round".
FEATURES = ("bias", "centrality", "support", "lead")
WEIGHTS: tuple[float, ...] = (0.0, 0.35, 0.45, 0.20)
FLOOR = 0.01  # a linear score can fall below zero; a sentence is never worth nothing
CONTEXT_DISCOUNT = 0.6  # what a sentence that leans on the one before it is worth
# a connective continuing an argument: a weaker claim
_NEEDS_CONTEXT = re.compile(r"^(but|and|so|also|meanwhile|still|yet|however)\b", re.IGNORECASE)


class ExtractiveEngine:
    """The offline engine: claims are the evidence's own sentences."""

    name = "extractive"

    def __init__(self, settings: Settings) -> None:
        self.max_words = settings.max_words
        self.compress = settings.compress

    def run(self, corpus: Corpus) -> EngineResult:
        drafts = summarize_units(corpus.units, max_words=self.max_words,
                                 independent_sources=corpus.independent,
                                 relevant=corpus.relevance, compress=self.compress,
                                 reviews=corpus.reviews,
                                 restating=lambda text, sources: cite.restatements(
                                     text, corpus, set(sources)))
        return EngineResult(engine="extractive", model=None, drafts=drafts)

    def close(self) -> None:
        pass


def summarize_units(
    units: Sequence[EvidenceUnit],
    *,
    max_words: int,
    independent_sources: Callable[[Sequence[str]], int],
    relevant: dict[str, float] | None = None,
    compress: bool = False,
    restating: Callable[[str, Sequence[str]], Sequence[Sentence]] | None = None,
    reviews: bool = False,
) -> list[Draft]:
    """Pick claims from `units` under `max_words`; each claim is one statement of one unit,
    as its sources wrote it (a unit with statements folded into it offers each of them).
    `relevant` says how much each source is about the story (1.0 when not given). With
    `compress`, a statement is also offered trimmed of its attributions, parentheticals and
    asides (see `trim`): coverage takes whichever form buys more of the story per word.
    `restating` gives the passages of other sources that state a text (its sources given):
    when given, a chosen sentence gives way to a paraphrase more outlets support (see
    `wording`), and with `compress` a chosen claim fewer than two outlets state is cut to a
    complete sentence more of them state, the words it frees going to more claims (see
    `shorten`). With `reviews` (the sources are critics' reviews of one work: see `genre`),
    the claims are each review's sentences in turn, openings first (see `coverage.in_turn`):
    each verdict, not the concepts the reviews share."""
    statements, found, weight, keep = _candidates(units, independent_sources, relevant or {},
                                                  compress, restating)
    if not keep:
        return []
    eligible = [statements[i] for i in keep]
    vectors = tfidf(eligible)
    neighbours = paraphrases(vectors, range(len(eligible)))
    figures = [tu.numbers(u.text) for u in eligible]
    held, words = [found[i] for i in keep], [tu.word_count(u.text) for u in eligible]
    rows = features(eligible, vectors, neighbours, independent_sources)
    worth = salience(rows, [discount(u.text) for u in eligible])

    def repeats(i: int, j: int) -> bool:
        return cosine(vectors[i], vectors[j]) > REDUNDANT or (
            len(figures[i]) >= 2 and figures[i] <= figures[j])

    if reviews:
        chosen = coverage.in_turn(_turns(eligible, relevant or {}), words, max_words, repeats)
        return _drafts({i: eligible[i].text for i in chosen}, eligible, neighbours, held, weight,
                       worth, in_turn=True)
    chosen = coverage.select(held, words, worth, weight, max_words, repeats)
    if restating is not None:
        chosen = wording.reworded(chosen, held, words, worth, weight, max_words,
                                  alternatives=neighbours.__getitem__,
                                  outlets=_outlets(eligible, restating, independent_sources),
                                  repeats=repeats)
    texts = {i: eligible[i].text for i in chosen}
    if compress and restating is not None:
        from . import shorten  # only here: a default run's cold start does not load it

        texts = shorten.shortened(texts, eligible, held, words, worth, weight, max_words,
                                  repeats=repeats, restating=restating,
                                  independent=independent_sources, claim=claimable)
    return _drafts(texts, eligible, neighbours, held, weight, worth)


def _candidates(units: Sequence[EvidenceUnit], independent_sources: Callable[[Sequence[str]], int],
                relevant: dict[str, float], compress: bool,
                restating: Restating | None = None,
                ) -> tuple[list[EvidenceUnit], list[set[str]], dict[str, float], list[int]]:
    """Every statement of `units` as its sources wrote it (and with `compress` each also
    trimmed, appended), the concepts each covers, what each concept weighs, and the indexes
    of the statements that can be claims."""
    statements = [EvidenceUnit(id=u.id, text=s[0].text, mentions=s)
                  for u in units for s in u.statements]
    found = [coverage.concepts(u.text) for u in statements]
    weight = coverage.weights([(f, u.sources) for f, u in zip(found, statements, strict=True)],
                              independent_sources, relevant)
    keep = [i for i, u in enumerate(statements) if claimable(u.text)]
    if compress:
        keep += _trimmed(statements, found, keep, restating)
    return statements, found, weight, keep


def _turns(eligible: Sequence[EvidenceUnit], relevant: dict[str, float]) -> list[list[int]]:
    """Each source's eligible statements in its own order, sources in order; a source
    that looks off-story (`relevance.OFF_STORY`) takes no turn."""
    said: dict[str, list[tuple[int, int]]] = {}
    for i, unit in enumerate(eligible):
        for mention in unit.mentions:
            if relevant.get(mention.source, 1.0) >= OFF_STORY:
                said.setdefault(mention.source, []).append((mention.index, i))
    return [[i for _, i in sorted(said[s])] for s in sorted(said, key=tu.source_number)]


def _drafts(texts: dict[int, str], eligible: Sequence[EvidenceUnit],
            neighbours: dict[int, list[int]], held: Sequence[set[str]],
            weight: dict[str, float], worth: Sequence[float],
            in_turn: bool = False) -> list[Draft]:
    """The chosen claims (`texts`, by eligible statement) in story order (with `in_turn`,
    in the order taken), each citing its statement's unit and every paraphrase that supports
    it on its own."""
    order = list(texts) if in_turn else sorted(
        texts, key=lambda i: (eligible[i].position, int(eligible[i].id[1:])))
    return [Draft(text=texts[i], evidence=_evidence(eligible, i, neighbours[i], texts[i]),
                  reason=_IN_TURN.format(eligible[i].position) if in_turn else
                  _why(held[i], weight, worth[i], eligible[i].position))
            for i in order]


def _outlets(eligible: Sequence[EvidenceUnit], restating: Restating,
             independent_sources: Callable[[Sequence[str]], int]) -> Callable[[int], int]:
    """How many independent outlets state eligible statement i: its own sources and the
    other sources restating it (each i counted once)."""

    def credited(i: int) -> int:
        sources = eligible[i].sources
        return independent_sources([*sources, *(m.source for m in restating(
            eligible[i].text, sources))])

    return functools.cache(credited)


def _trimmed(statements: list[EvidenceUnit], found: list[set[str]], keep: Sequence[int],
             restating: Restating | None = None) -> list[int]:
    """Append to `statements` (and `found`) the trimmed form of each eligible statement that
    trimming shortens and leaves a claim, as `core` refuses its cuts: not one that leaves out
    a negation, a condition or a hedge, nor one that sheds the attribution of a fact another
    outlet stating it (its wording folded into the statement, or a passage `restating`
    finds) also attributes; return their indexes."""
    from .. import core  # only here, as `shorten`: a default run's cold start does not load it

    added = []
    for i in keep:
        text = statements[i].text
        short = trim.trimmed(text)
        if short == text or not claimable(short) or core.drops_hedge(short, text):
            continue
        own = {m.source for m in statements[i].mentions if m.text == text}
        others = [m.text for m in statements[i].mentions if m.source not in own]
        if restating is not None:
            others += [m.text for m in restating(short, statements[i].sources)]
        if not core.sheds_attribution(short, text, others):
            statements.append(EvidenceUnit(id=statements[i].id, text=short,
                                           mentions=statements[i].mentions))
            found.append(coverage.concepts(short))
            added.append(len(statements) - 1)
    return added


def _why(concepts: set[str], weight: dict[str, float], score: float,
         position: float) -> str:
    """For -v: what a chosen sentence covers, its heaviest concepts first."""
    heaviest = [c.lstrip("@#") for c in  # a name is marked @, a figure #
                sorted(concepts, key=lambda c: (-weight.get(c, 0.0), c))[:3]]
    worth = sum(weight.get(c, 0.0) for c in concepts)
    return (f"covers {len(concepts)} concept(s) worth {worth:.1f} (heaviest: "
            f"{', '.join(heaviest) or 'none'}), salience {score:.2f}, at {position:.0%} of "
            "its article")


def discount(text: str) -> float:
    """What a sentence's features are worth: less when it continues an argument. A
    quotation is not discounted: like any sentence it is chosen only for the concepts it
    adds."""
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
             independent_sources: Callable[[Sequence[str]], int]) -> list[list[float]]:
    """Each sentence's features, in FEATURES order: centrality (TF-IDF cosine to the
    support-weighted centroid of the story), corroboration and position."""
    total: int = max(1, independent_sources(sorted({s for u in eligible for s in u.sources})))
    centroid: dict[str, float] = {}
    for unit, vec in zip(eligible, vectors, strict=True):
        for word, weight in vec.items():
            centroid[word] = centroid.get(word, 0.0) + weight * len(unit.sources)
    norm = math.sqrt(sum(x * x for x in centroid.values())) or 1.0
    out = []
    for i, (unit, vec) in enumerate(zip(eligible, vectors, strict=True)):
        carried = unit.sources + [s for j in neighbours[i] for s in eligible[j].sources]
        outlets = independent_sources(carried)
        out.append([1.0, cosine(vec, centroid) / norm,
                    (outlets - 1) / (total - 1) if total > 1 else 0.0, 1.0 - unit.position])
    return out


def _evidence(units: Sequence[EvidenceUnit], i: int, near: Sequence[int],
              text: str) -> tuple[str, ...]:
    """The unit itself and every paraphrase that supports `text` (its text, or a cut of
    it) on its own."""
    extra = [units[j].id for j in near
             if not set(units[j].sources) <= set(units[i].sources)
             and not check_claim(text, [m.text for m in units[j].mentions])]
    return tuple(dict.fromkeys((units[i].id, *extra)))
