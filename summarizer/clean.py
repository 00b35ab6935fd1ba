"""Cleaning scraped article text into paragraphs of evidence (pure: no IO).

What real scraped news carries and what happens to it:
mojibake ("Â", "â€™")            -> repaired with ftfy, stray "Â" residue removed
markdown links and images          -> link text kept, images dropped; a line that is only
                                      a link is remembered as the article's source link
"Loading...", share widgets, photo
credits, donation and subscription
appeals, copyright footers         -> removed, each with its reason (kept for outlet hints)
lines that are not sentences, and
short unquoted questions alone     -> headings: a title candidate, never evidence
("*DEVELOPING*", subheads, "What happens next?")
datelines ("NEW YORK (Reuters) —") -> stripped from the text, outlet remembered
hard-wrapped paragraphs            -> joined back into one paragraph
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import ftfy

_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\((\S+?)(?:\s+\"[^\"]*\")?\)")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_LINK_LINE = re.compile(r"^[ \t]*(?:\[[^\]\n]*\]\((\S+?)\)|<?(https?://\S+?)>?)[ \t]*$",
                        re.MULTILINE)
_MOJIBAKE_RESIDUE = re.compile(r"Â(?=\s|$)")
_BULLET = re.compile(r"^\s*(?:[•·▪◦*+\-–]\s+)+")
_EMPHASIS = re.compile(r"^\s*([*_]{1,3})(.+?)\1\s*$")
_TERMINAL = re.compile(r"[.!?…](?:[\"'”’»)\]]*)$")
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
                  r"|copy link|pinterest)[\s|·,/]*){1,10}$"),
        ("photo credit", r"\b(photo|image|picture)s?\s*(credit\w*|by)?\s*:\s|^\W*(photo|image) "
                         r"credit|\bcredit:\s|\((getty images|ap photo)\b"
                         r"|\b(reuters|afp|ap|getty)/\w"
                         r"|getty images( file)?\W*$"),
        # a footer, not a sentence about copyright: "Copyright 2025 …", "© …"
        ("copyright", r"^\W*(copyright|©)|(copyright|©)\s*(©\s*)?(\d{4}|\(c\))"
                      r"|all rights reserved|may not be (published|reproduced"
                      r"|redistributed)|this material may not"),
        ("timestamp", r"^\W*(updated|published|last updated|posted)( at| on)?\b.{0,40}$"),
        # an appeal to the reader, not news about donations or subscriptions
        ("appeal", r"independent journalism|make a contribution|contribute as little as"
                   r"|\bdonate (now|today|here|to (us|our))|\b(your|a one-off|a monthly) "
                   r"donation|become a (member|subscriber|supporter|champion)"
                   r"|we need your (help|support)|with your support"
                   r"|support (us|our (journalism|work|reporting|newsroom))\b"
                   r"|subscribe (to our|now|for|today)|sign up (for|to) our|our newsletter"),
        ("app prompt", r"for the best experience|download (our|the) app|open in (the )?app"
                       r"|mobile browser|click here|tap here"),
        ("syndication note", r"^\W*(this (article|story) )?(was )?(originally|first) "
                             r"(published|appeared) (on|in|at)\b"),
        # text addressed to an AI reading the page, not to readers: a prompt injection
        ("injected instructions",
         r"\b(ignore|disregard|forget) (all |any )?(of )?(the |your )?(previous|prior|above"
         r"|earlier|preceding) (instructions|prompts?|rules)\b"
         r"|\b(note|message|instructions?) (to|for) (all )?(the )?(ai|llm|language model"
         r"|assistant|chatbot|summari[sz](er|ing tool))s?\b"
         r"|\b(ai|llm) (summari[sz]ers?|assistants?|models?)[,:] (please )?(ignore|state|say"
         r"|write|report)\b"),
        ("punctuation", r"^[\W_]*$"),
    ]
]


@dataclass
class CleanDoc:
    """An article's text after cleaning, and what was taken out of it."""

    title: str | None
    paragraphs: list[str]
    headings: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    source_links: list[str] = field(default_factory=list)
    dateline_outlet: str | None = None


def fix_text(text: str) -> str:
    """Repair mojibake and stray encoding residue; keep typographic quotes as they are."""
    text = ftfy.fix_text(text, uncurl_quotes=False, fix_latin_ligatures=False)
    return _MOJIBAKE_RESIDUE.sub("", text).replace("\u00a0", " ")


def clean_text(text: str) -> CleanDoc:
    """Split raw article text into evidence paragraphs, headings and removed boilerplate."""
    doc = CleanDoc(title=None, paragraphs=[])
    text = _strip_markdown(fix_text(text), doc)
    for block in _blocks(text):
        _classify(block, doc)
    return doc


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
    """Paragraphs: one per line, except hard-wrapped blocks, which are joined."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        unterminated = sum(1 for ln in lines[:-1] if not _TERMINAL.search(ln))
        if len(lines) >= 3 and unterminated >= 0.6 * (len(lines) - 1):
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


def _classify(line: str, doc: CleanDoc) -> None:
    for reason, pattern in _BOILERPLATE:
        if pattern.search(line):
            doc.removed.append((line, reason))
            return
    line = _BULLET.sub("", line).strip()
    emphasis = _EMPHASIS.match(line)
    if emphasis or not _TERMINAL.search(line) or (
            _QUESTION_HEAD.match(line) and len(line.split()) <= 12):
        heading = emphasis.group(2).strip() if emphasis else line
        doc.headings.append(heading)
        if doc.title is None and not doc.paragraphs and len(heading.split()) >= 4:
            doc.title = heading
        return
    doc.paragraphs.append(_strip_dateline(line, doc))


def _strip_dateline(line: str, doc: CleanDoc) -> str:
    if doc.paragraphs:
        return line
    match = _DATELINE.match(line)
    if not match or len(match.group(0)) > 50:
        return line
    if match.group("agency"):
        doc.dateline_outlet = match.group("agency").strip()
    return line[match.end() :]
