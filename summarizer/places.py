"""Streets a sentence sets something on (pure; read by `statements` before `quantity`'s
figures): "burst under Elm Street", "a crash on Kingsley Street", "broke beneath Oak Avenue".
Read as `value.Quantity`s, topic 'street', the street's name as its value: two outlets setting
one event on two streets disagree. Only a street after a word saying where (on, under,
beneath, along, at, in) is read: "near the junction with Park Lane" names another street the
event was not on.
"""

from __future__ import annotations

from . import textutil as tu
from .quantity import anchors
from .value import Quantity

_WHERE = frozenset({"on", "under", "beneath", "along", "at", "in", "onto", "off"})
# a street's last word, and the full word of each short form
_STREETS = {"street": "street", "st": "street", "avenue": "avenue", "ave": "avenue",
            "road": "road", "rd": "road", "lane": "lane", "drive": "drive", "boulevard":
            "boulevard", "blvd": "boulevard", "way": "way", "court": "court", "highway":
            "highway", "parkway": "parkway", "terrace": "terrace", "crescent": "crescent"}
MAX_WORDS = 4  # of a street's name, its last word included


def at(text: str, spans: list[tuple[int, int]], toks: list[str],
       i: int) -> tuple[int, Quantity | None] | None:
    """The street that starts at token i and the index after it; None when none does."""
    if i == 0 or toks[i - 1].casefold() not in _WHERE or not tu.is_name(toks[i]):
        return None
    j = i
    while j < len(toks) and j - i < MAX_WORDS and toks[j][:1].isupper():
        if toks[j].casefold().rstrip(".") in _STREETS and j > i:
            name = [t.casefold() for t in toks[i:j]] + [_STREETS[toks[j].casefold().rstrip(".")]]
            return j + 1, Quantity("street", 0.0, 0.0, " ".join(name),
                                   text[spans[i][0] : spans[j][1]],
                                   anchors(text, spans, toks, i, j + 1, "street", window=8,
                                           names=False))
        j += 1
    return None
