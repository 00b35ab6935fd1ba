from __future__ import annotations

from pathlib import Path

import pytest
from test_extractive import salience_story

from evals import oracle, salience_fit, salience_search
from evals.compare import rouge
from evals.run import text_of
from evals.salience_features import EXTRA, FEATURES, HAND, extended, extra
from summarizer import Settings, summarize
from summarizer.engines import extractive


def test_the_fit_recovers_the_weights_that_made_its_targets() -> None:
    truth = (0.1, 0.5, 0.2) + (0.0,) * (len(FEATURES) - 3)
    rows = [[1.0, c / 10, (c * 7 % 10) / 10] + [0.0] * (len(truth) - 3) for c in range(10)]
    made = salience_fit.Story("a", [], "", None, rows,
                              [sum(w * x for w, x in zip(truth, r, strict=True)) for r in rows])
    assert salience_fit.fit([made], ridge=1e-9)[:3] == pytest.approx(truth[:3], abs=1e-3)
    dropped = salience_fit.fit([made], ridge=1e-6, drop=["support"])
    assert dropped[2] == 0.0


def test_the_oracle_takes_what_adds_the_summary_s_bigrams_within_the_budget() -> None:
    texts = ["the bridge reopened on monday", "the bridge reopened on monday again",
             "a ferry sank", "the toll is five dollars"]
    picked = oracle.by_summary(texts, "The bridge reopened on Monday. The toll is five "
                               "dollars.", 10)
    assert picked == {0, 3}
    assert oracle.by_summary(texts, "Nothing here matches.", 10) == set()


def test_the_search_scores_the_engine_s_own_summary_from_evidence_prepared_once() -> None:
    seeds = [Path(__file__).resolve().parent.parent / "seeds"]
    reference = "Talks to end the war in Ukraine began after a call between the leaders."
    story = salience_fit.Story("seeds", seeds, reference, None)
    inputs = {"seeds": salience_search.prepare(story)}
    expected = [rouge(text_of(summarize(seeds, settings=Settings(engine="extractive",
                                                                 max_words=words))),
                      reference)[1].value for words in salience_fit.BUDGETS]
    got = salience_search.objective([story], inputs, HAND)
    assert got == pytest.approx(sum(v or 0.0 for v in expected) / len(expected))
    assert got > 0


def test_the_fit_s_extra_features_say_what_a_sentence_holds_and_where() -> None:
    units, _, _ = salience_story()
    rows = [extra(u, {"s1": 1.0, "s2": 0.5}, {"s1": 3, "s2": 2}) for u in units]
    named = dict(zip(EXTRA, rows[[u.text for u in units].index(
        '"We are proud of our bridge," said Mayor Ann Holt of the city.')], strict=True))
    assert named["quote"] == 1.0 and named["first_person"] == 0.0  # "we" only inside quotes
    assert named["names"] > 0 and named["figure"] == 0.0 and named["relevance"] == 1.0
    cost = dict(zip(EXTRA, rows[[u.text for u in units].index(
        "The repair cost $42 million, paid mostly from a state grant.")], strict=True))
    assert cost["figure"] == 1.0 and cost["relevance"] == 0.5 and cost["first"] == 0.5


def test_within_extended_the_engine_weighs_every_feature_and_reports_them() -> None:
    seeds = [Path(__file__).resolve().parent.parent / "seeds"]
    plain = summarize(seeds, settings=Settings(engine="extractive"))
    with extended() as seen:  # the hand weights, the extra features at 0: the same summary
        same = summarize(seeds, settings=Settings(engine="extractive"))
    assert text_of(same) == text_of(plain)
    assert len(extractive.WEIGHTS) == len(extractive.FEATURES)  # the engine's own weights again
    units, rows = seen[-1]
    assert len(rows) == len(units) and all(len(r) == len(FEATURES) for r in rows)
    quotes = FEATURES.index("quote")
    with extended((*HAND[:quotes], 5.0, *HAND[quotes + 1:])):  # quotations weigh most
        quoting = summarize(seeds, settings=Settings(engine="extractive"))
    assert text_of(quoting) != text_of(plain)
