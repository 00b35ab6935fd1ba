"""Union-find: which items a set of pairs joins into one group (pure; dedupe and conflicts)."""

from __future__ import annotations

from collections.abc import Callable, Iterable


def union_find(n: int, pairs: Iterable[tuple[int, int]]) -> Callable[[int], int]:
    """Union-find over `pairs` of items 0..n-1; returns `find`, whose roots are the smallest
    index of each group."""
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
