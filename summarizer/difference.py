"""Where two wordings of one sentence say it with another number, date or name (pure).

Both sentences are aligned word by word; a short replaced span where both sides carry a
number, a date or a name (and the names are not mere spelling variants, "Zelensky"/
"Zelenskyy") is a difference. Insertions and deletions are not: one outlet saying more is
not a difference. Dedupe uses it to keep such sentences apart, conflicts to report them.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from . import textutil as tu

Kind = Literal["number", "date", "name"]
_MAX_SPAN = 4
QUALIFIERS = frozenset({"ago", "old", "later", "earlier", "long"})


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
        if kind == "name" and _qualifies(a, spans_a, i1, i2) and _qualifies(b, spans_b, j1, j2):
            continue  # 'near Omak, Okanogan County,' / 'near Omak, Washington,': both can hold
        if kind:
            found.append(Difference(
                kind=kind,
                left=_window(a, spans_a, i1, i2),
                right=_window(b, spans_b, j1, j2),
                description=context(a, spans_a, i1, i2),
                topic=_topic(keys_a, i2),
                values=(" ".join(keys_a[i1:i2]), " ".join(keys_b[j1:j2])),
            ))
    return found


def _qualifies(text: str, spans: list[tuple[int, int]], i1: int, i2: int) -> bool:
    """Tokens i1..i2 stand in apposition to the name before them ('Omak, Washington,'): a
    place's county or state, a person's title. Two sources naming different ones need not
    disagree."""
    if i1 == 0 or not tu.is_name(text[spans[i1 - 1][0] : spans[i1 - 1][1]]):
        return False
    after = text[spans[i2 - 1][1] : spans[i2][0]] if i2 < len(spans) else "."
    return text[spans[i1 - 1][1] : spans[i1][0]] == ", " and after[:1] in ",.;"


def _topic(keys: list[str], after: int) -> str:
    """The word counted or named after a replaced span: 'year' in 'three years ago'."""
    if after >= len(keys):
        return ""
    topic = keys[after]
    if after + 1 < len(keys) and keys[after + 1] in QUALIFIERS:
        topic += " " + keys[after + 1]
    return topic


def _kind(left: list[str], right: list[str], at_start: bool) -> Kind | None:
    nums_l = {tu.key(t) for t in left if tu.is_number(t)}
    nums_r = {tu.key(t) for t in right if tu.is_number(t)}
    if (nums_l or nums_r) and nums_l != nums_r and nums_l and nums_r:
        dated = any(is_date(t) for t in left + right)
        return "date" if dated else "number"
    if any(t.casefold() in tu.MONTHS for t in left) and any(
            t.casefold() in tu.MONTHS for t in right):
        return "date"
    names_l = [t for t in left if tu.is_name(t)]
    names_r = [t for t in right if tu.is_name(t)]
    if names_l and names_r and not at_start and not _spelling_variants(names_l, names_r):
        return "name"
    return None


def is_date(token: str) -> bool:
    return token.casefold() in tu.MONTHS or bool(re.fullmatch(r"(1[89]|20)\d\d", token))


def _spelling_variants(left: list[str], right: list[str]) -> bool:
    a, b = " ".join(left).casefold(), " ".join(right).casefold()
    return a.startswith(b) or b.startswith(a) or difflib.SequenceMatcher(a=a, b=b).ratio() >= 0.8


@functools.lru_cache(maxsize=1 << 16)
def _tokens(text: str) -> tuple[str, list[tuple[int, int]], list[str]]:
    """`text` NFKC-normalised, its word spans and their keys: one sentence is compared with
    many others, so this is computed once per sentence."""
    text = unicodedata.normalize("NFKC", text)
    spans = token_spans(text)
    return text, spans, [tu.key(text[s:e]) for s, e in spans]


def token_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(tu.WORD_PATTERN, text)]


def _window(text: str, spans: list[tuple[int, int]], i1: int, i2: int) -> str:
    """The replaced span with up to one word before and two after, within one clause:
    'roughly three years ago', 'injuring 12 workers'."""
    lo, hi = i1, i2
    if lo > 0 and joined(text, spans, lo - 1):
        lo -= 1
    while hi < min(len(spans), i2 + 2) and joined(text, spans, hi - 1):
        hi += 1
    return text[spans[lo][0] : spans[hi - 1][1]]


def joined(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """True when only spaces separate token i from token i + 1."""
    return i + 1 < len(spans) and not text[spans[i][1] : spans[i + 1][0]].strip()


def context(text: str, spans: list[tuple[int, int]], i1: int, i2: int) -> str:
    """About a dozen words around the difference, the differing words shown as '…'."""
    lo, hi = max(0, i1 - 8), min(len(spans), i2 + 5)
    before = text[spans[lo][0] : spans[i1][0]]
    after = text[spans[i2 - 1][1] : spans[hi - 1][1]] if i2 < len(spans) else ""
    lead = "…" if lo > 0 else ""
    tail = "…" if hi < len(spans) else ""
    return f"{lead}{before}…{after}{tail}".strip()
