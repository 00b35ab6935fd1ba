"""Alignment's test of a restatement: the same fact in another outlet's words, all of it."""

from __future__ import annotations

from summarizer.align import restates, unattributed

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
