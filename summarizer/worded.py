"""Values a word leads (pure; read by `align` before `quantity`'s figures): a grade
('Category 3', 'magnitude 7.1'), a magnitude ('dozens of', 'tens of thousands of'), 'a couple
of', a relative counted by the noun's number ('his wife and daughters') and the figure a death
toll gives ('the death toll … has risen to 11')."""

from __future__ import annotations

from . import textutil as tu
from .around import anchors, bounded, span_start
from .figures import NUMERIC, SCALES, gap, read_number, shown
from .quantity import SAID, YEAR
from .textutil import CLAUSE_END
from .value import Quantity, counted

_MAGNITUDES = {"tens": (10.0, 99.0), "dozens": (24.0, 99.0), "scores": (40.0, 99.0),
               "hundreds": (200.0, 999.0), "thousands": (2e3, 9999.0), "millions": (2e6, 9.99e6),
               "billions": (2e9, 9.99e9)}
# relatives, whose count a noun's number states ('his daughters'): the word -> plural or not.
# Not 'child' / 'children': 'women and children' says who, not how many
_KIN = {w: plural for singular, plurals in (
    ("daughter", "daughters"), ("son", "sons"), ("brother", "brothers"), ("sister", "sisters"),
    ("grandson", "grandsons"), ("granddaughter", "granddaughters"),
    ("grandchild", "grandchildren"))
    for w, plural in ((singular, False), (plurals, True))}
_KIN_BEFORE = frozenset({"his", "her", "their", "and", "a", "only", "one"})
_GRADES = frozenset({"category", "level", "stage", "phase", "magnitude", "grade", "tier"})
_ORDINALS = {w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth "
                                         "ninth tenth eleventh twelfth".split(), 1)}
_IN_A_ROW = frozenset({"consecutive", "straight", "successive"})
# what a toll is told by after a verb of bringing it to a figure: 'bringing this year's
# deaths to 331'
_DEATHS = frozenset({"deaths", "dead", "fatalities"})
_BRINGING = frozenset({"bringing", "brings", "brought", "taking", "takes", "took", "raising",
                       "raises", "raised", "pushing", "pushed", "lifting", "lifted"})
LEADS = _GRADES | set(_MAGNITUDES) | set(_KIN) | set(_ORDINALS) | {"couple", "toll"} | \
    _DEATHS  # may lead a value


def at(text: str, spans: list[tuple[int, int]], toks: list[str],
       i: int) -> tuple[int, Quantity | None] | None:
    """A value that a word leads: a grade ('Category 3'), a magnitude ('dozens of', 'tens
    of thousands of'), 'a couple of', a relative ('his daughters'), a death toll; None when
    token i leads none."""
    tok, low = toks[i], toks[i].casefold()
    if low not in LEADS:
        return None
    if low in _ORDINALS:
        return _in_a_row(text, spans, toks, i)
    if low in _GRADES and i + 1 < len(toks) and toks[i + 1][0].isdigit() \
            and (grade := NUMERIC.fullmatch(toks[i + 1])) and not grade.group(2) \
            and not CLAUSE_END.search(gap(text, spans, i)):  # a grade has no '$' nor '%'
        value = float(grade.group(1).replace(",", ""))
        return i + 2, Quantity("grade:" + low, value, value, toks[i + 1],
                               text[spans[i][0] : spans[i + 1][1]],
                               anchors(text, spans, toks, i, i + 2, low))
    if low in _MAGNITUDES and i + 2 < len(toks) and toks[i + 1].casefold() == "of":
        lo_, hi_, j = *_MAGNITUDES[low], i + 2
        while j + 1 < len(toks) and toks[j].casefold() in _MAGNITUDES and \
                toks[j + 1].casefold() == "of":  # 'tens of millions of', 'hundreds of thousands'
            lo_, hi_, j = lo_ * _MAGNITUDES[toks[j].casefold()][0] / 2, \
                hi_ * _MAGNITUDES[toks[j].casefold()][1] / 9.99, j + 2
        if j >= len(toks) or toks[j].casefold().rstrip("s") in SCALES:
            return j + 1, None  # 'tens of thousands' of what, it does not say
        topic = counted(tu.stem(toks[j]))
        return j + 1, Quantity(topic, lo_, hi_, " ".join(t.casefold() for t in toks[i:j]),
                               text[spans[i][0] : spans[j][1]],
                               anchors(text, spans, toks, i, j + 1, topic))
    if low == "couple" and i > 0 and toks[i - 1].casefold() == "a" and i + 2 < len(toks) \
            and toks[i + 1].casefold() == "of":  # 'within a couple of years'
        topic = counted(tu.stem(toks[i + 2]))
        return i + 3, Quantity(topic, 2.0, 2.0, "2", text[spans[i - 1][0] : spans[i + 2][1]],
                               anchors(text, spans, toks, i, i + 3, topic))
    if low in _KIN and tok.islower() and i > 0 and toks[i - 1].casefold() in _KIN_BEFORE:
        # lowercase: 'Smith and Sons' names a firm, not a count of sons
        return _kin_at(text, spans, toks, i)
    if low == "toll":  # 'the death toll ... has risen to 11': what the next figure counts
        return _toll_at(text, spans, toks, i)
    if low in _DEATHS and _brought_to(text, spans, toks, i):
        return _toll_at(text, spans, toks, i)  # 'bringing this year's deaths to 331'
    return None


# what may stand before the deaths of a whole toll: 'bringing the deaths', 'this year's
# deaths', 'the number of dead' (not 'police deaths', 'the day's deaths', 'took the dead')
_WHOLE_TOLL = frozenset({"the", "year's", "of"})
_AIMS = frozenset({"could", "would", "may", "might", "risk", "risks", "risked", "aim", "aims",
                   "aimed", "aiming", "plan", "plans", "planned", "target", "goal", "bid"})
_AFTER_TOLL = frozenset({"from", "on", "after", "as"})


def _brought_to(text: str, spans: list[tuple[int, int]], toks: list[str], i: int) -> bool:
    """Whether the deaths at token i are a whole toll brought to a figure: 'bringing this
    year's deaths to 331', 'raising the number of dead to 40'; not deaths of a group or a
    day, a figure that goes on ('to 11 counties', 'to 2 a day', 'to 12-year lows'), nor an
    aim ('aimed at bringing road deaths to 2,000')."""
    if i + 2 >= len(toks) or toks[i + 1].casefold() != "to" or not tu.is_number(toks[i + 2]):
        return False
    before = [t.casefold() for t in toks[max(0, i - 6) : i]]
    if not before or before[-1] not in _WHOLE_TOLL or (toks[i].casefold() == "dead" and
                                                        before[-1] != "of"):
        return False
    if not any(t in _BRINGING for t in before[-5:]) or any(t in _AIMS for t in before):
        return False
    after = gap(text, spans, i + 2)
    if "-" in after:
        return False  # '12-year lows'
    return i + 3 >= len(toks) or bool(CLAUSE_END.search(after)) or (
        after.strip() == "" and toks[i + 3].casefold() in _AFTER_TOLL)


def _kin_at(text: str, spans: list[tuple[int, int]], toks: list[str],
            i: int) -> tuple[int, Quantity | None]:
    """'his wife and daughter' states one daughter, 'his wife and daughters' two or more:
    a relative named without a figure is counted by the noun's number. Not 'the daughter of
    …' (whose she is, not how many) nor 'his daughter's'."""
    tok, after = toks[i], toks[i + 1].casefold() if i + 1 < len(toks) else ""
    if after == "of" or gap(text, spans, i).startswith(("'", "’")):
        return i + 1, None
    low, high = (2.0, 99.0) if _KIN[tok.casefold()] else (1.0, 1.0)
    topic = tu.stem(tok.casefold().replace("children", "child"))  # 'grandchildren'
    return i + 1, Quantity(topic, low, high, "2+" if high > 1 else "1",
                           tok,  # the noun alone: the description shows "his wife and …"
                           anchors(text, spans, toks, i, i + 1, topic), implied=True)


def _toll_at(text: str, spans: list[tuple[int, int]], toks: list[str],
             i: int) -> tuple[int, Quantity | None]:
    """'The death toll from Monday's landslide has risen to 11': the first figure after
    'toll' in its sentence, counting deaths."""
    for j in range(i + 1, min(len(toks), i + 20)):
        if tu.is_number(toks[j]) and not YEAR.fullmatch(toks[j]):
            k, value, _ = read_number(toks, spans, text, j)
            if value is None:
                return j, None
            whose = i - 2 if i > 1 and toks[i - 1].casefold() == "death" else i - 1
            sort = tu.stem(toks[whose]) if whose > 0 and tu.is_name(toks[whose]) and \
                toks[whose][:1].isupper() else ""  # 'the Palestinian death toll'
            return k, Quantity("death", *bounded(toks, j, value, value), shown(value),
                               text[spans[span_start(text, spans, toks, j)][0] :
                                    spans[k - 1][1]],
                               anchors(text, spans, toks, i, i + 1, "toll") - SAID["death"],
                               sort=sort)
    return i + 1, None


def _in_a_row(text: str, spans: list[tuple[int, int]], toks: list[str],
              i: int) -> tuple[int, Quantity | None] | None:
    """How many in a row an ordinal tells ('a fourth consecutive week at Number 1', 'its
    third straight win'), compared with counts in a row of the same noun only; None for
    another ordinal ('the first time')."""
    k = i + 1
    if k + 1 >= len(toks) or toks[k].casefold() not in _IN_A_ROW:
        return None
    noun = k + 1  # the noun counted, after what qualifies it: 'a second straight NBA title',
    while noun + 1 < len(toks) and (toks[noun][:1].isupper() or  # 'its fifth consecutive
                                    toks[noun].casefold().endswith("ly")):  # quarterly loss'
        noun += 1
    if tu.is_number(toks[noun]) or CLAUSE_END.search(text[spans[i][1] : spans[noun][0]]):
        return None  # 'a second consecutive 75 basis point hike': the figure is read
    value, topic = float(_ORDINALS[toks[i].casefold()]), f"row:{tu.stem(toks[noun])}"
    start = span_start(text, spans, toks, i)
    return noun + 1, Quantity(topic, value, value, shown(value),
                              text[spans[start][0] : spans[noun][1]],
                              anchors(text, spans, toks, i, noun + 1, topic))
