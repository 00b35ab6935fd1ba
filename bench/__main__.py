"""python -m bench [--sizes 100,1000,10000] [--out bench/results.json]

Prints, and writes to JSON:
  cold CLI wall time on seeds/ (extractive, process start to exit), median of 5;
  per-stage time on seeds/ (ingest, clean, segment, dedupe, conflicts, tokens, engine,
  verify, render);
  hostile articles (bench/hostile.py): one summary of each case built to be slow;
  with --stories DIR (e.g. ../shared/multinews-dev): in-process time of one whole story
  (`summarize`, extractive, the story's article-*.txt), in a warm process, median over the
  stories of each one's first run (what a new story costs) and of its best of 3 (later
  runs find its sentences' words already cached);
  tokens: raw input vs evidence after cleaning and dedupe (what the llm engine is sent), and
  how many reference facts that evidence still states, on seeds/ and the eval cases, next to
  a "stuff everything" prompt, and llm calls per summary;
  scale: time and peak memory of ingest + clean + dedupe on generated corpora, each in a
  fresh process, next to an all-pairs baseline measured in the same run; and of
  `summarize --stories` (extractive) on the same pile: grouped into stories and each
  summarised, with the grouping's own time and its adjusted Rand index.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def cold_cli(runs: int) -> dict[str, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "summarizer", str(SEEDS), "--cite", "-q"],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return {"median_s": statistics.median(times), "min_s": min(times), "runs": runs}


def stages() -> dict[str, float]:
    from summarizer import summarize, timing
    from summarizer.render import render

    summarize([SEEDS])  # warm: encodings and models loaded once, as in a long-running tool
    with timing.collect() as seconds:
        summary = summarize([SEEDS])
        with timing.stage("render"):
            render(summary, "text", cite=True)
    return seconds


def per_story(folder: Path, runs: int = 3) -> dict[str, float]:
    from summarizer import Settings, summarize

    settings = Settings(engine="extractive")
    stories = [sorted(d.glob("article-*.txt")) for d in sorted(folder.iterdir()) if d.is_dir()]
    stories = [files for files in stories if files]
    summarize([SEEDS], settings=settings)  # warm: imports and word lists, as a running tool
    first, best = [], []
    for files in stories:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            summarize(files, settings=settings)
            times.append(time.perf_counter() - start)
        first.append(times[0])
        best.append(min(times))
    return {"stories": len(stories), "first_run_median_s": statistics.median(first),
            "first_run_max_s": max(first), "best_of_3_median_s": statistics.median(best)}


def tokens() -> list[dict[str, Any]]:
    """Per eval case: tokens in, evidence tokens out, and how many of the case's reference
    facts the evidence (the unit texts the llm engine is sent) still states."""
    from evals.cases import load_cases
    from evals.grader import matches
    from summarizer import Settings, estimate
    from summarizer.chunking import count_tokens
    from summarizer.ingest import read_inputs
    from summarizer.pipeline import prepare

    rows = []
    for case in load_cases():
        articles = read_inputs([case.inputs], warn=lambda _: None, max_bytes=10**8)
        corpus = prepare(articles, warn=lambda _: None)
        evidence = sum(count_tokens(u.text) for u in corpus.units)
        kept = [f for f in case.facts
                if any(matches(u.text, f.match, f.numbers) for u in corpus.units)]
        stuffed = count_tokens("\n\n".join(a.raw or a.text for a in articles))
        plan = estimate([case.inputs], settings=Settings(model="gpt-4.1-mini"))
        rows.append({"case": case.name, "input_tokens": corpus.input_tokens,
                     "evidence_tokens": evidence,
                     "ratio": round(evidence / corpus.input_tokens, 3),
                     "facts_in_evidence": f"{len(kept)}/{len(case.facts)}",
                     "stuff_everything_tokens": stuffed, "llm_prompt_tokens": plan.prompt_tokens,
                     "llm_calls": plan.calls})
    return rows


def scale(sizes: list[int], folder: Path) -> list[dict[str, Any]]:
    from .corpus import write

    rows = []
    for size in sizes:
        corpus = write(size, folder / str(size))
        for mode in ("pipeline", "baseline", "stories"):
            out = subprocess.run([sys.executable, "-m", "bench.scale", str(corpus), mode],
                                 check=True, capture_output=True, text=True, cwd=ROOT).stdout
            rows.append({"size": size, "mode": mode, **json.loads(out)})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000",
                        help="generated corpus sizes, comma-separated (default: 100,1000)")
    parser.add_argument("--runs", type=int, default=5,
                        help="cold CLI runs, the median is reported (default: 5)")
    parser.add_argument("--stories", type=Path, default=None,
                        help="a folder of stories, one folder of article-*.txt each (e.g. "
                             "../shared/multinews-dev): time each in-process")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args(argv)
    logging.getLogger("summarizer").setLevel(logging.ERROR)  # skipped-file notes are expected
    sizes = [int(s) for s in args.sizes.split(",") if s]

    results: dict[str, Any] = {"python": sys.version.split()[0]}
    results["cold_cli"] = cli = cold_cli(args.runs)
    print(f"cold CLI, summarize seeds/ --cite: median {cli['median_s']:.2f} s "
          f"(min {cli['min_s']:.2f} s, {cli['runs']} runs)")
    results["stages_s"] = seconds = stages()
    print("stages on seeds/ (warm): " + ", ".join(f"{k} {v * 1000:.0f} ms"
                                                   for k, v in seconds.items()))
    from . import hostile  # imports summarizer: after the cold runs

    results["hostile"] = worst = hostile.measure()
    print("hostile articles, one summary each (warm; python -m bench.hostile): "
          + "; ".join(f"{name} {hostile.describe(f)}" for name, f in worst.items()))
    if args.stories:
        results["per_story"] = story = per_story(args.stories)
        print(f"one story in-process ({story['stories']} stories of {args.stories}, warm): "
              f"median {story['first_run_median_s'] * 1000:.0f} ms on its first run "
              f"(max {story['first_run_max_s'] * 1000:.0f} ms), "
              f"{story['best_of_3_median_s'] * 1000:.0f} ms best of 3")
    results["tokens"] = rows = tokens()
    print("\ntokens          input  evidence  ratio  facts kept  stuff-everything  llm prompt"
          "  llm calls")
    for r in rows:
        print(f"{r['case']:<12} {r['input_tokens']:>7} {r['evidence_tokens']:>9} "
              f"{r['ratio']:>6.1%} {r['facts_in_evidence']:>11} {r['stuff_everything_tokens']:>17} "
              f"{r['llm_prompt_tokens']:>11} {r['llm_calls']:>10}")
    with tempfile.TemporaryDirectory() as tmp:
        results["scale"] = grown = scale(sizes, Path(tmp))
    print("\nscale (ingest+clean+dedupe; stories: grouped and summarised)"
          "  articles   seconds  peak MB   per article")
    for r in grown:
        note = " (extrapolated from a sample of pairs)" if r.get("extrapolated") else ""
        if r["mode"] == "stories":
            note = (f" (grouping {r['grouping_seconds']:.1f} s; {r['stories']} stories, "
                    f"{r['unassigned']} unassigned, ARI {r['ari']:.3f})")
        print(f"  {r['mode']:<26} {r['size']:>8} {r['seconds']:>9.2f} {r['peak_rss_mb']:>8} "
              f"{r['seconds'] / r['size'] * 1000:>10.1f} ms{note}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
