"""Run every case x engine, score, compare with thresholds, write reports.

extractive runs live; llm replays evals/cassettes/<case>.yaml (recorded from a real
OpenAI-compatible server, see evals/cassettes/endpoint.json) with the network blocked by
vcrpy's record mode "none". `--record` re-records them against SUMMARIZER_RECORD_BASE_URL.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

from summarizer import Settings, SummarizerError, Summary, summarize
from summarizer.files import write_atomic
from summarizer.ingest import read_inputs
from summarizer.pipeline import prepare

from . import recording
from .cases import Case
from .metrics import Score, Sentences, score

HERE = Path(__file__).resolve().parent
CASSETTES = HERE / "cassettes"
THRESHOLDS = HERE / "thresholds.yaml"
ENGINES = ("extractive", "llm")


@dataclass
class Row:
    """One case x engine: its scores and which fell outside their thresholds."""

    case: str
    engine: str
    scores: list[Score]
    failures: list[str]
    error: str | None = None

    @property
    def ok(self) -> bool:
        return not self.failures and self.error is None


def sentences_of(case: Case) -> Sentences:
    """Every source's sentences after cleaning: what support is judged against."""
    corpus = prepare(read_inputs([case.inputs], warn=lambda _: None, max_bytes=10**8),
                     lambda _: None)
    found: Sentences = {}
    for unit in corpus.units:
        for mention in unit.mentions:
            found.setdefault(mention.source, []).append(mention.text)
    return found


def thresholds_for(table: dict[str, Any], case: str, engine: str) -> dict[str, dict[str, float]]:
    limits = dict(table.get("default", {}))
    limits.update(table.get("engines", {}).get(engine, {}))
    limits.update(table.get("cases", {}).get(case, {}))
    return limits


def check(scores: list[Score], limits: dict[str, dict[str, float]]) -> list[str]:
    failures = []
    for s in scores:
        limit = limits.get(s.name, {})
        if "min" in limit and s.value < limit["min"]:
            failures.append(f"{s.name} {s.value:.2f} < {limit['min']} ({s.reason})")
        if "max" in limit and s.value > limit["max"]:
            failures.append(f"{s.name} {s.value:.2f} > {limit['max']} ({s.reason})")
    return failures


def llm_settings(endpoint: dict[str, str], api_key: str | None) -> Settings:
    return Settings(engine="llm", base_url=endpoint["base_url"], model=endpoint["model"],
                    api_key=api_key, response_format=endpoint["response_format"],  # type: ignore[arg-type]
                    max_retries=0, timeout=900.0, no_cache=True)


def run_case(case: Case, engine: str, *, record: bool = False) -> Summary:
    if engine == "extractive":
        return summarize([case.inputs], settings=Settings(engine="extractive"))
    import vcr

    cassette = CASSETTES / f"{case.name}.yaml"
    endpoint_file = CASSETTES / "endpoint.json"
    if record:
        endpoint = {"base_url": os.environ["SUMMARIZER_RECORD_BASE_URL"],
                    "model": os.environ["SUMMARIZER_RECORD_MODEL"],
                    "response_format": os.environ.get("SUMMARIZER_RECORD_RESPONSE_FORMAT",
                                                      "json_schema")}
        CASSETTES.mkdir(exist_ok=True)
        endpoint_file.write_text(json.dumps(endpoint, indent=2) + "\n", encoding="utf-8")
        cassette.unlink(missing_ok=True)  # vcrpy's "all" mode would keep the old run's traffic
        api_key = os.environ.get("SUMMARIZER_RECORD_API_KEY")
    else:
        if not cassette.exists():
            raise FileNotFoundError(f"no cassette {cassette}; record it with "
                                    "python -m evals --record (evals/README.md)")
        endpoint = json.loads(endpoint_file.read_text(encoding="utf-8"))
        api_key = "replay"
    recorder = vcr.VCR(record_mode="all" if record else "none", **recording.vcr_config())
    recording.register(recorder)
    with recorder.use_cassette(str(cassette)) as tape:
        summary = summarize([case.inputs], settings=llm_settings(endpoint, api_key))
        if not record and not tape.all_played:
            raise RuntimeError(f"{cassette.name}: recorded requests were not all replayed; "
                               "re-record with python -m evals --record")
    return summary


def evaluate(cases: list[Case], engines: list[str], *, record: bool = False) -> list[Row]:
    table = yaml.safe_load(THRESHOLDS.read_text(encoding="utf-8"))
    rows = []
    for case in cases:
        sentences = sentences_of(case)
        for engine in engines:
            try:
                summary = run_case(case, engine, record=record and engine == "llm")
            except SummarizerError as err:
                rows.append(Row(case.name, engine, [], [], error=str(err)))
                continue
            except Exception as err:  # a missing or stale cassette, above all: one row fails
                rows.append(Row(case.name, engine, [], [],
                                error=f"{type(err).__name__}: {err}"))
                continue
            scores = score(summary, case, sentences)
            rows.append(Row(case.name, engine, scores,
                            check(scores, thresholds_for(table, case.name, engine))))
    return rows


def markdown(rows: list[Row]) -> str:
    names = [s.name for s in next((r.scores for r in rows if r.scores), [])]
    lines = ["| case | engine | " + " | ".join(names) + " | result |",
             "|---|---|" + "---|" * len(names) + "---|"]
    for row in rows:
        cells = [f"{s.value:.2f}" if s.name not in ("unsupported", "injection")
                 else f"{s.value:.0f}" for s in row.scores] or ["–"] * len(names)
        result = "ok" if row.ok else ("error" if row.error else "FAIL")
        lines.append(f"| {row.case} | {row.engine} | " + " | ".join(cells) + f" | {result} |")
    problems = [f"- {r.case}/{r.engine}: {r.error or '; '.join(r.failures)}"
                for r in rows if not r.ok]
    if problems:
        lines += ["", *problems]
    return "\n".join(lines) + "\n"


def write_reports(rows: list[Row], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = [{**asdict(r), "ok": r.ok} for r in rows]
    write_atomic(folder / "report.json", json.dumps(data, indent=2) + "\n")
    write_atomic(folder / "report.md", markdown(rows))
