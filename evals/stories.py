"""How well `summarize_stories` groups a mixed pile: the Multi-News dev stories poured into one.

    python -m evals --stories ../shared/multinews-dev

The pile is built at run time in a temporary folder: every `article-*.txt` of every story
folder, copied under a neutral name (its number in a shuffled order), so neither the folder
nor the file name can tell the grouping anything; the texts never enter the repository. The
grouping is then scored against the true stories:

- adjusted Rand index (Hubert and Arabie 1985) over every article, an unassigned article
  counted as a story of its own, and over the assigned articles alone;
- purity: of the assigned articles, the share in a story whose majority is their true story;
- the unassigned share, overall and among the reports.

The issue lets "widget-only and junk articles" be unassigned. Which articles are not reports
of their story is read, not guessed: `story_labels.yaml` names every article of the dev set
that is junk (a widget, an error page, a crawl notice) or a report of another event, each
with its reason; in a data set it does not cover, an article that keeps fewer than
JUNK_WORDS words after cleaning counts as junk. Over the reports, an unassigned one counts
as a story of its own, and one that is the only report of its story could join no story.
The figures are printed for the whole pile and for two piles of half the stories each (odd
and even folder index), so a change tuned on one half can be seen on the other.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from math import comb
from pathlib import Path

import yaml

from .metrics import Score

LABELS = Path(__file__).resolve().parent / "story_labels.yaml"
JUNK_WORDS = 50



def adjusted_rand_index(truth: Sequence[Hashable], found: Sequence[Hashable]) -> float:
    """ARI of two labellings of the same items: 1 identical, about 0 for chance."""
    n = len(truth)
    if n < 2:
        return 1.0
    pairs = sum(comb(c, 2) for c in Counter(zip(truth, found, strict=True)).values())
    true_pairs = sum(comb(c, 2) for c in Counter(truth).values())
    found_pairs = sum(comb(c, 2) for c in Counter(found).values())
    expected = true_pairs * found_pairs / comb(n, 2)
    best = (true_pairs + found_pairs) / 2
    return 1.0 if best == expected else (pairs - expected) / (best - expected)


def purity(truth: Sequence[Hashable], found: Sequence[Hashable]) -> float:
    """Share of items whose cluster's most common true label is their own."""
    members: dict[Hashable, list[Hashable]] = {}
    for t, f in zip(truth, found, strict=True):
        members.setdefault(f, []).append(t)
    hits = sum(Counter(m).most_common(1)[0][1] for m in members.values())
    return hits / len(truth) if truth else 1.0


@dataclass
class Scores:
    """One pile's grouping against its true stories."""

    articles: int
    stories: int
    found: int
    ari: float
    ari_reports: float
    purity: float
    unassigned: int
    reports: int
    reports_unassigned: int
    reports_alone: int
    seconds: float

    def scores(self) -> list[Score]:
        """The figures evals/thresholds.yaml holds floors for (its `stories` section)."""
        share = self.reports_unassigned / self.reports if self.reports else 0.0
        return [Score("ari_reports", self.ari_reports, "ARI over the reports"),
                Score("purity", self.purity, "purity of the assigned articles"),
                Score("reports_unassigned_share", share,
                      f"{self.reports_unassigned} of {self.reports} reports unassigned")]

    def line(self) -> str:
        """Figures on one line, for the halves."""
        return (f"ARI {self.ari:.3f}, over the reports {self.ari_reports:.3f}; purity "
                f"{self.purity:.3f}; reports unassigned {self.reports_unassigned} of "
                f"{self.reports} ({self.reports_unassigned / self.reports:.1%})")


@dataclass
class Report:
    """The whole pile's scores and the two halves'."""

    whole: Scores
    halves: list[tuple[str, Scores]]

    def lines(self, data: Path) -> list[str]:
        w = self.whole
        missed = w.reports_unassigned - w.reports_alone
        return [
            f"Grouping {w.articles} articles of the {w.stories} stories of {data} "
            f"poured into one pile ({w.seconds:.1f} s, extractive):",
            f"- stories found: {w.found} (true: {w.stories})",
            f"- adjusted Rand index: {w.ari:.3f} over every article against the data set's "
            f"stories (an unassigned article is a story of its own); {w.ari_reports:.3f} over "
            f"the {w.reports} reports (junk and other events left out, see "
            "evals/story_labels.yaml)",
            f"- purity of the assigned articles: {w.purity:.3f}",
            f"- unassigned: {w.unassigned} of {w.articles} ({w.unassigned / w.articles:.1%}); "
            f"of the reports {w.reports_unassigned} ({w.reports_unassigned / w.reports:.1%}): "
            f"{w.reports_alone} the only report of their story, {missed} missed "
            f"({missed / w.reports:.1%})",
            *(f"- {name}: {s.line()}" for name, s in self.halves),
        ]


def pile(data: Path, folder: Path, stories: Sequence[Path], seed: int = 23) -> dict[str, Path]:
    """Copy the `stories`' articles into `folder` under neutral names; name -> article."""
    found = [article for story in stories for article in sorted(story.glob("article-*.txt"))]
    random.Random(seed).shuffle(found)
    truth = {}
    for n, article in enumerate(found, 1):
        name = f"{n:04}.txt"
        shutil.copyfile(article, folder / name)
        truth[name] = article
    return truth


def not_reports(articles: Sequence[Path]) -> set[Path]:
    """The articles labelled junk or other-event, and the unlabelled ones under JUNK_WORDS."""
    from summarizer.clean import clean_text

    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8")) or {}
    out = set()
    for article in articles:
        if article.name in (labels.get(article.parent.name) or {}):
            out.add(article)
            continue
        text = article.read_text(encoding="utf-8", errors="replace")
        if sum(len(p.split()) for p in clean_text(text).paragraphs) < JUNK_WORDS:
            out.add(article)
    return out


def run(data: Path) -> Report:
    folders = sorted(p for p in data.iterdir() if p.is_dir())
    return Report(whole=score(data, folders),
                  halves=[("odd stories", score(data, folders[0::2])),
                          ("even stories", score(data, folders[1::2]))])


def score(data: Path, stories: Sequence[Path]) -> Scores:
    """Group a pile of `stories`' articles and score it."""
    from summarizer import Settings, summarize_stories

    with tempfile.TemporaryDirectory(prefix="stories-pile-") as tmp:
        folder = Path(tmp)
        where = pile(data, folder, stories)
        start = time.perf_counter()
        digest = summarize_stories([folder], settings=Settings(engine="extractive"))
        seconds = time.perf_counter() - start
    label: dict[str, str] = {}
    for n, story in enumerate(digest.stories):
        for source in story.sources:
            label[Path(source.path or "").name] = f"story {n}"
    names = sorted(where)
    truth = {name: where[name].parent.name for name in names}
    found = {name: label.get(name, "unassigned " + name) for name in names}
    assigned = [name for name in names if name in label]
    others = not_reports(list(where.values()))
    reports = [name for name in names if where[name] not in others]
    per_story = Counter(truth[name] for name in reports)
    left = [name for name in reports if name not in label]
    return Scores(
        articles=len(names), stories=len(stories), found=len(digest.stories),
        ari=adjusted_rand_index([truth[n] for n in names], [found[n] for n in names]),
        ari_reports=adjusted_rand_index([truth[n] for n in reports],
                                        [found[n] for n in reports]),
        purity=purity([truth[n] for n in assigned], [label[n] for n in assigned]),
        unassigned=len(names) - len(assigned), reports=len(reports),
        reports_unassigned=len(left),
        reports_alone=sum(1 for n in left if per_story[truth[n]] == 1), seconds=seconds)
