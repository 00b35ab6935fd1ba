"""The evals' own reading of text: sentences, words, numbers, names, and the support rule.

It shares no code with the summariser (no `summarizer.textutil`, `verify`, `dedupe` or
`pipeline`), so a bug there cannot hide in the grade. The rule, in evals/README.md:

A claim is **supported** by a cited source when one sentence of that source, or two adjacent
ones, holds every number and every name the claim states and at least 75% of its content
words (compared by a crude stem), and every quotation in the claim is verbatim in the source.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ftfy

COVERAGE = 0.75
WINDOW = 2  # adjacent sentences a claim may span: our splitter and the summariser's differ

_STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
said says say told according may might must shall us yet still however since although though
""".split())
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS.update({w: str(10 * i) for i, w in enumerate(
    "thirty forty fifty sixty seventy eighty ninety".split(), start=3)})
_UNIFY = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                        "‚": "'", "—": "-", "–": "-", "\u00a0": " ", "\u200b": ""})
_TOKEN = re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?|[^\W\d_]+(?:'[^\W\d_]+)*")
_QUOTE = re.compile(r"\"([^\"]{12,}?)\"")
_ABBREV = frozenset("""mr mrs ms dr st jr sr gov sen rep gen lt col sgt capt prof inc co corp
ltd vs u.s u.k a.m p.m jan feb aug sept oct nov dec mt ft rev""".split())
_ENDS = re.compile(r"[.!?:;][\"')\]]*$")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]+\)")
_BOUNDARY = re.compile(r"[.!?][\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])")


def unify(text: str) -> str:
    """Mojibake repaired (ftfy), NFKC, one form of quotes and dashes, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", ftfy.fix_text(text)).translate(_UNIFY)
    return " ".join(text.split())


def tokens(text: str) -> list[str]:
    """Words (case kept) and numbers, punctuation dropped."""
    return _TOKEN.findall(unify(text))


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem: casefolded, possessive and common endings off ("carded" ~ "carding")."""
    word = word.casefold()
    word = word[:-2] if word.endswith("'s") else word
    for suffix in ("ingly", "ings", "ing", "edly", "ed", "ies", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) > 4 and word[-1] == "e" else word


def numbers(text: str) -> set[str]:
    """Numbers stated, as plain digits ("$40,000" -> "40000", "three" -> "3")."""
    found = set()
    for token in tokens(text):
        if token[0].isdigit():
            found.add(token.replace(",", "").removesuffix(".0"))
        elif token.casefold() in _NUMBER_WORDS:
            found.add(_NUMBER_WORDS[token.casefold()])
    return found


def names(text: str) -> set[str]:
    """Capitalised words that do not open a sentence and are not function words, casefolded."""
    found = set()
    for sentence in split_sentences(text):
        for token in tokens(sentence)[1:]:
            if token[0].isupper() and token.casefold() not in _STOP:
                found.add(stem(token))
    return found


def content_words(text: str) -> set[str]:
    """Stems of the words that carry meaning: not function words, not numbers."""
    return {stem(t) for t in tokens(text)
            if not t[0].isdigit() and t.casefold() not in _STOP
            and t.casefold() not in _NUMBER_WORDS and len(t) > 1}


def quotations(text: str) -> list[str]:
    """Quoted spans of 12 characters or more."""
    return _QUOTE.findall(unify(text))


def split_sentences(text: str) -> list[str]:
    """Lines, then sentences at terminal punctuation before a capital or a digit, except after
    a title, a month or initials ("Mr. Smith", "U.S. officials", "George H.W. Bush") and
    inside a quotation."""
    out = []
    for line in unify(text.replace("\r", "\n")).split("\n") if "\n" in text else [unify(text)]:
        start = 0
        for cut in _BOUNDARY.finditer(line):
            last = line[start:cut.start()].rsplit(None, 1)[-1:] or [""]
            word = last[0].lstrip("\"'([").casefold()
            inside_quote = line.count('"', start, cut.end()) % 2 == 1
            initials = re.fullmatch(r"[^\W\d_](\.[^\W\d_])*", word)  # "J", "H.W", "E.O"
            if word in _ABBREV or initials or inside_quote:
                continue
            out.append(line[start:cut.end()].strip())
            start = cut.end()
        out.append(line[start:].strip())
    return [s for s in out if s]


def read_sentences(path: Path) -> list[str]:
    """A source file's sentences as a reader sees them (no summariser code involved): a
    Markdown link as its text; each line split on its own, except that a line ending without
    a stop runs on into the next (hard-wrapped text)."""
    raw = path.read_bytes().decode("utf-8", errors="replace")
    raw = _MD_LINK.sub(r"\1", raw)  # a Markdown link reads as its text: "[two leaders](url)"
    paragraphs: list[str] = []
    for line in (unify(ln) for ln in raw.splitlines()):
        if not line:
            continue
        if paragraphs and not _ENDS.search(paragraphs[-1]):
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return [s for paragraph in paragraphs for s in split_sentences(paragraph)]


@dataclass(frozen=True)
class Verdict:
    """Whether some passage of the sources supports a claim, and why not when it does not."""

    ok: bool
    reason: str


def windows(sentences: Sequence[str], size: int = WINDOW) -> Iterable[str]:
    """Each sentence, and each run of up to `size` adjacent ones."""
    for i in range(len(sentences)):
        for j in range(i + 1, min(i + size, len(sentences)) + 1):
            yield " ".join(sentences[i:j])


def supports(claim: str, sentences: Sequence[str]) -> Verdict:
    """The support rule (module docstring) over one source's sentences."""
    want_numbers, want_names = numbers(claim), names(claim)
    words = content_words(claim)
    if not words and not want_numbers:
        return Verdict(False, "states nothing")
    best: tuple[float, str] = (float("-inf"), "no sentences")
    for passage in windows(sentences):
        have = {stem(t) for t in tokens(passage)}
        missing = sorted((want_numbers - numbers(passage)) | (want_names - have))
        covered = len(words & have) / len(words) if words else 1.0
        if not missing and covered >= COVERAGE:
            return _quoted(claim, sentences)
        rank = covered - len(missing)
        if rank > best[0]:
            best = (rank, f"best passage lacks {', '.join(missing)}" if missing
                    else f"best passage holds {covered:.0%} of its content words")
    return Verdict(False, best[1])


def _quoted(claim: str, sentences: Sequence[str]) -> Verdict:
    pooled = unify(" ".join(sentences)).casefold()
    for quote in quotations(claim):
        if unify(quote).casefold() not in pooled:
            return Verdict(False, f"quotation not verbatim: “{quote[:60]}”")
    return Verdict(True, "supported")


def matches(text: str, groups: Sequence[Sequence[str]], want: Sequence[str] = ()) -> bool:
    """Every keyword group has a keyword in `text` (a word prefix, or a phrase when it holds a
    space or a digit), and every number in `want` is stated."""
    words = [t.casefold() for t in tokens(text)]
    flat = " ".join(words)

    def hit(keyword: str) -> bool:
        if " " in keyword or any(c.isdigit() for c in keyword):
            # consecutive words; the last may be a prefix unless it is a number
            phrase = " ".join(t.casefold() for t in tokens(keyword))
            end = r"(?!\S)" if phrase[-1:].isdigit() else ""
            return re.search(r"(?<!\S)" + re.escape(phrase) + end, flat) is not None
        return any(w.startswith(keyword.casefold()) for w in words)

    return all(any(hit(k) for k in group) for group in groups) and \
        {n.replace(",", "") for n in want} <= numbers(text)
