"""python -m evals [--data DIR] [--case NAME ...] [--engine extractive|llm] [--out DIR]
                  [--no-peers] [--max-words N] [--compress] [--readme | --check-readme]
                  [--lint] [--record]
   python -m evals --frank DIR      (the lexical verifier on FRANK: evals/frank.py)
   python -m evals --stories DIR    (grouping a pile of DIR's stories: evals/stories.py)
   python -m evals --genre [--data DIR]  (round-ups of reviews told from news: evals/genre.py)"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import sys
from pathlib import Path
from typing import Any

from summarizer.files import write_atomic

from . import cleaning, frank, genre, peers, stories
from .cases import Case, CaseError, HeldOut, load_cases, load_heldout, load_invented
from .lint import lint, lint_heldout
from .report import aggregate_failures, markdown, readme_block, write_reports
from .run import ENGINES, MAX_WORDS, check, evaluate, heldout_rows, invented_rows, thresholds

README = Path(__file__).resolve().parent.parent / "README.md"


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m evals", description=__doc__)
    parser.add_argument("--data", type=Path,
                        help="the Multi-News stories (e.g. ../shared/multinews-dev): also run "
                             "the real-news cases of evals/multinews/ and the peers, and ROUGE "
                             "on the stories without facts (held out)")
    parser.add_argument("--case", action="append", help="run only this case (repeatable)")
    parser.add_argument("--engine", action="append", choices=ENGINES,
                        help="run only this engine (repeatable; default: both)")
    parser.add_argument("--out", type=Path, default=Path("evals/reports"),
                        help="folder for report.json and report.md (default: evals/reports)")
    parser.add_argument("--no-peers", action="store_true",
                        help="skip ROUGE and the peers (lead, LexRank, TextRank)")
    parser.add_argument("--max-words", type=int, default=MAX_WORDS, metavar="N",
                        help=f"the word budget of every system (default {MAX_WORDS}); the "
                             "floors of thresholds.yaml hold at the default only, and the llm "
                             "rows, whose cassettes were recorded at it, run only there")
    parser.add_argument("--compress", action="store_true",
                        help="run the extractive engine with compress (claims trimmed of "
                             "attributions, parentheticals and asides)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--readme", action="store_true",
                       help="write the report into README.md's Evals block")
    group.add_argument("--check-readme", action="store_true",
                       help="fail when README.md's Evals block differs from this run")
    parser.add_argument("--lint", action="store_true",
                        help="only check the case files against their articles and exit")
    parser.add_argument("--record", action="store_true",
                        help="re-record the llm cassettes against SUMMARIZER_RECORD_BASE_URL "
                             "with SUMMARIZER_RECORD_MODEL (and SUMMARIZER_RECORD_API_KEY)")
    parser.add_argument("--frank", type=Path, metavar="DIR",
                        help="only score the lexical verifier on FRANK's pairs.jsonl in DIR "
                             "(e.g. ../shared/frank-valid) and exit")
    parser.add_argument("--stories", type=Path, metavar="DIR",
                        help="only group every article of DIR's stories (e.g. "
                             "../shared/multinews-dev) poured into one pile, print the adjusted "
                             "Rand index, purity and unassigned share, and exit")
    parser.add_argument("--genre", action="store_true",
                        help="only read evals/genre/'s invented stories (and --data's) as "
                             "round-ups of reviews or news, print how many are told right, "
                             "and exit")
    args = parser.parse_args(argv)
    if (args.readme or args.check_readme) and (args.case or args.engine or args.no_peers
                                               or args.data is None or args.compress
                                               or args.max_words != MAX_WORDS):
        parser.error("--readme and --check-readme need the whole run: --data, no --case, "
                     "--engine, --no-peers, --max-words or --compress")
    if args.max_words < 10:
        parser.error("--max-words must be at least 10")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    logging.getLogger("summarizer").setLevel(logging.ERROR)
    # a fault the pipeline would only warn of (the disagreement search's) fails the case
    os.environ.setdefault("SUMMARIZER_DEBUG", "1")
    if args.frank is not None:
        results = frank.run(args.frank)
        failures = check(frank.scores(results), thresholds().get("frank", {}))
        print(frank.report(results, args.frank) + "".join(f"- FAIL: {f}\n" for f in failures),
              end="")
        return 1 if failures else 0
    if args.genre:
        sets = genre.run(args.data)
        failures = check(genre.whole(sets), thresholds().get("genre", {}))
        print("\n".join([*genre.lines(sets), *(f"- FAIL: {f}" for f in failures)]))
        return 1 if failures else 0
    if args.stories is not None:
        found = stories.run(args.stories)
        failures = check(found.whole.scores(), thresholds().get("stories", {}))
        print("\n".join([*found.lines(args.stories), *(f"- FAIL: {f}" for f in failures)]))
        return 1 if failures else 0
    try:
        cases = load_cases(args.case, args.data)
        heldout = load_heldout(args.data) if args.data and not args.case else []
        invented = load_invented() if not args.case else []
    except CaseError as err:
        print(f"evals: error: {err}", file=sys.stderr)
        return 2
    if args.lint:
        return lint_all(cases, heldout)
    if args.data is None:
        print("evals: the real-news suite was skipped: pass --data ../shared/multinews-dev",
              file=sys.stderr)
    with_peers = not args.no_peers
    if with_peers and args.data is not None and (missing := peers.available()):
        print(f"evals: ROUGE and the peers were skipped: {missing}", file=sys.stderr)
        with_peers = False
    engines = args.engine or list(ENGINES)
    if "llm" in engines and importlib.util.find_spec("vcr") is None:
        print("evals: the llm rows were skipped: they replay cassettes with vcrpy, "
              "pip install -e '.[test]'", file=sys.stderr)
        engines = [e for e in engines if e != "llm"]
    if args.max_words != MAX_WORDS and "llm" in engines:
        print(f"evals: the llm rows were skipped: their cassettes were recorded at {MAX_WORDS} "
              "words", file=sys.stderr)
        engines = [e for e in engines if e != "llm"]
    rows = evaluate(cases, engines, record=args.record, with_peers=with_peers,
                    max_words=args.max_words, compress=args.compress)
    if args.data and with_peers and not args.case and "extractive" in engines:
        # the stories we wrote no facts for: ROUGE alone, held out from any tuning
        rows += heldout_rows(heldout, args.max_words, args.compress)
    if "extractive" in engines and args.max_words == MAX_WORDS:
        rows += invented_rows(invented, args.compress)  # disagreements: at the default budget
    table = thresholds()
    held = aggregate_failures(rows, table) if args.max_words == MAX_WORDS else []
    cleaner = cleaning_lines(args.data, table, held) if args.data and not args.case else []
    report = markdown(rows, held) + ("\n" + "\n".join(cleaner) + "\n" if cleaner else "")
    print(report, end="")
    write_reports(rows, report, args.out)
    failed = [r for r in rows if not r.ok]
    print(f"\n{len(rows) - len(failed)} of {len(rows)} runs within thresholds, "
          f"{len(held)} aggregate(s) below their floor; reports in {args.out}/",
          file=sys.stderr)
    return max(1 if failed or held else 0, readme(report, write=args.readme)
               if args.readme or args.check_readme else 0)


def cleaning_lines(data: Path, table: dict[str, Any], held: list[str]) -> list[str]:
    """The cleaner's figures (evals/cleaning.py), their floors checked into `held`."""
    labelled = cleaning.load_labels(data)
    scores = cleaning.line_scores(labelled)
    evidence, thin = cleaning.evidence_share(sorted(p for p in data.iterdir() if p.is_dir()))
    scores.append(evidence)
    failures = check(scores, table.get("cleaning", {}))
    held += [f"cleaning: {f}" for f in failures]
    names = {"text_kept": "real text kept", "boilerplate_removed": "boilerplate removed",
             "evidence_words": "words of every article that reach the evidence"}
    return ["### Cleaning", "",
            f"On {len(labelled)} hand-labelled articles (`evals/cleaning/`), line by line, and "
            f"on all {len({p.parent for p in data.glob('*/article-*')})} stories:", "",
            *[f"- {names[s.name]}: {s.value:.3f} ({s.hits} of {s.total})" for s in scores],
            "- articles under half: " + (", ".join(thin) if thin else "none"),
            *[f"- FAIL: {f}" for f in failures]]


def readme(report: str, *, write: bool) -> int:
    """Write the report into README.md, or check that it is there; 1 when it differs."""
    text = README.read_text(encoding="utf-8")
    fresh = readme_block(text, report)
    if fresh == text:
        return 0
    if write:
        write_atomic(README, fresh)
        print("evals: README.md's Evals block rewritten", file=sys.stderr)
        return 0
    print("evals: README.md's Evals block differs from this run; rewrite it with "
          "python -m evals --data ../shared/multinews-dev --readme", file=sys.stderr)
    return 1


def lint_all(cases: list[Case], held: list[HeldOut]) -> int:
    """Print each case's errors and hints, and the errors of the held-out stories' labels;
    1 when any has an error."""
    bad = 0
    for case in cases:
        errors, hints = lint(case)
        bad += bool(errors)
        for line in errors:
            print(f"{case.name}: error: {line}")
        for line in hints:
            print(f"{case.name}: hint: {line}")
    labelled = [story for story in held if story.labels is not None]
    for story in labelled:
        errors = lint_heldout(story)
        bad += bool(errors)
        for line in errors:
            print(f"{story.name} (held out): error: {line}")
    print(f"{len(cases) + len(labelled) - bad} of {len(cases) + len(labelled)} case files "
          "check out (held-out labels included)", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
