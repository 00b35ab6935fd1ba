"""Whether two dates or weekdays two statements give are one event's day (pure), by what
happened on each: a deadline, a birth, a period's bound, a step of a story told over several
days, a plan or one of a series is another day. `subjects` asks it of each pair of dates
that differ.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import textutil as tu
from . import when
from .statements import ALIKE, Statement, beside, clause, likeness, related
from .value import Quantity

_DATE_BOUNDS = frozenset({"until", "till", "by", "before", "after", "since", "through", "from",
                          "born", "deadline", "between"})

# the steps of a story told over several days, each by the stems of its words
_STEPS = {tu.stem(w): step for step, words in (
    ("arrest", "arrested arrest detained detain"),
    ("charge", "charged charge charges indicted indictment arraigned"),
    ("plea", "pleaded plea pleads"),
    ("trial", "trial"),
    ("verdict", "convicted convicts conviction acquitted acquittal guilty verdict"),
    ("sentence", "sentenced sentencing sentence jailed"),
    ("appeal", "appeal appealed"),
    ("release", "released freed paroled"),
    ("close", "closed closure shut"),
    ("open", "open opened opens opening"),
    ("reopen", "reopen reopened reopens reopening"),
    ("announce", "announced announcement unveiled"),
    ("appear", "appeared appearance appears"),
    ("interview", "interviewed questioned"),
    ("appoint", "appointed hired sworn"),
    ("start", "begin began begins start starts started commence commenced"),
    ("move", "moved relocated"),
    ("wed", "married wedding wed"),
    ("meet", "met"),
    ("crash", "hit struck crashed collided"),
    ("birth", "born birth"),
    ("death", "died death killed funeral buried"),
) for w in words.split()}

# a sentence telling of something planned or expected, not of what happened
_PLANNED = re.compile(r"\b(?:will|would|shall|expected|due|scheduled|set to|plans?|planned|"
                      r"is to|are to|postponed|delayed|moved)\b", re.IGNORECASE)
WEEKDAY_LIKENESS = 0.35  # stem Jaccard of two sentences for their weekdays to be one event's


@lru_cache(maxsize=1)
def month_stems() -> frozenset[str]:
    return frozenset(tu.stem(m) for m in when.MONTHS)


def _other_values_alike(sa: Statement, sb: Statement) -> int:
    """How many values of other kinds the two sentences state alike ('a 48-hour strike from
    4 a.m. on Wednesday 9 December' / 'begin at 4 a.m. on Thursday, December 10, and last 48
    hours': two, one event's)."""
    told = {(q.topic, q.value) for q in sa.quantities if q.topic not in {"date", "weekday"}}
    return len(told & {(q.topic, q.value) for q in sb.quantities})


def _two_steps(qa: Quantity, sa: Statement, qb: Quantity, sb: Statement) -> bool:
    """Each date's clause tells of another step of a story that takes several days: an
    arrest and a charge, a conviction and a sentence, a closing and a reopening. Two days
    of two steps are both true."""
    steps = [{_STEPS[w] for w in tu.stems(clause(st.text, q.span, st.marks)) | q.anchors
              if w in _STEPS}
             for q, st in ((qa, sa), (qb, sb))]  # (a date after its weekday: what is before it)
    return bool(steps[0]) and bool(steps[1]) and not steps[0] & steps[1]


def _bounded_date(q: Quantity, st: Statement) -> bool:
    """A date that bounds something or is a birth's, by the words just before it, the date a
    figure is told as of ('had 12,800 employees as of Sept. 30'), or an end of a period
    ('for the period September 29 to October 5')."""
    before = beside(st, q.span, 30)
    if set(before[-3:]) & _DATE_BOUNDS or before[-2:] == ["as", "of"]:
        return True
    if any(tu.stem(w) in _MOVED for w in beside(st, q.span, 60)[-8:]):
        return False  # 'was moved from May 3 to May 10': the date it is on now, and the old one
    return bool(_period_end(q, st))


def _period_end(q: Quantity, st: Statement) -> str:
    """Which end of a period a date is, by the day or month on the other side of 'to':
    'start' for 'September 29' and 'end' for 'October 5' in 'September 29 to October 5';
    '' for none."""
    after, before = beside(st, q.span, -20)[:2], beside(st, q.span, 30)[-2:]
    return "start" if after[:1] == ["to"] and len(after) > 1 and _dated(after[1]) else \
        "end" if before[-1:] == ["to"] and len(before) > 1 and _dated(before[0]) else ""


_ENDS = {tu.stem(w): end for end, words in (
    ("start", "opens open opened begins begin began starts start started kicks"),
    ("end", "ends end ended closes close closed finishes finish finished concludes wraps"))
    for w in words.split()}


def _one_end(qa: Quantity, sa: Statement, qb: Quantity, sb: Statement) -> bool:
    """One date is an end of a period ('runs September 29 to October 5') and the other is
    told as that end ('ends on October 6'): the same day, in other words."""
    for (q, st), (o, so) in (((qa, sa), (qb, sb)), ((qb, sb), (qa, sa))):
        end = _period_end(q, st)
        told = {_ENDS[w] for w in tu.stems(clause(so.text, o.span)) if w in _ENDS}
        if end and told == {end}:
            return True
    return False


_MOVED = frozenset(tu.stem(w) for w in (
    "moved postponed delayed rescheduled pushed brought changed shifted put adjourned "
    "deferred switched bumped".split()))


def _dated(word: str) -> bool:
    """A day's number or a month, as a period's other end is written."""
    return word.isdigit() or when.month_of(word) is not None


def same_day(qa: Quantity, qb: Quantity, sa: Statement, sb: Statement, shared: frozenset[str],
             sole: Callable[[], bool]) -> bool:
    """Whether two dates (or two weekdays) two statements give are one event's day, by the
    clause around each: what happened on it (`shared`: the stems they share there; `sole`:
    whether each is the only date its articles give)."""
    if qa.topic == "weekday":  # a story of days: a follow-up ('a vigil on Friday'), a
        # plan ('will vote on Tuesday'); only sentences much alike tell of one event
        return (len(shared) >= 2 or len(sa.names & sb.names) >= 2) and \
            likeness(sa, sb) >= WEEKDAY_LIKENESS and \
            not (_PLANNED.search(sa.text) or _PLANNED.search(sb.text))
    # (one word will do when each article gives no other date, the story's one, with a
    # name the sentences share, and neither is a deadline or a birth: 'have until April
    # 30 to apply', 'was born on March 9'; or in sentences much alike: 'is expected to
    # reopen to traffic on March 14' / 'will reopen on March 21, nearly five months
    # after a barge slammed into one of its piers')
    if _bounded_date(qa, sa) != _bounded_date(qb, sb) and not _one_end(qa, sa, qb, sb):
        return False  # a deadline or a birth against the day something happened
    if _two_steps(qa, sa, qb, sb):
        return False  # 'was arrested on May 2' / 'was charged on May 4'
    if qa.sort == qb.sort == "weekday" and likeness(sa, sb) < WEEKDAY_LIKENESS:
        return False  # 'reopen Monday, Jan. 8' / 'close for the holiday Friday, Dec. 22':
        # a story of days, each told by its weekday, unless the sentences are much alike
    one = bool(shared - month_stems())
    twins = 0 if when.SERIES.search(sa.text) or when.SERIES.search(sb.text) else \
        _other_values_alike(sa, sb)  # not 'A second band of snow …'
    return len(shared - month_stems()) >= 2 or twins >= 2 or (one and twins > 0) or (
        one and bool(sa.names & sb.names) and not _bounded_date(qa, sa) and sole()) or (
        one and likeness(sa, sb) >= ALIKE) or (
        len(sa.names & sb.names) >= 2 and (bool(shared) or related(sa, sb)))
