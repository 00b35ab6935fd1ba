"""The lexical verifier as a factual-consistency checker on FRANK (issue 20).

`python -m evals --frank ../shared/frank-valid` reads `pairs.jsonl` from that folder (its
texts never enter the repository), splits each article with the summariser's own sentence
splitter, and checks each sentence of each summary as a claim against the article's
sentences with `verify.check_claim`; a summary is supported when every sentence is. Printed
per data set, and per half of its articles (A and B, split by a hash of the article id, so
that a constant tuned on one half's pairs can be checked on the other's): balanced accuracy
with a seeded bootstrap 95% CI, the confusion counts and the time per claim.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from summarizer.chunking import split_sentences
from summarizer.verify import check_claim

from .metrics import Score

DATASETS = ("cnndm", "xsum")

# FRANK's summaries were tokenised (PTB style) and then partly joined again: undo what is
# left of it, so a checker is not failed for spacing ("Down Under '", "$ 5", "( a )"), for
# the brackets' names or for the UNK token a model wrote where its vocabulary had no word.
_DETOKENISE = [(re.compile(r"-LRB-"), "("), (re.compile(r"-RRB-"), ")"),
               (re.compile(r"\[?\bUNK\b\]?\s*"), ""),  # the model's unknown-word token
               (re.compile(r"``\s*"), '"'), (re.compile(r"\s*''"), '"'),
               (re.compile(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b"), r"\1"),
               (re.compile(r"\s+([.,;:!?)\]%])"), r"\1"), (re.compile(r"([(\[$])\s+"), r"\1"),
               (re.compile(r"(\w)\s+'(\s|$)"), r"\1'\2"), (re.compile(r"(^|\s)'\s+(\w)"), r"\1'\2")]


@dataclass(frozen=True)
class Pair:
    article: str  # FRANK's article hash
    dataset: str
    label: int
    document: str
    summary: str


@dataclass(frozen=True)
class Result:
    dataset: str
    tp: int  # supported and passed
    fn: int  # supported and rejected
    fp: int  # unsupported and passed
    tn: int  # unsupported and rejected
    balanced_accuracy: float
    ci: tuple[float, float]
    ms_per_claim: float


def detokenise(text: str) -> str:
    """`text` with the tokeniser's spacing and quote forms undone."""
    for pattern, repl in _DETOKENISE:
        text = pattern.sub(repl, text)
    return " ".join(text.split())


def load(folder: Path) -> list[Pair]:
    with (folder / "pairs.jsonl").open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return [Pair(r["id"], r["dataset"], int(r["label"]), r["document"], detokenise(r["summary"]))
            for r in rows]


def half(article: str) -> str:
    """'A' or 'B', by a hash of the article id: every pair of one article is in one half."""
    return "AB"[hashlib.sha256(article.encode()).digest()[-1] % 2]


def balanced_accuracy(labels: Sequence[int], predictions: Sequence[int]) -> float:
    """The mean of the recall on label 1 and the recall on label 0."""
    recalls = []
    for cls in (1, 0):
        picked = [p for lab, p in zip(labels, predictions, strict=True) if lab == cls]
        if picked:
            recalls.append(sum(p == cls for p in picked) / len(picked))
    return sum(recalls) / len(recalls) if recalls else 0.0


def bootstrap(labels: Sequence[int], predictions: Sequence[int], rounds: int = 2000,
              seed: int = 0) -> tuple[float, float]:
    """Seeded bootstrap 95% CI of the balanced accuracy, resampling the pairs."""
    rng = random.Random(seed)
    both = list(zip(labels, predictions, strict=True))
    scores = sorted(balanced_accuracy(*zip(*sample, strict=True))
                    for sample in (rng.choices(both, k=len(both)) for _ in range(rounds)))
    return scores[int(0.025 * rounds)], scores[min(rounds - 1, int(0.975 * rounds))]


def score(dataset: str, labels: Sequence[int], predictions: Sequence[int],
          seconds: float, claims: int) -> Result:
    pairs = list(zip(labels, predictions, strict=True))
    return Result(dataset, tp=pairs.count((1, 1)), fn=pairs.count((1, 0)),
                  fp=pairs.count((0, 1)), tn=pairs.count((0, 0)),
                  balanced_accuracy=balanced_accuracy(labels, predictions),
                  ci=bootstrap(labels, predictions), ms_per_claim=1000 * seconds / max(claims, 1))


def run(folder: Path) -> list[Result]:
    pairs = load(folder)
    verdicts = [_verdict(p) for p in pairs]
    results = []
    for dataset in DATASETS:
        for part in ("", "A", "B"):
            chosen = [(p, v) for p, v in zip(pairs, verdicts, strict=True)
                      if p.dataset == dataset and part in ("", half(p.article))]
            if chosen:
                    results.append(score(
                    f"{dataset} {part}".strip(), [p.label for p, _ in chosen],
                    [v[0] for _, v in chosen], sum(v[1] for _, v in chosen),
                    sum(v[2] for _, v in chosen)))
    return results


def _verdict(pair: Pair) -> tuple[int, float, int]:
    """Whether every sentence of the summary is supported, the seconds the checks took and
    the number of sentences."""
    evidence = split_sentences(pair.document)
    sentences = split_sentences(pair.summary) or [pair.summary]
    start = time.perf_counter()
    passed = int(all(not check_claim(c, evidence) for c in sentences))
    return passed, time.perf_counter() - start, len(sentences)


def scores(results: Sequence[Result]) -> list[Score]:
    """The figures evals/thresholds.yaml holds floors for (its `frank` section): each data
    set's balanced accuracy over all its pairs (the halves are printed, not held)."""
    return [Score(f"{r.dataset}_balanced_accuracy", r.balanced_accuracy,
                  f"{r.dataset}: {r.tp + r.fn} faithful, {r.fp + r.tn} not")
            for r in results if r.dataset in DATASETS]


def report(results: Sequence[Result], folder: Path) -> str:
    lines = [f"Lexical verifier on FRANK ({folder.name}): a summary passes when "
             "`verify.check_claim` supports each of its sentences. A and B: the pairs of each "
             "half of the articles, split by a hash of their id.", "",
             "| data set | balanced accuracy [95% CI] | TP | FN | FP | TN | ms per claim |",
             "|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r.dataset} | {r.balanced_accuracy:.3f} [{r.ci[0]:.3f}, {r.ci[1]:.3f}] "
                     f"| {r.tp} | {r.fn} | {r.fp} | {r.tn} | {r.ms_per_claim:.2f} |")
    return "\n".join(lines) + "\n"
