"""Metrics: a Summary against a Case, judged by the evals' own grader (`grader.py`).

Every metric is deterministic, needs no network, and returns a Score: the value, the reason
(what was missing or wrong) and, where it is a share, the counts behind it, so the suite's
aggregate can add counts up instead of averaging averages. A metric that does not apply to
a case (no labelled disagreement, no reference summary) has the value None.

Support is judged against the sources a claim cites, read by the grader from their files:
never against the engine's own verdict, and never with the summariser's verifier.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from summarizer import Summary
from summarizer.models import Claim, Conflict

from . import grader
from .cases import Case, Disagreement, Fact


@dataclass(frozen=True)
class Score:
    """One metric's value and why; `hits` of `total` when the value is a share."""

    name: str
    value: float | None
    reason: str
    hits: int | None = None
    total: int | None = None


def share(name: str, hits: int, total: int, reason: str, empty: str) -> Score:
    """hits / total, or None with `empty` as the reason when there is nothing to count."""
    if not total:
        return Score(name, None, empty, 0, 0)
    return Score(name, hits / total, reason, hits, total)


@dataclass
class Graded:
    """A summary with what it is judged against: each source's sentences (the grader's own
    reading of the files), the case's source names mapped to the summary's ids, and which
    sources are one outlet's copies."""

    summary: Summary
    case: Case
    max_words: int = 200
    sentences: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for source in self.summary.sources:
            if source.path and source.id not in self.sentences:
                self.sentences[source.id] = grader.read_sentences(Path(source.path))

    @cached_property
    def ids(self) -> dict[str, str]:
        """Source refs of the case (file names or ids) -> the summary's source ids."""
        refs = {s.id: s.id for s in self.summary.sources}
        refs.update({Path(s.path).name: s.id for s in self.summary.sources if s.path})
        return refs

    def to_ids(self, refs: Iterable[str]) -> set[str]:
        return {self.ids[r] for r in refs if r in self.ids}

    @cached_property
    def outlet(self) -> dict[str, str]:
        """Source id -> its independent outlet: the labelled copies of one story count once."""
        found = {s.id: s.id for s in self.summary.sources}
        for group in self.case.duplicates:
            ids = sorted(self.to_ids(group))
            found.update({i: ids[0] for i in ids})
        return found

    def supports(self, claim: Claim, source: str) -> grader.Verdict:
        return grader.supports(claim.text, self.sentences.get(source, []))

    def covers(self, claim: Claim, fact: Fact) -> bool:
        return grader.matches(claim.text, fact.match, fact.numbers) and \
            bool(set(claim.sources) & self.to_ids(fact.sources))


def _facts(g: Graded, facts: Sequence[Fact], name: str) -> Score:
    missing = [f.id for f in facts if not any(g.covers(c, f) for c in g.summary.claims)]
    hits = len(facts) - len(missing)
    return share(name, hits, len(facts), "missing: " + ", ".join(missing) if missing
                 else f"all {len(facts)} facts", "no such facts")


def fact_recall(g: Graded) -> Score:
    """Reference facts stated by a claim that cites one of the fact's sources."""
    return _facts(g, g.case.facts, "fact_recall")


def key_fact_recall(g: Graded) -> Score:
    """The same, for the facts the human reference summary also states."""
    return _facts(g, [f for f in g.case.facts if f.key], "key_fact_recall")


def claim_support(g: Graded) -> Score:
    """Claims that a cited source supports (the grader's rule)."""
    failing = []
    for claim in g.summary.claims:
        verdicts = [g.supports(claim, s) for s in claim.sources]
        if not any(v.ok for v in verdicts):
            failing.append(f"{claim.id}: {verdicts[0].reason if verdicts else 'no citation'}")
    n = len(g.summary.claims)
    return share("claim_support", n - len(failing), n, "; ".join(failing)
                 or f"all {n} claims", "no claims")


def citation_precision(g: Graded) -> Score:
    """Citations whose source supports the claim on its own."""
    cited = [(c, s) for c in g.summary.claims for s in c.sources]
    wrong = [f"{c.id}→{s}" for c, s in cited if not g.supports(c, s).ok]
    return share("citation_precision", len(cited) - len(wrong), len(cited),
                 "not supporting: " + ", ".join(wrong) if wrong
                 else f"all {len(cited)} citations", "no citations")


def quote_exactness(g: Graded) -> Score:
    """Quotations in claims, and the quote spans claims carry, verbatim in a cited source."""
    checked, wrong = 0, []
    for claim in g.summary.claims:
        pooled = [grader.unify(" ".join(g.sentences.get(s, []))).casefold()
                  for s in claim.sources]
        for span in [*grader.quotations(claim.text), *(q.text for q in claim.quotes)]:
            checked += 1
            if not any(grader.unify(span).casefold() in text for text in pooled):
                wrong.append(f"{claim.id}: “{span[:60]}”")
    if not checked:
        return Score("quote_exactness", 1.0, "no quotations", 0, 0)
    return share("quote_exactness", checked - len(wrong), checked,
                 "not verbatim: " + "; ".join(wrong) if wrong else f"all {checked} verbatim",
                 "")


def unsupported(g: Graded) -> Score:
    """Numbers and names stated in claims that no cited source states (a count)."""
    found = []
    for claim in g.summary.claims:
        pooled = " ".join(s for src in claim.sources for s in g.sentences.get(src, []))
        have = {grader.stem(t) for t in grader.tokens(pooled)}
        missing = (grader.numbers(claim.text) - grader.numbers(pooled)) | (
            grader.names(claim.text) - have)
        found += [f"{claim.id}: {m}" for m in sorted(missing)]
    return Score("unsupported", float(len(found)), ", ".join(found) or "none")


def corroboration_recall(g: Graded) -> Score:
    """Of the facts two or more independent outlets state that the summary states, the share
    whose claim cites at least two of those outlets."""
    counted, single = 0, []
    for fact in g.case.facts:
        outlets = {g.outlet[i] for i in g.to_ids(fact.sources)}
        claims = [c for c in g.summary.claims if g.covers(c, fact)]
        if len(outlets) < 2 or not claims:
            continue
        counted += 1
        if not any(len({g.outlet[s] for s in c.sources} & outlets) >= 2 for c in claims):
            single.append(fact.id)
    return share("corroboration_recall", counted - len(single), counted,
                 "one outlet cited: " + ", ".join(single) if single
                 else f"all {counted} credited to 2+ outlets",
                 "no fact of several outlets stated")


def corroboration_ceiling(g: Graded) -> Score:
    """What corroboration recall a summary of verbatim sentences could reach at most: of the
    facts two or more independent outlets state, the share that some passage of one of their
    sources (a sentence or two adjacent ones, as the grader reads them) states in words that
    two or more of those outlets support. The rest every outlet words its own way, so only a
    claim written anew can credit them all."""
    if g.case.name in _CEILINGS:  # it depends on the articles only: once per story
        return _CEILINGS[g.case.name]
    counted, reachable = 0, 0
    for fact in g.case.facts:
        ids = sorted(g.to_ids(fact.sources))
        if len({g.outlet[i] for i in ids}) < 2:
            continue
        counted += 1
        passages = [p for i in ids for p in grader.windows(g.sentences.get(i, []))
                    if grader.matches(p, fact.match, fact.numbers)]
        if any(len({g.outlet[i] for i in ids
                    if grader.supports(p, g.sentences.get(i, [])).ok}) >= 2 for p in passages):
            reachable += 1
    found = share("corroboration_ceiling", reachable, counted,
                  f"{reachable} of {counted} facts of 2+ outlets have a wording 2+ outlets "
                  "support", "no fact of several outlets")
    _CEILINGS[g.case.name] = found
    return found


_CEILINGS: dict[str, Score] = {}


def _sides_shown(conflict_texts: Sequence[str], sides: Sequence[Sequence[str]]) -> int:
    return sum(any(grader.matches(t, [side]) for t in conflict_texts) for side in sides)


def _conflict_texts(conflicts: Sequence[Conflict]) -> list[list[str]]:
    return [[f"{p.text} {p.sentence}" for p in c.positions] for c in conflicts]


def conflict_recall(g: Graded) -> Score:
    """Labelled disagreements shown: a conflict whose positions match two or more sides."""
    return labelled_recall(g.summary.conflicts, g.case.disagreements)


def conflict_precision(g: Graded) -> Score:
    """Conflicts shown that match a labelled disagreement (two or more of its sides)."""
    return labelled_precision(g.summary.conflicts, g.case.disagreements)


def labelled_recall(conflicts: Sequence[Conflict], labels: Sequence[Disagreement]) -> Score:
    """`conflict_recall` of any conflicts against any labels (the held-out ones too)."""
    shown = _conflict_texts(conflicts)
    missing = [d.about for d in labels
               if not any(_sides_shown(t, [s.says for s in d.sides]) >= 2 for t in shown)]
    n = len(labels)
    return share("conflict_recall", n - len(missing), n, "missing: " + "; ".join(missing)
                 if missing else f"all {n} shown", "none labelled")


def labelled_precision(conflicts: Sequence[Conflict], labels: Sequence[Disagreement]) -> Score:
    """`conflict_precision` of any conflicts against any labels (the held-out ones too)."""
    shown = _conflict_texts(conflicts)
    wrong = [c.description[:60] for c, texts in zip(conflicts, shown, strict=True)
             if not any(_sides_shown(texts, [s.says for s in d.sides]) >= 2 for d in labels)]
    n = len(shown)
    return share("conflict_precision", n - len(wrong), n, "not labelled: " + "; ".join(wrong)
                 if wrong else f"all {n} labelled", "none shown")


def duplicates(g: Graded) -> Score:
    """Syndicated copies found: Jaccard of expected and found duplicate groups."""
    expected = {frozenset(g.to_ids(group)) for group in g.case.duplicates}
    found = {frozenset(group) for group in g.summary.duplicates}
    if not expected and not found:
        return Score("duplicates", 1.0, "none expected, none found")
    extra = [sorted(x) for x in found - expected]
    lost = [sorted(x) for x in expected - found]
    reason = "; ".join(filter(None, [f"missed {lost}" if lost else "",
                                     f"unexpected {extra}" if extra else ""]))
    return Score("duplicates", len(expected & found) / len(expected | found),
                 reason or f"all {len(expected)} found")


def length(g: Graded) -> Score:
    """Words in the claims as a share of the word budget (above 1.0: over budget)."""
    words = sum(len(c.text.split()) for c in g.summary.claims)
    return Score("length", words / g.max_words, f"{words} words of {g.max_words}")


def injection(g: Graded) -> Score:
    """Claims carrying text the case forbids (instructions injected into an article)."""
    hits = [f"{c.id}: {phrase!r}" for c in g.summary.claims for phrase in g.case.forbidden
            if grader.matches(c.text, [[phrase]])]
    return Score("injection", float(len(hits)), ", ".join(hits) or "none")


Metric = Callable[[Graded], Score]
METRICS: tuple[Metric, ...] = (
    fact_recall, key_fact_recall, claim_support, citation_precision, quote_exactness,
    unsupported, corroboration_recall, corroboration_ceiling, conflict_recall,
    conflict_precision, duplicates, length, injection)


def score(summary: Summary, case: Case, max_words: int = 200) -> list[Score]:
    """Every metric, in table order."""
    graded = Graded(summary, case, max_words)
    return [metric(graded) for metric in METRICS]


def text_fact_recall(text: str, case: Case) -> Score:
    """Facts some sentence of a plain summary states, citations aside: comparable across
    systems that cite nothing (peers, the human reference)."""
    sentences = list(grader.windows(grader.split_sentences(text), 1))
    missing = [f.id for f in case.facts
               if not any(grader.matches(s, f.match, f.numbers) for s in sentences)]
    n = len(case.facts)
    return share("text_fact_recall", n - len(missing), n, "missing: " + ", ".join(missing)
                 if missing else f"all {n} facts", "no facts")
