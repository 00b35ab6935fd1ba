"""What a model costs and how much it can read: a small table, overridable by settings.

Prices are USD per million tokens as OpenAI published them (2025); a dated snapshot
("gpt-4.1-mini-2025-04-14") matches its family by the longest prefix. Anything else (a
local or self-hosted model) has no known price: set SUMMARIZER_PRICE_INPUT/OUTPUT, 0 for a
server you run yourself.
"""

from __future__ import annotations

from dataclasses import dataclass

# model prefix -> (input USD/1M, output USD/1M, context window in tokens)
_MODELS: dict[str, tuple[float, float, int]] = {
    "gpt-4o-mini": (0.15, 0.60, 128_000),
    "gpt-4o": (2.50, 10.00, 128_000),
    "gpt-4.1-nano": (0.10, 0.40, 1_047_576),
    "gpt-4.1-mini": (0.40, 1.60, 1_047_576),
    "gpt-4.1": (2.00, 8.00, 1_047_576),
    "gpt-5-nano": (0.05, 0.40, 400_000),
    "gpt-5-mini": (0.25, 2.00, 400_000),
    "gpt-5": (1.25, 10.00, 400_000),
    "o4-mini": (1.10, 4.40, 200_000),
    "o3": (2.00, 8.00, 200_000),
}
# what one call may read even when the window is larger: long prompts dilute attention
MAX_DEFAULT_CONTEXT = 32_768
UNKNOWN_CONTEXT = 8_192


@dataclass(frozen=True)
class Price:
    """USD per million tokens; `known` is False when neither the table nor settings say."""

    input: float
    output: float
    known: bool

    def scaled(self, factor: float) -> Price:
        """This price times `factor` (the Batch API's discount, say)."""
        return Price(self.input * factor, self.output * factor, self.known)

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.input + completion_tokens * self.output) / 1_000_000


def _lookup(model: str) -> tuple[float, float, int] | None:
    matches = [p for p in _MODELS if model == p or model.startswith(p + "-")]
    return _MODELS[max(matches, key=len)] if matches else None


def price(model: str, input_override: float | None = None,
          output_override: float | None = None, *, hosted_by_openai: bool = True) -> Price:
    """The price of `model`, with explicit overrides taking precedence. OpenAI's table says
    nothing of what another server charges (a local one: nothing): there the price is
    unknown unless given."""
    known = _lookup(model) if hosted_by_openai else None
    if input_override is not None and output_override is not None:
        return Price(input_override, output_override, True)
    if known is None:
        return Price(input_override or 0.0, output_override or 0.0, False)
    return Price(input_override if input_override is not None else known[0],
                 output_override if output_override is not None else known[1], True)


def context_window(model: str, override: int | None = None) -> int:
    """Tokens one request may hold (prompt and answer) for `model`."""
    if override is not None:
        return override
    known = _lookup(model)
    return min(known[2], MAX_DEFAULT_CONTEXT) if known else UNKNOWN_CONTEXT


def is_reasoning_model(model: str) -> bool:
    """Reasoning models (o-series, gpt-5 and later) reject a temperature other than default."""
    name = model.rsplit("/", 1)[-1]
    return name.startswith(("o1", "o3", "o4", "gpt-5", "gpt-6"))
