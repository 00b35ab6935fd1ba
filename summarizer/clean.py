"""Cleaning scraped article text into paragraphs of evidence (pure: no IO).

What real scraped news carries and what happens to it:
mojibake ("Â", "â€™")            -> repaired with ftfy, stray "Â" residue removed
markdown links and images          -> link text kept, images dropped; a line that is only
                                      a link is remembered as the article's source link
"Loading...", share widgets, photo
credits, donation and subscription
appeals, copyright footers, text
addressed to AI systems            -> removed sentence by sentence, each with its reason (kept
                                      for outlet hints); the rest of the paragraph stays
short lines that are not sentences,
short unquoted questions alone     -> headings: a title candidate, never evidence
("*DEVELOPING*", subheads, "What happens next?"); a long line without a final stop is text
datelines ("NEW YORK (Reuters) —") -> stripped from the text, outlet remembered
a short line without a stop, three
times or more                      -> a page's running header or footer: removed
hard-wrapped paragraphs            -> joined back into one paragraph
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import ftfy

from .injection import addressed_to_ai

_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\((\S+?)(?:\s+\"[^\"]*\")?\)")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_LINK_LINE = re.compile(r"^[ \t]*(?:\[[^\]\n]*\]\((\S+?)\)|<?(https?://\S+?)>?)[ \t]*$",
                        re.MULTILINE)
_MOJIBAKE_RESIDUE = re.compile(r"Â(?=\s|$)")
_BULLET = re.compile(r"^\s*(?:[•·▪◦*+\-–]\s+)+")
_EMPHASIS = re.compile(r"^\s*([*_]{1,3})(.+?)\1\s*$")
_TERMINAL = re.compile(r"[.!?…。！？](?:[\"'”’»)\]]*)$")
HEADING_WORDS = 12  # a heading is short: a longer line without a final stop is still text
TITLE_WORDS = 24  # except a headline, before the article's first paragraph
CHARS_PER_SENTENCE = 1000  # with a sentence cap, no more text than this per sentence is read
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"'”’»)\]]*\s+")
# a short unquoted question standing alone: a subhead ("What was discussed on the call?")
_QUESTION_HEAD = re.compile(r"^[^\"“”.!?]{3,90}\?$")
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*){0,3})"
    r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z .&]{0,30})\))?\s*[—–]\s+(?=[A-Z\"“])"
)

_BOILERPLATE: list[tuple[str, re.Pattern[str]]] = [
    (reason, re.compile(pattern, re.IGNORECASE))
    for reason, pattern in [
        ("widget", r"^\W*(loading|advertisement|sponsored|read more|more details|related"
                   r"|recommended|also read|watch|listen|comments?)\W*$"),
        ("share", r"^\W*share( it| this( article| story)?| on \w+)?\W*$"),
        ("share", r"^\W*((facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit|print|telegram"
                  r"|copy link|pinterest|instagram|youtube)[\s|·,/]*){1,10}$"),
        ("widget", r"location information to your tweets|tweet location history"
                   r"|^\W*learn more\W*$|a post shared by .{0,60}\(@\w+\)"
                   r"|^\W*(related|citations?)\s*:|\badd .{1,40} as an interest\b"
                   r"|\badd interest\W*$|^\W*(see|read|check out) (the|his|her|our|[\w']+'s) "
                   r"(full|complete|entire) |^\W*(photo\s+)?advertisement\b"
                   r"|continue reading the main story|^\W*story continued below\W*$"
                   r"|^\W*read or share this story|^\W*more from [\w' ]{2,30}\W*$"
                   r"|^\W*online\W*$|\bon youtube\W*$"
                   r"|^\W*download (the|our) [\w ]{2,40}(brochure|app|guide|report)\W*$"),
        ("photo credit", r"\b(photo|image|picture)s?\s*(credit\w*|by)?\s*:\s|^\W*(photo|image) "
                         r"credit|\bcredit:\s|\((getty images|ap photo)\b"
                         r"|\bimage (copyright|caption)\b|\bmedia caption\b"
                         r"|\b(reuters|afp|ap|getty)/\w"
                         r"|getty images( file)?\W*$|^\W*getty images\b"),
        # a footer, not a sentence about copyright: "Copyright 2025 …", "© …"
        ("copyright", r"^\W*©|(copyright|©)\s*(©\s*)?(\d{4}|\(c\))"
                      r"|all rights reserved|may not be (published|reproduced"
                      r"|redistributed)|this material may not"),
        ("timestamp", r"^\W*(updated|published|last updated|posted)( at| on)?\b.{0,40}$"),
        # an appeal to the reader, not news about donations or subscriptions
        ("appeal", r"independent journalism|make a contribution|contribute as little as"
                   r"|\bdonate (now|today|here|to (us|our))|\b(your|a one-off|a monthly) "
                   r"donation|become a (member|subscriber|supporter|champion)"
                   r"|we need your (help|support)|with your support"
                   r"|support (us|our (journalism|work|reporting|newsroom))\b"
                   r"|subscribe (to our|now|for|today)|sign up (for|to) our|our newsletter"
                   r"|\bsign up (here|now)\b|delivered to your inbox|\bin your inbox\b"
                   r"|\bnewsletter\b.{0,60}\bsign up\b|\bsign up for \w+ (playbook|newsletter)"
                   r"|\bby signing up\b|\bunsubscribe at any time\b"),
        ("byline", r"\bcontributed (reporting )?to this (report|story)\b"
                   r"|^\W*write to .{1,60}\bat\s+\S+@\S+"),
        ("app prompt", r"for the best experience|download (our|the) app|open in (the )?app"
                       r"|mobile browser|click here|tap here"),
        ("syndication note", r"^\W*(this (article|story) )?(was )?(originally|first) "
                             r"(published|appeared) (on|in|at)\b"),
        ("punctuation", r"^[\W_]*$"),
    ]
]


# a caption is a whole line, whatever its sentences say: a wire photo's ("FILE - In this
# Nov. 25, 2009 file photo, …"), a picture's or a video's ("… (Photo: J. Doe, AP)",
# "Image copyright PA Image caption …", "Media playback is unsupported … Media caption …",
# "CLOSE …" before a video's blurb)
_CAPTION_LINE = re.compile(
    r"^\W*file\W+in this .{0,60}\bphoto\b|\(photo:[^)]*\)\W*$|^\W*image copyright\b"
    r"|^\W*media playback is unsupported|^CLOSE [A-Z]", re.IGNORECASE)


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
    """Repair mojibake and stray encoding residue; keep typographic quotes as they are."""
    text = ftfy.fix_text(text, uncurl_quotes=False, fix_latin_ligatures=False)
    return _MOJIBAKE_RESIDUE.sub("", text).replace("\u00a0", " ")


def clean_text(text: str, max_sentences: int | None = None) -> CleanDoc:
    """Split raw article text into evidence paragraphs, headings and removed boilerplate;
    with `max_sentences`, stop once that many are kept (`truncated` then says so), so that
    one huge article costs bounded work."""
    doc = CleanDoc(title=None, paragraphs=[])
    if max_sentences and len(text) > max_sentences * CHARS_PER_SENTENCE:
        text, doc.truncated = text[:max_sentences * CHARS_PER_SENTENCE], True
    text = _strip_markdown(fix_text(text), doc)
    furniture = _repeated(text)
    doc.removed += [(line, "repeated") for line in furniture]
    text = "\n".join("" if ln.strip() in furniture else ln for ln in text.splitlines())
    for block in _blocks(text):
        if max_sentences and doc.sentences >= max_sentences:
            doc.truncated = True
            break
        _classify(block, doc)
    return doc


def _repeated(text: str) -> list[str]:
    """Short lines without a final stop found three times or more: a page's running header
    or footer (a sentence said three times is still said)."""
    lines = Counter(ln.strip() for ln in text.splitlines() if ln.strip()
                    and len(ln.split()) <= HEADING_WORDS and not _TERMINAL.search(ln.strip()))
    return [line for line, n in lines.items() if n >= 3]  # in order of first appearance


# not "[n]o one": an editor's bracket inside a word is part of a quotation
_FOOTNOTE = re.compile(r"(?:\s?\[(?:\d{1,3}|citation needed|note \d+)\])+(?!\w)",
                       re.IGNORECASE)


def _strip_markdown(text: str, doc: CleanDoc) -> str:
    def link_line(match: re.Match[str]) -> str:
        doc.source_links.append(match.group(1) or match.group(2))
        doc.removed.append((match.group(0).strip(), "link"))
        return ""

    text = _LINK_LINE.sub(link_line, _IMAGE.sub("", text))

    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub("", text)
    # "[3]", "[12][14]", "[citation needed]": a page's own footnote markers, which in a
    # summary would pass for our citations
    text = _FOOTNOTE.sub("", text)
    return re.sub(r"^\s{0,3}#{1,6}\s+", "", text, flags=re.MULTILINE)


def _blocks(text: str) -> list[str]:
    """Paragraphs: one per line, except hard-wrapped blocks, which are joined, and a line
    that breaks off mid-sentence, which the next line continues (a scanned letter's lines,
    a blank line between each)."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        unterminated = sum(1 for ln in lines[:-1] if not _TERMINAL.search(ln))
        if len(lines) >= 3 and unterminated >= 0.6 * (len(lines) - 1):
            lines = [" ".join(lines)]
        for line in lines:
            if out and _continues(out[-1], line):
                out[-1] = f"{out[-1]} {line}"
            else:
                out.append(line)
    return out


_BREAK_OFF = re.compile(r"(?:[,(\-–—]|\b(?:the|a|an|of|to|and|or|from|in|on|at|by|for|with|"
                        r"its|their|his|her|that|which|who|is|are|was|were|be|as))$",
                        re.IGNORECASE)


def _continues(previous: str, line: str) -> bool:
    """Whether `line` carries on the sentence `previous` broke off."""
    if _TERMINAL.search(previous) or _boilerplate(previous) or _boilerplate(line):
        return False
    return bool(_BREAK_OFF.search(previous)) or line[:1].islower()


def _classify(line: str, doc: CleanDoc) -> None:
    """Boilerplate is found sentence by sentence: a credit, an appeal or an injected
    instruction costs its own sentence, never the paragraph around it."""
    if _CAPTION_LINE.search(line):
        doc.removed.append((line, "caption"))
        return
    kept = []
    for sentence in _sentences(line):
        reason = _boilerplate(sentence)
        if reason:
            doc.removed.append((sentence, reason))
        else:
            kept.append(sentence)
    if not kept:
        return
    line = _BULLET.sub("", " ".join(kept)).strip()
    emphasis = _EMPHASIS.match(line)
    words = len(line.split())
    short = words <= HEADING_WORDS or (
        words <= TITLE_WORDS and doc.title is None and not doc.paragraphs)
    if (emphasis and short) or (not _TERMINAL.search(line) and short) or (
            _QUESTION_HEAD.match(line) and short):
        heading = emphasis.group(2).strip() if emphasis else line
        doc.headings.append(heading)
        if doc.title is None and not doc.paragraphs and len(heading.split()) >= 4:
            doc.title = heading
        return
    doc.paragraphs.append(_strip_dateline(line, doc))
    doc.sentences += len(kept)


def _boilerplate(text: str) -> str | None:
    """The reason `text` is boilerplate, or None."""
    if addressed_to_ai(text):
        return "injected instructions"
    return next((reason for reason, pattern in _BOILERPLATE if pattern.search(text)), None)


def _sentences(line: str) -> list[str]:
    """`line` cut after each terminal stop (closing quotes and brackets kept with it)."""
    cut = [m.end() for m in _SENTENCE_END.finditer(line)]
    return [line[a:b].strip() for a, b in zip([0, *cut], [*cut, len(line)], strict=True)
            if line[a:b].strip()]


def _strip_dateline(line: str, doc: CleanDoc) -> str:
    if doc.paragraphs:
        return line
    match = _DATELINE.match(line)
    if not match or len(match.group(0)) > 50:
        return line
    if match.group("agency"):
        doc.dateline_outlet = match.group("agency").strip()
    return line[match.end() :]
