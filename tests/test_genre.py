from __future__ import annotations

import pytest

from summarizer import Article, summarize
from summarizer.config import Settings
from summarizer.engines import coverage
from summarizer.evidence import Corpus
from summarizer.genre import is_review, judging, marked, reviews
from summarizer.pipeline import read_corpus

# invented texts: two critics on one invented film, and news of the same film
REVIEW_A = """The Quiet Harbour is a gentle, handsome film that never quite finds its pulse.
Ada Morrow plays a lighthouse keeper's widow who takes in a stranded sailor, and the first
hour is lovely: the camera lingers on grey water, and Morrow is superb in a role that asks
her to say almost nothing. But the script is thin and predictable. Every scene announces
the next one, and the sailor, played with earnest charm by Leo Brandt, is less a character
than a device. The director has a fine eye and a patient hand, yet the drama is so polite
that it is hard to care. The score is pretty but relentless, telling us what to feel in
every shot. It is a beautiful film to look at and a dull one to sit through, an elegant
portrait with an empty frame. Fans of slow cinema will find much to admire; everyone else
may drift off long before the final scene, which is as predictable as the tide. This is the
kind of movie that mistakes stillness for depth, and the result is handsome, careful and
strangely hollow. Rating: two out of five."""
REVIEW_B = """There is a wonderful performance at the centre of The Quiet Harbour, and it
almost saves the film. Ada Morrow has never been better: sharp, funny and sad at once, she
makes a familiar role feel fresh. The trouble is everything around her. The story is
predictable, the pacing is sluggish and the dialogue is stiff, full of lines no person has
ever said aloud. Leo Brandt is likeable as the sailor but the script gives him little to do
except look wistful. The movie is gorgeous, with rich colour and lovely light, yet the
drama is oddly weightless. The director clearly loves the coast and the people on it, and
that affection is touching, but a film needs more than mood. The final act is rushed and
the ending is sentimental. It is a decent, sincere picture with a great performance, and a
frustrating one: you can feel a better movie inside it, waiting to be let out. See it for
Morrow, who is the best reason to buy a ticket this month, and forgive the rest."""
NEWS = """The Quiet Harbour, the first feature by the director Tomas Varga, took $4.2 million
at the box office in its first weekend, the distributor Greyline Pictures said on Monday.
The film opened on 410 screens on Friday, and Greyline said it would add 150 more this week.
Varga said on Sunday that he was grateful to audiences who had turned out despite the storm
that closed cinemas in three states. The film was shot over 31 days last autumn on the coast
of Maine, where the production employed about 200 local people, according to the state film
office. It had premiered at the Tern Island festival in June, where it won the audience
award. Greyline had bought it for $3 million after the festival, the company said at the
time. Its star, Ada Morrow, told reporters at the premiere that she had spent two weeks
with a lighthouse keeper to prepare for the role. The distributor said the film's weekend
takings were the best for an independent drama this year and that it expected the film to
pass $10 million in its run. Analysts said the opening was strong for a film with a
budget of $6 million."""


def _sentences(text: str) -> list[str]:
    return [s.strip() + "." for s in " ".join(text.split()).split(". ") if s.strip()]


def test_the_lexicon_is_read_from_its_file() -> None:
    words = judging()
    assert {"predictable", "gorgeous", "sentimental"} <= words
    assert not words & {"said", "film", "monday", "#", "more", "final", "confirmed"}


def test_a_review_reads_as_one_and_news_of_the_same_film_does_not() -> None:
    assert is_review(_sentences(REVIEW_A)) is True
    assert is_review(_sentences(REVIEW_B)) is True
    assert is_review(_sentences(NEWS)) is False
    assert is_review(["A short caption of the film is lovely."]) is None  # too short to tell


def test_a_review_says_it_is_one_by_the_word_a_rating_or_a_label() -> None:
    assert marked(["A gentle film."], "Review: The Quiet Harbour")
    assert marked(["It earns three out of five."]) and marked(["Verdict: skip it."])
    assert marked(["Score: 3/5 for the film."]) and marked(["★★★☆☆"])
    assert not marked(["A preview of the film, which opens on Friday."])
    assert not marked(["The film is lovely."], "The Quiet Harbour opens")


@pytest.mark.parametrize(("sources", "expected"), [
    ({"s1": REVIEW_A, "s2": REVIEW_B}, True),
    ({"s1": REVIEW_A, "s2": REVIEW_B, "s3": NEWS}, True),  # two thirds
    ({"s1": REVIEW_A, "s2": NEWS}, False),  # one review is no round-up
    ({"s1": REVIEW_A, "s2": REVIEW_B, "s3": NEWS, "s4": NEWS}, False),  # half
    ({"s1": REVIEW_A, "s2": "The film is lovely."}, False),  # a snippet is not judged
    ({"s1": REVIEW_B, "s2": REVIEW_B.replace("There is", "Here is")}, False),  # no review
    # says it is one: a column or a preview may read as one
])
def test_a_round_up_is_two_reviews_and_two_thirds_of_the_articles(
        sources: dict[str, str], expected: bool) -> None:
    assert reviews({s: _sentences(t) for s, t in sources.items()}) is expected


def test_in_turn_takes_each_outlets_next_sentence_while_it_fits() -> None:
    words = [10, 10, 10, 10, 30]
    assert coverage.in_turn([[0, 1], [2, 3]], words, 35) == [0, 2, 1]
    assert coverage.in_turn([[0, 1], [0, 3]], words, 100) == [0, 1, 3]  # taken once
    assert coverage.in_turn([[4, 0], [2, 3]], words, 45) == [4, 2]  # what no longer fits waits
    assert coverage.in_turn([[0, 1], [2, 3]], words, 100,
                            repeats=lambda i, j: {i, j} == {1, 3}) == [0, 2, 1]
    assert coverage.in_turn([], words, 100) == []


def test_a_round_up_of_reviews_gives_each_review_its_turn() -> None:
    summary = summarize([Article(text=REVIEW_A, outlet="Coast Weekly"),
                         Article(text=REVIEW_B, outlet="The Daily Reel")],
                        engine="extractive", max_words=60)
    first = [c.text for c in summary.claims[:2]]
    assert first[0].startswith("The Quiet Harbour is a gentle")
    assert first[1].startswith("There is a wonderful performance")
    assert {s for c in summary.claims[:2] for s in c.sources} == {"s1", "s2"}


def test_the_corpus_of_news_and_a_review_is_no_round_up() -> None:
    def corpus(*texts: str) -> Corpus:
        return read_corpus([Article(text=t) for t in texts], Settings(), lambda _: None)

    assert corpus(REVIEW_A, REVIEW_B).reviews is True
    assert corpus(NEWS, REVIEW_A).reviews is False
    assert corpus(REVIEW_A, REVIEW_A, NEWS).reviews is False  # copies count once


def test_a_short_news_brief_counts_as_news_and_a_short_review_as_nothing() -> None:
    brief = _sentences(NEWS)[:3]
    assert is_review(brief) is False  # it attributes: news, however short
    assert is_review(_sentences(REVIEW_A)[:2]) is None
    assert reviews({"s1": _sentences(REVIEW_A), "s2": _sentences(REVIEW_B), "s3": brief,
                    "s4": _sentences(NEWS)}) is False
