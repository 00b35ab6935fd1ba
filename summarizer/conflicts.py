"""Disagreements: one conflict per subject, every version and who states it (pure).

Two kinds of evidence feed it. Dedupe hands over pairs of near-identical sentences it kept
apart; their differences (`difference.differences`) are conflicts, unless the other sentence
states that value too, in another role. And alignment (`align.attribute_links`) pairs
statements of different sources, worded their own way, that give one attribute of one subject
different values: "12 workers" / "Fifteen workers", "Harlan, 64," / "Harlan, 65,", "Category
1" / "Category 3", "dozens" / "hundreds", "Ilsa Hernandez" / "Isla Hernandez".

Every value of one subject found in any pair joins one conflict, whose positions list each
version with all the sources stating it, the most widely reported first; eighty sources giving
eighty death tolls make one conflict of eighty positions, never 3,160 pairwise ones. A number
that changed over time is an **update**, not a dispute: when a side says so ("has risen to",
"earlier reports") or the sources are dated and the figure grows with the date; its positions
then run from the earliest to the latest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from . import align
from . import textutil as tu
from .difference import differences
from .models import Conflict, Position
from .quantity import possible_share
from .statements import Marks, Statement, clause, quantities
from .statements import read as statement
from .unionfind import union_find
from .value import Quantity
from .when import WEEKDAYS, month_of

# (kind, topic, (value, words, sentence, sources) of each side, description)
_Found = tuple[str, str, tuple[str, str, str, list[str]], tuple[str, str, str, list[str]], str]


@dataclass
class _Side:
    text: str  # the words that state this version
    sentence: str
    sources: set[str]
    later: bool = False  # its sentence says the figure changed to this


def find_conflicts(
    kept_apart: Iterable[tuple[str, str, list[str], list[str]]],
    statements: Sequence[tuple[str, list[str]]],
    dates: Mapping[str, str | None] | None = None,
    copies: Sequence[Sequence[str]] = (),
) -> list[Conflict]:
    """Conflicts from similar sentence pairs that dedupe kept apart, and from statements
    (text, sources) that alignment finds giving one attribute different values; `dates` (source
    id -> ISO date) tells an update from a dispute; `copies` (groups of source ids that are
    copies of one story, the original first) are one outlet each."""
    found: list[_Found] = []
    for a, b, sources_a, sources_b in kept_apart:
        keys_a, keys_b = set(tu.keys(a)), set(tu.keys(b))
        for diff in differences(a, b):
            if diff.kind == "apart":
                continue  # not one statement, but both may be true
            if diff.kind != "other" and (set(diff.values[0].split()) <= keys_b
                                         or set(diff.values[1].split()) <= keys_a):
                continue  # the other sentence states this value too, in another role
            topic, values = diff.topic, diff.values
            qa, qb = _quantity_of(a, diff.left), _quantity_of(b, diff.right)
            if diff.kind == "number" and qa and qb:
                if qa.topic != qb.topic or not qa.differs(qb) or possible_share(qa, qb):
                    continue  # '$150 per game' and '$3.77 per hour' count different things
                topic, values = qa.topic, (qa.value, qb.value)  # as alignment says them
            found.append((diff.kind, topic, (values[0], diff.left, a, sources_a),
                          (values[1], diff.right, b, sources_b), diff.description))
    read = [statement(text, sources) for text, sources in statements]
    outlet = {source: group[0] for group in copies for source in group}
    # a value is in many pairs and a sentence states many values: each sentence's clause
    # marks, each value's clause and description are worked out once in this call, and
    # dropped with it
    memo = _Memo()
    linked: dict[tuple[str, str], list[tuple[str, str]]] = {}  # sentence pair -> spans
    for link in align.attribute_links(read, outlet):
        sa, sb = read[link.a], read[link.b]
        found.append((link.kind, link.topic, (*link.left, sa.text, list(sa.sources)),
                      (*link.right, sb.text, list(sb.sources)),
                      _whose_age(link, sa, sb) or memo.described(sa.text, link.left[1],
                                                                 link.kind)))
        if link.kind != "number":
            linked.setdefault((sa.text, sb.text), []).append((link.left[1], link.right[1]))
            linked.setdefault((sb.text, sa.text), []).append((link.right[1], link.left[1]))
    return _grouped(_one_per_pair([f for f in found if not _read_twice(f, linked)]),
                    dates or {}, memo)


def _whose_age(link: align.Link, sa: Statement, sb: Statement) -> str | None:
    """'the age of Harold Dunmore': an age's conflict described by whose it is, the name as
    a side writes it ('has died aged …' alone says too little)."""
    if link.topic != "age":
        return None
    for st, (_, span) in ((sa, link.left), (sb, link.right)):
        whose = next((q.anchors for q in st.quantities if q.topic == "age" and q.span == span),
                     frozenset())
        run = next((r for r in st.runs if {tu.key(w) for w in r} & whose), None)
        if run:
            return "the age of " + " ".join(run)
    return None


def _read_twice(found: _Found, linked: Mapping[tuple[str, str], list[tuple[str, str]]]
                ) -> bool:
    """A number two kept-apart sentences give differently where alignment links them as
    another kind of value, at the same place in both (one span inside the other): 'December
    4' / 'December 11' is one date, not a date and a number too."""
    kind, _, (_, left, a, _), (_, right, b, _), _ = found
    if kind != "number":
        return False

    def within(x: str, y: str) -> bool:
        return x in y or y in x

    return any(within(left, sl) and within(right, sr) for sl, sr in linked.get((a, b), ()))


def _one_per_pair(found: Sequence[_Found]) -> list[_Found]:
    """One opposite ('other') per pair of sentences: the word alignment of a pair dedupe kept
    apart and the verdicts alignment reads ('granted bail' / 'denied bail', once for each
    word the verdict may be about) find the same disagreement."""
    seen: set[frozenset[str]] = set()
    kept = []
    for entry in found:
        pair = frozenset((entry[2][2], entry[3][2]))
        if entry[0] == "other" and pair in seen:
            continue
        seen.update([pair] if entry[0] == "other" else [])
        kept.append(entry)
    return kept


@dataclass
class _Memo:
    """One call's memos of `clause` and `_described` (module-wide caches would keep hostile
    long sentences alive for the life of the process)."""

    marks: dict[str, Marks] = field(default_factory=dict)
    clauses: dict[tuple[str, str], str] = field(default_factory=dict)
    descriptions: dict[tuple[str, str, str], str] = field(default_factory=dict)

    def clause(self, sentence: str, span: str) -> str:
        key = (sentence, span)
        if key not in self.clauses:
            self.clauses[key] = _with_its_words(sentence, span,
                                                clause(sentence, span, self.marks))
        return self.clauses[key]

    def described(self, sentence: str, span: str, kind: str) -> str:
        key = (sentence, span, kind)
        if key not in self.descriptions:
            self.descriptions[key] = _described(sentence, span, kind, self.clause)
        return self.descriptions[key]


def _grouped(found: Sequence[_Found], dates: Mapping[str, str | None],
             memo: _Memo) -> list[Conflict]:
    """One conflict per subject: the values linked by any pair, joined."""
    nodes: dict[tuple[str, str, str], int] = {}
    for kind, topic, left, right, _ in found:
        for side in (left, right):
            nodes.setdefault((kind, topic, side[0]), len(nodes))
    root = union_find(len(nodes), [(nodes[(kind, topic, left[0])], nodes[(kind, topic, right[0])])
                                   for kind, topic, left, right, _ in found])
    groups: dict[int, tuple[str, str, dict[str, _Side]]] = {}
    updated: dict[str, bool] = {}  # a long sentence states many values: searched once
    for kind, topic, left, right, description in found:
        _, _, sides = groups.setdefault(root(nodes[(kind, topic, left[0])]),
                                        (kind, description, {}))
        for value, span, sentence, sources in (left, right):
            words = span if kind == "name" else memo.clause(sentence, span)
            if sentence not in updated:
                updated[sentence] = bool(align.UPDATE.search(sentence))
            version = sides.setdefault(value, _Side(words, sentence, set(), updated[sentence]))
            if len(words) < len(version.text):  # the shortest wording of this version
                version.text, version.sentence = words, sentence
            version.sources.update(sources)
    conflicts = []
    for kind, description, sides in groups.values():
        versions = list(sides.values())
        update = kind == "number" and _changed_over_time(versions, dates)
        if update:
            versions.sort(key=lambda s: (s.later, _earliest(s.sources, dates)))
        else:
            versions.sort(key=lambda s: (-len(s.sources), _ordered(s.sources)))
        conflicts.append(Conflict(
            description=description, kind="update" if update else kind,  # type: ignore[arg-type]
            positions=[Position(text=s.text, sources=_ordered(s.sources), sentence=s.sentence)
                       for s in versions]))
    return sorted(conflicts, key=lambda c: min(tu.source_number(s) for p in c.positions
                                               for s in p.sources))


def _quantity_of(sentence: str, span: str) -> Quantity | None:
    """The quantity of `sentence` that the difference's words `span` state, if any."""
    numbers = [t for t in tu.tokens(span) if tu.is_number(t)]
    for q in quantities(sentence):
        if numbers and numbers[0] in q.span:
            return q
    return None


def _changed_over_time(sides: Sequence[_Side], dates: Mapping[str, str | None]) -> bool:
    """A side says the figure changed, or every side is dated and the figure grows with it."""
    if any(s.later for s in sides):
        return True
    when = [_earliest(s.sources, dates) for s in sides]
    if not all(when) or len(set(when)) < len(when):
        return False
    values = [_magnitude(s.text) for s in sorted(sides, key=lambda s: _earliest(s.sources, dates))]
    return all(v is not None for v in values) and values == sorted(values)  # type: ignore[type-var]


def _earliest(sources: Iterable[str], dates: Mapping[str, str | None]) -> str:
    known = [d for s in sources if (d := dates.get(s))]
    return min(known) if known and len(known) == len(set(sources)) else ""


def _magnitude(span: str) -> float | None:
    found = quantities(span)
    return found[0].low if found else None


def _described(sentence: str, span: str, kind: str,
               clause_of: Callable[[str, str], str] = clause) -> str:
    """What the sources disagree about, in the words of the clause that states it, the value
    shown as '…' and at most eight words either side: 'about … miles west of Chicago',
    '… board members'. The clause keeps it from running into the next one; a name, which
    often stands alone in its clause, is shown in its sentence."""
    words = sentence if kind == "name" else clause_of(sentence, span)
    at = words.find(span)
    if at < 0:
        return _around(sentence, sentence.find(span), span)
    value = span
    if kind == "other":  # the verdict alone: '… permission to climb'
        value = span.split()[0]
    elif kind == "number":  # only the figure: the counted words say what it is about
        numbers = [t for t in tu.tokens(span) if tu.is_number(t)] or [span]
        first, last = span.find(numbers[0]), span.rfind(numbers[-1])
        if first >= 0 and last >= 0:
            at, value = at + first, span[first : last + len(numbers[-1])]
            while at > 0 and words[at - 1].isalpha():  # a currency's letters: 'C$42.50',
                at, value = at - 1, words[at - 1] + value  # 'N58,000'
            while at + len(value) < len(words) and words[at + len(value)].isalpha():
                value += words[at + len(value)]  # a scale or a unit written on: 'R2.3bn'

    described = _around(words, at, value)
    if words != sentence and not described.replace("…", "").strip():
        return _described(sentence, span, "name")  # a clause that is all value: 'Built in 1889'
    return described


def _with_its_words(sentence: str, span: str, words: str) -> str:
    """A clause that is all value ('Jan. 11' in 'is set to begin Monday, Jan. 11, and …') with
    the clause before it, which says what the value is of; any other clause as it is."""
    if not words.strip(" ,.").endswith(span.strip(" ,.")) or any(
            not tu.is_number(t) and month_of(t.casefold()) is None and
            t.casefold() not in WEEKDAYS for t in tu.tokens(words)):
        return words  # (nor 'Tuesday, Nov. 5')
    at = sentence.find(words)
    head = sentence[:at].rstrip(" ,")
    if at <= 0 or not head:
        return words
    marks = [m.end() for m in tu.CLAUSE_MARK.finditer(head)]
    return sentence[marks[-1] if marks else 0 : at + len(words)].strip()


def _around(text: str, at: int, value: str) -> str:
    if at < 0:
        return text[:100]
    # at most nine words each side (whether there are more than eight): splitting all of a
    # long sentence for each of its values would cost the square of its length
    before, after = text[:at].rsplit(None, 8), text[at + len(value):].split(None, 8)
    lead = "…" if len(before) > 8 else ""
    tail = "…" if len(after) > 8 else ""
    return f"{lead}{' '.join(before[-8:])} … {' '.join(after[:8])}{tail}".strip()


def _ordered(sources: Iterable[str]) -> list[str]:
    return sorted(set(sources), key=tu.source_number)
