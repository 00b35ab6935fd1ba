"""What a sentence states as a value (pure): counts and amounts, spelled out or in figures
("Forty" = 40, "2.5 million", "dozens of"; the numbers themselves are read by `figures`),
approximate or a bound ("about", "more than"), a range or an increment; what is counted, by the
Snowball stem of its noun (a unit compound, "a 12-mile stretch", in its unit; an amount of money
or a percentage by its unit, noun or not, "will cost $2.4 million"), and what happened to the
people counted ("killing 4 people", "the death toll rose to 11"); ages (read by `aged`), with
the words around each value that anchor it (`around`). `align` reads a sentence's values with
these, `worded` (values a word leads: grades, "dozens of", relatives, a death toll) and `when`
(dates and times of day), and compares them across sources.
"""

from __future__ import annotations

import re

from . import textutil as tu
from .aged import age_at, aged_at
from .around import APPROX, APPROX_WORDS, anchors, bounded, span_start
from .difference import QUALIFIERS
from .figures import NUMERIC, SIGNS, gap, named_currency, read_number, shown, spelled
from .textutil import CLAUSE_END
from .value import Quantity, counted

GENERIC = frozenset({"peopl", "person", "time", "times", "year", "day", "month", "week", "hour",
                     "minut", "percent", "%", "other", "thing", "way", "part", "more",
                     "less"}) | SIGNS
_PEOPLE = frozenset({"peopl", "person", "resid", "individu", "men", "women", "children",
                     "adult", "victim", "passeng", "worker", "student", "civilian", "soldier",
                     "migrant", "patient", "employe", "member", "villag", "protest"})
_PREDICATES = {"kill": "death", "dead": "death", "die": "death", "death": "death",
               "fatal": "death", "perish": "death", "injur": "injury", "wound": "injury",
               "hurt": "injury", "evacu": "evacuation", "flee": "evacuation", "fled": "evacuation",
               "displac": "evacuation", "arrest": "arrest", "detain": "arrest",
               "rescu": "rescue", "miss": "missing", "hospit": "injury"}
# what happened to buildings and vehicles counted: a home damaged is not one destroyed
_BUILT = frozenset({"home", "build", "vehicl", "boat", "barn", "shop", "business", "properti",
                    "structur", "apart", "flat"})
_HARMS = {"damag": "damaged", "destroy": "destroyed", "flatten": "destroyed",
          "level": "destroyed", "demolish": "destroyed", "gut": "destroyed"}
SAID: dict[str | None, set[str]] = {}  # the stems that say each predicate
for _stem, _said in _PREDICATES.items():
    SAID.setdefault(_said, set()).add(_stem)
_PLURAL_ENDS = ("s", "ren", "people", "men", "personnel")  # 'workers', 'children', 'women'
_SPANS = frozenset({"year", "month", "week", "day", "hour", "minut"})  # units of a duration
# units a figure measures in: one unit compound ('a 12-mile stretch', 'a nine-hour standoff')
# measures in miles or hours as '20 miles' and 'six hours' do; each unit by one stem
# (and as abbreviated: '4.3sec', '12 mins', '5km' as written in full)
_UNIT_OF = {"feet": "foot", "kilomet": "kilometr", "meter": "metr", "tonn": "ton", "liter": "litr",
            "sec": "second", "min": "minut", "hr": "hour", "yr": "year", "km": "kilometr",
            "kg": "kilogram", "lb": "pound", "secs": "second", "hrs": "hour", "yrs": "year",
            "kms": "kilometr", "kgs": "kilogram", "lbs": "pound"}
# nouns news uses for one kind of thing: 'Eleven workers were treated' / 'nine employees',
# 'a dozen homes' / '20 houses', 'Thirty-two cars' / '23 vehicles'; counted as the first
_ONE_KIND = {tu.stem(other): tu.stem(words.split()[0]) for words in (
    "workers employees staffers", "jobs positions", "homes houses",
    "vehicles cars automobiles", "children kids", "boats vessels", "students pupils",
    "firefighters firemen", "doctors physicians") for other in words.split()}
_MARGIN_KIND = {tu.stem("shots"): tu.stem("strokes")}  # 'by three shots' / 'by two strokes'
# what a span of time is of, by one stem: 'a five-year contract' / 'a four-year deal'
_TERMS = {tu.stem(w): "contract" for w in ("deal", "deals", "agreement", "agreements")}
_UNITS = _SPANS | frozenset({"mile", "kilometr", "km", "metr", "foot", "yard", "inch", "acr",
                             "hectar", "ton", "pound", "kilogram", "gallon", "litr"})
# a change an amount measures ('a 9% increase in home prices'), not the thing changed
CHANGES = frozenset({"rise", "increas", "jump", "gain", "growth", "hike", "climb", "fall",
                      "drop", "declin", "decreas", "cut", "loss", "reduct", "rais"})
_INCREMENTS = frozenset({"another", "additional", "further", "extra", "more"})
_THEN = frozenset({"earlier", "ago", "later", "previously"})
# verbs of a change or a margin before 'by': 'had grown by 22 cases' tells how much it grew,
# 'beat England by six wickets' and 'warmed by about 1.5C' by how much; each is compared with
# changes and margins only ('by:case'), an amount's change not at all ('rose by $2 million')
_CHANGED = frozenset(tu.stem(w) for w in ("grown", "grew", "rose", "risen", "increased",
                                          "fell", "fallen", "dropped", "declined", "jumped",
                                          "climbed", "up", "down", "cut", "reduced", "warmed",
                                          "cooled"))
_MARGINS = frozenset(tu.stem(w) for w in ("beat", "beaten", "beating", "won", "winning", "lost",
                                          "defeated", "led", "leading", "trailed", "trailing",
                                          "edged", "edging"))
_LEADS = frozenset(tu.stem(w) for w in ("led", "leading", "trailed", "trailing"))  # a lead
# during a count or a game ('led by 187 after the first count') is no final margin
_LINKING = frozenset({"was", "were", "is", "are", "been", "being", "be"})
# participles that do not end in -ed: 'a game seen by', 'a garden paid for by'
_PARTICIPLES = frozenset({"held", "seen", "run", "built", "paid", "hit", "taken", "driven",
                          "given", "owned", "known", "made", "led", "won", "shot", "sent",
                          "kept", "brought", "bought", "sold", "told", "written", "chosen"})
_ON_TOP = frozenset({"on top of", "in addition to"})  # after a count: one added to another
_DIFFERENCES = frozenset({"more", "less", "fewer", "higher", "lower"})  # after a figure
_RATES = frozenset({"per", "a", "an", "every", "each"})
_BIG_SCALES = frozenset({"million", "billion", "trillion", "m", "mn", "bn"})
_SHORT_SPANS = frozenset({"day", "week", "hour", "minut"})
_DAILY = {"daily": "day", "weekly": "week", "hourly": "hour"}
# after 'a day': another time, not a rate ('seized 40 kg of cocaine a day after the raid')
_NOT_RATES = frozenset({"after", "before", "ago", "earlier", "later"})
# verbs that end as a plural noun does, after the noun that is their subject: 'The £3.1m
# project includes a …' counts a project, not 'includes'
_VERBS = frozenset({"includes", "involves", "covers", "means", "needs", "requires", "takes",
                    "makes", "gives", "shows", "comes", "goes", "remains", "seems", "looks",
                    "costs", "pays", "offers", "provides", "features", "contains", "serves",
                    "runs", "says", "adds", "follows", "marks", "brings", "puts", "sees",
                    "helps", "allows", "leaves", "replaces", "affects", "represents"})
# a verb after which an amount's '-ing' word says what is done with it, not what it is of
_SPEND = frozenset({"spend", "spends", "spent", "spending", "invest", "invests", "invested",
                    "investing", "pay", "pays", "paid", "paying", "cost", "costs", "costing"})
# words that describe what is counted without saying which kind it is: 'two big objects' and
# 'four massive objects' may be the same objects
_QUALITIES = frozenset({"big", "large", "huge", "massive", "giant", "small", "tiny", "little",
                        "young", "old", "elderly", "new", "major", "minor", "more", "other",
                        "several", "separate", "different", "additional", "unidentified",
                        "unnamed", "known", "total", "full", "whole", "main", "key", "top"})
# compiled once: the readers below try them on every token of every statement
DAY_OR_HOUR = re.compile(r"\d{1,2}")
TWO_DIGITS = re.compile(r"\d{2}")
YEAR = re.compile(r"(1[89]|20)\d\d")


def at(text: str, spans: list[tuple[int, int]], toks: list[str],
       i: int) -> tuple[int, Quantity | None]:
    """The count, amount or age that starts at token i, if any, and the index after it
    (dates and times of day are `when`'s, values a word leads `worded`'s)."""
    tok, low = toks[i], toks[i].casefold()
    if not tu.is_number(tok) or low in {"first", "second", "third", "fourth", "fifth", "half"}:
        return i + 1, None
    if YEAR.fullmatch(tok) or gap(text, spans, i).startswith(":") \
            or (i > 0 and gap(text, spans, i - 1).endswith(":")):
        return i + 1, None  # a year (dates are read from their month) or a clock time
    if _labels(toks, spans, text, i):
        return i + 1, None
    if i > 0 and tu.is_number(toks[i - 1]) and gap(text, spans, i - 1) == " " and \
            gap(text, spans, i) == "-" and tok.isalpha():
        return i + 1, None  # '14,000 twenty-foot equivalent units': a name of what the number
        # before counts, not a measure of its own ('40 18-metre buses' measures them)
    j, number, unit = read_number(toks, spans, text, i)
    if number is not None and not unit and (aged := aged_at(text, spans, toks, i, j, number)):
        return aged
    if number is None or j >= len(toks):
        if number is not None and not unit and (age := age_at(text, spans, toks, i, j, number)):
            return age  # 'She was 89.'
        return j, (_amount(text, spans, toks, i, j, number, number, unit)
                   if number is not None and unit else None)  # '… will cost $2.4 million.'
    if not unit and (whole := _in_parts(text, spans, toks, i, j, number)):
        return whole  # 'two hours, 19 minutes and 48 seconds'
    return age_at(text, spans, toks, i, j, number) or \
        _counted_at(text, spans, toks, i, j, number, unit)


# the units of a time told in parts, in seconds: 'two hours, 19 minutes and 48 seconds'
_CLOCK = {"hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "minute": 60, "minutes": 60,
          "min": 60, "mins": 60, "second": 1, "seconds": 1, "sec": 1, "secs": 1}


def _in_parts(text: str, spans: list[tuple[int, int]], toks: list[str], i: int, j: int,
              value: float) -> tuple[int, Quantity | None] | None:
    """A time told in parts from token i ('3 hours and 40 minutes', '1 minute 17 seconds'),
    as one span in its smallest unit (220 minutes); None for a time of one part. A time taken
    off another ('clipping 1 minute 17 seconds off the record') states a difference only."""
    if j >= len(toks) or toks[j].casefold() not in _CLOCK:
        return None
    total, unit, end = value * _CLOCK[toks[j].casefold()], _CLOCK[toks[j].casefold()], j + 1
    first = i  # 'an hour and one minute': a first part told by 'a' or 'an', in one phrase
    # (not 'half an hour and 10 minutes', 'two inches an hour and 40 minutes later', 'within
    # an hour, and 15 minutes later', 'between an hour and 90 minutes')
    if i >= 3 and toks[i - 1].casefold() == "and" and toks[i - 3].casefold() in {"a", "an"} \
            and _CLOCK.get(toks[i - 2].casefold(), 0) > unit and \
            all(gap(text, spans, k) == " " for k in range(i - 3, i)) and \
            not (i >= 4 and (toks[i - 4].casefold() in {"half", "quarter", "between"} or
                             tu.is_number(toks[i - 4]) or toks[i - 4].casefold() in _UNITS
                             or _UNIT_OF.get(tu.stem(toks[i - 4])) or
                             tu.stem(toks[i - 4]) in _UNITS)) and \
            not (j + 1 < len(toks) and toks[j + 1].casefold() in _THEN):
        first, total = i - 3, total + _CLOCK[toks[i - 2].casefold()]
    while True:
        k = end + (end < len(toks) and toks[end].casefold() == "and")
        if k >= len(toks) or not tu.is_number(toks[k]) or (
                CLAUSE_END.search(gap(text, spans, end - 1)) and gap(text, spans, end - 1)
                .strip() != ","):
            break
        k2, part, sign = read_number(toks, spans, text, k)
        if part is None or sign or k2 >= len(toks) or \
                _CLOCK.get(toks[k2].casefold(), unit) >= unit:
            break
        total, unit, end = total + part * _CLOCK[toks[k2].casefold()], \
            _CLOCK[toks[k2].casefold()], k2 + 1
    if end == j + 1 and first == i:
        return None
    if end < len(toks) and toks[end].casefold() == "off":
        return end + 1, None
    topic = tu.stem(next(w for w, s in _CLOCK.items() if s == unit and w.endswith("s")))
    start = span_start(text, spans, toks, first)
    return end, Quantity(topic, *bounded(toks, i, total / unit, total / unit),
                         shown(total / unit), text[spans[start][0] : spans[end - 1][1]],
                         anchors(text, spans, toks, i, end, topic), "")


# a word before a number that names a thing by it ('Highway 9', 'Route 66', 'Flight 370')
_NUMBERED = frozenset({"highway", "route", "interstate", "hwy", "exit", "junction", "platform",
                       "gate", "room", "flight", "bus", "pier", "berth", "terminal", "ward",
                       "precinct", "district", "lot", "unit", "apartment", "suite", "no"})
_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})
_ROADS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "lane", "drive", "boulevard",
                    "blvd", "way", "court", "place", "parkway", "highway", "terrace"})


def _labels(toks: list[str], spans: list[tuple[int, int]], text: str, i: int) -> bool:
    """Whether the number at token i labels a thing rather than counting one: a road's,
    a flight's or a room's number ('Highway 9 near the exit'), an ordinal ('5th Avenue',
    'the 4th parade'), or a house's in an address ('at 42 Elm Street')."""
    if i > 0 and toks[i - 1].casefold().rstrip(".") in _NUMBERED:
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if nxt.casefold() in _ORDINAL_ENDS and not gap(text, spans, i):
        return True
    return bool(nxt[:1].isupper()) and any(
        t.casefold().rstrip(".") in _ROADS for t in toks[i + 2 : i + 5] if t[:1].isupper())


def _rounding(tok: str, value: float, scaled: bool = False) -> float:
    """Half the last written decimal place of a figure with decimals, in its value's scale:
    '1.08' may be 1.0815, '$4.2 million' $4.24 million. A whole number is taken as exact,
    unless a scale follows it (`scaled`): '412 billion won' may be 412.3 billion rounded, by
    at most APPROX of it ('$1 million' is no rounding of '$1.45 million')."""
    digits = tok.lstrip(tu.CURRENCY_SIGNS).rstrip("%").replace(",", "")
    whole, dot, decimals = digits.partition(".")
    decimals = "".join(c for c in decimals if c.isdigit())
    if dot and decimals and whole.replace("-", "").isdigit() and \
            (written := float(f"{whole}.{decimals}")):
        return 0.49 * 10.0 ** -len(decimals) * (value / written)  # two values written to
        # one place apart never meet
    figure = NUMERIC.fullmatch(tok)
    if not scaled or figure is None or not (written := float(figure.group(1).replace(",", ""))):
        return 0.0
    return min(0.49 * value / written, APPROX * value)


def _paid_in(toks: list[str], j: int) -> str:
    """What an amount is paid in, by the stem of the noun right after 'in' with no article
    before it: '$420,000 in damages', '$2 million in new funding'; not 'invested $5 million
    in the company' (a place for it) nor 'in 2020'."""
    for t in toks[j + 1 : j + 3]:
        low = t.casefold()
        if not t[:1].islower() or low in tu.STOPWORDS:
            return ""
        if low not in _QUALITIES:
            return tu.stem(t)
    return ""


def _spent_on(text: str, spans: list[tuple[int, int]], toks: list[str], j: int) -> str:
    """What an amount is spent on, by the stem of its noun among the words in lower case
    after 'on' (token j): the first plural, else the last ('buse' in '$2 million on new
    school buses next year'); '' for 'on Monday'."""
    words: list[str] = []
    for k in range(j + 1, min(j + 5, len(toks))):
        low = toks[k].casefold()
        if not toks[k][:1].islower() or CLAUSE_END.search(gap(text, spans, k - 1)) or (
                words and low in tu.STOPWORDS):
            break  # 'on new buses for the district': the phrase ends
        if low not in tu.STOPWORDS and low not in _QUALITIES:
            words.append(low)
    plural = next((w for w in words if w.endswith(_PLURAL_ENDS)), "")
    return tu.stem(plural or (words[-1] if words else ""))


def _summed(text: str, spans: list[tuple[int, int]], toks: list[str], i: int, j: int) -> bool:
    """The count at tokens i..j is the base of a formula the sentence spells out, or its rate:
    '16 weeks of base pay plus two weeks for every year of service' ('12 years plus three
    years of supervised release' is a term of its own, and so is 'plus two teachers')."""
    if i > 0 and toks[i - 1].casefold() == "plus":
        return _per(toks, j + 1)  # its rate: 'plus two weeks for every year'
    for k in range(j + 1, min(j + 6, len(toks) - 3)):
        if CLAUSE_END.search(gap(text, spans, k - 1)):
            return False
        if toks[k].casefold() == "plus":
            return tu.is_number(toks[k + 1]) and _per(toks, k + 3)
    return False


def _per(toks: list[str], k: int) -> bool:
    """Whether token k opens a rate's 'for every', 'per', 'a' …"""
    per = [t.casefold() for t in toks[k : k + 2]]
    return per in (["for", "every"], ["for", "each"]) or per[:1] in (
        ["per"], ["a"], ["an"], ["every"], ["each"])


def _two_harms(text: str, spans: list[tuple[int, int]], toks: list[str], i: int) -> bool:
    """Two harms joined just before the count at token i: 'damaging or destroying some 130
    homes', 'damaged or destroyed 500' (not 'destroyed crops, damaging 75 homes')."""
    k = i - 1
    while k > 0 and toks[k].casefold() in APPROX_WORDS:
        k -= 1
    if k < 2 or toks[k - 1].casefold() not in {"or", "and"} or \
            CLAUSE_END.search(text[spans[k - 2][1] : spans[i][0]]):
        return False
    harms = {_HARMS.get(tu.stem(toks[k])), _HARMS.get(tu.stem(toks[k - 2]))}
    return None not in harms and len(harms) == 2


def _added(text: str, spans: list[tuple[int, int]], toks: list[str], i: int) -> bool:
    """Whether the amount at token i is told as added to another ('another $3 million', 'an
    extra KSh 2,500'), a word naming its currency aside."""
    k = i - 1 if i and named_currency(toks, spans, text, i) else i
    return k > 0 and toks[k - 1].casefold() in _INCREMENTS


_SCALES = frozenset({"celsius", "fahrenheit", "c", "f", "centigrade"})
_NORMS = frozenset({"average", "normal", "norm", "norms", "usual"})
# what may say which norm before its word: 'the seasonal average', 'the 30-year average'
_OF_A_NORM = re.compile(r"seasonal|long-term|historical|typical|usual|normal|\d+-year|monthly|"
                        r"annual|yearly|daily|weekly|"
                        r"january|february|march|april|may|june|july|august|september|"
                        r"october|november|december")
# what may follow a norm's word: 'above average for June', 'above normal levels'
_AFTER_NORM = frozenset({"for", "of", "in", "at", "on", "by", "this", "last", "level", "levels",
                         "conditions", "temperatures", "rainfall", "across", "during",
                         "over"})


# a level named for a river or a sea that others are told from: 'above flood stage', 'above the
# danger mark'
_NAMED_LEVELS = frozenset({("flood", "stage"), ("flood", "level"), ("flood", "mark"),
                           ("danger", "mark"), ("danger", "level"), ("warning", "level")})
_OF_A_RECORD = frozenset({"previous", "old", "all-time", "world", "national", "course", "meet"})
_ABOVE = frozenset({"above", "warmer", "hotter", "wetter", "higher"})
_BELOW = frozenset({"below", "colder", "cooler", "drier", "lower"})


def _above_a_norm(after: list[str], gaps: list[str]) -> str:
    """'above' or 'below' when the words after a figure's noun (`after`; `gaps[k]` is what
    stands before after[k]) make it a difference from a norm, in its clause: 'seven degrees
    Celsius above the seasonal average', 'below normal', 'warmer than usual'; 'below-record'
    or 'above-stage' for one from a record or a named level ('2 feet short of the record',
    '9 feet above flood stage', '1.2 metres above the danger mark'); '' for a level ('above
    sea level', '41C, above normal for June', 'above the normal retirement age')."""
    k = 1 if after[:1] and after[0] in _SCALES else 0
    if len(after) <= k or CLAUSE_END.search("".join(gaps[: k + 1])):
        return ""
    way = "above" if after[k] in _ABOVE else "below" if after[k] in _BELOW else ""
    if after[k] in ("above", "below"):
        k += 1
    elif after[k : k + 2] == ["short", "of"]:  # 'about 2 feet short of the record'
        way, k = "below", k + 2
    elif after[k] == "outside" and "record" in after[k + 1 : k + 4]:  # '0.3 seconds outside
        way, k = "below", k + 1  # the world record'
    elif way and after[k + 1 : k + 2] == ["than"]:
        k += 2
    else:
        return ""
    if after[k : k + 1] in (["the"], ["its"], ["their"]):
        k += 1
    which = 1 if after[k : k + 1] and (after[k] in _OF_A_RECORD or YEAR.fullmatch(after[k])) \
        else 0  # 'the previous record', 'the 1993 record'
    if after[k + which : k + which + 1] == ["record"]:  # '2 feet short of the record', '0.4C
        k += which + 1  # above the previous record': a difference from it
        k += after[k : k + 1] in (["high"], ["low"])  # 'below its record high'
        return f"{way}-record" if k >= len(after) or after[k] in _AFTER_NORM | {
            "set", "and", "but"} or bool(CLAUSE_END.search(gaps[k] if k < len(gaps) else "")) \
            else ""  # (a difference from a record, not from an average)
    if tuple(after[k : k + 2]) in _NAMED_LEVELS:  # 'more than 9 feet above flood stage' (and
        # 'flood level': one kind of level, by its first word; a danger level is another)
        k += 2
        return f"{way}-{after[k - 2]}" if k >= len(after) or after[k] in _AFTER_NORM | {
            "and", "but"} or bool(CLAUSE_END.search(gaps[k] if k < len(gaps) else "")) else ""
    if k + 1 < len(after) and _OF_A_NORM.fullmatch(after[k]) and after[k + 1] in _NORMS:
        k += 1  # 'the long-term average', 'the June average'
    elif k + 2 < len(after) and after[k].isdigit() and after[k + 1] == "year" and \
            after[k + 2] in _NORMS:
        k += 2  # 'the 30-year average'
    norm = after[k : k + 1] != [] and after[k] in _NORMS and (
        k + 1 >= len(after) or after[k + 1] in _AFTER_NORM or
        bool(CLAUSE_END.search(gaps[k + 1] if k + 1 < len(gaps) else "")))
    return way if norm else ""


def _counted_at(text: str, spans: list[tuple[int, int]], toks: list[str], i: int, j: int,
                value: float, unit: str) -> tuple[int, Quantity | None]:
    """What the number at token i (read up to token j) counts or measures: the noun after it
    (or its range's end), the kind of it, and what happened to the people counted."""
    if i > 1 and toks[i - 1].casefold() == "in" and not unit and j < len(toks) and value and \
            tu.stem(toks[j]) in _SHARED and (share := _share_before(toks, i - 2)):
        # 'more than one in five people', '1 in 10 adults': a share, no count of people
        start = span_start(text, spans, toks, i - 2)
        return j + 1, Quantity(f"share:{tu.stem(toks[j])}", share / value, share / value,
                               f"{shown(share)} in {shown(value)}",
                               text[spans[start][0] : spans[j][1]],
                               anchors(text, spans, toks, i - 2, j + 1, "share"))
    if unit not in ("", "%") and _added(text, spans, toks, i):
        return j, None  # 'an extra R2,500 a month' adds to a figure, as 'another $3 million'
    j, high, upper_unit = _range_end(text, spans, toks, i, j, value, unit)
    unit = unit or upper_unit  # '4 to 5 per cent': the upper end's unit is both ends'
    noun = toks[j]
    if (noun.casefold() in _DIFFERENCES or noun.casefold() == "net") and unit != "%":
        return j + 1, None  # 'will spend $2.1 million more than it did', 'gained 125 net
        # votes': a difference ('6 percent more' is a rise's size, as a percentage is)
    by = i - 1  # 'by about 1.5C'
    while by > 0 and toks[by].casefold() in APPROX_WORDS:
        by -= 1
    verb = _changed_before(text, spans, toks, by) if unit != "%" and by > 0 and \
        toks[by].casefold() == "by" else ""
    if verb == "led" and tu.stem(toks[by - 1]) == "led" and by > 1 and (
            "," in gap(text, spans, by - 2) or toks[by - 2].casefold() in _LINKING):
        verb = ""  # 'The march, led by about 200 students', 'was led by': who led it (not
        # 'Forsythe led by just 187 votes')
    if verb and (unit or noun.casefold() in tu.STOPWORDS):
        return j + 1, None  # 'rose by $2 million': a change of an amount; 'by 5 to 9
    if " ".join(t.casefold() for t in toks[j + 1 : j + 4]) in _ON_TOP or \
            _summed(text, spans, toks, i, j):
        return j + 1, None  # 'banned for four years on top of the time he spends in custody'
    then = [t.casefold() for t in toks[j + 1 : j + 3]] \
        if noun.casefold() not in tu.STOPWORDS else []  # after the noun: 'from $16 to more
    # than $26' has none
    if then[:1] and then[0] in _DIFFERENCES and then[1:] == ["than"] and \
            not CLAUSE_END.search(gap(text, spans, j)) and \
            "ago" not in (t.casefold() for t in toks[j + 3 : j + 7]):
        return j + 1, None  # '12 million tonnes more than the law allowed': a difference
        # (not '40 homes more than a week ago')
    margin = "margin" in (t.casefold() for t in toks[max(0, i - 4) : i]) or \
        [t.casefold() for t in toks[max(0, i - 2) : i]] == ["majority", "of"]  # 'margin of
    # victory was 210 votes', 'a majority of 210 votes'
    norm = _above_a_norm([t.casefold() for t in toks[j + 1 : j + 6]],
                         [gap(text, spans, k) for k in range(j, min(j + 6, len(toks) - 1))])
    # 'roughly seven degrees Celsius above the seasonal average': a difference from a norm,
    # compared with its own kind ('10C above average'), never with a level ('reached 41C')
    per = norm or ("led" if verb in _LEADS else "by" if verb or margin else
                   "every" if i > 0 and toks[i - 1].casefold() == "every" else
                   "/" + tu.stem(toks[j + 3]) if then in (["for", "every"], ["for", "each"])
                   and j + 3 < len(toks) else "")
    if per:  # 'every three months' (how often), '7.3 tonnes for every resident' (a rate):
        # compared with their own kind only
        start = span_start(text, spans, toks, i)
        topic = f"{per}:{_MARGIN_KIND.get(tu.stem(noun), tu.stem(noun))}"
        return j + 1, Quantity(topic, *bounded(toks, i, value, high), unit + shown(value),
                               text[spans[start][0] : spans[j][1]],
                               anchors(text, spans, toks, i, j + 1, topic), unit)
    if unit and noun.casefold() in {"a", "an"} and j + 1 < len(toks) and \
            toks[j + 1][:1].islower() and toks[j + 1].casefold() not in tu.STOPWORDS and \
            not CLAUSE_END.search(gap(text, spans, j - 1)) and \
            not (j + 2 < len(toks) and toks[j + 2].casefold() in _THEN):
        topic = "/" + tu.stem(toks[j + 1])  # '84 dollars a barrel', '$18 an hour': a rate
        start = span_start(text, spans, toks, i)
        return j + 2, Quantity(topic, *bounded(toks, i, value, high), unit + shown(value),
                               text[spans[start][0] : spans[j + 1][1]],
                               anchors(text, spans, toks, i, j + 2, topic), unit)
    if not unit and noun.casefold() == "of" and value > 1 and (  # 'One of the people killed
            toll := _toll_of(text, spans, toks, i, j, value)):  # …' tells of one of them
        return toll  # 'Six of the infected babies have died'
    spent = unit and noun.casefold().endswith("ing") and i > 0 and \
        toks[i - 1].casefold() in _SPEND  # 'will spend $4.2 million renovating the park'
    if spent or noun.casefold() in tu.STOPWORDS or tu.is_number(noun) or not noun[:1].isalpha() \
            or CLAUSE_END.search(gap(text, spans, j - 1)):  # an amount needs no noun: 'will
        # cost $2.4 million under the contract', 'rose 7 percent over the year'
        rate = noun.casefold() in _RATES and not CLAUSE_END.search(gap(text, spans, j - 1)) \
            and not (j + 2 < len(toks) and toks[j + 2].casefold() in _THEN)
        # '$1 a day' is a rate, of no day said here ('$2.50, a 25 percent rise' and '€466mn a
        # year earlier' are none)
        after = next((tu.stem(t) for t in toks[j + 1 : j + 4] if t[:1].islower() and
                      t.casefold() not in tu.STOPWORDS and t.casefold() not in _QUALITIES),
                     "") if noun.casefold() in {"of", "for"} else \
            _spent_on(text, spans, toks, j) if noun.casefold() == "on" else \
            _paid_in(toks, j) if noun.casefold() == "in" else ""
        # what it is an amount or a share of: '59% of the Vell investors'; or what it is for,
        # spent on or paid in, a kind: '$5 million for road repairs', '$2 million on new
        # buses', '$420,000 in damages' (not '$50,000 in costs')
        of, kind = (after, "") if noun.casefold() == "of" else ("", after)
        return j, _amount(text, spans, toks, i, j, value, high, unit, of, kind) \
            if unit and not rate else None
    before = toks[i - 1].casefold() if i > 0 else ""
    if before in _INCREMENTS:
        return j + 1, None  # 'another 3,000 jobs' adds to a figure; it does not state one
    sort = area = ""
    after = toks[j + 1] if j + 1 < len(toks) else ""
    if noun.casefold() in _AREAS and gap(text, spans, j) == " " and (
            _AREA_UNITS.get(after.casefold()) or _UNIT_OF.get(tu.stem(after), tu.stem(after))
            in _UNITS):  # '1,600 square metres', '1,200 sq ft': an area, not a length
        area = "cubic" if noun.casefold() in {"cubic", "cu"} else "squar"
        j += 1
        noun = toks[j]
    elif _describes(noun, after) and \
            gap(text, spans, j) == " ":  # 'three young children', 'two Israeli soldiers'
        sort = "" if noun.casefold() in _QUALITIES else tu.stem(noun)
        j += 1
        noun = toks[j]
    if j + 2 < len(toks) and toks[j + 1].casefold() == "of" and gap(text, spans, j) == " " \
            and toks[j + 2].casefold() not in tu.STOPWORDS:  # 'three charges of contempt'
        sort = sort or tu.stem(toks[j + 2])
    if (earlier := _elided(toks, i, noun)) is not None:
        topic = _topic(text, spans, toks, earlier, toks[earlier])[0]
    elif _a_verb(noun) and (said := _PREDICATES.get(tu.stem(noun))) is None:
        return j + 1, None  # '11,354 backed strike action': a verb, no noun counted
    else:
        topic, j = _topic(text, spans, toks, j, noun)
    if area:
        topic = f"{area}-{_AREA_UNITS.get(noun.casefold(), topic)}"
    if topic == "live" and _lives_taken(text, spans, toks, i, j):
        topic = "death"  # 'the disease has claimed 37 lives' / '43 people have died'
    said = None
    if topic in _PEOPLE or noun[:1].isupper():  # '4 people' killed, '84 Palestinians' wounded
        said = _predicate(text, spans, toks, i, j)
        if said:
            topic = said if topic in _PEOPLE else f"{said}:{topic}"
    elif topic == "suspect" and _predicate(text, spans, toks, i, j) == "arrest":
        topic = "arrest"  # 'six suspects were arrested' / 'police arrested eight people':
        # those arrested are suspects (not so those killed: 'Two suspects were killed' may
        # be some of 'Four people were killed')
    elif topic in _BUILT and (harm := _predicate(text, spans, toks, i, j, _HARMS)):
        topic = f"{harm}:{topic}"  # 'damaged 42 homes' / 'destroyed three houses': two counts
        if _two_harms(text, spans, toks, i):
            topic = f"harmed:{topic.split(':')[1]}"  # 'damaging or destroying some 130 homes':
            # both, counted together
    if unit and "/" not in topic:  # '$4.2 million contract': an amount, of a contract
        of, kind = ("", "") if topic in CHANGES else _compound(text, spans, toks, j, topic)
        return j + 1, _amount(text, spans, toks, i, j + 1, value, high, unit, of, kind)
    start = span_start(text, spans, toks, i)
    measures = _measured(text, spans, toks, j, topic)  # what anchors it, by its one kind:
    # 'a five-year contract' / 'a four-year deal'
    return j + 1, Quantity(topic, *bounded(toks, i, value, high), unit + shown(value) + (
                               f"-{shown(high)}" if high != value else ""),
                           text[spans[start][0] : spans[j][1]],
                           (anchors(text, spans, toks, i, j + 1, topic) - SAID.get(said, set()))
                           | ({measures} if measures else set()),
                           unit, sort=sort, measures=measures)


# verbs that tell lives counted are deaths: 'claimed 37 lives', '11 lives were lost'
_TAKING_LIVES = frozenset({"claim", "claimed", "claiming", "claims", "cost", "costing", "costs",
                           "took", "taken", "take", "taking", "takes", "lost", "lose", "losing"})
# words that tell lives counted were not (yet) lost: a fear, a forecast, a rescue
_UNLIKE_DEATHS = frozenset({"could", "would", "may", "might", "will", "can", "fear", "fears",
                            "feared", "warn", "warned", "warns", "threaten", "threatens",
                            "risk", "risks", "nearly", "almost", "save", "saved", "saving",
                            "spare", "spared"})


def _clause_start(text: str, spans: list[tuple[int, int]], i: int, reach: int) -> int:
    """The first token of the clause holding token i, at most `reach` tokens before it."""
    first = i
    while first > max(0, i - reach) and not CLAUSE_END.search(gap(text, spans, first - 1)):
        first -= 1
    return first


def _lives_taken(text: str, spans: list[tuple[int, int]], toks: list[str], i: int,
                 j: int) -> bool:
    """Whether the lives counted at tokens i..j were lost: a verb of taking them just before
    ('has claimed at least 37 lives') or of losing them just after ('were lost')."""
    first = _clause_start(text, spans, i, 8)  # within a few words before the count
    if {t.casefold() for t in toks[first:i]} & _UNLIKE_DEATHS:
        return False  # 'Doctors fear the outbreak could claim 10,000 lives': none yet
    if any(t.casefold() in _TAKING_LIVES for t in toks[max(first, i - 4) : i]):
        return True
    after = [t.casefold() for t in toks[j + 1 : j + 4]]
    return bool(after) and not CLAUSE_END.search(gap(text, spans, j)) and (
        after[0] in _TAKING_LIVES or (after[0] in {"were", "have", "had", "was"} and
                                      "lost" in after[1:3] and not set(after) & _UNLIKE_DEATHS))


# what 'one in five …' shares out: people and their homes ('1 in 10 adults', 'one in four
# households'), not places, games or tries ('killed 14 in 3 provinces', '3 in 4 games')
_SHARED = _PEOPLE | frozenset(tu.stem(w) for w in (
    "adults voters households homes families americans britons canadians australians teens "
    "teenagers".split()))


def _share_before(toks: list[str], k: int) -> float:
    """The part of a share told at token k ('one' in 'one in five people'), or 0."""
    word = toks[k].casefold().replace(",", "")
    if word.replace(".", "", 1).isdigit():
        return float(word)
    return (spelled(word) or 0.0) if word in tu.NUMBER_WORDS else 0.0


def _toll_of(text: str, spans: list[tuple[int, int]], toks: list[str], i: int, j: int,
             value: float) -> tuple[int, Quantity] | None:
    """A count of some of a group by what happened to them, the number at token i and 'of' at
    token j: 'Eight of them have died', 'Six of the infected babies have died' (a toll)."""
    group = next((k for k in range(j + 1, min(j + 5, len(toks)))
                  if toks[k].casefold() == "them" or (toks[k][:1].islower() and
                                                      toks[k].casefold().endswith(_PLURAL_ENDS))),
                 None)
    if group is None or any(CLAUSE_END.search(gap(text, spans, k)) for k in range(i, group)):
        return None
    said = _predicate(text, spans, toks, group, group)
    if said is None or any(tu.stem(t) in _PREDICATES for t in toks[j + 1 : group]):
        return None  # 'two of the injured': what the group is, not what happened to some
    start = span_start(text, spans, toks, i)
    return group + 1, Quantity(said, *bounded(toks, i, value, value), shown(value),
                               text[spans[start][0] : spans[group][1]],
                               anchors(text, spans, toks, i, j + 1, said)  # the group's
                               - SAID.get(said, set()), "")  # words too: 'infected babies'


def _changed_before(text: str, spans: list[tuple[int, int]], toks: list[str], by: int) -> str:
    """The stem of a verb of change or of a margin just before 'by' (token `by`), or a few
    words before it in its clause with no other verb between: 'cut its greenhouse gas output
    by', 'beat England by' (not 'The budget cut was backed by', 'shut down after being hit
    by', 'Rose'); '' for none."""
    if tu.stem(toks[by - 1]) in _CHANGED | _MARGINS:
        return tu.stem(toks[by - 1])
    for k in range(by - 1, max(-1, by - 9), -1):
        word, stem = toks[k], tu.stem(toks[k])
        participle = (word.casefold().endswith("ed") or word.casefold() in _PARTICIPLES) \
            and stem not in _CHANGED | _MARGINS
        if CLAUSE_END.search(gap(text, spans, k)) or word.casefold() in _LINKING or participle:
            return ""  # 'a final watched by 40,000 fans', 'the seat the Tories held by'
        if k == by - 1:
            continue
        if word[:1].islower() and word.casefold() not in {"up", "down"} and \
                stem in _CHANGED | _MARGINS:
            return stem
    return ""


def _a_verb(word: str) -> bool:
    """A word after a number that is a verb in the past, not a noun: 'backed', 'remained'."""
    return word[:1].islower() and word.casefold().endswith("ed") and len(word) > 4


def _elided(toks: list[str], i: int, noun: str) -> int | None:
    """Where the noun is of a count that leaves it out, a verb following the number after
    'and' ('Two miners were killed and three remained trapped': three miners): the noun of
    the count before it in the sentence."""
    if i < 2 or toks[i - 1].casefold() not in {"and", "while", "but"} or not (
            noun.casefold() in {"remain", "remains"} or _a_verb(noun)):
        return None
    return next((k + 1 for k in range(i - 2, -1, -1)
                 if tu.is_number(toks[k]) and toks[k + 1][:1].islower()
                 and toks[k + 1].casefold() not in tu.STOPWORDS), None)


def _compound(text: str, spans: list[tuple[int, int]], toks: list[str], j: int,
              noun: str) -> tuple[str, str]:
    """The last noun of a compound the noun at token j opens, and its first noun when it has
    more: 'a $5 million roof replacement project' is of a project, for the roof (a gym
    renovation project is another). A word ending in -ed or -ing is a verb ('a $12,500 fine
    imposed', 'a $2 million grant supporting families'), as are `_VERBS` ('The £3.1m project
    includes …')."""
    head, first = noun, ""
    for k in range(j + 1, min(j + 3, len(toks))):
        low = toks[k].casefold()
        if gap(text, spans, k - 1) != " " or not toks[k][:1].islower() or \
                low in tu.STOPWORDS or not low.isalpha() or low.endswith(("ed", "ing")) or \
                low in _VERBS:
            break
        first, head = first or noun, tu.stem(toks[k])
    return head, first


def _amount(text: str, spans: list[tuple[int, int]], toks: list[str], i: int, j: int,
            value: float, high: float, unit: str, of: str = "",
            kind: str = "") -> Quantity | None:
    """An amount of money or a percentage, tokens i to j - 1, keyed by its unit whether or
    not a noun follows ('a $4.2 million contract' / 'will cost $2.4 million under the
    contract'; 'a 9% increase in home prices' / 'rose 7 percent'): `of`, the stem of the
    noun it is an amount of, must be what the other figure is about too
    (`measured_alike`); a change ('rise', 'increase') says nothing of what changed. `kind`,
    what it is for ('road' repairs), is its sort."""
    if _added(text, spans, toks, i):
        return None  # 'another $3 million' adds to a figure
    if unit != "%" and i > 0 and toks[i - 1].casefold() in {"up", "down"} and \
            j < len(toks) and toks[j].casefold() == "from":
        return None  # 'up 69 rupees from last season': a change's size
    start = span_start(text, spans, toks, i)
    least, most = bounded(toks, i, value, high)
    half = _rounding(toks[i], value, scaled=i + 1 < j and toks[i + 1].casefold() in _BIG_SCALES)
    return Quantity(unit, least - half, most + half,
                    unit + shown(value) + (f"-{shown(high)}" if high != value else ""),
                    text[spans[start][0] : spans[j - 1][1]],
                    anchors(text, spans, toks, i, j, unit) | ({of} if of else set()), unit,
                    sort=kind, measures=of)


def _range_end(text: str, spans: list[tuple[int, int]], toks: list[str], i: int, j: int,
               value: float, unit: str = "") -> tuple[int, float, str]:
    """Where a range that the number at token i opens ends, and its upper value ('10,000 to
    20,000 years', a suspended hyphen's 'nine- or ten-hour shifts') and the upper end's unit;
    (j, value, '') when it opens none."""
    suspended = gap(text, spans, j - 1).startswith("-")
    joins = {"to", "and", "or"} if suspended else {"to", "and"}
    if j + 1 < len(toks) and toks[j].casefold() in joins and \
            (NUMERIC.fullmatch(toks[j + 1]) or (suspended and tu.is_number(toks[j + 1])) or (
                tu.cardinal(toks[i].casefold()) and tu.cardinal(toks[j + 1].casefold()) and (
                    toks[j].casefold() == "to" or (i > 0 and toks[i - 1].casefold() == "between"))
            )) and \
            (i == 0 or toks[i - 1].casefold() != "from" or (  # 'rose from 2 to 5' changed
                i > 1 and toks[i - 2].casefold() in {"ranging", "ranged", "range"})):
        k, upper, upper_unit = read_number(toks, spans, text, j + 1)
        if upper is not None and upper > value and k < len(toks) and \
                (not unit or upper_unit in {"", unit}) and not (unit == "%" and upper > 100):
            return k, upper, upper_unit  # not 'rose 6 percent to 4.82 billion euros'
    return j, value, ""


def _topic(text: str, spans: list[tuple[int, int]], toks: list[str], j: int,
           noun: str) -> tuple[str, int]:
    """What a figure counts, from its noun at token j: its stem, joined by what the words
    after it add ('14-year sentence', 'three years ago', '$150 per game'), and the index of
    the last token read."""
    topic = counted(tu.stem(noun))
    topic = _UNIT_OF.get(topic, _ONE_KIND.get(topic, topic))
    if gap(text, spans, j - 1) == "-":  # '14-member board'; a unit's compound measures in the
        # unit, and what it measures ('a 12-mile stretch') anchors it, as 'stretch' in '12
        # miles of the stretch' does
        if topic not in _UNITS and j + 1 < len(toks):
            topic, j = f"{topic}-{tu.stem(toks[j + 1])}", j + 1
    elif j + 1 < len(toks) and toks[j + 1].casefold() in QUALIFIERS:  # 'three years ago'
        topic, j = f"{topic} {toks[j + 1].casefold()}", j + 1
    elif j + 1 < len(toks) and topic in _SPANS and toks[j + 1].casefold() == "after" and \
            gap(text, spans, j) == " ":  # 'five weeks after she vanished' = 'six weeks later'
        topic = f"{topic} later"
    if noun.casefold() in _RATES and j + 1 < len(toks):  # '$150 per game'
        rate, j = _rate_unit(toks, j + 1)
        topic = f"/{rate}"
    elif j + 2 < len(toks) and toks[j + 1].casefold() in _RATES and \
            gap(text, spans, j) == " ":  # '1.75 cents per ounce', not 'members, an investor'
        rate, j = _rate_unit(toks, j + 2)
        topic = f"{topic}/{rate}"
    elif j + 4 < len(toks) and toks[j + 1].casefold() == "of" and \
            toks[j + 3].casefold() in _RATES and tu.stem(toks[j + 4]) in _SHORT_SPANS and \
            not CLAUSE_END.search(text[spans[j][1] : spans[j + 4][0]]) and (
                j + 5 >= len(toks) or toks[j + 5].casefold() not in _NOT_RATES):
        topic = f"{topic}/{tu.stem(toks[j + 4])}"  # '850 tonnes of copper a day': a rate (a
        # year's is compared with a year's total: 'produced 310,000 tons … last year')
    elif j + 4 < len(toks) and toks[j + 1].casefold() == "of" and \
            toks[j + 3].casefold() == "per" and \
            not CLAUSE_END.search(text[spans[j][1] : spans[j + 4][0]]):
        rate, j = _rate_unit(toks, j + 4)  # 'six tonnes of olives per hectare': a rate,
        topic = f"{topic}/{rate}"  # of any unit 'per' is told by
    elif j + 3 < len(toks) and toks[j + 1].casefold() == "of" and \
            toks[j + 3].casefold() in _DAILY and \
            not CLAUSE_END.search(text[spans[j][1] : spans[j + 3][0]]):
        topic = f"{topic}/{_DAILY[toks[j + 3].casefold()]}"  # '500,000 barrels of oil daily'
    if j + 1 < len(toks) and text[spans[j][1] : spans[j][1] + 1] == "/" and \
            toks[j + 1].casefold() in {"h", "hr", "hour"}:
        topic = f"{topic}/hour"  # '215km/h' is a speed, not a distance
    return topic, j


_AREAS = frozenset({"square", "sq", "cubic", "cu"})
_AREA_UNITS = {"ft": "foot", "m": "metr", "km": "kilometr", "mi": "mile"}  # 'sq ft', 'sq m'


def _rate_unit(toks: list[str], k: int) -> tuple[str, int]:
    """The unit a rate is per, at token k, and the index of its last word: 'game'; 'square
    foot' and 'square metre' are two ('HK$100,000 per square foot' / 'HK$1.08 million per
    square metre')."""
    if toks[k].casefold() in _AREAS and k + 1 < len(toks) and toks[k + 1][:1].isalpha():
        return f"{tu.stem(toks[k])}-{tu.stem(toks[k + 1])}", k + 1
    return tu.stem(toks[k]), k


def _measured(text: str, spans: list[tuple[int, int]], toks: list[str], j: int,
              topic: str) -> str:
    """What the unit compound ending at token j measures ('career' in 'a 30-year career',
    'day' in 'a 187km day'), by its stem; '' for no unit compound."""
    if topic not in _UNITS or gap(text, spans, j - 1) not in ("-", "") or j + 1 >= len(toks) or \
            not toks[j + 1][:1].islower() or toks[j + 1].casefold() in tu.STOPWORDS:
        return ""
    noun = tu.stem(toks[j + 1])
    return _TERMS.get(noun, noun)  # 'a five-year contract' / 'a four-year deal'


def possible_share(a: Quantity, b: Quantity) -> bool:
    """One count of people says which of them it counts and the other does not ('12 Nepali
    workmen' / '25 workmen', '500 military personnel' / '300 personnel', 'the Palestinian
    toll' / 'the toll'): the first may be some of the second, so neither is a rival figure.
    Counts of things are not read so ('two robbery charges' / 'three charges': the same)."""
    topic = a.topic.split(":")[0]
    return bool(a.sort) != bool(b.sort) and (
        topic in SAID or topic in _PEOPLE or topic.endswith(("men", "personnel")))


def _describes(word: str, after: str) -> bool:
    """'young' in 'three young children', 'Colombian' in '20 Colombian women': a word that is
    not what is counted, but describes the plural noun after it."""
    return bool(after) and after[:1].islower() and after.casefold() not in tu.STOPWORDS and \
        after.casefold() not in _VERBS and \
        not tu.is_number(after) and after.casefold().endswith(_PLURAL_ENDS) and \
        not word.casefold().endswith("s") and word.casefold() not in _RATES and \
        tu.stem(word) not in CHANGES  # 'The 9 percent increase takes effect': a verb after


def _predicate(text: str, spans: list[tuple[int, int]], toks: list[str], lo: int, hi: int,
               predicates: dict[str, str] = _PREDICATES) -> str | None:
    """What happened to the people (or things) counted by tokens lo..hi, from the nearest word
    that says ('killing at least 4 people' -> 'death'), within four words either side; before
    the count, within its clause ('According to the search and rescue agency, 187
    passengers' were not rescued)."""
    first = _clause_start(text, spans, lo, 4)
    for distance in range(1, 5):
        for j in (lo - distance, hi + distance):
            if first <= j < len(toks) and (said := predicates.get(tu.stem(toks[j]))):
                return said
    return None
