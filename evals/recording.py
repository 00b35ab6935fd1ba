"""What goes into a cassette: shared by tests/conftest.py and the eval runner.

Only content-type and accept request headers are kept (authorization, api-key,
openai-organization, openai-project, cookies and SDK platform details are dropped), cookies
and organisation headers are dropped from responses, and requests match on method, URL and
body, so a changed prompt cannot replay an old answer.
"""

from __future__ import annotations

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


def vcr_config() -> dict[str, Any]:
    return {"match_on": MATCH_ON, "before_record_request": scrub_request,
            "before_record_response": scrub_response, "decode_compressed_response": True}
