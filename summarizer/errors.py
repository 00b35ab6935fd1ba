"""The one exception tree every part of summarizer raises.

    SummarizerError            root: catch this to catch everything we raise
    ├── InputError             nothing usable could be read (missing path, no article)
    ├── ConfigurationError     settings that cannot work together (e.g. llm without a key)
    ├── OutputError            the result could not be written
    ├── BudgetError            the run would cost more than --max-cost allows
    ├── UnverifiedError        strict mode dropped every claim: nothing verified is left
    └── LLMError               the llm engine could not get a usable answer
        ├── EndpointError      the endpoint failed: unreachable, timeout, auth, 4xx/5xx
        └── ModelOutputError   the model answered unusably: refusal, truncated, bad JSON

Every message says what to do next; every class carries the fields that help. A message
names a setting as its Settings field in backticks ("raise `max_cost`"); the CLI shows the
flag instead ("raise --max-cost"), or the environment variable when there is no flag.
"""

from __future__ import annotations

from typing import Any


class SummarizerError(Exception):
    """Root of every error summarizer raises on purpose."""


class InputError(SummarizerError):
    """The inputs hold no readable article, or a named path cannot be used."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class ConfigurationError(SummarizerError):
    """Settings that cannot produce a run, such as the llm engine with no endpoint.

    `setting` is the Settings field at fault, when one is: `Settings.from_env` then names the
    environment variable the user set instead."""

    def __init__(self, message: str, *, setting: str | None = None) -> None:
        super().__init__(message)
        self.setting = setting


class OutputError(SummarizerError):
    """The summary could not be written where it was asked to go."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class BudgetError(SummarizerError):
    """The run (or its next call) would cost more than `max_cost` allows."""

    def __init__(self, message: str, *, estimate: float, limit: float) -> None:
        super().__init__(message)
        self.estimate = estimate
        self.limit = limit


class UnverifiedError(SummarizerError):
    """Every claim failed verification and strict mode dropped them all."""

    def __init__(self, message: str, *, dropped: int) -> None:
        super().__init__(message)
        self.dropped = dropped


class LLMError(SummarizerError):
    """The llm engine could not get a usable answer from the endpoint.

    `usage` is what the run had paid when it failed (an `engines.Spend`), once the engine
    has seen the error: a fallback still reports it."""

    usage: Any = None


class EndpointError(LLMError):
    """The endpoint could not be reached or refused the request, after every retry."""

    def __init__(self, message: str, *, status: int | None = None, attempts: int = 1,
                 format_rejected: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.attempts = attempts
        self.format_rejected = format_rejected  # the server refused the response_format


class ModelOutputError(LLMError):
    """The model answered, but not with a usable summary.

    `reason` is one of: "refusal", "length" (cut off at the output limit), "invalid_json",
    "schema" (valid JSON that does not match the requested structure), "empty".
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def one_line(err: BaseException) -> str:
    """How a story that failed with `err` is reported by --batch and --stories: our own
    message, or `internal error: Type: message` for a bug (the other stories go on)."""
    if isinstance(err, SummarizerError):
        return str(err)
    return f"internal error: {type(err).__name__}: {err}"
