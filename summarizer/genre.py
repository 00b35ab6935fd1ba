"""Whether the articles are critics' reviews of one work, not news of one event (pure).

A round-up of reviews (several critics on one film, album, book, show, game, restaurant or
device) is no story that outlets report: each critic says what they think of the work, and
the reader wants each verdict in turn, which each review gives in its opening. The concepts
several outlets share (the work's title, its maker, its cast) say nothing of the verdicts,
so coverage picks plot summary and credits.

A review is told from news by how it is written, outside its quotations:
- it judges: adjectives of Pattern's subjectivity lexicon (`data/subjective.txt`);
- it is about a work: it names the kind of work it is ("the film", "the album", "the menu");
- it speaks in the present ("is", "has") more than the past ("was", "had"), as news does;
- it seldom attributes what it says ("said", "told", "according to"), as news does in nearly
  every paragraph.
Each alone is common in news features and explainers; together they are rare.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from . import textutil as tu
from .trim import QUOTED

SUBJECTIVE_WORDS = Path(__file__).resolve().parent / "data" / "subjective.txt"
# the kinds of work critics review, as a review names what it judges
WORKS = frozenset("""
film films movie movies documentary documentaries sequel prequel remake album albums ep song
songs single book books novel novels memoir memoirs biography biographies collection
anthology debut series show shows episode episodes sitcom miniseries drama thriller comedy
musical play production revival opera ballet concert exhibition exhibit retrospective game
games restaurant restaurants dish dishes menu bistro cafe hotel hotels resort phone phones
smartphone handset laptop laptops tablet tablets headphones earbuds device camera console
car cars hatchback sedan saloon suv crossover
""".split())
PRESENT = frozenset("is are has have does do isn't aren't hasn't doesn't don't it's".split())
PAST = frozenset("was were had did wasn't weren't hadn't didn't".split())
ATTRIBUTING = frozenset("""said says told tells according announced confirmed reported
stated added explained""".split())
JUDGED_WORDS = 150  # an article this short (a caption, a snippet) is not judged either way
JUDGES = 2.2  # subjective adjectives per 100 words at or above which an article judges
NAMES_A_WORK = 0.5  # kinds of work per 100 words at or above which it is about a work
IN_THE_PRESENT = 0.6  # share of present-tense "is", "has"... among them and "was", "had"...
ATTRIBUTES = 1.0  # attributions per 100 words above which it is news


@cache
def subjective() -> frozenset[str]:
    """The adjectives of `data/subjective.txt` (see `scripts/subjective-words`)."""
    lines = SUBJECTIVE_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def is_review(sentences: Sequence[str]) -> bool | None:
    """Whether an article (its sentences) reads as a critic's review of a work; None when it
    is too short to tell."""
    if sum(len(tu.tokens(s)) for s in sentences) < JUDGED_WORDS:
        return None
    own = [w.casefold().replace("’", "'") for s in sentences for w in tu.tokens(QUOTED.sub(" ", s))]
    per100 = 100.0 / max(1, len(own))
    present, past = sum(w in PRESENT for w in own), sum(w in PAST for w in own)
    if (sum(w in ATTRIBUTING for w in own) * per100 > ATTRIBUTES
            or present < IN_THE_PRESENT * (present + past) or present == 0
            or sum(w in WORKS for w in own) * per100 < NAMES_A_WORK):
        return False
    return sum(w in subjective() for w in own) * per100 >= JUDGES


def reviews(sentences_by_source: Mapping[str, Sequence[str]]) -> bool:
    """Whether the sources are a round-up of reviews: at least two of them read as reviews,
    and at least two thirds of those long enough to tell."""
    told = [r for r in map(is_review, sentences_by_source.values()) if r is not None]
    found = sum(told)
    return found >= 2 and 3 * found >= 2 * len(told)
