"""Per-stage wall time, for the benchmark: free when nobody is collecting.

    with timing.collect() as seconds:
        summarize(["seeds/"])
    print(seconds)          # {"ingest": 0.01, "clean": 0.02, ...}
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_current: ContextVar[dict[str, float] | None] = ContextVar("summarizer_timing", default=None)


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Add the time spent in this block to `name`, if a `collect()` is active."""
    seconds = _current.get()
    if seconds is None:
        yield
        return
    start = time.perf_counter()
    try:
        yield
    finally:
        seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start


@contextmanager
def collect() -> Iterator[dict[str, float]]:
    """Collect stage times of everything run inside this block."""
    seconds: dict[str, float] = {}
    token = _current.set(seconds)
    try:
        yield seconds
    finally:
        _current.reset(token)
