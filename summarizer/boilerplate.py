"""What boilerplate looks like in scraped news: the rules `clean` applies, each with the
reason `-v` prints. Patterns are written for the kind of thing (a player widget, a wire
desk's credit, a caption, a list of links to other stories, OCR noise), never for one
outlet's or one article's wording.

- `sentence_reason`: a widget, credit, appeal or footer costs its own sentence.
- `line_reason`: a caption, a promo for another story ("[Is there a Planet X?]") or OCR
  noise costs its whole line.
- `LIST_HEAD`: a "Read more:" header; the short title-like lines after it are promos.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .alternation import Rule
from .metadata import AGENCY

_SENTENCE_PATTERNS: list[tuple[str, str]] = [
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
               # a video embed's credit ("Team Coco on YouTube"), not a sentence
               # saying what is there ("A bootleg is available on YouTube.")
               r"|^\W*online\W*$|^(?!.*\b(is|are|was|were|been|available|posted"
               r"|uploaded|watched|viewed|shared|said|says)\b)[^.!?]{0,40}\bon youtube\W*$"
               r"|^\W*download (the|our) [\w ]{2,40}(brochure|app|guide|report)\W*$"
               # players and galleries: "LISTEN TO ARTICLE 4:34 SHARE THIS ARTICLE",
               # "Full Screen Autoplay Close Skip Ad", a bare "UPDATE:" marker
               r"|^\W*listen to (this )?(article|story)\b|\bshare this (article|story)\W"
               r"|\bskip ad\b|\bfull ?screen\W+autoplay\b|\bbuy photo\b"
               r"|^\W*(update[sd]?|breaking( news)?|developing( story)?)\W*$"
               # link text standing alone: "See the judges' comments about all winners."
               r"|^\W*(see|read|watch|view|check out) (all|more|the full|our|these|this"
               r"|the (photos|video|gallery|judges\W?|full|complete|entire))\b[^.!?]{0,60}"
               r"[.!?]?\W*$"
               r"|^\W*follow (us|@\w+|[\w.&' ]{1,30}?) (on (twitter|facebook|instagram|x)"
               r"|for (the latest|more|updates|breaking))\b"
               # "Like WTOP on Facebook and follow @WTOP on Twitter to …"
               r"|^\W*like (us|[\w.&'@ ]{1,30}?) on (facebook|instagram)\b"
               # a gallery's or a section's link alone: "See pictures of the flood.",
               # "See the latest news about science at example.com."
               r"|^\W*(see|view|watch|browse) (more )?(pictures|photos|images|videos?"
               r"|slideshows?|galler(y|ies)|a (gallery|slideshow))\b[^.!?]{0,60}[.!?]?\W*$"
               r"|^\W*(see|get|read|find) the latest (news|stories|headlines|updates"
               r"|coverage)\b[^!?]{0,60}[.!?]?\W*$"
               # a broadcast's promo: "Watch the report from Jo Roe on Channel 5 at 4 p.m."
               r"|^\W*(watch|see|hear) (the|our) (full )?(report|segment|broadcast|newscast"
               r"|interview) (from|by|on|at)\b(?![^!?]*\b(said|says|found|finds|showed"
               r"|shows)\b)[^!?]{0,90}$"),
    # a newsroom's note to the viewer, not news: "We are still following what the court
    # hears.", "Check back for updates." (never a quotation or a statement someone is
    # said to make: "We are following every lead," the chief said.)
    ("filler", r"^(?![\"“‘'])(?!.*\b(said|says|told|added|according to)\b)"
               r"\W*we('re| are) (still )?(following|monitoring|tracking"
               r"|working to (learn|confirm|find out|gather))\b[^\"”]{0,80}$"
               r"|^\W*(stay|check back) (with us|here|for (more|updates|the latest))\b"
               r"|^\W*(this|the) (story|article|post|page) (will be|is being|may be) "
               r"updated\b|^\W*we('ll| will) (update|have more|bring you more)\b"
               # "Watch Channel 6 News and stay with example.com for more on this story.": a
               # site, a station or a channel to stay with, told to the reader and ending
               # there (not "Evacuees were told to stay with relatives for updates.", nor
               # "Residents should stay tuned to the radio for updates, the governor said.")
               r"|^\W*((watch|listen to) [^.!?]{1,40}? and )?(stay (with|tuned to)|tune (in )?to"
               r"|follow) [\w.&'’ -]{0,30}?(\.(com|org|net|co\.uk)|\bnews|\b(tv|radio|station"
               r"|channel|network|app)s?)\b[\w.&'’ -]{0,20}? for (updates|the latest|more"
               r"( on (this|the) story)?)\W*$"),
    # an editor's note on the text itself, the whole sentence: "(This story has been updated
    # with comments from …)", "This interview has been edited for length and clarity." (not
    # news of a report or a correction: "This report was updated in 2019 to include …",
    # "This story was corrected by the Times after …", "This transcript has been edited to
    # remove the president's remarks, the whistleblower alleged.", nor a note that carries
    # a figure after its "with"/"to", which may be the only place the corrected one is: "…
    # updated to correct the number killed, which was 12, not 21."; a year is no figure)
    ("editor's note", r"^\W*this (story|article|post|page) (has been (updated|corrected)|was "
                      r"updated)(?![^!?]*\b(with|to)\b[^!?]*?\b(?!(1[5-9]|20)\d\d\b)\d)"
                      r"( (at|on) [\w:,. ]{1,40}?)?( (with|to (include|reflect|correct"
                      r"|add|clarify|remove|show|note|say|state|update|fix))\b[^!?]{0,160})?[.!?]?\W*$"
                      r"|^\W*(this|the following|the above) (interview"
                      r"|conversation|transcript|q&a|exchange) (has|have) been (edited"
                      r"|condensed|lightly edited)( and (edited|condensed))?( for (length"
                      r"|clarity|brevity|space)\b[^!?]{0,40})?[.!?]?\W*$"),
    # a video or audio player's own words: "The interactive transcript could not be loaded.",
    # "Rating is available when the video has been rented.", "Your browser does not support
    # the audio element."
    # (its phrases the whole sentence: not "Apple said this feature is not available right
    # now in the European Union.")
    ("player", r"^\W*(the )?interactive transcript could not be loaded\W*$|^\W*rating is "
               r"available when the video has been rented\W*$|^\W*this feature is not "
               r"available right now\W*$|^\W*please try again later\W*$"
               r"|\byour browser does not support (the )?(html5 )?(audio|video)\b"),
    ("photo credit", r"\b(photo|image|picture)s?\s*(credit\w*|by)?\s*:\s|^\W*(photo|image) "
                     r"credit|\bcredit:\s|\((getty images|ap photo)\b"
                     r"|\bimage (copyright|caption)\b|\bmedia caption\b"
                     r"|\b(reuters|afp|ap|getty)/\w"
                     r"|getty images( file)?\W*$|^\W*getty images\b"),
    # a caption's sentence, pointing at the picture beside it: "Police released this still
    # image of the man.", "This undated photo shows the house." (news of a release names
    # what was released without "this": "Police released an image of the man."; nor is
    # "this photo collection" a picture beside it)
    ("caption", r"\b(released|provided|distributed|issued|shared|handed out) this "
                r"((undated|still|handout|file|surveillance|security) )*(image|photo(graph)?"
                r"|picture|video still|mug ?shot),? (of|from|showing|taken|on)\b"
                r"|^\W*this ((undated|still|handout|file|surveillance|security) )*"
                r"(image|photo(graph)?|picture) (shows|was "
                r"(released|provided|taken)|released|provided|taken)\b"),
    # a footer, not a sentence about copyright: "Copyright 2025 …", "© …"
    ("copyright", r"^\W*©|(copyright|©)\s*(©\s*)?(\d{4}|\(c\))"
                  r"|all rights reserved|may not be (published|reproduced"
                  r"|redistributed)|this material may not"),
    # "Updated 2:34 PM ET", "Published: 12 March 2019", "Posted 3 hours ago"; not a
    # sentence that starts with the word ("Published aa aa aa.", "Updated figures …")
    ("timestamp", r"^\W*(last )?(updated|published|posted)(:| at| on)?\s*"
                  r"(\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
                  r"|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|today|yesterday).{0,40}$"),
    # an appeal to the reader, not news about donations or subscriptions
    ("appeal", r"independent journalism|make a contribution|contribute as little as"
               # "Subscribe to Example's free Daily newsletter.", "The most reliable politics
               # newsletter." (a newsletter's blurb, no verb)
               r"|^\W*subscribe to\b[^.!?]{0,60}\bnewsletters?\b"
               r"|^\W*(the|our|a) (?![^.!?]*\b(is|was|are|were|has|had|said|says)\b)"
               r"[\w'’ -]{0,40}\bnewsletters?\W*$"
               r"|\bdonate (now|today|here|to (us|our))|\b(your|a one-off|a monthly) "
               r"donation|become a (member|subscriber|supporter|champion)"
               r"|we need your (help|support)|with your support"
               r"|support (us|our (journalism|work|reporting|newsroom))\b"
               r"|subscribe (to our|now|for|today)|sign up (for|to) our|our newsletter"
               r"|\bsign up (here|now)\b|delivered to your inbox|\bin your inbox\b"
               r"|\bnewsletter\b.{0,60}\bsign up\b|\bsign up for \w+ (playbook|newsletter)"
               r"|\bby signing up\b|\bunsubscribe at any time\b"
               r"|\bthanks? (you )?for (subscribing|signing up)\b"
               r"|^\W*sign up for\b.{0,40}\b(e-?mails?|alerts|newsletters?)\b"),
    ("byline", r"\bcontributed (reporting )?to this (report|story)\b"
               r"|^\W*write to .{1,60}\bat\s+\S+@\S+"
               # a wire desk's credits: "— With assistance by …", "Additional reporting by"
               r"|^\W*(with (the )?assistance (by|from)|additional reporting (by|from))\b"
               r"|^\W*(reporting|writing) by .{2,80}\bediting by\b"
               r"|^\W*\S+@\S+\.\w{2,}\W*$"),
    ("app prompt", r"for the best experience|download (our|the) app|open in (the )?app"
                   r"|mobile browser|click here|tap here"),
    ("syndication note", r"^\W*(this (article|story) )?(was )?(originally|first) "
                         r"(published|appeared) (on|in|at)\b"
                         # "This is an expanded version of the review that ran in …"
                         r"|^\W*(this is )?(an? )?(expanded|updated|abridged|shorter|longer"
                         r"|earlier|edited|extended) version of (this|the) (report|story"
                         r"|article|review|column|piece|interview)\b.{0,80}\b(ran|runs"
                         r"|appeared|appears|was published|is published|will appear)\b"),
        # a web archive's notice printed where the archived page failed to load: the
    # Internet Archive's crawl notices ("… donating their crawl data to the Internet
    # Archive", "… added to the Wayback Machine after an embargo period", the "No More
    # 404" crawl's), never a sentence that reports on the archive
    ("archive notice", r"\bdonating (their|its) crawl data to the internet archive\b"
                       r"|\badded to the wayback machine after an embargo\b"
                       r"|^\W*these crawls are part of an effort to archive pages\b"
                       r"|\ba link to the version that was live when the page was "
                       r"written\b|\bthe internet archive hopes that references to "
                       r"these archived pages\b|^\W*the goal is to fix all broken links "
                       r"on the web\W*$|^\W*crawls of supported\W+no more 404\W+sites\b"
                       r"|^\W*the wayback machine\s*[-–—]\s*https?://web\.archive\.org/"),
    ("punctuation", r"^[\W_]*$"),
]


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


@lru_cache(maxsize=4096)  # `clean` asks again for a line that is one sentence
def sentence_reason(text: str) -> str | None:
    """The reason this sentence is boilerplate, or None."""
    low = text.lower() if text.isascii() else None
    return next((rule.reason for rule in SENTENCE_RULES if rule.search(text, low)), None)


SENTENCE_RULES = [Rule.of(reason, pattern) for reason, pattern in _SENTENCE_PATTERNS]


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
