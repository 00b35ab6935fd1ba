"""Characters a reader cannot see but text carries (pure): what reading drops from an
article and what may never reach a terminal.

`visible` is applied once to what is read (an article's text as cleaning normalises it, its
title, outlet, date and url): it drops the zero-width space U+200B, the word joiner U+2060,
the soft hyphen U+00AD and a byte-order mark U+FEFF inside the text, which split a word in
two for every comparison ("Fern\\u200bvale" is not "Fernvale" to dedupe or grouping), and the
bidi embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069, which reverse how
the rest of a line displays (a claim's citation markers included) and, printed unclosed,
spill into what follows. It drops the Unicode tag characters U+E0000-U+E007F too, each an
invisible copy of an ASCII character: text hidden in them is read by a model, not by a
person, so it can carry an instruction no reader or filter sees; only a flag's own tags
(after U+1F3F4, closed by U+E007F: 🏴 of Scotland) stay. Kept: the zero-width joiner and
non-joiner U+200D/U+200C (emoji sequences, Persian and Indic spelling need them) and the
left-to-right, right-to-left and Arabic letter marks U+200E/U+200F/U+061C, which only settle
the direction of the neutral characters beside them and open nothing to close.

`inert` is applied to everything printed (text, Markdown, HTML, log lines): it drops the
C0 and C1 control characters but line breaks and tabs (an escape code, ESC]0;… retitles the
window, ESC[2J clears the screen) and the bidi controls, whatever their source: a file's
name, say, is quoted in a log line as it is named.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE = "\u00ad\u200b\u2060\ufeff" + BIDI_CONTROLS
_DROP = dict.fromkeys(map(ord, INVISIBLE))
_UNPRINTABLE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}]")
_SOFT_BREAK = re.compile("\u00ad[ \t]*\r?\n[ \t]*")
_FLAG = "\U0001f3f4"  # the black flag a subdivision's tags follow
_TAGS = re.compile(f"({_FLAG}?)([\\U000e0000-\\U000e007f]+)")


def visible(text: str) -> str:
    """`text` without the invisible characters that split words, turn lines around or hide
    text from its reader."""
    if "\u00ad" in text:  # a soft hyphen ending a line joins the word it breaks: "de\u00ad\nbate"
        text = _SOFT_BREAK.sub("", text)
    text = text.translate(_DROP)
    return _TAGS.sub(_flag_tags, text) if max(text, default="") >= "\U000e0000" else text


def _flag_tags(match: re.Match[str]) -> str:
    flag, tags = match.groups()
    return match[0] if flag and tags.endswith("\U000e007f") and len(tags) <= 7 else flag


def inert(text: str) -> str:
    """`text` safe to print: no control character but line breaks and tabs, no bidi control."""
    return _UNPRINTABLE.sub("", text)
