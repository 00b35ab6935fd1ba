"""Dates and times of day a sentence states (pure): "April 14", "May 2014", "in April" (with
the clause that says what happened on it), a day of the week ("on Tuesday night"; not the day
something was said, "the company said on Thursday", nor a day of a series, "marched again on
Sunday"), the year something was built, opened or founded ("Built in 1923", "dates from
1931"), "at 6:57 p.m." and spans of time ("between 6:45 and 7 p.m.", each end a claim). Read
as `quantity.Quantity`s, topic 'date', 'weekday', 'origin' or 'time'.
"""

from __future__ import annotations

import re

from . import textutil as tu
from .around import APPROX_WORDS, anchors
from .figures import gap
from .quantity import DAY_OR_HOUR, TWO_DIGITS, YEAR
from .value import Quantity

MONTHS = ("january february march april may june july august september october november "
           "december").split()
_ABBREVIATED = {m[:3]: m for m in MONTHS} | {"sept": "september"}
WEEKDAYS = ("monday tuesday wednesday thursday friday saturday sunday").split()
# a part of the day after (or before) a weekday: 'late' ones may run past midnight, 'early'
# ones may be the small hours of the day before's night
_LATE, _EARLY = frozenset({"night", "evening", "late"}), frozenset({"early", "morning"})
PARTS = ("morning", "afternoon", "evening", "night")
# the day something was said or announced, not the day it happened
_SAYING = frozenset({"said", "says", "told", "announced", "reported", "confirmed", "added",
                     "stated", "wrote", "tweeted", "declared", "revealed", "disclosed", "noted",
                     "explained", "acknowledged", "admitted", "denied", "warned", "insisted",
                     "claimed", "argued", "statement", "briefing", "conference"})
# a sentence telling of more than one day of something: each its own day
# ('every customer reconnected by Wednesday' tells of one day: 'each', 'every' and 'both'
# make a series only of days and times: 'every Friday', 'each night', 'both days')
SERIES = re.compile(r"\b(?:again|another|second|third|resumed|continued|until|through|since"
                    r"|(?:each|every|both)\s+(?:other\s+|single\s+)?(?:days?|weeks?|months?"
                    r"|years?|nights?|mornings?|afternoons?|evenings?|weekends?|times?"
                    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days?))\b", re.IGNORECASE)
# a step of a series of days: 'the first game', 'Game 3', 'the final stage'
_STEP = re.compile(r"\b(?:first|fourth|fifth|next|final|opening|(?:game|round|match|leg|stage|"
                   r"day|heat|race|episode|part|phase|test)\s+\d{1,2})\b", re.IGNORECASE)
# content words each side of a date that say what happened on it: its whole clause, up to
# this many (a bound: a clause of thousands of words would cost its length for each date)
CLAUSE_WORDS = 50
# a time of day with a stop between hour and minutes, before 'am' or 'pm': '9.30am'
_DOTTED = re.compile(r"(1[0-2]|0?[1-9])\.([0-5]\d)")


def at(text: str, spans: list[tuple[int, int]], toks: list[str],
       i: int) -> tuple[int, Quantity | None] | None:
    """The date or time of day that starts at token i and the index after it ('April 14',
    '14 April'); (i + 1, None) for a month's name that is no date ('may' as a verb); None
    when token i starts neither."""
    month = month_of(toks[i].casefold())
    if month and (i == 0 or toks[i][0].isupper()):
        return _date_at(text, spans, toks, i, month)
    if toks[i][:1].isupper() and toks[i].casefold() in WEEKDAYS:
        return _weekday_at(text, spans, toks, i)
    if YEAR.fullmatch(toks[i]) and (kind := _origin(toks, i)):
        verb = next(k for k in range(i - 1, -1, -1)
                    if toks[k].casefold() in _ORIGINS or toks[k].casefold() in _DATING)
        return i + 1, Quantity("origin", float(toks[i]), float(toks[i]), f"{kind} {toks[i]}",
                               text[spans[verb][0] : spans[i][1]],
                               anchors(text, spans, toks, verb, i + 1, "year"),
                               sort=_built_thing(toks, verb, i))
    if _DOTTED.fullmatch(toks[i]):
        return _time_at(text, spans, toks, i)  # '9.30am', as British news writes it
    if DAY_OR_HOUR.fullmatch(toks[i]):
        if i + 1 < len(toks) and toks[i + 1][:1].isupper() and 1 <= int(toks[i]) <= 31 and \
                (month := month_of(toks[i + 1].casefold())):
            return _day_first(text, spans, toks, i, month)
        return _time_at(text, spans, toks, i)
    return None


def _day_first(text: str, spans: list[tuple[int, int]], toks: list[str], i: int,
               month: str) -> tuple[int, Quantity]:
    """'14 March', '14 March 2026': the day before its month, as British and Australian
    outlets write it; the same date as 'March 14'."""
    j, year = i + 2, ""
    if j < len(toks) and YEAR.fullmatch(toks[j]):
        year, j = toks[j], j + 1
    value = " ".join(v for v in (month, toks[i], year) if v)
    lead = _dated_day(text, spans, toks, i)
    return j, Quantity("date", 0.0, 0.0, value, text[spans[i][0] : spans[j - 1][1]],
                       anchors(text, spans, toks, lead, j, month, window=CLAUSE_WORDS,
                               names=False), sort="weekday" if lead < i else "")


def month_of(word: str) -> str | None:
    """The month `word` (in lower case) names, in full or abbreviated ("dec.", "sept")."""
    word = word.rstrip(".")
    if word in MONTHS:
        return word
    return _ABBREVIATED.get(word) if len(word) >= 3 else None


def _date_at(text: str, spans: list[tuple[int, int]], toks: list[str], i: int,
             month: str) -> tuple[int, Quantity | None]:
    """'April 14', 'April 14, 2016', 'May 2014' or 'in April'; 'may' as a verb is not one."""
    j, day, year = i + 1, "", ""
    if j < len(toks) and DAY_OR_HOUR.fullmatch(toks[j]) and 1 <= int(toks[j]) <= 31:
        day, j = toks[j], j + 1
        if j < len(toks) and YEAR.fullmatch(toks[j]):
            year, j = toks[j], j + 1
    elif j < len(toks) and YEAR.fullmatch(toks[j]):
        year, j = toks[j], j + 1
    if month == "may" and not (day or year):
        return i + 1, None
    value = " ".join(v for v in (month, day, year) if v)
    lead = _dated_day(text, spans, toks, i)
    return j, Quantity("date", 0.0, 0.0, value, text[spans[i][0] : spans[j - 1][1]],
                       anchors(text, spans, toks, lead, j, month, window=CLAUSE_WORDS,
                               names=False), sort="weekday" if lead < i else "")


def _dated_day(text: str, spans: list[tuple[int, int]], toks: list[str], i: int) -> int:
    """Where the words a date at token i is said by end: at its weekday when the date stands
    after it ('is set to start Tuesday, Jan. 12': the clause before the weekday, and the date
    is sorted 'weekday'), else at the date."""
    if i and toks[i - 1].casefold() in WEEKDAYS and gap(text, spans, i - 1) == ", " and \
            not (SERIES.search(text) or _STEP.search(text)):
        return i - 1  # not one step of several: 'The first game …', 'A second band of snow'
    return i


# the year something came to be, by how: 'built in 1923', 'founded in 1898', 'dates from 1931'
# (which may be any of them)
_ORIGINS = {"built": "built", "constructed": "built", "erected": "built",
            "opened": "opened", "inaugurated": "opened", "founded": "founded",
            "established": "founded"}
_DATING = frozenset({"dates", "dated", "dating", "date"})  # 'dates from 1931', 'dating back to'
# a preposition ending the noun a sentence opening with a year goes on to: 'Built in 1923, the
# stone footbridge over the Kettle is …'
_PREPOSITIONS = frozenset({"over", "on", "in", "at", "of", "near", "across", "along", "by",
                          "from", "to", "with", "outside", "inside", "beside"})
# words between a thing and the verb of its origin: 'The bridge, which was first built in'
_LINKING = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "be", "first",
                      "originally", "which", "that", "who", "and", "it"})


def _origin(toks: list[str], i: int) -> str:
    """How the year at token i came about, by the words before it ('built in 1923' ->
    'built'; 'dates from 1931', 'dating back to 1931' -> 'dates'); '' for a year of no
    origin."""
    before = [t.casefold() for t in toks[max(0, i - 3) : i]]
    if before[-1:] == ["in"] and len(before) >= 2 and before[-2] in _ORIGINS:
        return _ORIGINS[before[-2]]
    if before[-1:] in (["from"], ["to"]) and any(w in _DATING for w in before[:-1]):
        return "dates"  # not 'data from 2019'
    return ""


def _built_thing(toks: list[str], verb: int, year: int) -> str:
    """The stem of the noun whose origin the words `verb`..`year` give: the word before
    them ('The bridge dates from 1931', 'Bellweather Foods, founded in 1952'), or, when they
    open the sentence, the last noun before the verb after them ('Built in 1923, the stone
    bridge is …'); '' when none is found."""
    k = verb - 1
    while k >= 0 and toks[k].casefold() in _LINKING:
        k -= 1
    if k >= 0:
        return tu.stem(toks[k]) if toks[k].casefold() not in tu.STOPWORDS else ""
    last = ""
    for tok in toks[year + 1 : year + 8]:
        low = tok.casefold()
        if low in _LINKING or low in {"will", "stands", "remains"} or (
                last and low in _PREPOSITIONS):
            break  # 'the stone footbridge over the Kettle is': its noun is before 'over'
        if low not in tu.STOPWORDS:
            last = tu.stem(tok)
    return last


def _weekday_at(text: str, spans: list[tuple[int, int]], toks: list[str],
                i: int) -> tuple[int, Quantity | None]:
    """'on Tuesday night', 'early Wednesday': the day, 'late' or 'early' when a part of the
    day says so; (i + 1, None) for the day something was said, or one of a series."""
    day = toks[i].casefold()
    near = {t.casefold() for t in toks[max(0, i - 3) : i + 3]}
    if near & _SAYING or SERIES.search(text):
        return i + 1, None
    j, begin = i + 1, i
    if j < len(toks) and toks[j].casefold() in PARTS:
        j += 1
    if i > 0 and toks[i - 1].casefold() in {"early", "late"}:
        begin = i - 1
    words = {t.casefold() for t in toks[begin:j]}
    part = "late" if words & _LATE else "early" if words & _EARLY else ""
    value = f"{day} {part}".strip()
    return j, Quantity("weekday", 0.0, 0.0, value, text[spans[begin][0] : spans[j - 1][1]],
                       anchors(text, spans, toks, begin, j, day, window=CLAUSE_WORDS,
                               names=False))


_MERIDIEM = {"a.m": 0, "am": 0, "p.m": 12, "pm": 12}
_DAY = 24 * 60
# a time a word makes a bound of ('power was back by 10 a.m.', 'closed until noon'): the
# minutes it allows. Two events ('went out at 2 a.m.', 'back by 10 a.m.') are no rival times
BOUNDS = frozenset({"by", "until", "since"})
# a time zone after a time of day, by the zone it names ('ET' and 'Eastern' are one)
ZONES = {"eastern": "eastern", "et": "eastern", "est": "eastern", "edt": "eastern",
         "central": "central", "ct": "central", "cst": "central", "cdt": "central",
         "mountain": "mountain", "mt": "mountain", "mst": "mountain", "mdt": "mountain",
         "pacific": "pacific", "pt": "pacific", "pst": "pacific", "pdt": "pacific",
         "gmt": "gmt", "utc": "gmt", "bst": "bst", "cet": "cet", "local": "local"}


def _clock(text: str, spans: list[tuple[int, int]], toks: list[str],
           i: int) -> tuple[int, int, int | None] | None:
    """'6:45', '6:45 p.m.' or '7 p.m.' at token i: the index after it, minutes past the hour
    (hour * 60 + minutes, before any 'p.m.'), and 0 or 12 for 'a.m.' / 'p.m.' (None unsaid)."""
    if (dotted := _DOTTED.fullmatch(toks[i])) and i + 1 < len(toks) and \
            toks[i + 1].casefold() in _MERIDIEM and not gap(text, spans, i).strip():
        half = _MERIDIEM[toks[i + 1].casefold()]
        return i + 2, _past_midnight(int(dotted[1]) * 60 + int(dotted[2]), half), half
    if not DAY_OR_HOUR.fullmatch(toks[i]) or int(toks[i]) > 23:
        return None
    j, minutes = i + 1, int(toks[i]) * 60
    if j < len(toks) and gap(text, spans, i) == ":" and TWO_DIGITS.fullmatch(toks[j]) \
            and int(toks[j]) < 60:
        minutes, j = minutes + int(toks[j]), j + 1
    elif not (j < len(toks) and toks[j].casefold() in _MERIDIEM):
        return None  # a bare '7' is no time
    if j < len(toks) and toks[j].casefold() in _MERIDIEM and \
            not gap(text, spans, j - 1).strip():
        half = _MERIDIEM[toks[j].casefold()]
        return j + 1, _past_midnight(minutes, half), half
    return j, minutes, None


def _past_midnight(minutes: int, half: int) -> int:
    """'12:01 a.m.' is a minute past midnight, as '00:01' is."""
    return minutes - 12 * 60 if half == 0 and minutes // 60 == 12 else minutes


# the words before a time of day told on a 24-hour clock ('derailed at 7:48 on Tuesday',
# 'at 19:30 local time'), and those after that make it a game's clock or a ratio instead
_AT_CLOCK = frozenset({"at", "around", "about", "approximately", "roughly", "by", "until",
                       "after", "before", "from", "since"})
_EVENING = frozenset({"tonight", "evening", "night", "afternoon"})
_MORNING = frozenset({"morning", "dawn", "daybreak"})
_NOT_THE_HOUR = frozenset({"with", "of", "into", "left", "remaining", "mark", "gone", "to", "in",
                           "odds", "ratio", "lead", "win", "defeat", "victory"})


def _on_the_clock(text: str, spans: list[tuple[int, int]], toks: list[str], i: int,
                  j: int) -> bool:
    """Whether the hours and minutes at tokens i..j, with no 'a.m.' or 'p.m.', are a time of
    day on a 24-hour clock: after 'at' or a word like it, not a game's clock ('at 12:34 of the
    second period'), a running time ('at 2:07:41') or a score ('won at 2:1' has one digit)."""
    return i > 0 and toks[i - 1].casefold() in _AT_CLOCK and j == i + 2 and \
        gap(text, spans, i) == ":" and not gap(text, spans, i + 1).startswith(":") and \
        not (j < len(toks) and toks[j].casefold() in _NOT_THE_HOUR)


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
    either = False  # a time told with no a.m. or p.m. that may be either
    if half is None and end_half is None:
        if high == low and not _on_the_clock(text, spans, toks, i, j):
            return None  # '19:30' could be a score; a time says a.m. or p.m. here, or 'at'
        half = end_half = 0
        if high == low and 60 <= low < 13 * 60 and not toks[i].startswith("0"):
            # 'at 7:48' may be a 24-hour clock's or a 12-hour one's: the part of the day after
            # it says ('at 7:30 tonight'), else it is either ('at 10:30, officials said')
            told = {t.casefold() for t in toks[j : j + 5]}
            half = end_half = 12 if told & _EVENING else 0
            either = not told & (_EVENING | _MORNING)
    low += 0 if low >= 12 * 60 or low // 60 == 12 else (half or 0) * 60
    high += 0 if high >= 12 * 60 or high // 60 == 12 else (end_half or 0) * 60
    if high < low:
        return None
    value = f"{low // 60}:{low % 60:02d}" + (f"-{high // 60}:{high % 60:02d}" if high != low
                                             else "")
    before = toks[i - 1].casefold() if i > 0 else ""
    if before == "to" and i > 1 and toks[i - 2].casefold() in {"hours", "hour"}:
        before = "until"  # 'in the 24 hours to 6pm': a period's end, a bound
    if before in BOUNDS and high == low:  # 'back by 10 a.m.': any time up to then
        value, low, high = f"{before} {value}", *((low, _DAY) if before == "since" else (0, low))
    elif before in {"before", "after"} and high == low and not (
            i > 1 and toks[i - 2].casefold().rstrip("s") in {"hour", "minute"}):
        # 'shortly before 4 a.m.': the half hour before it (an hour, said without 'shortly' or
        # 'just'); not 'two hours before 9 a.m.'
        near = 30 if i > 1 and toks[i - 2].casefold() in {"shortly", "just", "soon"} else 60
        low, high = (max(0, low - near), low) if before == "before" else \
            (low, min(_DAY - 1, low + near))
        value = f"{low // 60}:{low % 60:02d}" + (
            f"-{high // 60}:{high % 60:02d}" if high != low else "")
    begin = i - 1 if before in {"between", "from", "before", "after"} | BOUNDS else i
    slack = 10.0 if i > 0 and toks[i - 1].casefold() in APPROX_WORDS else 0.0
    stop = spans[j - 1][1] + (toks[j - 1].casefold() in _MERIDIEM and
                              text[spans[j - 1][1] : spans[j - 1][1] + 1] == ".")
    zone = ZONES.get(toks[j].casefold().rstrip("."), "") if j < len(toks) else ""
    if zone:  # '7:30 p.m. Pacific' and '10:30 p.m. Eastern' may be one time
        stop, j = spans[j][1], j + 1
    return j, Quantity("time", float(low), float(high), value, text[spans[begin][0] : stop],
                       anchors(text, spans, toks, begin, j, "time"), "either" if either else "",
                       slack=slack, sort=zone)
