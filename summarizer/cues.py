"""Cheap cues that a claim says something its aligned evidence does not (pure; `verify.py`).

Word overlap cannot see three ways a claim turns its source around, so each is looked for
with a word list and positions, no parser:

- negation: a word both texts share is negated in one and not in the other ("did not start"
  against "started");
- modality: a word the evidence only hedges ("proposing to close", "could move") that the
  claim states as fact ("will close", "moved");
- swapped roles: two names on either side of a shared word, in the opposite order ("X host
  Y" against "Y host X"), unless either text is passive around it ("hosted by").

It also holds what makes two wordings of one sentence opposites (`difference` reads it): a
negation one lacks ("found guilty" / "found not guilty", `unnegated`) or a word swapped for
its opposite (`opposite`: "survived" / "died", "north" / "south"), and the events that are
no opposites, since one may follow the other (`in_turn`: "arrested" / "released").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from . import textutil as tu

NEGATIONS = frozenset("not no never n't cannot without nobody nothing none neither nor".split())
HEDGES = frozenset("""could may might would should if whether proposing proposed proposes
propose plan plans planning considering consider considers expected hope hopes hoping
likely possible possibly potential potentially reportedly allegedly set bid wants want
threatened threatening threatens seeking seeks""".split())
# verbs that report a saying: what follows them is what was said, and a day right after one
# ('announced Tuesday that …') dates the saying, not what is said
SAYING = frozenset("""said says told tells added adds wrote writes asked explained noted
continued recalled tweeted posted stated according announced announces reported reports
confirmed confirms""".split())
# the verbs and adverbs that make what a clause states less than a fact: someone's claim or
# belief ("prosecutors allege", "police believe", "allegedly"), not only their word
ALLEGING = frozenset("""allege alleges alleged allegedly reportedly purportedly supposedly
claim claims claimed accuse accuses accused insist insists insisted argue argues
argued believe believes believed suspect suspects suspected contend contends contended
maintain maintains maintained assert asserts asserted charge charges testify testifies
testified""".split())
IDIOMS = frozenset("more less longer only other doubt matter".split())  # "no more than"
# a word and its opposite: a sentence that says one where another outlet's otherwise identical
# sentence says the other is not one statement ('the driver survived' / 'the driver died').
# Verdicts ('granted' / 'denied') are `roles.VERDICTS`; this is the short list beyond them,
# chosen by hand (no word list ships with the Python libraries we use, without a download).
# Only pairs that cannot both be true of one thing, at one time or one after the other: no
# events of a sequence ('arrested' / 'released', 'opened' / 'closed', 'began' / 'ended': a
# market opens and closes up, police arrest a man and release him).
_OPPOSITES = (("guilty", "innocent"), ("survived", "died"),
              ("survived", "killed"), ("alive", "dead"), ("safe", "unsafe"),
              ("safe", "dangerous"), ("north", "south"), ("east", "west"),
              ("northern", "southern"), ("eastern", "western"), ("before", "after"),
              ("won", "lost"), ("win", "lose"), ("increased", "decreased"),
              ("rose", "fell"), ("up", "down"), ("higher", "lower"), ("above", "below"),
              ("more", "fewer"), ("more", "less"), ("legal", "illegal"), ("true", "false"),
              ("passed", "failed"), ("supported", "opposed"), ("for", "against"),
              ("upheld", "overturned"), ("present", "absent"), ("inside", "outside"))
# such events: two outlets saying one and the other (or a claim and its evidence) need not
# disagree, but neither says what the other does
_IN_TURN = (("arrested", "released"), ("opened", "closed"), ("began", "ended"),
            ("started", "ended"), ("started", "finished"), ("began", "finished"))
IN_TURN = frozenset(frozenset((tu.stem(a), tu.stem(b))) for a, b in _IN_TURN)
# states whose verbs are such events: matched as written, not by stem ('is open' / 'is
# closed' are opposites, 'opened' / 'closed' are not; Snowball gives 'open' for both)
_STATES = frozenset({frozenset(("open", "closed"))})
OPPOSITES = frozenset(frozenset((tu.stem(a), tu.stem(b))) for a, b in _OPPOSITES)
_CONTRACTED = {"ca": "can", "wo": "will", "sha": "shall"}  # "can't", "won't", "shan't"
CHECKS = frozenset({"negation", "modality", "roles"})
# On FRANK's dev pairs (README) negation and modality each rejected more supported summaries
# than unsupported ones they caught, so the verifier runs only the roles check by default.
DEFAULT_CHECKS = frozenset({"roles"})
REACH = 4  # the words after a negation or a hedge that it governs
SPAN = 4  # the most words between two names for "A verb B" to be read as roles


def negates(word: str) -> bool:
    """Whether `word` is a negation: 'not', 'never', 'no' … or a word ending in "n't"."""
    low = word.casefold().replace("’", "'")
    return low in NEGATIONS or low.endswith("n't")


def negates_verb(word: str) -> bool:
    """Whether `word` negates a verb ('not', 'never', 'cannot', "didn't"), not a noun
    ('no', 'none', 'without', 'nobody')."""
    low = word.casefold().replace("’", "'")
    return low in {"not", "never", "cannot"} or low.endswith("n't")


def opposite(a: str, b: str) -> bool:
    """Whether the words `a` and `b` are opposites ('survived' / 'died'), by their stems, or
    states that are ('open' / 'closed'), as written."""
    return (frozenset((tu.stem(a), tu.stem(b))) in OPPOSITES
            or frozenset((a.casefold(), b.casefold())) in _STATES)


def in_turn(a: str, b: str) -> bool:
    """Whether the words `a` and `b` are events that may follow one another ('arrested' /
    'released', 'opened' / 'closed'), by their stems; not the states ('open' / 'closed')."""
    return frozenset((tu.stem(a), tu.stem(b))) in IN_TURN and not opposite(a, b)


def unnegated(word: str) -> str:
    """`word` without the negation it carries ("didn't" -> 'did', 'cannot' -> 'can'); ''
    when it is a negation and nothing else ('not', 'never'); itself when it negates
    nothing."""
    low = word.casefold().replace("’", "'")
    if low == "cannot":
        return "can"
    if low.endswith("n't"):
        return _CONTRACTED.get(low[:-3], low[:-3])
    return "" if low in NEGATIONS else word


def _scoped(tokens: Sequence[str], cues: frozenset[str]) -> tuple[set[str], set[str]]:
    """Stems of the words within REACH after one of `cues` ("n't" ends its word), and stems
    of the words outside every such reach."""
    low = [t.casefold().replace("’", "'") for t in tokens]
    inside: set[int] = set()
    for i, word in enumerate(low):
        is_cue = negates(word) if cues is NEGATIONS else word in cues
        if is_cue and low[i + 1 : i + 2] != [] and low[i + 1] not in IDIOMS:
            inside.update(range(i + 1, i + 1 + REACH))
    stems = [tu.stem(t) for t in tokens]
    return ({s for i, s in enumerate(stems) if i in inside},
            {s for i, s in enumerate(stems) if i not in inside})


def _only(tokens: Sequence[str], cues: frozenset[str]) -> tuple[set[str], set[str]]:
    """Stems only ever inside a cue's reach, and stems never inside one."""
    inside, outside = _scoped(tokens, cues)
    return inside - outside, outside - inside


def differences(claim: str, evidence: str, checks: frozenset[str] = DEFAULT_CHECKS) -> list[str]:
    """What the claim turns around relative to its aligned `evidence` sentences: a word each
    text states is turned around only when every mention in one text is under the cue and
    none in the other is, so a long sentence that also negates it elsewhere does not count."""
    mine, theirs = tu.tokens(claim), tu.tokens(evidence)
    problems = []  # only the checks asked for are read: the roles alone, by default
    if "negation" in checks or "modality" in checks:
        shared = tu.stems(claim) & tu.stems(evidence)
        flipped = _flipped(mine, theirs) & shared if "negation" in checks else set()
        if flipped:
            problems.append("negated in one of claim and evidence, not the other: "
                            + ", ".join(sorted(flipped)))
        hedged = _only(theirs, HEDGES)[0] & _only(mine, HEDGES)[1] & shared \
            if "modality" in checks else set()
        if hedged:
            problems.append("stated as fact, the evidence only hedges: "
                            + ", ".join(sorted(hedged)))
    swapped = _swapped(mine, theirs) if "roles" in checks else ""
    if swapped:
        problems.append("roles swapped relative to the evidence: " + swapped)
    return problems


def _flipped(mine: Sequence[str], theirs: Sequence[str]) -> set[str]:
    """Stems negated in every mention on one side and in none on the other."""
    (my_neg, my_pos), (their_neg, their_pos) = _only(mine, NEGATIONS), _only(theirs, NEGATIONS)
    return (my_neg & their_pos) | (my_pos & their_neg)


def _swapped(mine: Sequence[str], theirs: Sequence[str]) -> str:
    """'A verb B' when the claim has two names within SPAN words around a shared word and the
    evidence has them only the other way round; '' when not."""
    if "by" in {t.casefold() for t in (*mine, *theirs)}:
        return ""  # passive voice turns the order around on purpose
    names = [i for i, t in enumerate(mine) if tu.is_name(t)]
    keys, stems = [tu.key(t) for t in theirs], [tu.stem(t) for t in theirs]
    for a, b in pairwise(names):
        ka, kb = tu.key(mine[a]), tu.key(mine[b])
        verbs = {tu.stem(t) for t in mine[a + 1 : b] if tu.key(t) not in tu.STOPWORDS}
        if ka == kb or b - a > SPAN or not verbs:
            continue
        if _order(kb, ka, verbs, keys, stems) and not _order(ka, kb, verbs, keys, stems):
            return " ".join(mine[a : b + 1])
    return ""


def _order(first: str, second: str, verbs: set[str], keys: Sequence[str],
           stems: Sequence[str]) -> bool:
    """Whether name `first` comes before name `second`, close, with one of `verbs` between."""
    firsts = [i for i, k in enumerate(keys) if k == first]
    seconds = [j for j, k in enumerate(keys) if k == second] if firsts else []
    return any(0 < j - i <= 2 * SPAN and verbs & set(stems[i + 1 : j])
               for i in firsts for j in seconds)
