"""Fit the salience weights to the selection itself: coordinate ascent on the summaries'
ROUGE-2, scored out of fold.

    python -m evals.salience_search --data ../shared/multinews-dev

`salience_fit` fits each sentence's weights to an oracle label of that sentence alone; what
the engine does with them is a set choice under coverage, which such a label does not see.
This script instead searches the weights for the best mean ROUGE-2 F1 of the engine's own
summaries (at 200 and 250 words) on the training stories: from the hand weights, each weight
in turn moves by each STEP and keeps the move that raises the mean by more than GAIN; PASSES
rounds. The stories' evidence is prepared once and only the engine is re-run
(`summarize_units`, which gives the same text as `summarize`). The report is
`salience_fit`'s: weights searched on the 29 fact stories, scored on the 20 held out, and a
5-fold search over all 49, each story scored with weights searched without it.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from summarizer import Settings, summarize
from summarizer.engines import extractive

from .compare import rouge
from .salience_features import FEATURES, HAND, extended
from .salience_fit import BUDGETS, FOLDS, Story, Weights, load, report

STEPS = (-0.1, 0.1)
GAIN = 0.02  # ROUGE-2 points a move must add to the training mean to be kept
PASSES = 2
SEARCHED = ("bias", "centrality", "support", "lead", "first", "words", "quote",
            "first_person", "relevance")

Inputs = tuple[Any, dict[str, Any]]


def prepare(story: Story) -> Inputs:
    """What the pipeline hands the engine for `story`: its units and the engine's options."""
    seen: list[Inputs] = []
    original = extractive.summarize_units

    def capture(units: Any, **kwargs: Any) -> Any:
        seen.append((units, kwargs))
        return original(units, **kwargs)
    extractive.summarize_units = capture
    try:
        summarize(story.files, settings=Settings(engine="extractive"))
    finally:
        extractive.summarize_units = original
    return seen[-1]


def objective(stories: Sequence[Story], inputs: dict[str, Inputs], weights: Weights) -> float:
    """Mean ROUGE-2 F1 of the engine's summaries of `stories` under `weights`, over BUDGETS."""
    got = []
    with extended(weights):
        for s in stories:
            units, kwargs = inputs[s.name]
            for words in BUDGETS:
                drafts = extractive.summarize_units(units, **{**kwargs, "max_words": words})
                got.append(rouge(" ".join(d.text for d in drafts), s.reference)[1].value or 0.0)
    return float(np.mean(got))


def search(stories: Sequence[Story], inputs: dict[str, Inputs]) -> Weights:
    """Coordinate ascent from the hand weights (see the module's docstring)."""
    best = HAND
    score = objective(stories, inputs, best)
    for _ in range(PASSES):
        for name in SEARCHED:
            k = FEATURES.index(name)
            for step in STEPS:
                trial = (*best[:k], round(best[k] + step, 4), *best[k + 1:])
                got = objective(stories, inputs, trial)
                if got > score + GAIN:
                    best, score = trial, got
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.salience_search",
                                     description=__doc__)
    parser.add_argument("--data", type=Path, required=True)
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # the stories' off-story notes, once per run
    stories = load(args.data)
    inputs = {s.name: prepare(s) for s in stories}
    on_facts = search([s for s in stories if s.case is not None], inputs)
    print("searched on 29:", on_facts, flush=True)
    folds = {}
    for k in range(FOLDS):
        folds[k] = search([s for i, s in enumerate(stories) if i % FOLDS != k], inputs)
        print(f"fold {k}:", folds[k], flush=True)
    report(stories, on_facts, folds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
