from __future__ import annotations

from pathlib import Path

import pytest

from evals import salience_fit, salience_search
from evals.compare import rouge
from evals.run import text_of
from summarizer import Settings, summarize
from summarizer.engines import salience


def test_the_fit_recovers_the_weights_that_made_its_targets() -> None:
    truth = (0.1, 0.5, 0.2) + (0.0,) * (len(salience.FEATURES) - 3)
    rows = [[1.0, c / 10, (c * 7 % 10) / 10] + [0.0] * (len(truth) - 3) for c in range(10)]
    made = salience_fit.Story("a", [], "", None, rows,
                              [sum(w * x for w, x in zip(truth, r, strict=True)) for r in rows])
    assert salience_fit.fit([made], ridge=1e-9)[:3] == pytest.approx(truth[:3], abs=1e-3)
    dropped = salience_fit.fit([made], ridge=1e-6, drop=["support"])
    assert dropped[2] == 0.0


def test_the_oracle_takes_what_adds_the_summary_s_bigrams_within_the_budget() -> None:
    texts = ["the bridge reopened on monday", "the bridge reopened on monday again",
             "a ferry sank", "the toll is five dollars"]
    picked = salience_fit.oracle(texts, "The bridge reopened on Monday. The toll is five "
                                 "dollars.", budget=10)
    assert picked == {0, 3}
    assert salience_fit.oracle(texts, "Nothing here matches.", budget=10) == set()


def test_the_search_scores_the_engine_s_own_summary_from_evidence_prepared_once() -> None:
    seeds = [Path(__file__).resolve().parent.parent / "seeds"]
    reference = "Talks to end the war in Ukraine began after a call between the leaders."
    story = salience_fit.Story("seeds", seeds, reference, None)
    inputs = {"seeds": salience_search.prepare(story)}
    expected = [rouge(text_of(summarize(seeds, settings=Settings(engine="extractive",
                                                                 max_words=words))),
                      reference)[1].value for words in salience_fit.BUDGETS]
    got = salience_search.objective([story], inputs, salience.WEIGHTS)
    assert got == pytest.approx(sum(v or 0.0 for v in expected) / len(expected))
    assert got > 0
