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
from .statements import Statement
from .value import Quantity

# a sentence telling of someone besides the person it ages: 'A 19-year-old was also held'
_ANOTHER = re.compile(r"\b(?:also|too|another|other|others|second|fellow|both|two|three)\b",
                      re.IGNORECASE)
_OPENERS = frozenset({"the", "a", "an"})
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
# words of a place's or a body's name, not a person's: 'Hillcrest High School'
_PLACES = frozenset("""school high university college hospital street road avenue lane
department police council county city town court church park station club company bank
centre center""".split())
CLOSE = 5  # years two reports of one person's age differ by at most: 64 / 65, 17 / 19


def same_person(unnamed: tuple[int, Quantity], named: tuple[int, Quantity],
                statements: Sequence[Statement]) -> bool:
    """Whether the unnamed age of statement `unnamed` is of the person statement `named`
    ages (see the module's docstring)."""
    (u, qu), (n, qn) = unnamed, named
    if abs(qu.low - qn.low) > CLOSE:
        return False  # another person's age, likelier than a misreported one
    su, sn = statements[u], statements[n]
    person = qn.anchors & sn.names or (  # a name opening its sentence is in no `names`:
        qn.anchors if qn.anchors and {tu.key(w) for w in tu.tokens(qn.span)[:1]} <= qn.anchors
        and qn.span[:1].isupper() else frozenset())  # 'Rotich, 27, made his move'
    if qu.anchors or not person or person & su.names or _ANOTHER.search(su.text):
        return False
    opening = su.text[: max(su.text.find(qu.span), 0)]
    if (quoted := _QUOTED.search(opening)) is not None:
        opening = opening[quoted.end() :]  # '"I have been waiting …," the 49-year-old said'
    head = [t.casefold() for t in tu.tokens(opening)]
    said = head + [t.casefold() for t in tu.tokens(qu.span)][:1]
    if said[0] in _PRONOUNS and set(said[1:]) <= _DEATH:  # 'She was 89.', 'He died aged 81'
        return _told_before(statements, u, person) and _ages_only(statements, su.sources[0], qu,
                                                                   None) and \
            all(_ages_only(statements, source, qn, person) for source in sn.sources)
    if len(head) > 1 or (head and head[0] not in _OPENERS):
        return False  # the age is not what the sentence opens with: whose is unclear
    definite = bool(head) and head[0] == "the"  # one told of before: anaphora
    if definite and _told_before(statements, u, person) and not any(
            q.topic == "age" for q in statements[u - 1].quantities) and \
            not _ANOTHER.search(statements[u - 1].text):  # (not 'as was Al Roe, 30')
        return True  # 'Daniel Kiptanui Rotich … broke the course record.' / 'The 24-year-old
        # from Kapsabet crossed the line …': whoever else its article names or ages
    if not definite and not (su.stems & sn.stems) - tu.stems(qu.span) - tu.stems(qn.span) \
            - person:
        return False  # 'A 17-year-old student …' brings someone in: the same story, then
    return all(_ages_only(statements, source, qu, None) and _names(statements, source, person)
               and not _someone_else(statements, source, person) for source in su.sources) and \
        all(_ages_only(statements, source, qn, person) for source in sn.sources)


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
