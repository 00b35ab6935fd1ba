"""summarizer: several news articles about one story in, one cited summary out.

    from summarizer import Article, summarize
    summary = summarize(["seeds/", Article(text="...", title="...", url="https://...")])
    for claim in summary.claims:
        print(claim.text, claim.sources)
    html = summary.to_html()     # an email-ready fragment; also .to_markdown(), .model_dump_json()

`summarize_async` is the same for code that runs an event loop. `summarize_stories` groups a
mixed pile into stories and summarises each (a `Digest`; `summarize_stories_async` too).
"""

import typing as _typing

from .config import Settings
from .errors import (
    BudgetError,
    ConfigurationError,
    EndpointError,
    InputError,
    LLMError,
    ModelOutputError,
    OutputError,
    SummarizerError,
    UnverifiedError,
)
from .models import (
    Article,
    Claim,
    Conflict,
    Digest,
    Estimate,
    FailedStory,
    Position,
    Quote,
    Source,
    Story,
    Summary,
    Usage,
)
from .pipeline import estimate, summarize, summarize_async

if _typing.TYPE_CHECKING:
    from .stories import summarize_stories, summarize_stories_async

_LAZY = {"summarize_stories", "summarize_stories_async"}  # grouping: imported on first use


def __getattr__(name: str) -> _typing.Any:
    if name in _LAZY:
        from . import stories

        return getattr(stories, name)
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "Article",
    "BudgetError",
    "Claim",
    "ConfigurationError",
    "Conflict",
    "Digest",
    "EndpointError",
    "Estimate",
    "FailedStory",
    "InputError",
    "LLMError",
    "ModelOutputError",
    "OutputError",
    "Position",
    "Quote",
    "Settings",
    "Source",
    "Story",
    "SummarizerError",
    "Summary",
    "UnverifiedError",
    "Usage",
    "estimate",
    "summarize",
    "summarize_async",
    "summarize_stories",
    "summarize_stories_async",
]
