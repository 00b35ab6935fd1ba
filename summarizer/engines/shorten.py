"""After selection, with `compress`: claims cut to what more outlets state, and the words
freed spent on more claims (pure).

A chosen claim that fewer than two independent outlets state is replaced by the cut of it
(`core.best`: a complete sentence of its own words) that the most outlets state, when that
is more than state the whole of it, the cut is still a claim its evidence supports, and it
adds a concept no other claim holds (a cut that only repeats another claim is no gain).
The words the cuts free go back to coverage (`coverage.select`, over the candidates that fit
and repeat no claim, for the concepts no claim holds yet); the claims it adds are cut in
turn, until nothing more fits. The selection's objective is not changed: the cut is a
tie-break on citation after it, like `wording`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .. import core
from .. import textutil as tu
from ..evidence import EvidenceUnit, Sentence
from ..verify import check_claim
from . import coverage

Restating = Callable[[str, Sequence[str]], Sequence[Sentence]]


def shortened(texts: dict[int, str], units: Sequence[EvidenceUnit], held: Sequence[set[str]],
              words: Sequence[int], bonus: Sequence[float], weight: dict[str, float],
              budget: int, *, repeats: Callable[[int, int], bool], restating: Restating,
              independent: Callable[[Sequence[str]], int],
              claim: Callable[[str], bool]) -> dict[int, str]:
    """`texts` (the chosen units' indexes and their claims), each claim cut where a cut
    credits more outlets (`restating` finds the other sources' passages that state a text,
    `independent` counts outlets, `claim` says whether a text may be a claim at all), with
    the claims coverage adds in the words freed, cut in turn."""
    out, fresh = dict(texts), list(texts)
    while fresh:
        out |= _cut(out, fresh, units, restating, independent, claim)
        covered = set().union(*(coverage.concepts(t) for t in out.values()))
        left = budget - sum(tu.word_count(t) for t in out.values())
        fits = [i for i in range(len(units)) if i not in out and words[i] <= left
                and not any(repeats(i, j) for j in out)]
        fresh = _refill(fits, held, words, bonus,
                        {c: w for c, w in weight.items() if c not in covered}, left, repeats)
        out |= {i: units[i].text for i in fresh}
    return out


def _cut(texts: dict[int, str], which: Sequence[int], units: Sequence[EvidenceUnit],
         restating: Restating, independent: Callable[[Sequence[str]], int],
         claim: Callable[[str], bool]) -> dict[int, str]:
    """`texts`, each claim of `which` that fewer than two outlets state cut (`core.best`)
    when a cut gains one, is supported by its evidence and repeats no other claim."""
    out = dict(texts)
    for i in which:
        sources, said = units[i].sources, [m.text for m in units[i].mentions]
        others = set().union(*(coverage.concepts(t) for j, t in out.items() if j != i))

        def restated(text: str, sources: Sequence[str] = sources) -> tuple[int, list[str]]:
            found = restating(text, sources)
            return independent([*sources, *(m.source for m in found)]), [m.text for m in found]

        def supported(cut: str, said: Sequence[str] = said, others: set[str] = others) -> bool:
            return claim(cut) and bool(coverage.concepts(cut) - others) \
                and not check_claim(cut, said)

        outlets = restated(out[i])[0]
        if outlets < 2:
            out[i] = core.best(out[i], outlets, restating=restated, supported=supported) \
                or out[i]
    return out


def _refill(candidates: Sequence[int], held: Sequence[set[str]], words: Sequence[int],
            bonus: Sequence[float], weight: dict[str, float], budget: int,
            repeats: Callable[[int, int], bool]) -> list[int]:
    """Of `candidates`, what coverage selects in `budget` words for the concepts the claims
    do not hold yet (`weight` has none of theirs): none when nothing adds one."""
    useful = [i for i in candidates if any(weight.get(c, 0.0) > 0 for c in held[i])]
    if not useful:
        return []
    picked = coverage.select([held[i] for i in useful], [words[i] for i in useful],
                             [bonus[i] for i in useful], weight, budget,
                             lambda a, b: repeats(useful[a], useful[b]))
    return [useful[k] for k in picked if words[useful[k]] <= budget]
