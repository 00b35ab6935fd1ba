"""The fact oracle: whole sentences chosen, within the word budget, knowing our facts.

It is no system anyone could run (it reads the facts we wrote for the story); it says how far
a summary of whole verbatim sentences could go on `text_fact_recall`. Of the sentences the
peers read (`peers.article_sentences`, words counted as the peers count them), it picks the set
within the budget that states the most facts, by the same matching as `text_fact_recall`, and
among those the fewest words. The pick is exact, not greedy: a dynamic programme over the
subsets of the facts some sentence states (at most 17 on our stories, 2^17 states), which for
each sentence takes the cheapest way to reach each subset with or without it.

The summary oracle (`by_summary`) is the other ceiling: it knows the human summary, not our
facts, and picks greedily the sentences that add the most of its bigrams (ROUGE-2's units, as
rouge-score tokenises and stems them) per word. It is as close as whole sentences come to what
a person chose to tell, and it says how many of our facts such a choice states.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

from . import grader
from .cases import Fact

MAX_FACTS = 20  # 2^20 subsets, 2 MB a sentence; our stories have at most 17 facts


def _spread(costs: np.ndarray, bit: int) -> np.ndarray:
    """Each subset's cost, or its twin's (the same subset without or with `bit`) if cheaper."""
    pairs = costs.reshape(-1, 2, 1 << bit)
    best = pairs.min(axis=1, keepdims=True)
    return np.broadcast_to(best, pairs.shape).reshape(-1)


def _submasks(mask: int) -> list[int]:
    out, sub = [], mask
    while True:
        out.append(sub)
        if sub == 0:
            return out
        sub = (sub - 1) & mask


def choose(sentences: Sequence[str], facts: Sequence[Fact], budget: int) -> list[int]:
    """Indices (reading order) of the sentences stating the most facts within `budget` words,
    and among those the fewest words."""
    states = [frozenset(j for j, f in enumerate(facts) if grader.matches(s, f.match, f.numbers))
              for s in sentences]
    stated = sorted(set().union(*states))
    if not stated:
        return []
    if len(stated) > MAX_FACTS:
        raise ValueError(f"{len(stated)} facts: the oracle is exact only up to {MAX_FACTS}")
    bit = {j: b for b, j in enumerate(stated)}
    # the shortest sentence for each set of facts: a longer one stating the same is never better
    cheapest: dict[int, tuple[int, int]] = {}
    for i, (sentence, state) in enumerate(zip(sentences, states, strict=True)):
        words = len(sentence.split())
        mask = sum(1 << bit[j] for j in state)
        if mask and words <= budget and (mask not in cheapest or words < cheapest[mask][0]):
            cheapest[mask] = (words, i)
    size, never = 1 << len(stated), budget + 1  # no cost above the budget is kept
    subsets = np.arange(size)
    # costs[k][h]: the fewest words of the first k sentences whose facts together are h
    kind = np.int16 if budget < 16_000 else np.int32
    costs = [np.full(size, never, dtype=kind)]
    costs[0][0] = 0
    steps = list(cheapest.items())
    for mask, (words, _) in steps:
        reach = costs[-1]
        for b in range(len(stated)):
            if mask >> b & 1:
                reach = _spread(reach, b)
        with_it = np.where(subsets & mask == mask, np.minimum(reach + words, never), never)
        costs.append(np.minimum(costs[-1], with_it))
    final = costs[-1]
    held = max((h for h in range(size) if final[h] < never),
               key=lambda h: (h.bit_count(), -int(final[h])))
    chosen = []
    for k in range(len(steps), 0, -1):  # walk back: was sentence k taken to reach `held`?
        now, before = int(costs[k][held]), costs[k - 1]
        if before[held] == now:
            continue
        mask, (words, i) = steps[k - 1]
        chosen.append(i)
        rest = held & ~mask
        held = next(rest | s for s in _submasks(mask) if before[rest | s] == now - words)
    return sorted(chosen)


def summary(sentences: Sequence[str], facts: Sequence[Fact], budget: int) -> str:
    """The oracle's chosen sentences, in reading order, as one text (as the peers give it)."""
    return " ".join(sentences[i] for i in choose(sentences, facts, budget))


def bigrams(text: str) -> list[tuple[str, str]]:
    """`text`'s bigrams as ROUGE-2 counts them (rouge-score's tokeniser, Porter stems)."""
    from rouge_score import tokenizers

    tokens = tokenizers.DefaultTokenizer(use_stemmer=True).tokenize(text)
    return list(itertools.pairwise(tokens))


def by_summary(texts: Sequence[str], reference: str, budget: int) -> set[int]:
    """The sentences a greedy oracle picks: each adds the most of the human summary's
    bigrams not yet covered per word, under `budget` words, until none adds any."""
    wanted = set(bigrams(reference))
    grams = [set(bigrams(t)) & wanted for t in texts]
    sizes = [len(t.split()) for t in texts]
    chosen: set[int] = set()
    covered: set[tuple[str, str]] = set()
    left = budget
    while True:
        best = max((i for i in range(len(texts)) if i not in chosen and sizes[i] <= left),
                   key=lambda i: (len(grams[i] - covered) / sizes[i], -i), default=None)
        if best is None or not grams[best] - covered:
            return chosen
        chosen.add(best)
        covered |= grams[best]
        left -= sizes[best]
