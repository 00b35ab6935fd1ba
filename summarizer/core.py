"""The core of a sentence: a shorter form of it that more outlets state (pure).

One outlet's sentence often joins a fact several outlets report to a clause only it has: "He
was shot by airport police officers four times, after he pulled a knife on them." A claim
cites only the outlets whose words support all of it, so the whole sentence credits one
outlet where its first clause would credit three. The cuts offered here are the sentence's
own words in its order, so the verifier and any reader still find every word of a cut in
it: a prefix ending at a clause boundary (", ", "; ", or before a conjunction such as
"and", "after", "because"), and `trim.trimmed`'s deletions of attributions, parentheticals,
asides and a name after the role it names ("The spokesman, Ed Donovan, said" -> "The
spokesman said"), of the whole sentence and of each prefix.

A cut must read as a complete sentence (`clauses.complete`), and no cut ends inside a
quotation or at its comma. Nor is a prefix offered that splits a phrase rather than leaving a
clause off: a list ("for reasons of poverty, disability."), two verbs sharing an object ("where
Trump body-slammed.") or a subject ("he was drugged." of "drugged, threatened and ..."), a
measure of time ("less than an hour."), a date ("on December 3." of "December 3, 1957"), an
"as" that opens no clause ("citing his status." of "his status as a war criminal"), an aside
between dashes, or a subject cut from its verb ("Records showed Johnson, 53."); a second verb
phrase may be left off ("fired Johnson and named Brooklen interim chief" -> "fired
Johnson."). Nor is a prefix offered that leaves off a condition
or restriction its clause holds under ("Taxes will rise for 2 million families, if the bill
passes", ", unless the talks resume", ", but not in Ohio"), which would state as fact what the
sentence states only under it. Each rule errs toward refusing a cut: a cut refused costs a
citation, a fragment costs the reader.

`best` takes, of the cuts the evidence still supports, the one the most independent outlets
state, when that is more than state the whole sentence and the cut keeps every number and
name of the sentence that those outlets' own passages state (and each of those passages
holds every capitalised word of the cut, titles such as "Mr" too): a cut never drops the
figure the outlets agree on, and one that leaves the sentence's only figures behind is not
made. A deletion inside the sentence never leaves out a negation, a condition or a hedge
("(if approved)", "(not the union)", "(allegedly drunk)"), and a cut that sheds the
attribution of its sentence ("The mayor took the bribe, prosecutors said.") is made only when
every other outlet it credits states the fact as fact, not as someone's word: "X said Y did
Z" becomes "Y did Z" only where the others say Y did Z.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from . import cues, when
from . import textutil as tu
from .clauses import NAMING, PAST, auxiliary, complete, finite_verbs
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
# a relative clause between commas after what it describes: no dash, bracket or quotation
# inside, which could close it elsewhere
_RELATIVE_ASIDE = re.compile(r", (?:who|whom|whose|which) [^,;:—–()“”\"]+,")
# the most words of an attribution between commas ("the mayor's office said on Tuesday")
_ATTRIBUTION_WORDS = 8
# words that make what a clause states someone's word ("X said Y did Z"), or less than a fact
_ATTRIBUTING = cues.SAYING | cues.ALLEGING | {"say"}
# what a deletion inside a sentence may not leave out (a verb of saying it leaves out is
# judged as an attribution shed: `sheds_attribution`)
_HEDGES = CONDITIONS | cues.ALLEGING | frozenset("""no nor neither none nobody nothing may might
could would should possibly probably likely perhaps apparently""".split())
# past participles that are no past tense (`clauses.PAST`) and do not end in "-ed"
_PARTICIPLES = frozenset("""bound beaten bitten taken stolen given driven thrown shown seen
known grown drawn written hidden broken chosen frozen spoken sworn torn worn eaten fallen
forgiven forgotten ridden risen shaken hurt cut struck done gone""".split())
# a list's next item, then its last ("threatened and beaten", "charged, tried or jailed")
_LIST_GOES_ON = re.compile(r"\S+(?: \S+){0,3}?,? (?:and|or) ")


def cuts(text: str) -> list[str]:
    """The shorter forms of `text` that are complete sentences (module docstring), longest
    first: its prefixes at clause boundaries, and each of them and `text` trimmed."""
    return sorted(_cuts(text), key=lambda c: (-len(c), c))


def _cuts(text: str) -> dict[str, str]:
    """The cuts of `text`, each with what its deletions are made in: a prefix in itself (it
    deletes nothing; what it leaves off is judged by `_splits`), a trimmed form in the prefix
    (or the whole `text`) it was trimmed from."""
    text = text.strip()
    prefixes = _prefixes(text)
    found = {trimmed(t, names=True): t for t in [text, *reversed(prefixes)]}
    found |= {p: p for p in prefixes}
    return {c: base for c, base in found.items()
            if c != text and tu.word_count(c) >= MIN_WORDS and complete(c)}


def _prefixes(text: str) -> list[str]:
    """The prefixes of `text` that end at a clause boundary (`_boundaries`), shortest first."""
    return [p for at in _boundaries(text) if (p := _prefix(text, at)) is not None]


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
        return (_verb_form(head[-1])  # "body-slammed and punched X"
                or tail.split(maxsplit=1)[:1] in (["where"], ["what"], ["how"], ["why"])
                or (last_item is not None and not finite_verbs(["-", *last_item.split()]))
                or not (finite_verbs(["-", *tail.split()[:6]])  # "A, B and C", "the DNC and CNN"
                        or _naming_verb(tail)))
    if text[at] == "," and before[-2:-1] and when.month_of(before[-2]) and word.isdigit():
        return True  # a date: "December 3, 1957", "Dec. 3, 1957"
    if text[at] == "," and _verb_form(head[-1]) and _verb_form(word) \
            and _LIST_GOES_ON.match(rest):
        return True  # verbs sharing a subject: "he was drugged, threatened and beaten"
    if text[at] == ",":
        segment, *more = re.split(r", | and | or ", rest, maxsplit=1)
        # a list item (an appositive, "Wella, a German company", is none); or the prefix ends
        # with the subject of what follows ("Records showed Johnson, 53, was held")
        return auxiliary(word.casefold()) or (
            bool(more) and word not in {"a", "an"}
            and not finite_verbs(["-", *segment.split()[:6]]))
    # a measure of time, "less than an hour after"; "as far back as"; "served as ..."; "as"
    # before no clause ("his status as a war criminal")
    return (before[-1] in _TIME and word in _SUBORDINATE_TIME) or \
        (word == "as" and ("as" in before or before[-1] in {"such", "same", "well"}
                           or _verb_form(head[-1]) or not _clause(tail)))


def _clause(words: str) -> bool:
    """Whether `words` open a clause: a subject pronoun ("as they look for ways"), or a
    finite verb among the first six ("as oil prices plummeted"), not a phrase ("as a war
    criminal")."""
    raw = [w.rstrip(".") for w in words.split()[:6]]
    return raw[:1] in (["he"], ["she"], ["they"], ["we"], ["I"], ["it"], ["you"]) \
        or bool(finite_verbs(["-", *raw]))


def _verb_form(word: str) -> bool:
    """Whether `word` (as written) may be a past tense or a past participle: not a name
    ("Reed")."""
    return word[:1].islower() and (word in PAST or word in _PARTICIPLES or word.endswith("ed"))


def _naming_verb(tail: str) -> bool:
    """Whether `tail`, what follows an "and", opens with a verb of naming and its object
    ("named Antonio Brooklen interim chief", "called the police"): a second verb phrase of the
    clause before, which `finite_verbs` reads as "a girl named Susie" when it stands alone."""
    words = tail.split()[:2]
    return len(words) == 2 and words[0] in NAMING and (words[1][:1].isupper() or words[1] in {
        "the", "a", "an", "him", "her", "them", "it", "his", "their", "its"})


def _conditional(rest: str) -> bool:
    """Whether `rest`, what a prefix would leave off, opens with a condition or a restriction
    of the clause before it (CONDITIONS: ", unless the talks resume", "and only if", "but
    not in Ohio"), which leaving off would change what the prefix says."""
    segment, comma, after = rest.partition(", ")
    if comma and len(segment.split()) <= _ATTRIBUTION_WORDS \
            and set(_words(segment)) & _ATTRIBUTING and _conditional(after):
        return True  # after who said it: ", city officials said, unless inspectors find ..."
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


def best(text: str, outlets: int, *, supported: Callable[[str], bool],
         restating: Callable[[str], tuple[int, Sequence[str]]]) -> str | None:
    """The cut of `text` (`cuts`) that `supported` accepts (its own evidence still supports
    it) and the most independent outlets state, when more than the `outlets` that state
    `text`; None when no cut gains one. `restating(cut)` gives how many independent outlets
    state the cut and the passages of the others that do. A cut must keep every number and
    name of `text` those passages state, and keep a figure when `text` states one."""
    chosen, most = None, outlets
    figures = tu.numbers(text)
    found = _cuts(text)
    for cut in sorted(found, key=lambda c: (-len(c), c)):
        if figures and not tu.numbers(cut):
            continue  # the sentence's figures are its facts
        if not supported(cut):
            continue
        if _deletes_hedge(cut, found[cut]):
            continue
        count, passages = restating(cut)
        if count > most and _keeps(cut, text, passages) \
                and all(_titled(cut) <= set(tu.keys(p)) for p in passages) \
                and not sheds_attribution(cut, text, passages):
            chosen, most = cut, count
    return chosen


def sheds_attribution(cut: str, text: str, passages: Sequence[str]) -> bool:
    """Whether `cut` states as fact what `text` states as someone's word ("The mayor took the
    bribe, prosecutors said."), while one of the other outlets' `passages` crediting it also
    states it as someone's word: "X said Y did Z" becomes "Y did Z" only where the others say
    Y did Z."""
    return _attributed(text) and not _attributed(cut) and any(_attributed(p) for p in passages)


def _words(text: str) -> list[str]:
    """The words of `text` outside its quotations, in lower case."""
    return [w.strip("“”\"‘’'(),;:.").casefold() for w in QUOTED.sub(" ", text).split()]


def _attributed(text: str) -> bool:
    """Whether `text` states something as someone's word, not as fact: a verb of saying or
    alleging ("police said", "according to", "he claims", "allegedly") outside quotations."""
    return bool(set(_words(text)) & _ATTRIBUTING)


def drops_hedge(cut: str, text: str) -> bool:
    """Whether `cut`, a shorter form of `text` made by deleting spans of it (`trim`), leaves out
    a negation, a condition or a hedge of it ("(if approved)", "(not yet)", ", allegedly,"):
    what is left would state more than `text` does. A prefix ending at a clause boundary
    leaves off a clause of its own, which `_splits` judges; a deletion that only looks like
    one ("... on Friday (if approved).") is a deletion."""
    text = text.strip()
    return cut not in _prefixes(text) and _deletes_hedge(cut, text)


def _deletes_hedge(cut: str, base: str) -> bool:
    """Whether the words `base` holds and `cut` does not include a negation, a condition or
    a hedge (`_HEDGES`) of the sentence's own clause: one inside a relative aside between
    commas ("Manafort, who was only appointed in April, will remain") is the aside's, and
    leaving the aside out states no more of what is left."""
    dropped = Counter(_words(_RELATIVE_ASIDE.sub("", base)))
    dropped.subtract(Counter(_words(_RELATIVE_ASIDE.sub("", cut))))
    return any(n > 0 and (w in _HEDGES or w.endswith("n't") or w.endswith("n’t"))
               for w, n in dropped.items())


def _keeps(cut: str, text: str, passages: Sequence[str]) -> bool:
    """Whether `cut` keeps every number and name of `text` that `passages` also state."""
    dropped = (tu.numbers(text) - tu.numbers(cut)) | (tu.names(text) - tu.names(cut))
    return not any(dropped & (tu.numbers(p) | tu.names(p, include_first=True))
                   for p in passages)


def _titled(text: str) -> set[str]:
    """The keys of every capitalised word of `text` but its first, titles too ("Mr", which
    the verifier passes over): an outlet credited for a cut names everyone as it does."""
    return {tu.key(t) for t in tu.tokens(text)[1:] if t[:1].isupper()}
