from __future__ import annotations

from summarizer.conflicts import find_conflicts
from summarizer.difference import differences

WAR_3 = "The war in Ukraine began roughly three years ago when Russian forces invaded."
WAR_4 = "The war in Ukraine began roughly four years ago when Russian forces invaded."


def test_a_changed_number_is_a_difference_with_readable_positions() -> None:
    [diff] = differences(WAR_3, WAR_4)
    assert (diff.kind, diff.left, diff.right) == (
        "number", "roughly three years ago", "roughly four years ago")


def test_spelling_variants_and_added_detail_are_not_conflicts() -> None:
    assert differences("Trump spoke with President Volodymyr Zelensky on Wednesday.",
                       "Trump spoke with President Volodymyr Zelenskyy on Wednesday.") == []
    assert differences("Trump spoke with Putin.", "Trump spoke at length with Putin on Wednesday.") == []


def test_a_different_name_is_a_conflict() -> None:
    [diff] = differences("The talks will be led by Secretary Marco Rubio, officials said.",
                         "The talks will be led by Secretary Pete Hegseth, officials said.")
    assert diff.kind == "name"


def test_conflicts_collect_every_source_per_version() -> None:
    [conflict] = find_conflicts(
        [(WAR_3, WAR_4, ["s1"], ["s5"])],
        [(WAR_3, ["s1"]), (WAR_4, ["s5"]),
         ("Russia launched its invasion of Ukraine three years ago, Trump often says.", ["s2"])],
    )
    assert [(p.text, p.sources) for p in conflict.positions] == [
        ("roughly three years ago", ["s1", "s2"]), ("roughly four years ago", ["s5"])]


def test_paraphrased_sentences_with_different_counts_conflict() -> None:
    [conflict] = find_conflicts([], [
        ("A fire broke out at the Brookfield textile mill on Tuesday, injuring 12 workers.", ["s1"]),
        ("Fifteen workers were hurt when fire swept the Brookfield textile mill on Tuesday.", ["s2"]),
    ])
    assert [p.text for p in conflict.positions] == ["injuring 12 workers", "Fifteen workers"]


def test_different_things_counted_are_not_conflicts() -> None:
    assert find_conflicts([], [
        ("Fogel, who was serving a 14-year sentence, was released by Russia.", ["s1"]),
        ("Fogel had been imprisoned in Russia for more than three years before his release.",
         ["s2"]),
    ]) == []
