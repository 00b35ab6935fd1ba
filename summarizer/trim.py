"""Trimming a sentence to what it states (pure): the `compress` option.

A claim is cut only by deleting spans of its source sentence, so what is left is the source's
own words in the source's order: the verifier, and any reader, still finds every word of it
in that sentence. Three kinds of span go:

- an attribution at the end: ", police said on Tuesday.", ", according to the AP." (and
  the same mid-sentence, between commas: "The driver, according to police, was ...");
- a parenthetical: "(AP)", "(the third this year)";
- an appositive or relative aside after a name: "Jane Roe, a spokeswoman for the city, said
  ...", "Roe, who was 45, died ..." (not when its closing comma may close more: the name's
  own aside, "the guard, Tom Reed, who ...,", or a phrase that goes on with it after "said
  Name");
- only when `core` asks (`names`), a name after the role it names: "The spokesman, Ed
  Donovan, said ..." -> "The spokesman said ...".

A quotation is never altered: no span that reaches inside quotation marks is cut, and an
attribution is kept when its sentence is a quotation (cutting it would leave a bare quote,
which is not a claim). A span holding a figure is kept: a figure is a fact.
"""

from __future__ import annotations

import re

_WORD = r"[^\s,;:“”\"()]+"
_NAME = r"[A-Z][^\s,;:“”\"()]*"
# said, or told someone named: "told reporters", "told The New York Times"
_VERBS = (r"(?:said|says|added|reported|announced|confirmed|explained|noted|wrote|told "
          rf"(?:reporters|journalists|(?:the )?{_NAME}(?: {_NAME}){{0,3}}))")
# the subject of an attribution: up to six words, none opening a clause of its own
_SUBJECT = rf"(?: (?!(?:and|as|but|that|which|who|while|because|when|if|so)\b){_WORD}){{1,6}}"
# what may follow the verb of an attribution: when, where or to whom it was said
_WHEN_WHERE = (r"(?:on|in|at|to|during|last|this|late|early|earlier|Monday|Tuesday|Wednesday|"
               r"Thursday|Friday|Saturday|Sunday|yesterday|today)\b")
_SETTING = rf"(?: {_WHEN_WHERE}(?: {_WORD}){{0,6}})?"
# ", police said on Tuesday." / ", said Jane Roe, a spokeswoman." before the final stop
_TRAILING_ATTRIBUTION = re.compile(rf"(?P<cut>,{_SUBJECT} {_VERBS}{_SETTING})(?=[.!]$)")
# ... the name and where it was said, or an aside about it after a comma; not a clause whose
# subject that name is ("said Crudup would be charged": `_CLAUSE` before any comma)
_SAID_NAME = re.compile(rf"(?P<cut>, {_VERBS} {_NAME}(?:,? {_WORD}){{0,14}})(?=[.!]$)")
_CLAUSE = re.compile(r"\b(?:would|will|was|were|is|are|has|had|have|could|can|should|may|might|"
                     r"must|did|does|do)\b")
# ", according to the AP." at the end, or ", according to police," mid-sentence
_ACCORDING = re.compile(rf"(?P<cut>, according to(?: {_WORD}){{1,10}}(?:,(?= [a-z])|(?=[.!]$)))")
_PARENTHETICAL = re.compile(r"(?P<cut> \([^()“”\"]{1,120}\))(?=[\s,.;:!?])")
# ", a|an|the|who|which ... ," after a capitalised word that does not open the sentence,
# before a word in lower case that is not a conjunction (", the mayor, and Jones" is a list)
# or a relative pronoun
_ASIDE = re.compile(rf" [A-Z][\w.'’-]*(?P<cut>, (?:a|an|the|who|whose|which)(?: {_WORD}){{1,14}},)"
                    r"(?= (?!and\b|or\b|but\b|who\b|which\b|according\b)[a-z])")
# a role a name may follow ("the spokesman", "its chief executive")
_ROLE = r"\b(?i:the|a|an|his|her|its|their)(?: [a-z][\w’'-]*){1,3}"
# the name before an aside, when the aside's closing comma may close more than the aside: the
# name is itself an aside after the role it names ("the guard, Tom Reed, who ..., at noon": the
# comma closes the name's aside too, and the cut leaves "the guard, Tom Reed at noon"; not
# after a phrase opening the sentence with a preposition, "Across the aisle, Tom Reed, ..."),
# or it is who said a quotation or a clause before it, so has its verb, and what follows says
# no more when or where it was said: it goes on with the aside ('"...," said Suleiman, whose
# comments mesmerized the courtroom, set up at a police academy'; not "investors said Jane Roe,
# the head of the board, would resign", whose name is the subject of what follows)
_NAME_IN_ASIDE = re.compile(rf"{_ROLE},(?: [A-Z][\w.'’-]*)+$")
_PREPOSITIONS = frozenset("""across against along amid among around at behind beside beyond by
during for from in inside into near on outside over through throughout under upon with within
without""".split())
_NAME_SAYING = re.compile(rf"[,”\"’] {_VERBS}(?: [A-Z][\w.'’-]*)+$")
_SAID_WHEN_WHERE = re.compile(rf" {_WHEN_WHERE}")
# ", Jane Roe," after the role it names ("The spokesman, Ed Donovan, said"), before a word in
# lower case that opens neither the next item of a list ("the mayor, Jane Roe, and the
# governor", "..., the treasurer, ...") nor a second aside about the name ("the suspect, Jane
# Roe, an unarmed 18-year-old, ..."): a cut for `core` only, since the name is the fact
# coverage weighs most
_NAMED = re.compile(rf"{_ROLE}(?P<cut>, {_NAME}(?: {_NAME}){{1,3}},)"
                    r"(?= (?!(?:and|or|but|nor|a|an|the|his|her|its|their|our|my|who|whom|whose|"
                    r"which|that)\b)[a-z])")
# a second role and name after the first: a list of them ("the mayor, Jane Roe, the
# treasurer, Ann Lee, and two aides"), whose names are no aside
_ANOTHER_NAME = re.compile(rf", {_NAME}(?: {_NAME}){{0,3}},")
# a quotation, to its closing mark or the end of the text: ‘…’ closes at a ’ that no letter
# follows, not at the apostrophe of "won’t" or "Roe’s"
QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|‘(?:[^’]|’(?=[^\W\d_]))*’?")
_FIGURE = re.compile(r"\d")


def trimmed(text: str, *, names: bool = False) -> str:
    """`text` without its attributions, parentheticals and asides (module docstring), and
    with `names` without the name that follows the role it names too; `text` itself when
    nothing may be cut."""
    text = text.strip()
    quoted = [m.span() for m in QUOTED.finditer(text)]
    cuts: list[tuple[int, int]] = []
    patterns = (_PARENTHETICAL, _ASIDE, _ACCORDING, _TRAILING_ATTRIBUTION, _SAID_NAME)
    for pattern in (*patterns, _NAMED) if names else patterns:
        for match in pattern.finditer(text):
            start, end = match.span("cut")
            if _FIGURE.search(match["cut"]) or any(s < end and start < e for s, e in quoted) \
                    or any(s < end and start < e for s, e in cuts):
                continue
            if (pattern is _SAID_NAME and _CLAUSE.search(match["cut"].split(", ")[1])) \
                    or (pattern is _NAMED and (quoted or _ANOTHER_NAME.search(text, end))):
                continue  # what was said, not who; the name of who is quoted; or a list
            if pattern is _ASIDE and _aside_runs_on(text, start, end):
                continue
            if pattern in (_TRAILING_ATTRIBUTION, _SAID_NAME) and quoted \
                    and text[:start].rstrip().endswith(("”", '"', "’", ",")):
                continue  # '"We will win," he said.': the attribution of a quotation
            cuts.append((start, end))
    if not cuts:
        return text
    out, at = [], 0
    for start, end in sorted(cuts):
        out.append(text[at:start])
        at = end
    rest = text[at:]
    if rest == "." and out[-1].endswith("."):
        rest = ""  # "at 2:40 p.m., police said." -> "at 2:40 p.m.": the abbreviation's stop
    out.append(rest)
    return "".join(out)


def _aside_runs_on(text: str, start: int, end: int) -> bool:
    """Whether the aside `text[start:end]` may not end where its comma does (`_NAME_IN_ASIDE`,
    `_NAME_SAYING`): cutting it would join what follows to the wrong words."""
    before = text[:start]
    role = _NAME_IN_ASIDE.search(before)
    if role and ("," in before[:role.start()]
                 or before.split(" ", 1)[0].casefold() not in _PREPOSITIONS):
        return True
    return bool(_NAME_SAYING.search(before)) and not _SAID_WHEN_WHERE.match(text, end)
