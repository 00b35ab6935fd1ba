"""Scores a sentence states (pure; read by `statements` before `quantity`'s figures): "beating
Stanton United 3-1", "won 2-1", "a 2–1 victory". Read as `value.Quantity`s, topic 'score', the
opponent (when the sentence names one) as its sort: two outlets giving one match two scores
disagree. Only a figure pair a word of winning or losing stands beside is a score, and none of
a sentence about a season, a series, a shoot-out, a half or an earlier meeting ('The Hawks,
who are 12-3 this season', 'who lost 2-0 to Carlton in October'): those are other results.
A finishing place ('finished third') is not read: a league's place, a race's, a category's
and last year's are too often told side by side. A vote's tally ('voted 6-3', 'by a vote of 5
to 4', 'by seven votes to three') is read the same way, topic 'tally', the body that voted
as its sort.
"""

from __future__ import annotations

import re

from . import textutil as tu
from .around import anchors
from .figures import gap
from .value import TALLY, Quantity

# a word saying a figure pair is a result: 'won 3-1', 'a 2-1 victory', 'lost 1-0 to'
_SCORED = frozenset({"won", "win", "wins", "beat", "beats", "beating", "defeated", "defeat",
                     "defeating", "victory", "lost", "lose", "loses", "losing", "loss", "drew",
                     "draw", "triumph", "thrashed", "edged", "edging", "routed", "rout"})
_BEFORE_OPPONENT = frozenset({"beat", "beats", "beating", "defeated", "defeating", "thrashed",
                              "edged", "edging", "routed", "to", "against", "over"})
# a loss told before a score and its opponent: 'went down 27-22 to Dunmore', 'fell 2-1 to'
_LOST_TO = frozenset({"fell", "succumbed", "slumped", "crashed", "slipped"})
_DASHES = frozenset({"-", "–", "—"})
_FOR_AGAINST = re.compile(r"(\w+)\s+(?:[a-z]+\s+){0,2}(?:(?:(?:voting|voted)\s+)?in\s+favou?r|"
                          r"(?:voting|voted)\s+yes)\b[^.;]{0,80}?\b(?:and|to|with|while)\s+(\w+)\s+"
                          r"(?:(?:voting|voted)\s+(?:against|no)|against)\b", re.IGNORECASE)
# a vote told as some of a body for and the rest otherwise: 'Six of the nine committee members
# backed the move, while three argued …' (the two parts must make the whole)
_SOME_OF = re.compile(r"(\w+)\s+of\s+the\s+(\w+)\b[^.;]{0,60}?\b(?:backed|supported|approved|"
                      r"endorsed|favou?red|voted\s+for|voted\s+in\s+favou?r)\b[^.;]{0,80}?\b"
                      r"(?:and|while|with|but|whereas)\s+(?:the\s+(?:other|remaining)\s+)?(\w+)\s+"
                      r"(?:\w+\s+)?(?:opposed|against|dissented|rejected|objected|argued|voted\s+"
                      r"(?:against|no))\b", re.IGNORECASE)  # not 'while four abstained'
_PASSED = frozenset({"approved", "passed", "rejected", "adopted", "endorsed", "confirmed",
                     "overrode", "upheld", "overturned"})  # a body's vote, not a game's
_VOTED = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.IGNORECASE)
_PAIR = re.compile(r"\d{1,3}")
# a sentence about another result than one match's final score
_OTHER_RESULT = re.compile(
    r"\b(?:season|record|series|aggregate|penalt\w*|shoot-?out|half-?time|at the half|"
    r"at the break|overall|earlier|previous|last|meeting|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|sets?)\b", re.IGNORECASE)


def at(text: str, spans: list[tuple[int, int]], toks: list[str],
       i: int) -> tuple[int, Quantity | None] | None:
    """The score or the vote that starts at token i and the index after it; None when none
    does."""
    if (voted := _vote(text, spans, toks, i)) is not None:
        return voted
    if not _PAIR.fullmatch(toks[i]) or i + 1 >= len(toks) or \
            gap(text, spans, i) not in _DASHES or not _PAIR.fullmatch(toks[i + 1]):
        return None  # '3-1' as written; '3 - 1' or '1990-95' is no score
    if i + 2 < len(toks) and gap(text, spans, i + 1) in _DASHES:
        return i + 3, None  # '2-1-0' is a record, not a score
    before = [t.casefold() for t in toks[max(0, i - 4) : i]]
    after = toks[i + 2].casefold() if i + 2 < len(toks) else ""
    k = i - 1  # a name run before the pair: 'beating Stanton United 3-1'
    while k >= 0 and tu.is_name(toks[k]):
        k -= 1
    scored = (before[-1:] and before[-1] in _SCORED) or after in _SCORED or \
        (k < i - 1 and k >= 0 and toks[k].casefold() in _SCORED) or (
            after == "to" and _lost_to(before, toks[i + 3 : i + 5], text))
    if not scored or _OTHER_RESULT.search(text):
        return None
    opponent = tu.stem(toks[i - 1]) if k < i - 1 and k >= 0 and \
        toks[k].casefold() in _BEFORE_OPPONENT else ""
    high, low = sorted((int(toks[i]), int(toks[i + 1])), reverse=True)
    return i + 2, Quantity("score", float(high), float(low), f"{high}-{low}",
                           text[spans[i][0] : spans[i + 1][1]],
                           anchors(text, spans, toks, i, i + 2, "score", window=8),
                           sort=opponent)


_ODDS = re.compile(r"\b(?:odds|bookmakers?|prices?|betting)\b", re.IGNORECASE)


def _lost_to(before: list[str], then: list[str], text: str) -> bool:
    """Whether a figure pair followed by 'to' is a loss's score: 'went down 27-22 to
    Dunmore', 'fell 2-1 to United'; not odds that 'crashed 5-1 to 3-1'."""
    return (before[-2:] in (["went", "down"], ["go", "down"], ["goes", "down"]) or
            (before[-1:] != [] and before[-1] in _LOST_TO)) and \
        not (then[:1] and _PAIR.fullmatch(then[0])) and not _ODDS.search(text)


def _count(tok: str) -> int | None:
    """A vote count as written: '212' or 'seven' (a cardinal up to 999)."""
    if _PAIR.fullmatch(tok):
        return int(tok)
    low = tok.casefold()
    if tu.cardinal(low):
        value = tu.NUMBER_WORDS.get(low) or tu.hyphenated(low)
        return int(value) if value and value.isdigit() and int(value) < 1000 else None
    return None


def _vote(text: str, spans: list[tuple[int, int]], toks: list[str],
          i: int) -> tuple[int, Quantity] | None:
    """A vote's tally: 'voted 6-3', 'a 6-3 vote', 'by a vote of 5 to 4', 'by 5 votes to 4',
    '204 deputies voting in favour and 187 against'.
    Read as topic 'vote', the body that voted ('the board voted 6-3') as its sort: two
    outlets giving one vote two tallies disagree; a committee's and a council's are two
    votes."""
    if _count(toks[i]) is None or i + 1 >= len(toks):
        return None
    before = [t.casefold() for t in toks[max(0, i - 2) : i]]
    if (m := _FOR_AGAINST.match(text, spans[i][0])) is not None and _VOTED.search(text) \
            and _count(m.group(2)) is not None:
        # '204 deputies voting in favour and 187 against', 'Six council members voted in
        # favour of the ban … and three voted against it' (not a survey's '540 in favour')
        end = next(k for k in range(i, len(toks)) if spans[k][1] >= m.end()) + 1
        high, low = sorted((_count(m.group(1)) or 0, _count(m.group(2)) or 0), reverse=True)
        return end, Quantity(TALLY, float(high), float(low), f"{high}-{low}", m.group(0),
                             anchors(text, spans, toks, i, end, TALLY, window=8))
    if (m := _SOME_OF.match(text, spans[i][0])) is not None and (
            (some := _count(m.group(1))) and (rest := _count(m.group(3))) and
            some + rest == _count(m.group(2))):
        end = next(k for k in range(i, len(toks)) if spans[k][1] >= m.end()) + 1
        high, low = sorted((some, rest), reverse=True)
        return end, Quantity(TALLY, float(high), float(low), f"{high}-{low}", m.group(0),
                             anchors(text, spans, toks, i, end, TALLY, window=8))
    if gap(text, spans, i) in _DASHES and i + 1 < len(toks) and _PAIR.fullmatch(toks[i + 1]):
        end, other = i + 2, toks[i + 1]
        after = toks[end].casefold() if end < len(toks) else ""
        if not (before[-1:] == ["voted"] or after in {"vote", "votes", "decision", "ruling"}
                or (before[-1:] and before[-1] in _PASSED)):  # 'approved, 9-4, an ordinance'
            return None
    elif i + 2 < len(toks) and toks[i + 1].casefold() == "to" and \
            _count(toks[i + 2]) is not None and \
            (before == ["vote", "of"] or (before[-1:] == ["by"] and _VOTED.search(text))):
        end, other = i + 3, toks[i + 2]  # 'by a vote of 5 to 4', 'by 5 to 4'
    elif i + 3 < len(toks) and toks[i + 1].casefold() == "votes" and \
            toks[i + 2].casefold() == "to" and _count(toks[i + 3]) is not None:
        end, other = i + 4, toks[i + 3]  # 'by 5 votes to 4', 'by seven votes to three'
    else:
        return None
    if not _PAIR.fullmatch(toks[i]) and not _PAIR.fullmatch(other) and \
            before[-1:] != ["by"] and before != ["vote", "of"]:
        return None  # words: only after 'by' or 'a vote of' ('seven votes to three')
    high, low = sorted((_count(toks[i]) or 0, _count(other) or 0), reverse=True)
    at_voted = i - 1 if before[-1:] == ["voted"] else -1
    body = tu.stem(toks[at_voted - 1]) if at_voted >= 1 and \
        toks[at_voted - 1].casefold() not in tu.STOPWORDS else ""
    return end, Quantity(TALLY, float(high), float(low), f"{high}-{low}",
                         text[spans[i][0] : spans[end - 1][1]],
                         anchors(text, spans, toks, i, end, TALLY, window=8), sort=body)
