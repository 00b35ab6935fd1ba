"""Where two wordings of one sentence say it with another number, date or name, or say the
opposite (pure).

Both sentences are aligned word by word; a short replaced span where both sides carry a
number, a date or a name (and the names are not mere spelling variants, "Zelensky"/
"Zelenskyy") is a difference. So is a span that turns the sentence around (kind 'other'): a
negation one side adds ("found the driver guilty" / "found the driver not guilty", "did" /
"didn't") or a word swapped for its opposite, a verdict ("granted" / "denied",
`roles.VERDICTS`) or one of `cues.OPPOSITES` ("survived" / "died"), unless a negation turns
it back: "did not survive" / "died", or a negation and an opposite in one clause, "would not
close … before 2027" / "would close … after 2027", say the same. A word swapped for one
that need not contradict it (kind 'apart': events that may follow one another, "arrested" /
"released", or opposites under one negation, "did not deny" / "did not confirm") makes two
statements but no disagreement. Other insertions and deletions are not differences: one
outlet saying more is not one. Dedupe uses it to keep such sentences apart, conflicts to
report them ('apart' aside), the verifier to catch a claim turning its evidence around.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from . import cues, roles
from . import textutil as tu

# 'apart': another word that need not contradict the first, so no disagreement, though the two
# are not one statement either: events that may follow one another ('arrested' / 'released',
# `cues.in_turn`), opposites under one negation ('did not deny' / 'did not confirm')
Kind = Literal["number", "date", "name", "other", "apart"]
_MAX_SPAN = 4
_EXACT = 400  # words beyond which the alignment is bounded (see `_changed`)
QUALIFIERS = frozenset({"ago", "old", "later", "earlier", "long"})


@dataclass(frozen=True)
class Difference:
    """One replaced span between two versions of a sentence (or, for a negation, the span
    one adds with the word it negates)."""

    kind: Kind
    left: str
    right: str
    description: str
    # what is being counted or named, and the two values: how equal differences are merged
    topic: str = ""
    values: tuple[str, str] = ("", "")


def differences(a: str, b: str) -> list[Difference]:
    """Spans where `a` and `b` say the same thing with another number, date or name, or say
    the opposite."""
    a, spans_a, keys_a = _tokens(a)
    b, spans_b, keys_b = _tokens(b)
    found: list[Difference] = []
    turns: list[tuple[str, int, int]] = []  # how each turns the sentence, and its clauses
    for i1, i2, j1, j2 in _changed(keys_a, keys_b):
        if i2 - i1 > _MAX_SPAN or j2 - j1 > _MAX_SPAN:
            continue
        left = [a[s:e] for s, e in spans_a[i1:i2]]
        right = [b[s:e] for s, e in spans_b[j1:j2]]
        kind = _kind(left, right, i1 == 0 or j1 == 0) if left and right else None
        if kind == "name" and _qualifies(a, spans_a, i1, i2) and _qualifies(b, spans_b, j1, j2):
            continue  # 'near Omak, Okanogan County,' / 'near Omak, Washington,': both can hold
        topic = _topic(keys_a, i2)
        turn = ""
        if kind is None and _negated(keys_a, i1, i2, keys_b, j1, j2):
            kind, turn = "other", "negation"  # the word negated is part of what differs
            i2, j2 = i2 + 1, j2 + 1
            topic = keys_a[i2 - 1]
        elif kind is None and (kind := _opposed(left, right)) == "other":
            if _under_negation(a, spans_a, i1, i2) and _under_negation(b, spans_b, j1, j2):
                kind = "apart"  # one negation over both leaves both open
            turn = "opposite" if kind == "other" else ""
        if kind:
            found.append(Difference(
                kind=kind,
                left=_window(a, spans_a, i1, i2),
                right=_window(b, spans_b, j1, j2),
                description=context(a, spans_a, i1, i2),
                topic=topic,
                values=(" ".join(keys_a[i1:i2]), " ".join(keys_b[j1:j2])),
            ))
            turns.append((turn, _start(spans_a, i1, a), _start(spans_b, j1, b)))
    return _untwisted(found, turns, a, b)


def _untwisted(found: list[Difference], turns: list[tuple[str, int, int]], a: str,
               b: str) -> list[Difference]:
    """`found` without the turns that undo each other: a negation and an opposite in one
    clause of both sentences say it the same way twice turned ('would not close the plant
    before 2027' / 'would close the plant after 2027'), an even number of them with an
    opposite among them. `turns`: how each difference turns the sentence ('' when it does
    not) and where it starts in `a` and `b`."""
    if sum(1 for turn, _, _ in turns if turn) < 2:
        return found
    marks_a = [m.start() for m in tu.CLAUSE_MARK.finditer(a)]
    marks_b = [m.start() for m in tu.CLAUSE_MARK.finditer(b)]
    clauses = [(turn, bisect_left(marks_a, at_a), bisect_left(marks_b, at_b))
               for turn, at_a, at_b in turns]
    count = Counter((ca, cb) for turn, ca, cb in clauses if turn)
    undone = {(ca, cb) for turn, ca, cb in clauses if turn == "opposite"
              and count[ca, cb] % 2 == 0}
    return [d for d, (turn, ca, cb) in zip(found, clauses, strict=True)
            if not (turn and (ca, cb) in undone)]


def _start(spans: list[tuple[int, int]], i: int, text: str) -> int:
    return spans[i][0] if i < len(spans) else len(text)


def _changed(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]]:
    """The spans of `a` and `b` the word alignment finds replaced, inserted or deleted (i1,
    i2, j1, j2; an insertion has i1 == i2). Sequences of more than _EXACT words (no sentence
    of the dev stories comes near) are first anchored on the words each holds once, in the
    same order in both (patience diffing), and only the stretches between anchors are
    aligned word by word: aligning a line of thousands of words from a small vocabulary
    whole takes seconds per pair, growing with its length squared. A stretch still longer
    than _EXACT is one replaced span, too long to be a difference."""
    if max(len(a), len(b)) <= _EXACT:
        matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
        return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes()
                if tag != "equal"]
    found = []
    i0 = j0 = 0
    for i, j in [*_anchors(a, b), (len(a), len(b))]:
        if i > i0 and j > j0 and max(i - i0, j - j0) <= _EXACT:
            found += [(i0 + i1, i0 + i2, j0 + j1, j0 + j2)
                      for i1, i2, j1, j2 in _changed(a[i0:i], b[j0:j])]
        elif i > i0 or j > j0:
            found.append((i0, i, j0, j))
        i0, j0 = i + 1, j + 1
    return found


def _negated(keys_a: list[str], i1: int, i2: int, keys_b: list[str], j1: int, j2: int) -> bool:
    """Whether one side of a changed span negates what the other states, and only that: the
    two are alike once their negations are taken out ('not' / '', "didn't" / 'did'), one
    side had one, and it governs the word both go on with ('guilty'; 'no more than' says no
    opposite, `cues.IDIOMS`), after a word both share: a cut that starts after a negation
    ('guilty of …' out of 'not guilty of …') is a part of the sentence, not its opposite."""
    left, right = keys_a[i1:i2], keys_b[j1:j2]
    plain_l = [w for w in map(cues.unnegated, left) if w]
    plain_r = [w for w in map(cues.unnegated, right) if w]
    if plain_l != plain_r or (plain_l == left) == (plain_r == right):
        return False
    return i1 > 0 and j1 > 0 and i2 < len(keys_a) and j2 < len(keys_b) and \
        keys_a[i2] == keys_b[j2] and keys_a[i2] not in cues.IDIOMS


def _opposed(left: list[str], right: list[str]) -> Kind | None:
    """'other' for two spans that cannot both be said of one thing, a word each besides
    small words and negations ('survived' / 'died in'): opposite verdicts ('granted' /
    'denied') or opposites (`cues.OPPOSITES`), with an even count of negations between them.
    A negation in one span turns the opposite back: 'did not survive' / 'died in', 'pleaded
    not guilty' / 'pleaded innocent', 'did not grant' / 'denied' say the same, None (one
    before the span is a difference of its own, `_untwisted`; one over both spans,
    `_under_negation`). 'apart' for events that may follow one another (`cues.in_turn`),
    negated or not."""
    words_l = [t for t in left if not _small(t)] if len(left) > 1 else left
    words_r = [t for t in right if not _small(t)] if len(right) > 1 else right
    if len(words_l) != 1 or len(words_r) != 1:
        return None
    a, b = words_l[0], words_r[0]
    if cues.in_turn(a, b):
        return "apart"
    verdicts = roles.VERDICTS.get(tu.stem(a)), roles.VERDICTS.get(tu.stem(b))
    opposed = (None not in verdicts and verdicts[0] != verdicts[1]) or cues.opposite(a, b)
    even = (sum(map(cues.negates, left)) + sum(map(cues.negates, right))) % 2 == 0
    return "other" if opposed and even else None


def _under_negation(text: str, spans: list[tuple[int, int]], i1: int, i2: int) -> bool:
    """Whether tokens i1..i2 hold a negation or one governs them from the `cues.REACH` words
    before them in their clause: 'did not deny' / 'did not confirm' may both be true."""
    start = max(0, i1 - cues.REACH)
    for k in range(i1 - 1, start - 1, -1):  # a clause mark before i1 ends the reach
        if tu.CLAUSE_MARK.search(text, spans[k][1], spans[k + 1][0]):
            start = k + 1
            break
    return any(cues.negates(text[s:e]) for s, e in spans[start:i2])


def _small(token: str) -> bool:
    return token.casefold() in tu.STOPWORDS or cues.negates(token)


def _anchors(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Positions (i, j) of the words that `a` and `b` each hold once, the longest run of them
    in the same order in both."""
    count_a, count_b = Counter(a), Counter(b)
    at_b = {w: j for j, w in enumerate(b) if count_b[w] == 1}
    pairs = [(i, at_b[w]) for i, w in enumerate(a) if count_a[w] == 1 and w in at_b]
    tails: list[int] = []  # longest increasing subsequence of the j's (patience sorting)
    ends: list[int] = []  # index in pairs of each tail
    before = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        k = bisect_left(tails, j)
        before[n] = ends[k - 1] if k else -1
        tails[k:k + 1], ends[k:k + 1] = [j], [n]
    chain, n = [], ends[-1] if ends else -1
    while n >= 0:
        chain.append(pairs[n])
        n = before[n]
    return chain[::-1]


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
