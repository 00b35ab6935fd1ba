"""The core of a sentence: a shorter form of it that more outlets state (pure).

One outlet's sentence often joins a fact several outlets report to a clause only it has: "He
was shot by airport police officers four times, after he pulled a knife on them." A claim
cites only the outlets whose words support all of it, so the whole sentence credits one
outlet where its first clause would credit three. The cuts offered here are the sentence's
own words in its order, so the verifier and any reader still find every word of a cut in
it: a prefix ending at a clause boundary (", ", "; ", or before a conjunction such as
"and", "after", "because"), and `trim.trimmed`'s deletions of attributions, parentheticals
and asides, of the whole sentence and of each prefix.

A cut must read as a complete sentence, checked by cheap rules since there is no parser: a
main clause with a subject and a finite verb (an auxiliary, a past tense, or a present tense
after its subject), as many finite verbs as it opens clauses ("who", "that", "because" ...),
an introductory phrase ("In 2014, ...", "Shortly after ..., ") only when a main clause
follows its comma, no dangling last word ("the", "of", "said on Tuesday", a verb of saying
with no clause after it), quotation marks balanced and no cut inside a quotation. A noun
phrase ("The novel, told from the perspective of a murdered girl.") or a subordinate clause on
its own ("Shortly after Cosby was sentenced.") is not one. Nor is a prefix that splits a
phrase rather than leaving a clause off: a list ("for reasons of poverty, disability."), two
verbs sharing an object ("where Trump body-slammed."), a measure of time ("less than an
hour."), an aside between dashes, or a subject cut from its verb ("Records showed Johnson,
53."). Each rule errs toward refusing a cut: a cut refused costs a citation, a fragment costs
the reader.

`best` takes, of the cuts the evidence still supports, the one the most independent outlets
state, when that is more than state the whole sentence and the cut keeps every number and
name of the sentence that those outlets' own passages state (and each of those passages
holds every capitalised word of the cut, titles such as "Mr" too): a cut never drops the
figure the outlets agree on, and one that leaves the sentence's only figures behind is not
made.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import cues
from . import textutil as tu
from .trim import trimmed

MIN_WORDS = 5  # the fewest words a cut keeps
# where a prefix may end: before a comma or a semicolon, or before a conjunction that opens a
# clause (or a phrase) of its own
_BOUNDARY = re.compile(r"(?=[,;] )|(?= (?:and|but|as|after|while|when|because|before|since|"
                       r"where|amid|following|although|though|whereas) )")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
# "two days after ...", "shortly before ...": the conjunction is part of a measure of time
_TIME = frozenset("""hour hours minute minutes day days week weeks month months year years
moments shortly soon long just right immediately only even""".split())
_SUBORDINATE_TIME = frozenset("after before since when as".split())
# words that open a subordinate clause or a phrase: a sentence opening with one has its main
# clause after the first comma
_OPENERS = frozenset("""after although amid as at because before by despite during even
following for from if in into like on once since shortly soon though through throughout
under unless until upon when whenever where whereas while with within without according
among across against along around behind beyond""".split())
# words that open a clause inside the main one, each wanting a finite verb of its own
_CLAUSES = frozenset("who whom whose which that whether because although though unless if "
                     "when while where whereas".split())
_AUXILIARIES = frozenset("""is are was were am has have had will would can could shall should
may might must does did do isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't
can't couldn't shouldn't doesn't didn't don't""".split())
_PAST = frozenset("""said told made took gave found went came left got saw knew thought became
began held kept brought bought won lost paid sent spent built felt met ran put hit shot led
fell rose struck wrote sold stood sat fled grew drew flew threw spoke broke chose drove ate
fought caught taught sought heard meant understood forgot hid wore tore swore beat bit fed
froze hung laid lit overcame rang rode sang sank shook slid stole stuck swept swam swung
withdrew upheld sued""".split())
_PRESENT = frozenset("""says plans wants faces remains includes makes takes gives holds leads
shows needs seeks calls expects believes hopes claims denies insists argues notes adds warns
allows requires means goes comes lives works runs stands owns uses keeps knows thinks tells
looks seems appears becomes continues contains helps offers provides reports suggests
estimates""".split())
# a cut may not end on a word that leaves its clause open ("... said.", "... of the.",
# "... but earlier.")
_DANGLING = (frozenset("""a an the of to in on at by for from with into about than as and or
but nor that which who whom whose if because while when where although though this these
those their his her its our your my replied responded earlier later also then still even
just""".split()) | _AUXILIARIES | cues.SAYING)
# a coordinated clause: what follows it needs a finite verb of its own
_COORDINATED = re.compile(r"; |,? but |,? yet ")
_PRONOUNS = frozenset("he she it they we i you who there this that".split())
# verbs of saying that want what was said after them: "William Campbell said his daughter."
_CLAUSAL = frozenset("""said says say told tells added adds insisted insists argued argues
claimed claims warned warns noted notes explained explains stated states reported
reports""".split())
_NAMING = frozenset("named called dubbed titled nicknamed known".split())
_DETERMINERS = frozenset("a an the his her its their our your my".split())
_BE = frozenset("is are was were be been being".split())
_ING_NOUNS = frozenset("""thing things something nothing anything everything morning evening
building meeting hearing ruling funding spending wedding king spring ceiling shooting
bombing killing stabbing training housing clothing opening""".split())
# when or where something was said: what a saying verb needs more than ("said on Tuesday")
_WHEN = (frozenset("on in at last this late early earlier yesterday today week night morning "
                   "evening afternoon statement interview".split()) | tu.MONTHS | _DETERMINERS)


def cuts(text: str) -> list[str]:
    """The shorter forms of `text` that are complete sentences (module docstring), longest
    first: its prefixes at clause boundaries, and each of them and `text` trimmed."""
    text = text.strip()
    found = [p for at in _boundaries(text) if (p := _prefix(text, at)) is not None]
    found += [trimmed(t) for t in [*found, text]]
    unique = {c for c in found if c != text and tu.word_count(c) >= MIN_WORDS and complete(c)}
    return sorted(unique, key=lambda c: (-len(c), c))


def _boundaries(text: str) -> list[int]:
    """Where a prefix of `text` may end: clause boundaries outside quotations, and not
    inside a list or a measure of time (`_splits`)."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    return [m.start() for m in _BOUNDARY.finditer(text)
            if not any(s < m.start() < e for s, e in quoted) and not _splits(text, m.start())]


def _splits(text: str, at: int) -> bool:
    """Whether ending a prefix at `at` would split a phrase rather than leave a clause off:
    a list ("poverty, disability and discrimination", "the DNC and Clinton campaign": what
    follows "and" or a list's comma has no verb of its own) or a measure of time ("less than
    an hour after ...")."""
    head = text[:at].split()
    before = [w.casefold() for w in head[-3:]]
    rest = text[at:].lstrip(",; ")
    word, _, tail = rest.partition(" ")
    if word == "and":
        last_item = text[:at].rpartition(", ")[2] if ", " in text[:at] else None
        return (before[-1] in _PAST or before[-1].endswith("ed")  # "body-slammed and punched X"
                or tail.split(maxsplit=1)[:1] in (["where"], ["what"], ["how"], ["why"])
                or (last_item is not None and not _verbs(["-", *last_item.split()]))
                or not _verbs(["-", *tail.split()[:6]]))  # "A, B and C", "the DNC and CNN"
    if text[at] == ",":
        segment, *more = re.split(r", | and | or ", rest, maxsplit=1)
        # a list item (an appositive, "Wella, a German company", is none); or the prefix ends
        # with the subject of what follows ("Records showed Johnson, 53, was held")
        return word.casefold() in _AUXILIARIES or (
            bool(more) and word not in {"a", "an"} and not _verbs(["-", *segment.split()[:6]]))
    # a measure of time, "less than an hour after"; "as far back as"; "served as ..."
    return (before[-1] in _TIME and word in _SUBORDINATE_TIME) or \
        (word == "as" and ("as" in before or before[-1] in {"such", "same", "well"}
                           or before[-1] in _PAST or before[-1].endswith("ed")))


def _prefix(text: str, at: int) -> str | None:
    head = text[:at].rstrip(" ,;")
    # a prefix ending in a dash, or after an opening one, ends inside an aside or a list: "a
    # stinging — though nonbinding —", "remembered two employees — Ilsa was left $15,000"
    dashes = sum(head.count(d) for d in (" — ", " – ", " - "))
    return None if head.endswith(("—", "–", " -", ":")) or dashes % 2 else head + "."


def complete(text: str) -> bool:
    """Whether `text` reads as a complete sentence (module docstring): balanced quotation
    marks, a period at its end, no dangling last word, and a main clause (each of its
    coordinated clauses) with a subject and enough finite verbs for the clauses it opens."""
    if not text.endswith(".") or text.count('"') % 2 or text.count("“") != text.count("”"):
        return False
    if _ends_open([w.strip("“”\"‘’'()").casefold() for w in text[:-1].split()]):
        return False
    main = _main_clause(text[:-1])
    if main is None:
        return False
    first, *coordinated = _COORDINATED.split(main)
    # a coordinated clause may share the main one's subject (", but promised to ..."): its
    # verb may open it
    return _has_finite_clause(first) and all(_has_finite_clause("- " + c) for c in coordinated)


def _ends_open(words: Sequence[str]) -> bool:
    """Whether the last of `words` leaves its clause open: "... of the", "... said (on
    Tuesday)", an -ing verb not after a form of "be" ("... posing" as what?), or an
    adjective after an article ("... in a gilded", the noun cut off)."""
    if not words:
        return True
    last, before = words[-1], words[-2:-1]
    said = [i for i, w in enumerate(words) if w in cues.SAYING]
    return last in _DANGLING or (last.endswith("ing") and last not in _ING_NOUNS
                                 and not set(before) & (_BE | _DETERMINERS)) or \
        bool(said and set(words[said[-1] + 1 :]) <= _WHEN) or \
        (last.endswith("ed") and bool(set(before) & _DETERMINERS))  # "in a gilded."


def _main_clause(text: str) -> str | None:
    """`text` without its introductory phrase ("In 2014, ..."): None when it opens with one
    and no comma ends it."""
    first = text.split(maxsplit=1)[0].strip("“\"‘'").casefold()
    if first not in _OPENERS:
        return text
    _, comma, rest = text.partition(", ")
    return rest if comma and rest else None


def _has_finite_clause(clause: str) -> bool:
    """A subject then a finite verb, and a finite verb for each clause it opens after that;
    a verb of saying ("said his daughter") wants a clause after it."""
    raw = clause.split()
    low = [w.strip("“”\"‘’'(),;:").casefold() for w in raw]
    verbs = _verbs(raw)
    # one verb group ("have been recovered", "had not declared") is one verb
    groups = sum(1 for k, i in enumerate(verbs) if k == 0 or i - verbs[k - 1] > 2)
    opened = sum(1 for w in low[1:] if w in _CLAUSES)
    said = bool(verbs) and low[verbs[-1]] in _CLAUSAL and \
        not any(w in _AUXILIARIES for w in low[verbs[-1] + 1 :])
    return groups >= 1 + opened and not said


def _verbs(raw: Sequence[str]) -> list[int]:
    """The indexes of the finite verbs among the words `raw` (as written), by `_finite`; a
    capitalised word is none ("Lindsey (Rose McIver)"), nor a verb after "and" before any
    other: alone, it ends a noun phrase ("the idea of a child taken from home and locked
    away")."""
    low = [w.strip("“”\"‘’'(),;:").casefold() for w in raw]
    verbs: list[int] = []
    for i in range(1, len(low)):
        if not raw[i].lstrip("“\"‘'(")[:1].isupper() and \
                _finite(low, i, after_comma=raw[i - 1][-1:] == ",") and \
                (verbs or low[i - 1] not in {"and", "or"}):
            verbs.append(i)
    return verbs


def _finite(low: Sequence[str], i: int, *, after_comma: bool) -> bool:
    """Whether the word at `i` (not the first) is a finite verb, by cheap rules."""
    word, before = low[i], low[i - 1]
    if word in _AUXILIARIES:
        return True
    if word in _NAMING and before not in _PRONOUNS:
        return False  # "a girl named Susie", "the Jets cheerleaders, called the Flight Crew"
    if word in _PAST or (word.endswith("ed") and len(word) > 4
                         and word.replace("-", "").isalpha()):
        # not a participle after a comma ("The novel, told from ..."), an article ("the
        # injured man") or a number ("three unnamed sources"), nor one followed by "by"
        # ("a man wanted by police")
        return not after_comma and before not in _DETERMINERS and not tu.is_number(before) \
            and low[i + 1 : i + 2] != ["by"]
    if word in _PRESENT:
        return before not in _DETERMINERS
    # "she works", not "the Jets cheerleaders"
    return (word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
            and len(word) > 3 and word.isalpha() and before in _PRONOUNS)


def best(text: str, outlets: int, *, supported: Callable[[str], bool],
         restating: Callable[[str], tuple[int, Sequence[str]]]) -> str | None:
    """The cut of `text` (`cuts`) that `supported` accepts (its own evidence still supports
    it) and the most independent outlets state, when more than the `outlets` that state
    `text`; None when no cut gains one. `restating(cut)` gives how many independent outlets
    state the cut and the passages of the others that do. A cut must keep every number and
    name of `text` those passages state, and keep a figure when `text` states one."""
    chosen, most = None, outlets
    figures = tu.numbers(text)
    for cut in cuts(text):
        if figures and not tu.numbers(cut):
            continue  # the sentence's figures are its facts
        if not supported(cut):
            continue
        count, passages = restating(cut)
        if count > most and _keeps(cut, text, passages) \
                and all(_titled(cut) <= set(tu.keys(p)) for p in passages):
            chosen, most = cut, count
    return chosen


def _keeps(cut: str, text: str, passages: Sequence[str]) -> bool:
    """Whether `cut` keeps every number and name of `text` that `passages` also state."""
    dropped = (tu.numbers(text) - tu.numbers(cut)) | (tu.names(text) - tu.names(cut))
    return not any(dropped & (tu.numbers(p) | tu.names(p, include_first=True))
                   for p in passages)


def _titled(text: str) -> set[str]:
    """The keys of every capitalised word of `text` but its first, titles too ("Mr", which
    the verifier passes over): an outlet credited for a cut names everyone as it does."""
    return {tu.key(t) for t in tu.tokens(text)[1:] if t[:1].isupper()}
