"""A SCRIPTED FAKE of the OpenAI Batch API (/v1/files, /v1/batches), for fault injection only.

Nothing here is a recording: each chat completion in a batch is answered by a function the
test gives, and the faults (a batch that expires, a request the batch refuses, a server
without the Batch API, a poll that fails) are switched on by the test. It runs inside a real
`openai.OpenAI` client (httpx2.MockTransport), so the SDK's own multipart upload, parsing and
errors run as they do against a server. The real server's traffic is in
tests/cassettes/test_batch_api_recorded/.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import httpx2
import openai

Answer = Callable[[dict[str, Any]], dict[str, Any]]  # request body -> completion body


def completion(content: dict[str, Any], *, prompt_tokens: int = 100,
               completion_tokens: int = 20) -> dict[str, Any]:
    return {"id": "chatcmpl-scripted", "object": "chat.completion", "created": 0,
            "model": "scripted", "choices": [{"index": 0, "finish_reason": "stop", "message": {
                "role": "assistant", "content": json.dumps(content), "refusal": None}}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens}}


def first_evidence(body: dict[str, Any]) -> dict[str, Any]:
    """A valid answer: one claim, the first evidence sentence shown, citing it."""
    found = re.search(r"^\[(e\d+)\] \(\d+ sources?\) (.+)$", body["messages"][-1]["content"],
                      re.MULTILINE)
    assert found, "no evidence in the prompt"
    return completion({"claims": [{"text": found.group(2), "evidence": [found.group(1)]}],
                       "conflicts": []})


class FakeBatchAPI:
    """Files and batches kept in memory; a batch completes after `polls` looks at it."""

    def __init__(self, answer: Answer = first_evidence, *, polls: int = 1) -> None:
        self.answer = answer
        self.polls = polls
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.looks: dict[str, int] = {}
        self.requests: list[dict[str, Any]] = []  # every chat completion body batched
        self.expire_next = 0  # batches to expire (answering only their first request)
        self.reject_next = 0  # batches to fail validation (answering nothing)
        self.refuse: Callable[[dict[str, Any]], str | None] = lambda body: None
        self.no_batch_api = False
        self.fail_polls = 0  # polls to answer with a 503

    @property
    def created(self) -> int:
        return len(self.batches)

    def client(self) -> openai.OpenAI:
        return openai.OpenAI(
            api_key="sk-test-batch-secret-0123456789", base_url="http://scripted.invalid/v1",
            max_retries=0, timeout=5.0,
            http_client=httpx2.Client(transport=httpx2.MockTransport(self._handle)))

    def async_client(self) -> openai.AsyncOpenAI:
        """The same fake behind an `openai.AsyncOpenAI`, for the async API."""
        return openai.AsyncOpenAI(
            api_key="sk-test-batch-secret-0123456789", base_url="http://scripted.invalid/v1",
            max_retries=0, timeout=5.0,
            http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(self._handle)))

    def _handle(self, request: httpx2.Request) -> httpx2.Response:
        path = request.url.path.removeprefix("/v1")
        if self.no_batch_api:
            return httpx2.Response(404, json={"error": {"message": f"no route {path}"}})
        if request.method == "POST" and path == "/files":
            return self._upload(request)
        if request.method == "POST" and path == "/batches":
            return self._create(json.loads(request.content))
        if match := re.fullmatch(r"/batches/([\w-]+)", path):
            return self._poll(match.group(1))
        if match := re.fullmatch(r"/files/([\w-]+)/content", path):
            return httpx2.Response(200, content=self.files[match.group(1)])
        return httpx2.Response(404, json={"error": {"message": f"no route {path}"}})

    def _upload(self, request: httpx2.Request) -> httpx2.Response:
        content = request.read()
        start = content.index(b"\r\n\r\n", content.index(b'name="file"')) + 4
        boundary = content[:content.index(b"\r\n")]
        data = content[start:content.index(b"\r\n" + boundary, start)]
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = data
        return httpx2.Response(200, json={"id": file_id, "object": "file", "bytes": len(data),
                                           "created_at": 0, "filename": "input.jsonl",
                                           "purpose": "batch"})

    def _create(self, body: dict[str, Any]) -> httpx2.Response:
        batch_id = f"batch_{len(self.batches) + 1}"
        lines = [json.loads(x) for x in self.files[body["input_file_id"]].splitlines()]
        expire = self.expire_next > 0
        self.expire_next -= 1
        output, errors = [], []
        for n, line in enumerate(lines):
            self.requests.append(line["body"])
            if expire and n > 0:
                errors.append({"id": f"r{n}", "custom_id": line["custom_id"], "response": None,
                               "error": {"code": "batch_expired",
                                         "message": "This request could not be executed "
                                                    "before the completion window expired."}})
            elif reason := self.refuse(line["body"]):
                errors.append({"id": f"r{n}", "custom_id": line["custom_id"], "response": {
                    "status_code": 400, "body": {"error": {"message": reason}}}, "error": None})
            else:
                output.append({"id": f"r{n}", "custom_id": line["custom_id"], "response": {
                    "status_code": 200, "body": self.answer(line["body"])}, "error": None})
        out_id, err_id = f"{batch_id}-out", f"{batch_id}-err"
        self.files[out_id] = "".join(json.dumps(x) + "\n" for x in output).encode()
        self.files[err_id] = "".join(json.dumps(x) + "\n" for x in errors).encode()
        self.batches[batch_id] = {
            "id": batch_id, "object": "batch", "endpoint": body["endpoint"],
            "input_file_id": body["input_file_id"], "completion_window": "24h",
            "created_at": 0, "status": "validating", "output_file_id": None,
            "error_file_id": None, "final": "expired" if expire else "completed",
            "files": (out_id if output else None, err_id if errors else None),
            "request_counts": {"total": len(lines), "completed": 0, "failed": 0}}
        if self.reject_next > 0:
            self.reject_next -= 1
            self.batches[batch_id].update(final="failed", files=(None, None), errors={
                "object": "list", "data": [{"code": "invalid_request", "line": 1,
                                            "message": "scripted: model not found"}]})
        self.looks[batch_id] = 0
        return httpx2.Response(200, json=self._public(batch_id))

    def _poll(self, batch_id: str) -> httpx2.Response:
        if self.fail_polls > 0:
            self.fail_polls -= 1
            return httpx2.Response(503, json={"error": {"message": "scripted outage"}})
        batch = self.batches[batch_id]
        self.looks[batch_id] += 1
        if self.looks[batch_id] >= self.polls:
            batch["status"] = batch["final"]
            batch["output_file_id"], batch["error_file_id"] = batch["files"]
            counts = batch["request_counts"]
            counts["completed"] = counts["total"]
        else:
            batch["status"] = "in_progress"
        return httpx2.Response(200, json=self._public(batch_id))

    def _public(self, batch_id: str) -> dict[str, Any]:
        return {k: v for k, v in self.batches[batch_id].items() if k not in ("final", "files")}
