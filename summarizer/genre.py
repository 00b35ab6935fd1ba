"""Whether the articles are critics' reviews of one work, not news of one event (pure).

A round-up of reviews (several critics on one film, album, book, show, game, restaurant or
device) is no story that outlets report: each critic says what they think of the work, and
the reader wants each verdict in turn, which each review gives in its opening. The concepts
several outlets share (the work's title, its maker, its cast) say nothing of the verdicts,
so coverage picks plot summary and credits.

A review is told from news by how it is written, outside its quotations:
- it judges: adjectives of Pattern's subjectivity lexicon (`data/subjective.txt`), less the
  few that news uses as plainly as reviews do ("more", "final", "confirmed", "rose");
- it is about a work: it names the kind of work it is ("the film", "the album", "the menu";
  a word news also uses otherwise, "show" or "game", only after "the", "this", "its" or
  "that");
- it speaks in the present ("is", "has") more than the past ("was", "had"), as news does;
- it seldom attributes what it says ("said", "told", "according to"), as news does in nearly
  every paragraph.
Previews, columns, explainers and press releases can pass all four, so a round-up also needs
one of its reviews to say it is one: "review" in its headline or text, a rating ("out of
five", "3/5", stars), a verdict's or a rating's label ("Rating:", "Verdict:").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import textutil as tu
from .trim import QUOTED

SUBJECTIVE_WORDS = Path(__file__).resolve().parent / "data" / "subjective.txt"
# words of the lexicon that news uses as plainly as reviews do: no judgement
_NOT_JUDGING = frozenset("""
more most final rose confirmed late open total top only high higher earlier many general
full guilty own behind far free further heavy little serious seriously major primary larger
light dry smaller special latest elementary enough winning able base such likely golden
live key typical cutting different bigger last first new next same certain real
""".split())
# the kinds of work critics review, as a review names what it judges
WORKS = frozenset("""
film films movie movies documentary documentaries sequel prequel remake album albums ep song
songs book books novel novels memoir memoirs biography biographies anthology sitcom
miniseries thriller musical opera ballet exhibition exhibit retrospective museum gallery
podcast restaurant restaurants dish dishes menu bistro cafe hotel hotels resort smartphone
handset laptop laptops tablet tablets headphones earbuds console hatchback sedan saloon suv
crossover fragrance perfume bicycle
""".split())
# kinds of work that are also other things ('show' the verb, a game of chess, the car park):
# only after a word pointing at one ('the show', 'this game', 'its camera')
AMBIGUOUS_WORKS = frozenset("""
show shows series episode episodes game games play production revival concert collection
debut drama comedy special phone phones device camera car cars bike record
""".split())
_POINTING = frozenset({"the", "this", "its", "that"})
PRESENT = frozenset("is are has have does do isn't aren't hasn't doesn't don't it's".split())
PAST = frozenset("was were had did wasn't weren't hadn't didn't".split())
ATTRIBUTING = frozenset("""said says say told tells according announced confirmed reported
stated added explained""".split())
# a review saying it is one: the word, a rating, a verdict's label
MARKS = re.compile(r"(?<![\w-])review(?:ed|er|ers|s)?\b|\bout of (?:four|five|ten|4|5|10)\b|"
                   r"[★☆]|\b\d(?:\.\d)?/(?:5|10)\b|\b(?:rating|grade|verdict|stars|our score)\s*:",
                   re.IGNORECASE)
JUDGED_WORDS = 150  # an article this short (a caption, a brief) is not judged a review
JUDGES = 1.0  # judging adjectives per 100 words at or above which an article judges
NAMES_A_WORK = 0.4  # kinds of work per 100 words at or above which it is about a work
IN_THE_PRESENT = 0.55  # share of present-tense "is", "has"... among them and "was", "had"...
ATTRIBUTES = 0.8  # attributions per 100 words above which it is news


@cache
def judging() -> frozenset[str]:
    """The adjectives of `data/subjective.txt` (see `scripts/subjective-words`) that judge."""
    lines = SUBJECTIVE_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#")) - _NOT_JUDGING


@dataclass(frozen=True)
class Figures:
    """An article's words, outside its quotations, as a review is told by."""

    words: int  # all its words, quotations too
    judges: float  # judging adjectives per 100 words
    works: float  # kinds of work named per 100 words
    present: int  # "is", "has"...
    past: int  # "was", "had"...
    attributions: int  # "said", "told"...
    own: int  # its words outside quotations

    def review(self) -> bool | None:
        """Whether the article reads as a review; None when it cannot tell: too short and
        not news, or no English tense at all."""
        if self.attributions * 100 > ATTRIBUTES * max(1, self.own) and self.attributions >= 2:
            return False  # news, however short
        if self.words < JUDGED_WORDS or self.present + self.past == 0:
            return None
        return self.present >= IN_THE_PRESENT * (self.present + self.past) and \
            self.works >= NAMES_A_WORK and self.judges >= JUDGES


def figures(sentences: Sequence[str]) -> Figures:
    """What `is_review` reads of an article (its sentences)."""
    own = [w.casefold().replace("’", "'") for s in sentences for w in tu.tokens(QUOTED.sub(" ", s))]
    per100 = 100.0 / max(1, len(own))
    lexicon = judging()
    works = sum(w in WORKS or (w in AMBIGUOUS_WORKS and n and own[n - 1] in _POINTING)
                for n, w in enumerate(own))
    return Figures(words=sum(len(tu.tokens(s)) for s in sentences),
                   judges=sum(w in lexicon for w in own) * per100, works=works * per100,
                   present=sum(w in PRESENT for w in own), past=sum(w in PAST for w in own),
                   attributions=sum(w in ATTRIBUTING for w in own), own=len(own))


def is_review(sentences: Sequence[str]) -> bool | None:
    """Whether an article (its sentences) reads as a critic's review of a work; None when it
    cannot tell."""
    return figures(sentences).review()


def marked(sentences: Sequence[str], title: str | None = None) -> bool:
    """Whether an article says it is a review: the word, a rating or a verdict's label, in
    its headline or its text."""
    return any(MARKS.search(s) for s in (title or "", *sentences))


def reviews(sentences_by_source: Mapping[str, Sequence[str]],
            titles: Mapping[str, str | None] | None = None) -> bool:
    """Whether the sources (one of each set of copies) are a round-up of reviews: at least
    two read as reviews, at least two thirds of those that can be told, and one of the
    reviews says it is one."""
    titles = titles or {}
    read = {s: is_review(said) for s, said in sentences_by_source.items()}
    told = [r for r in read.values() if r is not None]
    found = [s for s, r in read.items() if r]
    return len(found) >= 2 and 3 * len(found) >= 2 * len(told) and \
        any(marked(sentences_by_source[s], titles.get(s)) for s in found)
