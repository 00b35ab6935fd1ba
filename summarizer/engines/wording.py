"""Choosing, among sentences that state the same fact, the wording more outlets support (pure).

Coverage (`coverage.select`) picks sentences for the concepts they add; two outlets' wordings
of one fact add nearly the same concepts, and it takes whichever adds a little more. A claim
can cite only the outlets whose own words support it, so one outlet's idiosyncratic wording
("scored a $325,000 settlement from Gang Green") credits that outlet alone, while a plainer
one ("a court approved a $325,000 settlement") may be the words of several. After selection,
each chosen sentence is swapped for a paraphrase of it (a neighbour the engine found) when
more independent outlets support the paraphrase's wording and it adds nearly as much to the
summary: at least 1 - SLACK of the chosen one's gain, within the word budget, repeating no
other claim. A tie-break, not a new objective: selection's choice stands unless a rewording
credits more outlets at almost no cost, and only chosen sentences and their neighbours are
ever checked, so the work stays in proportion to the summary, not the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

SLACK = 0.1  # the share of a chosen sentence's gain its better-supported rewording may lose


def reworded(chosen: Sequence[int], found: Sequence[set[str]], words: Sequence[int],
             bonus: Sequence[float], weight: dict[str, float], budget: int, *,
             alternatives: Callable[[int], Sequence[int]], outlets: Callable[[int], int],
             repeats: Callable[[int, int], bool]) -> list[int]:
    """`chosen`, each sentence replaced by the alternative (a paraphrase) that the most
    independent outlets support (`outlets`) when that is more than support the chosen one
    and the alternative's gain (`bonus` times the weight of the concepts the rest of the
    summary lacks) is at least 1 - SLACK of the chosen one's."""
    out = list(chosen)
    used = sum(words[i] for i in out)
    for k, i in enumerate(out):
        rest = out[:k] + out[k + 1 :]
        others: set[str] = set().union(*(found[j] for j in rest))

        def gain(j: int, others: set[str] = others) -> float:
            return bonus[j] * sum(weight.get(c, 0.0) for c in found[j] - others)

        floor = (1 - SLACK) * gain(i)
        fits = [j for j in alternatives(i) if j not in out and used - words[i] + words[j] <= budget
                and gain(j) >= floor and not any(repeats(j, r) for r in rest)]
        if not fits:
            continue
        best = max(fits, key=lambda j: (outlets(j), gain(j), -j))
        if outlets(best) > outlets(i):
            used += words[best] - words[i]
            out[k] = best
    return out
