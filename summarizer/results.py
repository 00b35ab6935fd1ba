"""Results a sentence states (pure; read by `statements` before `quantity`'s figures): a score
("beating Stanton United 3-1", "a 2–1 victory") and a finishing place ("finished third",
"crossed the line fifth", "took 2nd place"). Read as `value.Quantity`s, topic 'score' or
'place', with the words around them: two outlets giving one match two scores, or one runner
two places, disagree.
"""

from __future__ import annotations

import re

from .figures import gap
from .quantity import anchors
from .value import Quantity

# a word saying a figure pair is a result: 'won 3-1', 'a 2-1 victory', 'lost 1-0 to'
_SCORED = frozenset({"won", "win", "wins", "winning", "beat", "beats", "beating", "defeated",
                     "defeat", "defeating", "victory", "victories", "lost", "lose",
                     "loses", "losing", "loss", "drew", "draw", "tied", "tie", "score",
                     "scoreline", "final", "triumph", "thrashed", "edged", "edging", "routed",
                     "rout", "upset", "clinched", "sealed"})
_DASHES = frozenset({"-", "–", "—"})
_PAIR = re.compile(r"\d{1,3}")
ORDINALS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(),
    start=1)}
_NUMBERED = re.compile(r"(\d{1,3})(?:st|nd|rd|th)", re.IGNORECASE)
_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
# a word before a place that says it is where someone finished: 'finished third', 'came in
# second', 'crossed the line fifth', 'placed 12th'
_FINISHED = frozenset({"finished", "finishing", "finishes", "finish", "placed", "came", "line",
                       "ended", "ending", "took", "taking"})


def at(text: str, spans: list[tuple[int, int]], toks: list[str],
       i: int) -> tuple[int, Quantity | None] | None:
    """The score or finishing place that starts at token i and the index after it; None when
    it starts neither."""
    tok = toks[i]
    if _PAIR.fullmatch(tok):
        if i + 1 < len(toks) and toks[i + 1].casefold() in _SUFFIXES and not gap(text, spans, i):
            return _place_at(text, spans, toks, i, i + 2)  # '2nd', read as two tokens
        return _score_at(text, spans, toks, i)
    low = tok.casefold()
    if low in ORDINALS or _NUMBERED.fullmatch(tok):
        return _place_at(text, spans, toks, i)
    return None


def _score_at(text: str, spans: list[tuple[int, int]], toks: list[str],
              i: int) -> tuple[int, Quantity | None] | None:
    if i + 1 >= len(toks) or gap(text, spans, i).strip() not in _DASHES or \
            not _PAIR.fullmatch(toks[i + 1]) or gap(text, spans, i) != gap(text, spans, i).strip():
        return None  # '3-1' as written; '3 - 1' or '1990-95' is no score
    near = {t.casefold() for t in toks[max(0, i - 4) : i + 5]}
    if not near & _SCORED:
        return None
    high, low = sorted((int(toks[i]), int(toks[i + 1])), reverse=True)
    return i + 2, Quantity("score", float(high), float(low), f"{high}-{low}",
                           text[spans[i][0] : spans[i + 1][1]],
                           anchors(text, spans, toks, i, i + 2, "score", window=8))


def _place_at(text: str, spans: list[tuple[int, int]], toks: list[str],
              i: int, end: int = 0) -> tuple[int, Quantity | None] | None:
    """A place at tokens i to `end` - 1 (i alone when not given)."""
    end = end or i + 1
    before = [t.casefold() for t in toks[max(0, i - 3) : i]]
    after = toks[end].casefold() if end < len(toks) else ""
    if not (before[-1:] and (before[-1] in _FINISHED or
                             (before[-1] == "in" and before[-2:-1] == ["came"]))) and \
            not (after == "place" and set(before) & _FINISHED):
        return None
    low = toks[i].casefold()
    numbered = _NUMBERED.fullmatch(toks[i])
    place = ORDINALS.get(low) or int(numbered.group(1) if numbered else toks[i])
    return end, Quantity("place", float(place), float(place), str(place),
                         text[spans[i][0] : spans[end - 1][1]],
                         anchors(text, spans, toks, i, end, "place", window=8))
