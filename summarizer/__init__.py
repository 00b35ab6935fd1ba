"""summarizer: several news articles about one story in, one cited summary out.

    from summarizer import summarize
    summary = summarize(["seeds/"])
    for claim in summary.claims:
        print(claim.text, claim.sources)
"""

from .config import Settings
from .errors import ConfigurationError, InputError, OutputError, SummarizerError
from .models import Claim, Conflict, Position, Quote, Source, Summary, Usage
from .pipeline import summarize

__all__ = [
    "Claim",
    "ConfigurationError",
    "Conflict",
    "InputError",
    "OutputError",
    "Position",
    "Quote",
    "Settings",
    "Source",
    "SummarizerError",
    "Summary",
    "Usage",
    "summarize",
]
