"""Concept coverage: the selection the extractive engine makes (pure).

The summary should state as many of the story's facts as the word budget allows, the facts
many outlets report first. Following Gillick and Favre (2009), a fact is approximated by
the concepts a sentence holds: its names, its numbers and the bigrams of its content-word
stems. A concept weighs as much as the independent outlets that state it (copies of one
story count once), scaled by how much those outlets are about the story at all (a long
off-topic document shares few concepts with the others, and its own count little). The
summary maximises the total weight of the concepts it covers, each counted once, under the
word budget.

That objective is monotone and submodular, so the greedy choice by gain per word, with the
best single sentence as a fallback, is within a constant factor of the optimum; the gains
only shrink as the summary grows, so each candidate's last gain bounds its next one and
most are never recomputed (lazy evaluation). Ties break on story order: deterministic.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections import Counter
from collections.abc import Callable, Sequence

from .. import textutil as tu

SHARED_EXPONENT = 2  # a concept n outlets state weighs n**2: agreement counts most
SINGLE = 0.2  # what a concept only one outlet states weighs instead of 1


def concepts(text: str) -> set[str]:
    """What a sentence states, as concepts: names, numbers and content-stem bigrams."""
    toks = tu.tokens(text)
    found = {"#" + tu.key(t) for t in toks if tu.is_number(t)}
    found |= {"@" + tu.key(t) for i, t in enumerate(toks) if tu.is_name(t, first=i == 0)}
    content = [tu.stem(t) for t in toks  # one Chinese or Japanese character is a word
               if (k := tu.key(t)) not in tu.STOPWORDS and t.casefold() not in tu.STOPWORDS
               and (len(k) > 1 or not k.isascii())]
    found |= {f"{a} {b}" for a, b in itertools.pairwise(content)}
    return found


def weights(statements: Sequence[tuple[set[str], Sequence[str]]],
            independent: Callable[[Sequence[str]], int],
            relevant: dict[str, float]) -> dict[str, float]:
    """Each concept's weight: n**2 for the n independent outlets that state it (SINGLE for
    one), plus the log of the statements holding it (what an outlet repeats is central to
    its story), scaled by the mean relevance of those outlets to the story."""
    said: dict[str, set[str]] = {}
    held_in: Counter[str] = Counter()
    for held, sources in statements:
        held_in.update(held)
        for concept in held:
            said.setdefault(concept, set()).update(sources)
    scale: dict[frozenset[str], tuple[float, float]] = {}  # few sets of sources, many concepts

    def scaled(held_by: set[str]) -> tuple[float, float]:
        ordered = sorted(held_by, key=tu.source_number)
        mean = sum(relevant.get(s, 1.0) for s in ordered) / len(ordered)
        outlets = independent(ordered)
        return SINGLE if outlets <= 1 else float(outlets ** SHARED_EXPONENT), mean

    out = {}
    for concept, held_by in said.items():
        key = frozenset(held_by)
        if key not in scale:
            scale[key] = scaled(held_by)
        base, mean = scale[key]
        out[concept] = (base + math.log(held_in[concept])) * mean
    return out


def select(found: Sequence[set[str]], words: Sequence[int], bonus: Sequence[float],
           weight: dict[str, float], budget: int,
           repeats: Callable[[int, int], bool] | None = None) -> list[int]:
    """Indexes of the sentences whose concepts weigh most under `budget` words: lazy greedy
    on gain per word (`bonus` scales each sentence's gain), then the best single sentence if
    it alone beats that; an empty budget still yields the best sentence. A sentence that
    `repeats` one already chosen (a paraphrase whose concepts are worded apart) is skipped."""
    covered: set[str] = set()

    def gain(i: int) -> float:
        # fsum: a set's order follows the hash seed, and a float sum in another order may
        # differ in its last bit and so break a tie the other way from one run to the next
        return bonus[i] * math.fsum(weight.get(c, 0.0) for c in found[i] - covered)

    def rate(i: int, g: float) -> float:
        return g / max(1, words[i])

    heap = [(-rate(i, gain(i)), i) for i in range(len(found))]
    heapq.heapify(heap)
    chosen: list[int] = []
    left = budget
    while heap:
        _, i = heapq.heappop(heap)
        if words[i] > left or (repeats and any(repeats(i, j) for j in chosen)):
            continue  # the budget only shrinks and the summary only grows: never again
        fresh = -rate(i, gain(i))
        if heap and (fresh, i) > heap[0]:
            heapq.heappush(heap, (fresh, i))  # its gain has shrunk below another's bound
            continue
        if fresh >= 0:
            break  # nothing left adds a concept
        chosen.append(i)
        covered |= found[i]
        left -= words[i]
    def value(picked: set[str]) -> float:
        return math.fsum(weight.get(c, 0.0) for c in picked)

    fits = [i for i in range(len(found)) if words[i] <= budget] or list(range(len(found)))
    if not fits:
        return chosen
    single = max(fits, key=lambda i: (bonus[i] * value(found[i]), -i))
    if not chosen or value(found[single]) > value(covered):
        return [single]
    return chosen


def in_turn(turns: Sequence[Sequence[int]], words: Sequence[int], budget: int,
            repeats: Callable[[int, int], bool] | None = None) -> list[int]:
    """Indexes of sentences taken in turn from each of `turns` (each outlet's sentences in
    its own order), first sentences first, while they fit `budget` words: each review's
    opening before any review's second sentence. A sentence already taken, or one that
    `repeats` one taken, is passed over."""
    chosen: list[int] = []
    left = budget
    for rank in range(max(map(len, turns), default=0)):
        for turn in turns:
            if rank >= len(turn):
                continue
            i = turn[rank]
            if i in chosen or words[i] > left or (repeats and any(repeats(i, j) for j in chosen)):
                continue
            chosen.append(i)
            left -= words[i]
    return chosen
