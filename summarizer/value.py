"""One value a sentence states, and how two values compare (pure): whether they can both be
right (`Quantity.differs`: overlapping ranges, dates part by part, times of day with their slack,
a time's bound against a time, two bounds by one word exactly: 'until 8 p.m.' / 'until 10
p.m.'), and whether a unit compound's figure is of what another is about (`measured_alike`).
`quantity`, `worded` and `when` read values; `align` compares them.
"""

from __future__ import annotations

from dataclasses import dataclass

WHEN = frozenset({"date", "weekday", "origin", "time"})  # the topics of `when`'s values
TALLY = "tally"  # a vote's topic: not 'vote', the stem a count of votes has ('seven votes')
# topics whose values are not numbers: `when`'s, a match's score, a vote's tally
EVENTS = WHEN | {"score", TALLY}


def counted(stem: str) -> str:
    """The topic of a count of things whose noun has the stem `stem`. 'three dates', 'called
    four times' and 'the 1.8 billion originally' (stem 'origin') count things; were their
    topic the stem, they would be compared as dates, times of day or years of origin, whose
    values are words ('opened 1894'), not numbers."""
    return f"{stem}s" if stem in EVENTS else stem


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
    measures: str = ""  # the stem of what a unit compound measures: 'a 30-year career'

    def differs(self, other: Quantity) -> bool:
        """True when the two values cannot both be right."""
        if self.topic == "date":
            return _dates_differ(self.value, other.value)
        if self.topic in {"score", "tally"}:
            return self.value != other.value
        if self.topic == "weekday":
            return _days_differ(self.value, other.value)
        if self.topic == "origin":  # 'built 1923' / 'dates 1931'; 'built' / 'opened' both hold
            (how, year), (how_other, year_other) = self.value.split(), other.value.split()
            return year != year_other and (how == how_other or "dates" in {how, how_other})
        if self.topic == "time" and (bound := _bound(self.value)) and \
                bound == _bound(other.value):
            return self.value != other.value  # two bounds of one kind: each a claim
        if self.topic == "time" and self.value[:1].isdigit() and other.value[:1].isdigit():
            if self.low != self.high and other.low != other.high:
                return self.value != other.value  # two spans of time: each end is a claim
            if self.low == self.high and other.low == other.high:
                apart = abs(self.low - other.low)
                if "either" in (self.unit, other.unit):  # 'at 7:48' with no a.m. or p.m.:
                    apart = min(apart, abs(apart - 12 * 60))  # 7:48 or 19:48
                return apart > (self.slack or other.slack)
        return self.unit == other.unit and (self.high < other.low or other.high < self.low) \
            and not _rounded(self, other)  # 'every eleven days' / 'every 11.2 days'


def _rounded(a: Quantity, b: Quantity) -> bool:
    """One exact value is a whole number in words, the other one with decimals that rounds to
    it ('every eleven days' / 'every 11.2 days'; not 'magnitude 7' / '6.8')."""
    if a.low != a.high or b.low != b.high or a.low.is_integer() == b.low.is_integer():
        return False
    whole, decimal = (a, b) if a.low.is_integer() else (b, a)
    return not any(c.isdigit() for c in whole.span) and abs(whole.low - decimal.low) < 0.5


def _bound(value: str) -> str:
    """The word that makes a time of day a bound ('until' in 'until 20:00'); '' for none."""
    word, _, _ = value.rpartition(" ")
    return word


def measured_alike(a: Quantity, b: Quantity) -> bool:
    """A span of time a unit compound gives is of what it measures: 'a 30-year career' is no
    rival of 'lived there for 21 years', 'a nine-hour standoff' may be of 'the standoff
    lasted six hours' ('standoff' anchors it), and 'a 14-year sentence' of 'a 12-year
    sentence'."""
    return all(not q.measures or q.measures == o.measures or q.measures in o.anchors
               for q, o in ((a, b), (b, a)))


def _dates_differ(a: str, b: str) -> bool:
    """Month, day and year compared where both state them: 'april' and 'may 2014' differ;
    'april 14' and 'april 14 2016' do not."""
    pa, pb = _date_parts(a), _date_parts(b)
    return any(x and y and x != y for x, y in zip(pa, pb, strict=True))


_WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _days_differ(a: str, b: str) -> bool:
    """Two days of the week differ, but not a day and the next when the earlier is its
    'late' part (night, evening) or the later its 'early' one, and not both: 'Tuesday night'
    / 'early Wednesday' or 'Wednesday' may be one hour; 'Tuesday night' / 'Wednesday night'
    are not."""
    da, db = a.split()[0], b.split()[0]
    if da == db:
        return False
    (first, x), (second, y) = sorted(((_WEEK.index(da), a), (_WEEK.index(db), b)))
    if (first, second) == (0, 6):
        x, y = y, x  # Sunday runs into Monday
    adjacent = second - first in {1, 6}
    late, early = x.endswith(" late"), y.endswith(" early")
    return not (adjacent and ((late and not y.endswith(" late"))
                              or (early and not x.endswith(" early"))))


def _date_parts(value: str) -> tuple[str, str, str]:
    month, *rest = value.split()
    day = next((r for r in rest if len(r) <= 2), "")
    year = next((r for r in rest if len(r) == 4), "")
    return month, day, year
