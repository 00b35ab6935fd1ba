"""The one exception tree every part of summarizer raises.

    SummarizerError            root: catch this to catch everything we raise
    ├── InputError             nothing usable could be read (missing path, no article)
    ├── ConfigurationError     settings that cannot work together (e.g. llm without a key)
    └── OutputError            the result could not be written

Every message says what to do next; every class carries the fields that help.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Root of every error summarizer raises on purpose."""


class InputError(SummarizerError):
    """The inputs hold no readable article, or a named path cannot be used."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class ConfigurationError(SummarizerError):
    """Settings that cannot produce a run, such as the llm engine with no endpoint."""


class OutputError(SummarizerError):
    """The summary could not be written where it was asked to go."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path
