"""An `openai.AsyncOpenAI` client used from the worker thread of the async API.

`summarize_async` and `summarize_stories_async` run the work in a worker thread, whose
transports call a client synchronously; `AsyncClientBridge` runs each of those calls as a
coroutine on the caller's loop and waits for it, so the caller's client (its connection
pool, hooks and limits) is the one used.
"""

from __future__ import annotations

import asyncio  # imported only when an async client is given: its caller has it loaded
from collections.abc import Coroutine
from types import SimpleNamespace
from typing import Any


class AsyncClientBridge:
    """An `openai.AsyncOpenAI` client as a transport uses a client, from its worker threads:
    each request runs as a coroutine on `loop` (the caller's), and the thread waits for it.
    `summarize_async` builds one when it is given an async client. Chat completions are
    bridged, and the Batch API's files and batches (upload, create, poll, download) for
    `summarize_stories_async(batch_api=True)`."""

    def __init__(self, client: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._client, self._loop = client, loop
        self.max_retries = client.max_retries
        raw = SimpleNamespace(create=self._create)
        self.chat = SimpleNamespace(completions=SimpleNamespace(with_raw_response=raw))
        self.files = SimpleNamespace(
            create=lambda **kw: self._wait(client.files.create(**kw)),
            content=lambda file_id: self._wait(client.files.content(file_id)))
        self.batches = SimpleNamespace(
            create=lambda **kw: self._wait(client.batches.create(**kw)),
            retrieve=lambda batch_id: self._wait(client.batches.retrieve(batch_id)))

    def _create(self, **params: Any) -> Any:
        async def call() -> Any:
            raw = await self._client.chat.completions.with_raw_response.create(**params)
            return raw.parse(), raw.retries_taken

        parsed, retries = self._wait(call())
        return SimpleNamespace(parse=lambda: parsed, retries_taken=retries)

    def _wait(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        """What `coroutine` returns, run on the caller's loop while this thread waits."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()
