"""Engines: evidence units in, drafts (claim text + cited evidence ids) out."""

from __future__ import annotations

import threading
from contextvars import ContextVar

from ..errors import SummarizerError

# Set by `summarize_async` for its worker thread: when the awaiting task is cancelled the event
# is set, and an engine stops before its next paid call instead of running on unseen.
cancel_event: ContextVar[threading.Event | None] = ContextVar("summarizer_cancel", default=None)


def stop_if_cancelled(event: threading.Event | None) -> None:
    """Raise when `event` (an engine's `cancel_event` at its start) has been set."""
    if event is not None and event.is_set():
        raise SummarizerError("the run was cancelled; it stopped before its next llm call")
