"""Engines: a corpus of evidence in, drafts (claim text + cited evidence ids) out.

Both engines implement `Engine`; `build` makes the one Settings name. What an engine does
not do is done once for all of them by the pipeline: citation and verification (`cite`),
--strict, --fallback and the usage report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..config import Settings
from .base import Engine, EngineResult, Spend
from .extractive import ExtractiveEngine

if TYPE_CHECKING:  # the transports and the answer cache are the llm engine's alone
    from ..transport import Transport

__all__ = ["Engine", "EngineResult", "Spend", "build"]


def build(name: str, settings: Settings, *, client: Any = None,
          transport: Transport | None = None) -> Engine:
    """The engine called `name`. The llm engine talks through `transport`, by default the
    `client` (or one built from the settings) behind the answer cache."""
    if name == "extractive":
        return ExtractiveEngine(settings)
    from ..cache import Cache
    from ..transport import Cached, Direct
    from .llm.engine import LLMEngine  # pydantic models and jinja2: only when an llm runs

    if transport is None:
        transport = Cached(Direct(settings, client),
                           Cache(settings.cache_dir, enabled=not settings.no_cache))
    return LLMEngine(settings, transport)
