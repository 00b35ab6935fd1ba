"""Whether a text reads as a complete sentence (pure): what `core` asks of every cut.

Checked by cheap rules since there is no parser: a main clause with a subject and a finite verb
(an auxiliary, a past tense, or a present tense after its subject), as many finite verbs as it
opens clauses ("who", "that", "because" ...), an introductory phrase ("In 2014, ...", "Shortly
after ..., ") only when a main clause follows its comma, no dangling last word ("the", "of",
"said on Tuesday", a verb of saying with no clause after it), quotation marks balanced ("…",
“…”, ‘…’), one period at the end ("the U.S." keeps its own), a verb of saying with a verb of
its own in what it reports besides its relative clauses' ("Police said the man who shot the
officer." is none), and no pair left without its second half ("Not only did the company lose
money.", "He didn’t just abuse his sister."). A noun phrase ("The novel, told from the
perspective of a murdered girl.") or a subordinate clause on its own ("Shortly after Cosby was
sentenced.") is not one. Each rule errs toward refusing: a cut refused costs a citation, a
fragment costs the reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import cues
from . import textutil as tu
from .scope import _AUXILIARIES as _VERB_AUXILIARIES
from .trim import QUOTED

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
# ("to be", "also"), and their negated forms ("didn't", "won’t": `auxiliary`)
_AUXILIARIES = _VERB_AUXILIARIES - {"be", "been", "still", "also", "reportedly"} | {"am"}
PAST = frozenset("""said told made took gave found went came left got saw knew thought became
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
# "... but earlier.", "... the app that she.")
_DANGLING = (frozenset("""a an the of to in on at by for from with into about than as and or
but nor that which who whom whose if because while when where although though this these
those their his her its our your my replied responded earlier later also then still even
just he she they we i""".split()) | _VERB_AUXILIARIES | cues.SAYING)
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
NAMING = frozenset("named called dubbed titled nicknamed known".split())
_DETERMINERS = frozenset("a an the his her its their our your my".split())
_BE = frozenset("is are was were be been being".split())
_ING_NOUNS = frozenset("""thing things something nothing anything everything morning evening
building meeting hearing ruling funding spending wedding king spring ceiling shooting
bombing killing stabbing training housing clothing opening""".split())
# when or where something was said: what a saying verb needs more than ("said on Tuesday")
_WHEN = (frozenset("on in at last this late early earlier yesterday today week night morning "
                   "evening afternoon statement interview".split()) | tu.MONTHS | _DETERMINERS)


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
    verbs = finite_verbs(raw)
    opened = sum(1 for w in low[1:] if w in _CLAUSES)
    said = bool(verbs) and low[verbs[-1]] in _SAYING - _SAYING_A_NOUN and \
        not any(auxiliary(w) for w in low[verbs[-1] + 1 :])
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
    return not relatives or _groups(finite_verbs(["-", *raw])) >= 1 + relatives


def finite_verbs(raw: Sequence[str]) -> list[int]:
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
    if auxiliary(word):
        return True
    if word in NAMING and before not in _PRONOUNS:
        return False  # "a girl named Susie", "the Jets cheerleaders, called the Flight Crew"
    if word in PAST or (word.endswith("ed") and len(word) > 4
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


def auxiliary(word: str) -> bool:
    """Whether `word` (in lower case) is a finite auxiliary, negated too ("didn't", "won’t")."""
    base = word.replace("’", "'").removesuffix("n't")
    return base in _AUXILIARIES or (base != word.replace("’", "'") and base in {"wo", "ca"})
