"""summarizer: several news articles about one story in, one cited summary out.

    from summarizer import Article, summarize
    summary = summarize(["seeds/", Article(text="...", title="...", url="https://...")])
    for claim in summary.claims:
        print(claim.text, claim.sources)
    html = summary.to_html()     # an email-ready fragment; also .to_markdown(), .model_dump_json()

`summarize_async` is the same for code that runs an event loop. `summarize_stories` groups a
mixed pile into stories and summarises each (a `Digest`; `summarize_stories_async` too).
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
from .stories import summarize_stories, summarize_stories_async

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
