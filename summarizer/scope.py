"""Over what a count runs (pure; read by `align`): whether it counts those who did not do
something ('Two board members … didn't sign'), and whether it counts over one day ('killed
Wednesday', 'since midnight') or over a long period ('since the offensive began', 'in the
war'). Counts that differ in either are two attributes, not two values of one."""

from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from . import textutil as tu
from .quantity import Quantity

_DENIAL_REACH = 15  # words after a count within which a negation turns what it did


def denied(q: Quantity, sentence: str) -> bool:
    """Whether the sentence says those it counts did not do something ('Two board members,
    … , didn't sign'): a count of those who did not and a count of those who did are two
    attributes, not two values. A negation before the figure ('would not have begun three
    years ago') says nothing of what is counted."""
    if q.topic in {"date", "time", "age"} or q.topic.startswith("grade:"):
        return False
    return _negated_after(q.span, sentence)


_TURNS = frozenset({"but", "though", "although", "while", "whereas", "yet", "however"})


@lru_cache(maxsize=1 << 14)  # each count meets many others of its topic
def _negated_after(span: str, sentence: str) -> bool:
    """A negation after `span`, before a clause that turns to something else ('arrested 12
    people but did not charge them')."""
    at = sentence.find(span)
    after = tu.tokens(sentence[at + len(span) :])[:_DENIAL_REACH] if at >= 0 else []
    for word in after:
        if word.casefold() in _TURNS:
            return False
        if cues.negates(word):
            return True
    return False


_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = re.compile(rf"\b(?:since midnight|overnight|today|yesterday|tonight|in the (?:past|last) "
                  rf"24 hours)\b|(?:\bon|ed) {_WEEKDAY}\b", re.IGNORECASE)
_PERIOD = re.compile(r"\b(?:since (?:the|its|their) (?:\w+ ){1,2}(?:began|started)|over the "
                     r"(?:past|last) (?:\w+ )?(?:days|weeks|months|years)|so far|to date|in "
                     r"total|war|offensive|operation|campaign|conflict)\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def over(text: str) -> str:
    """Over what time a sentence counts: one day ('killed Wednesday', 'since midnight'), a
    long period ('since the offensive began', 'over the past three weeks', 'in the war'), or
    it does not say (nor when it names both: 'killed 15 on Monday, the war's worst day'). A
    day's count and a period's total are two attributes."""
    day, period = bool(_DAY.search(text)), bool(_PERIOD.search(text))
    return "" if day == period else "day" if day else "period"
