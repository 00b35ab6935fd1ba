"""Word-level text features shared by dedupe, conflicts, verify and the engines (pure)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Set
from functools import lru_cache
from typing import Any

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
said says say mr mrs ms dr told according also would could may might must shall us
one's its it's he's she's they're we're i'm don't didn't won't can't isn't wasn't
""".split())

NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
    "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
    "hundred": "100", "thousand": "1000", "million": "million", "billion": "billion",
    "trillion": "trillion", "dozen": "12", "half": "0.5", "first": "1st", "second": "2nd",
    "third": "3rd", "fourth": "4th", "fifth": "5th",
}
# the one way English hyphenates a cardinal written in words: tens and units ('twenty-five')
_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
_UNITS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})
MONTHS = frozenset("""january february march april may june july august september october
november december monday tuesday wednesday thursday friday saturday sunday""".split())

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                         "‚": "'", "—": "-", "–": "-", "\u00a0": " "})
# Chinese and Japanese are written without spaces: each of their characters is a token
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# the currency signs written onto a figure ('$4', '₦1,150', '¥3,000'), as part of its word
CURRENCY_SIGNS = "$€£₹₦¥₩₱₺₪₫₴₸₽฿₵"
WORD_PATTERN = (rf"[{CURRENCY_SIGNS}]?\d[\d,.]*\d%?|[{CURRENCY_SIGNS}]?\d%?|[{_CJK}]"
                rf"|[^\W\d_{_CJK}]+(?:['’.-][^\W\d_{_CJK}]+)*")
_WORD = re.compile(WORD_PATTERN)
# where a clause ends around a value: a comma, a semicolon, a colon, a bracket or a dash
CLAUSE_END = re.compile(r"[,;:()\u2014]|\s-\s")
# where a clause ends: a semicolon, a colon, a bracket, a dash, a comma or a sentence's end
# before a space ('4,000' and 'U.S.' go on)
CLAUSE_MARK = re.compile(r"[;:()\[\]—–]|,(?=\s)|\s-\s|[.!?](?=\s|$)")
_CJK_CHAR = re.compile(f"[{_CJK}]")


def normalize(text: str, *, casefold: bool = True) -> str:
    """Casefolded (unless `casefold` is false: a quotation keeps its case), quotes and dashes
    unified, whitespace collapsed: for comparing text."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join((text.casefold() if casefold else text).split())


def tokens(text: str) -> list[str]:
    """Words and numbers as written (case kept), punctuation dropped."""
    return list(_tokens(text))


@lru_cache(maxsize=8192)  # a story's sentences; a few MB at most
def _tokens(text: str) -> tuple[str, ...]:
    # the stages ask again and again for the words of the same sentences (a run on seeds/:
    # 3,510 calls for 305 texts, 37 ms of its 140)
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", text).translate(_QUOTES)))


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """A comparison key for one token: casefolded, possessive and plural 's' removed."""
    word = word.casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip(CURRENCY_SIGNS + "%.").replace(",", "")
    word = NUMBER_WORDS.get(word) or hyphenated(word) or word
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word.isalpha():
        word = word[:-1]
    return word


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer  # PyStemmer: the Snowball stemmers compiled (under a millisecond to load)

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a token's key, so that word endings do not matter
    ('evacuated', 'evacuation' -> 'evacu'); numbers and number words keep their key."""
    k = key(word)
    return k if is_number(k) or not k.isalpha() else str(_stemmer().stemWord(k))


def stems(text: str) -> set[str]:
    """Stems of the content words of `text` (numbers kept as their keys)."""
    return set(_stems(text))


@lru_cache(maxsize=8192)  # like `_tokens`: every stage asks again for the same sentences
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(t) for t in tokens(text) if t.casefold() not in STOPWORDS
                     and (k := key(t)) not in STOPWORDS and (len(k) > 1 or _CJK_CHAR.match(k)))


def keys(text: str) -> list[str]:
    """Comparison keys of every token of `text`."""
    return list(_keys(text))


@lru_cache(maxsize=8192)
def _keys(text: str) -> tuple[str, ...]:
    return tuple(key(t) for t in tokens(text))


def content_words(text: str) -> set[str]:
    """Keys of the words that carry meaning (no stopwords, no one-letter words, though a
    Chinese or Japanese character is one)."""
    return set(_content_words(text))


@lru_cache(maxsize=8192)
def _content_words(text: str) -> frozenset[str]:
    return frozenset(k for t in tokens(text) if (k := key(t))
                     and (len(k) > 1 or _CJK_CHAR.match(k))
                     and t.casefold() not in STOPWORDS and k not in STOPWORDS)


def word_count(text: str) -> int:
    """Words, as a budget counts them: each Chinese or Japanese character is one."""
    if not _CJK_CHAR.search(text):
        return len(text.split())
    return sum(len(_CJK_CHAR.findall(chunk)) or 1 for chunk in text.split())


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=65536)  # asked for every token by every stage, like `key`
def is_number(token: str) -> bool:
    """True for digits ('14', '$65', '2022') and number words ('three', 'Twenty-five')."""
    low = token.casefold()
    return bool(_DIGIT.search(token)) or low in NUMBER_WORDS or hyphenated(low) is not None


def hyphenated(low: str) -> str | None:
    """The value of tens and units hyphenated ('twenty-five' -> '25'), lower case, or None."""
    tens, dash, units = low.partition("-")
    if not dash or tens not in _TENS or units not in _UNITS:
        return None
    return str(int(NUMBER_WORDS[tens]) + int(NUMBER_WORDS[units]))


def cardinal(low: str) -> bool:
    """A whole number in one word or hyphenated tens and units ('nine', 'thirty-two'), lower
    case; not an ordinal, 'half' nor a bare scale ('million')."""
    return NUMBER_WORDS.get(low, "").isdigit() or hyphenated(low) is not None


def numbers(text: str) -> set[str]:
    """Normalised numbers in `text`: '$65 billion' -> {'65', 'billion'}; 'three' -> {'3'}."""
    return set(_numbers(text))


@lru_cache(maxsize=8192)
def _numbers(text: str) -> frozenset[str]:
    return frozenset(key(t) for t in tokens(text) if is_number(t))


def is_name(token: str, first: bool = False) -> bool:
    """A capitalised word that is not a stopword, a month or day, or the sentence's first word."""
    if first or not token[:1].isupper() or is_number(token):
        return False
    low = token.casefold()
    return low not in STOPWORDS and low not in MONTHS


def names(text: str, *, include_first: bool = False) -> set[str]:
    """Keys of the proper names (capitalised words) in `text`; the sentence's first word
    counts only with `include_first` (it is capitalised whether or not it is a name)."""
    toks = tokens(text)
    return {key(t) for i, t in enumerate(toks) if is_name(t, first=i == 0 and not include_first)}


def shingles(text: str, size: int = 2) -> set[str]:
    """Word n-gram set of `text` (keys joined by spaces) for Jaccard similarity."""
    ks = keys(text)
    if len(ks) < size:
        return {" ".join(ks)} if ks else set()
    return {" ".join(ks[i : i + size]) for i in range(len(ks) - size + 1)}


def told_apart(a: Set[str], b: Set[str]) -> bool:
    """Both sides name something and share none of it: two years, two places, two periods
    ('2019' / '2023'); a side naming nothing decides nothing."""
    return bool(a) and bool(b) and not a & b


def possessive(word: str) -> bool:
    """A word in the possessive: "Britain's", "Tunstall’s"."""
    return word.casefold().endswith(("'s", "\u2019s"))


def jaccard(a: set[str], b: set[str]) -> float:
    """|a ∩ b| / |a ∪ b| (0.0 for two empty sets)."""
    return len(a & b) / len(a | b) if a or b else 0.0


def source_number(source: str) -> int:
    """The number of a source id ('s12' -> 12), for ordering sources as they were given."""
    return int(source[1:]) if source[1:].isdigit() else 0


def main_script(text: str) -> str:
    """The script most of `text`'s letters are written in, by its Unicode name ("Latin",
    "Thai", "Cjk", "Arabic"), or "" when it holds no letter."""
    scripts = Counter(unicodedata.name(ch, "? ").split()[0] for ch in text if ch.isalpha())
    name = scripts.most_common(1)[0][0] if scripts else ""
    return name if len(name) <= 3 else name.title()  # "CJK" stays an acronym
