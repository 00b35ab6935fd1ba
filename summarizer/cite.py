"""Citation: which sources each claim cites, and what is wrong with it (pure).

A claim drafted by an engine cites evidence units; it is checked against every mention of
them (`verify.check_claim`) and cites each source whose own words support it, including
sources that restate it in other words in one sentence or two adjacent ones
(`restatements`). Conflicts the model reports are kept when each side is supported, naming
the sources whose words state it. (Which claims state one side of a listed disagreement is
the Summary's own `disputed`, read when it is rendered.)
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from . import restate
from . import textutil as tu
from .evidence import Corpus, Draft, DraftDispute, EvidenceUnit, Restated, Sentence
from .models import Claim, Conflict, Position, Quote
from .verify import assess, check_claim, status


def model_conflicts(drafts: Sequence[DraftDispute], by_id: dict[str, EvidenceUnit],
                     known: Sequence[Conflict]) -> list[Conflict]:
    """The conflicts the model reported that hold up: two or more positions, each citing known
    evidence and supported by it (and naming the sources whose own words do), from different
    sources, and not a disagreement between the same sources that was already found without
    the model."""
    seen = {frozenset(frozenset(p.sources) for p in c.positions) for c in known}
    found = []
    for draft in drafts:
        positions = []
        for p in draft.positions:
            units = [by_id[e] for e in p.evidence if e in by_id]
            mentions = [m for u in units for m in u.mentions]
            if not units or check_claim(p.text, [m.text for m in mentions]):
                continue
            sources = supporting(p.text, mentions)
            positions.append(Position(text=p.text, sources=sources, sentence=units[0].text))
        sides = frozenset(frozenset(p.sources) for p in positions)
        if len({tu.key(p.text) for p in positions}) < 2 or len(sides) < 2 or sides in seen:
            continue  # one version, or one source against itself, or already listed
        seen.add(sides)
        differ = len({frozenset(tu.numbers(p.text)) for p in positions}) > 1
        found.append(Conflict(description=draft.description, kind="number" if differ else "other",
                              positions=positions))
    return found


def claims(drafts: Sequence[Draft], corpus: Corpus) -> list[Claim]:
    by_id = {u.id: u for u in corpus.units}
    claims = []
    for n, draft in enumerate(drafts, 1):
        cited = [by_id[e] for e in draft.evidence if e in by_id]
        unknown = [e for e in draft.evidence if e not in by_id]
        mentions = [m for u in cited for m in u.mentions]
        check = assess(draft.text, [m.text for m in mentions])
        problems = check.problems
        if unknown:
            problems.insert(0, "unknown evidence ids: " + ", ".join(unknown))
        # other outlets that state it in words of their own (a source whose cited mention is
        # only a near copy lacking its details may elsewhere)
        alone = set() if problems else _alone(draft.text, mentions)
        restated = [] if problems else restatements(draft.text, corpus, alone)
        mentions += restated
        sources = supporting(draft.text, mentions, alone | {m.source for m in restated}) \
            if not problems else sorted(
            {m.source for m in mentions}, key=tu.source_number)
        claims.append(Claim(
            id=f"c{n}", text=draft.text, sources=sources, evidence=[u.id for u in cited],
            status=status(problems), problems=problems,  # type: ignore[arg-type]
            support=check.support, quotes=aligned_quotes(draft.text, mentions, sources),
        ))
    return claims


PREFILTER = 0.6  # the plain share of its stems a passage needs before it is checked at all


def restatements(text: str, corpus: Corpus, known: Collection[str]) -> list[Sentence]:
    """Passages of other sources (not in `known`) that state `text` on their own, one
    sentence or two adjacent ones (checked joined, quoted sentence by sentence): its numbers,
    its names and nearly all its content words (`restate.restates`), so that a claim cites
    every outlet whose words support it. Each source's first such passage, in the order
    `Corpus.passages` gives them. A source is checked once per text (`Corpus.restated`): the
    engine asks about the claims it weighs, and the citations about those it chose."""
    if text not in corpus.restated:
        corpus.restated[text] = Restated(corpus.passages(text))
    search = corpus.restated[text]
    wanted = {p[0].source for p in search.passages} - set(known) - search.first.keys()
    if wanted:
        stems = tu.stems(restate.unattributed(text))
        for n, passage in enumerate(search.passages):
            source = passage[0].source
            if source not in wanted:
                continue
            joined = " ".join(m.text for m in passage)
            if len(stems & tu.stems(joined)) < PREFILTER * len(stems):
                continue  # holds too few of its words to be worth the verifier's full check
            if restate.restates(text, joined):
                search.first[source] = (n, Sentence(
                    source, passage[0].index, passage[0].position, joined,
                    tuple(m.text for m in passage) if len(passage) > 1 else ()))
                wanted.discard(source)
                if not wanted:
                    break
        search.first.update(dict.fromkeys(wanted))
    found = sorted((f for s, f in search.first.items() if f is not None and s not in known),
                   key=lambda f: f[0])
    return [sentence for _, sentence in found]


def aligned_quotes(text: str, mentions: Sequence[Sentence], sources: Sequence[str]) -> list[Quote]:
    """For each source, the one or two of its mentions the claim is aligned to, each quoted by
    its verbatim spans (`Sentence.quotable`)."""
    quotes = []
    for source in sources:
        own = [m for m in mentions if m.source == source]
        aligned = assess(text, [m.text for m in own]).aligned
        quotes += [Quote(source=source, text=span) for i in aligned for span in own[i].quotable]
    return quotes


def _said(mentions: Sequence[Sentence]) -> dict[str, list[str]]:
    said: dict[str, list[str]] = {}
    for mention in mentions:
        said.setdefault(mention.source, []).append(mention.text)
    return said


def _alone(text: str, mentions: Sequence[Sentence]) -> set[str]:
    """The sources whose own mentions support `text` alone."""
    return {s for s, said in _said(mentions).items() if not check_claim(text, said)}


def supporting(text: str, mentions: Sequence[Sentence],
               restated: Collection[str] = ()) -> list[str]:
    """The sources a supported claim cites: each source whose own mentions support it alone
    (or that are known to: `restated`, by `restate.restates` or an earlier check);
    when none does (the claim joins what several say), those of them that together still
    do, each one needed. A source whose version of the statement lacks the claim's details is not
    cited for them."""
    said = _said(mentions)
    order = sorted(said, key=tu.source_number)
    alone = [s for s in order if s in restated or not check_claim(text, said[s])]
    if alone:
        return alone
    needed = order
    for source in reversed(order):  # drop, latest first, every source the rest can spare
        rest = [s for s in needed if s != source]
        if rest and not check_claim(text, [t for s in rest for t in said[s]]):
            needed = rest
    return needed
