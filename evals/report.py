"""The report: per-case tables, the real-news suite's aggregates, the peers side by side with
paired confidence intervals, and the README block written from it."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from summarizer.files import write_atomic

from .compare import ROUGE, Paired, paired, wilson
from .metrics import METRICS, Score
from .peers import PEERS
from .run import HELD_OUT, INVENTED, MAX_WORDS, Row, check

US = "extractive"
COMPARED = (*ROUGE, "text_fact_recall")
SHORT = {"rouge1": "R-1", "rouge2": "R-2", "rougeL": "R-L", "text_fact_recall": "facts"}
SYSTEM_NAMES = {US: "summarizer (extractive)", "reference": "human reference (about 220 words)",
                "oracle": "fact oracle: whole sentences picked knowing our facts (a ceiling)",
                "summary_oracle": "summary oracle: whole sentences picked knowing the human "
                                  "summary (greedy on its bigrams; a ceiling)"}
STORY_COLUMNS = {"fact_recall": "facts", "key_fact_recall": "key facts",
                 "claim_support": "support", "citation_precision": "citation precision",
                 "corroboration_recall": "corroboration", "conflict_recall": "disagreement recall",
                 "conflict_precision": "disagreement precision",
                 **{m: SHORT[m] for m in ROUGE}}
# the invented stories' sets, by their names' first letters (evals/README.md)
INVENTED_SETS = (("A", ("d", "n")), ("B", ("b",)), ("C", ("c",)), ("D", ("e",)), ("E", ("f",)),
                 ("F", ("g",)), ("G", ("h",)), ("H", ("i",)), ("I", ("j",)),
                 ("J", ("k",)), ("K", ("l",)),
                 ("L", ("m",)), ("M", ("o",)), ("N", ("p",)), ("O", ("q",)),
                 ("P", ("r",)), ("Q", ("s",)))
MANY_ARTICLES = 4  # a story told by this many articles is broken out on its own
BEGIN, END = "<!-- evals:begin (python -m evals --readme writes this) -->", "<!-- evals:end -->"


def cell(score: Score | None) -> str:
    if score is None or score.value is None:
        return "–"
    if score.name in ("unsupported", "injection"):
        return f"{score.value:.0f}"
    return f"{score.value:.1f}" if score.name in ROUGE else f"{score.value:.2f}"


def table(rows: Sequence[Row], columns: dict[str, str], first: str) -> list[str]:
    lines = [f"| {first} | engine | " + " | ".join(columns.values()) + " | result |",
             "|---|---|" + "---|" * len(columns) + "---|"]
    for row in rows:
        result = "ok" if row.ok else ("error" if row.error else "FAIL")
        cells = [cell(row.get(name)) for name in columns]
        lines.append(f"| {row.case} | {row.system} | " + " | ".join(cells) + f" | {result} |")
    return lines


def aggregate(rows: Sequence[Row], system: str,
              suites: tuple[str, ...] = ("multinews",)) -> dict[str, Score]:
    """A system's figures over the real-news stories (of `suites`): shares added up (hits over
    totals), other figures averaged over the stories they apply to."""
    mine = [r for r in rows if r.suite in suites and r.system == system and r.scores]
    names = dict.fromkeys(s.name for r in mine for s in r.scores)
    out = {}
    for name in names:
        got = [s for r in mine if (s := r.get(name)) is not None and s.value is not None]
        if not got:
            continue
        if all(s.total is not None for s in got):
            hits, total = sum(s.hits or 0 for s in got), sum(s.total or 0 for s in got)
            out[name] = Score(name, hits / total if total else None,
                              f"{hits} of {total} over {len(got)} stories", hits, total)
        else:
            out[name] = Score(name, sum(s.value or 0.0 for s in got) / len(got),
                              f"mean of {len(got)} stories")
    return out


def comparisons(rows: Sequence[Row], least_articles: int = 0,
                suites: tuple[str, ...] = ("multinews",)) -> dict[str, dict[str, Paired]]:
    """Ours minus each peer, per compared figure, over the stories of `suites` both have
    (those of at least `least_articles` articles)."""
    by = {(r.case, r.system): r for r in rows
          if r.suite in suites and r.articles >= least_articles}
    stories = sorted({case for case, system in by if system == US})
    out: dict[str, dict[str, Paired]] = {}
    for peer in PEERS:
        out[peer] = {}
        for name in COMPARED:
            pairs = [(a.value, b.value) for story in stories
                     if (us := by.get((story, US))) and (them := by.get((story, peer)))
                     and (a := us.get(name)) and (b := them.get(name))
                     and a.value is not None and b.value is not None]
            out[peer][name] = paired([a for a, _ in pairs], [b for _, b in pairs])
    return out


def _line(label: str, score: Score | None, percent: bool = False) -> str:
    if score is None or score.value is None:
        return f"- {label}: –"
    value = f"{score.value:.1f}" if percent else f"{score.value:.2f}"
    return f"- {label}: {value} ({score.reason})"


def suite_lines(rows: Sequence[Row], aggregate_failures: list[str]) -> list[str]:
    stories = [r for r in rows if r.suite == "multinews"]
    if not stories:
        return []
    ours = aggregate(rows, US)
    n = len({r.case for r in stories})
    words = stories[0].words
    lines = [f"### Real news: {n} Multi-News stories", "",
             f"Aggregates of the extractive engine at {words} words:", "",
             _line("fact recall", ours.get("fact_recall")),
             _line("key fact recall (facts the human summary states)",
                   ours.get("key_fact_recall")),
             _line("support (claims a cited source supports)", ours.get("claim_support")),
             _line("citation precision", ours.get("citation_precision")),
             _line("corroboration recall", ours.get("corroboration_recall")),
             _line("corroboration ceiling for claims quoted verbatim",
                   ours.get("corroboration_ceiling")),
             _line("disagreement recall", ours.get("conflict_recall")),
             _line("disagreement precision", ours.get("conflict_precision")),
             *heldout_disagreement_lines(rows),
             *[_line(label, ours.get(name), percent=True)
               for name, label in zip(ROUGE, ("ROUGE-1 F1", "ROUGE-2 F1", "ROUGE-L F1"),
                                      strict=True)]]
    llm = aggregate(rows, "llm")
    if llm:
        lines += ["", "The llm engine from cassettes (a tiny model; only its structure is held): "
                  + "; ".join(f"{STORY_COLUMNS.get(k, k)} {cell(v)}" for k, v in llm.items()
                              if k in ("fact_recall", "claim_support", "quote_exactness",
                                       "length"))]
    if aggregate_failures:
        lines += ["", *[f"- FAIL: {f}" for f in aggregate_failures]]
    return lines + peer_lines(rows, words)


def _interval(score: Score | None) -> str:
    low, high = wilson(score.hits or 0, score.total or 0) if score else (0.0, 1.0)
    return f"[{low:.2f}, {high:.2f}]"


def _with_interval(label: str, score: Score | None) -> str:
    """`_line`, and the share's Wilson 95% CI when there is one."""
    line = _line(label, score)
    return f"{line}, Wilson 95% CI {_interval(score)}" if score is not None else line


def invented_lines(rows: Sequence[Row]) -> list[str]:
    """Disagreement recall and precision on the invented stories (`evals/invented/`), with
    Wilson 95% CIs, and the stories whose disagreement was missed or which showed a false one."""
    mine = [r for r in rows if r.suite == INVENTED and r.system == US and r.scores]
    if not mine:
        return []
    ours = aggregate(rows, US, (INVENTED,))
    lines = ["### Invented stories: disagreements", "",
             f"{len(mine)} stories of ordinary news we wrote on 2026-11-30 and 2026-12-01 "
             "without reading the conflict code (`evals/invented/`), in seventeen sets, each "
             "scored blind once before its misses shaped rules (evals/README.md):", ""]
    lines += [_with_interval(f"disagreement {label}", ours.get(name)) for name, label in
              (("conflict_recall", "recall"), ("conflict_precision", "precision"))]
    for label, prefixes in INVENTED_SETS:
        part = [r for r in mine if r.case.startswith(prefixes)]
        figures = aggregate(part, US, (INVENTED,))
        got = [f"{name.split('_')[1]} {_share(figures.get(name))}"
               for name in ("conflict_recall", "conflict_precision")]
        lines.append(f"- set {label} ({len(part)} stories): " + ", ".join(got))
    missed = [r.case for r in mine if (s := r.get("conflict_recall")) and s.value == 0]
    wrong = [r.case for r in mine if (s := r.get("conflict_precision")) and s.hits != s.total]
    lines += [f"- missed: {', '.join(missed) or 'none'}",
              f"- a conflict no label holds: {', '.join(wrong) or 'none'}"]
    return lines


def _share(score: Score | None) -> str:
    """'0.68 (19/28)', or '–' when nothing was counted."""
    if score is None or not score.total:
        return "–"
    return f"{(score.hits or 0) / score.total:.2f} ({score.hits}/{score.total})"


def heldout_disagreement_lines(rows: Sequence[Row]) -> list[str]:
    """Disagreement recall and precision on the held-out stories' blind labels, beside the dev
    figures: each with its Wilson 95% CI, and the dev figure's for comparison."""
    labelled = [r for r in rows if r.suite == HELD_OUT and r.system == US
                and r.get("conflict_recall") is not None]
    if not labelled:
        return []
    held, dev = aggregate(rows, US, (HELD_OUT,)), aggregate(rows, US)
    out = []
    for name, label in (("conflict_recall", "recall"), ("conflict_precision", "precision")):
        line = _with_interval(f"disagreement {label}, held-out ({len(labelled)} stories, "
                              "labelled blind; its misses of 2026-11-30 shaped rules)",
                              held.get(name))
        if held.get(name) is not None:
            line += f" (the dev figure's: {_interval(dev.get(name))})"
        out.append(line)
    return out


def peer_lines(rows: Sequence[Row], words: int = MAX_WORDS) -> list[str]:
    systems = [US, *PEERS, "reference", "oracle", "summary_oracle"]
    figures = {s: aggregate(rows, s) for s in systems}
    if not figures["lead"]:
        return []
    header = ["| {} | " + " | ".join(SHORT[m] for m in COMPARED) + " |",
              "|---|" + "---|" * len(COMPARED)]
    lines = ["", f"Side by side at {words} words, the same stories and sentence splitter "
             "(facts: stated by any sentence, citations aside):", "",
             header[0].format("system"), header[1]]
    for system in systems:
        lines.append(f"| {SYSTEM_NAMES.get(system, system)} | "
                     + " | ".join(cell(figures[system].get(m)) for m in COMPARED) + " |")
    diffs = comparisons(rows)
    n = diffs["lead"]["rouge1"].n
    lines += ["", f"Summarizer minus each peer, mean [95% paired bootstrap CI] over {n} stories:",
              "", header[0].format("peer"), header[1]]
    for peer in PEERS:
        lines.append(f"| {peer} | " + " | ".join(str(diffs[peer][m]) for m in COMPARED) + " |")
    many = comparisons(rows, MANY_ARTICLES)
    if many["lead"]["rouge1"].n:
        lines += ["", f"The same over the {many['lead']['rouge1'].n} stories of {MANY_ARTICLES} "
                  "or more articles (issue 19 holds its ROUGE targets there too):", "",
                  header[0].format("peer"), header[1]]
        lines += [f"| {peer} | " + " | ".join(str(many[peer][m]) for m in COMPARED) + " |"
                  for peer in PEERS]
    lines += ["", "Where we stand (ahead: the whole CI above zero; behind: below it; tied: it "
              "includes zero):", ""]
    return lines + standing(diffs, COMPARED)


def standing(diffs: dict[str, dict[str, Paired]], metrics: Sequence[str]) -> list[str]:
    """Per peer, the figures we are ahead, behind or tied on."""
    lines = []
    for peer in PEERS:
        verdicts: dict[str, list[str]] = {}
        for m in metrics:
            verdicts.setdefault(diffs[peer][m].verdict, []).append(SHORT[m])
        lines.append(f"- against {peer}: " + "; ".join(
            f"{verdict} on {', '.join(names)}" for verdict, names in sorted(verdicts.items())))
    return lines


def heldout_lines(rows: Sequence[Row]) -> list[str]:
    """ROUGE on the stories we wrote no facts for, side by side, and ours minus each peer
    over them and over every story."""
    mine = [r for r in rows if r.suite == HELD_OUT]
    if not any(r.system == "lead" for r in mine):
        return []
    header = ["| {} | " + " | ".join(SHORT[m] for m in ROUGE) + " |", "|---|" + "---|" * len(ROUGE)]
    figures = {s: aggregate(rows, s, (HELD_OUT,)) for s in (US, *PEERS)}
    held = comparisons(rows, suites=(HELD_OUT,))
    both = comparisons(rows, suites=("multinews", HELD_OUT))
    n, total = held["lead"]["rouge1"].n, both["lead"]["rouge1"].n
    lines = [f"### Held-out ROUGE: {n} Multi-News stories without facts", "",
             f"The stories of the data folder we wrote no facts for; nothing was tuned on them. "
             f"The same systems at {mine[0].words} words, scored against each story's human "
             "summary:", "", header[0].format("system"), header[1]]
    lines += [f"| {SYSTEM_NAMES.get(s, s)} | " + " | ".join(cell(figures[s].get(m)) for m in ROUGE)
              + " |" for s in (US, *PEERS)]
    for label, diffs in ((f"over these {n} stories", held),
                         (f"over all {total} stories (the {total - n} with facts and these {n})",
                          both)):
        lines += ["", f"Summarizer minus each peer, mean [95% paired bootstrap CI] {label}:", "",
                  header[0].format("peer"), header[1]]
        lines += [f"| {peer} | " + " | ".join(str(diffs[peer][m]) for m in ROUGE) + " |"
                  for peer in PEERS]
    return [*lines, "", f"Where we stand on these {n} stories:", "", *standing(held, ROUGE)]


def markdown(rows: Sequence[Row], aggregate_failures: Sequence[str] = ()) -> str:
    own = [r for r in rows if r.suite == "own"]
    stories = [r for r in rows if r.suite == "multinews" and r.system in ("extractive", "llm")]
    lines = []
    if own:
        lines += ["### Our own cases", "",
                  *table(own, {m.__name__: m.__name__ for m in METRICS}, "case")]
    lines += ["", *suite_lines(rows, list(aggregate_failures))] if stories else []
    if stories:
        lines += ["", "<details><summary>Each story</summary>", "",
                  *table(stories, STORY_COLUMNS, "story"), "", "</details>"]
    held = heldout_lines(rows)
    lines += ["", *held] if held else []
    invented = invented_lines(rows)
    lines += ["", *invented] if invented else []
    problems = [f"- {r.case}/{r.system}: {r.error or '; '.join(r.failures)}"
                for r in rows if not r.ok]
    return "\n".join([*lines, *(["", *problems] if problems else [])]).strip() + "\n"


def aggregate_failures(rows: Sequence[Row], table: dict[str, Any]) -> list[str]:
    """The suites' aggregates outside `multinews.aggregate` and `invented.aggregate` in
    thresholds.yaml."""
    limits = table.get("multinews", {}).get("aggregate", {})
    invented = table.get("invented", {}).get("aggregate", {})
    return [f"{system}: {failure}" for system, held in limits.items()
            for failure in check(list(aggregate(rows, system).values()), held)] + [
        f"{system} on the invented stories: {failure}" for system, held in invented.items()
        for failure in check(list(aggregate(rows, system, (INVENTED,)).values()), held)]


def write_reports(rows: Sequence[Row], text: str, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = [{**asdict(r), "ok": r.ok} for r in rows]
    write_atomic(folder / "report.json", json.dumps(data, indent=2) + "\n")
    write_atomic(folder / "report.md", text)


def readme_block(readme: str, text: str) -> str:
    """`readme` with the text between the eval markers replaced by `text`."""
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)
    if not pattern.search(readme):
        raise ValueError(f"README.md has no {BEGIN} … {END} block")
    return pattern.sub(lambda _: f"{BEGIN}\n{text}{END}", readme)
