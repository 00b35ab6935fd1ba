"""Run every case x system, score, compare with thresholds.

extractive runs live; llm replays evals/cassettes/<case>.yaml (recorded from a real
OpenAI-compatible server, see evals/cassettes/endpoint.json) with the network blocked by
vcrpy's record mode "none"; a Multi-News story has an llm row only where a cassette was
recorded for it. `--record` re-records them against SUMMARIZER_RECORD_BASE_URL. On the
Multi-News stories the peers (`peers.py`) and the human reference run beside ours.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from summarizer import Settings, SummarizerError, Summary, summarize

from . import oracle, peers, recording
from .cases import Case, HeldOut, Invented
from .compare import rouge
from .metrics import Score, labelled_precision, labelled_recall, score, text_fact_recall

HERE = Path(__file__).resolve().parent
CASSETTES = HERE / "cassettes"
THRESHOLDS = HERE / "thresholds.yaml"
ENGINES = ("extractive", "llm")
MAX_WORDS = 200
HELD_OUT = "heldout"  # the suite of the stories we wrote no facts for
INVENTED = "invented"  # the suite of the stories we invented to test disagreements


@dataclass
class Row:
    """One case x system: its scores and which fell outside their thresholds."""

    case: str
    suite: str
    system: str
    scores: list[Score]
    failures: list[str] = field(default_factory=list)
    error: str | None = None
    words: int = MAX_WORDS  # the word budget it ran at
    articles: int = 0  # the articles the case gives the summariser

    @property
    def ok(self) -> bool:
        return not self.failures and self.error is None

    def get(self, name: str) -> Score | None:
        return next((s for s in self.scores if s.name == name), None)


def thresholds() -> dict[str, Any]:
    table: dict[str, Any] = yaml.safe_load(THRESHOLDS.read_text(encoding="utf-8"))
    return table


def thresholds_for(table: dict[str, Any], case: Case, engine: str) -> dict[str, dict[str, float]]:
    """Own cases: `default`, then `engines`, then `cases`; a story: `multinews.rows`."""
    if case.suite == "multinews":
        rows = table.get("multinews", {}).get("rows", {})
        return {**rows.get("default", {}), **rows.get("engines", {}).get(engine, {})}
    limits = dict(table.get("default", {}))
    limits.update(table.get("engines", {}).get(engine, {}))
    limits.update(table.get("cases", {}).get(case.name, {}))
    return limits


def check(scores: list[Score], limits: dict[str, dict[str, float]]) -> list[str]:
    """The scores outside their limits; a metric that does not apply (None) passes."""
    failures = []
    for s in scores:
        limit = limits.get(s.name, {})
        if s.value is None:
            continue
        if "min" in limit and s.value < limit["min"]:
            failures.append(f"{s.name} {s.value:.2f} < {limit['min']} ({s.reason})")
        if "max" in limit and s.value > limit["max"]:
            failures.append(f"{s.name} {s.value:.2f} > {limit['max']} ({s.reason})")
    return failures


def llm_settings(endpoint: dict[str, str], api_key: str | None) -> Settings:
    return Settings(engine="llm", base_url=endpoint["base_url"], model=endpoint["model"],
                    api_key=api_key, response_format=endpoint["response_format"],  # type: ignore[arg-type]
                    max_retries=0, timeout=900.0, no_cache=True)


def cassette_of(case: Case) -> Path:
    return CASSETTES / f"{case.name}.yaml"


def run_case(case: Case, engine: str, *, record: bool = False,
             max_words: int = MAX_WORDS, compress: bool = False) -> Summary:
    if engine == "extractive":
        return summarize(case.input_files, settings=Settings(
            engine="extractive", max_words=max_words, compress=compress))
    import vcr

    cassette = cassette_of(case)
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
    public = case.suite == "multinews"  # a data set's articles: their text stays out
    recorder = vcr.VCR(record_mode="all" if record else "none", **recording.vcr_config(
        digest_bodies=public, seal_with=recording.story_key(case.input_files) if public else None))
    recording.register(recorder)
    with recorder.use_cassette(str(cassette)) as tape:
        summary = summarize(case.input_files, settings=llm_settings(endpoint, api_key))
        if not record and not tape.all_played:
            raise RuntimeError(f"{cassette.name}: recorded requests were not all replayed; "
                               "re-record with python -m evals --record")
    return summary


def text_of(summary: Summary) -> str:
    return " ".join(c.text for c in summary.claims)


def plain_scores(text: str, case: Case) -> list[Score]:
    """What any system's text gets on a story: ROUGE against the reference and the facts."""
    assert case.reference is not None
    reference = case.reference.read_text(encoding="utf-8")
    return [*rouge(text, reference), text_fact_recall(text, case)]


def _engine_row(case: Case, engine: str, table: dict[str, Any], *, record: bool,
                with_rouge: bool, max_words: int = MAX_WORDS, compress: bool = False) -> Row:
    try:
        summary = run_case(case, engine, record=record, max_words=max_words, compress=compress)
    except SummarizerError as err:
        return Row(case.name, case.suite, engine, [], error=str(err), words=max_words)
    except Exception as err:  # a missing or stale cassette, above all: one row fails
        return Row(case.name, case.suite, engine, [], error=f"{type(err).__name__}: {err}",
                   words=max_words)
    scores = score(summary, case, max_words)
    if with_rouge and case.reference is not None:
        scores += plain_scores(text_of(summary), case)
    return Row(case.name, case.suite, engine, scores,
               check(scores, thresholds_for(table, case, engine)), words=max_words,
               articles=len(case.input_files))


def peer_rows(case: Case, max_words: int = MAX_WORDS) -> list[Row]:
    """The peers at our word budget, the human reference's own fact recall, and the two
    oracles' (`oracle.py`: ceilings for whole sentences, not peers): one knows our facts,
    the other the human summary."""
    assert case.reference is not None
    articles = peers.article_sentences(case.input_files)
    rows = [Row(case.name, case.suite, name, plain_scores(system(articles, max_words), case),
                words=max_words, articles=len(case.input_files))
            for name, system in peers.SYSTEMS.items()]
    reference = case.reference.read_text(encoding="utf-8")
    rows.append(Row(case.name, case.suite, "reference", [text_fact_recall(reference, case)],
                    words=max_words))
    flat = [sentence for article in articles for sentence in article]
    rows.append(Row(case.name, case.suite, "oracle",
                    plain_scores(oracle.summary(flat, case.facts, max_words), case),
                    words=max_words, articles=len(case.input_files)))
    picked = sorted(oracle.by_summary(flat, reference, max_words))
    rows.append(Row(case.name, case.suite, "summary_oracle",
                    plain_scores(" ".join(flat[i] for i in picked), case),
                    words=max_words, articles=len(case.input_files)))
    return rows


def evaluate(cases: list[Case], engines: list[str], *, record: bool = False,
             with_peers: bool = True, max_words: int = MAX_WORDS,
             compress: bool = False) -> list[Row]:
    """Every case with every engine (a story's llm row only where it has a cassette, or is
    being recorded), and on stories the peers when `with_peers`, all at `max_words` (the
    llm cassettes were recorded at MAX_WORDS); the extractive engine with `compress` when
    given."""
    table = thresholds()
    rows = []
    for case in cases:
        for engine in engines:
            recording_it = record and engine == "llm"
            if engine == "llm" and case.suite == "multinews" and not recording_it \
                    and not cassette_of(case).exists():
                continue
            rows.append(_engine_row(case, engine, table, record=recording_it,
                                    with_rouge=with_peers, max_words=max_words,
                                    compress=compress))
        if with_peers and case.reference is not None:
            rows += peer_rows(case, max_words)
    return rows


def heldout_conflicts(story: HeldOut | Invented, summary: Summary) -> list[Score]:
    """Disagreement recall and precision against the story's labels (a held-out story's blind
    ones, an invented story's), when it has them."""
    labels = story.labels
    if labels is None:
        return []
    return [labelled_recall(summary.conflicts, labels.disagreements),
            labelled_precision(summary.conflicts, labels.disagreements)]


def heldout_rows(stories: list[HeldOut], max_words: int = MAX_WORDS,
                 compress: bool = False) -> list[Row]:
    """ROUGE of the extractive engine and of each peer on the stories without facts, and the
    engine's disagreement recall and precision on those we labelled (`evals/heldout/`)."""
    rows = []
    for story in stories:
        files, reference = story.input_files, story.reference.read_text(encoding="utf-8")
        try:
            summary = summarize(files, settings=Settings(
                engine="extractive", max_words=max_words, compress=compress))
        except SummarizerError as err:
            rows.append(Row(story.name, HELD_OUT, "extractive", [], error=str(err),
                            words=max_words))
        else:
            rows.append(Row(story.name, HELD_OUT, "extractive",
                            rouge(text_of(summary), reference) + heldout_conflicts(story, summary),
                            words=max_words, articles=len(files)))
        articles = peers.article_sentences(files)
        rows += [Row(story.name, HELD_OUT, name, rouge(system(articles, max_words), reference),
                     words=max_words, articles=len(files))
                 for name, system in peers.SYSTEMS.items()]
    return rows


def invented_rows(stories: list[Invented], compress: bool = False) -> list[Row]:
    """The extractive engine's disagreement recall and precision on the invented stories."""
    rows = []
    for story in stories:
        try:
            summary = summarize(story.input_files, settings=Settings(
                engine="extractive", compress=compress))
        except SummarizerError as err:
            rows.append(Row(story.name, INVENTED, "extractive", [], error=str(err)))
            continue
        rows.append(Row(story.name, INVENTED, "extractive", heldout_conflicts(story, summary)))
    return rows
