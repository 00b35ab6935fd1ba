from __future__ import annotations

import pytest
from factories import sentences

from summarizer.dedupe import merge_sentences
from summarizer.engines import salience
from summarizer.engines.extractive import _neighbours, _tfidf


def count(sources):  # type: ignore[no-untyped-def]
    return len(set(sources))


def story():  # type: ignore[no-untyped-def]
    docs = (("The Harbor Bridge reopened to traffic on Monday after a repair.",
             "But the ferry will keep running, the mayor said on Monday.",
             '"We are proud of our bridge," said Mayor Ann Holt of the city.'),
            ("The Harbor Bridge reopened to traffic on Monday after a repair.",
             "The repair cost $42 million, paid mostly from a state grant."))
    units = merge_sentences([s for i, texts in enumerate(docs, 1)
                             for s in sentences(f"s{i}", *texts)]).units
    vectors = _tfidf(units)
    return units, vectors, _neighbours(vectors, range(len(units)))


def test_the_hand_weights_are_centrality_corroboration_and_position() -> None:
    units, vectors, near = story()
    rows = salience.features(units, vectors, near, count, {}, {"s1": 3, "s2": 2})
    assert all(len(r) == len(salience.FEATURES) for r in rows)
    assert all(r[salience.CORE:] == [0.0] * (len(r) - salience.CORE) for r in rows)
    shared = next(i for i, u in enumerate(units) if u.sources == ["s1", "s2"])
    assert rows[shared][2] == 1.0 and rows[shared][3] == 1.0  # both outlets, in the lead
    worth = salience.salience(rows, [1.0] * len(rows))
    assert worth[shared] == pytest.approx(0.35 * rows[shared][1] + 0.45 + 0.20)


def test_a_sentence_that_continues_another_is_discounted_and_none_is_worth_nothing() -> None:
    assert salience.discount("But the ferry will keep running.") == salience.CONTEXT_DISCOUNT
    assert salience.discount("The ferry will keep running.") == 1.0
    worth = salience.salience([[1.0, 0.5]], [0.5], weights=(-1.0, 0.1))
    assert worth == [pytest.approx(salience.FLOOR * 0.5)]


def test_every_feature_is_computed_when_asked() -> None:
    units, vectors, near = story()
    rows = salience.features(units, vectors, near, count, {"s1": 1.0, "s2": 0.5},
                             {"s1": 3, "s2": 2}, every=True)
    named = dict(zip(salience.FEATURES, rows[[u.text for u in units].index(
        '"We are proud of our bridge," said Mayor Ann Holt of the city.')], strict=True))
    assert named["quote"] == 1.0 and named["first_person"] == 0.0  # "we" only inside quotes
    assert named["names"] > 0 and named["figure"] == 0.0 and named["relevance"] == 1.0
    cost = dict(zip(salience.FEATURES, rows[[u.text for u in units].index(
        "The repair cost $42 million, paid mostly from a state grant.")], strict=True))
    assert cost["figure"] == 1.0 and cost["relevance"] == 0.5 and cost["first"] == 0.5
