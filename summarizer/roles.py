"""Roles a sentence gives someone or something (pure; read by `align`): a verdict on a
matter ('granted permission', 'denied bail') and a rank ('Martin Ames was the second …
identified'). Two sources giving one matter opposite verdicts, or one rank to different
people, disagree."""

from __future__ import annotations

import re
from typing import NamedTuple

from . import cues
from . import textutil as tu
from .figures import words

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
