"""What every engine answers, and the protocol both implement."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ..evidence import Corpus, Draft, DraftDispute


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
