"""Which sentences can be claims on their own (pure). Fragments never are: questions (not a
sentence that reports one: '… his answer was “says who?”'),
cut-off captions, speaker or field labels ("MB: ..."), a review's credits ("Starring A, B
and C."), bare quotes, pronoun openers in
sentences that name no one ("He knew he had one chance"), quotations whose speaker is only a
pronoun (“… ,” he added), and sentences too short or too long to stand as one claim.
"""

from __future__ import annotations

import re

from .. import textutil as tu

MIN_WORDS, MAX_WORDS = 6, 60
# a pronoun opener (or the first person of an interview transcript) in a sentence that names
# nobody: its antecedent is not in the claim, so it is not one
_PRONOUN = re.compile(r"^(he|she|it|they|this|these|those|his|her|their|its|i|we|you|my|our|"
                      r"your)\b", re.IGNORECASE)
# a speaker's or a field's label: "MB: Eris is ...", "Robert Ricks: Yeah", "Stars: ..."
_LABEL = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}:\s")
# a credits line of a review's box, names only: "Starring Dalia Renquist, Fennick Hale, Ottoline
# Brace." (not "Starring in her first role, Renquist is superb.")
_NAME = r"[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,2}"  # up to three capitalised words
_CREDITS = re.compile(rf"^(?:Starring|Featuring|Directed by|Written by|Written and directed by|"
                      rf"Produced by|With)\s+{_NAME}(?:(?:,\s*|,?\s+and\s+|\s*&\s*){_NAME})*\.?$")
_BARE_QUOTE = re.compile(r"[“\"‘][^”\"]*[”\"’][.!?]?")
# a quotation whose speaker is only a pronoun: '"No one wants peace more," he added.'
_PRONOUN_SPEAKER = re.compile(r"[“\"‘][^”\"]*[”\"’]\s*(he|she|they|it|i|we)\s+(said|says|added|adds"
                              r"|told \w+|wrote|writes|continued|noted|explained|went on)\W*",
                              re.IGNORECASE)


_QUESTION_MARKS = ("?", "？", "؟", "⁇", "⁈", "⁉")
# words that open a question: the words before a closing quotation that start with one
# ask it too ('Did the mayor ask residents “why now?”'), as a clause after a colon does
_ASKING = re.compile(r"(?:^|:\s*)(?:who|whom|whose|what|when|where|why|how|which|is|are|was|"
                     r"were|am|do|does|did|has|have|had|can|could|will|would|shall|should|"
                     r"may|might|must|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|"
                     r"won't|can't|shouldn't|wouldn't)\b", re.IGNORECASE)
_ASKED = re.compile(r"\b(?:asked|asks|asking|wondered|wonders|questioned|said|says|wrote|"
                    r"writes|tweeted|told|titled|headlined|called|read)\b", re.IGNORECASE)


def _question(text: str) -> bool:
    """Whether `text` asks: it ends in a question mark outside a quotation; or in one whose
    words before it ask too, or are too few to report it ('“Why now?”'; 'Residents asked:
    “Why now?”' reports it). A sentence that reports a question ('… his reply was “says
    who?”') states something. Straight single quotes and nested straight quotes are
    ambiguous with apostrophes: a question."""
    end = text.rstrip().rstrip("!")
    bare = end.rstrip("”\"’'」» ")
    if not bare.rstrip("!").endswith(_QUESTION_MARKS):
        return False
    if bare == end:
        return True
    close = end[len(bare):].lstrip()[:1]
    if close == "'" or (close == '"' and end.count('"') > 2):
        return True
    head = bare[:_opening(bare, close)]
    words = head.split()
    return not words or _ASKING.search(head) is not None or \
        (len(words) < 3 and not _ASKED.search(head))


def _opening(text: str, close: str) -> int:
    """Where the quotation closed by `close` at the end of `text` opens (its nested
    quotations skipped); 0 when it is not found."""
    opener = {"”": "“", "’": "‘", "」": "「", "»": "«"}.get(close, close)
    if opener == close:  # a straight double quote: the one before the last
        return max(text.rfind(close), 0)
    depth = 1
    for k in range(len(text) - 1, -1, -1):
        if text[k] == close:
            depth += 1
        elif text[k] == opener:
            depth -= 1
            if depth == 0:
                return k
    return 0


def claimable(text: str) -> bool:
    """Whether `text` can be a claim on its own (see the module's docstring)."""
    words = text.split()
    if not words or not MIN_WORDS <= tu.word_count(text) <= MAX_WORDS \
            or text.rstrip("”\"’'」 ").endswith(("...", "…")) or _question(text):
        return False  # a question, or a caption cut off mid-sentence
    if _LABEL.match(text) or _BARE_QUOTE.fullmatch(text) or _PRONOUN_SPEAKER.fullmatch(text) or \
            _CREDITS.match(text) or \
            (_PRONOUN.match(text) and not tu.names(text)):
        return False  # a fragment, or a sentence that names nobody its pronoun could mean
    first = words[0].lstrip("“\"‘'「")
    # a sentence opens with a capital (or a letter of a script without case: Arabic,
    # Chinese), a figure ("2,000 residents", "$40,000") or a name written in lower case
    # ("eBay said"), never mid-clause ("and then they left")
    if not ((first[:1].isalpha() and not first[:1].islower()) or first[:1].isdigit()
            or first[:1] in tu.CURRENCY_SIGNS or (first[:1].isalpha()
                                      and any(c.isupper() for c in first[1:]))):
        return False
    opened, closed = text.count("“"), text.count("”")
    return opened == closed and text.count('"') % 2 == 0 and len(tu.content_words(text)) >= 3
