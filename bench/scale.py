"""One size, one mode, in a fresh process (so peak memory is this run's own):

    python -m bench.scale DIR pipeline   ingest + clean + segment + dedupe (+ conflicts)
    python -m bench.scale DIR baseline   the same sentences deduplicated all-pairs
    python -m bench.scale DIR stories    the pile grouped into stories and each summarised
                                         (extractive), with the grouping's time on its own
                                         and its adjusted Rand index against the generator's

Prints one JSON line: seconds, peak_rss_mb, and sizes.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import time
from pathlib import Path

from summarizer import textutil as tu
from summarizer.chunking import split_sentences
from summarizer.clean import clean_text
from summarizer.ingest import read_inputs
from summarizer.pipeline import prepare

BASELINE_PAIR_BUDGET = 2_000_000  # beyond this the all-pairs time is extrapolated


def pipeline(folder: Path) -> dict[str, float]:
    start = time.perf_counter()
    articles = read_inputs([folder], warn=lambda _: None, max_bytes=10**8)
    corpus = prepare(articles, lambda _: None)
    return {"seconds": time.perf_counter() - start, "articles": len(articles),
            "evidence_units": len(corpus.units), "duplicate_groups": len(corpus.duplicates)}


def baseline(folder: Path) -> dict[str, float]:
    """Naive near-duplicate sentences: Jaccard of bigrams over every pair."""
    start = time.perf_counter()
    articles = read_inputs([folder], warn=lambda _: None, max_bytes=10**8)
    sentences = [s for a in articles for p in clean_text(a.text).paragraphs
                 for s in split_sentences(p)]
    shingles = [tu.shingles(s) for s in sentences]
    prepared = time.perf_counter() - start
    n = len(shingles)
    pairs = n * (n - 1) // 2
    rng = random.Random(0)
    todo = pairs if pairs <= BASELINE_PAIR_BUDGET else BASELINE_PAIR_BUDGET
    t0 = time.perf_counter()
    if todo == pairs:
        for i in range(n):
            a = shingles[i]
            for j in range(i + 1, n):
                tu.jaccard(a, shingles[j])
    else:
        for _ in range(todo):
            i, j = rng.randrange(n), rng.randrange(n)
            tu.jaccard(shingles[i], shingles[j])
    per_pair = (time.perf_counter() - t0) / max(1, todo)
    return {"seconds": prepared + per_pair * pairs, "articles": len(articles),
            "sentences": n, "pairs": pairs, "extrapolated": todo < pairs}


def stories(folder: Path) -> dict[str, float]:
    """`summarize_stories` on the whole pile; the generator's file names ('00012_3_…') say
    which story each article belongs to, which the grouping never sees."""
    from evals.stories import adjusted_rand_index
    from summarizer import Settings, summarize_stories, timing

    start = time.perf_counter()
    with timing.collect() as seconds:
        digest = summarize_stories([folder], settings=Settings(engine="extractive"))
    total = time.perf_counter() - start
    found = {Path(s.path or "").name: n for n, story in enumerate(digest.stories)
             for s in story.sources}
    names = sorted(p.name for p in folder.iterdir())
    return {"seconds": total, "grouping_seconds": seconds.get("group", 0.0),
            "articles": len(names), "stories": len(digest.stories),
            "unassigned": len(digest.unassigned),
            "ari": round(adjusted_rand_index([n.split("_")[0] for n in names],
                                             [found.get(n, n) for n in names]), 4)}


def peak_rss_mb() -> float:
    """This process's peak resident memory. Linux keeps ru_maxrss across exec, so a child
    would report its parent's peak; VmHWM belongs to this address space alone."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main() -> None:
    folder, mode = Path(sys.argv[1]), sys.argv[2]
    modes = {"pipeline": pipeline, "baseline": baseline, "stories": stories}
    result = modes[mode](folder)
    print(json.dumps({**result, "peak_rss_mb": peak_rss_mb()}))


if __name__ == "__main__":
    main()
