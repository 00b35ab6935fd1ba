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

if _typing.TYPE_CHECKING:
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

# Each public name is imported from its module when first asked for, so that `import
# summarizer.entry` (the `summarize` script's way in) costs nothing before it can catch Ctrl-C.
_HOME = {
    "Settings": "config",
    **dict.fromkeys(("BudgetError", "ConfigurationError", "EndpointError", "InputError",
                     "LLMError", "ModelOutputError", "OutputError", "SummarizerError",
                     "UnverifiedError"), "errors"),
    **dict.fromkeys(("Article", "Claim", "Conflict", "Digest", "Estimate", "FailedStory",
                     "Position", "Quote", "Source", "Story", "Summary", "Usage"), "models"),
    **dict.fromkeys(("estimate", "summarize", "summarize_async"), "pipeline"),
    **dict.fromkeys(("summarize_stories", "summarize_stories_async"), "stories"),
}


def __getattr__(name: str) -> _typing.Any:
    from importlib import import_module
    from importlib.util import find_spec

    if name in _HOME:
        value = getattr(import_module(f".{_HOME[name]}", __name__), name)
    elif not name.startswith("_") and find_spec(f".{name}", __name__) is not None:
        value = import_module(f".{name}", __name__)  # `summarizer.models`, as before
    else:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})


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
