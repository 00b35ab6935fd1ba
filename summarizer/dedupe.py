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

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from . import textutil as tu
from .conflicts import differences

DOC_CONTAINMENT = 0.5  # share of the shorter article's 3-grams found in the other
SENTENCE_JACCARD = 0.6  # bigram Jaccard for two sentences to be one statement
CONFLICT_JACCARD = 0.5  # bigram Jaccard for two sentences to be compared for conflicts
_SEED = 20250213


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

    @property
    def sources(self) -> list[str]:
        """Every source carrying this statement, in source order, once each."""
        return list(dict.fromkeys(m.source for m in sorted(self.mentions, key=_mention_order)))

    @property
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
    return sorted((sorted(g, key=_source_order) for g in merged.values() if len(g) > 1),
                  key=lambda g: _source_order(g[0]))


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


def _source_order(source: str) -> int:
    return int(source.lstrip("s") or 0)


def _mention_order(m: Sentence) -> tuple[int, int]:
    return (_source_order(m.source), m.index)


def _candidate_pairs(sets: list[set[str]], *, bands: int) -> list[tuple[int, int]]:
    """Index pairs (a < b) that MinHash LSH puts in a common band: never all pairs."""
    if len(sets) < 2:
        return []
    from rensa import RMinHash, RMinHashLSH

    hashes = RMinHash.from_token_sets([sorted(s) or [""] for s in sets], num_perm=128, seed=_SEED)
    lsh = RMinHashLSH(threshold=0.5, num_perm=128, num_bands=bands)
    lsh.insert_many(hashes)
    pairs = {(min(i, j), max(i, j))
             for i, found in enumerate(lsh.query_all(hashes)) for j in found if i != j}
    return sorted(pairs)


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
