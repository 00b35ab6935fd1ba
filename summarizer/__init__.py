"""summarizer: several news articles about one story in, one cited summary out.

    from summarizer import summarize
    summary = summarize(["seeds/"])
    for claim in summary.claims:
        print(claim.text, claim.sources)
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
)
from .models import Claim, Conflict, Estimate, Position, Quote, Source, Summary, Usage
from .pipeline import estimate, summarize

__all__ = [
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
    "Usage",
    "estimate",
    "summarize",
]
