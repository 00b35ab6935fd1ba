"""Fit the extractive engine's salience weights (`summarizer/engines/extractive.py` WEIGHTS)
to the human summaries, and say whether they generalise.

    python -m evals.salience_fit --data ../shared/multinews-dev

Each eligible candidate sentence of a story is one sample: its features (the engine's and
the extra ones of `salience_features`), and as target an oracle label, the share of its
stemmed bigrams that the story's human summary holds (`--target recall`: the share of the
summary's bigrams it holds; `--target oracle`: 1 when a greedy ROUGE-2 oracle picks it).
`--drop` leaves features out of the fit. The weights are a least-squares fit (numpy; each
story weighs the same, however many sentences it has; a sentence the engine discounts for
leaning on context enters discounted, as the engine will score it). Nothing of this runs in
the package: only the weights ship.

Generalisation is what is measured. The weights fit on the 29 stories we wrote facts for are
scored on the 20 we did not (held out), and a 5-fold fit over all 49 (folds by story index
mod 5) scores each story with weights fit without it. Each is printed beside the hand
weights at 200 and 250 words: ROUGE-2 F1 and, on the 29, fact recall, with the paired
bootstrap CI of the difference.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from summarizer import Settings, summarize
from summarizer.engines import extractive

from .cases import Case, load_cases, load_heldout
from .compare import paired, rouge
from .metrics import text_fact_recall
from .oracle import bigrams, by_summary
from .run import text_of
from .salience_features import FEATURES, HAND, extended

FOLDS = 5
BUDGETS = (200, 250)
Weights = tuple[float, ...]


@dataclass
class Story:
    """One story: its articles, its human summary, our facts if any, and its samples."""

    name: str
    files: list[Path]
    reference: str
    case: Case | None
    rows: list[list[float]] = field(default_factory=list)
    targets: list[float] = field(default_factory=list)


def _target(text: str, summary: set[tuple[str, str]], kind: str) -> float:
    mine = bigrams(text)
    if not mine or not summary:
        return 0.0
    hits = sum(1 for b in set(mine) if b in summary)
    return hits / len(set(mine)) if kind == "precision" else hits / len(summary)


def sample(story: Story, kind: str) -> None:
    """Fill `story.rows` and `story.targets` from one run of the engine."""
    summary = set(bigrams(story.reference))
    with extended() as seen:
        summarize(story.files, settings=Settings(engine="extractive", max_words=200))
    units, rows = seen[-1]
    story.rows = [[x * extractive.discount(u.text) for x in row] for u, row in zip(units, rows,
                                                                                  strict=True)]
    if kind == "oracle":
        picked = by_summary([u.text for u in units], story.reference, 250)
        story.targets = [1.0 if i in picked else 0.0 for i in range(len(units))]
    else:
        story.targets = [_target(u.text, summary, kind) for u in units]


def fit(stories: Sequence[Story], ridge: float, drop: Sequence[str] = ()) -> Weights:
    """Least squares over every sample, each story weighing the same in total; the features
    in `drop` get no weight."""
    xs, ys, ws = [], [], []
    for s in stories:
        xs += s.rows
        ys += s.targets
        ws += [1.0 / max(1, len(s.rows))] * len(s.rows)
    x, y, w = np.array(xs), np.array(ys), np.sqrt(np.array(ws))
    x[:, [FEATURES.index(f) for f in drop]] = 0.0
    a = x * w[:, None]
    penalty = ridge * np.eye(a.shape[1])
    penalty[0, 0] = 0.0  # the bias is not shrunk
    coef = np.linalg.solve(a.T @ a + penalty, a.T @ (y * w))
    return tuple(round(float(c), 4) for c in coef)


def scores(story: Story, weights: Weights | None, words: int) -> tuple[float, float | None]:
    """ROUGE-2 F1 and (with facts) text fact recall of the engine under `weights` (None:
    the shipped ones)."""
    settings = Settings(engine="extractive", max_words=words)
    if weights is None:
        summary = summarize(story.files, settings=settings)
    else:
        with extended(weights):
            summary = summarize(story.files, settings=settings)
    text = text_of(summary)
    facts = text_fact_recall(text, story.case).value if story.case else None
    return rouge(text, story.reference)[1].value or 0.0, facts


def _line(label: str, ours: list[tuple[float, float | None]],
          hand: list[tuple[float, float | None]]) -> str:
    r2 = [o[0] for o in ours]
    out = f"  {label:<34} R-2 {np.mean(r2):6.2f} ({paired(r2, [h[0] for h in hand])} vs hand)"
    facts = [(o[1], h[1]) for o, h in zip(ours, hand, strict=True) if o[1] is not None]
    if facts:
        mine, theirs = [f[0] for f in facts], [float(f[1] or 0.0) for f in facts]
        out += f"  facts {np.mean(mine):.3f} ({paired(mine, theirs)})"
    return out


def load(data: Path) -> list[Story]:
    """The stories of `data` with a human summary: ours with facts, then the held-out ones,
    in name order."""
    cases = [c for c in load_cases(data=data) if c.reference is not None]
    stories = [Story(c.name, c.input_files, c.reference.read_text(encoding="utf-8"), c)
               for c in cases if c.reference is not None]
    stories += [Story(h.name, h.input_files, h.reference.read_text(encoding="utf-8"), None)
                for h in load_heldout(data)]
    return sorted(stories, key=lambda s: s.name)


def report(stories: Sequence[Story], on_facts: Weights, folds: dict[int, Weights]) -> None:
    """Print the weights fit on the fact stories and, out of fold, each fold's, against the
    hand weights, at each budget: on the fact stories, the held-out ones and all."""
    print("features:", ", ".join(FEATURES))
    print("hand weights:     ", HAND)
    print("fit on 29 (facts):", on_facts)
    facts = [s for s in stories if s.case is not None]
    for words in BUDGETS:
        hand = {s.name: scores(s, None, words) for s in stories}
        fitted = {s.name: scores(s, on_facts, words) for s in stories}
        oof = {s.name: scores(s, folds[i % FOLDS], words) for i, s in enumerate(stories)}
        print(f"\nat {words} words")
        for title, group in (("29 fact stories", facts),
                             ("20 held-out stories", [s for s in stories if s.case is None]),
                             ("all 49", stories)):
            h = [hand[s.name] for s in group]
            facts_of = [x[1] for x in h if x[1] is not None]
            print(f" {title}: hand R-2 {np.mean([x[0] for x in h]):.2f}"
                  + (f"  facts {np.mean(facts_of):.3f}" if facts_of else ""))
            print(_line("fit on the 29 fact stories", [fitted[s.name] for s in group], h))
            print(_line(f"{FOLDS}-fold, out of fold", [oof[s.name] for s in group], h))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.salience_fit", description=__doc__)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--target", choices=("precision", "recall", "oracle"), default="precision")
    parser.add_argument("--ridge", type=float, default=0.01)
    parser.add_argument("--drop", default="", help="features left out, comma-separated")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # the stories' off-story notes, once per run
    drop = [f for f in args.drop.split(",") if f]
    stories = load(args.data)
    for s in stories:
        sample(s, args.target)
    on_facts = fit([s for s in stories if s.case is not None], args.ridge, drop)
    report(stories, on_facts, {k: fit([s for i, s in enumerate(stories) if i % FOLDS != k],
                                      args.ridge, drop) for k in range(FOLDS)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
