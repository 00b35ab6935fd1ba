"""ROUGE against the human reference, and paired differences between systems with a
bootstrap confidence interval over the stories; the Wilson interval of a share."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from math import sqrt
from typing import Any

from .metrics import Score

ROUGE = ("rouge1", "rouge2", "rougeL")


@cache
def _scorer() -> Any:
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(ROUGE), use_stemmer=True)


def rouge(text: str, reference: str) -> list[Score]:
    """ROUGE-1/2/L F1 (rouge-score, Porter stemming), as percentages."""
    got = _scorer().score(reference, text)
    return [Score(name, 100 * got[name].fmeasure,
                  f"P {100 * got[name].precision:.1f} R {100 * got[name].recall:.1f}")
            for name in ROUGE]


@dataclass(frozen=True)
class Paired:
    """The mean of (ours - theirs) over the stories both were scored on, with its 95% CI."""

    mean: float
    low: float
    high: float
    n: int

    def __str__(self) -> str:
        return f"{self.mean:+.2f} [{self.low:+.2f}, {self.high:+.2f}]"

    @property
    def verdict(self) -> str:
        """ahead: the whole CI above zero; behind: below it; tied: it includes zero."""
        if self.low > 0:
            return "ahead"
        if self.high < 0:
            return "behind"
        return "tied"


def paired(ours: Sequence[float], theirs: Sequence[float], *, rounds: int = 2000,
           seed: int = 0) -> Paired:
    """Paired bootstrap: resample the stories with replacement, `rounds` times (seeded, so a
    rerun prints the same interval), and take the 2.5th and 97.5th percentile of the mean
    difference."""
    diffs = [a - b for a, b in zip(ours, theirs, strict=True)]
    if not diffs:
        return Paired(0.0, 0.0, 0.0, 0)
    rng = random.Random(seed)
    n = len(diffs)
    means = sorted(sum(rng.choices(diffs, k=n)) / n for _ in range(rounds))
    return Paired(sum(diffs) / n, means[int(0.025 * rounds)],
                  means[min(rounds - 1, int(0.975 * rounds))], n)



def wilson(hits: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score 95% interval of hits / total: unlike a bootstrap it does not collapse to
    a point at 0 or 1 (3 of 3 is [0.44, 1.00]). It takes the labels as independent trials."""
    if not total:
        return 0.0, 1.0
    p, n = hits / total, total
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)
