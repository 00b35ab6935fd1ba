"""Engines: a corpus of evidence in, drafts (claim text + cited evidence ids) out.

Both engines implement `Engine`; `build` makes the one Settings name. What an engine does
not do is done once for all of them by the pipeline: citation and verification (`cite`),
--strict, --fallback and the usage report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from ..evidence import Corpus, Draft, DraftDispute

if TYPE_CHECKING:
    from ..config import Settings
    from ..transport import Transport


@dataclass(frozen=True)
class Spend:
    """What an engine's calls to an LLM cost: nothing for the extractive engine."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    llm_calls: int = 0
    attempts: int = 0
    cached_calls: int = 0
    cost_usd: float = 0.0


@dataclass
class EngineResult:
    """An engine's answer: drafts to cite and verify, disagreements it reported, its cost."""

    engine: str
    model: str | None
    drafts: list[Draft]
    conflicts: list[DraftDispute] = field(default_factory=list)
    spend: Spend = field(default_factory=Spend)


class Engine(Protocol):
    """Evidence units in, drafts out. A failing llm engine raises an LLMError whose `usage`
    is the Spend paid before it failed."""

    name: str

    def run(self, corpus: Corpus) -> EngineResult: ...

    def close(self) -> None: ...


def build(name: str, settings: Settings, *, client: Any = None,
          transport: Transport | None = None) -> Engine:
    """The engine called `name`. The llm engine talks through `transport`, by default the
    `client` (or one built from the settings) behind the answer cache."""
    if name == "extractive":
        from .extractive import ExtractiveEngine

        return ExtractiveEngine(settings)
    from ..cache import Cache
    from ..transport import Cached, Direct
    from .llm.engine import LLMEngine

    if transport is None:
        transport = Cached(Direct(settings, client),
                           Cache(settings.cache_dir, enabled=not settings.no_cache))
    return LLMEngine(settings, transport)
