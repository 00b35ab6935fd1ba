"""How a claim's names and numbers stand against the sentences it is aligned to (pure; used
by `verify`): a full name it repeats beyond them, and a name or number they replace with
another of its kind."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import textutil as tu

DIGITS = re.compile(r"\d+(?:[.,]\d+)*")  # a run of digits, with its separators


def repeated(text: str, aligned: str) -> list[str]:
    """Full names (two words or more) the claim states more often than its `aligned`
    sentences do: a model's stutter ("left out Alan Shearer and Alan Shearer", "Barrientos
    Barrientos") or one person put in two roles ("Myleene Klass made a swipe at Myleene
    Klass" where Ben Elton did). A one-word name may recur as a pronoun's stand-in."""
    toks = tu.tokens(text)
    runs: list[tuple[str, ...]] = []
    for i, t in enumerate(toks):
        if not tu.is_name(t):
            continue
        if i and tu.is_name(toks[i - 1]):
            runs[-1] += (tu.key(t),)
        else:
            runs.append((tu.key(t),))
    theirs = tu.keys(aligned)

    def held(run: tuple[str, ...]) -> int:
        return sum(tuple(theirs[i:i + len(run)]) == run for i in range(len(theirs)))
    found = [r for r in dict.fromkeys(runs) if len(r) > 1 and
             (runs.count(r) > max(1, held(r)) or (len(set(r)) < len(r) and not held(r)))]
    return [" ".join(r) for r in found]


def replaced(item: str, text: str, aligned: str, reach: int = 3) -> bool:
    """Whether the `aligned` sentences have another word of `item`'s kind (a name for a name,
    a number for a number) where the claim has `item`, by its offset from a name of the claim
    that has the same word on its other side ("Louis" in "Louis Jordan, 37" where the claim
    has "Frank Jordan, 37", but not "Donna" in "Donna Freberg, confirmed" for "Stan Freberg
    died")."""
    mine = tu.tokens(text)
    my_keys, their_keys = [item_key(t) for t in mine], [item_key(t) for t in tu.tokens(aligned)]
    kind = tu.is_number if tu.is_number(item) else tu.is_name
    their_kind = [kind(t) for t in tu.tokens(aligned)]
    for i in (i for i, k in enumerate(my_keys) if k == item):
        for j in range(max(0, i - reach), min(len(mine), i + reach + 1)):
            if j == i or my_keys[j] == item or not tu.is_name(mine[j]):
                continue
            away = j + (1 if j > i else -1)  # the word on the name's other side
            for p in (p for p, k in enumerate(their_keys) if k == my_keys[j]):
                q = p + i - j
                if (_at(my_keys, away) in ("", _at(their_keys, p + away - j))
                        and 0 <= q < len(their_keys) and their_kind[q]
                        and their_keys[q] not in my_keys):
                    return True
    return False


def _at(keys: Sequence[str], index: int) -> str:
    return keys[index] if 0 <= index < len(keys) else ""


def item_key(token: str) -> str:
    """A token's comparison key; a number's is its first run of digits ('23-year-old' -> '23',
    '1,200' -> '1200')."""
    runs = DIGITS.findall(token)
    return runs[0].replace(",", "") if runs else tu.key(token)
