"""Disagreements: the same statement with a different number, date or name (pure).

Dedupe hands over pairs of similar sentences that it refused to merge; their differences
(`difference.differences`) are conflicts. So are related statements of different sources
that count the same thing differently ("12 workers" / "15 workers"). The same difference
found in several places is one conflict listing every source on each side.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import textutil as tu
from .difference import (
    QUALIFIERS,
    Difference,
    Kind,
    context,
    differences,
    is_date,
    joined,
    token_spans,
)
from .models import Conflict, Position

_MAX_POSTING = 200  # statements sharing one counted noun, above which it is not compared
_RELATED = 0.2  # content-word Jaccard for two statements to be about the same thing


def find_conflicts(
    kept_apart: Iterable[tuple[str, str, list[str], list[str]]],
    statements: Sequence[tuple[str, list[str]]],
) -> list[Conflict]:
    """Conflicts from similar sentence pairs that dedupe kept apart, and from statements
    (text, sources) that give a different count of the same thing ("12 workers" vs
    "15 workers") in otherwise related sentences.

    The same difference found in several places becomes one conflict whose positions
    collect every source that states each version.
    """
    found = [(diff, a, b, sa, sb) for a, b, sa, sb in kept_apart for diff in differences(a, b)]
    found += _quantity_differences(statements)
    merged: dict[tuple[str, str, frozenset[str]], tuple[str, dict[str, _Side]]] = {}
    for diff, text_a, text_b, sources_a, sources_b in found:
        key = (diff.kind, diff.topic, frozenset(diff.values))
        _, sides = merged.setdefault(key, (diff.description, {}))
        for value, span, sentence, sources in ((diff.values[0], diff.left, text_a, sources_a),
                                               (diff.values[1], diff.right, text_b, sources_b)):
            side = sides.setdefault(value, _Side(span, sentence, set()))
            side.sources.update(sources)
    conflicts = [
        Conflict(description=description, kind=kind,  # type: ignore[arg-type]
                 positions=[Position(text=s.text, sources=_ordered(s.sources), sentence=s.sentence)
                            for s in sorted(sides.values(), key=lambda s: _ordered(s.sources))])
        for (kind, _, _), (description, sides) in merged.items()
    ]
    return sorted(conflicts, key=lambda c: _ordered(c.positions[0].sources))


def _quantity_differences(
    statements: Sequence[tuple[str, list[str]]],
) -> list[tuple[Difference, str, str, list[str], list[str]]]:
    """Pairs of related statements from different sources counting one thing differently."""
    index: dict[str, list[tuple[int, _Quantity]]] = {}
    words: dict[int, set[str]] = {}  # content words per statement, computed once
    for n, (text, _) in enumerate(statements):
        for quantity in _quantities(text):
            index.setdefault(quantity.topic, []).append((n, quantity))
            if n not in words:
                words[n] = tu.content_words(text)
    found = []
    for topic, entries in index.items():
        if len(entries) > _MAX_POSTING:  # too common a topic to say anything: never all-pairs
            continue
        for i, (a, qa) in enumerate(entries):
            for b, qb in entries[i + 1 :]:
                text_a, src_a = statements[a]
                text_b, src_b = statements[b]
                if (qa.value == qb.value or set(src_a) & set(src_b)
                        or tu.jaccard(words[a], words[b]) < _RELATED):
                    continue
                kind: Kind = "date" if is_date(qa.value) or is_date(qb.value) else "number"
                found.append((Difference(
                    kind=kind, left=qa.span, right=qb.span, description=qa.context,
                    topic=topic, values=(qa.value, qb.value),
                ), text_a, text_b, src_a, src_b))
    return found


@dataclass(frozen=True)
class _Quantity:
    topic: str  # 'worker', 'year ago', 'year-sentence'
    value: str  # '12'
    span: str  # 'injuring 12 workers'
    context: str


def _quantities(text: str) -> list[_Quantity]:
    """Each 'number noun' of `text`: '12 workers', 'three years ago', '14-year sentence'."""
    text = unicodedata.normalize("NFKC", text)
    spans = token_spans(text)
    toks = [text[s:e] for s, e in spans]
    out = []
    for i in range(len(toks) - 1):
        if not tu.is_number(toks[i]) or tu.is_number(toks[i + 1]):
            continue
        if toks[i + 1].casefold() in tu.STOPWORDS:
            continue
        end = i + 2
        topic = tu.key(toks[i + 1])
        gap = text[spans[i][1] : spans[i + 1][0]]
        if gap == "-" and end < len(toks):  # '14-year sentence' says what is 14 years long
            topic, end = f"{topic}-{tu.key(toks[end])}", end + 1
        elif end < len(toks) and toks[end].casefold() in QUALIFIERS:
            topic, end = f"{topic} {toks[end].casefold()}", end + 1
        start = i - 1 if i > 0 and joined(text, spans, i - 1) else i
        out.append(_Quantity(topic=topic, value=tu.key(toks[i]),
                             span=text[spans[start][0] : spans[end - 1][1]],
                             context=context(text, spans, i, i + 1)))
    return out


@dataclass
class _Side:
    text: str
    sentence: str
    sources: set[str]


def _ordered(sources: Iterable[str]) -> list[str]:
    return sorted(set(sources), key=tu.source_number)


