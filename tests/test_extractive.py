from __future__ import annotations

import pytest
from factories import sentences

from summarizer.dedupe import merge_sentences
from summarizer.engines import extractive
from summarizer.engines.extractive import summarize_units
from summarizer.engines.vectors import paraphrases, tfidf
from summarizer.evidence import Sentence


def units_of(*docs: tuple[str, ...]):  # type: ignore[no-untyped-def]
    sents = [s for i, texts in enumerate(docs, 1) for s in sentences(f"s{i}", *texts)]
    return merge_sentences(sents).units


def count(sources):  # type: ignore[no-untyped-def]
    return len(set(sources))


STORY = (
    ("The Harbor Bridge reopened to traffic on Monday after an eight-month repair.",
     "The repair cost $42 million, paid mostly from a state grant, the city engineer said.",
     "What happens to the ferry now?",
     "He said so.",
     "Local shops reported a drop in sales of about a third while the bridge was closed."),
    ("The Harbor Bridge reopened to traffic on Monday after an eight-month repair.",
     "Commuters said the detour had added up to 40 minutes to their trips."),
    ("The Harbor Bridge reopened to traffic on Monday after an eight-month repair.",
     "The city council will vote next month on an inspection of the south span."),
)


def test_claims_respect_the_word_budget_and_skip_questions_and_fragments() -> None:
    drafts = summarize_units(units_of(*STORY), max_words=40, independent_sources=count)
    words = sum(len(d.text.split()) for d in drafts)
    assert 0 < words <= 40
    assert all(not d.text.endswith("?") and d.text != "He said so." for d in drafts)


def test_the_statement_every_outlet_carries_comes_first() -> None:
    drafts = summarize_units(units_of(*STORY), max_words=200, independent_sources=count)
    assert drafts[0].text.startswith("The Harbor Bridge reopened")
    assert len(drafts) == 5


def test_output_is_deterministic() -> None:
    runs = {tuple(summarize_units(units_of(*STORY), max_words=60, independent_sources=count))
            for _ in range(3)}
    assert len(runs) == 1


def test_a_statement_folded_into_a_longer_one_can_still_be_the_claim_as_written() -> None:
    short = "The Harbor Bridge repair cost $42 million, the city engineer said."
    long = ("The Harbor Bridge repair cost $42 million, the city engineer said, most of it paid "
            "from a state grant that the governor signed after a long fight in the legislature.")
    units = units_of((long,), (short,))
    [unit] = units
    assert unit.text == long and unit.folded  # what the llm engine is sent
    [draft] = summarize_units(units, max_words=15, independent_sources=count)
    assert draft.text == short and draft.evidence == (unit.id,)


def test_a_sentence_opening_with_a_figure_or_a_lower_case_brand_can_be_a_claim() -> None:
    from summarizer.engines.claimable import claimable

    assert claimable("2,000 residents were evacuated from the valley on Sunday night.")
    assert claimable("eBay said the outage lasted three hours for most of its sellers.")
    assert claimable("$40,000 worth of phones was taken from the stockroom, police said.")
    assert not claimable("and then the residents were evacuated from the valley on Sunday.")
    drafts = summarize_units(units_of(
        ("2,000 residents were evacuated from the valley on Sunday night as the river rose.",),
        ("2,000 residents were evacuated from the valley on Sunday night, officials said.",)),
        max_words=60, independent_sources=count)
    assert drafts and drafts[0].text.startswith("2,000 residents")


def test_fragments_and_sentences_that_need_their_context_are_not_claims() -> None:
    from summarizer.engines.claimable import claimable

    assert not claimable("MB: Eris is significantly more massive than Pluto, the team found.")
    assert not claimable("Robert Ricks: I would much rather have been wrong in this one.")
    assert not claimable("Stars: Saoirse Ronan, Stanley Tucci, Mark Wahlberg, Susan Sarandon")
    assert not claimable("“I just had a lengthy and highly productive phone call with him.”")
    assert not claimable("(See the top 10 fiction books of 2009 in our full list.)")
    assert not claimable("Members of the agency carry coffins at the airport in Pangkalan Bun...")
    assert not claimable("He knew he probably had one remaining chance to warn them.")
    assert not claimable("I would much rather be talking to you and taking the heat.")
    assert claimable("That night, the storm hit the coast of Louisiana hard, officials said.")
    assert claimable("“We are ready,” the mayor said after the council approved the plan.")
    # a quotation whose speaker is only "he" or "she": who said it is not in the claim
    assert not claimable("“No one wants peace more than the people of this city,” he added.")
    assert not claimable('"It was a long night for all of us here," she told reporters.')
    assert claimable("“No one wants peace more than the people of this city,” Mayor Lee added.")
    # a review's credits line, names only: no claim (a sentence that goes on is one)
    assert not claimable("Starring Dalia Renquist, Fennick Hale, Ottoline Brace.")
    assert not claimable("With Saoirse Ronan, Stanley Tucci, Mark Wahlberg and Rachel Weisz")
    assert claimable("Starring in her first role, Renquist is superb as the nurse.")
    assert claimable("With 40 people dead, the city declared an emergency on Monday.")
    assert claimable("₦1,150 is what a litre of petrol now costs in Lagos, checks showed.")
    assert not claimable("Starring Óscar Jaenada, Ángela Molina and Íñigo Errejón.")
    # a review of the rule (60 sentences): headlines in title case are sentences
    assert claimable("With Biden Out, Democrats Scramble To Unite Behind Harris.")
    assert claimable("With Russia And China Abstaining, UN Security Council Adopts Resolution.")
    assert claimable("Directed By Christopher Nolan, Oppenheimer Wins Best Picture.")
    assert claimable("WITH BIDEN OUT, HARRIS CONSOLIDATES DEMOCRATIC SUPPORT.")



def test_compress_offers_the_trimmed_sentence_and_leaves_quotes_whole() -> None:
    story = (("The Harbor Bridge reopened to traffic on Monday, the city engineer said on "
              "Sunday.",
              "“The bridge (and the ferry) will both run,” the mayor told reporters."),
             ("The Harbor Bridge reopened to traffic on Monday after a long repair.",
              "“The bridge (and the ferry) will both run,” the mayor said."))
    plain = summarize_units(units_of(*story), max_words=200, independent_sources=count)
    short = summarize_units(units_of(*story), max_words=200, independent_sources=count,
                            compress=True)
    assert "The Harbor Bridge reopened to traffic on Monday." in [d.text for d in short]
    assert "The Harbor Bridge reopened to traffic on Monday." not in [d.text for d in plain]
    assert all("“The bridge (and the ferry) will both run,”" in d.text
               for d in short if "ferry" in d.text)


def test_of_two_wordings_of_one_fact_the_one_more_outlets_support_is_the_claim() -> None:
    won = "The Jets cheerleaders won a $325,000 settlement from the team on Wednesday in a New " \
          "Jersey court."
    approved = "A New Jersey court approved a $325,000 settlement between the cheerleaders and " \
               "the Jets on Wednesday."
    units = units_of((won, "Each cheerleader will get $2,500 for every season she worked."),
                     (approved, "The cheerleaders had sued the team over unpaid wages in 2014."))

    def first(**credit):  # type: ignore[no-untyped-def]
        return summarize_units(units, max_words=45, independent_sources=count, **credit)[0].text

    assert first() == approved  # coverage alone: it adds a little more
    # (a stand-in for the outlets whose own words support each wording)
    def restated_by(wording):  # type: ignore[no-untyped-def]
        return lambda text, sources: [Sentence("s9", 0, 0.0, text)] if text == wording else []

    assert first(restating=restated_by(won)) == won
    assert first(restating=restated_by(approved)) == approved


def salience_story():  # type: ignore[no-untyped-def]
    docs = (("The Harbor Bridge reopened to traffic on Monday after a repair.",
             "But the ferry will keep running, the mayor said on Monday.",
             '"We are proud of our bridge," said Mayor Ann Holt of the city.'),
            ("The Harbor Bridge reopened to traffic on Monday after a repair.",
             "The repair cost $42 million, paid mostly from a state grant."))
    units = merge_sentences([s for i, texts in enumerate(docs, 1)
                             for s in sentences(f"s{i}", *texts)]).units
    vectors = tfidf(units)
    return units, vectors, paraphrases(vectors, range(len(units)))


def test_the_hand_weights_are_centrality_corroboration_and_position() -> None:
    units, vectors, near = salience_story()
    rows = extractive.features(units, vectors, near, count)
    assert all(len(r) == len(extractive.FEATURES) for r in rows)
    shared = next(i for i, u in enumerate(units) if u.sources == ["s1", "s2"])
    assert rows[shared][2] == 1.0 and rows[shared][3] == 1.0  # both outlets, in the lead
    worth = extractive.salience(rows, [1.0] * len(rows))
    assert worth[shared] == pytest.approx(0.35 * rows[shared][1] + 0.45 + 0.20)


def test_a_sentence_that_continues_another_is_discounted_and_none_is_worth_nothing() -> None:
    assert extractive.discount("But the ferry will keep running.") == extractive.CONTEXT_DISCOUNT
    assert extractive.discount("The ferry will keep running.") == 1.0
    worth = extractive.salience([[1.0, 0.5]], [0.5], weights=(-1.0, 0.1))
    assert worth == [pytest.approx(extractive.FLOOR * 0.5)]


def _restating(*docs: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """The engine's `restating`: the sentences of other sources that restate a text."""
    from summarizer.restate import restates

    pool = [s for i, texts in enumerate(docs, 1) for s in sentences(f"s{i}", *texts)]
    return lambda text, sources: [s for s in pool if s.source not in sources
                                  and restates(text, s.text)]


BRIBE = "Mayor John Smith took a $50,000 bribe from Acme Construction in 2019"


@pytest.mark.parametrize(("mine", "theirs", "shed"), [
    # a condition at the end, which the trim's parenthetical would shed
    ("The Main Street bridge in Springfield will reopen to traffic on Friday (if state "
     "inspectors approve the repairs).",
     "Drivers will be able to use it again soon, as the Main Street bridge in Springfield "
     "will reopen to traffic on Friday.",
     "The Main Street bridge in Springfield will reopen to traffic on Friday."),
    # an attribution the other outlet keeps too
    (f"{BRIBE}, prosecutors said in an indictment unsealed on Tuesday.",
     f"Prosecutors said that {BRIBE} in exchange for a city paving contract.", f"{BRIBE}."),
])
def test_compress_offers_no_trim_that_sheds_a_hedge_or_an_attribution_kept_elsewhere(
        mine: str, theirs: str, shed: str) -> None:
    story = ((mine, "The city has not said how much the work cost."),
             (theirs, "Local businesses said the closure cost them customers."))
    short = summarize_units(units_of(*story), max_words=200, independent_sources=count,
                            compress=True, restating=_restating(*story))
    assert shed not in [d.text for d in short]
    assert mine in [d.text for d in short]


def test_compress_trims_an_attribution_the_other_outlets_do_not_make() -> None:
    story = ((f"{BRIBE}, prosecutors said in an indictment unsealed on Tuesday.",),
             (f"{BRIBE} in exchange for a city paving contract, records show.",))
    statements, _, _, keep = extractive._candidates(units_of(*story), count, {}, True,
                                                     _restating(*story))
    assert f"{BRIBE}." in [statements[i].text for i in keep]


def test_a_sentence_reporting_a_question_is_a_claim_and_a_question_is_not() -> None:
    from summarizer.engines.claimable import claimable

    assert claimable("Asked about the delay, the mayor’s incredulous reply was “says who?”")
    assert claimable('The mayor asked reporters: "Why would anyone close it for a year?"')
    assert not claimable("“Why would anyone close the bridge for eight months?”")
    assert not claimable("Will the bridge be safe for heavy trucks by the spring?")
    assert claimable("Residents asked: “Why would the council close the only library?”")


@pytest.mark.parametrize("text", [
    "Did the mayor really ask the residents of the town “why now?”",
    "Is this really what the officials of the city call a “recovery?”",
    "And so the question remains: will the council ever say “enough?”",
    "'Why won't anyone tell us what's going on with the library?'",
    "“Why did the council call it a “temporary” closure of the library?”",
    "Why would the Springfield council close the only library in town?!",
    "لماذا أغلق المجلس البلدي المكتبة الوحيدة في المدينة الكبيرة؟",
])
def test_a_question_ending_in_a_quotation_or_an_odd_mark_is_no_claim(text: str) -> None:
    """Review: the words before a closing quotation may ask too; an apostrophe or a nested
    quotation is not where the quotation opens; '?!' and Arabic '؟' end questions."""
    from summarizer.engines.claimable import claimable

    assert not claimable(text)
