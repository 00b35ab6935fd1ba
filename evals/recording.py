"""What goes into a cassette: shared by tests/conftest.py and the eval runner.

Only content-type and accept request headers are kept (authorization, api-key,
openai-organization, openai-project, cookies and SDK platform details are dropped), cookies
and organisation headers are dropped from responses, and requests match on method, URL and
body, so a changed prompt cannot replay an old answer. A multipart body (a Batch API file
upload) is compared with its random boundary taken out: the rest must be identical.

A cassette of a public data set's story keeps its request bodies as their SHA-256 digest
(`digest_bodies=True`): the prompt carries the articles, whose text stays out of the
repository, and a replayed request still has to be byte-identical to match. Its response
bodies are sealed (`sealing(key)`): the model's answers quote the articles too, so each is
kept XORed with a SHAKE-256 stream keyed by the story's own article files and by a tag, a
keyed digest of the answer (no two answers share a stream; an altered one is refused).
Replay, which reads the articles anyway, opens them again byte for byte; without the data
set the cassette holds none of its text.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

KEPT_REQUEST_HEADERS = {"content-type", "accept"}
DROPPED_RESPONSE_HEADERS = ("set-cookie", "openai-organization", "openai-project", "cookie")
MATCH_ON = ["method", "scheme", "host", "port", "path", "query", "body"]


def scrub_request(request: Any) -> Any:
    for name in list(request.headers):
        if name.lower() not in KEPT_REQUEST_HEADERS:
            del request.headers[name]
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in DROPPED_RESPONSE_HEADERS:
            del headers[name]
    return response


DIGEST = "sha256:"


def _bytes(body: Any) -> bytes:
    return body.encode() if isinstance(body, str) else bytes(body or b"")


def digest(body: Any) -> str:
    return DIGEST + hashlib.sha256(_bytes(body)).hexdigest()


def _digested(body: bytes) -> bytes:
    return body if body.startswith(DIGEST.encode()) else digest(body).encode()


def digest_request(request: Any) -> Any:
    """scrub_request, and the body replaced by its digest."""
    request = scrub_request(request)
    request.body = _digested(_bytes(request.body))  # vcrpy may filter one request twice
    return request


def vcr_config(*, digest_bodies: bool = False, seal_with: bytes | None = None) -> dict[str, Any]:
    """`digest_bodies` keeps request bodies as digests; `seal_with` seals response bodies."""
    return {"match_on": MATCH_ON,
            "before_record_request": digest_request if digest_bodies else scrub_request,
            "before_record_response": scrub_response, "decode_compressed_response": True,
            **(sealing(seal_with) if seal_with is not None else {})}


SEALED = "sealed:v2:"
_REDO = "re-record it with python -m evals --record (evals/README.md)"


class SealError(RuntimeError):
    pass


def story_key(files: Iterable[Path]) -> bytes:
    """The key a story's cassette is sealed with: a digest of its article files' names and
    bytes, so only someone who holds the same articles can open it."""
    key = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.name):
        key.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return key.digest()


def _check(key: bytes) -> str:
    return hashlib.sha256(b"check\0" + key).hexdigest()[:12]


def _tag(key: bytes, raw: bytes) -> str:
    return hashlib.sha256(b"tag\0" + key + raw).hexdigest()[:32]


def _xor(data: bytes, key: bytes, tag: str) -> bytes:
    """`data` XORed with a SHAKE-256 stream of the key and the body's own tag: two different
    bodies never share a stream (a retried request's two answers included)."""
    stream = hashlib.shake_256(key + b"\0" + tag.encode()).digest(len(data))
    return (int.from_bytes(data, "big") ^ int.from_bytes(stream, "big")).to_bytes(len(data), "big")


def seal(body: str | bytes, key: bytes) -> str:
    """`body` unreadable without `key`: 'sealed:v2:<key check>:<tag>:<base64>'."""
    raw = _bytes(body)
    tag = _tag(key, raw)
    return f"{SEALED}{_check(key)}:{tag}:{base64.b64encode(_xor(raw, key, tag)).decode()}"


def unseal(sealed: str | bytes, key: bytes) -> bytes:
    """The body `seal` was given, as bytes (how vcrpy holds a loaded body); SealError when
    the key is not the one it was sealed with or the sealed text was altered."""
    try:
        check, tag, data = _bytes(sealed)[len(SEALED):].decode("ascii").split(":")
        mixed = base64.b64decode(data, validate=True)
    except ValueError:  # a wrong count of fields, non-ASCII or bad base64
        raise SealError(f"a sealed response of this cassette is damaged; {_REDO}") from None
    if check != _check(key):
        raise SealError(f"this cassette was recorded from other article files than these; {_REDO}")
    raw = _xor(mixed, key, tag)
    if _tag(key, raw) != tag:
        raise SealError(f"a sealed response of this cassette is damaged; {_REDO}")
    return raw


Hook = Callable[[Any, dict[str, Any]], tuple[Any, dict[str, Any]]]


def sealing(key: bytes) -> dict[str, Hook]:
    """vcrpy hooks that seal each response body as it is saved and open it as it is loaded
    (a response without a body has nothing to seal either way)."""
    def save(request: Any, response: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        body = response.get("body", {})
        if body.get("string") is not None:
            body["string"] = seal(body["string"], key)
        return request, response

    def load(request: Any, response: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        body = response.get("body", {})
        text = body.get("string")
        if text is None:
            return request, response
        if not _bytes(text).startswith(SEALED.encode()):
            raise SealError(f"a response of this cassette is not sealed; {_REDO}")
        body["string"] = unseal(text, key)
        return request, response

    return {"before_save_interaction": save, "after_load_interaction": load}


_BOUNDARY = re.compile(r"boundary=\"?([^\";\s]+)")


def _multipart(request: Any) -> bytes | None:
    """The body of a multipart request with its boundary replaced; None for any other."""
    found = _BOUNDARY.search(str(request.headers.get("content-type", "")))
    if not found:
        return None
    return _bytes(request.body).replace(found.group(1).encode(), b"BOUNDARY")


def body_matcher(r1: Any, r2: Any) -> None:
    """vcrpy's body matcher, except that multipart bodies match without their boundary."""
    from vcr import matchers

    b1, b2 = _bytes(r1.body), _bytes(r2.body)
    if b1.startswith(DIGEST.encode()) or b2.startswith(DIGEST.encode()):
        if _digested(b1) != _digested(b2):
            raise AssertionError("the bodies' digests differ")
        return
    one, two = _multipart(r1), _multipart(r2)
    if one is None and two is None:
        matchers.body(r1, r2)
    elif one != two:
        raise AssertionError("the multipart bodies differ")


def register(recorder: Any) -> None:
    """Install the matchers `MATCH_ON` names on a vcr.VCR (pytest-recording's or our own)."""
    recorder.register_matcher("body", body_matcher)
