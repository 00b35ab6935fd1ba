"""A page's furniture, found line by line over an article's whole text (pure): a running
header or footer (a short line without a stop, three times or more), a pull quote (a line
the article prints again in full further on) and a scan's stamp or page code (a short line
splitting a sentence). Each line found is removed whole, with its reason, for `-v`.
"""

from __future__ import annotations

import re
from collections import Counter

TERMINAL = re.compile(r"[.!?…。！？](?:[\"'”’»)\]]*)$")
HEADING_WORDS = 12  # a heading is short: a longer line without a final stop is still text
# letters of scripts written without spaces between words (Han, kana, Thai, Lao, Khmer,
# Myanmar): two of them count as a word, so a paragraph in one is not taken for a heading
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff"
                       r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def furniture(text: str, removed: list[tuple[str, str]]) -> str:
    """`text` with its furniture lines blanked; what went is appended to `removed`."""
    repeated = set(_repeated(text))
    quotes = _pull_quotes([ln.strip() for ln in text.splitlines() if ln.strip()])
    gone = [(ln.strip(), "repeated") for ln in text.splitlines() if ln.strip() in repeated]
    gone += [(ln, "pull quote") for ln in sorted(quotes)]
    text = "\n".join("" if ln.strip() in repeated | quotes else ln for ln in text.splitlines())
    stamps = _stamps([ln.strip() for ln in text.splitlines() if ln.strip()])
    gone += [(ln, "page stamp") for ln in sorted(stamps)]
    removed += list(dict.fromkeys(gone))
    return "\n".join("" if ln.strip() in stamps else ln for ln in text.splitlines())


def words(line: str) -> int:
    """How many words `line` holds, roughly, whatever its script."""
    return len(line.split()) + len(_UNSPACED.findall(line)) // 2


def _repeated(text: str) -> list[str]:
    """Short lines without a final stop found three times or more: a page's running header
    or footer (a sentence said three times is still said). Lines are compared by their
    letters alone, so a scan's variant ("THE US. HOUSE" for "THE U.S. HOUSE") counts too."""
    short = [ln.strip() for ln in text.splitlines() if ln.strip()
             and words(ln) <= HEADING_WORDS and not TERMINAL.search(ln.strip())]
    keys = Counter(key for key in map(_letters, short) if key)
    return list(dict.fromkeys(ln for ln in short if keys[_letters(ln)] >= 3))


def _stamps(lines: list[str]) -> set[str]:
    """A scan's stamp or page code ("ABC-123") standing between two halves of one sentence:
    a line of three words or fewer, after a long line that breaks off without a stop and
    before a long line that goes on in lower case (a wrapped sentence never leaves so short
    a line in its middle)."""
    def long_open(line: str) -> bool:
        return len(line.split()) >= 8 and not TERMINAL.search(line)

    return {line for before, line, after in zip(lines, lines[1:], lines[2:], strict=False)
            if len(line.split()) <= 3 and not TERMINAL.search(line)
            and not line[:1].islower() and long_open(before)
            and len(after.split()) >= 8 and after[:1].islower()}


def _letters(line: str) -> str:
    return "".join(ch for ch in line.casefold() if ch.isalpha())


def _pull_quotes(lines: list[str]) -> set[str]:
    """Lines of 8 words or more said again inside a longer line further on: a pull quote,
    the page's display copy of a sentence the article goes on to print in full (the longer
    line stays; a summary at the top that a paragraph repeats is not a pull quote)."""
    def said(line: str) -> str:  # the quote may end in a stop where the sentence goes on
        return re.sub(r"[.!?…,;:]+[\"'”’]*$", "", line).casefold()

    def within(line: str, other: str) -> bool:  # from a sentence's or a quote's start
        return bool(re.search(r"(?:^|(?<=[.!?…]\s)|(?<=[\"“‘']))" + re.escape(said(line))
                              + r"(?:[.,;:!?…\"'”’)]|$)", other))

    folded = [ln.casefold() for ln in lines]
    text, starts = "\n".join(folded), [0]
    for line in folded:
        starts.append(starts[-1] + len(line) + 1)
    return {ln for n, ln in enumerate(lines) if len(ln.split()) >= 8
            and text.find(said(ln), starts[n + 1]) >= 0  # cheap: most lines are said once
            and any(within(ln, other) and ln.casefold() != other for other in folded[n + 1:])}
