"""Carrying chat-completion requests to an OpenAI-compatible endpoint, and their answers back.

The llm engine builds every request and keys it (`Request.key`: the digest of what shapes the
answer); a transport only carries requests, several at a time when it can:

    Direct     the `openai` client (injected, or built from Settings) with the SDK's own
               retries; the requests of one `complete_all` run concurrently (bounded)
    Cached     any transport, with the answers kept on disk by key, so a rerun is free
    batch_api.BatchTransport   requests held for the OpenAI Batch API, answered in rounds

An answer (`Outcome`) is a dict: content, finish_reason, refusal, model (what the cache
keeps), plus usage and attempts for a paid call, or `cached` for one the cache answered.
Errors come back as values, one per request, so one failed request does not hide the
others' answers. This is the only module that imports `openai` (the Batch API's calls go
through `sdk_call` too), and only to send; an `openai.AsyncOpenAI` client is used from the
async API's worker thread through `async_bridge`.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Protocol

from .cache import Cache
from .config import OPENAI_URL, Settings
from .errors import ConfigurationError, EndpointError, LLMError, SummarizerError

Outcome = dict[str, Any]
Result = Outcome | LLMError

# Set by `summarize_async` for its worker thread: when the awaiting task is cancelled the event
# is set, and a transport sends nothing more instead of running on unseen.
cancel_event: ContextVar[threading.Event | None] = ContextVar("summarizer_cancel", default=None)


@dataclass(frozen=True)
class Request:
    """One chat completion: `params` is the body sent, `key` what the answer is filed under
    (the same for a request resent in another response format)."""

    key: str
    params: dict[str, Any]


class Transport(Protocol):
    """What the llm engine sends its requests through."""

    price_scale: float  # what this route costs against the synchronous API (Batch: 0.5)

    def complete_all(self, requests: Sequence[Request]) -> list[Result]:
        """An answer or an error for each request, in order."""
        ...

    def close(self) -> None:
        """Release what the transport opened (not an injected client)."""
        ...


class Direct:
    """Requests through an `openai.OpenAI` client (or compatible), with its own retries."""

    price_scale = 1.0

    def __init__(self, settings: Settings, client: Any = None) -> None:
        self.settings = settings
        self.endpoint = settings.endpoint_label  # for messages: no credentials in it
        self._client = client
        self._owns_client = client is None
        self._lock = threading.Lock()
        self._cancel = cancel_event.get()

    @property
    def client(self) -> Any:
        with self._lock:  # the requests of one call start together: one client for them all
            if self._client is None:
                self._client = make_client(self.settings)
        return self._client

    def close(self) -> None:
        if self._owns_client and self._client is not None:
            self._client.close()
            self._client = None

    def complete_all(self, requests: Sequence[Request]) -> list[Result]:
        if len(requests) <= 1:
            return [self._complete(r) for r in requests]
        workers = min(self.settings.concurrency, len(requests))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(self._complete, requests))

    def _complete(self, request: Request) -> Result:
        if self._cancel is not None and self._cancel.is_set():
            raise SummarizerError("the run was cancelled; it stopped before its next llm call")
        try:
            completion, attempts = self._send(request.params)
        except EndpointError as err:
            return err
        if isinstance(completion, str | bytes):  # not JSON: a proxy's page, a wrong URL
            shown = " ".join(redact(str(completion), self.settings.api_key).split())[:80]
            return EndpointError(f"{self.endpoint} answered with a page, not a chat completion "
                                 f"(“{shown}”); check `base_url`: an OpenAI-compatible API "
                                 "ends in /v1", attempts=attempts)
        choices = getattr(completion, "choices", None) or []
        usage = getattr(completion, "usage", None)
        used = {"prompt_tokens": getattr(usage, "prompt_tokens", None),
                "completion_tokens": getattr(usage, "completion_tokens", None)}
        if not choices:
            return {"content": "", "finish_reason": None, "refusal": None, "no_choices": True,
                    "model": self.settings.model, "usage": used, "attempts": attempts}
        message = choices[0].message
        refusal = getattr(message, "refusal", None)
        key = self.settings.api_key  # a server may echo it: it is kept nowhere, cache included
        return {"content": redact(message.content or "", key),
                "finish_reason": choices[0].finish_reason,
                "refusal": redact(str(refusal), key) if refusal else None,
                "model": self.settings.model, "usage": used, "attempts": attempts}

    def _send(self, params: dict[str, Any]) -> tuple[Any, int]:
        """One request with the client's own retries; returns (completion, attempts)."""
        import openai

        retried = int(getattr(self.client, "max_retries", self.settings.max_retries)) + 1
        try:
            raw = self.client.chat.completions.with_raw_response.create(**params)
            return raw.parse(), int(raw.retries_taken) + 1
        except openai.APITimeoutError:
            raise EndpointError(
                f"{self.endpoint} did not answer within {self.settings.timeout:g}s "
                f"({retried} attempts); raise `timeout` or check the server",
                attempts=retried) from None
        except openai.APIConnectionError as err:
            cause = redact(str(err.__cause__ or err), self.settings.api_key)
            raise EndpointError(
                f"cannot reach {self.endpoint} ({retried} attempts: {cause}); check "
                "`base_url` and that the server is running", attempts=retried) from None
        except openai.APIStatusError as err:
            attempts = _attempts(err) or (
                retried if err.status_code in (408, 409, 429) or err.status_code >= 500 else 1)
            detail = error_detail(err)
            raise EndpointError(self._status_message(err, attempts, params),
                                status=err.status_code, attempts=attempts,
                                format_rejected=rejects_format(detail)) from None

    def _status_message(self, err: Any, attempts: int, params: dict[str, Any]) -> str:
        status = err.status_code
        detail = " ".join(redact(error_detail(err), self.settings.api_key).split())[:300]
        where = f"{self.endpoint} answered {status}"
        if status == 401:
            return f"{where}: the API key was refused; check OPENAI_API_KEY"
        if status == 403:
            return f"{where}: this key may not use {self.settings.model} ({detail})"
        if status == 404:
            return (f"{where}: no such model or URL ({detail}); check `model` and that "
                    "`base_url` ends in /v1")
        if status == 429:
            return (f"{where} after {attempts} attempts: rate limited or out of quota "
                    f"({detail}); wait, or lower SUMMARIZER_CONCURRENCY")
        if rejects_format(detail):
            sent = params.get("response_format", {}).get("type")
            other = "json_object" if sent == "json_schema" else "json_schema"
            return (f"{where}: it does not take this response format ({detail}); set "
                    f"SUMMARIZER_RESPONSE_FORMAT={other}")
        if status in (501, 505):
            return (f"{where}: it does not implement this request ({detail}); check that "
                    "`base_url` is an OpenAI-compatible API with /chat/completions")
        if status >= 500:
            return f"{where} after {attempts} attempts: server error ({detail}); try again later"
        return f"{where}: the request was rejected ({detail})"


class Cached:
    """`inner`, with every answer kept in `cache` by its request's key: a rerun asks only
    what it has not been answered before (cut-off and refused answers too: a rerun would get
    the same)."""

    def __init__(self, inner: Transport, cache: Cache) -> None:
        self.inner = inner
        self.cache = cache
        self.price_scale = inner.price_scale

    def complete_all(self, requests: Sequence[Request]) -> list[Result]:
        hits = [self.cache.get(r.key) for r in requests]
        missing = [i for i, hit in enumerate(hits) if hit is None]
        fresh = dict(zip(missing, self.inner.complete_all([requests[i] for i in missing]),
                         strict=True))
        for i, answer in fresh.items():
            if isinstance(answer, dict) and not answer.get("no_choices"):
                self.cache.put(requests[i].key, {k: answer.get(k) for k in CACHED_FIELDS})
        return [fresh[i] if hit is None else {**hit, "cached": True}
                for i, hit in enumerate(hits)]

    def close(self) -> None:
        self.inner.close()


CACHED_FIELDS = ("content", "finish_reason", "refusal", "model")


def make_client(settings: Settings) -> Any:
    """The `openai.OpenAI` client the settings describe (the SDK's own retries and backoff),
    each request bounded in time and size (`bounded.py`)."""
    import httpx2
    import openai

    from .bounded import Bounded

    _check_key(settings.api_key)

    # --timeout bounds the whole request, not each read; the answer's size is capped
    http = openai.DefaultHttpxClient(timeout=settings.timeout, transport=Bounded(
        httpx2.HTTPTransport(), deadline=settings.timeout,
        max_bytes=int(settings.max_response_mb * 1_000_000)))
    return openai.OpenAI(api_key=settings.api_key or "no-key",
                         base_url=(settings.base_url or OPENAI_URL).rstrip("/"),
                         timeout=settings.timeout, max_retries=settings.max_retries,
                         http_client=http)


def _check_key(key: str | None) -> None:
    """A key an HTTP header can carry (printable ASCII), or a ConfigurationError saying where
    it is not; never the key itself, nor the character (it may be one of the key's)."""
    bad = next((n for n, c in enumerate(key or "", 1)
                if not (c.isascii() and c.isprintable())), None)
    if bad is not None:
        raise ConfigurationError(
            f"`api_key` holds a character an HTTP header cannot carry (character {bad} of "
            f"{len(key or '')}: a letter with an accent, a typographic quote or dash, a tab, "
            "a line break or an invisible character?); check it, and copy the key again from "
            "where it was issued")


def is_async_client(client: Any) -> bool:
    """Whether `client` is an `openai.AsyncOpenAI` (or AsyncAzureOpenAI)."""
    import openai

    return isinstance(client, openai.AsyncOpenAI)


def sdk_call(what: str, call: Callable[[], Any], *, endpoint: str, api_key: str | None,
             retry: str, unsupported: str) -> Any:
    """`call()`, a call of the SDK other than a chat completion (the Batch API's files and
    batches), with its errors as one-line EndpointErrors: `retry` says how to try again,
    `unsupported` what to do when the server has no such route."""
    import openai

    try:
        return call()
    except openai.APITimeoutError:
        raise EndpointError(f"{endpoint} did not answer in time to {what}; {retry}") from None
    except openai.APIConnectionError as err:
        cause = redact(str(err.__cause__ or err), api_key)
        raise EndpointError(f"cannot reach {endpoint} to {what} ({cause}); {retry}") from None
    except openai.APIStatusError as err:
        detail = redact(error_detail(err), api_key)
        where = f"{endpoint} answered {err.status_code} to {what}"
        if err.status_code in (404, 405, 501):
            message = f"{where}: {unsupported}"
        elif err.status_code == 401:
            message = f"{where}: the API key was refused; check OPENAI_API_KEY"
        else:
            message = f"{where} ({detail}); {retry}"
        raise EndpointError(message, status=err.status_code) from None


def _attempts(err: Any) -> int | None:
    """How many times the SDK sent the request that failed: it numbers its retries in a
    header (it does not retry a 429 that asks for an hour's wait, say)."""
    request = getattr(getattr(err, "response", None), "request", None)
    try:
        return int(request.headers["x-stainless-retry-count"]) + 1  # type: ignore[union-attr]
    except (AttributeError, KeyError, TypeError, ValueError):
        return None


def rejects_format(detail: str) -> bool:
    """Whether an endpoint's error message is about the response format it was sent."""
    return "response_format" in detail or "json_schema" in detail


def error_detail(err: Any) -> str:
    """The message inside an SDK error's body, else the error's own text."""
    body = getattr(err, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        if message:
            return str(message) if not isinstance(message, (dict, list)) else json.dumps(message)
    return str(getattr(err, "message", "") or err)


_SECRET = re.compile(r"(sk-[A-Za-z0-9_\-*]{6,}|Bearer\s+\S+)")


def redact(text: str, api_key: str | None) -> str:
    """`text` with the API key and anything shaped like a key removed."""
    if api_key:
        text = text.replace(api_key, "***")
    return _SECRET.sub("***", text)
