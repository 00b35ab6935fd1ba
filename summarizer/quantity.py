"""What a sentence states as a value (pure): counts and amounts, spelled out or in figures
("Forty" = 40, "2.5 million", "dozens of"; the numbers themselves are read by `figures`),
approximate or a bound ("about", "more than"), a range or an increment; what is counted, by
the Snowball stem of its noun, and what happened to the people counted ("killing 4 people",
"the death toll rose to 11"); ages tied to a name, grades ("Category 3"), and the words
around each value that anchor it. `align` reads a sentence's values with these and `when`
(dates and times of day), and compares them across sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import textutil as tu
from .difference import QUALIFIERS
from .figures import NUMERIC, SCALES, gap, read_number, shown

APPROX = 0.03  # relative slack of an approximate value ("about 65", "nearly $20m")
BOUND = 0.1  # how far past a bound outlets round a figure: 'more than 5,000' for 5,300
WINDOW = 4  # content words each side of a quantity that anchor it
GENERIC = frozenset({"peopl", "person", "time", "year", "day", "month", "week", "hour", "minut",
                     "percent", "%", "other", "thing", "way", "part", "more", "less"})
APPROX_WORDS = frozenset({"about", "around", "roughly", "nearly", "almost", "approximately",
                           "some", "estimated", "over", "more", "than", "least", "up", "fewer",
                           "less", "under", "just", "upwards", "close"})
_MAGNITUDES = {"tens": (10.0, 99.0), "dozens": (24.0, 99.0), "scores": (40.0, 99.0),
               "hundreds": (200.0, 999.0), "thousands": (2e3, 9999.0), "millions": (2e6, 9.99e6),
               "billions": (2e9, 9.99e9)}
_PEOPLE = frozenset({"peopl", "person", "resid", "individu", "men", "women", "children",
                     "adult", "victim", "passeng", "worker", "student", "civilian", "soldier",
                     "migrant", "patient", "employe", "member", "villag", "protest"})
_PREDICATES = {"kill": "death", "dead": "death", "die": "death", "death": "death",
               "fatal": "death", "perish": "death", "injur": "injury", "wound": "injury",
               "hurt": "injury", "evacu": "evacuation", "flee": "evacuation", "fled": "evacuation",
               "displac": "evacuation", "arrest": "arrest", "detain": "arrest",
               "rescu": "rescue", "miss": "missing", "hospit": "injury"}
_SAID: dict[str | None, set[str]] = {}  # the stems that say each predicate
for _stem, _said in _PREDICATES.items():
    _SAID.setdefault(_said, set()).add(_stem)
_INCREMENTS = frozenset({"another", "additional", "further", "extra", "more"})
_RATES = frozenset({"per", "a", "an", "every", "each"})
# words too common around a figure to say what it is about
_WEAK_ANCHORS = frozenset({"last", "next", "past", "previous", "recent", "ago", "later",
                           "earlier", "within", "nearly", "almost", "than", "least", "total",
                           "a.m", "p.m", "am", "pm"})
# words that describe what is counted without saying which kind it is: 'two big objects' and
# 'four massive objects' may be the same objects
_QUALITIES = frozenset({"big", "large", "huge", "massive", "giant", "small", "tiny", "little",
                        "young", "old", "elderly", "new", "major", "minor", "more", "other",
                        "several", "separate", "different", "additional", "unidentified",
                        "unnamed", "known", "total", "full", "whole", "main", "key", "top"})
# relatives, whose count a noun's number states ('his daughters'): the word -> plural or not.
# Not 'child' / 'children': 'women and children' says who, not how many
_KIN = {w: plural for singular, plurals in (
    ("daughter", "daughters"), ("son", "sons"), ("brother", "brothers"), ("sister", "sisters"),
    ("grandson", "grandsons"), ("granddaughter", "granddaughters"),
    ("grandchild", "grandchildren"))
    for w, plural in ((singular, False), (plurals, True))}
_KIN_BEFORE = frozenset({"his", "her", "their", "and", "a", "only", "one"})
_GRADES = frozenset({"category", "level", "stage", "phase", "magnitude", "grade", "tier"})
_WORD_LED = _GRADES | set(_MAGNITUDES) | set(_KIN) | {"couple", "toll"}  # may lead a value
_CLAUSE_END = re.compile(r"[,;:()\u2014]|\s-\s")
# compiled once: the readers below try them on every token of every statement
WORD = re.compile(tu.WORD_PATTERN)
DAY_OR_HOUR = re.compile(r"\d{1,2}")
TWO_DIGITS = re.compile(r"\d{2}")
YEAR = re.compile(r"(1[89]|20)\d\d")


@dataclass(frozen=True)
class Quantity:
    """One value a sentence states about something."""

    topic: str  # what is counted or measured: 'firefight', 'mile', 'age', 'category', 'date'
    low: float  # the value as a range: exact values have low == high
    high: float
    value: str  # the value, normalised: '65', '4500000000', '$5.2', 'dozens', 'april 14'
    span: str  # the words that state it: 'about 65 miles west'
    anchors: frozenset[str]  # stems (and name keys) around it, within its clause
    unit: str = ""  # a currency sign or '%'
    slack: float = 0.0  # how far off an approximate time of day may be, in minutes
    sort: str = ""  # the stem of a word saying which kind is counted: 'robbery' charges,
    # charges 'of' contempt, 'Israeli' soldiers
    implied: bool = False  # said by the noun's number, not a figure: 'his daughters'

    def differs(self, other: Quantity) -> bool:
        """True when the two values cannot both be right."""
        if self.topic == "date":
            return _dates_differ(self.value, other.value)
        if self.topic == "time" and self.low != self.high and other.low != other.high:
            return self.value != other.value  # two spans of time: each end is a claim
        if self.topic == "time" and self.low == self.high and other.low == other.high:
            return abs(self.low - other.low) > (self.slack or other.slack)
        return self.unit == other.unit and (self.high < other.low or other.high < self.low)


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
    for step, start in ((-1, lo - 1), (1, hi)):
        n, j = 0, start
        while 0 <= j < len(toks) and n < window:
            between = gap(text, spans, j) if step == -1 else gap(text, spans, j - 1)
            if _CLAUSE_END.search(between) and not (aside and j == start):
                break
            word = toks[j]
            if (names or not tu.is_name(word, first=j == 0)) and \
                    word.casefold() not in tu.STOPWORDS and \
                    not tu.is_number(word) and len(word) > 1:
                stem = tu.stem(word)
                if stem != skip and word.casefold() not in _WEAK_ANCHORS:
                    found.add(stem)
                n += 1
            j += step
    return frozenset(found)


def at(text: str, spans: list[tuple[int, int]], toks: list[str],
       i: int) -> tuple[int, Quantity | None]:
    """The count, amount, age or grade that starts at token i, if any, and the index after
    it (dates and times of day are `when`'s)."""
    tok, low = toks[i], toks[i].casefold()
    if low in _WORD_LED and (found := _worded_at(text, spans, toks, i, low)) is not None:
        return found
    if not tu.is_number(tok) or low in {"first", "second", "third", "fourth", "fifth", "half"}:
        return i + 1, None
    if YEAR.fullmatch(tok) or gap(text, spans, i).startswith(":") \
            or (i > 0 and gap(text, spans, i - 1).endswith(":")):
        return i + 1, None  # a year (dates are read from their month) or a clock time
    j, number, unit = read_number(toks, spans, text, i)
    if number is None or j >= len(toks):
        return j, None
    return _age_at(text, spans, toks, i, j, number) or \
        _counted_at(text, spans, toks, i, j, number, unit)


def _worded_at(text: str, spans: list[tuple[int, int]], toks: list[str], i: int,
               low: str) -> tuple[int, Quantity | None] | None:
    """A value that a word leads: a grade ('Category 3'), a magnitude ('dozens of', 'tens
    of thousands of'), 'a couple of', a relative ('his daughters'), a death toll; None when
    token i leads none."""
    tok = toks[i]  # 'Smith and Sons' names a firm, not a count of sons
    if low in _GRADES and i + 1 < len(toks) and toks[i + 1][0].isdigit() \
            and (grade := NUMERIC.fullmatch(toks[i + 1])) and not grade.group(2) \
            and not _CLAUSE_END.search(gap(text, spans, i)):  # a grade has no '$' nor '%'
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
        topic = tu.stem(toks[j])
        return j + 1, Quantity(topic, lo_, hi_, " ".join(t.casefold() for t in toks[i:j]),
                               text[spans[i][0] : spans[j][1]],
                               anchors(text, spans, toks, i, j + 1, topic))
    if low == "couple" and i > 0 and toks[i - 1].casefold() == "a" and i + 2 < len(toks) \
            and toks[i + 1].casefold() == "of":  # 'within a couple of years'
        topic = tu.stem(toks[i + 2])
        return i + 3, Quantity(topic, 2.0, 2.0, "2", text[spans[i - 1][0] : spans[i + 2][1]],
                               anchors(text, spans, toks, i, i + 3, topic))
    if low in _KIN and tok.islower() and i > 0 and toks[i - 1].casefold() in _KIN_BEFORE:
        return _kin_at(text, spans, toks, i)
    if low == "toll":  # 'the death toll ... has risen to 11': what the next figure counts
        return _toll_at(text, spans, toks, i)
    return None


def _age_at(text: str, spans: list[tuple[int, int]], toks: list[str], i: int, j: int,
            value: float) -> tuple[int, Quantity] | None:
    """An age, the number at token i (read up to token j): "64-year-old", "64 years old",
    "Harlan, 64,"; None when the number is no age."""
    if toks[j].casefold() in {"year-old", "years-old"} or (
            toks[j].casefold() == "years" and j + 1 < len(toks) and toks[j + 1] == "old"):
        end = j + (2 if toks[j].casefold() == "years" else 1)
        return end, Quantity("age", value, value, shown(value),
                             text[spans[i][0] : spans[end - 1][1]],
                             _whose(text, spans, toks, end, 1) or _whose(text, spans, toks, i, -1))
    if i > 0 and tu.is_name(toks[i - 1]) and gap(text, spans, i - 1) == ", " and \
            gap(text, spans, i).startswith(",") and 0 < value < 120:
        return i + 1, Quantity("age", value, value, shown(value),
                               text[spans[i - 1][0] : spans[i][1]],
                               _whose(text, spans, toks, i, -1))
    return None


def _counted_at(text: str, spans: list[tuple[int, int]], toks: list[str], i: int, j: int,
                value: float, unit: str) -> tuple[int, Quantity | None]:
    """What the number at token i (read up to token j) counts or measures: the noun after it
    (or its range's end), the kind of it, and what happened to the people counted."""
    j, high = _range_end(text, spans, toks, i, j, value)
    noun = toks[j]
    if noun.casefold() in tu.STOPWORDS or tu.is_number(noun) or not noun[:1].isalpha() \
            or _CLAUSE_END.search(gap(text, spans, j - 1)):
        return j, None
    before = toks[i - 1].casefold() if i > 0 else ""
    if before in _INCREMENTS:
        return j + 1, None  # 'another 3,000 jobs' adds to a figure; it does not state one
    sort = ""
    if _describes(noun, toks[j + 1] if j + 1 < len(toks) else "") and \
            gap(text, spans, j) == " ":  # 'three young children', 'two Israeli soldiers'
        sort = "" if noun.casefold() in _QUALITIES else tu.stem(noun)
        j += 1
        noun = toks[j]
    if j + 2 < len(toks) and toks[j + 1].casefold() == "of" and gap(text, spans, j) == " " \
            and toks[j + 2].casefold() not in tu.STOPWORDS:  # 'three charges of contempt'
        sort = sort or tu.stem(toks[j + 2])
    topic, j = _topic(text, spans, toks, j, noun)
    said = None
    if topic in _PEOPLE or noun[:1].isupper():  # '4 people' killed, '84 Palestinians' wounded
        said = _predicate(toks, i, j)
        if said:
            topic = said if topic in _PEOPLE else f"{said}:{topic}"
    start = _span_start(text, spans, toks, i)
    return j + 1, Quantity(topic, *_bounded(toks, i, value, high), unit + shown(value) + (
                               f"-{shown(high)}" if high != value else ""),
                           text[spans[start][0] : spans[j][1]],
                           anchors(text, spans, toks, i, j + 1, topic) - _SAID.get(said, set()),
                           unit, sort=sort)


def _range_end(text: str, spans: list[tuple[int, int]], toks: list[str], i: int, j: int,
               value: float) -> tuple[int, float]:
    """Where a range that the number at token i opens ends, and its upper value ('10,000 to
    20,000 years'); (j, value) when it opens none."""
    if j + 1 < len(toks) and toks[j].casefold() in {"to", "and"} and \
            NUMERIC.fullmatch(toks[j + 1]) and (i == 0 or toks[i - 1].casefold() != "from"):
        k, upper, _ = read_number(toks, spans, text, j + 1)
        if upper is not None and upper > value and k < len(toks):
            return k, upper
    return j, value


def _topic(text: str, spans: list[tuple[int, int]], toks: list[str], j: int,
           noun: str) -> tuple[str, int]:
    """What a figure counts, from its noun at token j: its stem, joined by what the words
    after it add ('14-year sentence', 'three years ago', '$150 per game'), and the index of
    the last token read."""
    topic = tu.stem(noun)
    if gap(text, spans, j - 1) == "-" and j + 1 < len(toks):  # '14-year sentence'
        topic, j = f"{topic}-{tu.stem(toks[j + 1])}", j + 1
    elif j + 1 < len(toks) and toks[j + 1].casefold() in QUALIFIERS:  # 'three years ago'
        topic, j = f"{topic} {toks[j + 1].casefold()}", j + 1
    if noun.casefold() in _RATES and j + 1 < len(toks):  # '$150 per game'
        topic, j = f"/{tu.stem(toks[j + 1])}", j + 1
    elif j + 2 < len(toks) and toks[j + 1].casefold() in _RATES and \
            gap(text, spans, j) == " ":  # '1.75 cents per ounce', not 'members, an investor'
        topic, j = f"{topic}/{tu.stem(toks[j + 2])}", j + 2
    return topic, j


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


def _bounded(toks: list[str], i: int, value: float, high: float) -> tuple[float, float]:
    """The values a figure at token i allows: itself, about it ('about 65'), or up to BOUND
    past a bound ('more than 5,000' allows 5,300, 'fewer than 50' allows 46)."""
    before = toks[i - 1].casefold() if i > 0 else ""
    if before not in APPROX_WORDS:
        return value, high
    than = toks[i - 2].casefold() if before == "than" and i > 1 else ""
    if before in {"over", "least", "upwards"} or than == "more":
        return value, high * (1 + BOUND)
    if before == "under" or than in {"fewer", "less"}:
        return value * (1 - BOUND), high
    return value * (1 - APPROX), high * (1 + APPROX)


def _span_start(text: str, spans: list[tuple[int, int]], toks: list[str], i: int) -> int:
    """Where the words stating a figure start: the word before it, or the qualifier chain
    ('at least', 'more than', 'risen to'), within its clause."""
    start = i
    while start > max(0, i - 3) and not _CLAUSE_END.search(gap(text, spans, start - 1)):
        start -= 1
        if toks[start].casefold() not in APPROX_WORDS | {"at", "to", "risen", "rose"}:
            break
    return start


def _describes(word: str, after: str) -> bool:
    """'young' in 'three young children': a word that is not what is counted, but describes
    the plural noun after it."""
    return bool(after) and after[:1].islower() and after.casefold() not in tu.STOPWORDS and \
        not tu.is_number(after) and after.casefold().endswith(("s", "ren", "people")) and \
        not word.casefold().endswith("s") and word.casefold() not in _RATES


def _predicate(toks: list[str], lo: int, hi: int) -> str | None:
    """What happened to the people counted by tokens lo..hi, from the nearest word that says
    ('killing at least 4 people' -> 'death'), within four words either side."""
    for distance in range(1, 5):
        for j in (lo - distance, hi + distance):
            if 0 <= j < len(toks) and (said := _PREDICATES.get(tu.stem(toks[j]))):
                return said
    return None


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
            return k, Quantity("death", *_bounded(toks, j, value, value), shown(value),
                               text[spans[_span_start(text, spans, toks, j)][0] :
                                    spans[k - 1][1]],
                               anchors(text, spans, toks, i, i + 1, "toll") - _SAID["death"],
                               sort=sort)
    return i + 1, None


def _whose(text: str, spans: list[tuple[int, int]], toks: list[str], at: int,
           step: int) -> frozenset[str]:
    """The name run that starts at token `at` (step 1) or ends just before it (step -1), as
    keys with a marker of its length: whose age a figure is."""
    run: list[str] = []
    j = at if step == 1 else at - 1
    while 0 <= j < len(toks) and tu.is_name(toks[j]) and len(run) < 4:
        run.append(tu.key(toks[j]))
        if not (0 <= j + step < len(toks)) or gap(text, spans, min(j, j + step)) != " ":
            break
        j += step
    return frozenset(run)


def _dates_differ(a: str, b: str) -> bool:
    """Month, day and year compared where both state them: 'april' and 'may 2014' differ;
    'april 14' and 'april 14 2016' do not."""
    pa, pb = _date_parts(a), _date_parts(b)
    return any(x and y and x != y for x, y in zip(pa, pb, strict=True))


def _date_parts(value: str) -> tuple[str, str, str]:
    month, *rest = value.split()
    day = next((r for r in rest if len(r) <= 2), "")
    year = next((r for r in rest if len(r) == 4), "")
    return month, day, year
