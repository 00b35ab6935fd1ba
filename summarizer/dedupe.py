"""Near-duplicate documents and sentences, merged with full provenance (pure).

Documents: word 3-gram shingles -> MinHash (rensa) -> LSH candidates -> exact containment
check. A copy of another article (syndicated wire copy, an earlier version) is reported as
a duplicate of the first source in its group.

Sentences: identical normalised text merges at once; the rest go through MinHash/LSH on word
bigrams and an exact Jaccard check. Two similar sentences merge only when they agree on every
number and name; when they do not, the pair is handed to `conflicts` instead. Every merged
evidence unit keeps every mention (source, verbatim text, position): nothing is dropped.
Candidate search is near-linear: no step compares all pairs.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from . import textutil as tu
from .conflicts import differences

DOC_CONTAINMENT = 0.5  # share of the shorter article's 3-grams found in the other
SENTENCE_JACCARD = 0.6  # bigram Jaccard for two sentences to be one statement
CONFLICT_JACCARD = 0.5  # bigram Jaccard for two sentences to be compared for conflicts
_SEED = 20250213
_PERMUTATIONS = 128
BUCKET_LIMIT = 24  # items in one LSH bucket paired all-with-all; larger buckets are split
SPLIT_DEPTH = 4  # further bands an oversized bucket is split on before it is chained


@dataclass(frozen=True)
class Sentence:
    """One sentence of one source, with where it stands in that source."""

    source: str
    index: int
    position: float
    text: str


@dataclass
class EvidenceUnit:
    """One statement and every place it was found."""

    id: str
    text: str
    mentions: list[Sentence] = field(default_factory=list)

    @cached_property
    def sources(self) -> list[str]:
        """Every source carrying this statement, in source order, once each."""
        return list(dict.fromkeys(m.source for m in sorted(self.mentions, key=_mention_order)))

    @cached_property
    def position(self) -> float:
        """Earliest relative position (0 = lead) of this statement in any source."""
        return min(m.position for m in self.mentions)


@dataclass
class Dedup:
    """Evidence units, and the similar sentence pairs that were kept apart."""

    units: list[EvidenceUnit]
    # (text a, text b, sources of a's unit, sources of b's unit): candidates for conflicts
    kept_apart: list[tuple[str, str, list[str], list[str]]]


def find_duplicate_documents(docs: dict[str, str]) -> list[list[str]]:
    """Groups of source ids whose texts are (near-)copies, first id = earliest source.

    `docs` maps source id to cleaned text, in source order.
    """
    by_key: dict[str, list[str]] = {}
    for source, text in docs.items():
        by_key.setdefault(" ".join(tu.keys(text)), []).append(source)
    groups = list(by_key.values())
    sets = [tu.shingles(docs[g[0]], 3) for g in groups]
    pairs = [(a, b) for a, b in _candidate_pairs(sets, bands=64)
             if _containment(sets[a], sets[b]) >= DOC_CONTAINMENT]
    find = _union(len(groups), pairs)
    merged: dict[int, list[str]] = {}
    for i, group in enumerate(groups):
        merged.setdefault(find(i), []).extend(group)
    return sorted((sorted(g, key=tu.source_number) for g in merged.values() if len(g) > 1),
                  key=lambda g: tu.source_number(g[0]))


def merge_sentences(sentences: Sequence[Sentence]) -> Dedup:
    """Merge identical and near-identical sentences into evidence units."""
    by_key: dict[str, list[Sentence]] = {}
    for sent in sentences:
        by_key.setdefault(" ".join(tu.keys(sent.text)), []).append(sent)
    groups = list(by_key.values())
    reps = [g[0].text for g in groups]
    sets = [tu.shingles(t, 2) for t in reps]
    merge: list[tuple[int, int]] = []
    apart: list[tuple[int, int]] = []
    for a, b in _candidate_pairs(sets, bands=32):
        score = tu.jaccard(sets[a], sets[b])
        if score >= SENTENCE_JACCARD and not differences(reps[a], reps[b]):
            merge.append((a, b))
        elif score >= CONFLICT_JACCARD:
            apart.append((a, b))
    find = _union(len(groups), merge)
    merged: dict[int, list[Sentence]] = {}
    for i, group in enumerate(groups):
        merged.setdefault(find(i), []).extend(group)
    ordered = sorted((sorted(ms, key=_mention_order) for ms in merged.values()),
                     key=lambda ms: _mention_order(ms[0]))
    units = [EvidenceUnit(id=f"e{n}", text=ms[0].text, mentions=ms)
             for n, ms in enumerate(ordered, 1)]
    unit_of = {id(ms[0]): unit for ms, unit in zip(ordered, units, strict=True)}
    root_unit = {root: unit_of[id(min(ms, key=_mention_order))] for root, ms in merged.items()}
    kept_apart = []
    for a, b in apart:
        ua, ub = root_unit[find(a)], root_unit[find(b)]
        if ua is not ub and set(ua.sources) != set(ub.sources):
            kept_apart.append((reps[a], reps[b], ua.sources, ub.sources))
    return Dedup(units=units, kept_apart=kept_apart)


def _mention_order(m: Sentence) -> tuple[int, int]:
    return (tu.source_number(m.source), m.index)


def _candidate_pairs(sets: list[set[str]], *, bands: int) -> list[tuple[int, int]]:
    """Index pairs (a < b) that MinHash LSH puts in a common band: never all pairs.

    Classic banding over rensa's MinHash signatures, with one guard for scale: a bucket
    holding more than BUCKET_LIMIT items (a phrase repeated across thousands of articles,
    "Police said N people were detained") is split again on the next band's rows, so its
    members are paired only with those that agree on more of their signature; what is still
    too big after SPLIT_DEPTH splits is near-identical and is chained in order, which is
    enough to merge it. Work is linear in the number of items times bands.
    """
    if len(sets) < 2:
        return []
    from rensa import RMinHash

    digests = RMinHash.digests_from_token_sets([sorted(s) or [""] for s in sets],
                                               num_perm=_PERMUTATIONS, seed=_SEED)
    rows = _PERMUTATIONS // bands
    columns = list(zip(*digests, strict=True))
    band_keys = [list(zip(*columns[b * rows : (b + 1) * rows], strict=True))
                 for b in range(bands)]
    pairs: set[tuple[int, int]] = set()

    def pair(members: list[int], band: int, depth: int) -> None:
        if len(members) <= BUCKET_LIMIT:
            pairs.update(itertools.combinations(members, 2))
        elif depth == SPLIT_DEPTH:
            pairs.update(itertools.pairwise(members))
        else:
            keys = band_keys[(band + depth + 1) % bands]
            for group in _buckets(members, keys):
                pair(group, band, depth + 1)

    everyone = range(len(sets))
    for band, keys in enumerate(band_keys):
        shared = {k for k, n in Counter(keys).items() if n > 1}
        for group in _buckets([i for i in everyone if keys[i] in shared], keys):
            pair(group, band, 0)
    return sorted(pairs)


def _buckets(members: Iterable[int], keys: list[tuple[int, ...]]) -> list[list[int]]:
    """`members` grouped by their band key; groups of one left out."""
    found: dict[tuple[int, ...], list[int]] = {}
    for i in members:
        found.setdefault(keys[i], []).append(i)
    return [group for group in found.values() if len(group) > 1]


def _containment(a: set[str], b: set[str]) -> float:
    small = min(len(a), len(b))
    return len(a & b) / small if small else 0.0


def _union(n: int, pairs: Iterable[tuple[int, int]]) -> Callable[[int], int]:
    """Union-find over `pairs`; returns `find`, whose roots are the smallest index."""
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return find
