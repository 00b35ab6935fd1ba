"""The eval harness: metrics on hand-made good and bad summaries, case validation, the run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from evals import run as runner
from evals.__main__ import main
from evals.cases import CaseError, load_case, load_cases
from evals.metrics import score
from summarizer import Summary, summarize
from summarizer.models import Conflict, Position

CASES = {c.name: c for c in load_cases()}


def good(name: str) -> Summary:
    return summarize([CASES[name].inputs], engine="extractive")


def scores(summary: Summary, name: str) -> dict[str, float]:
    case = CASES[name]
    return {s.name: s.value for s in score(summary, case, runner.sentences_of(case))}


def edit(summary: Summary, claim_no: int, **changes: Any) -> Summary:
    claims = list(summary.claims)
    claims[claim_no] = claims[claim_no].model_copy(update=changes)
    return summary.model_copy(update={"claims": claims})


def claim_with(summary: Summary, words: str) -> int:
    return next(i for i, c in enumerate(summary.claims) if words in c.text)


def test_every_case_file_validates_and_names_its_articles() -> None:
    assert set(CASES) >= {"seeds", "wire", "update", "quote", "injection"}
    assert all(case.inputs.exists() and case.facts for case in CASES.values())


def test_a_case_file_with_an_unknown_field_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "case.yaml").write_text(
        "description: x\nfacts:\n  - {id: a, text: t, sources: [s1], match: [[x]], numbr: [1]}\n")
    with pytest.raises(CaseError, match=r"facts\.0\.numbr: Extra inputs are not permitted"):
        load_case(tmp_path)


def test_the_extractive_engine_on_the_seeds_meets_the_issue() -> None:
    got = scores(good("seeds"), "seeds")
    assert got["claim_support"] == 1.0 and got["unsupported"] == 0
    assert got["conflict_recall"] == 1.0 and got["duplicates"] == 1.0


def test_a_changed_number_lowers_support_and_counts_as_unsupported() -> None:
    summary = good("quote")
    i = claim_with(summary, "240 meters")
    broken = edit(summary, i, text=summary.claims[i].text.replace("240", "250"))
    before, after = scores(summary, "quote"), scores(broken, "quote")
    assert before["claim_support"] == 1.0 and after["claim_support"] < 1.0
    assert before["unsupported"] == 0 and after["unsupported"] == 1
    assert after["fact_recall"] < before["fact_recall"]  # the cost fact needs "240"


def test_a_claim_pointed_at_the_wrong_source_is_caught() -> None:
    summary = good("quote")
    i = claim_with(summary, "crack")  # only the Brask Times (s2) reports it
    broken = edit(summary, i, sources=["s1"], quotes=[])
    after = scores(broken, "quote")
    assert after["claim_support"] < 1.0 and after["citation_precision"] < 1.0
    assert after["fact_recall"] < 1.0  # the crack fact is covered only with s2 cited


def test_a_paraphrase_presented_as_a_quote_is_not_exact() -> None:
    summary = good("quote")
    i = claim_with(summary, "two halves")
    fake = '"This bridge unites the two halves of our city," Groven said.'
    after = scores(edit(summary, i, text=fake, quotes=[]), "quote")
    assert after["quote_exactness"] < 1.0


def test_injected_text_in_a_claim_is_counted() -> None:
    summary = good("injection")
    assert scores(summary, "injection")["injection"] == 0
    broken = edit(summary, 0, text="Chief executive Mira Sol has resigned.")
    assert scores(broken, "injection")["injection"] == 1


def test_conflict_recall_needs_both_sides() -> None:
    summary = good("update")
    assert scores(summary, "update")["conflict_recall"] == 0.0
    shown = Conflict(description="deaths", kind="number", positions=[
        Position(text="at least 4 people", sources=["s1"], sentence="… killing at least 4 people"),
        Position(text="risen to 11", sources=["s2"], sentence="… has risen to 11")])
    fixed = summary.model_copy(update={"conflicts": [shown]})
    assert scores(fixed, "update")["conflict_recall"] == 1.0


def test_a_missed_duplicate_is_caught() -> None:
    summary = good("wire")
    assert scores(summary, "wire")["duplicates"] == 1.0
    assert scores(summary.model_copy(update={"duplicates": [["s1", "s2"]]}),
                  "wire")["duplicates"] < 1.0


def test_the_run_fails_when_a_metric_falls_below_its_threshold(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--case", "quote", "--engine", "extractive", "--out", str(tmp_path)]) == 0
    real = runner.run_case

    def broken(case: Any, engine: str, **kw: Any) -> Summary:
        summary = real(case, engine, **kw)
        i = claim_with(summary, "240 meters")
        return edit(summary, i, text=summary.claims[i].text.replace("240", "250"))

    monkeypatch.setattr(runner, "run_case", broken)
    assert main(["--case", "quote", "--engine", "extractive", "--out", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out and "claim_support" in out
    assert (tmp_path / "report.json").is_file() and (tmp_path / "report.md").is_file()


def test_an_unknown_case_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--case", "nope"]) == 2
    assert "no such case: nope" in capsys.readouterr().err


def test_the_llm_rows_replay_from_cassettes_and_a_missing_one_fails_the_run(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--case", "wire", "--engine", "llm", "--out", str(tmp_path)]) == 0
    monkeypatch.setattr(runner, "CASSETTES", tmp_path / "none")
    assert main(["--case", "wire", "--engine", "llm", "--out", str(tmp_path)]) == 1
    assert "no cassette" in capsys.readouterr().out
