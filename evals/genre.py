"""How well `summarizer.genre` tells a round-up of critics' reviews from news.

    python -m evals --genre [--data ../shared/multinews-dev]

Each story of `evals/genre/` (invented; see its README: `r..` and `fn..` round-ups of reviews,
`s..`, `fp..` and `ctl..` news and other writing that is no review) and, with --data, each
Multi-News dev story (`evals/genre/labels.yaml` names its round-ups) is read as `summarize`
reads it, and `Corpus.reviews` says whether it is a round-up. Printed for each set: the
round-ups found (recall) and the other stories taken for one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .metrics import Score, share

GENRE = Path(__file__).resolve().parent / "genre"
# each set by the numbers of its round-ups (r..) and news (s..), or its names' prefixes
SETS = (("invented, first", range(1, 15), range(1, 17), ()),
        ("invented, second", range(15, 29), range(17, 33), ()),
        ("a review's cases", range(0), range(0), ("fn", "fp", "bug", "ctl")),
        ("invented, third", range(29, 41), range(33, 51), ()))


@dataclass
class Found:
    name: str
    round_up: bool  # what the labels say
    read_as: bool  # what summarizer.genre says


def read_as_round_up(files: list[Path]) -> bool:
    from summarizer.config import Settings
    from summarizer.pipeline import read_corpus

    return read_corpus([str(f) for f in files], Settings(), lambda _: None).reviews


def labelled(name: str) -> bool:
    """A story's label by its name: r.. and fn.. (and bug02, reviews in three languages) are
    round-ups; s.., fp.., ctl.. and the other bug.. are news."""
    return (name[:1] == "r" and name[1:3].isdigit()) or name.startswith(("fn", "bug02"))


def _in(name: str, ups: range, news: range, prefixes: tuple[str, ...]) -> bool:
    if prefixes:
        return name.startswith(prefixes)
    number = int(name[1:3]) if name[1:3].isdigit() else -1
    return (name[:1] == "r" and number in ups) or (name[:1] == "s" and number in news)


def run(data: Path | None = None) -> dict[str, list[Found]]:
    """Each set's stories with their label and reading."""
    stories = sorted(p for p in GENRE.iterdir() if p.is_dir())
    sets = {label: [Found(p.name, labelled(p.name), read_as_round_up(sorted(p.glob("*.txt"))))
                    for p in stories if _in(p.name, ups, news, prefixes)]
            for label, ups, news, prefixes in SETS}
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
                  "other stories read as a round-up of reviews", "no other story")]


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
