"""The Batch API's files: input files within the API's limits, result files in both shapes
servers send."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fake_batch_api import completion

from summarizer.batch_files import input_files, read_results


def test_results_are_read_in_both_shapes_servers_send() -> None:
    body = completion({"claims": [], "conflicts": []}, prompt_tokens=7, completion_tokens=3)
    lines = [
        {"custom_id": "a", "response": {"status_code": 200, "body": body}},  # OpenAI
        {"custom_id": "b", "response": {"status_code": 200, "body": json.dumps(body)}},  # Llama Stack
        {"custom_id": "c", "response": {"status_code": 429, "body": {
            "error": {"message": "Rate limit reached for sk-abcdefgh12345"}}}},
        {"custom_id": "d", "error": {"code": "batch_expired", "message": "expired"}},
    ]
    answers: dict[str, dict[str, Any]] = {}
    failures: dict[str, str] = {}
    read_results("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", answers, failures)
    assert answers["a"] == answers["b"]
    assert answers["a"]["usage"] == {"prompt_tokens": 7, "completion_tokens": 3}
    assert failures == {"c": "Rate limit reached for ***"}  # d is asked again, not failed


def test_input_files_keep_within_the_api_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.batch_files as batch_files

    monkeypatch.setattr(batch_files, "MAX_REQUESTS", 2)
    requests = {f"{n:02d}": {"model": "m", "n": n} for n in range(5)}
    files = input_files(requests)
    assert [len(f.splitlines()) for f in files] == [2, 2, 1]
    assert [json.loads(x)["custom_id"] for f in files for x in f.splitlines()] == sorted(requests)
    monkeypatch.setattr(batch_files, "MAX_BYTES", 1)  # every line alone, none dropped
    assert len(input_files(requests)) == 5
