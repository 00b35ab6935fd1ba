"""A person's office and party as outlets write them around the name (pure; read by `align`):
'Interior Minister Lena Brandt' / 'Justice Minister Lena Brandt', 'Republican state Sen. Doug
Pell' / 'State Sen. Doug Pell, a Democrat'.

Both are disagreements only where they can be told soundly. One person: the same full name
(two words or more; 'Smith' alone may be the coach or the player). Two offices of one kind:
the same office word with another portfolio before it ('Interior' / 'Justice' Minister), never
two kinds of office ('Senator' / 'Governor': people move from one to the other). Never where
one outlet gives the person both offices or both parties, nor where any outlet calls one of
them former ('former Interior Minister Lena Brandt': people change jobs, and parties).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from . import spelling
from . import textutil as tu

# words for an office held by one person, as written before the name ('Sen.', 'Minister')
OFFICES = frozenset("""
minister secretary senator sen governor gov mayor president chancellor premier representative
rep congressman congresswoman judge justice chief director commissioner ambassador speaker
chairman chairwoman chair coach sheriff attorney general gen admiral colonel col captain capt
lieutenant lt sergeant sgt spokesman spokeswoman spokesperson treasurer councillor councilman
councilwoman alderman prosecutor inspector superintendent executive officer administrator
""".split())
# words that make an office another one of its kind, not a portfolio: a deputy minister is no
# minister, an acting or former one no longer (or not yet) holds it
_RANKS = frozenset("""
deputy assistant acting interim former vice associate senior junior shadow ex outgoing
incoming then first lady special principal chief general state lieutenant
""".split())
# what a sentence calls an office that a person held before ('former Interior Minister')
_BEFORE = r"(?:former|ex|then|onetime|one-time|previous|outgoing|erstwhile)[\s-]+"
_PARTIES = {"democrat": "Democratic", "democratic": "Democratic", "d": "Democratic",
            "republican": "Republican", "gop": "Republican", "r": "Republican",
            "labour": "Labour", "conservative": "Conservative", "tory": "Conservative"}
_PARTY_WORD = r"(Democrat(?:ic)?|Republican|GOP|Labour|Conservative|Tory)"
_NAME = r"((?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+)"  # two to four capitalised words
_BETWEEN = r"((?:(?:[Ss]tate|U\.S\.|[A-Z][a-z]*\.?)\s+){0,3})"  # 'state Sen.', 'U.S. Rep.'
_PARTY_BEFORE = re.compile(rf"(?<![\w-])(?<!former )(?<!Former )(?<!ex-){_PARTY_WORD}\s+"
                           rf"{_BETWEEN}{_NAME}")
_PARTY_AFTER = re.compile(rf"{_NAME}(?:,\s+an?\s+{_PARTY_WORD}(?![\w-])"
                          rf"|,?\s+\(([DR])-[A-Z][\w.]*\)|,\s+([DR])-[A-Z][\w.]*,)")


@dataclass(frozen=True)
class Found:
    """What two statements (numbered a, b) give one person differently: (value, words)."""

    topic: str
    left: tuple[str, str]
    right: tuple[str, str]
    a: int
    b: int


def title_length(run: tuple[str, ...]) -> int:
    """How many words of a run of capitalised words are the office before a name: up to its
    last office word followed by a name ('Interior Minister' of 'Interior Minister Lena
    Brandt'); 0 when there is none."""
    last = max((n for n, w in enumerate(run[:-1]) if w.casefold() in OFFICES), default=-1)
    return last + 1


def _offices(runs: Sequence[tuple[str, ...]]) -> Iterator[tuple[tuple[str, ...], str, str]]:
    """(full name keys, portfolio, office and name as written) of each run naming an office
    with a portfolio before a full name: ('lena', 'brandt'), 'Interior', 'Interior Minister
    Lena Brandt'."""
    for run in runs:
        n = title_length(run)
        name = tuple(tu.key(w) for w in run[n:])
        if n < 2 or len(name) < 2:
            continue
        portfolio = run[n - 2]
        if tu.key(portfolio) not in _RANKS and not any(tu.key(w) in _RANKS for w in run[: n - 2]):
            yield (*name, tu.key(run[n - 1])), portfolio, " ".join(run[n - 2 :])


def title_links(texts: Sequence[str], sources: Sequence[Sequence[str]],
                runs: Sequence[Sequence[tuple[str, ...]]]) -> list[Found]:
    """Statements of different sources giving one person (a full name) two portfolios of one
    office ('Interior' / 'Justice' Minister), which no source gives both and no statement
    calls former."""
    given: dict[tuple[str, ...], list[tuple[int, str, str]]] = {}
    for n, statement_runs in enumerate(runs):
        for person, portfolio, words in _offices(statement_runs):
            given.setdefault(person, []).append((n, portfolio, words))
    found = []
    for person, entries in given.items():
        name = person[:-1]  # the office ends the key
        for k, (a, pa, wa) in enumerate(entries):
            for b, pb, wb in entries[k + 1 :]:
                if set(sources[a]) & set(sources[b]) or spelling.folded(pa) == spelling.folded(pb):
                    continue
                titles = [" ".join(w.split()[:2]) for w in (wa, wb)]  # 'Interior Minister'
                if not _both_or_former(texts, sources, titles):
                    found.append(Found(f"office of {' '.join(name)}", (tu.key(pa), wa),
                                       (tu.key(pb), wb), a, b))
    return found


def _both_or_former(texts: Sequence[str], sources: Sequence[Sequence[str]],
                    titles: Sequence[str]) -> bool:
    """One source writes both offices (of anyone: 'She was interior minister until May' need
    not name her), or a statement calls one of them a former one."""
    said: dict[str, set[int]] = {}
    for text, its in zip(texts, sources, strict=True):
        low = text.casefold()
        for n, title in enumerate(titles):
            if re.search(rf"\b{re.escape(title.casefold())}\b", low):
                if re.search(rf"\b{_BEFORE}{re.escape(title.casefold())}\b", low):
                    return True
                for source in its:
                    said.setdefault(source, set()).add(n)
    return any(len(held) > 1 for held in said.values())


def party_links(texts: Sequence[str], sources: Sequence[Sequence[str]]) -> list[Found]:
    """Statements of different sources giving one person (a full name) two parties:
    'Republican state Sen. Doug Pell' / 'State Sen. Doug Pell, a Democrat,' or '(D-Ohio)'."""
    given: dict[tuple[str, ...], list[tuple[int, str, str]]] = {}
    for n, text in enumerate(texts):
        for name, party, words in _parties(text):
            given.setdefault(name, []).append((n, party, words))
    found = []
    for name, entries in given.items():
        for k, (a, pa, wa) in enumerate(entries):
            for b, pb, wb in entries[k + 1 :]:
                if pa == pb or set(sources[a]) & set(sources[b]) or _party_both_or_former(
                        texts, sources, name, (pa, pb)):
                    continue
                found.append(Found(f"party of {' '.join(name)}", (pa.casefold(), wa),
                                   (pb.casefold(), wb), a, b))
    return found


def _parties(text: str) -> Iterator[tuple[tuple[str, ...], str, str]]:
    """(full name keys, party, words) of each person `text` gives a party."""
    for m in _PARTY_BEFORE.finditer(text):
        if all(tu.key(w) in OFFICES | {"state", "u.s"} for w in m.group(2).split()):
            yield from _person(m.group(3), m.group(1), m.group(0))
    for m in _PARTY_AFTER.finditer(text):
        yield from _person(m.group(1), m.group(2) or m.group(3) or m.group(4), m.group(0))


def _person(name: str, party: str, words: str) -> Iterator[tuple[tuple[str, ...], str, str]]:
    """The full name after any office before it ('Minister Lena Brandt' -> 'Lena Brandt')."""
    run = tuple(name.split())
    keys = tuple(tu.key(w) for w in run[title_length(run):])
    if len(keys) >= 2:
        yield keys, _PARTIES[party.casefold()], words


def _party_both_or_former(texts: Sequence[str], sources: Sequence[Sequence[str]],
                          name: tuple[str, ...], parties: Sequence[str]) -> bool:
    """One source gives the person two parties, or a statement naming them has a party
    switch in it ('a former Democrat', 'left the Republican Party')."""
    said: dict[str, set[str]] = {}
    for text, its in zip(texts, sources, strict=True):
        if name[-1] not in tu.keys(text):
            continue
        if re.search(rf"\b{_BEFORE}{_PARTY_WORD}|\b(?:left|quit|switched|joined|defected)\b",
                     text, re.IGNORECASE):
            return True
        for found, party, _ in _parties(text):
            if found == name and party in parties:
                for source in its:
                    said.setdefault(source, set()).add(party)
    return any(len(held) > 1 for held in said.values())
