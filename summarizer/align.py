"""Statement alignment across sources: the quantities, dates and names a sentence states, in a
form that other wordings of the same fact share (pure).

Outlets word one fact their own way ("Forty firefighters fought the blaze" / "the 40
firefighters who battled the fire"), so alignment does not compare word n-grams. It reads
what a fact is made of:

- a **quantity**: its value, spelled out or in figures ("Forty" = 40, "2.5 million", "four
  billion", "dozens of"), whether it is approximate or a bound ("about", "more than"), what is
  counted (the noun after it, not a word describing it, by its Snowball stem), what happened
  to the people counted ("killing 4 people" and "the death toll rose to 11" both count
  deaths), and the words around it (the anchor: "65 miles *west of Chicago*"); a range ("10,000
  to 20,000 years") and an increment ("another 3,000 jobs") are read as such;
- an **age** ("Harlan, 64," or "the 64-year-old Harlan"), tied to the name it belongs to;
- a **grade** ("Category 3", "magnitude 7.1");
- a **date** ("April 14", "May 2014"), with the clause that says what happened on it;
- a **time of day** ("at 6:57 p.m.") or a span of one ("between 6:45 and 7 p.m."; each end of
  a span is a claim);
- a **name**: a run of capitalised words ("Ilsa Hernandez"), and each long word of it;
- a **verdict** on something ("granted permission", "denied bail", "rejected the plan").

`attribute_links` pairs statements of different sources that give one attribute of one
subject different values: the same counted noun with a shared anchor (or, for a specific
noun, related sentences), the same person's age, the same grade of related sentences, a date
whose clause shares two words or whose sentences name the same people, a name spelled
differently ("Leona Helmsley" / "Leona Helmsey"; a transliteration, "Zelensky" / "Zelenskyy"
or "Krähenbühl" / "Kraehenbuehl", is not). The work is bounded: statements are indexed by
what they count, and an index entry shared by more than MAX_POSTING statements is not
compared (never all pairs).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import cues
from . import textutil as tu
from .difference import QUALIFIERS

MAX_POSTING = 200  # statements sharing one index key, beyond which it says nothing specific
RELATED = 0.2  # stem Jaccard of two sentences for them to be about the same thing
APPROX = 0.03  # relative slack of an approximate value ("about 65", "nearly $20m")
WINDOW = 4  # content words each side of a quantity that anchor it
GENERIC = frozenset({"peopl", "person", "time", "year", "day", "month", "week", "hour", "minut",
                     "percent", "%", "other", "thing", "way", "part", "more", "less"})
_APPROX_WORDS = frozenset({"about", "around", "roughly", "nearly", "almost", "approximately",
                           "some", "estimated", "over", "more", "than", "least", "up", "fewer",
                           "less", "under", "just", "upwards", "close"})
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "m": 1e6, "bn": 1e9, "k": 1e3}
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
_GRADES = frozenset({"category", "level", "stage", "phase", "magnitude", "grade", "tier"})
_CLAUSE_END = re.compile(r"[,;:()\u2014]|\s-\s")
# compiled once: the readers below try them on every token of every statement
_WORD = re.compile(tu.WORD_PATTERN)
_DAY_OR_HOUR = re.compile(r"\d{1,2}")
_TWO_DIGITS = re.compile(r"\d{2}")
_YEAR = re.compile(r"(1[89]|20)\d\d")
_NUMERIC = re.compile(r"[$€£₹]?(\d[\d,]*(?:\.\d+)?)(%?)")
_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_ABBREVIATED = {m[:3]: m for m in _MONTHS} | {"sept": "september"}


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

    def differs(self, other: Quantity) -> bool:
        """True when the two values cannot both be right."""
        if self.topic == "date":
            return _dates_differ(self.value, other.value)
        if self.topic == "time" and self.low != self.high and other.low != other.high:
            return self.value != other.value  # two spans of time: each end is a claim
        if self.topic == "time" and self.low == self.high and other.low == other.high:
            return abs(self.low - other.low) > (self.slack or other.slack)
        return self.unit == other.unit and (self.high < other.low or other.high < self.low)


@dataclass(frozen=True)
class Statement:
    """What alignment reads of one sentence: its stems, names, quantities and name runs."""

    text: str
    sources: tuple[str, ...]
    stems: frozenset[str]
    names: frozenset[str]
    quantities: tuple[Quantity, ...]
    runs: tuple[tuple[str, ...], ...]  # names of two or more words, as written


@dataclass(frozen=True)
class Link:
    """Two statements of different sources that give one attribute different values."""

    kind: str  # 'number', 'date' or 'name'
    topic: str
    left: tuple[str, str]  # (value, span) as the first statement words it
    right: tuple[str, str]
    a: int  # indexes of the two statements
    b: int


def read(text: str, sources: Sequence[str]) -> Statement:
    """Alignment's reading of one statement."""
    return Statement(text=text, sources=tuple(sources), stems=frozenset(tu.stems(text)),
                     names=frozenset(tu.names(text)), quantities=tuple(quantities(text)),
                     runs=tuple(name_runs(text)))


@lru_cache(maxsize=1 << 14)
def quantities(text: str) -> list[Quantity]:
    """Every quantity, age, grade and date `text` states."""
    text = unicodedata.normalize("NFKC", text).translate(str.maketrans("’", "'"))
    spans = [m.span() for m in _WORD.finditer(text)]
    toks = [text[s:e] for s, e in spans]
    found: list[Quantity] = []
    i = 0
    while i < len(toks):
        end, q = _quantity_at(text, spans, toks, i)
        if q is not None:
            found.append(q)
        i = max(end, i + 1)
    return found


def _gap(text: str, spans: list[tuple[int, int]], i: int) -> str:
    """The characters between token i and token i + 1."""
    return text[spans[i][1] : spans[i + 1][0]] if i + 1 < len(spans) else ""


def _anchors(text: str, spans: list[tuple[int, int]], toks: list[str], lo: int, hi: int,
             skip: str, window: int = WINDOW, names: bool = True) -> frozenset[str]:
    """Stems of up to `window` content words before token lo and after token hi - 1, within
    the clause (a comma, a semicolon or a bracket ends it); names too unless `names` is
    false."""
    found: set[str] = set()
    for step, start in ((-1, lo - 1), (1, hi)):
        n, j = 0, start
        while 0 <= j < len(toks) and n < window:
            between = _gap(text, spans, j) if step == -1 else _gap(text, spans, j - 1)
            if _CLAUSE_END.search(between):
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


def _quantity_at(text: str, spans: list[tuple[int, int]], toks: list[str],
                 i: int) -> tuple[int, Quantity | None]:
    """The quantity that starts at token i, if any, and the index after it."""
    tok, low = toks[i], toks[i].casefold()
    month = _month(low)
    if month and (i == 0 or toks[i][0].isupper()):
        return _date_at(text, spans, toks, i, month)
    if _DAY_OR_HOUR.fullmatch(tok):
        clock = _time_at(text, spans, toks, i)
        if clock is not None:
            return clock
    if low in _GRADES and i + 1 < len(toks) and _NUMERIC.fullmatch(toks[i + 1]) \
            and not _CLAUSE_END.search(_gap(text, spans, i)):
        value = float(toks[i + 1].replace(",", "").rstrip("%"))
        return i + 2, Quantity("grade:" + low, value, value, toks[i + 1],
                               text[spans[i][0] : spans[i + 1][1]],
                               _anchors(text, spans, toks, i, i + 2, low))
    if low in _MAGNITUDES and i + 2 < len(toks) and toks[i + 1].casefold() == "of":
        lo_, hi_, j = *_MAGNITUDES[low], i + 2
        while j + 1 < len(toks) and toks[j].casefold() in _MAGNITUDES and \
                toks[j + 1].casefold() == "of":  # 'tens of millions of', 'hundreds of thousands'
            lo_, hi_, j = lo_ * _MAGNITUDES[toks[j].casefold()][0] / 2, \
                hi_ * _MAGNITUDES[toks[j].casefold()][1] / 9.99, j + 2
        if j >= len(toks) or toks[j].casefold().rstrip("s") in _SCALES:
            return j + 1, None  # 'tens of thousands' of what, it does not say
        topic = tu.stem(toks[j])
        return j + 1, Quantity(topic, lo_, hi_, " ".join(t.casefold() for t in toks[i:j]),
                               text[spans[i][0] : spans[j][1]],
                               _anchors(text, spans, toks, i, j + 1, topic))
    if low == "couple" and i > 0 and toks[i - 1].casefold() == "a" and i + 2 < len(toks) \
            and toks[i + 1].casefold() == "of":  # 'within a couple of years'
        topic = tu.stem(toks[i + 2])
        return i + 3, Quantity(topic, 2.0, 2.0, "2", text[spans[i - 1][0] : spans[i + 2][1]],
                               _anchors(text, spans, toks, i, i + 3, topic))
    if low == "toll":  # 'the death toll ... has risen to 11': what the next figure counts
        return _toll_at(text, spans, toks, i)
    if not tu.is_number(tok) or low in {"first", "second", "third", "fourth", "fifth", "half"}:
        return i + 1, None
    if _YEAR.fullmatch(tok) or _gap(text, spans, i).startswith(":") \
            or (i > 0 and _gap(text, spans, i - 1).endswith(":")):
        return i + 1, None  # a year (dates are read from their month) or a clock time
    j, number, unit = _number(toks, spans, text, i)
    if number is None or j >= len(toks):
        return j, None
    value = number
    # ages: "Harlan, 64," and "64-year-old"
    if toks[j].casefold() in {"year-old", "years-old"} or (
            toks[j].casefold() == "years" and j + 1 < len(toks) and toks[j + 1] == "old"):
        end = j + (2 if toks[j].casefold() == "years" else 1)
        return end, Quantity("age", value, value, _shown(value),
                             text[spans[i][0] : spans[end - 1][1]],
                             _whose(text, spans, toks, end, 1) or _whose(text, spans, toks, i, -1))
    if i > 0 and tu.is_name(toks[i - 1]) and _gap(text, spans, i - 1) == ", " and \
            _gap(text, spans, i).startswith(",") and 0 < value < 120:
        return i + 1, Quantity("age", value, value, _shown(value),
                               text[spans[i - 1][0] : spans[i][1]],
                               _whose(text, spans, toks, i, -1))
    high = value
    if j + 1 < len(toks) and toks[j].casefold() in {"to", "and"} and \
            _NUMERIC.fullmatch(toks[j + 1]) and (i == 0 or toks[i - 1].casefold() != "from"):
        k, upper, _ = _number(toks, spans, text, j + 1)  # a range: '10,000 to 20,000 years'
        if upper is not None and upper > value and k < len(toks):
            j, high = k, upper
    noun = toks[j]
    if noun.casefold() in tu.STOPWORDS or tu.is_number(noun) or not noun[:1].isalpha() \
            or _CLAUSE_END.search(_gap(text, spans, j - 1)):
        return j, None
    before = toks[i - 1].casefold() if i > 0 else ""
    if before in _INCREMENTS:
        return j + 1, None  # 'another 3,000 jobs' adds to a figure; it does not state one
    approx = before in _APPROX_WORDS
    sort = ""
    if _describes(noun, toks[j + 1] if j + 1 < len(toks) else "") and \
            _gap(text, spans, j) == " ":  # 'three young children', 'two Israeli soldiers'
        sort = "" if noun.casefold() in _QUALITIES else tu.stem(noun)
        j += 1
        noun = toks[j]
    if j + 2 < len(toks) and toks[j + 1].casefold() == "of" and _gap(text, spans, j) == " " \
            and toks[j + 2].casefold() not in tu.STOPWORDS:  # 'three charges of contempt'
        sort = sort or tu.stem(toks[j + 2])
    topic = tu.stem(noun)
    if _gap(text, spans, j - 1) == "-" and j + 1 < len(toks):  # '14-year sentence'
        topic, j = f"{topic}-{tu.stem(toks[j + 1])}", j + 1
    elif j + 1 < len(toks) and toks[j + 1].casefold() in QUALIFIERS:  # 'three years ago'
        topic, j = f"{topic} {toks[j + 1].casefold()}", j + 1
    if noun.casefold() in _RATES and j + 1 < len(toks):  # '$150 per game'
        topic, j = f"/{tu.stem(toks[j + 1])}", j + 1
    elif j + 2 < len(toks) and toks[j + 1].casefold() in _RATES and \
            _gap(text, spans, j) == " ":  # '1.75 cents per ounce', not 'members, an investor'
        topic, j = f"{topic}/{tu.stem(toks[j + 2])}", j + 2
    said = None
    if topic in _PEOPLE or noun[:1].isupper():  # '4 people' killed, '84 Palestinians' wounded
        said = _predicate(toks, i, j)
        if said:
            topic = said if topic in _PEOPLE else f"{said}:{topic}"
    slack = value * APPROX if approx else 0.0
    start = _span_start(text, spans, toks, i)
    return j + 1, Quantity(topic, value - slack, high + slack, unit + _shown(value) + (
                               f"-{_shown(high)}" if high != value else ""),
                           text[spans[start][0] : spans[j][1]],
                           _anchors(text, spans, toks, i, j + 1, topic) - _SAID.get(said, set()),
                           unit, sort=sort)


_MERIDIEM = {"a.m": 0, "am": 0, "p.m": 12, "pm": 12}


def _clock(text: str, spans: list[tuple[int, int]], toks: list[str],
           i: int) -> tuple[int, int, int | None] | None:
    """'6:45', '6:45 p.m.' or '7 p.m.' at token i: the index after it, minutes past the hour
    (hour * 60 + minutes, before any 'p.m.'), and 0 or 12 for 'a.m.' / 'p.m.' (None unsaid)."""
    if not _DAY_OR_HOUR.fullmatch(toks[i]) or int(toks[i]) > 23:
        return None
    j, minutes = i + 1, int(toks[i]) * 60
    if j < len(toks) and _gap(text, spans, i) == ":" and _TWO_DIGITS.fullmatch(toks[j]) \
            and int(toks[j]) < 60:
        minutes, j = minutes + int(toks[j]), j + 1
    elif not (j < len(toks) and toks[j].casefold() in _MERIDIEM):
        return None  # a bare '7' is no time
    if j < len(toks) and toks[j].casefold() in _MERIDIEM and \
            not _gap(text, spans, j - 1).strip():
        return j + 1, minutes, _MERIDIEM[toks[j].casefold()]
    return j, minutes, None


def _time_at(text: str, spans: list[tuple[int, int]], toks: list[str],
             i: int) -> tuple[int, Quantity] | None:
    """A time of day ('at 6:57 p.m.') or a span of one ('between 6:45 and 7 p.m.'), as minutes
    since midnight; the end's 'p.m.' holds for a start that does not say."""
    start = _clock(text, spans, toks, i)
    if start is None:
        return None
    j, low, half = start
    high, end_half = low, half
    between = i > 0 and toks[i - 1].casefold() == "between"
    if j + 1 < len(toks) and toks[j].casefold() in ({"and"} if between else {"to", "until"}) \
            and (end := _clock(text, spans, toks, j + 1)) is not None:
        j, high, end_half = end
        half = end_half if half is None else half
    if half is None and end_half is None:
        if high == low:
            return None  # '19:30' could be a score; a time says a.m. or p.m. here
        half = end_half = 0
    low += 0 if low >= 12 * 60 or low // 60 == 12 else (half or 0) * 60
    high += 0 if high >= 12 * 60 or high // 60 == 12 else (end_half or 0) * 60
    if high < low:
        return None
    value = f"{low // 60}:{low % 60:02d}" + (f"-{high // 60}:{high % 60:02d}" if high != low
                                             else "")
    begin = i - 1 if i > 0 and toks[i - 1].casefold() in {"between", "from"} else i
    slack = 10.0 if i > 0 and toks[i - 1].casefold() in _APPROX_WORDS else 0.0
    stop = spans[j - 1][1] + (toks[j - 1].casefold() in _MERIDIEM and
                              text[spans[j - 1][1] : spans[j - 1][1] + 1] == ".")
    return j, Quantity("time", float(low), float(high), value, text[spans[begin][0] : stop],
                       _anchors(text, spans, toks, begin, j, "time"), slack=slack)


def _span_start(text: str, spans: list[tuple[int, int]], toks: list[str], i: int) -> int:
    """Where the words stating a figure start: the word before it, or the qualifier chain
    ('at least', 'more than', 'risen to'), within its clause."""
    start = i
    while start > max(0, i - 3) and not _CLAUSE_END.search(_gap(text, spans, start - 1)):
        start -= 1
        if toks[start].casefold() not in _APPROX_WORDS | {"at", "to", "risen", "rose"}:
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
        if tu.is_number(toks[j]) and not _YEAR.fullmatch(toks[j]):
            k, value, _ = _number(toks, spans, text, j)
            if value is None:
                return j, None
            before = toks[j - 1].casefold()
            approx = before in _APPROX_WORDS
            slack = value * APPROX if approx else 0.0
            whose = i - 2 if i > 1 and toks[i - 1].casefold() == "death" else i - 1
            sort = tu.stem(toks[whose]) if whose > 0 and tu.is_name(toks[whose]) and \
                toks[whose][:1].isupper() else ""  # 'the Palestinian death toll'
            return k, Quantity("death", value - slack, value + slack, _shown(value),
                               text[spans[_span_start(text, spans, toks, j)][0] :
                                    spans[k - 1][1]],
                               _anchors(text, spans, toks, i, i + 1, "toll") - _SAID["death"],
                               sort=sort)
    return i + 1, None


def _number(toks: list[str], spans: list[tuple[int, int]], text: str,
            i: int) -> tuple[int, float | None, str]:
    """The value of the number that starts at token i ('4.5 billion', 'twenty-five', '$5.2m',
    'Forty'), the index after it, and its unit (a currency sign or '%')."""
    tok = toks[i]
    unit = tok[0] if tok[0] in "$€£₹" else ("%" if tok.endswith("%") else "")
    j = i + 1
    match = _NUMERIC.fullmatch(tok)
    if match:
        value = float(match.group(1).replace(",", ""))
    else:
        words = [tok]
        while j < len(toks) and toks[j].casefold() in tu.NUMBER_WORDS and \
                toks[j].casefold() not in _SCALES and not _gap(text, spans, j - 1).strip():
            words.append(toks[j])
            j += 1
        parsed = _spelled(" ".join(words).casefold())
        if parsed is None:
            return j, None, unit
        value = parsed
    while j < len(toks) and toks[j].casefold() in _SCALES:
        gap = _gap(text, spans, j - 1)
        if gap if len(toks[j]) <= 2 else gap.strip():  # '$20m' is 20 million; '5 m' is not
            break
        value *= _SCALES[toks[j].casefold()]
        j += 1
    if j < len(toks) and toks[j].casefold() == "percent":
        unit, j = "%", j + 1
    elif j + 1 < len(toks) and (toks[j].casefold(), toks[j + 1].casefold()) == ("per", "cent"):
        unit, j = "%", j + 2
    return j, value, unit


@lru_cache(maxsize=4096)
def _spelled(words: str) -> float | None:
    """A number written in words: 'forty', 'twenty-five', 'two hundred and fifty'."""
    simple = tu.NUMBER_WORDS.get(words)
    if simple is not None and simple.replace(".", "").isdigit():
        return float(simple)
    if simple is not None:  # 'million' alone, 'first'
        return None
    from text_to_num import text2num  # imported on first use: most text says numbers in digits

    try:
        return float(text2num(words, "en"))
    except ValueError:
        return None


def _shown(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _whose(text: str, spans: list[tuple[int, int]], toks: list[str], at: int,
           step: int) -> frozenset[str]:
    """The name run that starts at token `at` (step 1) or ends just before it (step -1), as
    keys with a marker of its length: whose age a figure is."""
    run: list[str] = []
    j = at if step == 1 else at - 1
    while 0 <= j < len(toks) and tu.is_name(toks[j]) and len(run) < 4:
        run.append(tu.key(toks[j]))
        if not (0 <= j + step < len(toks)) or _gap(text, spans, min(j, j + step)) != " ":
            break
        j += step
    return frozenset(run)


def _month(word: str) -> str | None:
    word = word.rstrip(".")
    if word in _MONTHS:
        return word
    return _ABBREVIATED.get(word) if len(word) >= 3 else None


def _date_at(text: str, spans: list[tuple[int, int]], toks: list[str], i: int,
             month: str) -> tuple[int, Quantity | None]:
    """'April 14', 'April 14, 2016', 'May 2014' or 'in April'; 'may' as a verb is not one."""
    j, day, year = i + 1, "", ""
    if j < len(toks) and _DAY_OR_HOUR.fullmatch(toks[j]) and 1 <= int(toks[j]) <= 31:
        day, j = toks[j], j + 1
        if j < len(toks) and _YEAR.fullmatch(toks[j]):
            year, j = toks[j], j + 1
    elif j < len(toks) and _YEAR.fullmatch(toks[j]):
        year, j = toks[j], j + 1
    if month == "may" and not (day or year):
        return i + 1, None
    value = " ".join(v for v in (month, day, year) if v)
    return j, Quantity("date", 0.0, 0.0, value, text[spans[i][0] : spans[j - 1][1]],
                       _anchors(text, spans, toks, i, j, month, window=len(toks), names=False))


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


_CLAUSE_MARK = re.compile(r"[;:()\[\]—–]|,(?=\s)|\s-\s|[.!?](?=\s|$)")


def clause(sentence: str, span: str) -> str:
    """The shortest whole clause of `sentence` that holds `span`, as the sentence says it:
    from the clause mark before it (a comma, a semicolon, a colon, a bracket or a dash) to the
    one after it. A value read from 'about 4,000 households on Tuesday, officials said' is
    shown as 'about 4,000 households on Tuesday', never cut mid-phrase."""
    at = sentence.find(span)
    if at < 0 or not span:
        return span
    end = at + len(span)
    starts = [m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, at)]
    after = _CLAUSE_MARK.search(sentence, end)
    text = sentence[starts[-1] if starts else 0 : after.start() if after else len(sentence)]
    return text.strip(" \"'“”‘’") or span


def name_runs(text: str) -> list[tuple[str, ...]]:
    """Runs of capitalised words that are names ('Leona Helmsley', 'Quickstop'), within one
    phrase (punctuation ends a run); a sentence's first word is not one (it is capitalised
    whether or not it is a name)."""
    text = unicodedata.normalize("NFKC", text)
    spans = [m.span() for m in _WORD.finditer(text)]
    runs: list[tuple[str, ...]] = []
    current: list[str] = []
    for n, (start, end) in enumerate(spans):
        tok = text[start:end]
        if n > 0 and tu.is_name(tok) and not tok.isupper():
            if current and text[spans[n - 1][1] : start] != " ":
                runs.append(tuple(current))
                current = []
            current.append(tok)
            continue
        if current:
            runs.append(tuple(current))
        current = []
    if current:
        runs.append(tuple(current))
    return runs


def attribute_links(statements: Sequence[Statement]) -> list[Link]:
    """Pairs of statements of different sources giving one attribute different values."""
    return _quantity_links(statements) + _name_links(statements) + _verdict_links(statements)


# verdicts that cannot both be right of one thing: 'granted permission' / 'denied permission'
_VERDICTS = {"grant": "yes", "approv": "yes", "accept": "yes", "allow": "yes",
             "confirm": "yes", "acquit": "cleared", "deni": "no", "reject": "no",
             "refus": "no", "declin": "no", "convict": "guilty"}
_VERDICT_REACH = 2  # words between the verdict and what it is about ("granted him bail")


def _verdicts(text: str) -> list[tuple[str, str, str]]:
    """(verdict, the stem of what it is about, the words that say it) in `text`: 'granted
    permission' -> ('yes', 'permiss', 'granted permission'). A verdict turned by a negation
    ('did not deny') is not read."""
    toks = tu.tokens(text)
    found = []
    for i, tok in enumerate(toks):
        verdict = _VERDICTS.get(tu.stem(tok))
        if verdict is None or not tok[:1].islower() or \
                any(t.casefold() in cues.NEGATIONS or t.casefold().endswith("n't")
                    for t in toks[max(0, i - 3) : i]):
            continue
        for j in range(i + 1, min(len(toks), i + 1 + _VERDICT_REACH + 1)):
            word = toks[j]  # 'granted permission', 'granted the pilot permission'
            if len(word) > 3 and word[:1].islower() and word.casefold() not in tu.STOPWORDS \
                    and not tu.is_number(word):
                found.append((verdict, tu.stem(word), " ".join(toks[i : j + 1])))
    return found


def _verdict_links(statements: Sequence[Statement]) -> list[Link]:
    """Two sources giving opposite verdicts on one thing in related sentences: 'controllers
    granted permission to climb' / 'the pilot was denied permission to climb'. The two
    sentences must share a content word besides the verdict's object."""
    index: dict[str, list[tuple[int, str, str]]] = {}
    for n, st in enumerate(statements):
        if any(stem in _VERDICTS for stem in st.stems):
            for verdict, about, words in _verdicts(st.text):
                index.setdefault(about, []).append((n, verdict, words))
    links = []
    for about, entries in index.items():
        if len(entries) > MAX_POSTING:
            continue
        for k, (a, va, wa) in enumerate(entries):
            for b, vb, wb in entries[k + 1 :]:
                sa, sb = statements[a], statements[b]
                if va == vb or set(sa.sources) & set(sb.sources):
                    continue
                verbs = {tu.stem(wa.split()[0]), tu.stem(wb.split()[0])}
                if len((sa.stems & sb.stems) - verbs - {about}) < 2:
                    continue  # two verdicts on one word, but not on one matter
                links.append(Link("other", about, (va, wa), (vb, wb), a, b))
    return links


def _related(a: Statement, b: Statement) -> bool:
    return tu.jaccard(set(a.stems), set(b.stems)) >= RELATED


def _quantity_links(statements: Sequence[Statement]) -> list[Link]:
    index: dict[str, list[tuple[int, Quantity]]] = {}
    for n, st in enumerate(statements):
        for q in st.quantities:
            index.setdefault(q.topic, []).append((n, q))
    links = []
    for topic, entries in index.items():
        if len(entries) > MAX_POSTING:
            continue
        for k, (a, qa) in enumerate(entries):
            for b, qb in entries[k + 1 :]:
                sa, sb = statements[a], statements[b]
                if set(sa.sources) & set(sb.sources) or not qa.differs(qb):
                    continue
                if _restated(qa, sb) or _restated(qb, sa) or not _same_subject(qa, qb, sa, sb):
                    continue
                kind = "date" if topic in {"date", "time"} else "number"
                links.append(Link(kind, topic, (qa.value, qa.span), (qb.value, qb.span), a, b))
    return links


def _restated(q: Quantity, other: Statement) -> bool:
    """The other statement also gives this value for this topic (in another role)."""
    return any(o.topic == q.topic and (o.value == q.value if q.topic == "time"
                                       else not q.differs(o)) for o in other.quantities)


@lru_cache(maxsize=1)
def _month_stems() -> frozenset[str]:
    return frozenset(tu.stem(m) for m in _MONTHS)


def _same_subject(qa: Quantity, qb: Quantity, sa: Statement, sb: Statement) -> bool:
    """Whether two values of one topic are about the same thing."""
    if qa.topic == "age":  # one person: the same name, or one name within the other
        small, large = sorted((qa.anchors, qb.anchors), key=len)
        return bool(small) and small <= large and (len(small) == 1 or small == large)
    if qa.sort and qb.sort and qa.sort != qb.sort:
        return False  # 'two robbery charges' and 'three charges of contempt' count two kinds
    shared = qa.anchors & qb.anchors
    if qa.topic == "date":  # the clause around each date: what happened on it
        return len(shared - _month_stems()) >= 2 or (
            len(sa.names & sb.names) >= 2 and (bool(shared) or _related(sa, sb)))
    if shared:
        return True
    return qa.topic not in GENERIC and _related(sa, sb)


def _name_links(statements: Sequence[Statement]) -> list[Link]:
    """Names of two or more words that agree on all words but one, spelled differently
    in different sources (a source using both spellings is not counted)."""
    spellings: dict[str, set[str]] = {}  # source -> name keys it uses
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for n, st in enumerate(statements):
        for run in st.runs:
            for source in st.sources:
                spellings.setdefault(source, set()).update(tu.key(t) for t in run)
            for tok in run if len(run) > 1 else ():
                index.setdefault(tu.key(tok), []).append((n, run))
            for tok in run:  # each long word alone: near spellings share their start
                if len(tok) >= 6:
                    index.setdefault("1:" + tok[:2].casefold(), []).append((n, (tok,)))
    links, seen = [], set()
    for entries in index.values():
        if len(entries) > MAX_POSTING:
            continue
        for k, (a, ra) in enumerate(entries):
            for b, rb in entries[k + 1 :]:
                sa, sb = statements[a], statements[b]
                if len(ra) != len(rb) or set(sa.sources) & set(sb.sources):
                    continue
                differ = [n for n, (x, y) in enumerate(zip(ra, rb, strict=True))
                          if tu.key(x) != tu.key(y)]
                if len(differ) != 1:
                    continue
                x, y = ra[differ[0]], rb[differ[0]]
                kx, ky = tu.key(x), tu.key(y)
                if (kx, ky) in seen or not _misspelled(x, y, len(ra), first=differ[0] == 0):
                    continue
                if any(ky in spellings[s] for s in sa.sources) or \
                        any(kx in spellings[s] for s in sb.sources):
                    continue  # each side's sources use the other spelling too
                seen.add((kx, ky))
                topic = " ".join(tu.key(t) for t in ra if tu.key(t) != kx)
                links.append(Link("name", topic, (kx, " ".join(ra)), (ky, " ".join(rb)), a, b))
    return links


def _transliterated(name: str) -> str:
    """A name in plain Latin letters, as outlets transliterate it: 'Krähenbühl' and
    'Kraehenbuehl' -> 'kraehenbuehl'."""
    from anyascii import anyascii  # the injection filter's folding table; loaded on first use

    name = name.casefold()
    for letter, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        name = name.replace(letter, spelled)
    return str(anyascii(name))


@lru_cache(maxsize=4096)  # the same two spellings meet again and again (dev: 3,158 calls, 625)
def _misspelled(x: str, y: str, length: int, *, first: bool) -> bool:
    """Two spellings of one name ('Helmsley' / 'Helmsey'), or two given names of one person
    named in full ('Fransiskus Bambang Soelistyo' / 'Henry Bambang Soelistyo'); not a mere
    transliteration that differs only at the end ('Zelensky' / 'Zelenskyy')."""
    a, b = _transliterated(x), _transliterated(y)
    if a.startswith(b) or b.startswith(a) or (a[:-2] == b[:-2] and len(a) > 5):
        return False
    ratio = difflib.SequenceMatcher(a=a, b=b).ratio()
    if length == 1:  # a one-word name: only a near spelling of a long word
        return len(a) >= 6 and a[0] == b[0] and ratio >= 0.85
    return ratio >= 0.7 or (length >= 3 and (first or ratio >= 0.5))
