"""summarizer: several news articles about one story in, one cited summary out.

    from summarizer import Article, summarize
    summary = summarize(["seeds/", Article(text="...", title="...", url="https://...")])
    for claim in summary.claims:
        print(claim.text, claim.sources)
    html = summary.to_html()     # an email-ready fragment; also .to_markdown(), .model_dump_json()

`summarize_async` is the same for code that runs an event loop.
"""

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
from .models import Article, Claim, Conflict, Estimate, Position, Quote, Source, Summary, Usage
from .pipeline import estimate, summarize, summarize_async

__all__ = [
    "Article",
    "BudgetError",
    "Claim",
    "ConfigurationError",
    "Conflict",
    "EndpointError",
    "Estimate",
    "InputError",
    "LLMError",
    "ModelOutputError",
    "OutputError",
    "Position",
    "Quote",
    "Settings",
    "Source",
    "SummarizerError",
    "Summary",
    "UnverifiedError",
    "Usage",
    "estimate",
    "summarize",
    "summarize_async",
]
