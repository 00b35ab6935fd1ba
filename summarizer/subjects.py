"""Whether two values of one topic that two statements give are about one thing (pure): one
person's age, one event's date, one match's score, one amount of one thing, one count of one
kind. `align` asks it of each pair of values that differ; a "no" leaves two facts, not a
disagreement.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import spelling, when
from . import textutil as tu
from .around import APPROX_WORDS
from .dated import month_stems, same_day
from .doers import Doer, two_doers
from .figures import spelled
from .quantity import CHANGES, GENERIC, YEAR, possible_share
from .statements import ALIKE, Marks, Statement, beside, clause, likeness, related
from .value import EVENTS, TALLY, Quantity, measured_alike

# an amount asked for, not had
_ASKED = frozenset({"sought", "seek", "seeks", "seeking", "asked", "asking", "demanded",
                    "demanding", "demand", "demands", "claimed", "claiming", "claims", "goal",
                    "target", "aim", "aims", "aiming", "hopes", "hoping", "hope", "wants",
                    "requested", "requesting", "proposed", "proposing", "offered", "offering",
                    "bid", "targeted"})
# after a value, in a clause of its own: 'the 35 new stores it had targeted'
_AIMED = frozenset({"targeted", "sought", "wanted", "planned", "promised", "hoped"})
_PREPOSITIONS = frozenset({"to", "of", "in", "at", "on", "for", "from", "near", "by", "with",
                          "over", "under", "across", "along"})
_HAS = frozenset({"runs", "operates", "employs", "owns", "manages", "oversees", "comprises",
                  "boasts", "serves", "houses"})  # not 'has': 'has risen to 11'
_PARTICIPLE_ENDS = ("ed", "en", "sent", "cut", "shut", "hit", "put", "lost", "left", "held",
                    "kept", "laid", "let", "sold", "built", "struck", "stuck")
_PART_WORDS = frozenset({"first", "last", "next", "other", "remaining", "final", "initial"})
_INCLUDING = re.compile(r"\b(?:including|among them|of them|of whom)\s+(?:the\s+)?([\w,-]+)",
                        re.IGNORECASE)
_OWNERS = frozenset({"the", "its", "their", "his", "her", "our", "your", "these", "those"})
_EACH = frozenset({"each", "apiece", "per", "every"})
_PER = re.compile(r"\s*(?:a|an|per) (?:ticket|head|person|unit|piece|item|day|week|month|year"
                  r"|hour|night|seat|share)\b", re.IGNORECASE)


Role = Callable[[str, str], tuple[bool, bool]]  # what part a value of a sentence plays


@lru_cache(maxsize=1)
def _asked_stems() -> frozenset[str]:
    """The stems of `_ASKED`: a pair of sentences holding none has no amount asked for (its
    clauses are read only when one does: a sentence of many values is in many pairs)."""
    return frozenset(tu.stem(w) for w in _ASKED)


def same_subject(qa: Quantity, qb: Quantity, sa: Statement, sb: Statement,
                  sole: Callable[[], bool] = lambda: False, roles: Role | None = None,
                  doers: Doer | None = None) -> bool:
    """Whether two values of one topic are about the same thing; `sole` tells whether each
    is the only value of its topic its articles give; `roles` is `role` and `doers` is
    `doers.doer`, or a caller's memo of each."""
    roles = roles or role
    if qa.topic == "age":  # one person: the same name, or one name within the other
        if _owned(qa, sa) or _owned(qb, sb):
            return False  # "Graham Tunstall's 19-year-old son": the son's age
        (small, _), (large, told) = sorted(((qa.anchors, sa), (qb.anchors, sb)),
                                           key=lambda side: len(side[0]))
        return bool(small) and small <= large and (
            len(small) == 1 or small == large or _middle_name(small, large, told))
    if _two_kinds(qa, qb) or possible_share(qa, qb) or (
            qa.topic in GENERIC and not measured_alike(qa, qb)):
        return False  # 'two robbery charges' and 'three charges of contempt' count two kinds;
        # '12 Nepali workmen' may be some of '25 workmen'
    if qa.topic.startswith(("by:", "led:")):  # changes and margins: one way, of one thing
        if _two_ways(qa, qb):
            return False  # 'The number of unemployed fell by 35,000' / 'rose by 84,000'
        return (len(qa.anchors & qb.anchors - month_stems()) >= 2 or related(sa, sb)) and \
            not tu.told_apart(_periods(sa.text), _periods(sb.text))  # not 'in March' / 'in
        # April'
    if qa.topic.startswith("row:"):  # 'a fourth consecutive week at Number 1': of one
        # thing when the words around say alike, on no two weekdays ('Stocks fell for a third
        # straight session' / 'Oil prices rose for a fifth straight session')
        days = [{w for w in q.anchors if w in when.WEEKDAYS} for q in (qa, qb)]
        named = [q.anchors & {tu.stem(n) for n in tu.names(st.text, include_first=True)}
                 for q, st in ((qa, sa), (qb, sb))]
        return len((qa.anchors & qb.anchors) - days[0] - days[1] - month_stems()) >= 2 and \
            not _two_ways(qa, qb) and not tu.told_apart(*days) and \
            not tu.told_apart(*named)  # 'Sinner won his second straight …' / 'Alcaraz won
        # his fourth straight …'
    if qa.topic not in EVENTS and two_doers(qa, sa, qb, sb, doers):
        return False  # 'The UIP won 19 seats' / 'Esther Molisa, whose party won six seats'
    shared = qa.anchors & qb.anchors
    if qa.topic == qa.unit:  # an amount keyed by its unit: '$4.2 million contract' / 'will
        # cost $2.4 million under the contract'. Stories state many amounts of many things,
        # so both sentences must be about one thing, and neither compares amounts ('up from $3
        # million', 'from 63.8% to 77.6%', '$1 a day' / '$7,250 a month')
        # When each article gives only this one amount in its unit, it is the story's one
        # amount: a word the sentences share will do ('will spend $4.2 million renovating
        # Riverside Park' / 'The project, budgeted at $2.4 million, also repaves the park's
        # paths'); and sentences much alike need no word around the amounts ('was awarded
        # $420,000 in damages after a court ruled the Evening Ledger had …' / 'The Evening
        # Ledger must pay Marisa Coulthorne $240,000 after a judge found …')
        alike = ((len(shared) >= 2 or (shared and len(sa.names & sb.names) >= 2
                                       and years(sa.text) == years(sb.text)))
                 and related(sa, sb)) or likeness(sa, sb) >= ALIKE or (
            not (_said_of(qa, sa) or _said_of(qb, sb)) and
            bool((sa.stems & sb.stems) - tu.stems(qa.span) - tu.stems(qb.span)) and sole())
        # two levels a change reached, of one measure: the level now, whatever it rose from
        levels = _levels_of_one_measure(qa, qb, sa, sb)
        if qa.unit == "%" and _direction(qa, sa) * _direction(qb, sb) < 0:
            return False  # 'up 3.8% from $451,400 in October of last year' / 'down 1.2% from
            # September': two changes, over two periods
        return (alike or levels) and _of_one_thing(qa, qb, sa, sb) and \
            roles(sa.text, qa.span) == roles(sb.text, qb.span) and \
            (levels or not (_compares(sa, qa.topic) or _compares(sb, qa.topic)))
    if qa.topic == "score":  # one match: a team named in both, and no two opponents
        return not (qa.sort and qb.sort and qa.sort != qb.sort) and (
            bool(sa.names & sb.names) or (bool(shared) and related(sa, sb)))
    if qa.topic == TALLY:  # one vote: a word in common, sentences alike, or each article's
        # one tally when the two share a side or a total ('passed by 212 votes to 187' /
        # 'with 204 deputies voting in favour and 187 against'; not a union's 212-18 and a
        # cabinet's 7-2); a committee's and a council's are two (`_two_kinds`)
        near = qa.low == qb.low or qa.high == qb.high or qa.low + qa.high == qb.low + qb.high
        return bool(shared) or related(sa, sb) or (near and sole())
    if qa.topic == "origin":  # the year one thing was built: the same thing named before
        # it ('Bellweather Foods, founded in 1952' / 'Bellweather Foods' plant, established
        # in 1978' are two), with a word shared or as each article's one such year
        return bool(qa.sort) and qa.sort == qb.sort and (bool(shared) or bool(
            (sa.stems & sb.stems) - tu.stems(qa.span + " " + qb.span) and sole()))
    if qa.implied or qb.implied or qa.topic.endswith(" later"):
        return len(shared) >= 2  # 'his daughters', 'three days later': what they did, alike
    if qa.topic in {"date", "weekday"}:  # the clause around each date: what happened on it
        return same_day(qa, qb, sa, sb, shared, sole)
    if qa.topic == "time" and qa.sort != qb.sort:
        return False  # '7:30 p.m. Pacific' / '10:30 p.m. Eastern': a zone said on one side
    if qa.topic == "time" and _journey(qa, sa) != _journey(qb, sb):
        return False  # 'had left the jetty at 6.15am' / 'struck a reef at about 7.30am';
        # 'will leave Samoa at 11.30pm' / 'will land at 4:50 a.m.': two moments of a journey
    if qa.topic.endswith("magnitude") and _aftershock(qa, sa) != _aftershock(qb, sb):
        return False  # 'A magnitude 5.6 earthquake struck' / 'a strong aftershock of
        # magnitude 4.3 shook the area again': two quakes
    if _partial(qa, sa) != _partial(qb, sb):
        return False  # 'the first 36 satellites' are some of '288 satellites' ('the next
        # five years' / 'the next eight years' are compared)
    if qa.measures and qb.measures and tu.told_apart(_with(qa, sa), _with(qb, sb)):
        return False  # 'a two-year contract with Liverpool' / 'a five-year deal with Adidas'
    if _in_season(qa, sa) != _in_season(qb, sb) and \
            _one_game(sb if _in_season(qa, sa) else sa):
        return False  # '19 touchdown passes on the season' / 'completed 27 of 39 passes on
        # Sunday': a season's and a game's
    if _standing(qa, sa) != _standing(qb, sb):
        return False  # 'The plant employs 800 workers' / 'will shed 120 employees'
    if _over_several(qa, sa, qb, sb) or _over_several(qb, sb, qa, sa):
        return False  # 'The race's five stages totalled 846 kilometres' / 'on the
        # 171-kilometre final stage': several against one
    if _part_of_a_year(qa, sa, qb, sb) or _part_of_a_year(qb, sb, qa, sa):
        return False  # 'handled 1.42 million TEU in the third quarter of 2026' / 'handled
        # just over five million TEU last year': a quarter's and a year's
    if _running_total(qa, sa, sb) or _running_total(qb, sb, sa):
        return False  # 'carrying 14 broadband satellites for Lumen Orbital' / 'The launch
        # brings Lumen's on-orbit fleet to 126 satellites': what was added, and the whole now
    if _waits_apart(qa, sa, qb, sb):
        return False  # '1,340 patients … waiting more than two years' / 'nearly 9,900
        # patients had been waiting for more than 52 weeks' / 'the overall waiting list at
        # 68,412': counts past two bounds, or past one and all
    if qa.topic != "death" and (sa.stems | sb.stems) & _asked_stems() and \
            roles(sa.text, qa.span)[0] != roles(sb.text, qb.span)[0]:  # (a disease that
        # 'has claimed 37 lives' asked for none)
        return False  # 'Prosecutors had asked for a 10-year term' / 'imposed an eight-year
        # sentence': asked for and had are two things, of any kind
    if _included(sa, qb) or _included(sb, qa):
        return False  # 'rescue two people from a car' / 'five people were rescued …,
        # including two who were trapped in a car'
    if (qb.low < qa.low and _share_of(qa, sa) == qb.low) or \
            (qa.low < qb.low and _share_of(qb, sb) == qa.low):
        return False  # 'two of the borough's five recycling centres' / 'Two recycling centres'
    if qa.topic in _READINGS and (time_a := _day_part(qa, sa)) and \
            (time_b := _day_part(qb, sb)) and time_a != time_b and \
            not ((sa.stems & _PEAKS) and (sb.stems & _PEAKS)):  # ('peaked at 8.6 metres on
        # Sunday morning' / 'on Sunday night': one peak, two times for it)
        return False  # 'already 46.8C at 3pm' / 'had fallen only to about 31C overnight': two
        # readings, at two times of the day
    if _some_of_all(qa, sa, qb, sb) or _some_of_all(qb, sb, qa, sa):
        return False  # 'relief packs had reached all 24 towns in the province' / 'was raised
        # over 11 towns': some of them
    if (qb.low < qa.low * 0.8 and _whole_of_percent(qa, sa)) or \
            (qa.low < qb.low * 0.8 and _whole_of_percent(qb, sb)):
        return False  # 'Turnout was 64 per cent of the 20,400 members' / '1,696 members voted
        # against': the whole a percentage is of, and some of it
    if shared or spelling.demonym(qa.anchors, qb.anchors):
        return True
    return qa.topic not in GENERIC and related(sa, sb)


def years(text: str) -> frozenset[str]:
    """The years a sentence names ('paid a penalty of $250,000 in 2019')."""
    return frozenset(t for t in tu.tokens(text) if YEAR.fullmatch(t))


# what is left to go is told in: distances, times, laps
_LEFT_UNITS = frozenset({"kilometr", "km", "mile", "metr", "lap", "minut", "second", "hour",
                         "day", "week", "hole", "over", "yard", "foot"})


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _owned(q: Quantity, st: Statement) -> bool:
    """An age told after a possessive name, of someone else: "Graham Tunstall's 19-year-old
    son"."""
    before = beside(st, q.span, 20)[-1:]
    return bool(before) and tu.possessive(before[0])


def _middle_name(small: frozenset[str], large: frozenset[str], st: Statement) -> bool:
    """The longer name is the shorter with a middle name: 'Graham Leslie Tunstall' /
    'Graham Tunstall' (not 'Tom Hale Jr' / 'Tom Hale', 'Graham Leslie Tunstall' / 'Leslie
    Tunstall')."""
    if len(large - small) != 1:
        return False
    for run in st.runs:
        keys = [tu.key(w) for w in run]
        if len(keys) >= 3 and keys[0] in small and keys[-1] in small and \
                keys[-1] not in _SUFFIXES and (large - small) <= set(keys[1:-1]):
            return True
    return False


def _partial(q: Quantity, st: Statement) -> str:
    """How a count is of some of a group: by where they stand in it ('the first 36
    satellites', 'the remaining 40 homes', 'the other two', 'Marrow County and two
    neighboring counties': 'part'), or as what is left to go ('with 4.5km to go', 'eight
    minutes to go': 'to go'); '' for a whole count. Two parts are compared, a part and a
    whole are not."""
    if q.topic in _LEFT_UNITS and (" to go" in st.text or "remaining" in st.text or
                                   " left" in st.text or " from the " in st.text):
        after = beside(st, q.span, -20)[:3]
        if (_before_count(q, st, 12)[-1:] == ["with"] and (after[:2] == ["to", "go"] or after[:1]
                in (["remaining"], ["left"]))) or after in (["from", "the", "finish"],
                                                            ["from", "the", "line"]):
            return "to go"  # 'with 4.5km to go', '8km from the finish'
    span = [t.casefold() for t in tu.tokens(q.span)]
    lead = span[: next((n for n, t in enumerate(span) if tu.cardinal(t) or
                        any(c.isdigit() for c in t)), 0)]
    before = beside(st, q.span, 20) + lead
    if before[-1:] == ["and"] and len(before) > 1 and tu.stem(before[-2]) == q.topic:
        return "part"  # 'Marrow County and two neighboring counties': two more than one
    return "part" if set(before[-1:]) & _PART_WORDS else ""


def _included(st: Statement, q: Quantity) -> bool:
    """Whether `st` gives the value q as a share of its own figure: 'including two …'."""
    return q.low in _shares(st.text)


@lru_cache(maxsize=256)
def _shares(text: str) -> frozenset[float]:
    """The figures a sentence gives as shares ('including two …', 'of them three'), read
    once per sentence: a sentence of many values is in many pairs."""
    found = set()
    for m in _INCLUDING.finditer(text):
        word = m.group(1).casefold().replace(",", "")
        value = float(word) if word.isdigit() else spelled(word)
        if value is not None:
            found.add(value)
    return frozenset(found)


def _standing(q: Quantity, st: Statement) -> bool:
    """A count of what something has now, by the verb just before it ('which runs 12
    schools', 'The plant employs 800 workers', 'had 12,800 employees'), not of what
    happened to some of them or will ('will close three schools', 'will run nine schools
    from September')."""
    span = [t.casefold() for t in tu.tokens(q.span)]
    if set(beside(st, q.span, 30)[-1:] + span[:1]) & _HAS:
        return True
    if span[:1] not in (["has"], ["had"], ["have"]) or len(span) < 2 or \
            not tu.is_number(span[1]):
        return False  # 'has risen to 11'
    at = st.text.find(q.span)
    after = tu.tokens(st.text[at + len(q.span):])[:1] if at >= 0 else []
    return not (after and after[0].casefold().endswith(_PARTICIPLE_ENDS))  # 'The company had
    # 12,800 employees'; not 'had 40 flights cancelled', 'has 3 players suspended'


def _before_count(q: Quantity, st: Statement, chars: int) -> list[str]:
    """The words, in lower case, of the `chars` characters before a count, and those of its
    own words before its number ('its' in 'its 12 schools')."""
    span = [t.casefold() for t in tu.tokens(q.span)]
    return beside(st, q.span, chars) + span[: next(
        (n for n, t in enumerate(span) if tu.is_number(t)), 0)]


_DAY_PARTS = {"morning": "morning", "dawn": "morning", "daybreak": "morning",
              "afternoon": "afternoon", "midday": "afternoon", "noon": "afternoon",
              "evening": "evening", "dusk": "evening", "night": "night", "overnight": "night",
              "tonight": "night", "midnight": "night"}


_PEAKS = frozenset(tu.stem(w) for w in "peaked peak high highest record maximum".split())
# what is read off at a time of day and changes through it: a temperature, a level
_READINGS = frozenset({"c", "f", "degre", "celsiu", "fahrenheit", "metr", "foot", "inch",
                       "centimetr", "millimetr", "cm", "mm"})
_CLAUSE_END = re.compile(r"[,;()\u2014]|:(?!\d)|\s-\s")  # not the colon of '9:40 a.m.'
_DAY_WORDS = re.compile(r"\b(?:" + "|".join(_DAY_PARTS) + r")\b|\d\s*[ap]\.?m\b",
                        re.IGNORECASE)
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.]\d\d)?\s*([ap])\.?m\b", re.IGNORECASE)


def _day_part(q: Quantity, st: Statement) -> str:
    """The part of the day a value's clause tells it of, by a word ('on Tuesday afternoon',
    'overnight') or a time of day ('at 3pm'); '' when it tells none."""
    at = st.text.find(q.span)
    if at < 0:
        return ""
    # its clause, read from a window around it (a sentence of many values is in many pairs)
    before = st.text[max(0, at - 80) : at]
    after = st.text[at + len(q.span) : at + len(q.span) + 80]
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    cut = _CLAUSE_END.search(after)
    own = before[ends[-1] if ends else 0 :] + q.span + (after[: cut.start()] if cut else after)
    if not _DAY_WORDS.search(own):
        return ""
    parts = {_DAY_PARTS[w] for w in (t.casefold() for t in tu.tokens(own)) if w in _DAY_PARTS}
    for m in _CLOCK.finditer(own):
        hour = int(m.group(1)) % 12 + (12 if m.group(2)[:1].casefold() == "p" else 0)
        parts.add("morning" if 5 <= hour < 12 else "afternoon" if 12 <= hour < 18 else
                  "evening" if 18 <= hour < 22 else "night")
    return parts.pop() if len(parts) == 1 else ""


# the words that tell a time of day is a journey's start or its end, with the word after
# them when they take one ('took off', 'set sail', 'touched down'); 'reached' and 'sailed' are
# left out ('reached a deal at 2am', 'sailed into port')
_LEAVING = frozenset("left leave leaves leaving depart departs departed departing departure "
                     "fled".split())
_LEAVING_AFTER = {"took": {"off"}, "take": {"off"}, "takes": {"off"}, "taking": {"off"},
                  "set": {"off", "sail"}, "sets": {"off", "sail"}, "setting": {"off", "sail"},
                  "lifted": {"off"}, "lifts": {"off"}, "lifting": {"off"}}
_ARRIVING = frozenset("arrive arrives arrived arriving arrival land lands landed landing docked "
                      "docks".split())
_ARRIVING_AFTER = {"touched": {"down"}, "touches": {"down"}, "sailed": {"into"}}
# what a vehicle leaves in an accident, not at a journey's start ('left the rails at 6:48
# a.m.'); what 'left' leaves when it is no journey ('left 3 dead', 'left office', 'left
# unresolved'): only 'left' before 'the', 'for', 'from', 'at', 'on', a name or the time is one
_OFF_THE_WAY = frozenset({"rails", "road", "track", "tracks", "runway", "roadway",
                          "carriageway", "motorway", "highway", "tarmac"})
_LEFT_FOR = frozenset({"the", "for", "from", "at", "on", "its", "their", "his", "her", "port",
                       "harbour", "harbor", "home", "dock", "base", "camp", "hospital"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their"})  # 'landed the deal'
# words that end the stretch a time of day's verb is read in: another clause
_JOINERS = frozenset({"and", "but", "which", "who", "when", "while", "after", "before", "as",
                      "then", "where", "until", "because", "so"})
# past tenses not ending in -ed: another verb, so no journey word beyond it is the time's
_PAST = frozenset("""struck hit began begun broke fell sank shook caught came went ran spoke said
told found held met won lost made took swept tore blew burst froze rang sent set stood gave
got brought""".split())
_JOURNEY_WORDS = 8  # how far from a time of day its verb is read


def _journey(q: Quantity, st: Statement) -> str:
    """Whether a time of day is a journey's start ('leave'), its end ('arrive') or neither
    (''), by the verb of its clause: the nearest before it ('had left the Kuala Terap jetty at
    6.15am', 'and land in Hawaii at 5.50am'; not 'The plane took off at 6am and crashed at
    6:40am'), or after it when it opens its clause ('At 7am the ferry departed')."""
    at = st.text.find(q.span)
    if at < 0:
        return ""
    before = st.text[max(0, at - 120) : at]
    cut = [m.end() for m in tu.CLAUSE_END.finditer(before)]
    words = tu.tokens(before[cut[-1] if cut else 0 :])
    found = _journey_verb(words[::-1], backward=True)
    if found is None and len(words) <= 2:  # 'At 7am on Tuesday the ferry departed'
        after = st.text[at + len(q.span) : at + len(q.span) + 120]
        stop = tu.CLAUSE_END.search(after)
        found = _journey_verb(tu.tokens(after[: stop.start() if stop else None]))
    return found or ""


def _journey_verb(words: list[str], backward: bool = False) -> str | None:
    """The first verb of `words` (read away from a time of day, nearest first: `backward`
    when they come before it) as a journey's 'leave' or 'arrive', '' for another verb or a
    joining word, None for none within `_JOURNEY_WORDS`."""
    for k, token in enumerate(words[:_JOURNEY_WORDS]):
        word = token.casefold()
        # the words after this one in the sentence: before it in a backward reading
        then = words[k - 1 :: -1][:2] if backward and k else ([] if backward else words[k + 1 :
                                                                                       k + 3])
        nxt = then[0].casefold() if then else ""
        if word in _JOINERS:
            return ""
        if (word in _ARRIVING and nxt not in _DETERMINERS) or \
                nxt in _ARRIVING_AFTER.get(word, ()):
            return "arrive"
        if word == "left":  # 'left the Kuala Terap jetty at', 'left at'; not 'left the rails',
            # 'left 3 dead', 'left office'
            off = len(then) > 1 and nxt == "the" and then[1].casefold() in _OFF_THE_WAY
            return "leave" if not off and (not then or nxt in _LEFT_FOR or
                                           then[0][:1].isupper()) else ""
        if word in _LEAVING or nxt in _LEAVING_AFTER.get(word, ()):
            return "leave"
        if word in _PAST or (word.endswith("ed") and len(word) > 4):
            return ""
    return None


_SHOCKS = frozenset({"aftershock", "aftershocks", "foreshock", "foreshocks"})  # ('tremor'
# is as often the main quake: 'The magnitude 6.1 tremor struck')


def _aftershock(q: Quantity, st: Statement) -> bool:
    """Whether a magnitude is told of a quake before or after the main one, by the words
    just around it ('a strong aftershock of magnitude 4.3', 'a 4.3-magnitude aftershock'; not
    'recorded 62 aftershocks since the magnitude 5.6 main shock')."""
    return bool(set(beside(st, q.span, 18)[-2:] + beside(st, q.span, -14)[:2]) & _SHOCKS)


# a whole brought to a figure by what was added to it: 'brings Lumen's on-orbit fleet to 126
# satellites', 'takes the group's portfolio to 45 hotels'
_BROUGHT_TO = re.compile(r"\b(?:brings?|bringing|brought|takes|taking|took|raises|raising|raised"
                         r"|lifts|lifting|lifted|swells|swelling|swelled|pushes|pushing|pushed"
                         r"|expands|expanding|expanded)\s+((?:[\w'’.-]+\s+){0,4}?)([a-z]+)\s+to"
                         r"(?:\s+(?:about|around|some|nearly|almost|more than|over|roughly))?\s+$")
# what may stand between the verb and the whole's noun: its owner and what kind it is, not a
# place or a part ('raised the toll in the north to 45', 'took the total lost to 2.4 million')
_NOT_OF_THE_WHOLE = frozenset({"in", "of", "from", "for", "on", "at", "across", "by", "with",
                               "since", "after", "over"})
# counts told in units, not of things a whole holds ('working days', 'points', '40C')
_UNIT_COUNTS = frozenset(tu.stem(w) for w in (
    "days hours minutes weeks months years points degrees percent metres meters feet miles "
    "kilometres kilometers tonnes tons votes".split()))
# wholes that are the story's own count, as the other side's plain count is: 'bringing the
# death toll to 45' / 'have killed 52 people' still differ
_TOTALS = frozenset(tu.stem(w) for w in (
    "total tally toll number count figure sum deaths dead casualties injured cases "
    "infections victims people".split()))


def _running_total(q: Quantity, st: Statement, other_st: Statement) -> bool:
    """Whether q is a whole that something added brought to a figure (`_BROUGHT_TO`), told by
    a noun of its own that the other sentence does not use ('fleet', 'portfolio'): then the
    other's count of the same things is what was added, or some of them."""
    whole = _brought_whole(st.text, q.span)
    return bool(whole) and whole not in other_st.stems


@lru_cache(maxsize=4096)
def _brought_whole(text: str, span: str) -> str:
    """The stem of the whole a figure (`span` of `text`) was brought to ('fleet' in 'brings
    Lumen's on-orbit fleet to 126 satellites'), or '' (once per value: it is in many pairs)."""
    at = text.find(span)
    number = re.search(r"\d", span)
    if at < 0 or number is None or " to " not in text:
        return ""
    head = _BROUGHT_TO.search(text[max(0, at - 120) : at + number.start()])
    counted = tu.tokens(span[number.start() :])[-1:]  # the things counted: 'satellites'
    if head is None or not counted or not counted[0].casefold().endswith("s") or \
            tu.stem(counted[0]) in _UNIT_COUNTS:
        return ""
    noun, between = head.group(2), tu.tokens(head.group(1).casefold())
    whole = tu.stem(noun)
    return whole if whole not in _TOTALS and not set(between) & _NOT_OF_THE_WHOLE and \
        noun not in tu.STOPWORDS and not noun.endswith("ed") and noun != "lost" and \
        whole not in tu.stems(span.split(noun)[-1]) else ""


def _over_several(q: Quantity, st: Statement, other: Quantity, other_st: Statement) -> bool:
    """Whether `q` is told of several, summed, of what `other` is told of one picked out: a
    count of more than one before q in its sentence that a word of summing follows ('five
    stages totalled 846 kilometres', 'The two reactors generated a combined'), of a word
    around both, against one of them ('the 171-kilometre final stage', 'Stage 21'); not
    'Two men were arrested after officers seized a total of 30 kilograms'."""
    if not _told(_SUMMED, st.text):
        return False
    at = st.text.find(q.span)
    for c in st.quantities:
        start = st.text.find(c.span)
        if c is q or c.unit or c.low <= 1 or not 0 <= start < at or \
                c.topic not in q.anchors or c.topic not in other.anchors or \
                c.topic in _counted(other, other_st):
            continue
        summed = _SUMMED.search(st.text, start + len(c.span))
        between = st.text[start + len(c.span) : summed.start()] if summed else ""
        if summed and summed.start() <= at and len(tu.tokens(between)) <= 5 and \
                not tu.CLAUSE_MARK.search(between) and \
                _one_picked(c.topic, other_st):
            return True
    return False


# a figure told as a sum: 'five stages totalled 846 kilometres', 'had combined sales of'
_SUMMED = re.compile(r"\btotal(?:l?ed|l?ing|s)?\b|\bcombined\b|\bin all\b|\baltogether\b|"
                     r"\bbetween them\b", re.IGNORECASE)
_PICKED = frozenset({"final", "first", "last", "opening", "closing", "second", "third",
                     "fourth", "fifth", "longest", "shortest", "eldest", "youngest", "oldest"})


def _one_picked(topic: str, st: Statement) -> bool:
    """Whether `st` picks out one of what `topic` counts: 'the final stage', 'the eldest
    brother', 'Stage 21', 'one of the turbines'."""
    toks = [t.casefold() for t in tu.tokens(st.text)]
    for n, t in enumerate(toks):
        if tu.stem(t) != topic:
            continue
        if (n and toks[n - 1] in _PICKED) or (n + 1 < len(toks) and toks[n + 1].isdigit()) or \
                toks[max(0, n - 3) : n] == ["one", "of", "the"]:
            return True
    return False


_PART_OF_A_YEAR = re.compile(
    r"\b(?:first|second|third|fourth|final|latest|last|march|june|september|december)"
    r"[- ]quarter\b(?! of (?:the|a) (?:match|game|night|century))(?!-century)|\bin Q[1-4]\b|"
    r"\b(?:first|second) half of (?:the year|(?:19|20)\d\d)\b|\bhalf-year\b|"
    r"\b(?:first|the) nine months\b", re.IGNORECASE)
_A_YEAR = re.compile(r"\b(?:last|this) year\b|\bfull[- ]year\b|\bwhole (?:of )?(?:last )?year\b"
                     r"|(?P<numbered>\b(?:in|for|during|throughout) (?:all of )?(?:19|20)\d\d\b"
                     r"(?! (?:to|and)\b))",  # 'handled 690,000 TEU in 2025' (not 'in 2024
                     re.IGNORECASE)  # and 2025')
_YEAR_BESIDE = 16  # how far from a figure a year told by its number is the figure's
_SAME_PERIOD = re.compile(r"\bthe same (?:period|quarter|months)\b", re.IGNORECASE)
_QUARTER_WORDS = re.compile(r"\bquarter|\bhalf\b|\bmonths\b|\bQ[1-4]\b|\bH[12]\b",
                            re.IGNORECASE)


def _part_of_a_year(q: Quantity, st: Statement, other_q: Quantity, other: Statement) -> bool:
    """Whether `q`'s clause tells of a part of a year ('in the third quarter', 'the first
    half of 2025', 'the first nine months') and `other_q`'s of a year ('last year',
    'full-year'), the other sentence naming no part of one (no quarter, half, months or
    month); not a game's 'fourth quarter', 'a quarter-century'."""
    if not (_told(_PART_OF_A_YEAR, st.text) and _told(_A_YEAR, other.text)) or \
            _told(_QUARTER_WORDS, other.text):
        return False  # the whole sentences first: a sentence of many values is in many pairs
    mine, theirs = clause(st.text, q.span), clause(other.text, other_q.span)
    part = _PART_OF_A_YEAR.search(mine) or (  # 'from 1.30 million TEU in the same period last
        _SAME_PERIOD.search(mine) and _PART_OF_A_YEAR.search(st.text))  # year': the quarter's
    return bool(part) and _a_years(theirs, other_q.span) and \
        not any(when.month_of(t.casefold()) for t in tu.tokens(other.text))


def _a_years(own: str, span: str) -> bool:
    """Whether a figure's clause tells of a year: 'last year', 'full-year' anywhere in it; a
    year by its number just beside the figure ('handled 690,000 TEU in 2025'; not 'delivered
    462,000 cars and expects more deliveries in 2026')."""
    at = own.find(span)
    for m in _A_YEAR.finditer(own):
        if not m.group("numbered") or at < 0 or (
                at + len(span) <= m.start() <= at + len(span) + _YEAR_BESIDE or
                at - _YEAR_BESIDE <= m.end() <= at):
            return True
    return False


@lru_cache(maxsize=1024)
def _told(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` is found in `text` (a sentence is asked once per pattern)."""
    return bool(pattern.search(text))


def _counted(q: Quantity, st: Statement) -> frozenset[str]:
    """What else `q`'s sentence counts (its topics)."""
    return frozenset(c.topic for c in st.quantities if c is not q)


# a wait past a bound told after a count: 'had been waiting more than two years', 'waited
# longer than 104 weeks', 'on waiting lists for more than 18 months'
_WAITED = re.compile(r"\bwait(?:ing|ed|s)?(?: lists?)?(?: for)? (?:more|longer) than "
                     r"(a|an|one|[\d,.]+|[a-z]+(?:-[a-z]+)?) "
                     r"(minute|hour|day|week|fortnight|month|year|decade)s?( and a half)?\b",
                     re.IGNORECASE)
_HOURS = {"minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0, "fortnight": 336.0,
          "month": 730.0, "year": 8760.0, "decade": 87600.0}
_WHOLE_LIST = re.compile(r"\bwaiting list\b", re.IGNORECASE)
# any bound of time, however worded: a sentence holding one is no whole list's
_ANY_BOUND = re.compile(r"\b(?:more|longer) than|\bover\b|\bat least\b|\bor (?:more|longer)\b|"
                        r"\bwaits? of\b|-(?:year|month|week|day|hour)\b", re.IGNORECASE)


def _waited(q: Quantity, st: Statement) -> float:
    """The bound, in hours, of a wait a count is past, told in its clause after it ('1,340
    patients had been waiting more than two years': 8760 * 2); 0 when none is told."""
    if q.unit or "wait" not in st.text:
        return 0.0
    at = st.text.find(q.span)
    if at < 0:
        return 0.0
    after = st.text[at + len(q.span) : at + len(q.span) + 90]
    end = tu.CLAUSE_MARK.search(after)
    found = _WAITED.search(after[: end.start() if end else None])
    if not found:
        return 0.0
    amount = found.group(1).casefold()
    digits = amount.replace(",", "")
    number = 1.0 if amount in ("a", "an", "one") else spelled(amount) if amount.isalpha() \
        else float(digits) if digits.replace(".", "", 1).isdigit() else None
    if not number:
        return 0.0
    return (number + (0.5 if found.group(3) else 0.0)) * _HOURS[found.group(2).casefold()]


def _waits_apart(qa: Quantity, sa: Statement, qb: Quantity, sb: Statement) -> bool:
    """Counts past two bounds of a wait ('more than two years' / 'more than 52 weeks'), or
    past one and a whole waiting list: not one figure ('longer than 104 weeks' is two
    years)."""
    wa, wb = _waited(qa, sa), _waited(qb, sb)
    if wa and wb:
        return abs(wa - wb) > 0.02 * max(wa, wb)
    whole = (sb if wa else sa).text  # the other: the whole list, with no bound of its own
    return bool(wa or wb) and bool(_WHOLE_LIST.search(whole)) and not _ANY_BOUND.search(whole)


def _in_season(q: Quantity, st: Statement) -> bool:
    """A count told as a season's so far: '19 touchdown passes on the season', '30 goals this
    season', not one game's."""
    if "season" not in st.text:
        return False
    after = beside(st, q.span, -24)[:3]
    return after[:3] in (["on", "the", "season"], ["for", "the", "season"]) or \
        after[:2] == ["this", "season"]


_GAME_WORDS = frozenset(tu.stem(w) for w in (
    *"game match win loss victory defeat quarter overtime halftime inning".split(),
    *when.WEEKDAYS))


def _one_game(st: Statement) -> bool:
    """A sentence telling of one game: a weekday, or a game's words."""
    return bool(st.stems & _GAME_WORDS)


def _with(q: Quantity, st: Statement) -> set[str]:
    """The names of whom a term is with, just after it: 'a five-year deal with Adidas'."""
    at = st.text.find(q.span) + len(q.span)
    window = st.text[at : at + 40]
    if "with" not in [t.casefold() for t in tu.tokens(window)][:3]:
        return set()
    rest = window[window.casefold().find("with") + 4 :]
    return {tu.key(n) for n in tu.names(rest, include_first=True)}


def _all_of(q: Quantity, st: Statement) -> bool:
    """A count of the whole of a group: 'all 24 towns', 'all of its 12 schools'."""
    before = _before_count(q, st, 30)[-3:]
    return before[-1:] == ["all"] or (before[-3:-1] == ["all", "of"] and before[-1] in _OWNERS)


def _some_of_all(whole: Quantity, sw: Statement, part: Quantity, sp: Statement) -> bool:
    """A count of all of a group against a smaller count of some of it, each done by
    another ('relief packs had reached all 24 towns' / 'Wind Signal No. 4 was raised over 11
    towns'); not 'All 12 boys were rescued' / 'The 11 boys were rescued', nor one doer's
    ('Floodwaters cut off all 12 villages' / 'Floodwaters isolated nine villages')."""
    if not (part.high < whole.low and _all_of(whole, sw) and not _all_of(part, sp)):
        return False
    doers = [{tu.stem(w) for w in _before_count(q, st, 60) if w not in tu.STOPWORDS and
              w not in APPROX_WORDS and w != "all" and not tu.is_number(w)}
             for q, st in ((whole, sw), (part, sp))]  # the words before it: who did it
    return _before_count(part, sp, 10)[-1:] != ["the"] and tu.told_apart(*doers)


def _share_of(q: Quantity, st: Statement) -> float | None:
    """The share told just before a count of the whole: 2 in 'two of the borough's five
    recycling centres', 3 in '3 of its 12 schools', 2 in 'Two of the ferry company's six
    vessels' (the words between 'of' and the count end with an owner)."""
    before = _before_count(q, st, 50)[-5:]
    if not before or not (before[-1] in _OWNERS or tu.possessive(before[-1])):
        return None
    for k in range(len(before) - 2, 0, -1):
        if before[k] == "of":
            word = before[k - 1].replace(",", "")
            return float(word) if word.isdigit() else spelled(word)
    return None


def _said_of(q: Quantity, st: Statement) -> bool:
    """Whether an amount says what it is of or for: a kind ('for repairs', 'on buses'), a
    noun ('a $4 million contract'), a noun before 'of' ('a salary of $1.1 million', 'a grant
    of £14,000') or after 'in' ('$400,000 in fees'), or a share of something ('62% of
    voters'): then it is one of many amounts a story may give, not surely its one."""
    if q.sort or q.measures:
        return True
    before, after = beside(st, q.span, 40), beside(st, q.span, -30)
    return before[-1:] == ["of"] or after[:1] in (["in"], ["of"], ["for"], ["a"], ["per"])


def _two_kinds(qa: Quantity, qb: Quantity) -> bool:
    """Each value says which kind it counts, and the kinds differ; an amount's kind, what it
    is for, may be a word the other's clause has ('for road repairs' / 'for repairs to
    roads')."""
    if not (qa.sort and qb.sort) or qa.sort == qb.sort:
        return False
    return qa.topic != qa.unit or not (qa.sort in qb.anchors or qb.sort in qa.anchors)


def _of_one_thing(qa: Quantity, qb: Quantity, sa: Statement, sb: Statement) -> bool:
    """What one amount measures — the noun it is of, or the words of its clause before it,
    'Home prices' rose 6% — is in the other's clause: 'Rents rose 4%' measures another
    thing. A clause that opens with its amount says nothing of it."""
    ca, cb = clause(sa.text, qa.span, sa.marks), clause(sb.text, qb.span, sb.marks)
    wa, wb = _measured(qa, ca), _measured(qb, cb)
    return not (wa and wb) or bool(wa & tu.stems(cb) or wb & tu.stems(ca))


def _measured(q: Quantity, own: str) -> set[str]:
    """The noun an amount is of, or the content words before it in its clause but the verb
    that states it ('rose', 'will cost')."""
    if q.measures:
        return {q.measures}
    head = tu.tokens(own[: max(own.find(q.span), 0)]) + tu.tokens(q.span)
    lead = next((n for n, t in enumerate(head) if tu.is_number(t)), len(head))
    if lead >= 2 and head[lead - 1].casefold() == "of" and \
            head[lead - 2].casefold() not in tu.STOPWORDS:
        if tu.stem(head[lead - 2]) in CHANGES:  # 'a council tax increase of 3.9%' measures
            # the council tax: the change says nothing of what changed
            before = [t for t in head[max(0, lead - 4) : lead - 2]
                      if t.casefold() not in tu.STOPWORDS and not tu.is_number(t)]
            return tu.stems(" ".join(before))
        return {tu.stem(head[lead - 2])}  # 'a salary of $1.1 million' is of a salary
    # what is measured is said before a preposition: 'Repairs to the Halden pier will cost
    # $5 million' measures repairs, not the pier ('damage costing $3 million to the pier'
    # is another thing); a name says where or whose (the first word is capitalised anyway)
    cut = next((k for k, t in enumerate(head[:lead - 1]) if k and t.casefold() in _PREPOSITIONS
                and any(w.casefold() not in tu.STOPWORDS for w in head[:k])), lead)
    # ('budgeted at $2.4 million': a preposition just before the amount is the verb's)
    words = [t for k, t in enumerate(head[:cut])
             if t.casefold() not in tu.STOPWORDS and not (k and tu.is_name(t))]
    if cut == lead:
        words = words[:-1]  # the verb that states it: 'rose', 'will cost'
    return tu.stems(" ".join(words))


_UP = frozenset({"up", "rose", "risen", "rise", "rising", "rises", "increased", "gained", "higher",
                 "jumped", "climbed", "grew", "grown", "surged", "soared"})
_DOWN = frozenset({"down", "fell", "fallen", "falling", "falls", "decreased", "dropped", "lower",
                   "declined", "slipped", "slid", "shrank", "plunged", "sank", "eased"})


_REACHED = (_UP | _DOWN) - {"up", "down", "higher", "lower"}  # 'rose to 4.9%'
_UP_DOWN = {**{tu.stem(w): 1 for w in _UP}, **{tu.stem(w): -1 for w in _DOWN}}


def _two_ways(qa: Quantity, qb: Quantity) -> bool:
    """The words around two values tell changes that went two ways ('fell' / 'rose')."""
    ways = [{_UP_DOWN.get(w, 0) for w in q.anchors} - {0} for q in (qa, qb)]
    return bool(ways[0]) and bool(ways[1]) and ways[0] != ways[1]


def _level(q: Quantity, st: Statement) -> bool:
    """A level a change reached: 'rose to 4.9%', 'has risen to 5.1 per cent'."""
    words = _before_count(q, st, 25)[-2:]
    return words[1:] == ["to"] and words[0] in _REACHED


_PERIOD = re.compile(r"\b(?:this|last|next|past|previous)\s+(?:year|month|quarter|week)\b",
                     re.IGNORECASE)


def _periods(text: str) -> set[str]:
    """The periods a clause names: years, months, 'this year', 'last month'."""
    return {t.casefold() for t in tu.tokens(text) if YEAR.fullmatch(t) or
            when.month_of(t.casefold())} | {m.group().casefold() for m in _PERIOD.finditer(text)}


# words that name no measure of their own: 'the unemployment rate' is unemployment
_GENERIC_MEASURES = frozenset(tu.stem(w) for w in (
    "rate level figure index total number overall annual headline official".split()))


def _levels_of_one_measure(qa: Quantity, qb: Quantity, sa: Statement, sb: Statement) -> bool:
    """Two levels a change reached, of one measure told in the same words before them
    (places too) and of one period if both sentences name one: 'The unemployment rate rose
    to 4.9%' / 'Unemployment has risen to 5.1 per cent'; not 'Youth unemployment rose to
    14.8%', 'Inflation in Scotland rose to 4.5%' or 'rose to 3.9% in January'."""
    if not (_level(qa, sa) and _level(qb, sb)):
        return False
    heads, places = [], []
    for q, st in ((qa, sa), (qb, sb)):
        own = clause(st.text, q.span)
        words = tu.tokens(own[: max(own.find(q.span), 0)] + " " + q.span)
        words = words[: next((n for n, t in enumerate(words) if tu.is_number(t)), len(words))]
        heads.append({tu.stem(t) for t in words[:-2]  # the words before 'rose to'
                      if t.casefold() not in tu.STOPWORDS} - _GENERIC_MEASURES)
        places.append({tu.stem(n) for n in tu.names(own, include_first=True)} - heads[-1])
    if places[0] != places[1]:
        return False  # 'Unemployment rose to 6.1% in London' is a region's
    periods = [_periods(clause(st.text, q.span)) for q, st in ((qa, sa), (qb, sb))]
    return bool(heads[0]) and heads[0] == heads[1] and not tu.told_apart(*periods)


def _direction(q: Quantity, st: Statement) -> int:
    """Which way the change a value measures went, by the word just before it ('up 3.8%',
    'fell by 2%'): 1 up, -1 down, 0 unsaid ('up, at 38%' says no change)."""
    span = [t.casefold() for t in tu.tokens(q.span)]
    lead = span[: next((n for n, t in enumerate(span) if any(c.isdigit() for c in t)), 0)]
    words = (beside(st, q.span, 25) + lead)[-2:]
    if words[-1:] == ["by"]:
        words = words[:-1]
    word = words[-1] if words else ""
    return 1 if word in _UP else -1 if word in _DOWN else 0


def _whole_of_percent(q: Quantity, st: Statement) -> bool:
    """A count a percentage just before it is of: '64 per cent of the 20,400 members'."""
    if "%" not in st.text and "cent" not in st.text:
        return False
    before = _before_count(q, st, 40)[-4:]
    if "of" not in before[-2:]:
        return False
    ahead = before[: len(before) - before[::-1].index("of") - 1]
    return bool(ahead) and (ahead[-1] in {"cent", "percent"} or ahead[-1].endswith("%"))


def role(sentence: str, span: str, marks: dict[str, Marks] | None = None) -> tuple[bool, bool]:
    """What part the value `span` of `sentence` plays, by the words just before it in its
    clause (or just after it): asked for and not (yet) had ('seeking $2 million in damages',
    'a goal of $50,000', 'had sought $200,000', 'the 35 new stores it had targeted') or had
    ('fined $250,000', 'has raised $12,000'); and a price of each one ('Each of the buses will
    cost $125,000', '$40 a ticket') or of them all. Two amounts in two parts are two facts.
    `marks` keeps each sentence's clause marks for a caller asking of many of its values."""
    own = clause(sentence, span, marks)
    ahead = [t.casefold() for t in tu.tokens(own[: max(own.find(span), 0)])]
    words = [t.casefold() for t in tu.tokens(span)]
    before = ahead + words
    head = ahead[-2:] + words[:2]  # 'had originally sought a guaranteed 700 cubic metres per
    # second': the words before the value, not the value's own ('hope to reach the more than
    # 40 miners' asks for none)
    after = own[own.find(span) + len(span):] if span in own else ""
    later = [t.casefold() for t in tu.tokens(after)][:3]
    asked = any(w in _ASKED for w in head) or (  # 'the 35 new stores it had targeted'
        later[:1] in (["it"], ["they"], ["he"], ["she"], ["we"]) and bool(set(later) & _AIMED))
    each = any(w in _EACH and not (w == "per" and nxt == "cent")  # '4.9 per cent' is no rate
               for w, nxt in zip(before, [*before[1:], ""], strict=True)) or \
        _PER.match(after) is not None
    return asked, each


def _compares(st: Statement, unit: str) -> bool:
    return sum(q.topic == unit for q in st.quantities) > 1
