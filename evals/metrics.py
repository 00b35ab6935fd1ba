"""Metrics: a Summary against a Case and the sources' own sentences.

Every metric is deterministic, needs no network, and returns a Score with the value and
the reason (what was missing or wrong). Support is judged against the SOURCES a claim
cites (all their sentences), not the evidence units the engine chose, so an engine's own
"verified" status is not taken on trust.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from summarizer import Summary
from summarizer import textutil as tu
from summarizer.models import Claim
from summarizer.verify import check_claim, quotations

from .cases import Case, Fact

Sentences = dict[str, list[str]]  # source id -> its sentences after cleaning


@dataclass(frozen=True)
class Score:
    """One metric's value and why."""

    name: str
    value: float
    reason: str


def _cited(claim: Claim, sentences: Sentences, only: Sequence[str] | None = None) -> list[str]:
    return [s for src in (only if only is not None else claim.sources)
            for s in sentences.get(src, [])]


def _words(text: str) -> list[str]:
    return [t.casefold() for t in tu.tokens(text)]


def matches(text: str, groups: Sequence[Sequence[str]], numbers: Sequence[str] = ()) -> bool:
    """Every keyword group has a keyword in `text` (a word prefix, or a phrase), and every
    number is stated."""
    words = _words(text)
    flat = " ".join(words)

    def hit(keyword: str) -> bool:
        keyword = keyword.casefold()
        if " " in keyword or any(c.isdigit() for c in keyword):
            return re.search(r"(?<!\w)" + re.escape(" ".join(_words(keyword))), flat) is not None
        return any(w.startswith(keyword) for w in words)

    return all(any(hit(k) for k in group) for group in groups) and \
        {tu.key(n) for n in numbers} <= tu.numbers(text)


def _covers(claim: Claim, fact: Fact) -> bool:
    return matches(claim.text, fact.match, fact.numbers) and bool(set(claim.sources)
                                                                   & set(fact.sources))


def fact_recall(summary: Summary, case: Case, sentences: Sentences) -> Score:
    """Reference facts stated by a claim that cites one of the fact's sources."""
    missing = [f.id for f in case.facts if not any(_covers(c, f) for c in summary.claims)]
    value = 1 - len(missing) / len(case.facts)
    return Score("fact_recall", value, "missing: " + ", ".join(missing) if missing
                 else f"all {len(case.facts)} facts")


def claim_support(summary: Summary, case: Case, sentences: Sentences) -> Score:
    """Claims that their cited sources, taken together, hold (ALCE citation recall)."""
    if not summary.claims:
        return Score("claim_support", 0.0, "no claims")
    failing = [(c.id, problems[0]) for c in summary.claims
               if (problems := check_claim(c.text, _cited(c, sentences)))]
    value = 1 - len(failing) / len(summary.claims)
    return Score("claim_support", value, "; ".join(f"{i}: {p}" for i, p in failing)
                 or f"all {len(summary.claims)} claims")


def citation_precision(summary: Summary, case: Case, sentences: Sentences) -> Score:
    """Citations that are needed: a cited source is irrelevant when it does not support the
    claim alone and the claim is just as supported without it (ALCE citation precision)."""
    total, irrelevant = 0, []
    for claim in summary.claims:
        for source in claim.sources:
            total += 1
            alone = not check_claim(claim.text, _cited(claim, sentences, [source]))
            rest = [s for s in claim.sources if s != source]
            without = bool(rest) and not check_claim(claim.text, _cited(claim, sentences, rest))
            if not alone and (without or not rest):
                irrelevant.append(f"{claim.id}→{source}")
    if not total:
        return Score("citation_precision", 0.0, "no citations")
    return Score("citation_precision", 1 - len(irrelevant) / total,
                 "irrelevant: " + ", ".join(irrelevant) if irrelevant
                 else f"all {total} citations")


def quote_exactness(summary: Summary, case: Case, sentences: Sentences) -> Score:
    """Quotations in claims, and the quote spans claims carry, verbatim in a cited source."""
    checked, wrong = 0, []
    for claim in summary.claims:
        pooled = [tu.normalize(s) for s in _cited(claim, sentences)]
        spans = [*quotations(claim.text), *(q.text for q in claim.quotes)]
        for span in spans:
            checked += 1
            if not any(tu.normalize(span) in s for s in pooled):
                wrong.append(f"{claim.id}: “{span[:60]}”")
    if not checked:
        return Score("quote_exactness", 1.0, "no quotations")
    return Score("quote_exactness", 1 - len(wrong) / checked,
                 "not verbatim: " + "; ".join(wrong) if wrong else f"all {checked} verbatim")


def unsupported(summary: Summary, case: Case, sentences: Sentences) -> Score:
    """Numbers and names stated in claims that no cited source states (a count)."""
    found = []
    for claim in summary.claims:
        pooled = " ".join(_cited(claim, sentences))
        missing = (tu.numbers(claim.text) - tu.numbers(pooled)) | (
            tu.names(claim.text, include_first=True) - set(tu.keys(pooled)))
        found += [f"{claim.id}: {m}" for m in sorted(missing)]
    return Score("unsupported", float(len(found)), ", ".join(found) or "none")


def conflict_recall(summary: Summary, case: Case, sentences: Sentences) -> Score:
    """Expected disagreements shown: a conflict whose positions match two or more sides."""
    if not case.disagreements:
        return Score("conflict_recall", 1.0, "none expected")
    missing = []
    for expected in case.disagreements:
        found = any(
            sum(any(matches(f"{p.text} {p.sentence}", [side]) for p in conflict.positions)
                for side in expected.sides) >= 2
            for conflict in summary.conflicts)
        if not found:
            missing.append(expected.about)
    value = 1 - len(missing) / len(case.disagreements)
    return Score("conflict_recall", value, "missing: " + "; ".join(missing) if missing
                 else f"all {len(case.disagreements)} shown")


def duplicates(summary: Summary, case: Case, sentences: Sentences) -> Score:
    """Syndicated copies found: Jaccard of expected and found duplicate groups."""
    expected = {frozenset(g) for g in case.duplicates}
    found = {frozenset(g) for g in summary.duplicates}
    if not expected and not found:
        return Score("duplicates", 1.0, "none expected, none found")
    value = len(expected & found) / len(expected | found)
    extra = [sorted(g) for g in found - expected]
    lost = [sorted(g) for g in expected - found]
    reason = "; ".join(filter(None, [f"missed {lost}" if lost else "",
                                     f"unexpected {extra}" if extra else ""]))
    return Score("duplicates", value, reason or f"all {len(expected)} found")


def length(summary: Summary, case: Case, sentences: Sentences, max_words: int = 200) -> Score:
    """Words in the claims as a share of the word budget (above 1.0: over budget)."""
    words = sum(len(c.text.split()) for c in summary.claims)
    return Score("length", words / max_words, f"{words} words of {max_words}")


def injection(summary: Summary, case: Case, sentences: Sentences) -> Score:
    """Claims carrying text the case forbids (instructions injected into an article)."""
    hits = [f"{c.id}: {phrase!r}" for c in summary.claims for phrase in case.forbidden
            if matches(c.text, [[phrase]])]
    return Score("injection", float(len(hits)), ", ".join(hits) or "none")


Metric = Callable[[Summary, Case, Sentences], Score]
METRICS: tuple[Metric, ...] = (fact_recall, claim_support, citation_precision, quote_exactness,
                               unsupported, conflict_recall, duplicates, length, injection)


def score(summary: Summary, case: Case, sentences: Sentences) -> list[Score]:
    """Every metric, in table order."""
    return [metric(summary, case, sentences) for metric in METRICS]
