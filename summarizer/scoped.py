"""What alignment reads of a statement only when a pair of its values gets that far (pure):
over what time it counts, whether a count is of those who did not, whether its articles give a
rival's value too, give no other value of a topic, or name another day of the week.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import scope, when
from . import textutil as tu
from .statements import Statement
from .value import Quantity


class Scoped:
    """What `scope` reads of each statement (over what time it counts) and of each count
    (whether it counts those who did not), read once each, and only for the pairs that get
    that far: most part on their values or their subject first."""

    def __init__(self, statements: Sequence[Statement]) -> None:
        self._statements = statements
        self._over: dict[int, str] = {}
        self._denied: dict[tuple[int, str, str], bool] = {}
        self._restated: dict[tuple[int, Quantity], bool] = {}
        self._told: dict[tuple[str, str], list[tuple[Quantity, frozenset[str]]]] | None = None
        self._stated: dict[tuple[str, Quantity], list[tuple[Quantity, frozenset[str]]]] = {}
        self._days: dict[str, set[str]] | None = None
        self._values: dict[tuple[str, str], set[str]] | None = None

    def over(self, n: int) -> str:
        if n not in self._over:
            self._over[n] = scope.over(self._statements[n].text)
        return self._over[n]

    def denied(self, n: int, q: Quantity) -> bool:
        key = (n, q.span, q.topic)  # all that scope.denied reads of the count
        if key not in self._denied:
            self._denied[key] = scope.denied(q, self._statements[n].text)
        return self._denied[key]

    def restated(self, n: int, q: Quantity, rival: int) -> bool:
        """Whether statement n, or every article stating it, gives this value of statement
        `rival`'s for this topic too: an outlet stating both values ('a $12 million budget',
        '$3 million for parks'; 'the storm struck around 2 a.m.', 'power was back at 10
        a.m.') tells two facts, not rival versions of one. Another statement of the article
        counts only when it shares two words besides the values with the rival's ('The
        storm struck Renfield around 2 a.m.' / 'A storm … in Renfield at about 2 a.m.'):
        'Firefighters left the depot at 10 a.m.' does not restate 'the blast at the depot …
        happened at 10 a.m.'. A count the noun's number implies ('her sons') needs no such
        words: it says too little of what it counts. Each article stands for itself: a copy
        that changed a figure is not its original. Once per statement and value (and per
        article and value): a statement stating many values is in many pairs, and reading
        all its values for each would cost their number cubed."""
        key = (n, q)
        if key not in self._restated:
            self._restated[key] = restated(q, self._statements[n].quantities)
        if self._restated[key]:
            return True
        said = self._statements[rival].stems - tu.stems(q.span)
        return all(any(q.implied or len(stems & said) >= 2
                       for _, stems in self._stating(source, q))
                   for source in self._statements[n].sources)

    def sole(self, *sides: tuple[int, Quantity]) -> Callable[[], bool]:
        """A test, run only when needed: whether every article stating each side's statement
        gives no other value of its topic (the same value said twice is one)."""
        def test() -> bool:
            if self._values is None:
                self._values = {}
                for st in self._statements:
                    for q in st.quantities:
                        for src in st.sources:
                            self._values.setdefault((src, q.topic), set()).add(q.value)
            return all(self._values.get((src, q.topic), set()) <= {q.value}
                       for n, q in sides for src in self._statements[n].sources)
        return test

    def names_day(self, st: Statement, day: Quantity) -> bool:
        """Whether an article stating `st` names the day of the week `day` gives anywhere,
        as the day of anything ('found on Monday', 'said on Tuesday')."""
        if self._days is None:
            self._days = {}
            for other in self._statements:
                named = {t.casefold() for t in tu.tokens(other.text)} & set(when.WEEKDAYS)
                for src in other.sources:
                    self._days.setdefault(src, set()).update(named)
        wanted = day.value.split()[0]
        return any(wanted in self._days.get(src, ()) for src in st.sources)

    def states(self, n: int, q: Quantity, day: bool = False) -> bool:
        """Whether every article stating statement n gives value q for its topic anywhere:
        an article giving both dates ('were convicted … on June 3', 'adjourned sentencing
        until July 18') tells of two days, whatever the rival's sentence says happened on
        the other. With `day`, only a date giving q's day counts ('going to trial in March'
        gives no 'March 9' against the article's own 'March 8')."""
        return all(any(not day or _day_of(o.value) == _day_of(q.value)
                       for o, _ in self._stating(source, q))
                   for source in self._statements[n].sources)

    def _stating(self, source: str, q: Quantity) -> list[tuple[Quantity, frozenset[str]]]:
        """Each value of article `source` that gives this value for this topic, with the
        words, but the value's, of its statement."""
        if self._told is None:
            self._told = {}
            for st in self._statements:
                for src in st.sources:
                    for o in st.quantities:
                        self._told.setdefault((src, o.topic), []).append((o, st.stems))
        key = (source, q)
        if key not in self._stated:
            self._stated[key] = [(o, stems - tu.stems(o.span))
                                 for o, stems in self._told.get((source, q.topic), [])
                                 if restated(q, (o,))]
        return self._stated[key]


def restated(q: Quantity, others: Sequence[Quantity]) -> bool:
    """Other values (of a statement, or of an outlet) give this value for this topic too (in
    another role)."""
    return any(o.topic == q.topic and (o.value == q.value if q.topic == "time"
                                       else not q.differs(o)) for o in others)


def _day_of(value: str) -> str:
    """The day of a date's value ('march 9 2026' -> '9'; '' for 'march')."""
    return next((part for part in value.split()[1:] if len(part) <= 2), "")
