"""Trimming a claim: each kind of span it cuts, and what it never cuts."""

from __future__ import annotations

import pytest

from summarizer.trim import trimmed
from summarizer.verify import check_claim


@pytest.mark.parametrize(("sentence", "claim"), [
    # an attribution at the end, with when, where or to whom it was said
    ("The company will close the stores, a spokesman said on Tuesday.",
     "The company will close the stores."),
    ("The storm hit the coast, she told reporters in Houston.", "The storm hit the coast."),
    ("The bill passed easily, said Sen. John Smith, a Democrat from Ohio.",
     "The bill passed easily."),
    # "according to", at the end or between commas
    ("Turnout was high across the state, according to the AP.",
     "Turnout was high across the state."),
    ("The driver, according to police, was drunk at the time.",
     "The driver was drunk at the time."),
    # a parenthetical
    ("Sony (the maker of the PlayStation) lost money this year.",
     "Sony lost money this year."),
    # an appositive aside after a name
    ("The city hired Jane Roe, a lawyer from Boston, to run the inquiry.",
     "The city hired Jane Roe to run the inquiry."),
])
def test_each_kind_of_span_is_cut_verbatim(sentence: str, claim: str) -> None:
    assert trimmed(sentence) == claim
    assert not check_claim(claim, [sentence])  # still checkable against its source


@pytest.mark.parametrize("sentence", [
    "“We will close the stores (all of them),” a spokesman said on Tuesday.",
    "He called the plan “a disaster, according to everyone,” and left.",
    "“The stores close Friday,” said John Smith, a spokesman.",
    # a single-quoted one, whose apostrophe ("won’t") does not close it
    "Roe said ‘we won’t sell the mill (or the land) to anyone’.",
])
def test_a_quotation_is_never_altered(sentence: str) -> None:
    assert trimmed(sentence) == sentence


@pytest.mark.parametrize("sentence", [
    "The plant closed, the company said it would reopen next year.",  # what was said
    "Jane Roe, 45, was arrested (in 2019) at her home.",  # a figure is a fact
    "Smith, the mayor, and Jones arrived late on Friday.",  # a list, not an aside
    "Yesterday, the mayor, said nothing about the plan.",  # no name before the aside
])
def test_content_stays(sentence: str) -> None:
    assert trimmed(sentence) == sentence


def test_a_name_that_opens_a_clause_is_no_attribution() -> None:
    # ", said Crudup would be charged" is what was said, not who said it
    text = "The spokesman, Ed Donovan, said Crudup would be charged with contempt of court."
    assert trimmed(text) == text
    assert trimmed(text, names=True) == (
        "The spokesman said Crudup would be charged with contempt of court.")
    # a name, then an aside about who they are, is one
    assert trimmed("The union backed the deal, said Ana Ruiz, who is its president and a nurse.") \
        == "The union backed the deal."


@pytest.mark.parametrize("sentence", [
    # a second aside about the name: without the name, it reads as the role's object
    "The officer shot the suspect, Michael Brown, an unarmed 18-year-old, on Saturday.",
    "The plane was flown by its captain, John Smith, a 20-year veteran, and crashed at dawn.",
    # a list of roles and names: leaving one name out joins two items into one
    "Police arrested the mayor, John Smith, the city treasurer, Ann Lee, and two aides.",
    "Police arrested the mayor, John Smith, on Friday and the treasurer, Ann Lee, on Monday.",
])
def test_a_name_after_its_role_stays_when_more_follows_it(sentence: str) -> None:
    assert trimmed(sentence, names=True) == sentence.replace(
        ", Ann Lee, on Monday", " on Monday")  # the last pair of a list may lose its name


@pytest.mark.parametrize("sentence", [
    # the name is itself an aside: the aside's closing comma closes the name's too
    "Police arrested the guard, Tom Reed, who was standing by the door, at noon.",
    "The guard, Tom Reed, who was standing by the door, fled at noon.",
    # after "said Name" the name has its verb: what follows the comma goes on with the aside
    "“We lost the vote,” said Ana Ruiz, whose speech moved the hall, held at an old school.",
    "“The bridge will close,” said Ana Ruiz, who runs the port and, like her father, sails.",
])
def test_an_aside_whose_comma_may_close_more_stays(sentence: str) -> None:
    assert trimmed(sentence) == sentence
    assert trimmed(sentence, names=True) == sentence


@pytest.mark.parametrize(("sentence", "claim"), [
    # the name's comma closes a phrase opening the sentence, not an aside of its own
    ("Across the hall, Tom Reed, the older brother of the victim, bowed his head.",
     "Across the hall, Tom Reed bowed his head."),
    # the name after "said" is the subject of what follows
    ("Investors said Jane Roe, the head of the board, would resign.",
     "Investors said Jane Roe would resign."),
    # after "said Name", an aside before when it was said
    ("“We lost the vote,” said Ana Ruiz, a party spokeswoman, on Tuesday.",
     "“We lost the vote,” said Ana Ruiz on Tuesday."),
])
def test_an_aside_after_a_name_that_has_its_place_goes(sentence: str, claim: str) -> None:
    assert trimmed(sentence) == claim


@pytest.mark.parametrize(("sentence", "claim"), [
    ("The store opened at 2:40 p.m., according to the county sheriff.",
     "The store opened at 2:40 p.m."),
    ("The firm moved its offices to the U.S., its chief executive said on Monday.",
     "The firm moved its offices to the U.S."),
])
def test_a_cut_before_the_stop_after_an_abbreviation_leaves_one_stop(sentence: str,
                                                                       claim: str) -> None:
    assert trimmed(sentence) == claim
    assert not check_claim(claim, [sentence])
