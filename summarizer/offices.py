"""A person's office and party as outlets write them around the name (pure; read by `align`):
'Interior Minister Lena Brandt' / 'Justice Minister Lena Brandt', 'Republican state Sen. Doug
Pell' / 'State Sen. Doug Pell, a Democrat'.

Both are disagreements only where they can be told soundly. One person: the same full name
(two words or more; 'Smith' alone may be the coach or the player). Two offices of one kind:
an office that has portfolios (PORTFOLIO_OFFICES: a minister, a secretary) with another
portfolio before it ('Interior' / 'Justice' Minister), never two kinds of office ('Senator' /
'Governor': people move from one to the other), nor a place, people or party before an office
('Texas' / 'Republican' Governor: no portfolio). Never where one outlet gives the person both
offices or both parties ('the interior ministry' writes the interior minister's office), nor
where any outlet calls one of them former ('former Interior Minister Lena Brandt'), nor where
a statement naming the person tells of a move ('moved Lena Brandt to justice', 'appointed',
'reshuffle'): people change jobs, and parties.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from . import spelling
from . import textutil as tu

# words for an office held by one person, as written before the name ('Sen.', 'Minister')
OFFICES = frozenset("""
minister secretary senator sen governor gov mayor president chancellor premier representative
rep congressman congresswoman judge justice chief director commissioner ambassador speaker
chairman chairwoman chair coach sheriff attorney general gen admiral colonel col captain capt
lieutenant lt sergeant sgt spokesman spokeswoman spokesperson treasurer councillor councilman
councilwoman alderman prosecutor inspector superintendent executive officer administrator mp
mep mla msp
""".split())
# the offices that have portfolios, and the portfolios: a word before any other office is a
# place, a people or a party ('Texas Governor', 'Republican Senator'), and even before these
# only a portfolio ('Interior', 'Defence') makes the office another one ('British Foreign
# Secretary', 'Israeli Minister' are no portfolio's)
PORTFOLIO_OFFICES = frozenset({"minister", "secretary", "commissioner"})
PORTFOLIOS = frozenset("""
interior justice foreign home defence defense finance health education transport
transportation energy labour labor agriculture environment trade culture treasury commerce
economy economic economics industry immigration housing tourism sport sports communications
science technology digital security homeland veterans welfare employment works infrastructure
development war navy army fisheries forestry mines mining water police family families women
youth children social pensions tax budget planning petroleum oil power land lands regional
affairs relations intelligence information media heritage arts climate resources aviation
legal cabinet
""".split())
# a statement naming the person that tells of a move from one office to another
_MOVE = re.compile(r"\b(?:moved|moves|named|appointed|appoints|promoted|demoted|reshuffled?|"
                   r"replaced|replaces|sworn\s+in|nominated|succeeded|succeeds|took\s+over|"
                   r"shifted|swapped)\b", re.IGNORECASE)
# the office a department names ('the interior ministry', 'the Department of Justice')
_DEPARTMENTS = ("ministry", "department")
# words that make an office another one of its kind, not a portfolio: a deputy minister is no
# minister, an acting or former one no longer (or not yet) holds it
_RANKS = frozenset("""
deputy assistant acting interim former vice associate senior junior shadow ex outgoing
incoming then first lady special principal chief general state lieutenant
""".split())
# what a sentence calls an office or party that a person held before ('former Interior
# Minister', 'ex-Interior Minister', 'a former Democrat')
_BEFORE_WORDS = ("former", "ex", "then", "onetime", "previous", "outgoing", "erstwhile")
_BEFORE = rf"(?:{'|'.join(_BEFORE_WORDS)}|one-time)[\s-]+"
_MAX_VALUES = 8  # offices or parties of one person beyond which they are no dispute over one
_PARTIES = {"democrat": "Democratic", "democratic": "Democratic", "d": "Democratic",
            "republican": "Republican", "gop": "Republican", "r": "Republican",
            "labour": "Labour", "conservative": "Conservative", "tory": "Conservative"}
_PARTY_WORD = r"(Democrat(?:ic)?|Republican|GOP|Labour|Conservative|Tory)"
_SWITCH = re.compile(rf"\b{_BEFORE}{_PARTY_WORD}|\b(?:left|quit|switched|joined|defected)\b",
                     re.IGNORECASE)  # a party switch in a sentence naming the person
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
    """(full name keys and office, portfolio, the words from the portfolio on) of each run
    naming an office with a portfolio before a full name: ('lena', 'brandt', 'minister'),
    'Interior', 'Interior Minister Lena Brandt'."""
    for run in runs:
        n = title_length(run)
        name = tuple(tu.key(w) for w in run[n:])
        if n < 2 or len(name) < 2 or tu.key(run[n - 1]) not in PORTFOLIO_OFFICES:
            continue
        portfolio = run[n - 2]
        if tu.key(portfolio) in PORTFOLIOS and not any(tu.key(w) in _RANKS for w in run[: n - 2]):
            yield (*name, tu.key(run[n - 1])), portfolio, " ".join(run[n - 2 :])


def title_links(texts: Sequence[str], sources: Sequence[Sequence[str]],
                runs: Sequence[Sequence[tuple[str, ...]]]) -> list[Found]:
    """Statements of different sources giving one person (a full name) two portfolios of one
    office ('Interior' / 'Justice' Minister), which no source writes both of, no statement
    calls former and no statement naming the person tells a move of."""
    given: dict[tuple[str, ...], list[tuple[int, str, str]]] = {}
    for n, statement_runs in enumerate(runs):
        for person, portfolio, words in _offices(statement_runs):
            given.setdefault(person, []).append((n, spelling.folded(portfolio), words))
    written = _Bigrams(texts, sources)
    naming = _Naming(texts)

    def guard(person: tuple[str, ...], words: Sequence[str]) -> bool:
        return written.both_or_former([" ".join(w.split()[:2]) for w in words]) or any(
            _MOVE.search(texts[n]) for n in naming.of(person[-2]))
    return _disputes(given, sources, lambda person: f"office of {' '.join(person[:-1])}", guard)


def _disputes(given: dict[tuple[str, ...], list[tuple[int, str, str]]],
              sources: Sequence[Sequence[str]], topic: Callable[[tuple[str, ...]], str],
              guard: Callable[[tuple[str, ...], Sequence[str]], bool]) -> list[Found]:
    """Each person's values (statement, value, words) two by two, those `guard` passes linked
    once for each statement stating them, so that every source joins its side (never all
    pairs of statements); a person given more than _MAX_VALUES values is passed over."""
    found = []
    for person, entries in given.items():
        by_value: dict[str, list[tuple[int, str]]] = {}
        for n, value, words in entries:
            by_value.setdefault(value, []).append((n, words))
        if not 1 < len(by_value) <= _MAX_VALUES:
            continue
        for k, (va, xs) in enumerate(by_value.items()):
            for vb, ys in list(by_value.items())[k + 1 :]:
                if guard(person, (xs[0][1], ys[0][1])):
                    continue
                for (a, wa), (b, wb) in [(x, ys[0]) for x in xs] + [(xs[0], y) for y in ys[1:]]:
                    if not set(sources[a]) & set(sources[b]):
                        found.append(Found(topic(person), (va, wa), (vb, wb), a, b))
    return found


class _Bigrams:
    """The pairs of words each source writes (casefolded), read once and only if asked: which
    offices ('interior minister') it names, and which it calls former."""

    def __init__(self, texts: Sequence[str], sources: Sequence[Sequence[str]]) -> None:
        self._texts, self._sources = texts, sources
        self._by_source: dict[str, set[tuple[str, str]]] | None = None
        self._former: set[tuple[str, str]] = set()

    def _read(self) -> dict[str, set[tuple[str, str]]]:
        if self._by_source is None:
            self._by_source = {}
            for text, its in zip(self._texts, self._sources, strict=True):
                words = [w.casefold() for w in tu.tokens(text)]
                pairs = set(pairwise(words)) | _departments(words)
                for source in its:
                    self._by_source.setdefault(source, set()).update(pairs)
                self._former.update((b, c) for a, b, c in zip(words, words[1:], words[2:],
                                                              strict=False) if a in _BEFORE_WORDS)
        return self._by_source

    def both_or_former(self, titles: Sequence[str]) -> bool:
        """One source writes both offices (of anyone: 'she was interior minister until May'
        need not name her), or a statement calls one of them former."""
        by_source = self._read()
        pairs = [tuple(t.casefold().split()[:2]) for t in titles]
        return any(p in self._former for p in pairs) or any(
            all(p in written for p in pairs) for written in by_source.values())


def _departments(words: Sequence[str]) -> set[tuple[str, str]]:
    """The offices that the departments named in `words` write: 'interior ministry' and
    'ministry of the interior' are the interior minister's (and secretary's) office."""
    found: set[tuple[str, str]] = set()
    for k, word in enumerate(words):
        if word not in _DEPARTMENTS:
            continue
        portfolios = list(words[k - 1 : k]) if k else []
        if words[k + 1 : k + 2] == ["of"]:
            portfolios += [w for w in words[k + 2 : k + 4] if w != "the"][:1]
        found.update((p, office) for p in portfolios for office in PORTFOLIO_OFFICES)
    return found


class _Naming:
    """Which statements name each word (keyed), read once and only if asked."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._naming: dict[str, list[int]] = {}

    def of(self, key: str) -> list[int]:
        if not self._naming:
            for n, text in enumerate(self._texts):
                for k in set(tu.keys(text)):
                    self._naming.setdefault(k, []).append(n)
        return self._naming.get(key, [])


def party_links(texts: Sequence[str], sources: Sequence[Sequence[str]]) -> list[Found]:
    """Statements of different sources giving one person (a full name) two parties:
    'Republican state Sen. Doug Pell' / 'State Sen. Doug Pell, a Democrat,' or '(D-Ohio)'."""
    given: dict[tuple[str, ...], list[tuple[int, str, str]]] = {}
    for n, text in enumerate(texts):
        for name, party, words in _parties(text):
            given.setdefault(name, []).append((n, party.casefold(), words))
    naming = _Naming(texts)  # surname -> the statements naming it

    def guard(name: tuple[str, ...], _: Sequence[str]) -> bool:
        its = naming.of(name[-1])
        return _party_both_or_former([texts[n] for n in its], [sources[n] for n in its], name)
    return _disputes(given, sources, lambda name: f"party of {' '.join(name)}", guard)


def _parties(text: str) -> Iterator[tuple[tuple[str, ...], str, str]]:
    """(full name keys, party, words) of each person `text` gives a party."""
    for m in _PARTY_BEFORE.finditer(text):
        between = [tu.key(w) for w in m.group(2).split()]
        if between[:1] in (["minister"], ["secretary"]) and m.group(1) == "Labour":
            continue  # a portfolio: 'Labour Minister Lena Brandt' may be a Conservative
        if all(w in OFFICES | {"state", "u.s"} for w in between):
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
                          name: tuple[str, ...]) -> bool:
    """One source gives the person two parties, or a statement naming the person (`texts`
    are those naming the surname) has a party switch in it ('a former Democrat', 'left the
    Republican Party')."""
    said: dict[str, set[str]] = {}
    for text, its in zip(texts, sources, strict=True):
        if _SWITCH.search(text):
            return True
        for found, party, _ in _parties(text):
            if found == name:
                for source in its:
                    said.setdefault(source, set()).add(party)
    return any(len(held) > 1 for held in said.values())
