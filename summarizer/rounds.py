"""The Batch API's rounds, driven for many tasks at once (`--batch` and `--stories`).

    run_rounds(tasks, settings, client, on_result, in_flight, flying)

Each task (one story: a function of the transport to use) runs in a thread of its own with
a `BatchTransport`, so its llm requests wait in one shared `Outbox` (batch_api's doc);
whenever every running task waits, the outbox goes out as batches, the run polls them until
they end, and the answers let the tasks go on. `in_flight` holds the ids of the batches
submitted and not yet collected, and `flying(ids)` is told each change, so a caller can keep
them and an interrupted run can resume by polling them instead of paying twice.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .batch_api import BatchAPI, BatchTransport, Outbox
from .cache import Cache
from .config import Settings
from .errors import ConfigurationError, EndpointError
from .transport import Cached, make_client

log = logging.getLogger("summarizer")
R = TypeVar("R")


def require_llm(engine: str) -> None:
    """The Batch API carries llm requests only: any other engine is a configuration error."""
    if engine != "llm":
        raise ConfigurationError("`batch_api` sends llm requests: set OPENAI_API_KEY (or "
                                 "OPENAI_BASE_URL) and set `engine` to llm, or drop `batch_api`")


def run_rounds(tasks: Sequence[Callable[[Any], R]], settings: Settings, client: Any,
               on_result: Callable[[int, R], None], in_flight: list[str] | None = None,
               flying: Callable[[list[str]], None] | None = None) -> None:
    """Run every task, its llm requests answered through the Batch API in rounds;
    `on_result(n, result)` is called in this thread as task n ends. An `EndpointError` of
    the Batch API itself (or Ctrl-C) stops the waiting tasks too, and is raised."""
    in_flight = in_flight if in_flight is not None else []

    def keep(batch_ids: list[str]) -> None:
        in_flight[:] = batch_ids
        if flying:
            flying(batch_ids)

    outbox = Outbox()
    owned = make_client(settings) if client is None else None  # ours to close at the end
    api = BatchAPI(client or owned, endpoint=settings.endpoint_label,
                   api_key=settings.api_key, poll=settings.batch_poll)
    transport = Cached(BatchTransport(outbox, settings.endpoint_label),
                       Cache(settings.cache_dir, enabled=not settings.no_cache))
    if in_flight:  # an interrupted run: what it paid for is polled, not asked again
        _collect(api, outbox, in_flight, keep, settings)
    ended = _started(tasks, transport, outbox)
    try:
        _rounds(api, outbox, ended, on_result, in_flight, keep, settings)
    except BaseException as err:  # the waiting tasks stop too; a rerun resumes them
        outbox.stop(err if isinstance(err, EndpointError) else
                    EndpointError("the batch run was stopped"))
        raise
    finally:
        if owned is not None:
            owned.close()


def _started(tasks: Sequence[Callable[[Any], R]], transport: Any, outbox: Outbox
             ) -> queue.Queue[tuple[int, R]]:
    """Each task started on `transport` in a thread of its own; the queue that receives
    (n, result) as task n ends."""
    ended: queue.Queue[tuple[int, R]] = queue.Queue()

    def run(n: int, task: Callable[[Any], R]) -> None:
        try:
            ended.put((n, task(transport)))
        finally:
            outbox.finished()

    outbox.started(len(tasks))
    for n, task in enumerate(tasks):
        threading.Thread(target=run, args=(n, task), daemon=True,
                         name=f"batch-task-{n}").start()
    return ended


def _rounds(api: BatchAPI, outbox: Outbox, ended: queue.Queue[tuple[int, R]],
            on_result: Callable[[int, R], None], in_flight: list[str],
            keep: Callable[[list[str]], None], settings: Settings) -> None:
    """Round after round, once every running task waits: the tasks that ended reported, the
    requests waiting sent as batches, and their answers collected; until none waits."""
    rounds = 0
    while True:
        outbox.settle()
        for n, result in sorted(_drain(ended), key=lambda item: item[0]):
            on_result(n, result)
        requests = outbox.take()
        if not requests:
            return
        rounds += 1
        keep(api.submit(requests))
        log.info("batch API: round %d: %d request(s) for %d story(ies) in %s", rounds,
                 len(requests), outbox.running, ", ".join(in_flight))
        _collect(api, outbox, in_flight, keep, settings)


def _collect(api: Any, outbox: Any, in_flight: list[str], flying: Callable[[list[str]], None],
             settings: Settings) -> None:
    """Wait for the batches in flight to end, and put what they answered into the outbox."""
    answered = api.collect(list(in_flight), on_status=_status_logger())
    ended = ", ".join(in_flight)
    flying([])  # ended: a rerun submits what they left unanswered, it does not poll them
    if not (answered.answers or answered.failures):
        why = f" ({'; '.join(answered.problems)})" if answered.problems else ""
        raise EndpointError(f"{settings.endpoint_label}: batch(es) {ended} ended without "
                            f"answering any request{why}; run the batch again to retry")
    outbox.fill(answered.answers, answered.failures)


def _drain(ended: queue.Queue[tuple[int, R]]) -> list[tuple[int, R]]:
    items = []
    while True:
        try:
            items.append(ended.get_nowait())
        except queue.Empty:
            return items


def _status_logger() -> Callable[[Any], None]:
    """Log a batch's status when it changes (info level: -q hides it)."""
    seen: dict[str, tuple[Any, ...]] = {}

    def show(batch: Any) -> None:
        counts = getattr(batch, "request_counts", None)
        now = (batch.status, getattr(counts, "completed", None), getattr(counts, "total", None))
        if seen.get(batch.id) != now:
            seen[batch.id] = now
            done = f" ({now[1]} of {now[2]} requests done)" if now[2] is not None else ""
            log.info("batch API: %s %s%s", batch.id, batch.status, done)

    return show


