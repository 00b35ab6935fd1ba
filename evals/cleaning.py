"""The cleaner, measured: hand-labelled lines of real scraped articles, and how much of every
article reaches the evidence.

`cleaning/<story>.yaml` labels each non-blank line of some Multi-News articles as the
article's `text` or `boilerplate` (line numbers as `cat -n` prints them; the articles stay in
the --data folder). A line is kept when the cleaner's paragraphs or headings hold it: at
least half of its word 3-grams, unless the cleaner removed that very line whole (a pull quote,
whose words the article says again); a line under three words ("Instagram", "UPDATE:"), whose
words are found all over the text, when the cleaned text says them more often than the kept
longer lines do. Judged here, with the grader's words, not with the summariser's.

A line that is part text, part boilerplate (an embedded post: its text, then its signature
"— Name (@handle) Date") is `split` at a column: what comes before it is judged as a text
line, what comes after as a boilerplate line (numbered -n), each counted once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from summarizer.clean import clean_text
from summarizer.ingest import read_inputs
from summarizer.pipeline import prepare

from . import grader
from .metrics import Score, share

LABELS = Path(__file__).resolve().parent / "cleaning"
KEPT = 0.5


@dataclass(frozen=True)
class Labelled:
    """One article's labelled lines."""

    path: Path
    text: frozenset[int]
    boilerplate: frozenset[int]
    split: dict[int, int]  # line -> the column where its boilerplate begins


def _numbers(items: Iterable[object]) -> set[int]:
    out: set[int] = set()
    for item in items:
        first, _, last = str(item).partition("-")
        out.update(range(int(first), int(last or first) + 1))
    return out


def load_labels(data: Path) -> list[Labelled]:
    """Every labelled article, checked: each non-blank line labelled once."""
    found = []
    for file in sorted(LABELS.glob("*.yaml")):
        for article, labels in (yaml.safe_load(file.read_text(encoding="utf-8")) or {}).items():
            path = data / file.stem / article
            text, boiler = _numbers(labels.get("text", [])), _numbers(labels.get("boilerplate", []))
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            blank = {n for n, line in enumerate(lines, 1) if not line.strip()}
            if text & boiler or (text | boiler) != set(range(1, len(lines) + 1)) - blank:
                raise ValueError(f"{file.name}: {article}: every non-blank line needs exactly "
                                 "one label")
            split = {int(n): int(col) for n, col in (labels.get("split") or {}).items()}
            if not set(split) <= text:
                raise ValueError(f"{file.name}: {article}: a split line is labelled text")
            found.append(Labelled(path, frozenset(text), frozenset(boiler | {-n for n in split}),
                                  split))
    return found


def _grams(words: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def kept_lines(path: Path, split: dict[int, int] | None = None) -> tuple[list[str], set[int]]:
    """The article's lines, and the numbers of those the cleaner keeps as evidence text; a
    line `split` at a column is two: its text before the column (n), the rest after (-n)."""
    [document] = read_inputs([path], warn=lambda _: None)
    doc = clean_text(document.text)
    # headings stay too (a title candidate, subheads): a boilerplate line is removed only when
    # it is gone from both
    cleaned = " ".join([*doc.paragraphs, *doc.headings])
    words = [w.casefold() for w in grader.tokens(cleaned)]
    grams, flat = _grams(words), f" {' '.join(words)} "
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    pieces = {n: line[:(split or {}).get(n, len(line))] for n, line in enumerate(lines, 1)}
    pieces |= {-n: lines[n - 1][col:] for n, col in (split or {}).items()}
    said = {n: [w.casefold() for w in grader.tokens(piece)] for n, piece in pieces.items()}
    # a line the cleaner took out whole is gone, even where a kept line says its words again
    # (a pull quote repeats a sentence of the article)
    whole = {" ".join(grader.tokens(text)).casefold() for text, _ in doc.removed}
    kept = {n for n, mine in said.items()
            if len(mine) >= 3 and len(_grams(mine) & grams) >= KEPT * len(_grams(mine))
            and " ".join(mine) not in whole}
    # a word or two is found all over the text ("Instagram", "UPDATE"): a short line is kept
    # when the cleaned text says it more often than the kept longer lines do
    for n, mine in said.items():
        if 0 < len(mine) < 3:
            phrase = f" {' '.join(mine)} "
            explained = sum(f" {' '.join(said[k])} ".count(phrase) for k in kept)
            if flat.count(phrase) > explained:
                kept.add(n)
    return lines, kept


def line_scores(labelled: Sequence[Labelled]) -> list[Score]:
    """Real text kept, and boilerplate removed, over every labelled line."""
    text_kept, text_all, boiler_gone, boiler_all = 0, 0, 0, 0
    lost, left = [], []
    for article in labelled:
        _, kept = kept_lines(article.path, article.split)
        name = f"{article.path.parent.name[:3]}/{article.path.name}"
        text_kept += len(article.text & kept)
        text_all += len(article.text)
        boiler_gone += len(article.boilerplate - kept)
        boiler_all += len(article.boilerplate)
        lost += [f"{name}:{n}" for n in sorted(article.text - kept)]
        left += [f"{name}:{n}" for n in sorted(article.boilerplate & kept)]
    return [share("text_kept", text_kept, text_all, "lost: " + ", ".join(lost) if lost
                  else "every text line", "no labels"),
            share("boilerplate_removed", boiler_gone, boiler_all,
                  "left: " + ", ".join(left) if left else "every boilerplate line", "no labels")]


def evidence_share(stories: Sequence[Path]) -> tuple[Score, list[str]]:
    """Of all the words of every article, the share its evidence sentences hold; and the
    articles where less than half does."""
    reached, total, thin = 0, 0, []
    for story in stories:
        files = sorted(story.glob("article-*"))
        articles = read_inputs(files, warn=lambda _: None)
        corpus = prepare(articles, warn=lambda _: None)
        said: dict[str, int] = {}
        for unit in corpus.units:
            for mention in unit.mentions:
                said[mention.source] = said.get(mention.source, 0) + len(
                    grader.tokens(mention.text))
        source_of = {s.path: s.id for s in corpus.sources}  # a source without text is left out
        for article in articles:
            words = len(grader.tokens(article.text))
            got = min(words, said.get(source_of.get(article.path, ""), 0))
            reached, total = reached + got, total + words
            if words and got < 0.5 * words:
                thin.append(f"{story.name[:3]}/{Path(article.path).name} "
                            f"{got}/{words}")
    return share("evidence_words", reached, total, f"{len(thin)} articles under half",
                 "no articles"), thin
