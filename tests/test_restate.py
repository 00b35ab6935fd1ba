"""Restatement: the same fact in another outlet's words, all of it."""

from __future__ import annotations

from summarizer.restate import restates, unattributed

RESCUE = "Firefighters rescued 12 residents from the burning Linden Street apartments on Tuesday."


def test_the_same_fact_in_other_words_restates_it() -> None:
    # another order, a passive, a number spelled out, stems instead of words
    assert restates(RESCUE, "Twelve residents were rescued by firefighters from the burning "
                            "apartments on Linden Street on Tuesday.")
    assert restates(RESCUE, "On Tuesday the Linden Street apartments were burning. Firefighters "
                            "rescued 12 residents.")  # two adjacent sentences, joined


def test_a_passage_lacking_a_detail_or_changing_one_does_not() -> None:
    with_dogs = RESCUE.replace("12 residents", "12 residents and two dogs")
    assert restates(RESCUE, with_dogs)  # it holds all of the claim, and more
    assert not restates(with_dogs, RESCUE)  # the dogs are a detail it lacks
    assert not restates(RESCUE, RESCUE.replace("12", "14"))
    assert not restates(RESCUE, RESCUE.replace("Linden", "Maple"))
    assert not restates(RESCUE, RESCUE.replace("on Tuesday", "").replace("burning ", ""))


def test_an_unnamed_speaker_is_not_part_of_the_fact_and_a_named_one_is() -> None:
    assert unattributed("Police say firefighters rescued 12 residents.") == \
        "firefighters rescued 12 residents."
    assert unattributed("Firefighters rescued 12 residents, officials said Tuesday.") == \
        "Firefighters rescued 12 residents."
    assert restates("Police say " + RESCUE[0].lower() + RESCUE[1:], RESCUE)
    named = "Mayor Ana Ruiz said " + RESCUE[0].lower() + RESCUE[1:]
    assert unattributed(named) == named
    assert not restates(named, RESCUE)  # who said it is part of this claim


def test_a_quotation_is_restated_by_its_words_and_speaker_not_the_setting_of_its_saying() -> None:
    quote = '"This bridge joins two halves of a city that grew up apart,"'
    claim = quote + " Groven told the crowd at the opening."
    assert restates(claim, quote + " Groven said.")
    assert not restates(claim, quote + " Mayor Lena Brask said.")  # another speaker
    assert not restates(claim, quote.replace("city", "town") + " Groven said.")
    named = '"The Flight Crew" is the name the Jets gave their cheerleaders in 2007.'
    assert unattributed(named) == named  # no verb of saying: the rest is the claim


def test_a_passage_stating_the_claim_only_under_a_condition_does_not_restate_it() -> None:
    claim = "The strike will go ahead on Monday."
    assert not restates(claim, "The Northern Rail strike will go ahead on Monday, unless the "
                               "talks resume before the weekend.")
    assert not restates(claim, "If the talks fail, the strike will go ahead on Monday.")
    # the condition in another sentence of the passage, or asked about, is none of the claim's
    assert restates(claim, "The strike will go ahead on Monday. The talks would resume if "
                           "the union asked.")
    assert restates(claim, "The Northern Rail strike will go ahead on Monday, the union said.")
    # a claim that holds the condition is restated by a passage that holds it too
    conditional = "The strike will go ahead on Monday unless the talks resume."
    assert restates(conditional, "Unless the talks resume, the strike will go ahead on Monday.")


def test_an_if_that_asks_is_no_condition() -> None:
    """Review pairs: 'to determine if', 'to see if', 'if not more', 'unclear if' ask or hedge;
    the passage still states the claim."""
    claim = "Police are investigating the fire at the Elm Street warehouse."
    assert restates(claim, "Police are investigating the fire at the Elm Street warehouse to "
                           "determine if it was arson.")
    assert restates(claim, "Police are investigating the fire at the Elm Street warehouse to "
                           "see if it was set.")
    assert restates("The plant will cut 500 jobs in Ohio.",
                    "The plant will cut 500 jobs in Ohio, if not more, the union said.")
    assert not restates("The strike will go ahead on Monday.",
                        "The strike will go ahead on Monday, unless the talks resume.")
