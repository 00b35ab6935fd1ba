"""What a sentence states, in a form that other wordings of the same fact share (pure): the
reading `align` compares across sources.

Outlets word one fact their own way ("Forty firefighters fought the blaze" / "the 40
firefighters who battled the fire"), so alignment does not compare word n-grams. It reads
what a fact is made of (values through `quantity`, dates and times of day through `when`):

- a **quantity**: its value, spelled out or in figures ("Forty" = 40, "2.5 million", "four
  billion", "dozens of"), whether it is approximate or a bound ("about", "more than"), what is
  counted (the noun after it, not a word describing it, by its Snowball stem), what happened
  to the people counted ("killing 4 people" and "the death toll rose to 11" both count
  deaths), and the words around it (the anchor: "65 miles *west of Chicago*"); a range ("10,000
  to 20,000 years") and an increment ("another 3,000 jobs") are read as such;
- an **age** ("Harlan, 64," or "the 64-year-old Harlan"), tied to the name it belongs to;
- a **grade** ("Category 3", "magnitude 7.1");
- a **date** ("April 14", "May 2014"), with the clause that says what happened on it; a day
  of the week; the year something was built or founded;
- a **score** (`results`): "won 3-1", "a 2-1 victory";
- a **time of day** ("at 6:57 p.m.") or a span of one ("between 6:45 and 7 p.m."; each end of
  a span is a claim), or a bound ("back by 10 a.m.", "until", "since");
- a **name**: a run of capitalised words ("Ilsa Hernandez"), and each long word of it; a
  run its first word opens is marked, for `align` to tell by the story's words whether that
  word is a name or a common word capitalised ("Katarina Novak won …" / "Officials said …").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from . import quantity as qty
from . import results, when, worded
from . import textutil as tu
from .figures import words
from .value import Quantity

OPENING = 6  # letters of a sentence's first word for it to be read as a name on its own


@dataclass(frozen=True)
class Statement:
    """What alignment reads of one sentence: its stems, names, quantities and name runs."""

    text: str
    sources: tuple[str, ...]
    stems: frozenset[str]
    names: frozenset[str]
    quantities: tuple[Quantity, ...]
    runs: tuple[tuple[str, ...], ...]  # runs of capitalised words, as written
    opens: bool = False  # the first run starts at the sentence's first word

    @cached_property
    def marks(self) -> dict[str, Marks]:
        """Its clause marks, for `clause` (found once, however many of its values are asked
        about, and dropped with the statement)."""
        return {self.text: _marks(self.text)}


def read(text: str, sources: Sequence[str]) -> Statement:
    """Alignment's reading of one statement."""
    runs = name_runs(text, opening=True)
    opens = bool(runs) and _opening(text)
    return Statement(text=text, sources=tuple(sources), stems=frozenset(tu.stems(text)),
                     names=frozenset(tu.names(text)), quantities=tuple(quantities(text)),
                     runs=tuple(runs), opens=opens)


@lru_cache(maxsize=1 << 14)
def quantities(text: str) -> list[Quantity]:
    """Every quantity, age, grade and date `text` states."""
    text, spans, toks = words(text)
    found: list[Quantity] = []
    i = 0
    while i < len(toks):
        if not _may_lead(toks[i]):
            i += 1  # most words: the readers below would each read nothing from it
            continue
        led = when.at(text, spans, toks, i) or results.at(text, spans, toks, i)
        if led is None and toks[i].casefold() in worded.LEADS:  # checked here: most words
            led = worded.at(text, spans, toks, i)  # lead nothing, and a call costs
        end, q = led or qty.at(text, spans, toks, i)
        if q is not None:
            found.append(q)
        i = max(end, i + 1)
    return found


@lru_cache(maxsize=1 << 15)  # a story's vocabulary
def _may_lead(tok: str) -> bool:
    """Whether a value may start at token `tok`: a number (the only start `qty` and `results`
    read), a month's or a weekday's name (`when`'s others) or a word `worded` reads a value
    after. From any other token all of them read nothing."""
    low = tok.casefold()
    return tu.is_number(tok) or low in worded.LEADS or low in when.WEEKDAYS or \
        when.month_of(low) is not None


Marks = tuple[list[int], list[int], list[int]]


def clause(sentence: str, span: str, marks: dict[str, Marks] | None = None) -> str:
    """The shortest whole clause of `sentence` that holds `span`, as the sentence says it:
    from the clause mark before it (a comma, a semicolon, a colon, a bracket or a dash) to the
    one after it. A value read from 'about 4,000 households on Tuesday, officials said' is
    shown as 'about 4,000 households on Tuesday', never cut mid-phrase. `marks` keeps each
    sentence's clause marks for a caller asking about many of its values (`_marks`); it is
    the caller's, so no sentence outlives the call (a long-running process is fed many)."""
    at = sentence.find(span)
    if at < 0 or not span:
        return span
    end = at + len(span)
    if marks is None:
        starts, ends, opens = _marks(sentence)
    elif sentence in marks:
        starts, ends, opens = marks[sentence]
    else:
        starts, ends, opens = marks[sentence] = _marks(sentence)
    # the marks a reading of sentence[:at] finds: those of the whole sentence that begin 3
    # or more characters before `at` (a mark is at most 3 long and looks 1 ahead), then any
    # in the last 2
    k = bisect_right(starts, at - 3)
    begin = ends[k - 1] if k else 0
    for mark in tu.CLAUSE_MARK.finditer(sentence, max(begin, at - 2, 0), at):
        begin = mark.end()
    n = bisect_left(opens, end)
    text = sentence[begin : opens[n] if n < len(opens) else len(sentence)]
    return text.strip(" \"'“”‘’") or span


_OPENS = re.compile(f"(?=(?:{tu.CLAUSE_MARK.pattern}))")


def _marks(sentence: str) -> Marks:
    """The clause marks of `sentence`, found once however many values it states (searching it
    for each would cost the square of its length): where the marks of a reading from its start
    begin and end, and every position a mark can begin at."""
    found = list(tu.CLAUSE_MARK.finditer(sentence))
    return ([m.start() for m in found], [m.end() for m in found],
            [m.start() for m in _OPENS.finditer(sentence)])


def _opening(text: str) -> bool:
    """Whether a sentence's first word may be a name: a capitalised word of letters, not a
    stopword ('The', 'In') nor a month or day, nor an acronym."""
    toks = words(text).toks
    return bool(toks) and toks[0].isalpha() and tu.is_name(toks[0]) and not toks[0].isupper()


def name_runs(text: str, *, opening: bool = False) -> list[tuple[str, ...]]:
    """Runs of capitalised words that are names ('Leona Helmsley', 'Quickstop'), within one
    phrase (punctuation ends a run); a sentence's first word only with `opening` (it is
    capitalised whether or not it is a name: the caller tells, see `_opening`)."""
    text, spans, _ = words(text)
    runs: list[tuple[str, ...]] = []
    current: list[str] = []
    first = opening and _opening(text)
    for n, (start, end) in enumerate(spans):
        tok = text[start:end]
        if (n > 0 or first) and tu.is_name(tok) and not tok.isupper():
            if current and text[spans[n - 1][1] : start] != " ":
                runs.append(tuple(current))
                current = []
            current.append(tok)
            continue
        if current:
            runs.append(tuple(current))
        current = []
    if current:
        runs.append(tuple(current))
    return runs


def story_runs(st: Statement, lowercase: set[str]) -> tuple[tuple[tuple[str, ...], ...],
                                                           tuple[str, ...]]:
    """The statement's name runs as a story that writes the words `lowercase` (keys) in lower
    case reads them, and the one-word name its first word is, if any. A first word that no
    statement of the story writes in lower case is a name, so no common word that merely
    opens a sentence ('Officials said …'): it belongs to the run it opens ('Katarina Novak
    won …'), and alone it is a one-word name if it is long ('Brincindofovir will …'). A
    misspelling is as likely there as anywhere, and a name opens many sentences. Alone, it is
    compared with one-word names and other opening words only: one word of a title
    ('Chancellor Olaf Scholz') is no name alone."""
    if not st.opens:
        return st.runs, ()
    first, rest = st.runs[0], st.runs[1:]
    if tu.key(first[0]) in lowercase:
        return ((first[1:],) if len(first) > 1 else ()) + rest, ()
    if len(first) > 1:
        return st.runs, ()
    if len(first[0]) < OPENING:
        return rest, ()  # too short to tell a slip from another name
    return st.runs, first


RELATED = 0.2  # stem Jaccard of two sentences for them to be about the same thing
ALIKE = 0.3  # stem Jaccard of sentences much alike: one date word, or no amount word, will do


def related(a: Statement, b: Statement) -> bool:
    return likeness(a, b) >= RELATED


def likeness(a: Statement, b: Statement) -> float:
    return tu.jaccard(set(a.stems), set(b.stems))


def beside(st: Statement, span: str, chars: int) -> list[str]:
    """The words, in lower case, of the `chars` characters before the value `span` in its
    sentence (after it, for a negative `chars`)."""
    at = st.text.find(span)
    window = st.text[max(0, at - chars) : at] if chars > 0 else \
        st.text[at + len(span) : at + len(span) - chars]
    return [t.casefold() for t in tu.tokens(window)]
