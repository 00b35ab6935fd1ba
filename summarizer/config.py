"""Settings, resolved once: explicit argument > environment variable > default.

Nothing is read at import time; `Settings.from_env()` reads the environment when called.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, Literal

from .errors import ConfigurationError

EngineName = Literal["auto", "extractive", "llm"]
ENGINES: tuple[str, ...] = ("auto", "extractive", "llm")

# environment variable -> settings field
ENV_VARS: dict[str, str] = {
    "SUMMARIZER_ENGINE": "engine",
    "SUMMARIZER_MAX_WORDS": "max_words",
    "SUMMARIZER_MODEL": "model",
    "SUMMARIZER_MAX_FILE_MB": "max_file_mb",
    "OPENAI_API_KEY": "api_key",
    "OPENAI_BASE_URL": "base_url",
}


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know besides its inputs."""

    engine: EngineName = "auto"
    max_words: int = 200
    strict: bool = False
    model: str = "gpt-4o-mini"
    api_key: str | None = None
    base_url: str | None = None
    max_file_mb: float = 20.0

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ConfigurationError(
                f"unknown engine {self.engine!r}; use one of: {', '.join(ENGINES)}"
            )
        if self.max_words < 10:
            raise ConfigurationError(f"max_words must be at least 10, got {self.max_words}")
        if self.max_file_mb <= 0:
            raise ConfigurationError(f"max_file_mb must be positive, got {self.max_file_mb}")

    def __repr__(self) -> str:  # the key never reaches a log or a traceback
        shown = {f.name: getattr(self, f.name) for f in fields(self)}
        if shown["api_key"]:
            shown["api_key"] = "***"
        return "Settings(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")"

    @property
    def llm_configured(self) -> bool:
        """True when an API key or an OpenAI-compatible base URL is set."""
        return bool(self.api_key or self.base_url)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from `env` (default: os.environ), then apply non-None overrides."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for var, name in ENV_VARS.items():
            raw = env.get(var, "").strip()
            if raw:
                values[name] = _parse(var, name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the non-None overrides applied."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _parse(var: str, name: str, raw: str) -> Any:
    if name == "max_words":
        return _number(var, raw, int)
    if name == "max_file_mb":
        return _number(var, raw, float)
    return raw


def _number(var: str, raw: str, kind: type[int] | type[float]) -> int | float:
    try:
        return kind(raw)
    except ValueError:
        raise ConfigurationError(f"{var}={raw!r} is not a number; unset it or fix it") from None
