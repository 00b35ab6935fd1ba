"""A long regular-expression alternation searched fast, as `boilerplate`'s sentence rules
are (pure): most sentences match no rule, and a long alternation is slow to search, so each
pattern is split at its top-level branches and each branch is searched only where it can
match. A `Rule` matches exactly where its whole pattern does (tests hold it to that).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One rule's pattern split by its branches, for speed (most sentences match no rule, and
    a long alternation is slow to search): those anchored at the start, tried at the start
    only; those with a `needle` (plain text the branch cannot match without), searched only
    when the text holds one, looked for in the text lower-cased as IGNORECASE compares
    (`lowered`); the rest, searched. It matches exactly where the whole pattern does."""

    reason: str
    anchored: re.Pattern[str] | None
    bare: re.Pattern[str] | None
    gated: re.Pattern[str] | None
    needles: tuple[str, ...]

    @classmethod
    def of(cls, reason: str, pattern: str) -> Rule:
        parts = branches(pattern)
        anchored = [b[1:] for b in parts if b.startswith("^")]
        needled = {b: n for b in parts if not b.startswith("^") and len(n := needle(b)) >= 3}
        bare = [b for b in parts if not b.startswith("^") and b not in needled]
        return cls(reason, _compiled("^(?:" + "|".join(anchored) + ")") if anchored else None,
                   _compiled("|".join(bare)) if bare else None,
                   _compiled("|".join(needled)) if needled else None,
                   tuple(needled.values()))

    def search(self, text: str, low: str) -> bool:
        """Whether the pattern matches `text`; `low` is `lowered(text)`."""
        if self.anchored is not None and self.anchored.search(text):
            return True
        if self.bare is not None and self.bare.search(text):
            return True
        if self.gated is None or not any(n in low for n in self.needles):
            return False
        return self.gated.search(text) is not None


# the characters other than ASCII letters that IGNORECASE takes for one ('İ' and 'ı' for 'i',
# 'ſ' for 's', the Kelvin sign for 'k'), as that letter: no other character is one, nor
# lower-cases to one
_AS_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def lowered(text: str) -> str:
    """`text` lower-cased as IGNORECASE compares its ASCII letters: a needle (plain ASCII) is
    in it wherever a branch may match, curly quotes and accents around or not."""
    return text.lower() if text.isascii() else text.translate(_AS_ASCII).lower()


def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _scan(pattern: str) -> Iterator[tuple[int, str, bool]]:
    """Each character of `pattern` with its index, and whether it stands bare: outside any
    group or class, and not escaped."""
    depth, in_class, escaped = 0, False, False
    for i, ch in enumerate(pattern):
        yield i, ch, not escaped and not in_class and depth == 0
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1


def branches(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern` ('a|(b|c)' -> ['a', '(b|c)'])."""
    out, current = [], ""
    for _, ch, bare in _scan(pattern):
        if bare and ch == "|":
            out.append(current)
            current = ""
        else:
            current += ch
    return [*out, current]


_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 ',:@")


def needle(branch: str) -> str:
    """The longest run of plain characters, lower-cased, that every match of `branch` holds:
    outside any group, class or escape, and not made optional by a quantifier."""
    runs, current = [], ""
    for i, ch, bare in _scan(branch):
        if bare and ch.lower() in _PLAIN and branch[i + 1 : i + 2] not in ("?", "*", "+", "{"):
            current += ch.lower()
        else:
            runs.append(current)
            current = ""
    return max([*runs, current], key=len)
