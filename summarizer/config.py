"""Settings, resolved once: explicit argument > environment variable > default.

Nothing is read at import time; `Settings.from_env()` reads the environment when called.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from .errors import ConfigurationError

EngineName = Literal["auto", "extractive", "llm"]
ENGINES: tuple[str, ...] = ("auto", "extractive", "llm")
ResponseFormat = Literal["json_schema", "json_object"]
RESPONSE_FORMATS: tuple[str, ...] = ("json_schema", "json_object")
DEFAULT_MODEL = "gpt-4.1-mini"
OPENAI_URL = "https://api.openai.com/v1"

# environment variable -> settings field
ENV_VARS: dict[str, str] = {
    "SUMMARIZER_ENGINE": "engine",
    "SUMMARIZER_MAX_WORDS": "max_words",
    "SUMMARIZER_MODEL": "model",
    "SUMMARIZER_MAX_FILE_MB": "max_file_mb",
    "SUMMARIZER_TIMEOUT": "timeout",
    "SUMMARIZER_MAX_RETRIES": "max_retries",
    "SUMMARIZER_CONTEXT_TOKENS": "context_tokens",
    "SUMMARIZER_MAX_OUTPUT_TOKENS": "max_output_tokens",
    "SUMMARIZER_CONCURRENCY": "concurrency",
    "SUMMARIZER_RESPONSE_FORMAT": "response_format",
    "SUMMARIZER_TEMPERATURE": "temperature",
    "SUMMARIZER_PROMPTS": "prompts_dir",
    "SUMMARIZER_TEMPLATES": "templates_dir",
    "SUMMARIZER_CACHE_DIR": "cache_dir",
    "SUMMARIZER_NO_CACHE": "no_cache",
    "SUMMARIZER_FOLLOW_SYMLINKS": "follow_symlinks",
    "SUMMARIZER_JUDGE": "judge",
    "SUMMARIZER_COMPRESS": "compress",
    "SUMMARIZER_MAX_COST": "max_cost",
    "SUMMARIZER_FALLBACK": "fallback",
    "SUMMARIZER_BATCH_POLL": "batch_poll",
    "SUMMARIZER_MAX_RESPONSE_MB": "max_response_mb",
    "SUMMARIZER_MAX_SENTENCES": "max_sentences",
    "SUMMARIZER_PRICE_INPUT": "price_input",
    "SUMMARIZER_PRICE_OUTPUT": "price_output",
    "OPENAI_API_KEY": "api_key",
    "OPENAI_BASE_URL": "base_url",
}
YES = ("1", "true", "yes", "on")  # how a yes/no variable is spelled, case aside
NO = ("0", "false", "no", "off")


def debugging() -> bool:
    """Whether SUMMARIZER_DEBUG asks for tracebacks: any value but 0, false, no, off or
    nothing (SUMMARIZER_DEBUG=0 means off, as the yes/no settings read it)."""
    return os.environ.get("SUMMARIZER_DEBUG", "").strip().lower() not in ("", *NO)


_INTS = {"max_words", "max_retries", "context_tokens", "max_output_tokens", "concurrency",
         "max_sentences"}
_FLOATS = {"max_file_mb", "timeout", "temperature", "max_cost", "price_input", "price_output",
           "batch_poll", "max_response_mb"}


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know besides its inputs."""

    engine: EngineName = "auto"
    max_words: int = 200
    strict: bool = False
    judge: bool = False  # a second opinion on each claim from the configured model
    compress: bool = False  # extractive claims may drop attributions, asides, a lone clause
    max_file_mb: float = 20.0
    max_sentences: int = 2000  # read of one article at most: a huge one costs bounded work
    follow_symlinks: bool = False  # read links to files outside a walked folder
    # the llm engine
    model: str = DEFAULT_MODEL
    api_key: str | None = None
    base_url: str | None = None
    timeout: float = 600.0  # seconds per request: a local CPU server can take minutes
    max_retries: int = 3  # per request, on transport errors, 429 and 5xx (the client's backoff)
    context_tokens: int | None = None  # None: the model's known window, else 8192
    max_output_tokens: int = 2000
    concurrency: int = 4  # parallel requests in the map step
    response_format: ResponseFormat = "json_schema"
    temperature: float | None = 0.0  # None: the server's default
    prompts_dir: str | None = None  # templates here override the built-in ones
    templates_dir: str | None = None  # Markdown/HTML output templates overriding the built-in
    cache_dir: str | None = None  # None: $XDG_CACHE_HOME/summarizer or ~/.cache/summarizer
    no_cache: bool = False
    max_cost: float | None = None  # USD; a run estimated to cost more does not start
    fallback: Literal["extractive"] | None = None  # when the llm engine fails, run this
    price_input: float | None = None  # USD per million prompt tokens; None: known table
    price_output: float | None = None  # USD per million completion tokens
    batch_poll: float = 30.0  # seconds between looks at a Batch API job (--batch-api)
    max_response_mb: float = 10.0  # an llm answer larger than this is cut off as an error

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ConfigurationError(
                f"unknown engine {self.engine!r}; use one of: {', '.join(ENGINES)}"
            )
        for name in sorted(_FLOATS):  # nan passes every comparison below, inf most
            value = getattr(self, name)
            if value is not None and not math.isfinite(value):
                raise _bad(name, f"must be a finite number, got {value}")
        for name in sorted(_INTS):  # a float given through the API: a whole one is taken
            value = getattr(self, name)
            if isinstance(value, float):
                if not value.is_integer():  # nan and inf are not
                    raise _bad(name, f"must be a whole number, got {value}")
                object.__setattr__(self, name, int(value))
        if self.max_words < 10:
            raise _bad("max_words", f"must be at least 10, got {self.max_words}")
        for name in ("max_file_mb", "max_response_mb"):
            value = getattr(self, name)
            if not 0 < value < 1e6:
                raise _bad(name, f"must be a positive number of megabytes below a million, "
                                 f"got {value}")
        if self.response_format not in RESPONSE_FORMATS:
            raise ConfigurationError(
                f"unknown response format {self.response_format!r}; use one of: "
                + ", ".join(RESPONSE_FORMATS))
        for name in ("timeout", "max_output_tokens", "concurrency", "max_sentences"):
            if getattr(self, name) <= 0:
                raise _bad(name, f"must be positive, got {getattr(self, name)}")
        if self.fallback not in (None, "extractive"):
            raise ConfigurationError(
                f"unknown fallback {self.fallback!r}; the only fallback is 'extractive'")
        if self.max_retries < 0:
            raise _bad("max_retries", f"must be 0 or more, got {self.max_retries}")
        if self.context_tokens is not None and self.context_tokens < 1024:
            raise _bad("context_tokens", f"must be at least 1024, got {self.context_tokens}")
        for name in ("max_cost", "price_input", "price_output", "batch_poll"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise _bad(name, f"cannot be negative, got {value}")
        if self.base_url is not None and (problem := _unreachable(self.base_url)):
            raise _bad("base_url", f"{problem}; give it as http(s)://host[:port]/path, "
                                   "e.g. http://127.0.0.1:8080/v1")

    def __repr__(self) -> str:  # the key never reaches a log or a traceback
        shown = {f.name: getattr(self, f.name) for f in fields(self)}
        if shown["api_key"]:
            shown["api_key"] = "***"
        return "Settings(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")"

    @property
    def llm_configured(self) -> bool:
        """True when an API key or an OpenAI-compatible base URL is set."""
        return bool(self.api_key or self.base_url)

    @property
    def hosted_by_openai(self) -> bool:
        """Whether requests go to OpenAI (or Azure OpenAI), whose prices are known."""
        host = (urlsplit(self.base_url).hostname or "") if self.base_url else "api.openai.com"
        return host.endswith(("openai.com", "azure.com"))

    @property
    def endpoint_label(self) -> str:
        """The endpoint as logs and errors show it: no user:password@, no query string."""
        if not self.base_url:
            return OPENAI_URL
        parts = urlsplit(self.base_url)
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        return urlunsplit((parts.scheme, host, parts.path, "", "")).rstrip("/")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from `env` (default: os.environ), then apply non-None overrides."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for var, name in ENV_VARS.items():
            raw = env.get(var, "").strip()
            if raw:
                values[name] = _parse(var, name, raw)
        from_env = set(values)
        given = {k: v for k, v in overrides.items() if v is not None}
        values.update(given)
        try:
            return cls(**values)
        except ConfigurationError as err:  # name what the user set: the variable, not a field
            if err.setting not in from_env or err.setting in given:
                raise
            var = next(v for v, name in ENV_VARS.items() if name == err.setting)
            raise ConfigurationError(str(err).replace(f"`{err.setting}`", var, 1),
                                     setting=err.setting) from None

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the non-None overrides applied."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _unreachable(url: str) -> str | None:
    """What makes `url` no endpoint to send requests to, or None. The URL itself is not
    told: it may hold a password."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a port out of range or not a number
    except ValueError as err:
        return f"cannot be read as a URL ({err})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "is not an http(s) URL with a host"
    return None


def _bad(name: str, problem: str) -> ConfigurationError:
    """The error of a setting out of range, naming it as the Settings field `name`."""
    return ConfigurationError(f"`{name}` {problem}", setting=name)


def _parse(var: str, name: str, raw: str) -> Any:
    if name in _INTS:
        return _number(var, raw, int)
    if name in _FLOATS:
        return _number(var, raw, float)
    if name in ("no_cache", "follow_symlinks", "judge", "compress"):
        if raw.lower() in YES:
            return True
        if raw.lower() in NO:
            return False
        raise ConfigurationError(f"{var}={raw!r} is not a yes/no value; use 1 or 0")
    return raw


def _number(var: str, raw: str, kind: type[int] | type[float]) -> int | float:
    try:
        value = kind(raw)
    except ValueError:
        raise ConfigurationError(f"{var}={raw!r} is not a number; unset it or fix it") from None
    if not math.isfinite(value):
        raise ConfigurationError(f"{var}={raw!r} is not a finite number; unset it or fix it")
    return value
