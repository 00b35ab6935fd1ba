"""How a claim's words are found in evidence sentences (pure; `verify` builds on it): each
sentence's keys, Snowball stems, numbers and word pairs (`features`), a claim's content words
and numbers (`terms`), when a sentence holds one (`matches`: by key or stem, a hyphenated
compound by its parts, a number by its digits), how rare each is among the cited sentences
(`weights`), the weighted share a set of sentences holds (`support`), and the one or two
sentences a claim is aligned to (`align`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from . import naming
from . import textutil as tu

SECOND_SENTENCE_GAIN = 0.35  # a second sentence is aligned when it adds this much support


@dataclass(frozen=True)
class Features:
    keys: frozenset[str]
    stems: frozenset[str]
    numbers: frozenset[str]
    lower: frozenset[str]  # stems of the words written in lower case
    pairs: frozenset[tuple[str, str]]  # adjacent keys


@lru_cache(maxsize=8192)
def features(text: str) -> Features:
    toks = tu.tokens(text)
    keys = [tu.key(t) for t in toks]
    return Features(frozenset(keys) | frozenset(p for k in keys for p in k.split("-")),
                     frozenset(tu.stem(t) for t in toks), numbers(text),
                     frozenset(tu.stem(t) for t in toks if t[:1].islower()),
                     frozenset(pairwise(keys)))


def numbers(text: str) -> frozenset[str]:
    """Each run of digits ('23-year-old' -> '23', '$1,200' -> '1200') and number word."""
    out: set[str] = set()
    for n in tu.numbers(text):
        runs = naming.DIGITS.findall(n)
        out.update(r.replace(",", "") for r in runs) if runs else out.add(n)
    return frozenset(out)


def terms(text: str) -> list[str]:
    """The claim's content words and numbers, as tokens, each key once."""
    by_key = {tu.key(t): t for t in reversed(tu.tokens(text))}
    return [t for k, t in reversed(by_key.items())
            if tu.is_number(t) or k in tu.content_words(t)]


def matches(token: str, sentence: Features) -> bool:
    if tu.is_number(token):
        return numbers(token) <= sentence.numbers
    k = tu.key(token)
    if k in sentence.keys or tu.stem(token) in sentence.stems:
        return True
    parts = [p for p in k.split("-") if p]
    return len(parts) > 1 and all(p in sentence.keys or tu.stem(p) in sentence.stems
                                  for p in parts)


def weights(terms: Sequence[str], hits: Sequence[frozenset[int]]) -> list[float]:
    """Each term's rarity in the evidence: inverse sentence frequency, so a word every
    sentence has weighs least and one that one sentence has, or none, weighs most. (None
    counts as one: else, against a single sentence, any word it lacks would outweigh the
    rest, and a source's paraphrase with one filler word would stop corroborating.)"""
    n = len(hits)
    return [1.0 + math.log((1 + n) / (1 + max(1, sum(j in h for h in hits))))
            for j in range(len(terms))]


def support(weights: Sequence[float], held: frozenset[int]) -> float:
    """The weighted share of the terms (by index) that `held` holds."""
    total = sum(weights)
    return sum(weights[j] for j in held) / total if total else 1.0


def align(weights: Sequence[float], hits: Sequence[frozenset[int]]) -> tuple[int, ...]:
    """The sentence that best supports the claim, and a second one (adjacent or not) when it
    adds enough; ties go to the earlier sentence."""
    best = max(range(len(hits)), key=lambda i: (support(weights, hits[i]), -i))
    alone = support(weights, hits[best])
    if alone >= 1.0 or len(hits) < 2:
        return (best,)
    other = max((i for i in range(len(hits)) if i != best),
                key=lambda i: (support(weights, hits[best] | hits[i]), -i))
    if support(weights, hits[best] | hits[other]) - alone >= SECOND_SENTENCE_GAIN:
        return tuple(sorted((best, other)))
    return (best,)
