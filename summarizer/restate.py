"""Restatement: whether another outlet's passage states all of one claim in words of its own
(pure), what citation credits an outlet for.

Outlets word one fact their own way: "Twelve residents were rescued by firefighters from the
burning apartments on Linden Street" states all of "Firefighters rescued 12 residents from the
burning Linden Street apartments". A passage (one sentence, or two adjacent ones) restates a
claim when it holds every number (spelled out or in figures) and every name of it, nearly all
of its content words by key or Snowball stem (RESTATED of them, weighted by rarity), its
quotations verbatim, and swaps no name around its verb (`verify.check_claim`, held to the
passage alone). A passage lacking a detail of the claim does not restate it: a wrong citation
is worse than a missing one.

Who told it is not part of the fact when the claim names no one ("Police say ...", ",
officials said."): an outlet may report the fact without saying who told it. A quotation is
the quoted words and the names of who said them, not where or to whom they were said ('"…,"
Groven told the crowd at the opening'). A named speaker stays: "Trump said ..." is restated
only by a passage that names Trump.
"""

from __future__ import annotations

import re

from . import cues
from . import textutil as tu
from .verify import check_claim

RESTATED = 0.9  # the weighted share of a claim's words another outlet's passage must hold: an
# outlet credited for words of its own is credited only when they say nearly all of the claim

# who says it, when no one is named: the fact is what they say, which an outlet may report
# without saying who told it ('Police say paramedics found him' / 'Paramedics found him')
_SPEAKER = (r"(?:police|(?:\w+ )?officials|authorities|investigators|prosecutors|detectives|"
            r"officers|witnesses|researchers|scientists|astronomers|experts|analysts|doctors|"
            r"sources|reports|(?:a|the) (?:spokes(?:man|woman|person)|report|statement))")
_SAYS = r"(?:say|says|said|reported|report|reports)"
_SAID_FIRST = re.compile(rf"^(?:the |local |federal )?{_SPEAKER} {_SAYS}(?: that)? ",
                         re.IGNORECASE)
_SAID_LAST = re.compile(rf", (?:the |local |federal )?{_SPEAKER} {_SAYS}(?: on)?"
                        r"(?: (?:mon|tues|wednes|thurs|fri|satur|sun)day)?(?=[.!]?$)",
                        re.IGNORECASE)


# a quotation, then who said it and where or to whom: '"…," Groven told the crowd at the opening.'
_QUOTE_FIRST = re.compile(r"^(?P<quote>[“\"][^“”\"]{12,}[”\"]),? (?P<tail>[^“”\"]+)$")
# ... whose tail is an attribution: a verb of saying within its first words ('Groven told',
# 'said Mayor Ana Ruiz', 'the mayor added'), not more of the claim ('"The Flight Crew" is ...')
_SAYING = re.compile(rf"^(?:\S+ ){{0,5}}?(?:{'|'.join(sorted(cues.SAYING))})\b")


def unattributed(text: str) -> str:
    """What other outlets must state to restate `text`: without an attribution to speakers it
    does not name ('Police say ...', ', officials said.'), and of a quotation followed by
    its attribution, the quotation and the names of that attribution ('"…," Groven told the
    crowd at the opening.' -> '"…" Groven'), not the words of where or to whom it was said.
    A named speaker stays ('Trump said ...'): who said it is part of the claim."""
    text = text.strip()
    quoted = _QUOTE_FIRST.match(text)
    if quoted and _SAYING.match(quoted["tail"]):
        toks = tu.tokens(quoted["tail"])
        names = [t for t in toks if tu.is_name(t)]
        return f"{quoted['quote']} {' '.join(names)}" if names else text
    return _SAID_LAST.sub("", _SAID_FIRST.sub("", text, count=1), count=1)


# a condition a clause holds under: ", unless the talks resume", "if the bill passes", "only if",
# "provided that", "as long as" ("asked if", "as if" and "even if" ask or concede, not limit)
_CONDITION = re.compile(r"\b(?:(?P<if>if)(?!\s+(?:not|any|ever|so|anything)\b)|unless|"
                        r"provided that|providing that|as long as|so long as|on condition that)"
                        r"\b", re.IGNORECASE)
# an 'if' after these opens a question ('to determine if it was arson'), or a concession
_ASKING = frozenset("""ask asked asks asking wonder wondered wonders unclear clear sure see
determine determined know known knows check checked decide decided tell told learn find found
establish whether as even""".split())
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


def restates(claim: str, passage: str) -> bool:
    """Whether `passage` (one outlet's sentence, or two adjacent ones) states all of `claim` in
    words of its own: every number and name, nearly all its content words (RESTATED, weighted
    by rarity, matched by key or stem), its quotations verbatim, with no name swapped around
    its verb or negation turned (`verify.check_claim`, held to the passage alone); an
    attribution to unnamed speakers aside (`unattributed`). A passage that lacks a detail of
    the claim does not restate it, nor one that states it only under a condition the claim
    lacks (`_conditional`)."""
    return _states(claim, passage) and not _conditional(claim, passage)


def _states(claim: str, passage: str) -> bool:
    return not check_claim(unattributed(claim), [passage], coverage=RESTATED, synthesis=None)


def _conditional(claim: str, passage: str) -> bool:
    """Whether `passage` states `claim`, which holds no condition, only under one: the
    sentence of it that states the claim holds a condition ("The strike will go ahead on
    Monday, unless the talks resume" states "The strike will go ahead on Monday." only if
    the talks do not resume)."""
    if _condition(claim):
        return False
    sentences = _SENTENCE_END.split(passage)
    plain = " ".join(s for s in sentences if not _condition(s))
    return len(plain) < len(" ".join(sentences)) and not (plain and _states(claim, plain))


def _condition(text: str) -> bool:
    """Whether `text` states something under a condition: an 'if' that asks ('unclear if he
    would leave', 'to see if') or a set phrase ('if not more', 'if any') is none."""
    for match in _CONDITION.finditer(text):
        before = text[:match.start()].split()[-1:]
        if match["if"] and before and before[0].strip(",;:").casefold() in _ASKING:
            continue
        return True
    return False
