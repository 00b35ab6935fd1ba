"""TF-IDF vectors of evidence statements, their cosine, and each statement's likely
paraphrases (pure). Neighbours are found through an inverted index on each statement's
rarest words: no all-pairs step.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from .. import textutil as tu
from ..evidence import EvidenceUnit

PARAPHRASE = 0.3  # TF-IDF cosine above which two units may state the same fact
INDEX_WORDS, MAX_POSTING = 4, 200

Vector = dict[str, float]


def tfidf(units: Sequence[EvidenceUnit]) -> list[Vector]:
    """Each unit's TF-IDF vector over its content-word keys, of unit length."""
    bags = [Counter(k for k in tu.keys(u.text) if k not in tu.STOPWORDS and len(k) > 1)
            for u in units]
    df: Counter[str] = Counter(w for bag in bags for w in bag)
    n = len(units)
    vectors = []
    for bag in bags:
        vec = {w: (1 + math.log(c)) * math.log((1 + n) / (1 + df[w])) + 1e-9
               for w, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
        vectors.append({w: x / norm for w, x in vec.items()})
    return vectors


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def paraphrases(vectors: Sequence[Vector], which: Sequence[int]) -> dict[int, list[int]]:
    """For each unit of `which`, the other units that may paraphrase it (cosine >=
    PARAPHRASE): those sharing one of its INDEX_WORDS heaviest words, a word more than
    MAX_POSTING units share being passed over."""
    postings: dict[str, list[int]] = {}
    for i, vec in enumerate(vectors):
        for word in sorted(vec, key=lambda w: (-vec[w], w))[:INDEX_WORDS]:
            postings.setdefault(word, []).append(i)
    out = {}
    for i in which:
        vec = vectors[i]
        candidates = {j for word in sorted(vec, key=lambda w: (-vec[w], w))[:INDEX_WORDS]
                      if len(postings.get(word, ())) <= MAX_POSTING for j in postings[word]}
        out[i] = sorted(j for j in candidates - {i} if cosine(vec, vectors[j]) >= PARAPHRASE)
    return out
