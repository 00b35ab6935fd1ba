"""Disagreements: the same statement with a different number, date or name (pure).

Dedupe hands over pairs of similar sentences that it refused to merge. Here they are
aligned word by word; a short replaced span where both sides carry a number, a date or a
name (and the names are not mere spelling variants, "Zelensky"/"Zelenskyy") is a conflict.
Insertions and deletions are not: one outlet saying more is not a disagreement.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from . import textutil as tu
from .models import Conflict, Position

Kind = Literal["number", "date", "name"]
_MAX_SPAN = 4


@dataclass(frozen=True)
class Difference:
    """One replaced span between two versions of a sentence."""

    kind: Kind
    left: str
    right: str
    description: str


def differences(a: str, b: str) -> list[Difference]:
    """Spans where `a` and `b` say the same thing with another number, date or name."""
    a, b = unicodedata.normalize("NFKC", a), unicodedata.normalize("NFKC", b)
    spans_a, spans_b = _token_spans(a), _token_spans(b)
    keys_a = [tu.key(a[s:e]) for s, e in spans_a]
    keys_b = [tu.key(b[s:e]) for s, e in spans_b]
    matcher = difflib.SequenceMatcher(a=keys_a, b=keys_b, autojunk=False)
    found = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace" or i2 - i1 > _MAX_SPAN or j2 - j1 > _MAX_SPAN:
            continue
        left = [a[s:e] for s, e in spans_a[i1:i2]]
        right = [b[s:e] for s, e in spans_b[j1:j2]]
        kind = _kind(left, right, i1 == 0 or j1 == 0)
        if kind:
            found.append(Difference(
                kind=kind,
                left=_window(a, spans_a, i1, i2),
                right=_window(b, spans_b, j1, j2),
                description=_context(a, spans_a, i1, i2),
            ))
    return found


def build_conflicts(
    pairs: Iterable[tuple[str, str, list[str], list[str]]],
) -> list[Conflict]:
    """Conflicts from (sentence a, sentence b, sources of a, sources of b) pairs.

    The same difference found in several pairs becomes one conflict whose positions
    collect every source that states each version.
    """
    found: dict[tuple[str, frozenset[str]], tuple[str, dict[str, _Side]]] = {}
    for text_a, text_b, sources_a, sources_b in pairs:
        for diff in differences(text_a, text_b):
            key = (diff.kind, frozenset({tu.normalize(diff.left), tu.normalize(diff.right)}))
            _, sides = found.setdefault(key, (diff.description, {}))
            for span, sentence, sources in ((diff.left, text_a, sources_a),
                                            (diff.right, text_b, sources_b)):
                side = sides.setdefault(tu.normalize(span), _Side(span, sentence, set()))
                side.sources.update(sources)
    conflicts = [
        Conflict(description=description, kind=kind,  # type: ignore[arg-type]
                 positions=[Position(text=s.text, sources=_ordered(s.sources), sentence=s.sentence)
                            for s in sorted(sides.values(), key=lambda s: _ordered(s.sources))])
        for (kind, _), (description, sides) in found.items()
    ]
    return sorted(conflicts, key=lambda c: _ordered(c.positions[0].sources))


@dataclass
class _Side:
    text: str
    sentence: str
    sources: set[str]


def _ordered(sources: Iterable[str]) -> list[str]:
    return sorted(set(sources), key=lambda s: int(s.lstrip("s") or 0))


def _kind(left: list[str], right: list[str], at_start: bool) -> Kind | None:
    nums_l = {tu.key(t) for t in left if tu.is_number(t)}
    nums_r = {tu.key(t) for t in right if tu.is_number(t)}
    if (nums_l or nums_r) and nums_l != nums_r and nums_l and nums_r:
        dated = any(_is_date(t) for t in left + right)
        return "date" if dated else "number"
    if any(t.casefold() in tu.MONTHS for t in left) and any(
            t.casefold() in tu.MONTHS for t in right):
        return "date"
    names_l = [t for t in left if tu.is_name(t)]
    names_r = [t for t in right if tu.is_name(t)]
    if names_l and names_r and not at_start and not _spelling_variants(names_l, names_r):
        return "name"
    return None


def _is_date(token: str) -> bool:
    return token.casefold() in tu.MONTHS or bool(re.fullmatch(r"(1[89]|20)\d\d", token))


def _spelling_variants(left: list[str], right: list[str]) -> bool:
    a, b = " ".join(left).casefold(), " ".join(right).casefold()
    return a.startswith(b) or b.startswith(a) or difflib.SequenceMatcher(a=a, b=b).ratio() >= 0.8


def _token_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(tu.WORD_PATTERN, text)]


def _window(text: str, spans: list[tuple[int, int]], i1: int, i2: int) -> str:
    """The replaced span with one word before and two after: 'roughly three years ago'."""
    start = spans[max(0, i1 - 1)][0]
    end = spans[min(len(spans), i2 + 2) - 1][1]
    return text[start:end]


def _context(text: str, spans: list[tuple[int, int]], i1: int, i2: int) -> str:
    """About a dozen words around the difference, the differing words shown as '…'."""
    lo, hi = max(0, i1 - 8), min(len(spans), i2 + 5)
    before = text[spans[lo][0] : spans[i1][0]]
    after = text[spans[i2 - 1][1] : spans[hi - 1][1]] if i2 < len(spans) else ""
    lead = "…" if lo > 0 else ""
    tail = "…" if hi < len(spans) else ""
    return f"{lead}{before}…{after}{tail}".strip()
