"""How well `summarize_stories` groups a mixed pile: the Multi-News dev stories poured into one.

    python -m evals --stories ../shared/multinews-dev

The pile is built at run time in a temporary folder: every `article-*.txt` of every story
folder, copied under a neutral name (its number in a shuffled order), so neither the folder
nor the file name can tell the grouping anything; the texts never enter the repository. The
grouping is then scored against the true stories:

- adjusted Rand index (Hubert and Arabie 1985) over every article, an unassigned article
  counted as a story of its own, and over the assigned articles alone;
- purity: of the assigned articles, the share in a story whose majority is their true story;
- the unassigned share, overall and apart from junk: articles that keep fewer than
  JUNK_WORDS words after cleaning (a widget, a paywall notice), which may be unassigned.
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
    articles: int
    stories: int
    found: int
    ari: float
    ari_assigned: float
    purity: float
    unassigned: int
    unassigned_junk: int
    seconds: float

    def lines(self, data: Path) -> list[str]:
        real = self.unassigned - self.unassigned_junk
        return [
            f"Grouping {self.articles} articles of the {self.stories} stories of {data} "
            f"poured into one pile ({self.seconds:.1f} s, extractive):",
            f"- stories found: {self.found} (true: {self.stories})",
            f"- adjusted Rand index: {self.ari:.3f} over every article (an unassigned one "
            f"is a story of its own); {self.ari_assigned:.3f} over the assigned articles",
            f"- purity of the assigned articles: {self.purity:.3f}",
            f"- unassigned: {self.unassigned} of {self.articles} "
            f"({self.unassigned / self.articles:.1%}); {self.unassigned_junk} of them keep "
            f"under {JUNK_WORDS} words after cleaning (junk), the other {real} "
            f"({real / self.articles:.1%}) are real articles",
        ]


def pile(data: Path, folder: Path, seed: int = 23) -> dict[str, str]:
    """Copy every story's articles into `folder` under neutral names; name -> true story."""
    found = [(story.name, article) for story in sorted(p for p in data.iterdir() if p.is_dir())
             for article in sorted(story.glob("article-*.txt"))]
    random.Random(seed).shuffle(found)
    truth = {}
    for n, (story, article) in enumerate(found, 1):
        name = f"{n:04}.txt"
        shutil.copyfile(article, folder / name)
        truth[name] = story
    return truth


def run(data: Path) -> Scores:
    from summarizer import Settings, summarize_stories
    from summarizer.clean import clean_text

    with tempfile.TemporaryDirectory(prefix="stories-pile-") as tmp:
        folder = Path(tmp)
        truth = pile(data, folder)
        start = time.perf_counter()
        digest = summarize_stories([folder], settings=Settings(engine="extractive"))
        seconds = time.perf_counter() - start
        words = {name: sum(len(p.split()) for p in clean_text(
            (folder / name).read_text(encoding="utf-8", errors="replace")).paragraphs)
            for name in truth}
    label: dict[str, str] = {}
    for n, story in enumerate(digest.stories):
        for source in story.sources:
            label[Path(source.path or "").name] = f"story {n}"
    names = sorted(truth)
    found = [label.get(name, "unassigned " + name) for name in names]
    assigned = [name for name in names if name in label]
    junk = sum(1 for name in names if name not in label and words[name] < JUNK_WORDS)
    return Scores(
        articles=len(names), stories=len(set(truth.values())), found=len(digest.stories),
        ari=adjusted_rand_index([truth[n] for n in names], found),
        ari_assigned=adjusted_rand_index([truth[n] for n in assigned],
                                         [label[n] for n in assigned]),
        purity=purity([truth[n] for n in assigned], [label[n] for n in assigned]),
        unassigned=len(names) - len(assigned), unassigned_junk=junk, seconds=seconds)
