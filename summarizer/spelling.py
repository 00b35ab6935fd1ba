"""How names are spelled across outlets (pure; read by `align`): a misspelling ('Helmsley' /
'Helmsey') against a transliteration ('Zelensky' / 'Zelenskyy') or one outlet's slip of a
letter, one institution named with another word for its kind ('… Research Hospital' / '…
Research Center'), and a place against its people's adjective ('Mars' / 'Martian')."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from functools import lru_cache

from . import textutil as tu

SLIP_LENGTH = 5  # letters of the shorter spelling for a dropped one to be a slip: 'Ana' and
# 'Anna' are two names


def slip(x: str, y: str, users: Counter[str]) -> bool:
    """One outlet's slip of the keyboard, not a disagreement: a spelling that only one outlet
    uses and that drops or adds one letter of the spelling two or more outlets agree on
    ('Los Angles' where two outlets write 'Los Angeles'); `users` counts the outlets of each
    spelling (copies of one story are one outlet)."""
    fewer, more = sorted((users[x], users[y]))
    short, long_ = sorted((x, y), key=len)
    if fewer != 1 or more < 2 or len(short) < SLIP_LENGTH:
        return False
    return len(long_) == len(short) + 1 and any(
        long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


# British spellings and their American forms, at a word's end: 'Organisation' / 'Organization',
# 'Labour' / 'Labor', 'Defence' / 'Defense', 'Analyse' / 'Analyze', and five common nouns in
# -re, 'Centre' / 'Center' (not any -re: 'Fabre' / 'Faber', 'Petre' / 'Peter' are two names)
_AMERICAN = re.compile(r"(?:(?<=\w{3}[^aeiou])is(?=e|ed|es|ing|ation|ations)"
                       r"|(?<=\w{2})ys(?=e|ed|es|ing)"
                       r"|(?<=[bdhilmnv])our(?=s?$|ed$|ing$|able$)"
                       r"|(?:(?<=^cent)|(?<=^theat)|(?<=^met)|(?<=^fib)|(?<=^lit))re(?=s?$)"
                       r"|(?<=def|off|lic)enc)(?=\w*$)")
_AS_AMERICAN = {"is": "iz", "ys": "yz", "our": "or", "re": "er", "enc": "ens"}


def _transliterated(name: str) -> str:
    """A name in plain Latin letters, as outlets transliterate it: 'Krähenbühl' and
    'Kraehenbuehl' -> 'kraehenbuehl'."""
    from anyascii import anyascii  # the injection filter's folding table; loaded on first use

    name = name.casefold()
    for letter, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        name = name.replace(letter, spelled)
    return str(anyascii(name))


def _american(name: str) -> str:
    """A transliterated name with a British spelling in its American form ('organisation' ->
    'organization'): a house's spelling, not another name."""
    return _AMERICAN.sub(lambda m: _AS_AMERICAN[m.group()], name)


def folded(word: str) -> str:
    """A word as two spellings of it that are one name fold alike: transliterated, and a
    British spelling in its American form ('Defence' / 'Defense')."""
    return _american(_transliterated(word))


@lru_cache(maxsize=4096)  # the same two spellings meet again and again (dev: 3,158 calls, 625)
def misspelled(x: str, y: str, length: int, *, first: bool) -> bool:
    """Two spellings of one name ('Helmsley' / 'Helmsey'), or two given names of one person
    named in full ('Fransiskus Bambang Soelistyo' / 'Henry Bambang Soelistyo'); not a mere
    transliteration that differs only at the end ('Zelensky' / 'Zelenskyy'), nor a British
    spelling of it ('Organisation'). Only the two spellings folded alike are one name that
    way: the other tests read the letters as written ('Harbour' is the start of
    'Harbourfront', 'Harbor' is not)."""
    a, b = _transliterated(x), _transliterated(y)
    if folded(x) == folded(y) or a.startswith(b) or b.startswith(a) or (
            a[:-2] == b[:-2] and len(a) > 5):
        return False
    ratio = difflib.SequenceMatcher(a=a, b=b).ratio()
    if length == 1:  # a one-word name: only a near spelling of a long word
        return len(a) >= 6 and a[0] == b[0] and ratio >= 0.85
    return ratio >= 0.7 or (length >= 3 and (first or ratio >= 0.5))


# one word's other spellings and forms: UK/US 'll' / 'l' and 'pp' / 'p' ('Travellers',
# 'Worshippers'), 'ae' / 'oe' / 'e' ('Paediatricians'), 'sk' / 'sc' ('Skeptics'), and an
# agent's or an action's ending ('Protestors' / 'Protesters', 'Prosecutor' / 'Prosecution',
# 'Chancellor' / 'Chancellery'); a word's key comes in. A slip of another letter stays one
_FORMS = ((re.compile(r"([lp])\1"), r"\1"), (re.compile(r"[ao]e"), "e"), (re.compile("sk"), "sc"),
          (re.compile(r"(?<=\w{4})(?:ion|ery|or|er)$"), ""))


def _plain_form(word: str) -> str:
    for pattern, plain in _FORMS:
        word = pattern.sub(plain, word)
    return word


def variant(x: str, y: str) -> bool:
    """One common word in two spellings or forms, not two names: a UK/US spelling or an
    ending swapped ('Protesters' / 'Protestors', 'Travelers' / 'Travellers', 'Sceptics' /
    'Skeptics') or two words of one stem ('Negotiators' / 'Negotiations')."""
    a, b = _plain_form(tu.key(x)), _plain_form(tu.key(y))
    return tu.stem(x) == tu.stem(y) or a == b or tu.stem(a) == tu.stem(b)


# given names news shortens to a form sharing no start with the full one
_SHORT_FORMS = {frozenset(pair.split("/")) for pair in (
    "bill/william", "billy/william", "will/william", "bob/robert", "bobby/robert",
    "dick/richard", "rick/richard", "ted/edward", "ned/edward", "jack/john", "peggy/margaret",
    "hank/henry", "chuck/charles", "liz/elizabeth", "beth/elizabeth", "betty/elizabeth",
    "sally/sarah", "molly/mary", "polly/mary", "tony/anthony", "jim/james", "jimmy/james",
    "mike/michael", "sasha/alexander", "sandy/alexandra", "bert/albert", "harry/henry",
    "peg/margaret", "maggie/margaret", "meg/margaret", "jenny/jennifer", "nell/eleanor",
    "tom/thomas", "tommy/thomas", "joe/joseph", "ike/isaac", "charlie/charles",
    "larry/lawrence", "sasha/alexandra", "kathy/katherine", "kathy/kathleen",
    "ted/theodore", "steve/stephen", "jerry/gerald", "gerry/gerald", "sandy/sandra",
    "dave/david", "rich/richard", "andy/andrew", "tony/antonio")}


def one_given_name(x: str, y: str) -> bool:
    """Two forms of one given name: a short form ('Joe' / 'Joseph', 'Tom' / 'Thomas', 'Dan' /
    'Daniel', 'Bill' / 'William'), not two people's ('Nomvula' / 'Thandeka') nor two
    spellings ('Ana' / 'Anna')."""
    a, b = sorted((folded(x), folded(y)), key=len)
    if frozenset((a, b)) in _SHORT_FORMS or a == b:
        return True
    return len(a) <= 5 and len(a) < len(b) and b.startswith(a)  # 'Dan' / 'Daniel', 'Steve' /
    # 'Steven'; not 'Ana' / 'Anna', 'Francis' / 'Francesca'


# words for one kind of institution, which outlets swap in its name: where the sick are treated
_CARE = frozenset({"hospital", "center", "clinic"})
# a word of a center's name that makes it a place treating the sick, not a community center
_MEDICAL = frozenset({"medical", "health", "healthcare", "cancer", "research", "children",
                      "trauma", "heart", "pediatric", "paediatric", "surgical", "oncology",
                      "psychiatric", "rehabilitation", "cardiac", "kidney", "eye", "burn"})
_INSTITUTION_WORDS = 3  # words of a name, its kind's word among them, for a swap to be one


def institution(x: str, y: str, name: tuple[str, ...], *, last: bool) -> bool:
    """The last word of one long name swapped for another word of its kind ('St. Jude
    Children's Research Hospital' / '… Research Center'): two or more words agree and both
    last words name a place treating the sick, a center only with a medical word in its name.
    Not a school for a hospital ('New York University School' / '… Hospital') nor a community
    center for a hospital ('Riverside Community Center' / '… Hospital'): two institutions."""
    kinds = {_american(_transliterated(w)) for w in (x, y)}  # 'Centre' is 'Center', British
    if not (last and len(name) >= _INSTITUTION_WORDS and len(kinds) == 2 and kinds <= _CARE):
        return False
    return "center" not in kinds or any(tu.key(word) in _MEDICAL for word in name)


_DEMONYM_ENDS = ("tian", "ian", "ean", "ese", "ish", "an", "i", "n")  # 'Martian', 'Japanese'


def _roots(word: str) -> set[str]:
    """What a place's name and its people's adjective share: 'mars' -> {'mars', 'mar'},
    'martian' -> {…, 'mar'}, 'russia' and 'russian' -> {…, 'russia'}, 'belgium' and
    'belgian' -> {…, 'belgi'}."""
    roots = {word, word[:-1]} if word[-1:] in ("s", "a", "e", "y", "o") else {word}
    if word.endswith("um"):
        roots.add(word[:-2])  # 'belgium' / 'belgian'
    roots.update(word[: -len(end)] for end in _DEMONYM_ENDS if word.endswith(end))
    return {r for r in roots if len(r) >= 3}


def demonym(a: frozenset[str], b: frozenset[str]) -> bool:
    """One side names a place and the other its adjective: 'early Mars' / 'the Martian
    surface', 'Russia' / 'Russian'."""
    for mine, theirs in ((a - b, b - a), (b - a, a - b)):
        for word in (w for w in mine if w.endswith(_DEMONYM_ENDS)):
            roots = _roots(word)  # a stem may have lost the name's last letter: 'venu'
            roots |= {r[:-1] for r in roots if len(r) > 3}
            if any(other[:3] == word[:3] and roots & _roots(other) for other in theirs):
                return True
    return False
