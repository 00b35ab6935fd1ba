"""A SCRIPTED LOCAL HTTP SERVER for fault injection (not a recording, not a model).

A real socket on 127.0.0.1 answering POST /v1/chat/completions from a script, one step per
request: faults the transport-level fake cannot show, such as a body cut off mid-way or a
connection dropped without an answer.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Step = Callable[[BaseHTTPRequestHandler], None]


class _Seen(list[dict[str, Any]]):
    """The request bodies the server saw, and its base URL."""

    url: str


def reply(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> Step:
    def step(h: BaseHTTPRequestHandler) -> None:
        data = json.dumps(body).encode()
        h.send_response(status)
        for name, value in {"content-type": "application/json", **(headers or {})}.items():
            h.send_header(name, value)
        h.send_header("content-length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    return step


def truncated() -> Step:
    """Promise 10 kB, send 20 bytes, hang up."""
    def step(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("content-type", "application/json")
        h.send_header("content-length", "10000")
        h.end_headers()
        h.wfile.write(b'{"id": "chatcmpl-x",')
        h.wfile.flush()
        h.close_connection = True

    return step


def trickle(seconds: float) -> Step:
    """A valid-looking answer sent one byte at a time, a pause between bytes, for up to
    `seconds` (then the server gives up: nothing lingers after the test)."""
    def step(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("content-type", "application/json")
        h.send_header("content-length", "100000")
        h.end_headers()
        end = time.monotonic() + seconds
        try:
            while time.monotonic() < end:
                h.wfile.write(b" ")
                h.wfile.flush()
                time.sleep(0.05)
        except OSError:  # the client hung up, as it should
            pass
        h.close_connection = True

    return step


def endless(megabytes: int) -> Step:
    """A chunked body that goes on fast, up to `megabytes` (a bound so the test ends)."""
    def step(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("content-type", "application/json")
        h.send_header("transfer-encoding", "chunked")
        h.end_headers()
        chunk = b" " * 65536
        try:
            for _ in range(megabytes * 16):
                h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            h.wfile.write(b"0\r\n\r\n")
        except OSError:  # the client stopped reading, as it should
            pass
        h.close_connection = True

    return step


def dropped() -> Step:
    """Close the connection without a word."""
    def step(h: BaseHTTPRequestHandler) -> None:
        h.close_connection = True

    return step


@contextmanager
def scripted_server(*steps: Step, default: Step | None = None) -> Iterator[_Seen]:
    """Serve on a free loopback port; yields the request bodies seen, base URL as `.url`."""
    script = list(steps)
    seen = _Seen()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", 0))
            seen.append(json.loads(self.rfile.read(length) or b"{}"))
            step = script.pop(0) if script else default
            assert step is not None, "the scripted server got more requests than its script"
            step(self)

        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    seen.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        yield seen
    finally:
        server.shutdown()
        server.server_close()

