"""What boilerplate lines look like in scraped news: the rules `clean` applies to a whole
line, whatever its sentences say, each with the reason `-v` prints. Patterns are written for
the kind of thing (a caption, a promo for another story, a list of links to other stories,
a sign-up form, OCR noise), never for one outlet's or one article's wording.

- `line_reason`: a caption, a promo for another story ("[Is there a Planet X?]"), a video
  player's list, a sign-up form, a sales pitch or OCR noise costs its whole line.
- `LIST_HEAD`: a "Read more:" header; the short title-like lines after it are promos.
"""

from __future__ import annotations

import re

from .metadata import AGENCY

# a caption is a whole line, whatever its sentences say: a wire photo's ("FILE - In this
# Nov. 25, 2009 file photo, …"), a picture's or a video's ("… (Photo: J. Doe, AP)",
# "Image copyright PA Image caption …", "Media playback is unsupported … Media caption …",
# "CLOSE …" before a video's blurb)
_CAPTION = re.compile(
    r"^\W*file\W+in this .{0,60}\bphoto\b|\(photo:[^)]*\)\W*$|^\W*image copyright\b"
    # a wire photo's, slug first: "FOR MOVEMENT FRIDAY NOV. 15 FILE - This June, 2013 photo …"
    r"|^(?-i:[A-Z0-9 .,]{0,40})(?-i:FILE)\s*[-–—]\s*(in )?this\b.{0,60}\b(photo|image)\b"
    # a gallery's button before its caption: "View Images Originally Earth and Mars …"
    r"|^\W*view (images?|photos?|gallery|slideshow)\s+(?-i:[A-Z])"
    r"|^\W*media playback is unsupported|^CLOSE [A-Z]"
    # a gallery's slide: "1 of 22 Full Screen …"
    r"|^\W*\d+ of \d+\W+(full ?screen|autoplay|photos?|images?|slides?)\b",
    re.IGNORECASE)
# a wire photo's caption, cut short before its agency's credit ("… officials said...
# (Associated Press)") or closed by the photographer's ("… at the scene. AP Photo/Jo Roe"):
# both at the line's end, so only its last TAIL characters are searched; an agency's name
# only ("… it... (Laughter)" is a speech's), the cut one in a line no longer than a caption
# (CAPTION_WORDS; a photographer's credit closes a long caption too, and no sentence)
_WIRE_PHOTO_CUT = re.compile(rf"(\.\.\.|…)\s*\({AGENCY}\)\W*$")
_WIRE_PHOTO_BY = re.compile(rf"\b{AGENCY}\s+Photo/[A-Z][\w.' -]{{1,40}}$")
TAIL = 80
CAPTION_WORDS = 60
# a video player's list of other clips, each line one clip's blurb: "EMBED More News Videos …"
_VIDEO_PROMO = re.compile(r"^\W*embed\W+(</?>\W+)?more (news )?videos\b"
                          # CNN's: "JUST WATCHED … Replay More Videos ... MUST WATCH …", in
                          # the player's own case (not a quoted post: "Just watched the
                          # replay of the final…")
                          r"|^\W*(?-i:JUST WATCHED)\b.{0,200}(?-i:\bReplay More Videos\b"
                          r"|\bMUST WATCH\b)", re.IGNORECASE)
# a newsletter's sign-up form, its blurbs and fine print run into one line: "… By clicking
# "Subscribe," you agree to … Thank You! You are now subscribed to …": two of its phrases, or
# one opening a line no longer than SIGN_UP_WORDS (a sentence about such terms is news: "The
# FTC said that by clicking “Subscribe,” you agree to recurring charges …", and so is one
# quoting them)
_SIGN_UP_FORM = re.compile(r"\bby clicking\W+(subscribe|sign up|submit|join)\W+you agree\b"
                           r"|\byou are now subscribed\b|\bwe will not share your e-?mail\b"
                           # "Invalid email address. Please re-enter. You must select a
                           # newsletter to subscribe to. Sign Up You agree to receive …"
                           r"|\binvalid e-?mail address\W+please re-?enter\b"
                           r"|\byou must select a newsletter\b",
                           re.IGNORECASE)
SIGN_UP_WORDS = 30
# one is in every branch, in any case
_SIGN_UP_CUES = ("licking", "LICKING", "ubscri", "UBSCRI", "mail", "MAIL", "ewsletter",
                  "EWSLETTER")
# a caption's cues, in a line no longer than a caption (CAPTION_WORDS; a paragraph that
# names who stood where, or ends in a bracketed credit, is still text):
_CAPTION_CUES = re.compile(
    # a credit closing the line: "(GUS RUELAS/REUTERS)", "(Photo by J. Doe for The Post)"
    # (not a web address: "(wearelumos.org/letstalklumos)")
    r"\((photo(graph)?s? ?(by|:)|(?-i:[A-Z])(?![^()\n]*\w\.(com|org|net|gov|edu|co)\b)"
    r"[^()/\n]{1,60}/)[^()\n]{2,80}\)\W*$"
    # who stands where: "X, right, and Y, left, congratulate …", "Y (center), who …"
    r"|(?-i:[A-Z][\w.'-]+),\s(far )?(left|right|center|centre),\s"
    r"|(?-i:[A-Z][\w.'-]+)\s\((far )?(left|right|center|centre|l-r|from left)\),?\s"
    r"|^\W*from left\b",
    re.IGNORECASE)


# a promo for another story, in brackets on its own line: "[Q&A: The 'Pluto Killer' …]"
_BRACKETED = re.compile(r"^\[[^\[\]]{3,200}\]$")
# the header of a list of links to other stories
LIST_HEAD = re.compile(
    r"^\W*(read more|related( stories| articles| coverage| links| content)?|see also"
    r"|more (from|on|stories|news)\b.{0,40}|recommended( for you| reading)?|also read"
    r"|you (may|might) also like|most (read|popular|viewed)|trending( now)?|further reading"
    r"|what to read next|more to read|popular (stories|now))\W*$", re.IGNORECASE)
_ENUMERATOR = re.compile(r"^\(?([0-9]{1,3}|[a-z]|[ivx]{1,4})[.):]$", re.IGNORECASE)
_ALPHA_RUN = re.compile(r"[^\W\d_]+")
# a question heading selling to the reader's business: "How can your company start …?"
_SALES_QUESTION = re.compile(r"\byour (company|business|organi[sz]ation|team|fleet|brand)\b"
                             r"[^.!]*\?$", re.IGNORECASE)


# a teaser for a column elsewhere on the site, headline and standfirst run together: "Market
# view Rates hold but for how long, writes Jane Doe." (one sentence, its writer named last)
_COLUMN_TEASER = re.compile(r"^[^.!?]{10,250}, writes [A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2}\.?$")


def line_reason(line: str) -> str | None:
    """The reason this whole line is boilerplate, whatever its sentences say, or None."""
    tail = line[-TAIL:]
    count = len(line.split())
    short = count <= CAPTION_WORDS
    if _CAPTION.search(line) or ("Photo/" in tail and _WIRE_PHOTO_BY.search(tail)) or (short and (
            _CAPTION_CUES.search(line) or (("..." in tail or "…" in tail)
                                           and _WIRE_PHOTO_CUT.search(tail)))):
        return "caption"
    if _BRACKETED.match(line) or (_COLUMN_TEASER.match(line) and len(line.split()) <= 40):
        return "promo"
    if _VIDEO_PROMO.match(line):
        return "video promo"
    if any(word in line for word in _SIGN_UP_CUES) and _sign_up_form(line, count):
        return "sign-up form"
    if _SALES_QUESTION.search(line) and len(line.split()) <= 15:
        return "call to action"
    return "OCR noise" if ocr_noise(line) else None


def _sign_up_form(line: str, count: int) -> bool:
    """Two of a sign-up form's phrases in `line`, or one opening a short line."""
    found = _SIGN_UP_FORM.finditer(line)
    first = next(found, None)
    if first is None:
        return False
    # a form opens with no quotation mark: "“By clicking Subscribe you agree …,” the
    # complaint said." is a quoted form, news
    short = count <= SIGN_UP_WORDS and not line[:first.start()].strip(" \t”’([")
    return short or next(found, None) is not None


def ocr_noise(line: str) -> bool:
    """A scanned page's noise: letters only in runs of one or two, among as many marks
    ("r; .r", "3:4 ,af- .9.-"; not "I do. So do I."), a lone letter ("I"), or a lone
    lower-case fragment with no stop ("ssnua"); a list's marker ("3)", "b.") is not noise."""
    line = line.strip()
    if not line or len(line) > 40 or _ENUMERATOR.match(line):  # noise comes in short lines
        return False
    runs = _ALPHA_RUN.findall(line)
    marks = sum(1 for ch in line if not ch.isalnum() and not ch.isspace())
    letters = sum(map(len, runs))
    if runs and max(map(len, runs)) <= 2 and marks >= max(2, letters / 2) and (
            len(runs) >= 2 or any(ch.isdigit() for ch in line)):
        return True
    if len(line) == 1 and line.isalpha():
        return True
    return len(runs) == 1 and runs[0] == line and line.islower() and len(line) <= 12
