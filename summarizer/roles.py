"""Roles a sentence gives someone or something (pure; read by `align` and `conflicts`): a
verdict on a matter ('granted permission', 'denied bail'), a rank ('Martin Ames was the second
… identified') and the doer of a counted deed ('The army deployed 500 soldiers'). Two sources
giving one matter opposite verdicts, or one rank to different people, disagree; two counts
that two different doers did ('The navy deployed 300 soldiers') do not."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from . import cues
from . import textutil as tu
from .clauses import PAST
from .figures import gap, words
from .quantity import APPROX_WORDS, SAID

_CLAUSE = re.compile(r"[,;:()\[\]—–.!?]|\s-\s")  # between two words: a clause ends

# verdicts that cannot both be right of one thing: 'granted permission' / 'denied permission'
VERDICTS = {"grant": "yes", "approv": "yes", "accept": "yes", "allow": "yes",
             "confirm": "yes", "acquit": "cleared", "deni": "no", "reject": "no",
             "refus": "no", "declin": "no", "convict": "guilty"}
_VERDICT_REACH = 2  # words between the verdict and what it is about ("granted him bail")


def verdicts(text: str) -> list[tuple[str, str, str]]:
    """(verdict, the stem of what it is about, the words that say it) in `text`: 'granted
    permission' -> ('yes', 'permiss', 'granted permission'). A verdict turned by a negation
    ('did not deny') is not read."""
    toks = tu.tokens(text)
    found = []
    for i, tok in enumerate(toks):
        verdict = VERDICTS.get(tu.stem(tok))
        if verdict is None or not tok[:1].islower() or \
                any(cues.negates(t) for t in toks[max(0, i - 3) : i]):
            continue
        for j in range(i + 1, min(len(toks), i + 1 + _VERDICT_REACH + 1)):
            word = toks[j]  # 'granted permission', 'granted the pilot permission'
            if len(word) > 3 and word[:1].islower() and word.casefold() not in tu.STOPWORDS \
                    and not tu.is_number(word):
                found.append((verdict, tu.stem(word), " ".join(toks[i : j + 1])))
    return found


_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                       "eighth", "ninth", "tenth"})
RANK_KEYS = frozenset(tu.key(o) for o in _ORDINALS)  # how a statement's stems hold them
_IS = frozenset({"was", "is", "became", "becomes", "were"})
_RANK_REACH = 14  # words after the ordinal that say first of what


class Rank(NamedTuple):
    """'Martin Ames was the second of the victims to be identified'."""

    ordinal: str  # 'second'
    who: frozenset[str]  # the name's keys
    of: frozenset[str]  # stems of what it ranks in: 'victim', 'identifi'
    name: str  # the name as written: 'Martin Ames'


def ranks(text: str) -> list[Rank]:
    """Each rank `text` gives someone ('Martin Ames was the second of the victims to be
    identified'). What it ranks in leaves out the noun right after the ordinal: 'the first
    player drafted' and 'the first player signed' are two ranks."""
    text, spans, toks = words(text)
    found = []
    for i, tok in enumerate(toks):
        if tok.casefold() not in _ORDINALS or i < 3 or toks[i - 1].casefold() != "the" or \
                toks[i - 2].casefold() not in _IS:
            continue
        who = _holder(text, spans, toks, i - 2)
        last = i
        while last + 1 < min(len(toks), i + 1 + _RANK_REACH) and \
                not _CLAUSE.search(text[spans[last][1] : spans[last + 1][0]]):
            last += 1
        if who:
            after = [t for t in toks[i + 2 : last + 1] if not tu.is_name(t)]
            found.append(Rank(tok.casefold(), frozenset(tu.key(t) for t in who),
                              frozenset(tu.stems(" ".join(after))), " ".join(who)))
    return found


def _holder(text: str, spans: list[tuple[int, int]], toks: list[str], verb: int) -> list[str]:
    """The name whose rank the verb at token `verb` gives: right before it, or before an
    aside ('Lena Ruiz, 29, was'); an 'Eight-year-old' before the name is not part of it."""
    end = next((j for j in range(verb - 1, max(-1, verb - 7), -1) if tu.is_name(toks[j])), None)
    if end is None or (end < verb - 1 and not (
            text[spans[end][1] : spans[end + 1][0]].startswith(",")
            and "," in text[spans[verb - 1][1] : spans[verb][0]])):
        return []
    start = end
    while start > 0 and tu.is_name(toks[start - 1]) and \
            not toks[start - 1].casefold().endswith("-old"):
        start -= 1
    return toks[start : end + 1]


# doers that may stand for another ('police' / 'officers' / 'the department', 'the company' /
# 'the firm', 'the military' / 'the army', 'Moscow' / 'Russia', 'the Kremlin' / 'Russia',
# 'Britain' / 'the UK'), and
# events, causes and papers, which outlets name many ways ('the earthquake' / 'the quake', 'the
# blast' / 'the explosion', 'the bill' / 'the measure'): two of them are not known to differ
_GENERIC_DOERS = """police officials official authorities authority officers officer department
government agency administration ministry spokesman spokeswoman spokesperson source report
investigators people group company firm corporation business organization organisation team
club network military forces troops soldiers rebels militants fighters gunmen attackers man
woman suspect residents court judge jury board council committee panel state country nation
regime president leader white house kremlin pentagon washington moscow beijing kyiv kiev london
paris berlin tehran jerusalem brussels tokyo pyongyang seoul ankara damascus britain uk
england america usa
attack blast explosion bombing bomb strike airstrike raid shelling shooting fire blaze wildfire
flood floods flooding storm hurricane typhoon cyclone tornado quake earthquake tremor tsunami
eruption landslide avalanche drought heatwave rain snow winds crash collision accident
derailment collapse outbreak virus disease epidemic pandemic war violence fighting clashes
riot incident disaster study survey poll analysis data figures census audit review probe
inquiry investigation bill law measure plan deal proposal budget program programme project
order decision ruling""".split()


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return frozenset(tu.stem(w) for w in _GENERIC_DOERS)


_HAVE = frozenset({"has", "have", "had"})
_DOER_WORDS = 3  # words of a doer at most, after its 'the'


class _Doer(NamedTuple):
    verb: str  # the stem of the verb right before the count: 'deploy'
    keys: frozenset[str]  # stems of the doer's words: {'armi'}
    named: bool  # all its words capitalised ('Germany', 'President Lee', 'The Army')


def different_doers(text_a: str, span_a: str, text_b: str, span_b: str) -> frozenset[str]:
    """The count stated by `span_a` in `text_a` and the one by `span_b` in `text_b` are deeds
    of two clearly different doers of one verb, each opening the count's clause: 'The army
    deployed 500 soldiers' / 'The navy deployed 300 soldiers', 'Germany pledged $2 billion' /
    'France pledged $1 billion'. Both must be names, or both common nouns, sharing no word,
    and neither a word that may stand for the other ('Police arrested 12' / 'Officers
    arrested 15'); a passive or a count with no doer ('500 soldiers were deployed') has none,
    and is compared as before. The stems of both doers when so, else none."""
    a, b = _doer(text_a, span_a), _doer(text_b, span_b)
    if a is None or b is None or a.verb != b.verb or a.named != b.named or a.keys & b.keys:
        return frozenset()
    return a.keys | b.keys


def _doer(text: str, span: str) -> _Doer | None:
    """Who did the deed counted by `span` of `text`: the words from its clause's start to the
    verb right before the figure ('at least' and the like may stand between)."""
    text, spans, toks = words(text)
    at = text.find(span)
    figure = next((i for i, (start, _) in enumerate(spans)
                   if start >= at and tu.is_number(toks[i])), None) if at >= 0 else None
    if figure is None:
        return None
    verb = figure - 1
    while verb >= 0 and toks[verb].casefold() in APPROX_WORDS | {"at", "to"}:
        verb -= 1
    word = toks[verb].casefold() if verb >= 1 else ""
    if not (word in PAST or (word.endswith("ed") and len(word) > 4)) or \
            word in cues.SAYING or not toks[verb][:1].islower() or \
            any(tu.stem(word) in said for said in SAID.values()):
        return None  # no deed, or a toll ('killed 300 people'): one event, whoever is named
    start = verb - 1 if toks[verb - 1].casefold() in _HAVE else verb
    return _read_doer(text, spans, toks, start, tu.stem(word))


def _read_doer(text: str, spans: list[tuple[int, int]], toks: list[str], end: int,
               verb: str) -> _Doer | None:
    """The doer in tokens before `end`, back to its clause's start: one to three words, after
    an optional 'the', none a stopword, a figure or a generic doer, none possessive."""
    start = end
    while start > 0 and not _CLAUSE.search(gap(text, spans, start - 1)):
        start -= 1
    doer = toks[start:end]
    if doer and doer[0].casefold() == "the":
        doer = doer[1:]
    if not 0 < len(doer) <= _DOER_WORDS or any(
            not t.isalpha() or t.casefold() in tu.STOPWORDS or tu.stem(t) in _generic()
            for t in doer):
        return None
    return _Doer(verb, frozenset(tu.stem(t) for t in doer), all(t[:1].isupper() for t in doer))
