"""How well `summarizer.genre` tells a round-up of critics' reviews from news.

    python -m evals --genre [--data ../shared/multinews-dev]

Each story of `evals/genre/` (invented: `r..` a round-up of reviews, `s..` news of the arts,
entertainment, technology, food and cars; see its README) and, with --data, each Multi-News
dev story (`evals/genre/labels.yaml` names its round-ups) is read as `summarize` reads it,
and `Corpus.reviews` says whether it is a round-up. Printed: the round-ups found (recall),
and the news stories taken for one, for each set (the first invented set chose the
thresholds; the second was scored blind once they were fixed).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .metrics import Score, share

GENRE = Path(__file__).resolve().parent / "genre"
BLIND_FROM = 15  # r15 and s17 on: the set written after the thresholds were fixed
BLIND_NEWS_FROM = 17


@dataclass
class Found:
    name: str
    round_up: bool  # what the labels say
    read_as: bool  # what summarizer.genre says


def read_as_round_up(files: list[Path]) -> bool:
    from summarizer.config import Settings
    from summarizer.pipeline import read_corpus

    return read_corpus([str(f) for f in files], Settings(), lambda _: None).reviews


def run(data: Path | None = None) -> dict[str, list[Found]]:
    """Each set's stories with their label and reading."""
    sets: dict[str, list[Found]] = {"invented, first": [], "invented, blind": []}
    for story in sorted(p for p in GENRE.iterdir() if p.is_dir()):
        number = int(story.name[1:3])
        blind = number >= (BLIND_FROM if story.name.startswith("r") else BLIND_NEWS_FROM)
        sets["invented, blind" if blind else "invented, first"].append(
            Found(story.name, story.name.startswith("r"),
                  read_as_round_up(sorted(story.glob("*.txt")))))
    if data is not None:
        labels = yaml.safe_load((GENRE / "labels.yaml").read_text(encoding="utf-8"))
        round_ups = set(labels["multinews_round_ups"])
        sets["Multi-News dev"] = [
            Found(story.name, story.name in round_ups,
                  read_as_round_up(sorted(story.glob("article-*.txt"))))
            for story in sorted(p for p in data.iterdir() if p.is_dir())]
    return sets


def scores(found: list[Found]) -> list[Score]:
    ups = [f for f in found if f.round_up]
    news = [f for f in found if not f.round_up]
    return [share("round_ups_found", sum(f.read_as for f in ups), len(ups),
                  "round-ups of reviews read as one", "no round-up"),
            share("news_taken_for_round_ups", sum(f.read_as for f in news), len(news),
                  "news read as a round-up of reviews", "no news")]


def lines(sets: dict[str, list[Found]]) -> list[str]:
    out = []
    for label, found in sets.items():
        got = [f"{s.reason}: {s.hits} of {s.total}" for s in scores(found) if s.total]
        wrong = [f.name for f in found if f.read_as != f.round_up]
        out.append(f"- {label} ({len(found)} stories): " + "; ".join(got)
                   + (f"; wrong: {', '.join(wrong)}" if wrong else ""))
    return out


def whole(sets: dict[str, list[Found]]) -> list[Score]:
    return scores([f for found in sets.values() for f in found])
