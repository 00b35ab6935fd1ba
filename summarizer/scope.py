"""Over what a count runs (pure; read by `align`): whether it counts those who did not do
something ('Two board members … didn't sign'), and whether it counts over one day ('killed
Wednesday', 'since midnight') or over a long period ('since the offensive began', 'in the
war'). Counts that differ in either are two attributes, not two values of one."""

from __future__ import annotations

import re

from . import cues
from . import textutil as tu
from .value import WHEN, Quantity

_DENIAL_REACH = 15  # words after a count within which its own verb comes
# characters after a count that are read for it: far more than _DENIAL_REACH words take, and a
# bound, so a sentence of thousands of words is not split whole for each of its counts
_DENIAL_CHARS = 1000
# words that may stand between a count and the negation of its verb ('have still not')
_AUXILIARIES = frozenset("""do does did have has had is are was were be been will would shall
should can could may might must still also reportedly""".split())
# a clause that says more of the noun, not what it did ('members, who had not attended,')
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})


def denied(q: Quantity, sentence: str) -> bool:
    """Whether the sentence says those it counts did not do something ('Two board members,
    … , didn't sign'): a count of those who did not and a count of those who did are two
    attributes, not two values. Only the counted noun's own verb, right after it or after an
    aside between commas, or of a relative clause that says which are counted ('the three
    members who did not sign') is read: not a negation before the figure ('would not have
    begun three years ago'), a determiner ('without incident', 'none of them seriously'), an
    aside ('members, who had not attended, signed') nor a later clause ('but did not
    speak')."""
    if q.topic in {*WHEN, "age"} or q.topic.startswith("grade:"):
        return False
    at = sentence.find(q.span)
    if at < 0:
        return False
    read, after = 0, at + len(q.span)
    for n, part in enumerate(tu.CLAUSE_MARK.split(sentence[after : after + _DENIAL_CHARS])):
        words = tu.tokens(part)
        if read >= _DENIAL_REACH:
            return False
        if words and words[0].casefold() in _RELATIVES and n == 0:
            words = words[1:]  # it says which are counted: 'the three who did not sign'
        elif not words or words[0].casefold() in _RELATIVES:
            read += len(words)  # an aside on them: 'members, who had not attended,'
            continue
        lead = next((w for w in words if w.casefold() not in _AUXILIARIES), "")
        if cues.negates_verb(lead):
            return True
        if n == 0:
            return False  # the words right after the count hold its verb: not negated
        read += len(words)
    return False


_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = re.compile(rf"\b(?:since midnight|overnight|today|yesterday|tonight|in the (?:past|last) "
                  rf"24 hours|(?P<on>on )?(?P<weekday>{_WEEKDAY}))\b", re.IGNORECASE)
_PERIOD = re.compile(r"\b(?:since (?:the|its|their) (?:\w+ ){1,2}(?:began|started)|over the "
                     r"(?:past|last) (?:\w+ )?(?:days|weeks|months|years)|so far|to date|in "
                     r"total|war|offensive|operation|campaign|conflict)\b", re.IGNORECASE)


def over(text: str) -> str:
    """Over what time a sentence counts: one day ('killed Wednesday', 'since midnight'), a
    long period ('since the offensive began', 'over the past three weeks', 'in the war'), or
    it does not say (nor when it names both: 'killed 15 on Monday, the war's worst day'). A
    day's count and a period's total are two attributes."""
    day, period = _day(text), bool(_PERIOD.search(text))
    return "" if day == period else "day" if day else "period"


def _day(text: str) -> bool:
    """Whether the sentence counts over one day: a weekday after 'on' or a past tense
    ('killed Wednesday'), 'today', 'since midnight' …; not a day that dates a saying
    ('announced Wednesday that 1,360 have been killed', 'said today')."""
    for m in _DAY.finditer(text):
        before = text[: m.start()].split()[-1:]
        verb = before[0].strip("\"'“”‘’,").casefold() if before else ""
        if verb in cues.SAYING or (m["weekday"] and not m["on"] and not verb.endswith("ed")):
            continue
        return True
    return False
