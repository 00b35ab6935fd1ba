"""The words around a value a sentence states (pure): the stems that anchor it, what it is
about ("killing 4 people" in "the storm"); where the words stating it start ("at least",
"risen to"); and the values an approximation or a bound allows ("about 65", "more than
5,000"). `quantity`, `when`, `worded` and `results` read values with these.
"""

from __future__ import annotations

import math

from . import textutil as tu
from .figures import gap, named_currency
from .textutil import CLAUSE_END

APPROX = 0.03  # relative slack of an approximate value ("about 65", "nearly $20m")
BOUND = 0.1  # how far past a bound outlets round a figure: 'more than 5,000' for 5,300
_ROUNDING = frozenset({"about", "around", "roughly", "approximately", "some", "estimated"})
ROUND_APPROX = 0.05  # the slack of an approximate figure of one significant digit: 'about
# 300' for 312
WINDOW = 4  # content words each side of a quantity that anchor it
APPROX_WORDS = frozenset({"about", "around", "roughly", "nearly", "almost", "approximately",
                           "some", "estimated", "over", "more", "than", "least", "up", "fewer",
                           "less", "under", "just", "upwards", "close", "above", "below"})
_NEARLY = frozenset({"just", "slightly", "barely", "marginally", "fractionally"})
# words too common around a figure to say what it is about
_WEAK_ANCHORS = frozenset({"last", "next", "past", "previous", "recent", "ago", "later",
                           "earlier", "within", "nearly", "almost", "than", "least", "total",
                           "a.m", "p.m", "am", "pm", "shortly", "soon", "just", "morning",
                           "afternoon", "evening", "night", "overnight", "tonight"})
# stems news uses for one thing around a figure: 'carrying 187 people' / '178 people on board'
_SAME_ANCHOR = {"board": "aboard", "carri": "aboard"}


def anchors(text: str, spans: list[tuple[int, int]], toks: list[str], lo: int, hi: int,
             skip: str, window: int = WINDOW, names: bool = True) -> frozenset[str]:
    """Stems of up to `window` content words before token lo and after token hi - 1, within
    the clause (a comma, a semicolon or a bracket ends it, unless the value is all that the
    brackets hold); names too unless `names` is false."""
    found: set[str] = set()
    # a value alone in brackets ('early Mars (4.5 billion years ago) had') is about the words
    # around the brackets
    aside = lo > 0 and gap(text, spans, lo - 1).strip() == "(" and \
        gap(text, spans, hi - 1).strip() == ")"
    currency = lo - 1 if lo and named_currency(toks, spans, text, lo) else -1  # 'KSh 18'
    for step, start in ((-1, lo - 1), (1, hi)):
        n, j = 0, start
        while 0 <= j < len(toks) and n < window:
            between = gap(text, spans, j) if step == -1 else gap(text, spans, j - 1)
            if CLAUSE_END.search(between) and not (aside and j == start):
                break
            word = toks[j]
            if j == currency or (word.casefold() == "final" and j + 1 < len(toks) and
                                 tu.is_number(toks[j + 1])):  # 'the final two kilometres'
                j += step
                continue
            if (names or not tu.is_name(word, first=j == 0)) and \
                    word.casefold() not in tu.STOPWORDS and \
                    not tu.is_number(word) and len(word) > 1:
                stem = tu.stem(word)
                if stem != skip and word.casefold() not in _WEAK_ANCHORS:
                    found.add(_SAME_ANCHOR.get(stem, stem))
                n += 1
            j += step
    return frozenset(found)


def bounded(toks: list[str], i: int, value: float, high: float) -> tuple[float, float]:
    """The values a figure at token i allows: itself, about it ('about 65'), or up to BOUND
    past a bound ('more than 5,000' allows 5,300, 'fewer than 50' and 'nearly 50' allow
    46)."""
    before = toks[i - 1].casefold() if i > 0 else ""
    if before not in APPROX_WORDS:
        return value, high
    than = toks[i - 2].casefold() if before == "than" and i > 1 else ""
    if before in {"above", "below"} and (i < 2 or toks[i - 2].casefold() not in _NEARLY) and (
            "of" not in (t.casefold() for t in toks[i + 1 : i + 3]) or toks[i].endswith("%")
            or toks[i + 1 : i + 2] in (["percent"], ["per"])):  # a threshold: 'the fifth
        # straight day above 40C' (not 'just above 60 percent', 'below 400 metres of rock')
        return (value, math.inf) if before == "above" else (0.0, high)
    if before in {"above", "below"}:
        return value * (1 - APPROX), high * (1 + APPROX)
    if before in {"over", "least", "upwards"} or than == "more":
        return value, high * (1 + BOUND)
    if before in {"under", "nearly", "almost"} or than in {"fewer", "less"}:
        return value * (1 - BOUND), high  # 'nearly 300 passengers' may be 287
    slack = ROUND_APPROX if value == high and value >= 100 and _one_digit(value) and \
        before in _ROUNDING else APPROX
    return value * (1 - slack), high * (1 + slack)  # ('about 300 passengers' may be 312;
    # 'about 2.4 million' is not 2.5 million)


def _one_digit(value: float) -> bool:
    """Whether a figure has one significant digit: 300, 2,000, 5 million."""
    digits = f"{value:.0f}".rstrip("0")
    return len(digits) == 1


def span_start(text: str, spans: list[tuple[int, int]], toks: list[str], i: int) -> int:
    """Where the words stating a figure start: the word before it, or the qualifier chain
    ('at least', 'more than', 'risen to'), within its clause."""
    start = i
    while start > max(0, i - 3) and not CLAUSE_END.search(gap(text, spans, start - 1)):
        start -= 1
        if toks[start].casefold() not in APPROX_WORDS | {"at", "to", "risen", "rose"}:
            break
    return start
