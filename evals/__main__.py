"""python -m evals [--case NAME ...] [--engine extractive|llm] [--out DIR] [--record]"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .cases import CaseError, load_cases
from .run import ENGINES, evaluate, markdown, write_reports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals", description=__doc__)
    parser.add_argument("--case", action="append", help="run only this case (repeatable)")
    parser.add_argument("--engine", action="append", choices=ENGINES,
                        help="run only this engine (repeatable; default: both)")
    parser.add_argument("--out", type=Path, default=Path("evals/reports"),
                        help="folder for report.json and report.md (default: evals/reports)")
    parser.add_argument("--record", action="store_true",
                        help="re-record the llm cassettes against SUMMARIZER_RECORD_BASE_URL "
                             "with SUMMARIZER_RECORD_MODEL (and SUMMARIZER_RECORD_API_KEY)")
    args = parser.parse_args(argv)
    logging.getLogger("summarizer").setLevel(logging.ERROR)
    try:
        cases = load_cases(args.case)
    except CaseError as err:
        print(f"evals: error: {err}", file=sys.stderr)
        return 2
    rows = evaluate(cases, args.engine or list(ENGINES), record=args.record)
    report = markdown(rows)
    print(report, end="")
    write_reports(rows, args.out)
    failed = [r for r in rows if not r.ok]
    print(f"\n{len(rows) - len(failed)} of {len(rows)} runs within thresholds; "
          f"reports in {args.out}/", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
