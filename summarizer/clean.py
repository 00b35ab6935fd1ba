"""Cleaning scraped article text into paragraphs of evidence (pure: no IO).

What real scraped news carries and what happens to it:
mojibake ("Â", "â€™")            -> repaired with ftfy, stray "Â" residue removed
markdown links and images          -> link text kept, images dropped; a line that is only
                                      a link is remembered as the article's source link
a page's stamps after a headline, a
live blog's times and name credits,
an embedded post's signature and links -> removed span by span (see `residue`); the entry
                                      and the post's text stay, the post's as a quotation
"Loading...", share widgets, photo
credits, donation and subscription
appeals, copyright footers, text
addressed to AI systems            -> removed sentence by sentence, each with its reason (kept
                                      for outlet hints); the rest of the paragraph stays
short lines that are not sentences,
short unquoted questions alone     -> headings: a title candidate, never evidence
("*DEVELOPING*", subheads, "What happens next?"); a long line without a final stop is text
a scraper's second copy of a
sentence in its paragraph, glued
words and all                      -> removed (see `garbled`)
datelines ("NEW YORK (Reuters) —",
"ROTTERDAM (Reuters) -": a hyphen
only after an agency or a city in
capitals with its region, "SPOKANE,
Wash. -"; a wire
agency alone: "(CNN) The …",
"(Reuters) - …")                   -> stripped from the text, outlet remembered
a masthead glued to a line's first
sentence ("City Herald The sale …") -> stripped from the line
a running header or footer, a pull
quote, a scan's stamp              -> removed line by line (see `furniture`)
hard-wrapped paragraphs            -> joined back into one paragraph
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import ftfy

from .boilerplate import sentence_reason
from .furniture import HEADING_WORDS, TERMINAL, furniture, words
from .garbled import garbled_copies
from .injection import addressed_to_ai
from .invisible import visible
from .line_boilerplate import LIST_HEAD, line_reason, ocr_noise
from .metadata import AGENCY
from .residue import strip_credit, strip_residue

# a link's address, with any balanced parentheses in it ("…/wiki/Halley_(astronomer)")
_URL = r"(?:[^\s()]|\([^\s()]*\))+"
_LINK = re.compile(rf"(?<!!)\[([^\]\n]+)\]\(({_URL})(?:\s+\"[^\"]*\")?\)")
_IMAGE = re.compile(rf"!\[[^\]\n]*\]\({_URL}(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_LINK_LINE = re.compile(rf"^[ \t]*(?:\[[^\]\n]*\]\(({_URL})\)|<?(https?://\S+?)>?)[ \t]*$",
                        re.MULTILINE)
_MOJIBAKE_RESIDUE = re.compile(r"Â(?=\s|$)")
_BULLET = re.compile(r"^\s*(?:[•·▪◦*+\-–]\s+)+")
_EMPHASIS = re.compile(r"^\s*([*_]{1,3})(.+?)\1\s*$")
TITLE_WORDS = 24  # except a headline, before the article's first paragraph
CHARS_PER_SENTENCE = 1000  # with a sentence cap, no more text than this per sentence is read
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"'”’»)\]]*\s+")
# a short unquoted question standing alone: a subhead ("What was discussed on the call?")
_QUESTION_HEAD = re.compile(r"^[^\"“”.!?]{3,90}\?$")
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*){0,3})"
    r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z .&]{0,30})\)\s*(?:[—–]|--?)|\s*[—–])\s+(?=[A-Z\"“])"
)
# a wire agency alone, with a dash, or without one for a name of three letters or more, even
# glued to the text: "(CNN)The …" ("(PA) Residents of Scranton" may mean the state); an
# unknown word in brackets is no dateline ("(Left to right) Jo Roe, …")
# a hyphen after a city printed in capitals and its region: "SPOKANE, Wash. - …", "FORT
# WORTH, Texas - …", "NEW YORK, N.Y. - …". A region is a word in lower case after its
# capital, or letters with stops: "CIA, FBI - …", "NASA, SpaceX - …" are no dateline, nor is a
# word in capitals alone ("WASHINGTON - …" may as well be "BREAKING - …", "TWO MEN ARRESTED
# - …"), nor a span another spaced dash follows in the sentence ("UNICEF, Paris - the
# agency - said …")
_CAPITALS_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'-]{1,30}(?: [A-Z][A-Z.'-]{1,30}){0,2},[ \t]+"
    r"(?:[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?|(?:[A-Z]\.){2,3}))[ \t]+--?[ \t]+"
    r"(?=[A-Z\"“])(?![^.!?]*\s--?\s)")
_AGENCY_DATELINE = re.compile(
    rf"^\((?P<agency>{AGENCY})\)(?:\s*(?:[—–]|--?)\s*|(?<=\w\w\w\))\s*)(?=[A-Z\"“])")

@dataclass
class CleanDoc:
    """An article's text after cleaning, and what was taken out of it."""

    title: str | None
    paragraphs: list[str]
    headings: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    source_links: list[str] = field(default_factory=list)
    dateline_outlet: str | None = None
    sentences: int = 0  # roughly, in `paragraphs`
    truncated: bool = False  # cut at the sentence cap: the rest was not read


def fix_text(text: str) -> str:
    """Repair mojibake and stray encoding residue, drop the invisible characters that split
    words or turn lines around (`invisible`); keep typographic quotes as they are."""
    # CJK text keeps its full-width punctuation ("，" is not ",")
    text = ftfy.fix_text(text, uncurl_quotes=False, fix_latin_ligatures=False,
                         fix_character_width=False)
    return visible(_MOJIBAKE_RESIDUE.sub("", text).replace("\u00a0", " "))


def clean_text(text: str, max_sentences: int | None = None) -> CleanDoc:
    """Split raw article text into evidence paragraphs, headings and removed boilerplate;
    with `max_sentences`, stop once that many are kept (`truncated` then says so), so that
    one huge article costs bounded work."""
    doc = CleanDoc(title=None, paragraphs=[])
    if max_sentences and len(text) > max_sentences * CHARS_PER_SENTENCE:
        text, doc.truncated = text[:max_sentences * CHARS_PER_SENTENCE], True
    text = furniture(_strip_markdown(fix_text(text), doc), doc.removed)
    in_list = False  # after a "Read more:" header, until the next paragraph
    before_last = 0  # the headings seen before the last paragraph
    for block in _blocks(text, doc):
        if max_sentences and doc.sentences >= max_sentences:
            doc.truncated = True
            break
        if LIST_HEAD.match(block):
            in_list = True
        elif in_list and _title_like(block):
            doc.removed.append((block, "promo list"))
            continue
        else:
            in_list = False
        paragraphs = len(doc.paragraphs)
        _classify(block, doc)
        before_last = len(doc.headings) if len(doc.paragraphs) > paragraphs else before_last
    if doc.paragraphs and not doc.truncated:
        # a heading with no text after it heads nothing: a page's closing call to action
        # ("So what's next?") or a link list's label, not a subhead of the article
        doc.removed += [(h, "trailing heading") for h in doc.headings[before_last:]]
        del doc.headings[before_last:]
    return doc


def _title_like(line: str) -> bool:
    """A link's text in a list of other stories: short, no sentence stop (a question or an
    exclamation may be a headline)."""
    return words(line) <= TITLE_WORDS and not re.search(r"[.…。](?:[\"'”’»)\]]*)$", line)


# not "[n]o one": an editor's bracket inside a word is part of a quotation
_FOOTNOTE = re.compile(r"(?:\s?\[(?:\d{1,3}|citation needed|note \d+)\])+(?!\w)",
                       re.IGNORECASE)


def _strip_markdown(text: str, doc: CleanDoc) -> str:
    def link_line(match: re.Match[str]) -> str:
        doc.source_links.append(match.group(1) or match.group(2))
        doc.removed.append((match.group(0).strip(), "link"))
        return ""

    def gone(reason: str) -> Callable[[re.Match[str]], str]:
        def drop(match: re.Match[str]) -> str:
            doc.removed.append((match.group(0).strip(), reason))
            return ""
        return drop

    text = _LINK_LINE.sub(link_line, _IMAGE.sub(gone("image"), text))

    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(gone("link"), text)
    text = strip_residue(text, doc.removed)
    # "[3]", "[12][14]", "[citation needed]": a page's own footnote markers, which in a
    # summary would pass for our citations
    text = _FOOTNOTE.sub(gone("footnote marker"), text)
    return re.sub(r"^\s{0,3}#{1,6}\s+", "", text, flags=re.MULTILINE)


def _blocks(text: str, doc: CleanDoc) -> list[str]:
    """Paragraphs: one per line, except hard-wrapped blocks, which are joined, and a line
    that breaks off mid-sentence, which the next line continues (a scanned letter's lines,
    a blank line between each). A scan's noise is taken out first, so it joins nothing."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        noise = [ln for ln in lines if ocr_noise(ln)]
        doc.removed += [(ln, "OCR noise") for ln in noise]
        lines = [ln for ln in lines if ln not in noise] if noise else lines
        unterminated = sum(1 for ln in lines[:-1] if not TERMINAL.search(ln))
        if len(lines) >= 3 and unterminated >= 0.6 * (len(lines) - 1):
            lines = [functools.reduce(_joined, lines)]
        for line in lines:
            if out and _continues(out[-1], line):
                out[-1] = _joined(out[-1], line)
            else:
                out.append(line)
    return out


def _joined(line: str, after: str) -> str:
    """Two lines of one paragraph as one: a word broken at a hyphen ending the first line
    ("de-" / "bate on Monday", "well-" / "known") is joined, its hyphen kept (it may be a
    compound's)."""
    if _BROKEN_WORD.search(line) and after[:1].islower():
        return line + after
    return f"{line} {after}"


_BROKEN_WORD = re.compile(r"[^\W\d_]-$")
_BREAK_OFF = re.compile(r"(?:[,(\-–—]|\b(?:the|a|an|of|to|and|or|from|in|on|at|by|for|with|"
                        r"its|their|his|her|that|which|who|is|are|was|were|be|as))$",
                        re.IGNORECASE)


def _continues(previous: str, line: str) -> bool:
    """Whether `line` carries on the sentence `previous` broke off."""
    if TERMINAL.search(previous) or _boilerplate(previous) or _boilerplate(line):
        return False
    return bool(_BREAK_OFF.search(previous)) or line[:1].islower()


def _classify(line: str, doc: CleanDoc) -> None:
    """Boilerplate is found sentence by sentence: a credit, an appeal or an injected
    instruction costs its own sentence, never the paragraph around it."""
    whole = line_reason(line)
    if whole:
        doc.removed.append((line, whole))
        return
    line = strip_credit(line, doc.removed)
    if match := _MASTHEAD.match(line):  # after the caption rules: "View Images The …" is one
        doc.removed.append((match.group(0).strip(), "masthead"))
        line = line[match.end():]
    kept = []
    for sentence in _sentences(line):
        reason = _boilerplate(sentence)
        if reason:
            doc.removed.append((sentence, reason))
        else:
            kept.append(sentence)
    if copies := garbled_copies(kept):
        doc.removed += [(kept[n], "garbled copy") for n in sorted(copies)]
        kept = [sentence for n, sentence in enumerate(kept) if n not in copies]
    if not kept:
        return
    line = _BULLET.sub("", " ".join(kept)).strip()
    emphasis = _EMPHASIS.match(line)
    count = words(line)
    short = count <= HEADING_WORDS or (
        count <= TITLE_WORDS and doc.title is None and not doc.paragraphs)
    if (emphasis and short) or (not TERMINAL.search(line) and short) or (
            _QUESTION_HEAD.match(line) and short):
        heading = emphasis.group(2).strip() if emphasis else line
        doc.headings.append(heading)
        if doc.title is None and not doc.paragraphs and words(heading) >= 4:
            doc.title = heading
        return
    doc.paragraphs.append(_strip_dateline(line, doc))
    doc.sentences += len(kept)


def _boilerplate(text: str) -> str | None:
    """The reason `text` is boilerplate, or None."""
    if addressed_to_ai(text):
        return "injected instructions"
    return sentence_reason(text)


# a masthead's or a section's label glued to a line's first sentence: "City Herald The sale
# to …": capitalised words, then a capitalised article and a lower-case word, which no
# sentence writes (a sentence's own words are not all capitalised: "Fans of The Beatles …")
_MASTHEAD = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3}[ \t]+(?=(?:The|An?)[ \t]+[a-z])")

# a stop that ends an abbreviation or an initial, not a sentence: "the Dec. 7 issue",
# "Mr. Roe", "John F. Kennedy"
_ABBREVIATED = re.compile(r"(?:^|[\s(\"“])(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
                          r"|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Jr|Sr|No)\.$")

ABBREVIATION_SPAN = 8  # characters: the longest abbreviation, its stop and the mark before it
# "4 p.m." goes on when the next word is in lower case: "at 4 p.m. on May 4"
_CLOCK = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)


def _sentences(line: str) -> list[str]:
    """`line` cut after each terminal stop (closing quotes and brackets kept with it), but
    not after an abbreviation."""
    # each stop is looked at with the few characters before it (ABBREVIATION_SPAN), never the
    # whole line before it: a line of many sentences costs its length, not its square
    cut = [m.end() for m in _SENTENCE_END.finditer(line)
           if not _ABBREVIATED.search(line, max(0, m.start() - ABBREVIATION_SPAN), m.start())
           and not (_CLOCK.search(line, max(0, m.start() - ABBREVIATION_SPAN), m.start())
                    and line[m.end():m.end() + 1].islower())]
    return [line[a:b].strip() for a, b in zip([0, *cut], [*cut, len(line)], strict=True)
            if line[a:b].strip()]


def _strip_dateline(line: str, doc: CleanDoc) -> str:
    if doc.paragraphs:
        return line
    match = (_DATELINE.match(line) or _AGENCY_DATELINE.match(line)
             or _CAPITALS_DATELINE.match(line))
    if not match or len(match.group(0)) > 50:
        return line
    if agency := match.groupdict().get("agency"):
        doc.dateline_outlet = re.sub(r"^(?:The|THE)\s+", "", agency.strip())
    doc.removed.append((match.group(0).strip(), "dateline"))
    return line[match.end() :]
