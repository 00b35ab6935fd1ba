"""--batch-api against a REAL Batch API server: cassettes recorded from Llama Stack's reference
Batch API (scripts/llama-stack-batch.yaml) in front of llama-cpp-python serving Gemma 3 270M
from PyPI (see tests/cassettes/batch_api_endpoint.json), replayed with the network blocked.
Re-record: `scripts/record-cassettes --batch-api` (README, "Recording cassettes").

What the recording shows: the upload, creation, polling and download of real batches, the
result file in that server's own shape, and a second round for the re-ask. Llama Stack does
not pass the JSON schema on to llama.cpp, so the tiny model answers without a grammar and
its answers are poor; the typed errors for them come from reading those real answers.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA
from test_llm_recorded import CASSETTES, llm, recorded_endpoint

from summarizer.batch import STATE_FILE, summarize_batch

ENDPOINT_FILE = CASSETTES / "batch_api_endpoint.json"
# what reading a poor but real answer can say; never "the batch did not answer"
MODEL_ERRORS = ("cut off at", "did not answer with the required JSON", "empty message",
                "refused")


@pytest.fixture
def endpoint(record_mode: str) -> dict[str, str]:
    return recorded_endpoint(ENDPOINT_FILE, record_mode)


@pytest.mark.vcr
def test_two_stories_through_a_real_batch_api_in_rounds(
        endpoint: dict[str, str], record_mode: str, tmp_path: Path, vcr: Any) -> None:
    root = tmp_path / "stories"
    shutil.copytree(DATA / "harbor", root / "harbor")
    shutil.copytree(DATA / "figures", root / "figures")
    settings = llm(endpoint, batch_poll=0.0 if record_mode == "none" else 2.0,
                   cache_dir=str(tmp_path / "cache"))
    report = summarize_batch(root, tmp_path / "out", settings=settings, batch_api=True)

    assert [s.story for s in report.stories] == ["figures", "harbor"]
    for story in report.stories:
        if story.status == "done":
            assert Path(str(story.output)).exists() and story.llm_calls >= 1
        else:
            assert story.status == "failed" and any(e in str(story.error)
                                                     for e in MODEL_ERRORS), story.error
    state = json.loads((tmp_path / "out" / STATE_FILE).read_text(encoding="utf-8"))
    assert "batches_in_flight" not in state
    sent = [(r.method, r.path) for r in vcr.requests]
    created = sent.count(("POST", "/v1/batches"))
    assert created >= 1 and sent.count(("POST", "/v1/files")) == created
    # the first round's file holds both stories' first asks, for the recorded model
    upload = bytes(vcr.requests[0].body)
    assert sent[0] == ("POST", "/v1/files") and upload.count(b'"custom_id"') == 2
    assert f'"model": "{endpoint["model"]}"'.encode() in upload
