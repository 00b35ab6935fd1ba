"""summarize --batch --batch-api: the llm requests of many stories through the OpenAI Batch
API, in rounds, resumable. Faults come from a scripted fake (tests/fake_batch_api.py); the
real server's traffic is replayed in test_batch_api_recorded.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import httpx2
import pytest
from conftest import DATA, SEEDS
from fake_batch_api import FakeBatchAPI, completion, first_evidence
from fake_openai import ScriptedEndpoint
from test_cli import run

from summarizer import Settings, pricing, summarize
from summarizer.batch import STATE_FILE, summarize_batch
from summarizer.errors import EndpointError


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    root = tmp_path / "stories"
    shutil.copytree(DATA / "harbor", root / "harbor")
    shutil.copytree(DATA / "figures", root / "figures")
    return root


def llm(**overrides: Any) -> Settings:
    values: dict[str, Any] = {"engine": "llm", "api_key": "sk-test-batch-secret-0123456789",
                              "model": "gpt-4.1-mini", "batch_poll": 0.0, "max_retries": 0}
    return Settings(**{**values, **overrides})


def claims(path: Path) -> list[dict[str, Any]]:
    return [{k: c[k] for k in ("text", "sources", "evidence", "status")}
            for c in json.loads(path.read_text(encoding="utf-8"))["claims"]]


def test_batch_api_summaries_equal_one_by_one_requests_at_half_the_price(
        stories: Path, tmp_path: Path) -> None:
    fake = FakeBatchAPI(polls=3)
    report = summarize_batch(stories, tmp_path / "out", settings=llm(), batch_api=True,
                             client=fake.client())
    assert [s.status for s in report.stories] == ["done", "done"]
    assert fake.created == 1 and len(fake.requests) == 2  # one round, both stories in it
    state = json.loads((tmp_path / "out" / STATE_FILE).read_text(encoding="utf-8"))
    assert "batches_in_flight" not in state
    # the same answers one request at a time give the same claims, at twice the cost
    endpoint = ScriptedEndpoint(default=lambda request: httpx2.Response(
        200, json=first_evidence(json.loads(request.content))))
    price = pricing.price("gpt-4.1-mini", None, None)
    for story in report.stories:
        one = summarize([stories / story.story], settings=llm(no_cache=True),
                        client=endpoint.client())
        assert claims(Path(str(story.output))) == [
            {k: c[k] for k in ("text", "sources", "evidence", "status")}
            for c in json.loads(one.model_dump_json())["claims"]]
        assert story.llm_calls == one.usage.llm_calls == 1
        assert story.cost_usd == pytest.approx(one.usage.cost_usd / 2)
        assert one.usage.cost_usd == pytest.approx(price.cost(100, 20), abs=1e-6)
        assert all(c["status"] == "verified" for c in claims(Path(str(story.output))))


def test_a_reask_is_a_second_round(stories: Path, tmp_path: Path) -> None:
    def unsupported_first(body: dict[str, Any]) -> dict[str, Any]:
        if len(body["messages"]) == 2:  # the first ask: a claim its evidence does not carry
            return completion({"claims": [{"text": "Officials said 9,999 boats sank.",
                                           "evidence": ["e1"]}], "conflicts": []})
        return first_evidence({"messages": body["messages"][:2]})  # the re-ask: fixed

    fake = FakeBatchAPI(unsupported_first)
    report = summarize_batch(stories, tmp_path / "out", settings=llm(), batch_api=True,
                             client=fake.client())
    assert [s.status for s in report.stories] == ["done", "done"]
    assert fake.created == 2 and len(fake.requests) == 4
    assert "9,999" in fake.requests[2]["messages"][-1]["content"]  # the re-ask says why
    for story in report.stories:
        assert story.llm_calls == 2
        assert all(c["status"] == "verified" for c in claims(Path(str(story.output))))


def test_an_interrupted_run_resumes_the_batch_in_flight_instead_of_paying_twice(
        stories: Path, tmp_path: Path) -> None:
    fake = FakeBatchAPI(polls=2)
    fake.fail_polls = 1
    with pytest.raises(EndpointError, match=r"answered 503 to poll a batch.*run the batch again to resume"):
        summarize_batch(stories, tmp_path / "out", settings=llm(), batch_api=True,
                        client=fake.client())
    state = json.loads((tmp_path / "out" / STATE_FILE).read_text(encoding="utf-8"))
    assert state["batches_in_flight"] == ["batch_1"]
    report = summarize_batch(stories, tmp_path / "out", settings=llm(), batch_api=True,
                             client=fake.client())
    assert [s.status for s in report.stories] == ["done", "done"]
    assert fake.created == 1  # polled, not submitted again
    state = json.loads((tmp_path / "out" / STATE_FILE).read_text(encoding="utf-8"))
    assert "batches_in_flight" not in state
    # and the answers are in the cache: a plain rerun (no Batch API) sends nothing
    (tmp_path / "out2").mkdir()
    again = summarize_batch(stories, tmp_path / "out2", settings=llm(),
                            client=ScriptedEndpoint().client())
    assert [s.status for s in again.stories] == ["done", "done"]


def test_an_expired_batch_sends_what_it_left_unanswered_in_the_next_round(
        stories: Path, tmp_path: Path) -> None:
    fake = FakeBatchAPI()
    fake.expire_next = 1
    report = summarize_batch(stories, tmp_path / "out", settings=llm(), batch_api=True,
                             client=fake.client())
    assert [s.status for s in report.stories] == ["done", "done"]
    assert fake.created == 2 and len(fake.requests) == 3  # 2, then the 1 that expired


def test_a_batch_that_fails_as_a_whole_stops_the_run_and_a_rerun_submits_again(
        stories: Path, tmp_path: Path) -> None:
    fake = FakeBatchAPI()
    fake.reject_next = 1
    with pytest.raises(EndpointError, match=r"batch_1 ended without answering any request "
                       r"\(batch_1 failed: scripted: model not found\); run the batch again"):
        summarize_batch(stories, tmp_path / "out", settings=llm(), batch_api=True,
                        client=fake.client())
    state = json.loads((tmp_path / "out" / STATE_FILE).read_text(encoding="utf-8"))
    assert "batches_in_flight" not in state  # not polled again: it has ended
    report = summarize_batch(stories, tmp_path / "out", settings=llm(), batch_api=True,
                             client=fake.client())
    assert [s.status for s in report.stories] == ["done", "done"] and fake.created == 2


def test_a_request_the_batch_refuses_fails_its_story_only(stories: Path, tmp_path: Path
                                                          ) -> None:
    fake = FakeBatchAPI()
    fake.refuse = lambda body: ("Invalid response_format: json_schema is not supported"
                                if "Harbor Bridge" in json.dumps(body) else None)
    report = summarize_batch(stories, tmp_path / "out", settings=llm(), batch_api=True,
                             client=fake.client())
    by_name = {s.story: s for s in report.stories}
    assert by_name["figures"].status == "done"
    assert by_name["harbor"].status == "failed"
    assert "the batch did not answer a request (Invalid response_format" in str(
        by_name["harbor"].error)
    assert "SUMMARIZER_RESPONSE_FORMAT=json_object" in str(by_name["harbor"].error)


def test_an_endpoint_without_the_batch_api_is_one_clear_error(stories: Path, tmp_path: Path
                                                               ) -> None:
    fake = FakeBatchAPI()
    fake.no_batch_api = True
    with pytest.raises(EndpointError) as caught:
        summarize_batch(stories, tmp_path / "out", settings=llm(), batch_api=True,
                        client=fake.client())
    message = str(caught.value)
    assert "answered 404 to upload the batch input file" in message
    assert "no Batch API" in message and "without `batch_api`" in message
    assert "sk-test" not in message


def test_batch_api_needs_batch_and_the_llm_engine(stories: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(SEEDS), "--batch-api")
    assert code == 2 and "go with --batch DIR" in err
    code, _, err = run(capsys, "--batch", str(stories), "--batch-api", "--engine", "extractive")
    assert code != 0 and "--batch-api sends llm requests" in err and "Traceback" not in err
