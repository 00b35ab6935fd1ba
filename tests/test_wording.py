"""The tie-break after selection: the wording more outlets support, when it costs little."""

from __future__ import annotations

from summarizer.engines.wording import SLACK, reworded

WEIGHT = {"a": 4.0, "b": 3.0, "c": 2.0, "d": 1.5, "e": 1.0}


def _reworded(found, words, outlets, budget=30, repeats=lambda i, j: False):  # type: ignore[no-untyped-def]
    # sentence 0 is chosen; 1 is its paraphrase
    return reworded([0, 2], found, words, [1.0] * len(found), WEIGHT, budget,
                    alternatives=lambda i: [1] if i == 0 else [], outlets=outlets.__getitem__,
                    repeats=repeats)


def test_a_paraphrase_more_outlets_support_replaces_the_chosen_sentence() -> None:
    found = [{"a", "b", "c"}, {"a", "b", "d"}, {"e"}]  # it loses c and gains d: 8.5 for 9
    assert (1 - SLACK) * 9 <= 8.5
    assert _reworded(found, [10, 10, 5], [1, 2, 1]) == [1, 2]


def test_the_chosen_sentence_stays_when_the_paraphrase_costs_more_or_credits_no_more() -> None:
    found = [{"a", "b", "c"}, {"a", "d"}, {"e"}]  # 5.5 for 9: far more than the slack
    assert _reworded(found, [10, 10, 5], [1, 2, 1]) == [0, 2]
    found = [{"a", "b", "c"}, {"a", "b", "c"}, {"e"}]
    assert _reworded(found, [10, 10, 5], [2, 2, 1]) == [0, 2]  # no more outlets
    assert _reworded(found, [10, 30, 5], [1, 2, 1]) == [0, 2]  # over the budget
    assert _reworded(found, [10, 10, 5], [1, 2, 1], repeats=lambda i, j: {i, j} == {1, 2}) \
        == [0, 2]  # it would repeat another claim
