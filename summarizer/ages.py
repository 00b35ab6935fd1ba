"""Whose age an unnamed one is (pure): "The 65-year-old has led the department since 2009" is
the age of the one person another article ages, "Walter Harlan, 64", when the sentence opens
with the age and tells of no other person, its article names that person elsewhere and ages
no one else nor tells of anyone else ("A pedestrian was struck …", "his wife", another full
name), the other article ages only that person, and the two ages are close (a
misreported age is off by a year or two; "The 30-year-old" beside "Ana Lopez, 45" is someone
else). "A 17-year-old student …" brings someone in rather than pointing back: its sentence
must also share a word with the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import textutil as tu
from . import when
from .statements import Statement
from .value import Quantity

# a sentence telling of someone besides the person it ages: 'A 19-year-old was also held'
_ANOTHER = re.compile(r"\b(?:also|too|another|other|others|second|fellow|both|two|three)\b",
                      re.IGNORECASE)
_OPENERS = frozenset({"the", "a", "an"})
_THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})
_WHERE = frozenset({"in", "at", "from", "of", "near", "outside", "across"})
_EVENTS = frozenset("""marathon race cup league championship championships games open
tournament festival stadium ground arena final""".split())
# a quotation the sentence opens with, up to the comma that closes it: what follows may open
# with the age ('"This is a football city," the 49-year-old said')
_QUOTED = re.compile(r"^\s*[\"“].*[,!?][\"”]")
_PRONOUNS = frozenset({"he", "she"})
_DEATH = frozenset({"was", "is", "died", "dies", "has", "had", "aged", "at"})
# words for a person the unnamed age could be instead (not a role the named one may hold)
_PEOPLE = frozenset("""pedestrian pedestrians passenger passengers driver motorist cyclist
rider victim victims suspect suspects wife husband widow widower partner son daughter mother
father brother sister child children boy girl man woman teenager deputy successor
predecessor friend neighbour neighbor witness colleague companion patient""".split())
# and words for someone an unnamed age told after a named person's sentence may be instead
_OTHERS = _PEOPLE | frozenset("""aide spokesman spokeswoman spokesperson relative attacker
gunman assailant manager""".split())
# words of a place's or a body's name, not a person's: 'Hillcrest High School'
_PLACES = frozenset("""school high university college hospital street road avenue lane
department police council county city town court church park station club company bank
centre center""".split())
CLOSE = 5  # years two reports of one person's age differ by at most: 64 / 65, 17 / 19
# words of a name run that is no person: a day, a month, an event or a place (`_no_one`)
_NO_PERSON = frozenset(when.WEEKDAYS) | frozenset(when.MONTHS) | _EVENTS | _PLACES


def same_person(unnamed: tuple[int, Quantity], named: tuple[int, Quantity],
                statements: Sequence[Statement]) -> bool:
    """Whether the unnamed age of statement `unnamed` is of the person statement `named`
    ages (see the module's docstring)."""
    (u, qu), (n, qn) = unnamed, named
    if abs(qu.low - qn.low) > CLOSE:
        return False  # another person's age, likelier than a misreported one
    su, sn = statements[u], statements[n]
    person = qn.anchors & sn.names
    if not person and _pointed_back(u, qu, statements, _opening_name(qn)):
        return True  # 'Daniel Kiptanui Rotich … broke the course record.' / 'The 24-year-old
        # from Kapsabet crossed the line …' / 'Rotich, 27, made his move'
    if qu.anchors or not person or person & su.names or _ANOTHER.search(su.text):
        return False
    head = [t.casefold() for t in tu.tokens(su.text[: max(su.text.find(qu.span), 0)])]
    said = head + [t.casefold() for t in tu.tokens(qu.span)][:1]
    if said[0] in _PRONOUNS and set(said[1:]) <= _DEATH:  # 'She was 89.', 'He died aged 81'
        return _told_before(statements, u, person) and _ages_only(statements, su.sources[0], qu,
                                                                   None) and \
            all(_ages_only(statements, source, qn, person) for source in sn.sources)
    if _pointed_back(u, qu, statements, person):
        return True
    if len(head) > 1 or (head and head[0] not in _OPENERS):
        return False  # the age is not what the sentence opens with: whose is unclear
    definite = bool(head) and head[0] == "the"  # one told of before: anaphora
    if not definite and not (su.stems & sn.stems) - tu.stems(qu.span) - tu.stems(qn.span) \
            - person:
        return False  # 'A 17-year-old student …' brings someone in: the same story, then
    return all(_ages_only(statements, source, qu, None) and _names(statements, source, person)
               and not _someone_else(statements, source, person) for source in su.sources) and \
        all(_ages_only(statements, source, qn, person) for source in sn.sources)


def _opening_name(q: Quantity) -> frozenset[str]:
    """The name an age follows when it opens its sentence ('Rotich, 27, made his move'): no
    `names` holds a sentence's first word."""
    first = {tu.key(w) for w in tu.tokens(q.span)[:1]}
    return q.anchors if q.anchors and first <= q.anchors and q.span[:1].isupper() else \
        frozenset()


def _pointed_back(u: int, q: Quantity, statements: Sequence[Statement],
                  person: frozenset[str]) -> bool:
    """Whether the unnamed age q, opening statement u with 'the' (or after a quotation that
    opens it: '"I have been waiting …," the 49-year-old former midfielder said'), is of
    `person`, whom the sentence before opens with: that sentence ages no one, tells of no one
    else (no second name but places, days and events: 'Smith was attacked by Jones', 'Murray
    lost to Alcaraz', 'Smith and Jones were arrested'), and the age's own sentence tells of no
    other person ('The 30-year-old driver', '"He was a lovely boy," the 45-year-old said', 'in
    connection with his death')."""
    su = statements[u]
    if not person or q.anchors or person & su.names or not _told_before(statements, u, person):
        return False
    opening = su.text[: max(su.text.find(q.span), 0)]
    quote = ""
    if (quoted := _QUOTED.search(opening)) is not None:
        opening, quote = opening[quoted.end() :], quoted.group()
    if [t.casefold() for t in tu.tokens(opening)] != ["the"]:
        return False
    rest = su.text[su.text.find(q.span) + len(q.span) :]
    told = {t.casefold() for t in tu.tokens(quote + " " + rest)}
    before = statements[u - 1]
    return not told & (_OTHERS | _THIRD_PERSON) and \
        not any(x.topic == "age" for x in before.quantities) and \
        not _ANOTHER.search(before.text) and not _ANOTHER.search(su.text) and \
        all(_no_one(before.text, run) for run in before.runs[1:])


def _no_one(text: str, run: tuple[str, ...]) -> bool:
    """Whether a name run of a sentence is no person: a day or a month, a place after 'in',
    'at', 'from', 'of' or 'near' ('at the Shymkent stadium', 'one of Kenya's'), or a name of
    several words that holds a word for a place or an event ('the Kisumu Lakeside Marathon')."""
    words = {w.casefold().removesuffix("'s").removesuffix("’s") for w in run}
    if words & _NO_PERSON:
        return True
    at = text.find(" ".join(run))
    before = [t.casefold() for t in tu.tokens(text[max(0, at - 30) : at])][-2:]
    return bool(before) and (before[-1] in _WHERE or (
        len(before) == 2 and before[1] == "the" and before[0] in _WHERE))


def _told_before(statements: Sequence[Statement], u: int, person: frozenset[str]) -> bool:
    """Whether 'she' or 'he' opening statement u is `person`: the sentence before it, of the
    same article, opens with the person's name and tells of no one else by a word for one
    ('Ingrid Vasquez-Holm, a sculptor …, has died.' / 'She was 89.'; not 'Tom Hales met his
    wife Susan in 1968.' / 'She died aged 76', nor 'Arthur Pennick's brother George …')."""
    if u == 0 or statements[u - 1].sources != statements[u].sources:
        return False
    before = statements[u - 1]
    toks = tu.tokens(before.text)
    if not before.runs or before.runs[0][0] not in toks:
        return False
    lead = toks[: toks.index(before.runs[0][0])]  # a dateline may come first: 'PINECREST -'
    return all(t.isupper() for t in lead) and bool({tu.key(w) for w in before.runs[0]} & person) \
        and not any(t.casefold() in _PEOPLE for t in toks)  # 'Tom Hales met his wife Susan'



def _ages_only(statements: Sequence[Statement], source: str, age: Quantity,
               person: frozenset[str] | None) -> bool:
    """Article `source` gives no age but this one (`person` None), or ages no one but
    `person`."""
    for st in statements:
        if source not in st.sources:
            continue
        for q in st.quantities:
            if q.topic != "age" or q == age:
                continue
            if person is None:
                if q.value != age.value:
                    return False
            elif not q.anchors & person and q.value != age.value:
                return False
    return True


def _someone_else(statements: Sequence[Statement], source: str,
                  person: frozenset[str]) -> bool:
    """Whether article `source` tells of another person the unnamed age could be: a word
    for one ('A pedestrian was struck …', 'his wife, Anne', 'His deputy, Lisa Park') or
    another full name ('board chair Alan Price'; not 'Hillcrest High School')."""
    for st in statements:
        if source not in st.sources:
            continue
        if any(w.casefold() in _PEOPLE for w in tu.tokens(st.text)):
            return True
        for run in st.runs:
            keys = {tu.key(w) for w in run}
            if len(run) >= 2 and not keys & person and not keys & _PLACES:
                return True
    return False


def _names(statements: Sequence[Statement], source: str, person: frozenset[str]) -> bool:
    return any(source in st.sources and st.names & person for st in statements)
