"""The llm engine against REAL model output: cassettes recorded from a real
OpenAI-compatible server (llama-cpp-python's, serving Gemma 3 270M from PyPI; see
tests/cassettes/endpoint.json), replayed with the network blocked.

The tiny model writes poor summaries. That is the point: these tests show the verifier and
the typed errors catching what a real model gets wrong. Re-record: README, "Recording
cassettes" (any endpoint, OpenAI included).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA, SEEDS

from summarizer import ModelOutputError, Settings, Summary, UnverifiedError, summarize
from summarizer.verify import check_claim

CASSETTES = Path(__file__).resolve().parent / "cassettes"
ENDPOINT_FILE = CASSETTES / "endpoint.json"
# read at import time, before the autouse fixture clears SUMMARIZER_* from the environment
RECORD = {name: os.environ.get(f"SUMMARIZER_RECORD_{name.upper()}")
          for name in ("base_url", "model", "response_format", "api_key")}


def recorded_endpoint(file: Path, record_mode: str) -> dict[str, str]:
    """Where the cassettes were recorded (`file`); when recording, where to record, which
    `file` then keeps."""
    if record_mode == "none":
        return {**json.loads(file.read_text(encoding="utf-8")), "api_key": "replay"}
    if not (RECORD["base_url"] and RECORD["model"]):
        pytest.fail("recording needs SUMMARIZER_RECORD_BASE_URL and SUMMARIZER_RECORD_MODEL")
    where = {"base_url": RECORD["base_url"], "model": RECORD["model"],
             "response_format": RECORD["response_format"] or "json_schema"}
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(json.dumps(where, indent=2) + "\n", encoding="utf-8")
    return {**where, "api_key": RECORD["api_key"] or "no-key"}


@pytest.fixture
def endpoint(record_mode: str) -> dict[str, str]:
    return recorded_endpoint(ENDPOINT_FILE, record_mode)


def llm(endpoint: dict[str, str], **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "engine": "llm", "base_url": endpoint["base_url"], "model": endpoint["model"],
        "api_key": endpoint["api_key"], "response_format": endpoint["response_format"],
        "max_retries": 0, "timeout": 900.0, "max_output_tokens": 1000}
    values.update(overrides)
    return Settings(**values)


def assert_statuses_are_the_verifiers(summary: Summary, evidence: dict[str, list[str]]) -> None:
    for claim in summary.claims:
        problems = check_claim(claim.text, [t for e in claim.evidence for t in evidence[e]])
        assert claim.status == ("unverified" if claim.problems else "verified")
        assert set(problems) <= set(claim.problems)


def evidence_of(inputs: list[Path]) -> dict[str, list[str]]:
    from summarizer.ingest import read_inputs
    from summarizer.pipeline import prepare

    corpus = prepare(read_inputs(inputs, warn=lambda m: None, max_bytes=10**8), lambda m: None)
    return {u.id: [m.text for m in u.mentions] for u in corpus.units}


@pytest.mark.vcr
def test_seeds_summarised_through_a_real_server(endpoint: dict[str, str]) -> None:
    summary = summarize([SEEDS], settings=llm(endpoint))
    assert summary.engine == "llm" and summary.model == endpoint["model"]
    assert summary.claims and all(c.status in ("verified", "unverified") for c in summary.claims)
    usage = summary.usage
    assert usage.llm_calls >= 1 and usage.attempts >= usage.llm_calls
    assert usage.prompt_tokens > usage.evidence_tokens > 0 and usage.completion_tokens > 0
    assert_statuses_are_the_verifiers(summary, evidence_of([SEEDS]))
    # every cited id was mapped to every source carrying that evidence
    for claim in summary.claims:
        assert claim.sources and {q.source for q in claim.quotes} == set(claim.sources)
    # the syndicated copy (s5 of s1) and the three-vs-four-years conflict come through
    assert summary.duplicates == [["s1", "s5"]]
    assert any("three years" in p.text for c in summary.conflicts for p in c.positions)


@pytest.mark.vcr
def test_map_reduce_on_a_small_context_and_the_mistakes_it_catches(
        endpoint: dict[str, str]) -> None:
    """The seeds in a 4096-token context: groups mapped, then merged, ids kept throughout."""
    settings = llm(endpoint, context_tokens=4096, max_output_tokens=800)
    summary = summarize([SEEDS], settings=settings)
    assert summary.usage.llm_calls >= 3  # at least two groups and a merge
    assert_statuses_are_the_verifiers(summary, evidence_of([SEEDS]))
    if endpoint["model"] == "gemma-3-270m":  # what this recording is known to hold
        assert any(c.status == "unverified" for c in summary.claims)
    try:
        strict = summarize([SEEDS], settings=settings.with_overrides(strict=True))
    except UnverifiedError as err:  # nothing verified: --strict says so rather than print nothing
        assert err.dropped == len(summary.claims)
        assert all(c.status == "unverified" for c in summary.claims)
        strict = summarize([SEEDS], settings=settings)
    else:
        assert [c.text for c in strict.claims] == [c.text for c in summary.claims
                                                   if c.status == "verified"]
    # the rerun was free: every answer, cut-off ones included, came from the cache
    assert strict.usage.cached_calls == summary.usage.llm_calls
    assert strict.usage.llm_calls == 0 and strict.usage.cost_usd == 0


@pytest.mark.vcr
def test_a_real_answer_cut_off_at_the_limit_is_a_typed_error(endpoint: dict[str, str]) -> None:
    with pytest.raises(ModelOutputError, match="cut off at 24 tokens") as err:
        summarize([DATA / "figures"], settings=llm(endpoint, max_output_tokens=24))
    assert err.value.reason == "length"


@pytest.mark.vcr
def test_a_server_without_json_schema_support_gets_the_schema_as_json_object(
        endpoint: dict[str, str]) -> None:
    """The defaults (strict json_schema) against llama-cpp-python: its 500, then the same
    request with the schema as json_object, and every later request in that form."""
    if endpoint["response_format"] == "json_schema":
        pytest.skip("the cassettes were recorded from a server that takes json_schema")
    summary = summarize([DATA / "figures"], settings=llm(endpoint, response_format="json_schema"))
    assert summary.engine == "llm" and summary.claims
    assert summary.usage.attempts == summary.usage.llm_calls + 1  # the rejected request


def test_cassettes_hold_no_secret() -> None:
    cassettes = sorted([*CASSETTES.rglob("*.yaml"),
                        *(CASSETTES.parent.parent / "evals" / "cassettes").glob("*.yaml")])
    assert cassettes, "no cassettes recorded"
    secret = re.compile(r"^\s*(authorization|api-key|openai-organization|openai-project|"
                        r"(set-)?cookie)\s*:|Bearer\s+\S{6}|\bsk-[A-Za-z0-9_-]{8}", re.I | re.M)
    for path in cassettes:
        found = secret.search(path.read_text(encoding="utf-8"))
        assert found is None, f"{path.name}: {found.group(0) if found else ''}"


@pytest.mark.vcr("test_seeds_summarised_through_a_real_server.yaml", allow_playback_repeats=True)
def test_an_async_client_gets_the_same_real_answers(endpoint: dict[str, str]) -> None:
    """`summarize_async` with the caller's `openai.AsyncOpenAI`: the engine's requests run on
    the caller's loop, through that client, and come back as the sync client's do."""
    import asyncio

    import openai

    from summarizer import summarize_async

    settings = llm(endpoint, no_cache=True)

    async def run() -> Summary:
        async with openai.AsyncOpenAI(api_key=endpoint["api_key"], base_url=endpoint["base_url"],
                                      max_retries=0, timeout=900.0) as client:
            return await summarize_async([SEEDS], settings=settings, client=client)

    got = asyncio.run(run())
    assert got.usage.llm_calls >= 1 and got.usage.cached_calls == 0
    assert got == summarize([SEEDS], settings=settings)


@pytest.mark.vcr
def test_the_judge_through_a_real_server(endpoint: dict[str, str]) -> None:
    # the extractive engine's claims are verbatim sentences; the tiny model judges each one
    summary = summarize([DATA / "figures"],
                        settings=llm(endpoint, engine="extractive", judge=True, concurrency=1))
    assert summary.engine == "extractive" and summary.claims
    assert summary.usage.llm_calls == len(summary.claims)  # one short call per claim
    for claim in summary.claims:  # its answer is schema-bound, so every claim gets a verdict
        assert claim.decided_by == "judge"
        said_no = claim.status == "unverified"
        assert said_no == any(p.startswith("the judge") for p in claim.problems)


README_BLOCKS = re.findall(r"```python\n(.*?)```",
                           (SEEDS.parent / "README.md").read_text(encoding="utf-8"), re.DOTALL)


@pytest.mark.vcr
def test_the_readmes_example_that_needs_a_key_runs_against_a_real_server(
        endpoint: dict[str, str], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # the README block as written; only its openai client is pointed at the recorded server
    [code] = [b for b in README_BLOCKS if "needs OPENAI_API_KEY" in b and "summarize(" in b]
    monkeypatch.setenv("OPENAI_BASE_URL", endpoint["base_url"])
    monkeypatch.chdir(SEEDS.parent)
    exec(compile(code, "README.md", "exec"), {"__name__": "readme_example"})
    out = capsys.readouterr().out
    assert out.startswith("dry run: nothing was sent")  # the estimate's report first
    assert "llm_calls=" in out.splitlines()[-1]  # then the run's usage, or the error's
