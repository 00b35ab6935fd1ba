"""Grouping a mixed pile of articles into stories, one event each (pure).

    texts -> content stems, names, numbers -> TF-IDF vectors -> candidate pairs from an
    inverted index on each article's rarest strong terms -> cosine -> greedy centroid linkage

An article is a sparse TF-IDF vector over three kinds of term: the stems of its content
words, the proper names it uses (weighted up: two reports of one event name the same people
and places) and its figures of two digits or more ("$65", "2014", "5.2"). Weights are
sublinear (1 + log tf) times a smoothed IDF over the pile, so words every article uses count
least and a rare place name most.

Candidates never come from all pairs: each article probes the postings of its
PROBES heaviest terms that at most POSTING_LIMIT articles share, so the work per article is
bounded and the whole is near-linear in the pile. Each candidate pair is scored by cosine.
Then the pairs, most similar first, join their clusters when the two clusters' centroids are
still similar (LINK), not merely the two articles, and when the clusters' mean cross
similarity is at least COHESION of the tighter cluster's own mean similarity: one loose pair
cannot chain two events together. (The price: a cluster of syndicated copies is so tight
that a piece from another angle on the same event may stay out of it.) Publication dates,
where both sides know theirs, bound a cluster to `window` days.
An article that joins nothing is left alone: a story of one article is no story, and the
caller lists it as unassigned rather than forcing it anywhere.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from . import textutil as tu

NAME_WEIGHT = 1.5  # a proper name counts this much more than an ordinary content word
NUMBER_WEIGHT = 1.0
PROBES = 12  # heaviest terms of an article looked up in the inverted index
POSTING_LIMIT = 64  # terms more articles than this share are too common to probe
PAIR = 0.10  # cosine of two articles for their pair to be considered at all
LINK = 0.12  # cosine of two clusters' centroids for them to merge
COHESION = 0.5  # and their mean cross similarity, against the tighter one's own mean


@dataclass(frozen=True)
class Grouping:
    """Clusters of article indexes (each of two or more, ordered by index, the clusters by
    their first index) and the indexes left unassigned."""

    stories: list[list[int]]
    unassigned: list[int]


def terms(text: str) -> Counter[str]:
    """The terms of one article: content-word stems, '@name' and '#number' features."""
    found: Counter[str] = Counter()
    for line in text.splitlines():
        toks = tu.tokens(line)
        for i, tok in enumerate(toks):
            k = tu.key(tok)
            if tu.is_number(tok):
                if sum(c.isdigit() for c in k) >= 2:
                    found["#" + k] += 1
                continue
            low = tok.casefold()
            if low in tu.STOPWORDS or k in tu.STOPWORDS or len(k) < 2:
                continue
            found[tu.stem(tok)] += 1
            if i and tu.is_name(tok):  # the first word of a line is capitalised anyway
                found["@" + k] += 1
    return found


def vectors(counts: Sequence[Counter[str]]) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors of the articles' term counts."""
    n = len(counts)
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    out = []
    for c in counts:
        vec = {t: (1 + math.log(tf)) * (math.log((n + 1) / (df[t] + 1)) + 1) * _boost(t)
               for t, tf in c.items()}
        norm = math.sqrt(sum(w * w for w in vec.values()))
        out.append({t: w / norm for t, w in vec.items()} if norm else {})
    return out


def _boost(term: str) -> float:
    return NAME_WEIGHT if term[0] == "@" else NUMBER_WEIGHT if term[0] == "#" else 1.0


def candidate_pairs(vecs: Sequence[dict[str, float]]) -> list[tuple[float, int, int]]:
    """(cosine, a, b) with a < b for the pairs sharing a probed term and at least PAIR
    similar, most similar first."""
    postings: dict[str, list[int]] = {}
    for i, vec in enumerate(vecs):
        for t in vec:
            postings.setdefault(t, []).append(i)
    scored: dict[tuple[int, int], float] = {}
    for a, vec in enumerate(vecs):
        strong = sorted((t for t in vec if 1 < len(postings[t]) <= POSTING_LIMIT),
                        key=lambda t: (-vec[t], t))[:PROBES]
        for t in strong:
            for b in postings[t]:
                pair = (a, b) if a < b else (b, a)
                if b != a and pair not in scored:
                    scored[pair] = cosine(vec, vecs[b])
    return sorted(((s, a, b) for (a, b), s in scored.items() if s >= PAIR),
                  key=lambda p: (-p[0], p[1], p[2]))


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def group(texts: Sequence[str], dates: Sequence[date | None] | None = None,
          window_days: float | None = None) -> Grouping:
    """Group the articles `texts` into stories; `dates` (where known) and `window_days`
    keep a story's articles within that many days of each other. Empty texts stay alone."""
    vecs = vectors([terms(t) for t in texts])
    dates = list(dates) if dates is not None else [None] * len(texts)
    clusters = _Clusters(vecs, dates, window_days)
    for _, a, b in candidate_pairs(vecs):
        clusters.try_merge(a, b)
    members = clusters.members()
    stories = sorted((sorted(m) for m in members if len(m) > 1), key=lambda m: m[0])
    unassigned = sorted(i for m in members if len(m) == 1 for i in m)
    return Grouping(stories=stories, unassigned=unassigned)


class _Clusters:
    """Union-find whose roots keep each cluster's summed vector and date span."""

    def __init__(self, vecs: Sequence[dict[str, float]], dates: Sequence[date | None],
                 window_days: float | None) -> None:
        self.parent = list(range(len(vecs)))
        self.sums = [dict(v) for v in vecs]
        self.span = [(d, d) for d in dates]
        self.size = [1] * len(vecs)
        self.window = window_days

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def try_merge(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not self._within_window(ra, rb):
            return False
        sa, sb = self.sums[ra], self.sums[rb]
        aa, bb, ab = _dot(sa, sa), _dot(sb, sb), _dot(sa, sb)
        if not aa or not bb or ab / math.sqrt(aa * bb) < LINK:
            return False
        tight = max(_cohesion(aa, self.size[ra]), _cohesion(bb, self.size[rb]))
        if ab / (self.size[ra] * self.size[rb]) < COHESION * tight:
            return False
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        merged = self.sums[keep]
        for t, w in self.sums[gone].items():
            merged[t] = merged.get(t, 0.0) + w
        self.sums[gone] = {}
        self.size[keep] += self.size[gone]
        self.span[keep] = _join(self.span[keep], self.span[gone])
        return True

    def _within_window(self, ra: int, rb: int) -> bool:
        if self.window is None:
            return True
        first, last = _join(self.span[ra], self.span[rb])
        return first is None or last is None or (last - first).days <= self.window

    def members(self) -> list[list[int]]:
        found: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            found.setdefault(self.find(i), []).append(i)
        return list(found.values())


def _cohesion(square: float, size: int) -> float:
    """Mean cosine of a cluster's distinct pairs, from its summed unit vectors' square."""
    return (square - size) / (size * (size - 1)) if size > 1 else 0.0


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    return cosine(a, b)  # the same sum: for unit vectors it is their cosine


Span = tuple[date | None, date | None]


def _join(a: Span, b: Span) -> Span:
    firsts = [d for d in (a[0], b[0]) if d is not None]
    lasts = [d for d in (a[1], b[1]) if d is not None]
    return (min(firsts) if firsts else None, max(lasts) if lasts else None)
