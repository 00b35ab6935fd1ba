"""Untrusted articles built to be slow (`python -m bench.hostile`): prints, for each case,
the seconds of one whole `summarize` run (extractive) in this process and its slowest
stages. The cases are generated here, deterministically:

  small-vocabulary lines  3 articles, each one line of about 20,000 characters with no comma
                          or stop, from 40 words, copies of one another but for a figure
                          every 50 words (the word alignment of `difference`)
  dated lines             the same with a date every 10 words (what happened on each date)
  many values             3 articles of 3 sentences of 150 dates, counts, times and names
                          each, with no stop between them (alignment's pairs of values)
"""

from __future__ import annotations

import logging
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from summarizer import summarize, timing

WORDS = ("the of and to in officials said police city river storm workers court judge "
         "market voters council report school village army border talks museum bridge road "
         "flood rescue crews families doctors announced confirmed found approved opened moved "
         "warned promised began").split()
MONTHS = "January February March April May June July August September October".split()
NAMES = "Smith Garcia Miller Davis Lopez Wilson Taylor Moore Jackson Martin".split()


def _line(rng: random.Random, n: int, every: int, item: Callable[[], str]) -> list[str]:
    return [item() if k % every == 0 else rng.choice(WORDS) for k in range(n)]


def _copies(words: list[str], rng: random.Random, every: int, files: int = 3) -> list[str]:
    texts = []
    for _ in range(files):
        copy = list(words)
        for k in range(every // 2, len(copy), every):
            copy[k] = str(rng.randint(2, 900))
        texts.append("Headline of the story\n\n" + " ".join(copy).capitalize() + "\n")
    return texts


def _value(rng: random.Random) -> str:
    return rng.choice([f"on {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1990, 2024)}",
                       f"{rng.randint(2, 9000)} people", f"Mayor {rng.choice(NAMES)}",
                       f"at {rng.randint(1, 11)}:{rng.randint(0, 59):02d} p.m.",
                       f"about {rng.randint(1, 99)}%", f"in {rng.choice(MONTHS)} 2020"])


def cases() -> dict[str, list[str]]:
    rng = random.Random(1)
    small = _line(rng, 3300, 10**9, str)
    dated = _line(rng, 3000, 10, lambda: f"{rng.choice(MONTHS)} {rng.randint(1, 28)}")
    many = [" ".join(f"The {_value(rng)} {rng.choice(WORDS)}" for _ in range(150)) + "."
            for _ in range(9)]
    return {"small-vocabulary lines": _copies(small, rng, 50),
            "dated lines": _copies(dated, rng, 50),
            "many values": ["\n\n".join(many[k : k + 3]) + "\n" for k in (0, 3, 6)]}


def run(texts: list[str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        for n, text in enumerate(texts, 1):
            Path(tmp, f"article-{n}.txt").write_text(text, encoding="utf-8")
        start = time.perf_counter()
        with timing.collect() as seconds:
            summarize([tmp], on_warning=lambda _: None)
        return {"seconds": time.perf_counter() - start, **seconds}


def measure() -> dict[str, dict[str, float]]:
    """Each case's seconds, whole and per stage, in a warm process."""
    summarize([Path(__file__).resolve().parent.parent / "seeds"])  # models loaded once
    return {name: run(texts) for name, texts in cases().items()}


def describe(figures: dict[str, float]) -> str:
    stages = sorted(((k, v) for k, v in figures.items() if k != "seconds"),
                    key=lambda kv: -kv[1])[:3]
    return f"{figures['seconds']:.2f} s ({', '.join(f'{k} {v:.2f} s' for k, v in stages)})"


def main() -> int:
    logging.getLogger("summarizer").setLevel(logging.ERROR)  # 'no claim could be drawn' is expected
    for name, figures in measure().items():
        print(f"{name}: {describe(figures)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
