"""A SCRIPTED FAKE OpenAI-compatible endpoint, for fault injection only.

Nothing here is a recording: the answers are written in the tests to provoke one failure
each (429, 500, timeout, malformed JSON, refusal, truncation, a wrong number). The fake is
an httpx2.MockTransport inside a real `openai.OpenAI` client, so the SDK's own retries,
timeouts and parsing run as they do against a server. Real model output lives in the
cassettes under tests/cassettes/, recorded from a real server.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx2
import openai

Step = Callable[[httpx2.Request], httpx2.Response]
SECRET_KEY = "sk-test-scripted-secret-0123456789"


def completion(content: str | dict[str, Any], *, finish_reason: str = "stop",
               refusal: str | None = None, prompt_tokens: int = 100,
               completion_tokens: int = 20) -> Step:
    """A 200 chat completion whose message content is `content` (a dict is sent as JSON)."""
    text = content if isinstance(content, str) else json.dumps(content)

    def step(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, json={
            "id": "chatcmpl-scripted", "object": "chat.completion", "created": 0,
            "model": json.loads(request.content)["model"],
            "choices": [{"index": 0, "finish_reason": finish_reason, "message": {
                "role": "assistant", "content": None if refusal else text,
                "refusal": refusal}}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens}})

    return step


def status(code: int, message: str = "scripted failure") -> Step:
    """An error response; retry-after-ms keeps the SDK's backoff short in tests."""
    def step(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(code, headers={"retry-after-ms": "1"},
                               json={"error": {"message": message, "type": "scripted"}})

    return step


def timeout() -> Step:
    def step(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ReadTimeout("scripted timeout", request=request)

    return step


class ScriptedEndpoint:
    """Answers each request with the next step; records every request body it saw."""

    def __init__(self, *steps: Step, default: Step | None = None) -> None:
        self.steps = list(steps)
        self.default = default
        self.requests: list[dict[str, Any]] = []

    def _handle(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(json.loads(request.content))
        if self.steps:
            return self.steps.pop(0)(request)
        if self.default is not None:
            return self.default(request)
        raise AssertionError("the scripted endpoint got more requests than its script has")

    def client(self, *, max_retries: int = 2, timeout: float = 5.0) -> openai.OpenAI:
        return openai.OpenAI(
            api_key=SECRET_KEY, base_url="http://scripted.invalid/v1", max_retries=max_retries,
            timeout=timeout, http_client=httpx2.Client(transport=httpx2.MockTransport(self._handle)))


def user_message(body: dict[str, Any]) -> str:
    return str(body["messages"][-1]["content"])
