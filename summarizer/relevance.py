"""Topical relevance: how much each source is about the story the others tell (pure).

One long document that is about something else (an encyclopedia page, a roundup, a page of
links scraped beside the story) must not decide what the summary says, and the reader
should hear of it. A source's relevance is the cosine of its stems to those of all the
other sources together, relative to the most central source.
"""

from __future__ import annotations

import math
from collections import Counter

from . import textutil as tu

OFF_STORY = 0.2  # relevance below which a source is reported as off-story


def relevance(texts_by_source: dict[str, list[str]]) -> dict[str, float]:
    """How much each source is about the story: the cosine of its stems to those of every
    other source, relative to the most central one (1.0); a lone source is 1.0."""
    bags = {s: Counter(stem for t in texts for stem in tu.stems(t))
            for s, texts in texts_by_source.items()}
    if len(bags) < 2:
        return dict.fromkeys(bags, 1.0)
    vectors = {s: {w: 1 + math.log(c) for w, c in bag.items()} for s, bag in bags.items()}
    total: dict[str, float] = {}
    for vec in vectors.values():
        for w, x in vec.items():
            total[w] = total.get(w, 0.0) + x
    squared = sum(x * x for x in total.values())
    raw = {}
    for source, mine in vectors.items():  # against the sum of the others: total - mine
        with_total = sum(x * total[w] for w, x in mine.items())
        own = sum(x * x for x in mine.values())
        dot = with_total - own
        others = math.sqrt(max(0.0, squared - 2 * with_total + own)) or 1.0
        raw[source] = dot / ((math.sqrt(own) or 1.0) * others)
    top = max(raw.values())
    if top <= 1e-9:  # nothing shared at all: no story to be off
        return dict.fromkeys(bags, 1.0)
    return {s: r / top for s, r in raw.items()}
