"""A claim's names and numbers against its aligned sentences (summarizer.naming)."""

from __future__ import annotations

from summarizer import naming


def test_a_full_name_stated_more_often_than_the_sentences_do_is_repeated() -> None:
    aligned = "Ben Elton took a swipe at Myleene Klass over her criticism."
    assert naming.repeated("Myleene Klass took a swipe at Myleene Klass.", aligned) == [
        "myleene klass"]
    assert naming.repeated("Barrientos Barrientos wed him.", "Barrientos wed him.") == [
        "barriento barriento"]
    assert naming.repeated("Ben Elton took a swipe at Myleene Klass.", aligned) == []
    assert naming.repeated("Klass said Klass would sue.", "She said she would sue.") == []


def test_a_name_or_number_in_another_place_of_the_sentence_is_replaced() -> None:
    aligned = "Louis Jordan, 37, took his sailboat out, his father Frank said."
    assert naming.replaced("frank", "Frank Jordan, 37, took his sailboat out.", aligned)
    assert naming.replaced("41", "Louis Jordan, 41, took his sailboat out.", aligned)
    assert not naming.replaced("barry", "Barry Beavis, 48, lost.", "Beavis, 48, lost.")
    # the other neighbour differs: "Donna Freberg confirmed" is not "Stan Freberg died"
    assert not naming.replaced("stan", "Stan Freberg died.",
                               "Freberg died, his daughter Donna Freberg confirmed.")


def test_a_number_is_keyed_by_its_digits() -> None:
    assert naming.item_key("23-year-old") == "23"
    assert naming.item_key("$1,200") == "1200"
    assert naming.item_key("Jordan's") == "jordan"
