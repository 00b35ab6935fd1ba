"""An age a sentence states (pure): "64-year-old", "Harlan, 64,", "who was 84", "died aged
72", "at the age of 72", "She was 89.", and whose it is, by the name run beside it. `quantity`
reads every other count and amount; an unnamed age's person is `ages`'s to find.
"""

from __future__ import annotations

import re

from . import textutil as tu
from .figures import gap, shown
from .textutil import CLAUSE_END
from .value import Quantity


def age_at(text: str, spans: list[tuple[int, int]], toks: list[str], i: int, j: int,
            value: float) -> tuple[int, Quantity] | None:
    """An age, the number at token i (read up to token j): "64-year-old", "64 years old",
    "Harlan, 64,"; None when the number is no age."""
    if j < len(toks) and (toks[j].casefold() in {"year-old", "years-old"} or (
            toks[j].casefold() == "years" and j + 1 < len(toks) and toks[j + 1] == "old")):
        end = j + (2 if toks[j].casefold() == "years" else 1)
        return end, Quantity("age", value, value, shown(value),
                             text[spans[i][0] : spans[end - 1][1]],
                             _named_after(text, spans, toks, end) or
                             _whose(text, spans, toks, i, -1) or _apposed(text, spans, toks, i))
    if i > 0 and tu.is_name(toks[i - 1]) and gap(text, spans, i - 1) == ", " and \
            gap(text, spans, i).startswith(",") and 0 < value < 120:
        return i + 1, Quantity("age", value, value, shown(value),
                               text[spans[i - 1][0] : spans[i][1]],
                               _whose(text, spans, toks, i, -1))
    if 0 < value < 120 and j == i + 1 and (
            gap(text, spans, i)[:1] in {",", ".", ";"} or j == len(toks)) and \
            i >= 2 and toks[i - 1].casefold() in {"was", "is"}:
        # 'Mr Pennick, who was 84, was mayor'; 'She was 89.' (whose: told by `ages`)
        who = toks[i - 2].casefold()
        if who == "who" and i >= 3 and gap(text, spans, i - 3) == ", " and \
                tu.is_name(toks[i - 3]):
            return j, Quantity("age", value, value, shown(value),
                               text[spans[i - 3][0] : spans[i][1]],
                               _whose(text, spans, toks, i - 2, -1))
        if who in {"he", "she"} and i == 2:
            return j, Quantity("age", value, value, shown(value),
                               text[spans[0][0] : spans[i][1]], frozenset())
    return None


# what may stand between a name opening a sentence and the age it died at: an aside
# (', who twice served as mayor,'), the death, and where or when ('at his home', 'Sunday')
_DIED = re.compile(r"(?:,\s+[^,]*,)?\s+(?:has\s+|had\s+)?(?:died|dies)\s+"
                   r"(?:(?:at|in)\s+(?:his|her|their|a|the)\s+\w+\s+)?"
                   r"(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                   r"\s+)?", re.IGNORECASE)
_DEATH = frozenset({"died", "dies"})


def aged_at(text: str, spans: list[tuple[int, int]], toks: list[str], i: int, j: int,
             value: float) -> tuple[int, Quantity] | None:
    """An age a word leads: "died aged 72", "Dunmore, aged 72,", "at age 72", "at the age of
    72"; whose it is, the name just before (", aged") or the full name the sentence opens
    with when the age is the one it died at."""
    before = [t.casefold() for t in toks[max(0, i - 3) : i]]
    died_at = before[-1:] == ["at"] and bool(_DEATH & set(before[:-1])) and (
        j >= len(toks) or not toks[j][:1].isalpha())  # 'died Sunday at 87.'
    if not (before[-1:] == ["aged"] or before[-2:] == ["at", "age"] or died_at
            or before[-3:] == ["the", "age", "of"]) or not 0 < value < 120 or \
            (j < len(toks) and toks[j].casefold() in {"to", "and", "or", "through"}):
        return None  # no age of one person: 'children aged 5 to 11'
    lead = i - (1 if before[-1] in {"aged", "at"} else 2 if before[-1] == "age" else 3)
    whose = _whose(text, spans, toks, lead, -1) if lead > 0 and \
        gap(text, spans, lead - 1) == ", " else frozenset()
    if not whose and len(toks) > 1 and tu.is_name(toks[0]) and tu.is_name(toks[1]):
        opening = _whose(text, spans, toks, 0, 1)  # a full name opening the sentence, when
        # it is who died at that age: 'Harold Dunmore, who …, has died aged 72' (not 'Mary
        # Collins said her father died at the age of 80', 'Tom Reyes, whose wife died aged 61')
        between = text[spans[len(opening) - 1][1] : spans[lead][0]]
        if _DIED.fullmatch(between):
            whose = opening
    if not whose:  # 'mourning Tamás Veregi, who died on Thursday aged 89'
        who = next((k for k in range(lead - 1, 1, -1) if toks[k].casefold() == "who"), 0)
        if who and gap(text, spans, who - 1) == ", " and tu.is_name(toks[who - 1]) and \
                _DIED.fullmatch(text[spans[who][1] : spans[lead][0]]):
            named = _whose(text, spans, toks, who, -1)
            first = who - len(named)  # the only name before it, and not someone's relative:
            # not 'killed Ben Ortiz, the son of former mayor Luis Ortiz, who died … aged 17'
            if not any(tu.is_name(tok) for tok in toks[1:first]) and \
                    "of" not in (tok.casefold() for tok in toks[max(0, first - 4) : first]):
                whose = named
    return j, Quantity("age", value, value, shown(value), text[spans[lead][0] : spans[j - 1][1]],
                       whose)


# a word for a person after a place's name: 'a 19-year-old Harbor Point man'
_FROM_PLACE = frozenset("""man woman men women boy girl boys girls resident residents native
student teenager teen mother father grandmother grandfather driver retiree veteran worker
teacher nurse officer motorist cyclist pedestrian couple firefighter deputy trooper pastor
priest player striker coach soldier pilot doctor lawyer farmer mayor councilman councilwoman
businessman businesswoman""".split())


def _named_after(text: str, spans: list[tuple[int, int]], toks: list[str],
                 at: int) -> frozenset[str]:
    """The name run after an age ('the 64-year-old Harlan'), unless a word for a person
    follows it, at most three words in lower case on: then it says where the person is from
    ('a 19-year-old Harbor Point man', 'a 30-year-old Springfield police officer')."""
    run = _whose(text, spans, toks, at, 1)
    after = at + len(run)
    for tok in toks[after : after + 3]:  # 'a 30-year-old Springfield police officer'
        if not tok[:1].islower():
            break
        if tok.casefold() in _FROM_PLACE:
            return frozenset()
    return run


def _apposed(text: str, spans: list[tuple[int, int]], toks: list[str],
             i: int) -> frozenset[str]:
    """The name an age's apposition follows when the name opens its clause: 'Gregor
    Ashby-Lund, the 57-year-old head of …' is Gregor Ashby-Lund's age."""
    if i >= 2 and toks[i - 1].casefold() in {"the", "a"} and gap(text, spans, i - 2) == ", ":
        whose = _whose(text, spans, toks, i - 1, -1)
        first = i - 1 - len(whose)  # the name must open its sentence or clause: not 'According
        # to police chief Dan Ortiz, the 23-year-old suspect …'
        if first == 0 or (first > 0 and CLAUSE_END.search(gap(text, spans, first - 1))):
            return whose
    return frozenset()


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
