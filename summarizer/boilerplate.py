"""What boilerplate sentences look like in scraped news: the rules `clean` applies to each
sentence, each with the reason `-v` prints. Patterns are written for the kind of thing (a
player widget, a wire desk's credit, a donation appeal, a copyright footer), never for one
outlet's or one article's wording.

- `sentence_reason`: a widget, credit, appeal or footer costs its own sentence.
- `note_on_text`: an editor's note or a correction, which cleaning keeps (it may hold the
  corrected fact) but which is no news of its own: a copy that adds one is still a copy.

What costs a whole line (captions, promos, sign-up forms, OCR noise) is `line_boilerplate`'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .alternation import Rule, lowered

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


@lru_cache(maxsize=4096)  # `clean` asks again for a line that is one sentence
def sentence_reason(text: str) -> str | None:
    """The reason this sentence is boilerplate, or None."""
    low = lowered(text)
    return next((rule.reason for rule in SENTENCE_RULES if rule.search(text, low)), None)


SENTENCE_RULES = [Rule.of(reason, pattern) for reason, pattern in _SENTENCE_PATTERNS]


# "Editor's note: …", "Correction: An earlier version of this story misstated …", "This
# article was updated to show …"
_NOTE_ON_TEXT = re.compile(
    r"^\W*(editor['’]?s['’]?\s+note|correction|clarification|update)\s*:"
    r"|\b(earlier|previous|original|prior) version of this (story|article|report|post|piece)\b"
    r"|\bthis (story|article|report|post|piece) (has been|was) (updated|corrected|amended"
    r"|clarified)\b", re.IGNORECASE)


def note_on_text(sentence: str) -> bool:
    """Whether `sentence` is a note on the text itself (an editor's note, a correction), not
    news: what a copy of an article may add and still be a copy (`dedupe`)."""
    return bool(_NOTE_ON_TEXT.search(sentence))
