"""python -m evals.gaps --data DIR: where corroboration recall is lost (extractive, 200 words).

Of the facts two or more independent outlets state that the summary states (the facts
`corroboration_recall` counts), each is one of:

- **credited**: a claim covering it cites two or more of those outlets;
- **citing gap**: a claim covering it is supported, by the grader's rule, by two or more of
  those outlets, but cites fewer: citation left an outlet out;
- **selection gap**: no covering claim is, but some passage of one of their sources that
  states the fact is (the ceiling's test): selection picked a wording fewer outlets share;
- **unreachable**: every outlet words it its own way; only a claim written anew credits them.

Like the other metrics it judges with the grader alone, never the summariser's verifier.
"""

from __future__ import annotations

import argparse
import logging
from collections import Counter
from pathlib import Path

from summarizer import Settings, summarize

from . import grader
from .cases import Fact, load_cases
from .metrics import Graded

KINDS = ("credited", "citing gap", "selection gap", "unreachable")


def _supported_by(g: Graded, text: str, ids: list[str]) -> set[str]:
    """The independent outlets among `ids` whose own sentences support `text`."""
    return {g.outlet[i] for i in ids if grader.supports(text, g.sentences.get(i, [])).ok}


def gap(g: Graded, fact: Fact) -> str | None:
    """Which of KINDS `fact` is in `g`, or None when corroboration recall does not count it."""
    ids = sorted(g.to_ids(fact.sources))
    outlets = {g.outlet[i] for i in ids}
    claims = [c for c in g.summary.claims if g.covers(c, fact)]
    if len(outlets) < 2 or not claims:
        return None
    if any(len({g.outlet[s] for s in c.sources} & outlets) >= 2 for c in claims):
        return "credited"
    if any(len(_supported_by(g, c.text, ids)) >= 2 for c in claims):
        return "citing gap"
    passages = [p for i in ids for p in grader.windows(g.sentences.get(i, []))
                if grader.matches(p, fact.match, fact.numbers)]
    if any(len(_supported_by(g, p, ids)) >= 2 for p in passages):
        return "selection gap"
    return "unreachable"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.gaps", description=__doc__)
    parser.add_argument("--data", type=Path, required=True,
                        help="the Multi-News stories (e.g. ../shared/multinews-dev)")
    parser.add_argument("-v", "--verbose", action="store_true", help="name each fact's kind")
    args = parser.parse_args(argv)
    logging.getLogger("summarizer").setLevel(logging.ERROR)
    totals: Counter[str] = Counter()
    for case in load_cases(data=args.data):
        if case.suite != "multinews":
            continue
        summary = summarize(case.input_files, settings=Settings(engine="extractive"))
        graded = Graded(summary, case)
        for fact in case.facts:
            kind = gap(graded, fact)
            if kind is not None:
                totals[kind] += 1
                if args.verbose and kind != "unreachable":
                    print(f"{case.name[:3]} {fact.id}: {kind}")
    counted = sum(totals.values())
    print(f"{counted} facts of 2+ outlets that the summaries state: "
          + ", ".join(f"{kind} {totals[kind]}" for kind in KINDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
