"""Disagreements: the same statement with a different number, date or name (pure).

Dedupe hands over pairs of similar sentences that it refused to merge. Here they are
aligned word by word; a short replaced span where both sides carry a number, a date or a
name (and the names are not mere spelling variants, "Zelensky"/"Zelenskyy") is a conflict.
Insertions and deletions are not: one outlet saying more is not a disagreement.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from . import textutil as tu
from .models import Conflict, Position

Kind = Literal["number", "date", "name"]
_MAX_SPAN = 4
_MAX_POSTING = 200  # statements sharing one counted noun, above which it is not compared
_RELATED = 0.2  # content-word Jaccard for two statements to be about the same thing
_QUALIFIERS = frozenset({"ago", "old", "later", "earlier", "long"})


@dataclass(frozen=True)
class Difference:
    """One replaced span between two versions of a sentence."""

    kind: Kind
    left: str
    right: str
    description: str
    # what is being counted or named, and the two values: how equal differences are merged
    topic: str = ""
    values: tuple[str, str] = ("", "")


def differences(a: str, b: str) -> list[Difference]:
    """Spans where `a` and `b` say the same thing with another number, date or name."""
    a, spans_a, keys_a = _tokens(a)
    b, spans_b, keys_b = _tokens(b)
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
                topic=_topic(keys_a, i2),
                values=(" ".join(keys_a[i1:i2]), " ".join(keys_b[j1:j2])),
            ))
    return found


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
                kind: Kind = "date" if _is_date(qa.value) or _is_date(qb.value) else "number"
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
    spans = _token_spans(text)
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
        elif end < len(toks) and toks[end].casefold() in _QUALIFIERS:
            topic, end = f"{topic} {toks[end].casefold()}", end + 1
        start = i - 1 if i > 0 and _joined(text, spans, i - 1) else i
        out.append(_Quantity(topic=topic, value=tu.key(toks[i]),
                             span=text[spans[start][0] : spans[end - 1][1]],
                             context=_context(text, spans, i, i + 1)))
    return out


def _topic(keys: list[str], after: int) -> str:
    """The word counted or named after a replaced span: 'year' in 'three years ago'."""
    if after >= len(keys):
        return ""
    topic = keys[after]
    if after + 1 < len(keys) and keys[after + 1] in _QUALIFIERS:
        topic += " " + keys[after + 1]
    return topic


@dataclass
class _Side:
    text: str
    sentence: str
    sources: set[str]


def _ordered(sources: Iterable[str]) -> list[str]:
    return sorted(set(sources), key=tu.source_number)


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


@functools.lru_cache(maxsize=1 << 16)
def _tokens(text: str) -> tuple[str, list[tuple[int, int]], list[str]]:
    """`text` NFKC-normalised, its word spans and their keys: one sentence is compared with
    many others, so this is computed once per sentence."""
    text = unicodedata.normalize("NFKC", text)
    spans = _token_spans(text)
    return text, spans, [tu.key(text[s:e]) for s, e in spans]


def _token_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(tu.WORD_PATTERN, text)]


def _window(text: str, spans: list[tuple[int, int]], i1: int, i2: int) -> str:
    """The replaced span with up to one word before and two after, within one clause:
    'roughly three years ago', 'injuring 12 workers'."""
    lo, hi = i1, i2
    if lo > 0 and _joined(text, spans, lo - 1):
        lo -= 1
    while hi < min(len(spans), i2 + 2) and _joined(text, spans, hi - 1):
        hi += 1
    return text[spans[lo][0] : spans[hi - 1][1]]


def _joined(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """True when only spaces separate token i from token i + 1."""
    return i + 1 < len(spans) and not text[spans[i][1] : spans[i + 1][0]].strip()


def _context(text: str, spans: list[tuple[int, int]], i1: int, i2: int) -> str:
    """About a dozen words around the difference, the differing words shown as '…'."""
    lo, hi = max(0, i1 - 8), min(len(spans), i2 + 5)
    before = text[spans[lo][0] : spans[i1][0]]
    after = text[spans[i2 - 1][1] : spans[hi - 1][1]] if i2 < len(spans) else ""
    lead = "…" if lo > 0 else ""
    tail = "…" if hi < len(spans) else ""
    return f"{lead}{before}…{after}{tail}".strip()
