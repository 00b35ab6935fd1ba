"""The Batch API's files (pure): the JSONL input files a round uploads, cut at the API's limits,
and the output and error files it reads back into answers and failures.

Each input line is one chat completion request whose `custom_id` is the request's digest
(the answer cache's key), so the answers go back to the stories that asked by that digest.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

from .transport import redact

log = logging.getLogger("summarizer")

ENDPOINT = "/v1/chat/completions"
MAX_REQUESTS = 50_000  # per batch, OpenAI's limit
MAX_BYTES = 190_000_000  # per input file; OpenAI's limit is 200 MB


def read_results(text: str, answers: dict[str, dict[str, Any]], failures: dict[str, str],
                 api_key: str | None = None) -> None:
    """Read a batch output or error file (JSONL) into answers and failures, by custom_id.

    An answer has the shape the engine caches: content, finish_reason, refusal, model, and
    the usage the endpoint reported. OpenAI sends `response.body` as an object; some servers
    (Llama Stack) send it as a JSON string. Both are read.
    """
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            digest = str(record["custom_id"])
        except (ValueError, KeyError, TypeError):
            log.warning("batch API: a result line that is not JSON with a custom_id was "
                        "skipped")
            continue
        response = record.get("response") or {}
        body = response.get("body")
        if isinstance(body, str):
            try:
                body = json.loads(body)
            except ValueError:
                body = None
        status = response.get("status_code")
        error = record.get("error")
        if not error and isinstance(body, dict):
            error = body.get("error")
        if status == 200 and isinstance(body, dict) and body.get("choices"):
            answers[digest] = _answer(body)
        elif digest not in answers:
            code = error.get("code") if isinstance(error, dict) else None
            if code in ("batch_expired", "batch_cancelled"):
                continue  # not an answer: asked again in the next round
            failures[digest] = _failure(error, status, api_key)


def _answer(body: dict[str, Any]) -> dict[str, Any]:
    """A chat completion's body as the engine caches an answer."""
    choice = body["choices"][0]
    message = choice.get("message") or {}
    usage = body.get("usage") or {}
    return {
        "content": message.get("content") or "", "refusal": message.get("refusal"),
        "finish_reason": choice.get("finish_reason"), "model": body.get("model"),
        "usage": {"prompt_tokens": int(usage.get("prompt_tokens") or 0),
                  "completion_tokens": int(usage.get("completion_tokens") or 0)}}


def _failure(error: Any, status: Any, api_key: str | None) -> str:
    """Why a request failed, in one redacted line of at most 300 characters."""
    if isinstance(error, dict):
        detail = str(error.get("message") or error.get("code") or error)
    else:
        detail = str(error or f"status {status}")
    return " ".join(redact(detail, api_key).split())[:300]


def input_files(requests: Mapping[str, dict[str, Any]]) -> list[bytes]:
    """The JSONL input files for `requests`, each within the API's count and size limits;
    in digest order, so that the same requests always make the same files."""
    files: list[bytes] = []
    lines: list[bytes] = []
    size = 0
    for digest, body in sorted(requests.items()):
        line = json.dumps({"custom_id": digest, "method": "POST", "url": ENDPOINT,
                           "body": body}, ensure_ascii=False).encode() + b"\n"
        if lines and (len(lines) >= MAX_REQUESTS or size + len(line) > MAX_BYTES):
            files.append(b"".join(lines))
            lines, size = [], 0
        lines.append(line)
        size += len(line)
    if lines:
        files.append(b"".join(lines))
    return files
