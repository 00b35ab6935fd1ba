"""The core of a sentence: a shorter form of it that more outlets state (pure).

One outlet's sentence often joins a fact several outlets report to a clause only it has: "He
was shot by airport police officers four times, after he pulled a knife on them." A claim
cites only the outlets whose words support all of it, so the whole sentence credits one
outlet where its first clause would credit three. The cuts offered here are the sentence's
own words in its order, so the verifier and any reader still find every word of a cut in
it: a prefix ending at a clause boundary (", ", "; ", or before a conjunction such as
"and", "after", "because"), and `trim.trimmed`'s deletions of attributions, parentheticals
and asides, of the whole sentence and of each prefix.

A cut must read as a complete sentence, checked by cheap rules since there is no parser: a main
clause with a subject and a finite verb (an auxiliary, a past tense, or a present tense after
its subject), as many finite verbs as it opens clauses ("who", "that", "because" ...), an
introductory phrase ("In 2014, ...", "Shortly after ..., ") only when a main clause follows its
comma, no dangling last word ("the", "of", "said on Tuesday", a verb of saying with no clause
after it), quotation marks balanced ("…", “…”, ‘…’) and no cut inside a quotation or at its
comma, one period at the end ("the U.S." keeps its own), a verb of saying with a verb of its
own in what it reports besides its relative clauses' ("Police said the man who shot the
officer." is none), and no inversion left without its second half ("Not only did the company
lose money."). A noun phrase ("The novel, told from the perspective of a murdered girl.") or a
subordinate clause on its own ("Shortly after Cosby was sentenced.") is not one. Nor is a
prefix that splits a phrase rather than leaving a clause off: a list ("for reasons of poverty,
disability."), two verbs sharing an object ("where Trump body-slammed."), a measure of time
("less than an hour."), an aside between dashes, or a subject cut from its verb ("Records
showed Johnson, 53."); nor one that leaves off a condition or restriction its clause holds
under ("Taxes will rise for 2 million families, if the bill passes", ", unless the talks
resume", ", but not in Ohio"), which would state as fact what the sentence states only under
it. Each rule errs toward refusing a cut: a cut refused costs a citation, a fragment costs the
reader.

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
from .scope import _AUXILIARIES as _VERB_AUXILIARIES
from .trim import QUOTED, trimmed

MIN_WORDS = 5  # the fewest words a cut keeps
# where a prefix may end: before a comma or a semicolon, or before a conjunction that opens a
# clause (or a phrase) of its own
_BOUNDARY = re.compile(r"(?=[,;] )|(?= (?:and|but|as|after|while|when|because|before|since|"
                       r"where|amid|following|although|though|whereas) )")
# a boundary before a word that states a condition or a restriction of the clause before it
# ("Taxes will rise, if the bill passes", "..., but not in Ohio") leaves it off only by
# changing what that clause says
CONDITIONS = frozenset("""if unless except excluding only provided providing assuming until
without not never barring pending once although though whether lest""".split())
_CONDITION_PHRASES = frozenset({("as", "long"), ("so", "long"), ("in", "case"), ("on", "condition"),
                                ("subject", "to"), ("even", "if"), ("in", "the", "event")})
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
# a finite auxiliary: scope's auxiliaries but the infinitive, the participle and its adverbs
# ("to be", "also"), and their negated forms ("didn't", "won’t": `_auxiliary`)
_AUXILIARIES = _VERB_AUXILIARIES - {"be", "been", "still", "also", "reportedly"} | {"am"}
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
just""".split()) | _VERB_AUXILIARIES | cues.SAYING)
# a coordinated clause: what follows it needs a finite verb of its own
_COORDINATED = re.compile(r"; |,? but |,? yet ")
_PRONOUNS = frozenset("he she it they we i you who there this that".split())
_RELATIVES = frozenset("who whom whose which that".split())
# the verbs of saying (cues.SAYING, and those of arguing it lacks); of them, those that may take
# a noun instead of a clause ("confirmed the arrest", "continued making movies")
_SAYING = cues.SAYING | frozenset("say insisted insists argued argues claimed claims warned warns "
                                  "explains states".split())
_SAYING_A_NOUN = frozenset("announced announces confirmed confirms posted tweeted recalled asked "
                           "continued according".split())
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
    quoted = [m.span() for m in QUOTED.finditer(text)]
    return [m.start() for m in _BOUNDARY.finditer(text)
            if not any(s < m.start() < e for s, e in quoted) and not _splits(text, m.start())]


def _splits(text: str, at: int) -> bool:
    """Whether ending a prefix at `at` would split a phrase rather than leave a clause off:
    a list ("poverty, disability and discrimination", "the DNC and Clinton campaign": what
    follows "and" or a list's comma has no verb of its own), a measure of time ("less than
    an hour after ..."), or a condition the clause holds under (`_conditional`)."""
    head = text[:at].split()
    before = [w.casefold() for w in head[-3:]]
    rest = text[at:].lstrip(",; ")
    word, _, tail = rest.partition(" ")
    if not before or _conditional(rest):
        return True
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
        return _auxiliary(word.casefold()) or (
            bool(more) and word not in {"a", "an"} and not _verbs(["-", *segment.split()[:6]]))
    # a measure of time, "less than an hour after"; "as far back as"; "served as ..."
    return (before[-1] in _TIME and word in _SUBORDINATE_TIME) or \
        (word == "as" and ("as" in before or before[-1] in {"such", "same", "well"}
                           or before[-1] in _PAST or before[-1].endswith("ed")))


def _conditional(rest: str) -> bool:
    """Whether `rest`, what a prefix would leave off, opens with a condition or a restriction
    of the clause before it (CONDITIONS: ", unless the talks resume", "and only if", "but
    not in Ohio"), which leaving off would change what the prefix says."""
    words = [w.strip("“”\"‘’'(),;:").casefold() for w in rest.split()[:4]]
    if words[:1] in (["and"], ["but"], ["or"], ["yet"]):
        words = words[1:]
    return bool(words) and (words[0] in CONDITIONS or tuple(words[:2]) in _CONDITION_PHRASES
                            or tuple(words[:3]) in _CONDITION_PHRASES)


def _prefix(text: str, at: int) -> str | None:
    head = text[:at].rstrip(" ,;")
    # a prefix ending in a dash, or after an opening one, ends inside an aside or a list: "a
    # stinging — though nonbinding —", "remembered two employees — Ilsa was left $15,000";
    # one ending in a quotation's comma ('He said "we will win,"') leaves the quotation open
    dashes = sum(head.count(d) for d in (" — ", " – ", " - "))
    if head.endswith(("—", "–", " -", ":", ',"', ",”", ",’")) or dashes % 2:
        return None
    return head if head.endswith(".") else head + "."  # "held in the U.S."


def complete(text: str) -> bool:
    """Whether `text` reads as a complete sentence (module docstring): balanced quotation
    marks, one period at its end, no dangling last word, no inversion left without its
    second half ("Not only did ..."), and a main clause (each of its coordinated clauses)
    with a subject and enough finite verbs for the clauses it opens."""
    if not text.endswith(".") or text.endswith("..") or not _balanced(text):
        return False
    low = [w.strip("“”\"‘’'(),;:").casefold() for w in text[:-1].split()]
    if _unpaired(low):
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


def _balanced(text: str) -> bool:
    """Whether every quotation in `text` closes: as many " as pairs, “ as ”, and each ‘
    closed by a ’ (`trim.QUOTED`: not the apostrophe of "won’t")."""
    return not text.count('"') % 2 and text.count("“") == text.count("”") and \
        all(m[0].endswith("’") for m in QUOTED.finditer(text) if m[0].startswith("‘"))


def _unpaired(low: Sequence[str]) -> bool:
    """Whether the words `low` hold the first half of a pair and lack its second: "either"
    opening them without "or", "neither" without "nor", "not only" or "didn’t just" without
    "but" ("Not only did the company lose money.")."""
    second = {"either": "or", "neither": "nor"}.get(low[0] if low else "")
    if second is not None:
        return second not in low[1:]
    return any((w == "not" or w.replace("’", "'").endswith("n't"))
               and low[k + 1 : k + 2] in (["only"], ["just"], ["merely"], ["simply"])
               and "but" not in low[k + 2 :] for k, w in enumerate(low))


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
    a verb of saying ("said his daughter") wants a clause after it, and what it reports a
    verb of its own besides its relative clauses' ("Police said the man who shot ...")."""
    raw = clause.split()
    low = [w.strip("“”\"‘’'(),;:").casefold() for w in raw]
    verbs = _verbs(raw)
    opened = sum(1 for w in low[1:] if w in _CLAUSES)
    said = bool(verbs) and low[verbs[-1]] in _SAYING - _SAYING_A_NOUN and \
        not any(_auxiliary(w) for w in low[verbs[-1] + 1 :])
    if _groups(verbs) < 1 + opened or said:
        return False
    return not verbs or low[verbs[0]] not in _SAYING or _reports(raw[verbs[0] + 1 :])


def _groups(verbs: Sequence[int]) -> int:
    """How many verb groups the finite verbs at `verbs` make: one group ("have been
    recovered", "had not declared") is one verb."""
    return sum(1 for k, i in enumerate(verbs) if k == 0 or i - verbs[k - 1] > 2)


def _reports(raw: Sequence[str]) -> bool:
    """Whether the words `raw` after a verb of saying, when they open relative clauses ("the
    man who shot the officer"), hold a finite verb besides theirs. A "that" first, after
    when or where it was said, or before an article, a pronoun or a name opens what was said
    ("said on Tuesday that more firings ...", "that the man had fled"), not one."""
    low = [w.strip("“”\"‘’'(),;:").casefold() for w in raw]
    relatives = sum(1 for k, w in enumerate(low) if w in _RELATIVES and not (
        w == "that" and (k == 0 or low[k - 1] in _WHEN or raw[k - 1][:1].isupper()
                         or (k + 1 < len(raw) and (low[k + 1] in _DETERMINERS | _PRONOUNS
                                                   or raw[k + 1][:1].isupper())))))
    return not relatives or _groups(_verbs(["-", *raw])) >= 1 + relatives


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
    if _auxiliary(word):
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


def _auxiliary(word: str) -> bool:
    """Whether `word` (in lower case) is a finite auxiliary, negated too ("didn't", "won’t")."""
    base = word.replace("’", "'").removesuffix("n't")
    return base in _AUXILIARIES or (base != word.replace("’", "'") and base in {"wo", "ca"})


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
