"""Submission through the OpenAI Batch API, for very large jobs at half the price.

    summarize --batch stories/ --batch-api        (llm engine; OpenAI or any server with
                                                    /v1/files and /v1/batches)

The llm engine asks in rounds (map calls, then merges, then at most one re-ask), and a batch
only answers after it has finished. So the stories run in rounds too, each in a thread of
its own (`summarizer.batch` drives them):

    1. every story runs `summarize()` with a `BatchTransport`: the requests it has no answer
       for go into the shared `Outbox` (keyed by the same digest as the answer cache), and
       the story waits there
    2. once every running story waits, the outbox is uploaded as one JSONL file (split at
       the API's limits), a batch is created for it and polled until it ends; its output
       and error files are read back (`batch_files` writes and reads them)
    3. the answers go into the outbox, the waiting stories go on, and step 2 comes again; a
       story that needs nothing more is finished

Every round answers or fails some requests (a failed one ends its story with the server's
message), or the run stops with an error naming the batches, so the rounds end. The ids of
batches in flight are kept in the batch state file: an interrupted run resumes by polling
them, not by paying for them twice.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .batch_files import ENDPOINT, input_files, read_results
from .errors import EndpointError, SummarizerError
from .transport import Request, Result, cancel_event, redact, rejects_format, sdk_call

log = logging.getLogger("summarizer")

COMPLETION_WINDOW = "24h"
BATCH_DISCOUNT = 0.5  # OpenAI bills Batch API tokens at half the synchronous price
TERMINAL = {"completed", "failed", "expired", "cancelled"}


class Outbox:
    """Requests waiting for a batch, and the answers batches gave; shared by every story of a
    run (identical requests are sent once). Story threads wait in it; the driver fills it."""

    def __init__(self) -> None:
        self.requests: dict[str, dict[str, Any]] = {}
        self.answers: dict[str, dict[str, Any]] = {}
        self.failures: dict[str, str] = {}
        self._changed = threading.Condition()
        self._running = 0  # stories started and not finished
        self._waits: list[frozenset[str]] = []  # what each waiting story waits for
        self._stopped: EndpointError | None = None

    def wait_for(self, wanted: Mapping[str, dict[str, Any]]) -> None:
        """Queue the requests (digest -> body) no batch has answered yet, and wait until
        every one of them is answered or failed (queued ones stay queued until then)."""
        with self._changed:
            for digest, params in wanted.items():
                if digest not in self.answers and digest not in self.failures:
                    self.requests.setdefault(digest, params)
            wait = frozenset(wanted)
            self._waits.append(wait)
            self._changed.notify_all()
            try:
                while not self._answered(wait):
                    if self._stopped is not None:
                        raise self._stopped
                    self._changed.wait()
            finally:
                self._waits.remove(wait)

    def _answered(self, wait: frozenset[str]) -> bool:
        return all(d in self.answers or d in self.failures for d in wait)

    def started(self, stories: int) -> None:
        with self._changed:
            self._running += stories

    def finished(self) -> None:
        with self._changed:
            self._running -= 1
            self._changed.notify_all()

    @property
    def running(self) -> int:
        """Stories started and not finished."""
        return self._running

    def settle(self) -> None:
        """Wait until every running story waits for an answer no batch has given yet (a
        story whose answers came but which has not woken up yet is still running)."""
        with self._changed:
            while sum(not self._answered(w) for w in self._waits) < self._running:
                self._changed.wait()

    def take(self) -> dict[str, dict[str, Any]]:
        """The requests waiting for an answer: new ones, and those a batch that expired or
        was cancelled left unanswered."""
        with self._changed:
            self.requests = {d: p for d, p in self.requests.items()
                             if d not in self.answers and d not in self.failures}
            return dict(self.requests)

    def fill(self, answers: Mapping[str, dict[str, Any]], failures: Mapping[str, str]) -> None:
        with self._changed:
            self.answers.update(answers)
            self.failures.update(failures)
            self._changed.notify_all()

    def stop(self, error: EndpointError) -> None:
        """End the run: every waiting story raises `error`."""
        with self._changed:
            self._stopped = error
            self._changed.notify_all()


class BatchTransport:
    """A transport (summarizer.transport) whose requests wait for a round of batches."""

    price_scale = BATCH_DISCOUNT

    def __init__(self, outbox: Outbox, endpoint: str) -> None:
        self.outbox = outbox
        self.endpoint = endpoint  # for messages: no credentials in it

    def complete_all(self, requests: Sequence[Request]) -> list[Result]:
        self.outbox.wait_for({r.key: r.params for r in requests})
        return [self._answer(r.key) for r in requests]

    def _answer(self, digest: str) -> Result:
        if digest in self.outbox.answers:
            return {**self.outbox.answers[digest], "attempts": 1}
        failure = self.outbox.failures[digest]
        hint = ("; set SUMMARIZER_RESPONSE_FORMAT=json_object" if rejects_format(failure)
                else "; run the batch again to retry it")
        return EndpointError(f"{self.endpoint}: the batch did not answer a request ({failure})"
                             + hint)

    def close(self) -> None:
        pass


@dataclass
class Round:
    """What one round of batches gave: answers and failed requests by digest, and why a
    batch ended with nothing (a batch that failed validation, say)."""

    answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


class BatchAPI:
    """Upload, create, poll and collect, through an `openai.OpenAI` client."""

    def __init__(self, client: Any, *, endpoint: str, api_key: str | None, poll: float
                 ) -> None:
        self.client = client
        self.endpoint = endpoint  # for messages: no credentials in it
        self.api_key = api_key
        self.poll = poll
        self._cancel = cancel_event.get()  # set when an async caller's task is cancelled

    def submit(self, requests: Mapping[str, dict[str, Any]]) -> list[str]:
        """Create the batches for `requests` (digest -> chat completion body); their ids."""
        self._go_on()
        ids = []
        for n, chunk in enumerate(input_files(requests), 1):
            upload = self._call("upload the batch input file", self.client.files.create,
                                file=(f"summarizer-requests-{n}.jsonl", chunk),
                                purpose="batch")
            batch = self._call("create a batch", self.client.batches.create,
                               input_file_id=upload.id, endpoint=ENDPOINT,
                               completion_window=COMPLETION_WINDOW,
                               metadata={"created_by": "summarizer"})
            ids.append(str(batch.id))
        return ids

    def collect(self, batch_ids: list[str], on_status: Callable[[Any], None] | None = None
                ) -> Round:
        """Wait for every batch in `batch_ids` to end; the answers and failures it gave."""
        got = Round()
        for batch_id in batch_ids:
            batch = self._wait(batch_id, on_status)
            for file_id in (batch.output_file_id, batch.error_file_id):
                if file_id:
                    text = self._call("download the batch results",
                                      self.client.files.content, file_id).text
                    read_results(text, got.answers, got.failures, self.api_key)
            if batch.status != "completed":
                errors = getattr(getattr(batch, "errors", None), "data", None) or []
                reason = "; ".join(str(getattr(e, "message", e)) for e in errors[:3])
                got.problems.append(f"{batch_id} {batch.status}"
                                    + (f": {redact(reason, self.api_key)}" if reason else ""))
                log.warning("batch API: batch %s; what it left unanswered goes into the next "
                            "round", got.problems[-1])
        return got

    def _wait(self, batch_id: str, on_status: Callable[[Any], None] | None) -> Any:
        while True:
            batch = self._call("poll a batch", self.client.batches.retrieve, batch_id)
            if on_status:
                on_status(batch)
            if batch.status in TERMINAL:
                return batch
            self._go_on(wait=self.poll)

    def _go_on(self, wait: float = 0.0) -> None:
        """Wait `wait` seconds, unless the async caller's task is (or gets) cancelled: then
        nothing more is submitted or polled (the ids in flight stay in the state file)."""
        if self._cancel is None:
            time.sleep(wait)
        elif self._cancel.wait(wait):
            raise SummarizerError("the run was cancelled; it stopped waiting for its batches "
                                  "(a rerun with the same `state_dir` collects them)")

    def _call(self, what: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return sdk_call(what, lambda: fn(*args, **kwargs), endpoint=self.endpoint,
                        api_key=self.api_key, retry="run the batch again to resume",
                        unsupported="it has no Batch API (/v1/files and /v1/batches); run "
                                    "without `batch_api`")
