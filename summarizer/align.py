"""Statement alignment across sources: which statements of different sources give one attribute
of one subject different values (pure).

Each statement is read once (`statements.read`: its stems, names, quantities, ages, grades,
dates, times and name runs); a **verdict** on something ("granted permission", "denied
bail", "rejected the plan") and a **rank** given to someone ("Martin Ames was the second …
identified") are read here, through `roles`, only from statements holding their cue words.

`attribute_links` pairs statements of different sources that give one attribute of one
subject different values: the same counted noun with a shared anchor (or, for a specific
noun, related sentences; a unit compound in its unit, "a 12-mile stretch" / "20 miles"; an
amount of money or a percentage by its unit, noun or not, in related sentences sharing two
anchors, "a $4.2 million contract" / "will cost $2.4 million", when what one measures is in
the other's clause: "Home prices rose 6%" / "Rents rose 4%" are two things), people and a
named people that one thing happened to ("killing 17 people" / "killing 15 Palestinians")
said alike, a duration after an event told either way ("five weeks after" / "six weeks
later"), the same person's age, the same grade of related sentences, a date whose clause
shares two words or whose sentences name the same people (never two steps of a story told
over days, "arrested on May 2" / "charged on May 4", nor two dates one article gives), one
vote's tally ("voted 6-3" / "by a vote of 5 to 4"), one rank given to two people for
one thing ("… to be identified"), a name spelled differently
("Leona Helmsley" / "Leona Helmsey", a name opening a sentence too when the story never writes
its first word in lower case, "Katarina Novak won …" / "swimmer Katerina Nowak", its first
word another given name only if near in spelling ("Residents Tom Ellery …"); alone, a long
word opening a sentence, "Brincindofovir will …" / "the drug (Brincidofovir)", against another
one-word name and never its own other form, "Protesters" / "Protestors"; a word of an office
before a name is no given name, "Secretary" / "State"; or a long name
whose last word is swapped for another word of its kind (a center only with a medical word)
in clauses sharing a word, "… Research Hospital in Memphis" / "… Research Center in Memphis";
a transliteration, "Zelensky" / "Zelenskyy" or "Krähenbühl" / "Kraehenbuehl", and a British
spelling, "Organisation" / "Organization", are not, nor one outlet's dropped letter against
two outlets' spelling), one person, a full name, given two portfolios of one office or two
parties (`offices`: "Interior" / "Justice Minister Lena Brandt", "Republican state Sen. Doug
Pell" / "Doug Pell, a Democrat"). A value an article states in a statement sharing two words
with the rival's is no rival of its own other value: it tells two facts; nor is an article
set against itself (`_one_side_each`). The work is bounded:
statements are indexed by what they count, and an index entry shared by more than MAX_POSTING
statements is not compared (never all pairs).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TypeVar

from . import ages, offices, roles, spelling
from . import textutil as tu
from .doers import doer
from .figures import SCALES
from .quantity import SAID, YEAR
from .scoped import Scoped
from .statements import Marks, Statement, beside, clause, likeness, related, story_runs
from .subjects import role, same_subject, years
from .value import WHEN, Quantity
from .when import WEEKDAYS

T = TypeVar("T")
MAX_POSTING = 200  # statements sharing one index key, beyond which it says nothing specific
_OPENING_WORD, _PART = "opening", "part"  # where a one-word entry of the name index comes from
_SHARE_OPENERS = ("including", "among", "of them", "of whom")  # a clause counting some of a toll
# a sentence saying its figure changed over time ('has risen to 11', 'up from 9')
UPDATE = re.compile(r"\b(?:has|have|had) (?:risen|climbed|grown|jumped|increased|fallen|dropped)"
                    r"|\b(?:rose|climbed|jumped|increased|grew|fell|dropped) to\b"
                    r"|\b(?:earlier|initial|previous|first) (?:reports?|estimates?|figures?)"
                    r"|\bup from\b|\bdown from\b|\brevised\b|\bupdated\b", re.IGNORECASE)
# a figure a sentence sets its own beside as an earlier period's: 'down from 52,100 last
# year', 'compared with 9% a year earlier' (not a toll that rose 'to 11 from 9': an update)
_EARLIER = re.compile(r"\b(?:from|than|with)\s+(?:about\s+|some\s+|around\s+|nearly\s+)?"
                      rf"[{tu.CURRENCY_SIGNS}]?(\d[\d,.]*)\W*"
                      r"(?:\w+\W+){0,2}?(?:last|previous|prior|a\s+year"
                      r"\s+(?:earlier|ago|before)|in\s+(?:19|20)\d\d)\b", re.IGNORECASE)
# a figure told as of a time: 'by Tuesday evening', 'by 6 p.m.', 'so far', 'as of Monday'
_AS_OF = re.compile(r"\b(?:by\s+(?:early\s+|late\s+)?(?:" + "|".join(WEEKDAYS) + "|"
                    r"midday|noon|midnight|dawn|nightfall|"
                    r"(?:this|that|the)\s+(?:morning|afternoon|evening|night)|"
                    r"\d{1,2}(?::\d\d)?\s*[ap]\.?m\b)|so\s+far|as\s+of)\b", re.IGNORECASE)
# a sentence told of an earlier year, which it opens with: 'Last season, fires burned …'
# (not 'Last week, …': a follow-up's words for the event the other outlet dates)
_BEFORE_NOW = re.compile(r"(?:last|the\s+previous|the\s+prior)\s+(?:year|season)|(?:a|one|two|"
                         r"three|four|five|several|\d+)\s+(?:years?|decades?)\s+ago|in\s+"
                         r"(?:19|20)\d\d(?=\s*,)", re.IGNORECASE)
_LAST_PERIODS = re.compile(r"\b(?:last|previous|prior)\s+(?:year|season|month|week|quarter)"
                           r"['’]s(?:\s+\S+){1,3}$", re.IGNORECASE)
_DISTINCT = re.compile(r"\d[\d,]*\d(?:\.\d+)?")
_UP_TO = re.compile(r"\b(?:up to|at most|no more than)\s", re.IGNORECASE)
_AT_LEAST = re.compile(r"\bat least\b", re.IGNORECASE)
_MORE_THAN = re.compile(r"\b(?:more than|over|upwards of|in excess of|no fewer than|no less "
                        r"than)\s", re.IGNORECASE)
ROUNDED = 1.25  # how far above 'more than N' a figure may be and still be what it rounds
_GROUP = "~"  # index key of a count of people by what happened to them, whoever they are


@dataclass(frozen=True)
class Link:
    """Two statements of different sources that give one attribute different values."""

    kind: str  # 'number', 'date' or 'name'
    topic: str
    left: tuple[str, str]  # (value, span) as the first statement words it
    right: tuple[str, str]
    a: int  # indexes of the two statements
    b: int


def attribute_links(statements: Sequence[Statement],
                    outlet: Mapping[str, str] | None = None) -> list[Link]:
    """Pairs of statements of different sources giving one attribute different values;
    `outlet` maps a copy's source id to its original's (copies of one story are one outlet)."""
    return _quantity_links(statements) + _name_links(statements, outlet or {}) + \
        _verdict_links(statements) + _rank_links(statements) + _office_links(statements)


def _office_links(statements: Sequence[Statement]) -> list[Link]:
    """One person given two portfolios of one office or two parties (`offices`)."""
    texts, sources = [st.text for st in statements], [st.sources for st in statements]
    found = offices.title_links(texts, sources, [st.runs for st in statements]) + \
        offices.party_links(texts, sources)
    return [Link("name", f.topic, f.left, f.right, f.a, f.b) for f in found]


def _verdict_links(statements: Sequence[Statement]) -> list[Link]:
    """Two sources giving opposite verdicts on one thing in related sentences: 'controllers
    granted permission to climb' / 'the pilot was denied permission to climb'. The two
    sentences must share a content word besides the verdict's object."""
    index: dict[str, list[tuple[int, tuple[str, str]]]] = {}
    for n, st in enumerate(statements):
        if any(stem in roles.VERDICTS for stem in st.stems):
            for verdict, about, words in roles.verdicts(st.text):
                index.setdefault(about, []).append((n, (verdict, words)))
    links = []
    for about, a, (va, wa), b, (vb, wb) in _pairs(index, statements):
        if va == vb:
            continue
        verbs = {tu.stem(wa.split()[0]), tu.stem(wb.split()[0])}
        if len((statements[a].stems & statements[b].stems) - verbs - {about}) < 2:
            continue  # two verdicts on one word, but not on one matter
        links.append(Link("other", about, (va, wa), (vb, wb), a, b))
    return links


def _pairs(index: Mapping[str, list[tuple[int, T]]],
           statements: Sequence[Statement]) -> Iterator[tuple[str, int, T, int, T]]:
    """Each pair of entries under one key of `index` (statement number, what it says there)
    whose statements share no source: (key, a, what a says, b, what b says). A key more than
    MAX_POSTING statements share says nothing specific and is passed over (never all
    pairs)."""
    sources = [frozenset(st.sources) for st in statements]
    for key, entries in index.items():
        if len(entries) > MAX_POSTING:
            continue
        for k, (a, x) in enumerate(entries):
            for b, y in entries[k + 1 :]:
                if not sources[a] & sources[b]:
                    yield key, a, x, b, y


def _quantity_links(statements: Sequence[Statement]) -> list[Link]:
    index: dict[str, list[tuple[int, Quantity]]] = {}
    for n, st in enumerate(statements):
        for q in st.quantities:
            index.setdefault(q.topic, []).append((n, q))
            if (said := q.topic.split(":")[0]) in SAID:  # '17 people' / '15 Palestinians'
                index.setdefault(_GROUP + said, []).append((n, q))  # killed: one toll
    links, scoped = [], Scoped(statements)
    # each read once per statement: a long one is in many pairs
    rose = _per_statement(statements, lambda st: bool(UPDATE.search(st.text)))
    as_of = _per_statement(statements, lambda st: bool(_AS_OF.search(st.text)))
    earlier = _per_statement(statements, lambda st: {
        m.group(1).rstrip(",.") for m in _EARLIER.finditer(st.text)})
    figures = _per_statement(statements, _distinct_figures)
    sums = _per_statement(statements, _sums)
    before_now = _per_statement(statements, lambda st: (
        m.group(0).casefold() if (m := _BEFORE_NOW.match(st.text)) else ""))
    earlier_told: dict[tuple[int, str], bool] = {}

    def last_periods(n: int, q: Quantity) -> bool:  # once per value
        if (n, q.span) not in earlier_told:
            earlier_told[n, q.span] = "'s" in statements[n].text.replace("’", "'") and \
                _last_periods(q, statements[n])
        return earlier_told[n, q.span]
    marks: dict[str, Marks] = {}
    told_as: dict[tuple[str, str], tuple[bool, bool]] = {}

    def roles(text: str, span: str) -> tuple[bool, bool]:  # once per value: see `role`
        if (text, span) not in told_as:
            told_as[text, span] = role(text, span, marks)
        return told_as[text, span]

    done_by: dict[tuple[str, str], tuple[str, frozenset[str]] | None] = {}

    def doers(q: Quantity, st: Statement) -> tuple[str, frozenset[str]] | None:  # once per value
        if (st.text, q.span) not in done_by:
            done_by[st.text, q.span] = doer(q, st)
        return done_by[st.text, q.span]

    for topic, a, qa, b, qb in _pairs(index, statements):
        sa, sb = statements[a], statements[b]
        if not qa.differs(qb) or _floor_met(qa, qb, rose(b)) or _floor_met(qb, qa, rose(a)) \
                or _ceiling_met(qa, qb) or _ceiling_met(qb, qa) or \
                _so_far(qa, as_of(a), qb, as_of(b)) or _so_far(qb, as_of(b), qa, as_of(a)):
            continue
        if topic.startswith(_GROUP):
            shared = qa.anchors & qb.anchors
            if topic[1:] not in {qa.topic, qb.topic} or qa.topic == qb.topic or not (
                    len(shared) >= 2 or (shared and related(sa, sb))):
                continue  # compared under its own topic; two peoples; or not said alike
            named, whole = (qa, qb) if ":" in qa.topic else (qb, qa)
            if named.low * 2 < whole.low or _in_parts(sa, qa) or _in_parts(sb, qb):
                continue  # a share of the toll ('4 Americans' of 30), or a toll given in parts
            topic = topic[1:]
        sole = scoped.sole((a, qa), (b, qb))
        if scoped.restated(b, qa, a) or scoped.restated(a, qb, b) or not (
                same_subject(qa, qb, sa, sb, sole, roles, doers) or (topic == "age" and (
                    ages.same_person((a, qa), (b, qb), statements)
                    or ages.same_person((b, qb), (a, qa), statements)))):
            continue
        if topic == "weekday" and (scoped.names_day(sa, qb) or scoped.names_day(sb, qa)):
            continue  # an article naming both days tells of more than one: each its own
        same_month = topic == "date" and qa.value.split()[0] == qb.value.split()[0]
        if topic == "date" and (scoped.states(a, qb, same_month) or
                                scoped.states(b, qa, same_month)):
            continue  # so does an article giving both dates
        if _summed(qb, sb, sums(a)) or _summed(qa, sa, sums(b)):
            continue  # '48 individuals and 19 entities' / '67 individuals and entities'
        if _written_too(qb, figures(a)) or _written_too(qa, figures(b)):
            continue  # 'Of the 13,050 members who returned ballot papers, 11,354 backed …' /
            # '11,354 members voted yes …, out of a total of 13,050 valid ballots': the other
            # sentence gives this figure too, so its own is of something else
        if _first_figure(qb) in earlier(a) or _first_figure(qa) in earlier(b):
            continue  # 'drew 48,300 visitors, down from 52,100 last year' / 'Last year's show
            # attracted 52,100': the sentence gives the other figure too, as another's
        if last_periods(a, qa) != last_periods(b, qb):
            continue  # "last season's 170 million trays" / '71 million trays … so far'
        if _told_before(before_now(a), sb) or _told_before(before_now(b), sa):
            continue  # 'Last season, fires burned 48,000 hectares' / 'a wildfire that has
            # burned 12,400 hectares': another time, unless both tell of it
        if scoped.denied(a, qa) != scoped.denied(b, qb):
            continue  # 'two members did not sign it' / 'six members issued it'
        if topic not in {*WHEN, "age"} and \
                {scoped.over(a), scoped.over(b)} == {"day", "period"}:
            continue  # '116 were killed Wednesday' / 'the toll of the war is 1,360'
        kind = "date" if topic in WHEN else "number"
        links.append(Link(kind, topic, (qa.value, qa.span), (qb.value, qb.span), a, b))
    return _one_side_each(links, statements)


def _per_statement(statements: Sequence[Statement],
                   read: Callable[[Statement], T]) -> Callable[[int], T]:
    """`read` of statement n, worked out the first time it is asked and kept."""
    kept: dict[int, T] = {}

    def get(n: int) -> T:
        if n not in kept:
            kept[n] = read(statements[n])
        return kept[n]
    return get


def _last_periods(q: Quantity, st: Statement) -> bool:
    """Whether a value is told as an earlier period's: "last season's 170 million trays"."""
    at = st.text.find(q.span)
    return at >= 0 and _LAST_PERIODS.search(st.text[max(0, at - 30) : at + len(q.span)]) \
        is not None


def _told_before(then: str, other: Statement) -> bool:
    """A sentence opening with an earlier time (`then`: 'last season', 'in 2019') against one
    that does not name that time ('The 2019 collapse' names it)."""
    return bool(then) and (then[3:] if then.startswith("in ") else then) not in \
        other.text.casefold()


def _sums(st: Statement) -> dict[float, str]:
    """The sums of two counts one after the other that a sentence joins by 'and', a few
    words apart at most ('48 individuals and 19 entities': 67; '11,354 members voted yes and
    1,696 voted no': 13,050), with the second's kind."""
    counts = [q for q in st.quantities if q.topic not in WHEN and q.topic != "age"
              and q.low == q.high and not q.implied]  # not 'his brother and sons'
    return {x.low + y.low: y.topic for x, y in pairwise(counts) if _joined(st.text, x, y)}


def _joined(text: str, x: Quantity, y: Quantity) -> bool:
    """Whether 'and' joins y to x, at most three words after x ('… members voted yes and
    1,696 voted no')."""
    end = text.find(x.span) + len(x.span)
    start = text.find(y.span, end)
    between = text[end:start].split() + y.span.split()[:1]
    return start > end and len(between) <= 5 and between[-1] == "and"


def _summed(q: Quantity, st: Statement, sums: dict[float, str]) -> bool:
    """A count of both kinds together, each of which the other sentence counts: '67
    individuals and entities' / '48 individuals and 19 entities' (not '21 students' / '19
    students and two teachers')."""
    if q.low != q.high or q.low not in sums:
        return False
    at = st.text.find(q.span)
    return sums[q.low] in tu.stems(st.text[at : at + len(q.span) + 30])


def _distinct_figures(st: Statement) -> dict[float, set[str]]:
    """The figures a sentence writes in digits that say one number and no other (of two
    digits or more, at least 20, and not a year: '13,050', '97'; not '2', '2019'), each with
    the topics of the values the sentence reads it as (none when it reads no value there)."""
    toks = tu.tokens(st.text)
    found: dict[float, set[str]] = {}
    for n, tok in enumerate(toks):
        figure = tok.lstrip(tu.CURRENCY_SIGNS)
        if _DISTINCT.fullmatch(figure) and not YEAR.fullmatch(figure) and \
                (value := float(figure.replace(",", ""))) >= 20:
            scale = SCALES.get(toks[n + 1].casefold(), 1) if n + 1 < len(toks) else 1
            found[value * scale] = set()  # '612 million tonnes' is 612000000
    for q in st.quantities:
        if q.topic in WHEN:  # the day of 'October 25'
            for figure in _DISTINCT.findall(q.span):
                if (value := float(figure.replace(",", ""))) in found:
                    found[value].add(q.topic)
        elif q.low == q.high:
            if q.low in found:
                found[q.low].add(q.topic)
        else:  # 'about 300 people' reads 300
            for value in found:
                if q.low <= value <= q.high:
                    found[value].add(q.topic)
    return found


def _written_too(q: Quantity, figures: dict[float, set[str]]) -> bool:
    """The other sentence writes this value's figure and reads it as no value or as one of
    this topic ('Of the 13,050 members who returned ballots, 11,354 backed …' / '11,354
    members voted yes'): it is no rival. One it reads as another's ('sank on October 25',
    'Jones, 24,') says nothing."""
    return q.low == q.high and q.low in figures and (
        not figures[q.low] or q.topic in figures[q.low])


def _first_figure(q: Quantity) -> str:
    """The first figure of a value's words, as written without its currency sign."""
    return next((t.lstrip(tu.CURRENCY_SIGNS) for t in tu.tokens(q.span)
                 if any(c.isdigit() for c in t)), "")


def _so_far(q: Quantity, as_of: bool, other: Quantity, other_as_of: bool) -> bool:
    """A count told as of a time (`as_of`: 'Forty homes had been flooded … by Tuesday
    evening', 'so far') is no rival of a larger one told as of none: the count may have
    grown since. Two counts as of a time ('by noon on Friday') are compared."""
    return as_of and not other_as_of and q.topic not in {*WHEN, "age"} and other.low > q.high


def _ceiling_met(ceiling: Quantity, other: Quantity) -> bool:
    """'Up to 150 jobs' allows 40: a ceiling the other value is under."""
    return other.high <= ceiling.high and _UP_TO.search(ceiling.span) is not None


def _floor_met(floor: Quantity, other: Quantity, rose: bool) -> bool:
    """'At least five cars' allows seven: a floor the other value is above, unless the other
    sentence tells the figure changed (`rose`: 'killing at least 4 people' / 'the toll has
    risen to 11'): an update, shown as one. 'More than 300 homes' rounds a figure near 300
    down: it allows a quarter more ('More than 20 people were killed' / 'Twenty-three'), or
    another bound above it ('at least 350'), but '450 homes' is shown against it."""
    if other.low < floor.low or rose:
        return False
    if _AT_LEAST.search(floor.span):
        return True
    return _MORE_THAN.search(floor.span) is not None and (
        other.low <= floor.low * ROUNDED or _AT_LEAST.search(other.span) is not None
        or _MORE_THAN.search(other.span) is not None)


def _one_side_each(links: list[Link], statements: Sequence[Statement]) -> list[Link]:
    """Of the links setting one value against two values one article states ('raise the
    sales tax by 2%', 'the sales tax now stands at 6%' / 'raise the sales tax to 8%'), only
    the one of the sentences most alike stands: the article's two values are of two things
    (or it would be its own rival), so at most one is what the other sentence is about. Two
    values of one sentence are told apart by their clauses: 'were charged on Friday and
    appeared in court on Monday' / 'appeared in court on Tuesday' sets Monday against
    Tuesday."""
    groups: dict[tuple[int, str, str, str], list[int]] = {}
    for k, link in enumerate(links):
        for x, value, y in ((link.a, link.left[0], link.b), (link.b, link.right[0], link.a)):
            for source in statements[y].sources:
                groups.setdefault((x, value, link.topic, source), []).append(k)
    dropped: set[int] = set()
    for (x, *_), group in groups.items():
        if len({_other(links[k], x) for k in group}) > 1:
            best = max(group, key=lambda k: (
                likeness(statements[links[k].a], statements[links[k].b]),
                _clauses_alike(links[k], statements)))
            dropped.update(k for k in group if k != best)
    return [link for k, link in enumerate(links) if k not in dropped]


def _clauses_alike(link: Link, statements: Sequence[Statement]) -> tuple[int, int]:
    """How many stems the words just before a link's two values share, then their clauses
    ('appeared in court on Monday' / 'appeared in court on Tuesday', where the first
    sentence also says 'were charged on Friday and')."""
    sa, sb = statements[link.a], statements[link.b]
    near = len(tu.stems(" ".join(beside(sa, link.left[1], _NEAR))) &
               tu.stems(" ".join(beside(sb, link.right[1], _NEAR))))
    return near, len(tu.stems(clause(sa.text, link.left[1], sa.marks)) &
                     tu.stems(clause(sb.text, link.right[1], sb.marks)))


_NEAR = 24  # characters before a value that say what it is of: 'appeared in court on'


def _other(link: Link, n: int) -> str:
    """The value the link's other statement (not statement n) gives."""
    return link.right[0] if link.a == n else link.left[0]


def _in_parts(st: Statement, toll: Quantity) -> bool:
    """The toll's own clause, or any clause after it, counts another group: a toll given in
    parts ('killing 15 Palestinians and two foreign aid workers', '…, while two foreign aid
    workers also died', '…, along with four German tourists'). A figure of a clause before it
    ('where some 3,300 Gazans had crammed in, killing at least 17 people'), a share of it
    ('…, including two children') or a date is no part of it."""
    own, after = clause(st.text, toll.span), st.text.find(toll.span) + len(toll.span)
    return any(q is not toll and q.topic not in {*WHEN, "age"} and (
        q.span in own or (st.text.find(q.span) >= after and
                          not clause(st.text, q.span).casefold().startswith(_SHARE_OPENERS)))
        for q in st.quantities)


def _name_links(statements: Sequence[Statement], outlet: Mapping[str, str]) -> list[Link]:
    """Names of two or more words that agree on all words but one, spelled differently
    in different sources (a source using both spellings is not counted)."""
    spellings: dict[str, set[str]] = {}  # source -> name keys it uses
    index: dict[str, list[tuple[int, tuple[tuple[str, ...], str]]]] = {}
    lowercase = {tu.key(t) for st in statements for t in tu.tokens(st.text) if t[:1].islower()}
    opened: set[tuple[int, tuple[str, ...]]] = set()  # (statement, the run it opens with)
    for n, st in enumerate(statements):
        runs, opening = story_runs(st, lowercase)
        if st.opens and runs[:1] == st.runs[:1]:
            opened.add((n, runs[0]))
        for run in runs:
            for source in st.sources:
                spellings.setdefault(source, set()).update(tu.key(t) for t in run)
            for tok in run if len(run) > 1 else ():
                index.setdefault(tu.key(tok), []).append((n, (run, _PART)))
            origin = _OPENING_WORD if run == opening else _PART if len(run) > 1 else ""
            for tok in run:  # each long word alone: near spellings share their start
                if len(tok) >= 6:
                    index.setdefault("1:" + tok[:2].casefold(), []).append((n, ((tok,), origin)))
    by_outlet: dict[str, set[str]] = {}  # copies of one story spell as their original does
    for source, keys in spellings.items():
        by_outlet.setdefault(outlet.get(source, source), set()).update(keys)
    users = Counter(k for keys in by_outlet.values() for k in keys)  # outlets per spelling
    links, seen = [], set()
    for _, a, (ra, oa), b, (rb, ob) in _pairs(index, statements):
        if (given := _given_names(statements[a], ra, statements[b], rb)) is not None:
            (kx, full_a), (ky, full_b) = given  # 'Finance Minister Nomvula Dube' / 'Finance
            # Minister Thandeka Dube': one office, held by one surname, two given names
            if (kx, ky) not in seen and not (
                    any(ky in spellings[s] for s in statements[a].sources) or
                    any(kx in spellings[s] for s in statements[b].sources)):
                seen.add((kx, ky))
                topic = " ".join(tu.key(w) for w in full_a if tu.key(w) != kx)
                links.append(Link("name", topic, (kx, " ".join(full_a)),
                                  (ky, " ".join(full_b)), a, b))
            continue
        if len(ra) != len(rb) or (_OPENING_WORD in (oa, ob) and (
                _PART in (oa, ob) or spelling.variant(ra[0], rb[0]))):
            continue  # an opening word against a word of a title, or its own other form
        differ = [n for n, (x, y) in enumerate(zip(ra, rb, strict=True))
                  if tu.key(x) != tu.key(y)]
        if len(differ) != 1 or differ[0] < max(map(offices.title_length, (ra, rb))):
            continue  # a word of an office before the name is compared by `offices` only
        x, y = ra[differ[0]], rb[differ[0]]
        kx, ky = tu.key(x), tu.key(y)
        if tu.possessive(x) != tu.possessive(y) and spelling.demonym(frozenset({kx}),
                                                                  frozenset({ky})):
            continue  # "Ethiopia's Tsehay Woldemariam" / 'Ethiopian Tsehay Woldemariam'
        opens = differ[0] == 0 and bool({(a, ra), (b, rb)} & opened)  # only a near spelling:
        # a sentence's first word may be a common word ('Residents Tom Ellery …')
        if (kx, ky) in seen or not (
                spelling.misspelled(x, y, min(len(ra), 2) if opens else len(ra),
                                    first=differ[0] == 0 and not opens) or (
                    spelling.institution(x, y, ra, last=differ[0] == len(ra) - 1)
                    and _said_alike(statements[a], statements[b], ra, rb))):
            continue
        if any(ky in spellings[s] for s in statements[a].sources) or \
                any(kx in spellings[s] for s in statements[b].sources):
            continue  # each side's sources use the other spelling too
        if spelling.slip(kx, ky, users) or (
                differ[0] == offices.title_length(ra) and differ[0] < len(ra) - 1 and
                spelling.one_given_name(x, y)):
            continue  # 'Joe Dube' / 'Joseph Dube': one given name, in short and in full
        seen.add((kx, ky))
        topic = " ".join(tu.key(t) for t in ra if tu.key(t) != kx)
        links.append(Link("name", topic, (kx, " ".join(ra)), (ky, " ".join(rb)), a, b))
    return links


# words telling of another holder of an office, or of a relative
_OTHER_HOLDER = frozenset("""former late outgoing incoming then ex previous predecessor successor
husband wife son daughter father mother brother sister partner widow widower""".split())


def _given_names(sa: Statement, ra: tuple[str, ...], sb: Statement, rb: tuple[str, ...]
                 ) -> tuple[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]] | None:
    """Each given name's key and its name in full with the office, when two names after one
    office share their other words and differ in the first ('Finance Minister Nomvula Dube'
    / 'Finance Minister Thandeka Dube'); None otherwise (and for two forms of one given
    name: 'Joe' / 'Joseph')."""
    if ra == rb or len(ra) < 2 or len(rb) < 2 or tu.key(ra[-1]) != tu.key(rb[-1]) or \
            tu.key(ra[-2]) == tu.key(rb[-2]):
        return None  # (asked of every pair of runs sharing a word: the cheap tests first)
    na, nb = ra[offices.title_length(ra):], rb[offices.title_length(rb):]
    keys_a, keys_b = [tu.key(w) for w in na], [tu.key(w) for w in nb]
    if len(na) < 2 or len(na) != len(nb) or keys_a[1:] != keys_b[1:] or \
            keys_a[0][:3] == keys_b[0][:3] or spelling.one_given_name(na[0], nb[0]):
        return None  # ('Sergei' / 'Sergey', 'Steve' / 'Steven': the spelling rules decide)
    full_a, full_b = _with_office(sa, na), _with_office(sb, nb)
    office = [tu.key(w) for w in full_a[: -len(na)]]
    if not (full_a and full_b) or office != [tu.key(w) for w in full_b[: -len(nb)]] or \
            len(office) < 2 or office[-1] not in offices.PORTFOLIO_OFFICES or \
            office[-2] not in offices.PORTFOLIOS:
        return None  # one office many hold ('Judge', 'Senator'), or held in turn ('Prime
        # Minister Indira Gandhi' / 'Prime Minister Rajiv Gandhi')
    if any(tu.key(t) in _OTHER_HOLDER for st in (sa, sb) for t in tu.tokens(st.text)):
        return None  # 'former', 'outgoing', 'her husband': two people
    if tu.told_apart(years(sa.text), years(sb.text)):
        return None  # two years: two holders
    return (keys_a[0], full_a), (keys_b[0], full_b)


def _with_office(st: Statement, name: tuple[str, ...]) -> tuple[str, ...]:
    """The sentence's run of the office and the name after it ('Finance Minister Nomvula
    Dube' for 'Nomvula Dube'); () when no office comes just before the name."""
    for full in st.runs:
        n = len(full) - len(name)
        if n > 0 and full[n:] == name and offices.title_length(full) == n:
            return full
    return ()


def _said_alike(a: Statement, b: Statement, ra: tuple[str, ...], rb: tuple[str, ...]) -> bool:
    """The clauses naming the two share a content word besides the names' own ('… Hospital in
    Memphis' / '… Center in Memphis'): one context. A word of another clause ('In Dayton, the
    governor praised …') says nothing of the name."""
    own = tu.stems(clause(a.text, ra[-1])) & tu.stems(clause(b.text, rb[-1]))
    return bool(own - {tu.stem(t) for t in ra + rb})


def _rank_links(statements: Sequence[Statement]) -> list[Link]:
    """Two sources naming different people as the one of a rank: 'Martin Ames was the
    second victim identified' / 'Lena Ruiz was the second fatality identified'."""
    index: dict[str, list[tuple[int, roles.Rank]]] = {}
    for n, st in enumerate(statements):
        if st.stems & roles.RANK_KEYS:
            for found in roles.ranks(st.text):
                index.setdefault(found.ordinal, []).append((n, found))
    links = []
    for ordinal, a, ra, b, rb in _pairs(index, statements):
        if ra.who & rb.who or not ra.of & rb.of:
            continue  # one person, or ranks in two things
        links.append(Link("name", ordinal, (" ".join(sorted(ra.who)), ra.name),
                          (" ".join(sorted(rb.who)), rb.name), a, b))
    return links
