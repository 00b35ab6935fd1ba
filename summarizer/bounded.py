"""An HTTP transport with a deadline for the whole request and a cap on the answer's size.

The client's own timeout bounds each read, not the request: a server that sends its answer
one byte a second, or without end, would hold a run for ever (and an endless fast body
fills the memory). This transport, which `transport.make_client` puts under the `openai`
client, stops both: past the deadline it raises a read timeout (the client retries it and
then reports it as one), past the size it raises a transport error naming the limit.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx2


class TooLarge(httpx2.TransportError):
    """The answer passed the response size cap."""


class Bounded(httpx2.BaseTransport):
    """`inner`, each request limited to `deadline` seconds and `max_bytes` of body."""

    def __init__(self, inner: httpx2.BaseTransport, *, deadline: float, max_bytes: int) -> None:
        self.inner, self.deadline, self.max_bytes = inner, deadline, max_bytes

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        start = time.monotonic()
        response = self.inner.handle_request(request)
        body = _Limited(response.stream, request, start + self.deadline, self.deadline,
                        self.max_bytes)
        return httpx2.Response(response.status_code, headers=response.headers, stream=body,
                               extensions=response.extensions, request=request)

    def close(self) -> None:
        self.inner.close()


class _Limited(httpx2.SyncByteStream):
    def __init__(self, stream: object, request: httpx2.Request, end: float, deadline: float,
                 max_bytes: int) -> None:
        self.stream, self.request = stream, request
        self.end, self.deadline, self.max_bytes = end, deadline, max_bytes

    def __iter__(self) -> Iterator[bytes]:
        size = 0
        for chunk in self.stream:  # type: ignore[attr-defined]
            size += len(chunk)
            if size > self.max_bytes:
                raise TooLarge(f"the answer passed {self.max_bytes // 1_000_000} MB; raise "
                               "SUMMARIZER_MAX_RESPONSE_MB if that is right",
                               request=self.request)
            if time.monotonic() > self.end:
                raise httpx2.ReadTimeout(f"the answer took more than {self.deadline:g}s",
                                         request=self.request)
            yield chunk

    def close(self) -> None:
        close = getattr(self.stream, "close", None)
        if close:
            close()
