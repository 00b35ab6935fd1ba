"""What goes into a cassette: shared by tests/conftest.py and the eval runner.

Only content-type and accept request headers are kept (authorization, api-key,
openai-organization, openai-project, cookies and SDK platform details are dropped), cookies
and organisation headers are dropped from responses, and requests match on method, URL and
body, so a changed prompt cannot replay an old answer. A multipart body (a Batch API file
upload) is compared with its random boundary taken out: the rest must be identical.

A cassette of a public data set's story keeps its request bodies as their SHA-256 digest
(`digest_bodies=True`): the prompt carries the articles, whose text stays out of the
repository, and a replayed request still has to be byte-identical to match.
"""

from __future__ import annotations

import hashlib
import re
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


def vcr_config(*, digest_bodies: bool = False) -> dict[str, Any]:
    return {"match_on": MATCH_ON,
            "before_record_request": digest_request if digest_bodies else scrub_request,
            "before_record_response": scrub_response, "decode_compressed_response": True}


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
