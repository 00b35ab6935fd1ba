"""Page residue inside a line of text, taken out span by span (pure: no IO): a page's stamps
after a headline, a live blog's time leading an entry and a credit in brackets closing it,
an embedded post's signature and links, a bare address in brackets, a gallery's widget
leading a line; and, once a paragraph is known to be no caption, a wire service's credit
closing it. Each span removed is added to `removed` with its reason, for `-v`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .metadata import AGENCY

# dates and times as a page stamps them: "Monday, June 23, 2014", "Jan. 3, 2017", "12 March
# 2019", "6/23/2014"; "11:03 PM EDT", "3:45 p.m. ET"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_DATE = (r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?(?:" + _MONTH
         + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?|\d{1,2}[ \t]+" + _MONTH
         + r",?[ \t]+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})")
_TIME = (r"\d{1,2}(?::\d{2})?[ \t]*[ap]\.?m\.?(?:[ \t]+(?:[ecmp][sd]?t|gmt|utc|bst|cest?)\b)?")
_WHEN = (rf"(?:{_DATE}|{_TIME})(?:(?:[ \t]*,[ \t]*|[ \t]+(?:at[ \t]+|on[ \t]+)?)"
         rf"(?:{_DATE}|{_TIME}))*")
# a page's stamps closing a line, after its headline: "… at hospital Posted: Monday, June 23,
# 2014 11:03 PM EDT Updated: Monday, August 18, 2014 11:03 PM EDT", "Published 3:45 p.m. ET
# Jan. 3, 2017" (the label capitalised, as a stamp prints it, so that a sentence saying when
# something was posted keeps its words: "… was posted on June 23, 2014.")
STAMPS = re.compile(
    r"(?:^|(?<=[ \t]))(?:[|·•][ \t]*)?(?-i:(?:Last [Uu]pdated|LAST UPDATED|Updated|UPDATED"
    r"|Posted|POSTED|Published|PUBLISHED|Modified))(?::|[ \t]+at|[ \t]+on)?[ \t]+" + _WHEN
    + r"(?:[ \t]*[|·•,]?[ \t]*(?-i:(?:Last [Uu]pdated|Updated|UPDATED|Posted|POSTED|Published"
    r"|PUBLISHED|Modified))(?::|[ \t]+at|[ \t]+on)?[ \t]+" + _WHEN + r")*[ \t.]*$",
    re.IGNORECASE | re.MULTILINE)
_STAMP_WORD = re.compile(r"Updated|UPDATED|Last updated|Posted|POSTED|Published|PUBLISHED"
                         r"|Modified")
# an embedded post's signature, closing its line: the post's links, then "— Display Name
# (@handle) Month D, YYYY" ("… pic.twitter.com/y7lX — CNN (@CNN) August 17, 2016")
EMBED_SIGNATURE = re.compile(
    r"(?:[ \t]*(?:(?:https?://)?pic\.twitter\.com/\w+|https?://t\.co/\w+))*"
    r"(?:^|[ \t])[—–-]{1,2}[ \t]*[^\n—–]{1,60}?[ \t]*\(@\w{1,15}\)[ \t]*(?:on[ \t]+)?" + _DATE
    + r"[ \t]*$", re.IGNORECASE | re.MULTILINE)
# an embedded post's link left in the text: "https://t.co/Ri6l5akJEC", "pic.twitter.com/y7lX"
EMBED_LINK = re.compile(r"(?:https?://)?pic\.twitter\.com/\w+|https?://t\.co/\w+",
                        re.IGNORECASE)
# a live blog's entry: the time leading it, which goes, the entry going on ("7:50 P.M. Rocket
# sirens sound …", "10:14 a.m. ET The mayor said …"; minutes required, and a capital after
# it, so that a sentence opening on a time keeps it: "9 a.m. is when the polls open."), and
# a credit in brackets closing it, which goes too: only names, each word capitalised, not an
# acronym ("… rises to eight. (Jo Roe and Sam Poe)", "… near the border (Jo Roe)", "…
# experts.(Daily News)"; "… the World Health Organization (WHO)" keeps it)
_NAME = r"[A-Z][a-z][\w'’.-]*(?:[ \t]+[A-Z][a-z][\w'’.-]*){0,3}"
LIVE_ENTRY = re.compile(
    r"^(?P<time>[ \t]*\d{1,2}:\d{2}[ \t]*[AaPp]\.?[Mm]\.?(?:[ \t]+(?:[ECMP][SD]?T|GMT|UTC|BST"
    r"|CEST?)\b)?)[ \t]+(?=[\"“‘']?[A-Z])(?P<entry>[^\n]*?)(?P<credit>[ \t]*\(" + _NAME
    + r"(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+)" + _NAME + r"){0,3}\))?[ \t]*$", re.MULTILINE)
# a wire service's credit closing a paragraph, after its last sentence's end: "… the ministry
# said. (Reuters)", "… fighting there. (AP)", "… on Monday. — Reuters" (not a sentence's own
# words: "… repeated by the agency (AFP)", "… had sued the wire service — Reuters.")
_WIRE_CREDIT = re.compile(rf"(?<=[.!?\"”’])(?:[ \t]*\({AGENCY}\)|[ \t]+[—–][ \t]*{AGENCY}\.?)"
                          r"[ \t]*$")


def strip_credit(line: str, removed: list[tuple[str, str]]) -> str:
    """`line`, a paragraph found to be no caption, without a wire service's credit closing it
    (a caption's credit is the caption's cue, so this comes after: `line_boilerplate.line_reason`);
    what went is appended to `removed`."""
    credit = _WIRE_CREDIT.search(line, max(0, len(line) - 60))  # it closes the line
    if credit is None:
        return line
    removed.append((credit.group(0).strip(), "credit"))
    return line[:credit.start()]
# a gallery's widget leading the line its text goes on in: "7 PHOTOS Officer replaces ring
# See Gallery … Up Next See Gallery Discover More Like This HIDE CAPTION SHOW CAPTION of SEE
# ALL BACK TO SLIDE A Florida police officer …" (the buttons in capitals, as the page prints)
_GALLERY = re.compile(r"^[ \t]*\d+[ \t]+PHOTOS\b[^\n]{0,400}?\bBACK TO SLIDE\b[ \t]*",
                      re.MULTILINE)
# a bare address in brackets inside a sentence: "the Star-Advertiser (http://ow.ly/uPJl4 ) said"
_BRACKETED_URL = re.compile(r"[ \t]?\([ \t]*https?://[^\s()]+[ \t]*\)")


def _embedded_posts(text: str, removed: list[tuple[str, str]]) -> str:
    """An embedded post ("Says who? https://t.co/… — CNN (@CNN) August 17, 2016"): its
    signature and links go; its text, on the signature's line or the line just before it,
    is someone else's words, whose speaker only the signature named, so it stays as a
    quotation: evidence, but, like any quotation whose sentence names no speaker, never a
    claim."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        signature = EMBED_SIGNATURE.search(line)
        if signature is None:
            continue
        removed.append((signature.group(0).strip(), "post signature"))
        lines[n] = line[:signature.start()]
        own = n if lines[n].strip() or n == 0 else n - 1
        post = EMBED_LINK.sub("", lines[own]).strip()
        if post and not (post[0] in "\"“" and post[-1] in "\"”"):
            lines[own] = f"“{_nested(post)}”"
    return "\n".join(lines)


def _nested(text: str) -> str:
    """`text`'s double quotation marks made single, as a quotation inside a quotation is
    printed: 'He said "no"' -> 'He said ‘no’'."""
    text = re.sub(r'"([^"]*)"', r"‘\1’", text)
    return text.replace("“", "‘").replace("”", "’")


def _live_entry(entry: re.Match[str], removed: list[tuple[str, str]]) -> str:
    """A live blog's entry without its time and its credit."""
    removed.append((entry.group("time").strip(), "live-blog time"))
    if entry.group("credit"):
        removed.append((entry.group("credit").strip(), "credit"))
    return entry.group("entry")


def strip_residue(text: str, removed: list[tuple[str, str]]) -> str:
    """`text` without its residue; what went is appended to `removed`."""
    def gone(reason: str) -> Callable[[re.Match[str]], str]:
        def drop(match: re.Match[str]) -> str:
            removed.append((match.group(0).strip(), reason))
            return ""
        return drop

    # each pattern is searched only where its plain text is (most articles hold none)
    low = text.lower()
    if "http" in low:
        text = _BRACKETED_URL.sub(gone("link"), text)
    if "(@" in text:
        text = _embedded_posts(text, removed)
    if "t.co/" in low or "twitter.com/" in low:
        text = EMBED_LINK.sub(gone("link"), text)
    if "BACK TO SLIDE" in text:
        text = _GALLERY.sub(gone("gallery"), text)
    if _STAMP_WORD.search(text):
        text = STAMPS.sub(gone("timestamp"), text)
    if "m." in low or "m " in low:
        text = LIVE_ENTRY.sub(lambda entry: _live_entry(entry, removed), text)
    return text
