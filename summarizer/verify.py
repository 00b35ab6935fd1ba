"""Checking a claim against the evidence it cites (pure; shared by engines and evals).

A claim is aligned to the one or two cited sentences that best support it (never the pool of
all of them, which lets details spliced from different places pass). It is verified when
every number and every name it states is in those sentences (or, for an age or a first
name, beside the same name elsewhere in the evidence, unless those sentences have another in
its place), it repeats no full name more often than they do (both in `naming.py`), nearly
all of its content words, weighted by rarity, are, every quotation in it is verbatim in the
evidence, it does not swap two names around their verb (`cues.py`, which also has
negation and modality checks that FRANK did not show to help), and it does not say the
opposite of those sentences in their own words: a negation one lacks or a word turned into
its opposite, "found guilty" / "found not guilty" (`difference.py`). Words match on their key or
their Snowball stem (`matching.py`: the matching, rarity weights and alignment).

A claim written in its own words (few of its words in word pairs copied from the evidence)
may sum up more than one or two sentences can state: when more than two sentences are cited
and its aligned ones do not support it, it is verified if the evidence as a whole holds each
of its sentences (every name and number, and `SYNTHESIS_COVERAGE` of its weighted content
words) and its aligned sentences hold its numbers, so a figure is never spliced in. A claim
copied or spliced from the evidence is always held to its aligned sentences.

The support score is the rarity-weighted share of the claim's content words and numbers that
its aligned sentences hold: rarity is inverse sentence frequency over the cited sentences, so
a word every sentence has counts least and one that at most one sentence has counts most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from . import cues, naming
from . import matching as m
from . import textutil as tu
from .difference import differences

MIN_CONTENT_COVERAGE = 0.8
MAX_ALIGNED = 2  # the sentences a claim is aligned to, at most (`matching.align`)
# A claim in its own words: under this share of its words lie in word pairs copied from the
# evidence. Extractive and spliced claims copy nearly all (FRANK's CNN/DM claims a median 1.0),
# a one-sentence abstract of a whole article a third (XSum's 0.33).
OWN_WORDS = 0.6
# The rarity-weighted share of such a claim's content words the evidence as a whole must hold
# when no one or two of its sentences support it (tuned on one half of FRANK's articles).
SYNTHESIS_COVERAGE = 0.6
_QUOTED = re.compile(r"[“\"]([^”\"]{12,}?)[”\"]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"']?\s+(?=[“\"']?[A-Z0-9])")


@dataclass(frozen=True)
class Check:
    """What `assess` found: the problems (none when supported), the claim's support score and
    the indexes of the evidence sentences it was aligned to."""

    problems: list[str]
    support: float = 0.0
    aligned: tuple[int, ...] = field(default_factory=tuple)


def quotations(text: str) -> list[str]:
    """The quoted spans of `text` (12 characters or more between quotation marks)."""
    return _QUOTED.findall(text)


def check_claim(text: str, evidence: Sequence[str], *,
                coverage: float = MIN_CONTENT_COVERAGE, quotes: bool = True,
                synthesis: float | None = SYNTHESIS_COVERAGE) -> list[str]:
    """Problems with `text` given the cited `evidence` sentences; empty when it is supported
    (`coverage`: the rarity-weighted share of its content words its aligned sentences must
    hold; `quotes`: whether its quotations are checked to be verbatim; `synthesis`: the share
    the whole evidence must hold of a claim in its own words that its aligned sentences do
    not support, None to hold every claim to its aligned sentences)."""
    return assess(text, evidence, coverage=coverage, quotes=quotes, synthesis=synthesis).problems


def assess(text: str, evidence: Sequence[str], *, coverage: float = MIN_CONTENT_COVERAGE,
           quotes: bool = True, synthesis: float | None = SYNTHESIS_COVERAGE) -> Check:
    """`check_claim`, with the support score and the aligned sentences."""
    if not evidence:
        return Check(["cites no evidence"])
    if not tu.content_words(text) and not tu.numbers(text):
        return Check(["states nothing: no content words"])
    normalized = [tu.normalize(e) for e in evidence]
    same = tu.normalize(text)
    if same in normalized:  # an extractive claim: its own sentence
        return Check([], 1.0, (normalized.index(same),))
    sentences = [m.features(e) for e in evidence]
    terms = m.terms(text)
    hits = [frozenset(j for j, t in enumerate(terms) if m.matches(t, s)) for s in sentences]
    weights = m.weights(terms, hits)
    span = same.rstrip(".!?;:, ")  # a verbatim part of one sentence aligns to that sentence
    within = [i for i, e in enumerate(normalized) if span in e and re.search(_whole(span), e)]
    aligned = (within[0],) if within else m.align(weights, hits)
    support = m.support(weights, frozenset().union(*(hits[i] for i in aligned)))
    problems = _problems(text, terms, weights, [evidence[i] for i in aligned], evidence,
                         coverage)
    if problems and synthesis is not None and _synthesis(
            text, (terms, weights), sentences, evidence, aligned, synthesis):
        problems = []  # else the aligned sentences' problems stand
    problems += cues.differences(text, " ".join(evidence[i] for i in aligned))
    problems += _turned(text, [evidence[i] for i in aligned])
    quoted = quotations(text) if quotes else []
    cased = [tu.normalize(e, casefold=False) for e in evidence] if quoted else []
    for quote in quoted:  # verbatim: "Nations" is not "nations"
        if not any(tu.normalize(quote, casefold=False).rstrip(",.;:!? ") in e for e in cased):
            problems.append(f"quotation not verbatim in cited evidence: “{quote}”")
    return Check(problems, round(support, 3), aligned)


def _turned(text: str, aligned: Sequence[str]) -> list[str]:
    """The claim says the opposite of its aligned sentences in the same words: a negation one
    lacks or a word turned into its opposite ('found the driver guilty' / 'found the driver
    not guilty', `difference.differences` of kind 'other'); or it says another thing in its
    place that the sentences do not say, nor it theirs ('arrested' for 'released', 'did not
    deny' for 'did not confirm': kind 'apart'; 'arrested the man and later released him'
    tells both)."""
    evidence = " ".join(aligned)
    found = differences(text, evidence)
    turned = [f"{d.values[0]} / {d.values[1]}" for d in found if d.kind == "other"]
    other = [f"{d.values[0]} / {d.values[1]}" for d in found if d.kind == "apart"
             and not tu.stems(d.values[1]) <= tu.stems(text)
             and not tu.stems(d.values[0]) <= tu.stems(evidence)]
    return ((["says the opposite of the cited evidence: " + ", ".join(turned)] if turned else [])
            + (["says another thing than the cited evidence: " + ", ".join(other)]
               if other else []))


def _whole(span: str) -> str:
    return rf"(?<!\w){re.escape(span)}(?!\w)"


def _problems(text: str, terms: Sequence[str], weights: Sequence[float],
              aligned: Sequence[str], evidence: Sequence[str], coverage: float) -> list[str]:
    joined = " ".join(aligned)
    held = m.features(joined)
    problems = []
    missing_numbers = _missing_numbers(text, held, evidence, joined)
    if missing_numbers:
        problems.append("numbers not in cited evidence: " + ", ".join(sorted(missing_numbers)))
    missing_names = {n for n in _names(text, evidence) if not m.matches(n, held)
                     and not _bound_elsewhere(n, text, evidence, joined)}
    if missing_names:
        problems.append("names not in cited evidence: " + ", ".join(sorted(missing_names)))
    if repeated := naming.repeated(text, joined):
        problems.append("names repeated beyond the cited evidence: " + ", ".join(repeated))
    words = [(t, w) for t, w in zip(terms, weights, strict=True) if not tu.is_number(t)]
    missing = [(t, w) for t, w in words if not m.matches(t, held)]  # numbers: see above
    allowance = (1 - coverage) * sum(w for _, w in words) + 1e-9  # so 1 word in 5 is 20%
    if sum(w for _, w in missing) > allowance:
        problems.append("content words not in cited evidence: "
                        + ", ".join(sorted({tu.key(t) for t, _ in missing})))
    return problems


def _synthesis(text: str, whole: tuple[Sequence[str], Sequence[float]],
               sentences: Sequence[m.Features], evidence: Sequence[str],
               aligned: Sequence[int], coverage: float) -> bool:
    """Whether a claim its aligned sentences do not support is verified as a synthesis: it
    is in its own words, cites more sentences than alignment takes, its aligned sentences
    hold its numbers (a figure is never spliced in) and the evidence as a whole holds each of
    its sentences: numbers, names and `coverage` of the rarity-weighted content words (one
    sentence at a time, so an invented sentence cannot ride on a copied one)."""
    if (len(evidence) <= MAX_ALIGNED or _copied(text, sentences) >= OWN_WORDS
            or _missing_numbers(text, m.features(joined := " ".join(evidence[i] for i in aligned)),
                                evidence, joined)):
        return False
    parts = _SENTENCE_END.split(text)
    if len(parts) == 1:  # the claim's terms and weights, as `assess` found them
        return not _problems(text, *whole, evidence, evidence, coverage)
    for part in parts:
        terms = m.terms(part)
        hits = [frozenset(j for j, t in enumerate(terms) if m.matches(t, s)) for s in sentences]
        if terms and _problems(part, terms, m.weights(terms, hits), evidence, evidence, coverage):
            return False
    return True


def _copied(text: str, sentences: Sequence[m.Features]) -> float:
    """The share of the claim's words that lie in a pair of adjacent words some evidence
    sentence has too: near 1 for a claim copied or spliced from the evidence, low for one
    written in its own words."""
    keys = tu.keys(text)
    copied = [False] * len(keys)
    for i, pair in enumerate(pairwise(keys)):
        if any(pair in s.pairs for s in sentences):
            copied[i] = copied[i + 1] = True
    return sum(copied) / len(keys) if keys else 1.0


def _missing_numbers(text: str, held: m.Features, evidence: Sequence[str],
                     aligned: str) -> set[str]:
    return {n for n in m.numbers(text) - held.numbers
            if not _bound_elsewhere(n, text, evidence, aligned)}


def _names(text: str, evidence: Sequence[str]) -> set[str]:
    """The claim's names. Its first word counts too, since a claim may open with a name
    ("Rubio said ..."), unless the evidence writes it in lower case ("Videos showed ...")."""
    found = tu.names(text)
    toks = tu.tokens(text)
    if toks and tu.is_name(toks[0]):
        first = tu.stem(toks[0])
        if not any(first in m.features(e).lower for e in evidence):
            found.add(tu.key(toks[0]))
    return {n for n in found if not tu.is_number(n)}


def _bound_elsewhere(item: str, text: str, evidence: Sequence[str], aligned: str,
                     reach: int = 3) -> bool:
    """True when `item` (a number or name key) stands next to one of the claim's names in the
    claim and next to the same name in some evidence sentence: an age or a first name the
    `aligned` sentences leave out ("Barry Beavis, 48," when they say "Barry Beavis"), but not
    one they replace ("Frank Jordan, 37," when they say "Louis Jordan, 37")."""
    if naming.replaced(item, text, aligned):
        return False

    def beside(toks: Sequence[str]) -> set[str]:
        keys = [naming.item_key(t) for t in toks]
        near: set[str] = set()
        for i, k in enumerate(keys):
            if k == item:
                near.update(keys[j] for j in range(max(0, i - reach), min(len(keys), i + reach + 1))
                            if j != i and tu.is_name(toks[j]))
        return near

    mine = beside(tu.tokens(text))
    return bool(mine) and any(mine & beside(tu.tokens(e)) for e in evidence if item in
                              m.features(e).keys | m.features(e).numbers)


def contained(text: str, host: str, coverage: float) -> bool:
    """Whether `host` states `text` in full, as dedupe folds one statement into another: its
    numbers and names, and `coverage` of its content words, by key (no stems, no rarity, so
    folding stays as cautious as it was, and the evidence sent to a model with it)."""
    held = set(tu.keys(host))
    words = {w for w in tu.content_words(text) if not tu.is_number(w)}
    missing = words - tu.content_words(host) - held
    return (tu.numbers(text) <= tu.numbers(host) and tu.names(text, include_first=True) <= held
            and len(missing) <= (1 - coverage) * len(words))


def status(problems: Sequence[str]) -> str:
    """'verified' when there are no problems, else 'unverified'."""
    return "unverified" if problems else "verified"
