"""Who does what a figure counts (pure): the verb just before a value and the name that is
its subject ('Horvatova saved 11 of the 14 break points', 'The UIP won 19 seats'). Two
sentences whose values follow one verb done by two named doers give two facts, not one fact
told two ways: 'while Beltran … saved five of nine break points' / 'but Horvatova saved 11
of the 14'. `subjects` asks it of a pair of values.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import textutil as tu
from .statements import Statement
from .value import Quantity

# words between a verb and its value that say how much, not what: 'won about 40 seats'
_QUALIFIERS = re.compile(r"(?:\s+(?:about|around|roughly|nearly|almost|some|just|only|more|"
                         r"than|over|at|least|fewer|less|up|to|a|total|of|the|its|their|his|"
                         r"her))+\s*$", re.IGNORECASE)
# words between a subject and its verb: 'Labour has now won', 'the UIP also won'
_AUXILIARIES = re.compile(r"(?:\s+(?:will|would|has|have|had|is|was|were|are|be|been|also|"
                          r"still|only|then|just|now|already|finally|eventually|reportedly|"
                          r"could|may|might|can|should|must|not|never|ultimately))+\s*$",
                          re.IGNORECASE)
# where the clause that holds the verb's subject begins: a mark, or a word joining clauses
_CLAUSE_OPEN = re.compile(r"[;:()\u2014]|\s[-\u2013]\s|,\s+and\b|\b(?:while|but|whereas|"
                          r"although|though|when|after|before|because|as|if|that|which|who|"
                          r"where)\b", re.IGNORECASE)
# verbs of counting or telling: two sources counting one thing disagree ('Reuters counted 40
# bodies' / 'AFP counted 52')
_COUNTING = frozenset(tu.stem(w) for w in (
    "counted reported documented recorded estimated tallied said put listed found confirmed "
    "registered logged".split()))
_PLACED = frozenset({"in", "at", "from", "of", "near", "outside", "across", "for"})
REACH = 160  # characters before a value where its verb and the verb's subject are read
_WHOSE = re.compile(r"^\s*whose\s+\w+\s*$", re.IGNORECASE)


def doer(q: Quantity, st: Statement) -> tuple[str, frozenset[str]] | None:
    """The stem of the verb just before the value q and the keys of the name that is its
    subject: ('save', {'horvatova'}) for 'but Horvatova saved 11 of the 14 break points';
    None when no verb comes just before it or its subject is no name ('the company won',
    'which won', a sentence's first word that is named nowhere else in it)."""
    at = st.text.find(q.span)
    if at < 0:
        return None
    number = next((m for m in re.finditer(r"\S+", q.span) if tu.is_number(m.group().strip(
        ".,;:()\"'"))), None)
    if number is None:
        return None
    end = at + number.start()
    start = st.text.find(" ", end - REACH) + 1 if end > REACH else 0  # a whole word
    head = _QUALIFIERS.sub("", " " + st.text[start:end])
    share = re.search(r"(\S+)\s*$", head)
    if share and tu.is_number(share.group(1)):  # 'saved five of nine break points': the
        head = _QUALIFIERS.sub("", head[: share.start()])  # whole, after its share
    verb = re.search(r"([A-Za-z]+)\s*$", head)
    if verb is None or not verb.group(1).islower() or len(verb.group(1)) < 3 or \
            verb.group(1) in tu.STOPWORDS or tu.stem(verb.group(1)) in _COUNTING:
        return None  # 'Reuters counted 40 bodies' / 'AFP counted 52': two counts of one thing
    rest = _AUXILIARIES.sub("", head[: verb.start()])
    opened = list(_CLAUSE_OPEN.finditer(rest))
    part = rest[opened[-1].end():] if opened else rest
    if opened and opened[-1].group().casefold() in {"that", "which", "who", "where"}:
        if part.strip() or opened[-1].group().casefold() not in {"which", "who"}:
            return None  # 'the tower that will add 140 beds': the subject is a noun before it
        before = rest[: opened[-1].start()].rstrip(" ,\"'\u201d")  # 'the thriller "Blackwater
        opened = list(_CLAUSE_OPEN.finditer(before))  # Line," which won three awards'
        part = before[opened[-1].end():] if opened else before
        part = part.split(",")[-1]
    pieces = part.split(",")
    k = 0 if part.rstrip().endswith(",") else (  # 'Beltran, 29, cheered on by …, saved'
        len(pieces) - 2 if len(pieces) > 1 and _WHOSE.match(pieces[-1]) else  # 'Esther
        len(pieces) - 1)  # Molisa, whose party won six seats'
    first = not start and not opened and k == 0  # the sentence's first words
    words = tu.tokens(pieces[k])
    run: list[str] = []
    for n in range(len(words) - 1, -1, -1):
        word = words[n]
        if not word[:1].isupper() or word.casefold() in tu.STOPWORDS or tu.is_number(word) \
                or (first and n == 0 and tu.key(word) not in st.names):
            break  # the first word is capitalised, name or not: 'Buildings emitted'
        run.append(word)
    if not run or (len(words) > len(run) and words[-len(run) - 1].casefold() in _PLACED):
        return None  # 'Floods in Kenya have killed', 'the Ministry of Health reported': a
        # place or a name's own words, not the doer
    return tu.stem(verb.group(1)), frozenset(tu.key(w) for w in run)


Doer = Callable[[Quantity, Statement], "tuple[str, frozenset[str]] | None"]


def two_doers(qa: Quantity, sa: Statement, qb: Quantity, sb: Statement,
              doers: Doer | None = None) -> bool:
    """Each value follows one verb, and two names that share no word do it: 'The UIP won 19
    seats' / 'Esther Molisa, whose party won six seats'. `doers` is `doer`, or a caller's
    memo of it."""
    doers = doers or doer
    a, b = doers(qa, sa), doers(qb, sb)
    return a is not None and b is not None and a[0] == b[0] and not a[1] & b[1] and (
        _names_both(sa, a[1], b[1]) or _names_both(sb, a[1], b[1]))


def _names_both(st: Statement, one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether a sentence names both doers, so that they are two ('Horvatova hit nine aces,
    while Beltran … saved five'): two names for one doer ('Jannik Sinner' / 'the Italian',
    'the ANC' / 'the African National Congress') are never both in one sentence."""
    keys = {tu.key(t) for t in tu.tokens(st.text)}
    return bool(one & keys) and bool(other & keys)
