"""`summarize()`: the one entry point the CLI, the evals and users all call.

paths -> ingest -> clean -> sentences -> dedupe -> conflicts -> engine -> verify -> Summary

The entry points and reading are here, and the async forms run the sync path in a worker
thread (a caller's AsyncOpenAI client is bridged onto its loop by async_bridge.py); the
stages are in preparation.py (everything before the engine) and assemble.py (the engine,
citations, verification, the Summary).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any, TypeVar

from . import metadata, timing
from .assemble import choose_engine, run_engine
from .chunking import count_tokens
from .config import Settings
from .evidence import Corpus, Document
from .ingest import Input, read_inputs
from .models import Article, Estimate, Summary
from .preparation import describe, prepare
from .timing import stage

if TYPE_CHECKING:  # the transports: only an llm run (or the async API) loads them
    from .transport import Transport

__all__ = ["Inputs", "Progress", "as_list", "choose_engine", "describe", "estimate", "in_worker",
           "prepare", "read_articles", "read_corpus", "run_engine", "summarize", "summarize_async",
           "summarize_documents", "warner"]

log = logging.getLogger("summarizer")
T = TypeVar("T")

Progress = Callable[[int, int], None]
Inputs = Input | Iterable[Input]


def summarize(
    inputs: Inputs,
    *,
    engine: str | None = None,
    max_words: int | None = None,
    strict: bool | None = None,
    compress: bool | None = None,
    settings: Settings | None = None,
    on_warning: Callable[[str], None] | None = None,
    progress: Progress | None = None,
    client: Any = None,
    transport: Transport | None = None,
) -> Summary:
    """Summarise the articles in `inputs` into one cited Summary.

    `inputs` is one input or a list of them: paths of files or directories, '-' for stdin,
    `Article` objects, or mappings with an article's keys (`text`, `title`, `url`, `date`,
    `outlet`, ... as in a .json file), e.g. entries of an RSS reader. Files come first in path
    order, then articles given in memory in the order given; sources are numbered so.

    `compress` lets the extractive engine trim attributions, parentheticals and asides
    from its claims, and cut a claim one outlet states to a clause more outlets state
    (verbatim deletions; a quotation is never altered).
    Arguments given here override `settings`, which default to `Settings.from_env()`.
    `client` is an `openai.OpenAI` (or compatible) client for the llm engine; by default one
    is built from the settings. `transport` replaces the client and the answer cache with
    another route for the llm requests (`summarizer.transport`; the Batch API driver's).
    Unusable inputs are skipped with a warning (also listed in `Summary.warnings`); raises
    `InputError` when no article at all can be read, and an `LLMError` when the llm engine
    gets no usable answer.
    """
    settings = (settings or Settings.from_env()).with_overrides(
        engine=engine, max_words=max_words, strict=strict, compress=compress)
    warnings: list[str] = []
    tracing: AbstractContextManager[dict[str, float]] = (
        timing.collect() if log.isEnabledFor(logging.DEBUG) else nullcontext({}))
    with tracing as seconds:
        warn = warner(warnings, on_warning)
        articles = read_articles(as_list(inputs), settings, warn, progress)
        corpus, summary = summarize_documents(articles, settings, warn, client=client,
                                              transport=transport)
    if seconds:  # -v: how the run went, stage by stage
        _trace(corpus, summary, seconds)
    return summary.model_copy(update={"warnings": [*warnings, *summary.warnings]})


def summarize_documents(articles: Sequence[Document], settings: Settings,
                        warn: Callable[[str], None], *, client: Any = None,
                        transport: Transport | None = None) -> tuple[Corpus, Summary]:
    """The single-story path after reading: `articles` prepared into a corpus and summarised
    by the chosen engine (`summarize()` and each story of `summarize_stories()` run it).
    The Summary's warnings are the engine's; the caller adds those of reading."""
    corpus = prepare(articles, warn, cache_dir=settings.cache_dir,
                     max_sentences=settings.max_sentences)
    return corpus, run_engine(corpus, settings, client=client, transport=transport)


def _trace(corpus: Corpus, summary: Summary, seconds: dict[str, float]) -> None:
    log.debug("read %d source(s), %d copy group(s); %d evidence unit(s) from %d sentence(s); "
              "%d disagreement(s); %d claim(s), %d unverified", len(corpus.sources),
              len(corpus.duplicates), len(corpus.units),
              sum(len(u.mentions) for u in corpus.units), len(summary.conflicts),
              len(summary.claims), sum(c.status == "unverified" for c in summary.claims))
    log.debug("time: " + ", ".join(f"{name} {1000 * t:.0f} ms" for name, t in seconds.items()))


async def summarize_async(
    inputs: Inputs,
    *,
    engine: str | None = None,
    max_words: int | None = None,
    strict: bool | None = None,
    compress: bool | None = None,
    settings: Settings | None = None,
    on_warning: Callable[[str], None] | None = None,
    client: Any = None,
) -> Summary:
    """`summarize()` for code that already runs an event loop: the same arguments, but no
    progress callback.

    The work runs in a worker thread, so the loop keeps serving while articles are read and
    the LLM answers. `client` may be an `openai.AsyncOpenAI`: its requests then run on this
    loop (its connection pool and hooks are used as they are). Cancelling the awaiting task
    stops the run before its next LLM call. Several stories can run at once with
    `asyncio.gather`.
    """
    return await in_worker(summarize, inputs, engine=engine, max_words=max_words,
                           strict=strict, compress=compress, settings=settings,
                           on_warning=on_warning, client=client)


async def in_worker(function: Callable[..., T], inputs: Inputs, *, client: Any,
                    **options: Any) -> T:
    """`function(inputs, client=client, **options)` in a worker thread, for the async API: an
    `openai.AsyncOpenAI` client runs its requests on this loop, and cancelling the awaiting
    task stops the run before its next LLM call."""
    import asyncio  # a running loop has loaded it already; a plain run never needs it

    from .transport import cancel_event, is_async_client

    if client is not None:
        from .async_bridge import AsyncClientBridge

        if is_async_client(client):
            client = AsyncClientBridge(client, asyncio.get_running_loop())
    cancelled = threading.Event()
    token = cancel_event.set(cancelled)  # copied into the worker thread's context
    try:
        return await asyncio.to_thread(function, inputs, client=client, **options)
    except asyncio.CancelledError:
        cancelled.set()
        raise
    finally:
        cancel_event.reset(token)


def as_list(inputs: Inputs) -> list[Input]:
    if isinstance(inputs, str | os.PathLike | Article | Mapping):
        return [inputs]
    return list(inputs)


def estimate(
    inputs: Inputs,
    *,
    settings: Settings | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> Estimate:
    """What an llm run on `inputs` would send and could cost, without sending anything.

    Works without an endpoint configured: it reads, deduplicates and renders the prompts
    exactly as the run would, and counts their tokens with tiktoken.
    """
    settings = settings or Settings.from_env()
    corpus = read_corpus(as_list(inputs), settings, warner([], on_warning))
    from .engines.llm.engine import LLMEngine
    from .engines.llm.plan import describe
    from .transport import Direct

    engine = LLMEngine(settings, Direct(settings))
    plan = engine.plan(corpus.units, corpus.conflicts)
    return Estimate(
        model=settings.model, endpoint=engine.endpoint, evidence_units=len(corpus.units),
        evidence_tokens=sum(count_tokens(u.text, cache_dir=settings.cache_dir)
                            for u in corpus.units),
        groups=len(plan.groups), calls=plan.calls, prompt_tokens=plan.total_prompt_tokens,
        max_completion_tokens=plan.max_completion_tokens,
        cost_usd=plan.cost_bound if plan.price.known else None,
        report=describe(plan, settings, engine.endpoint))


def read_corpus(inputs: Sequence[Input], settings: Settings,
                warn: Callable[[str], None], progress: Progress | None = None) -> Corpus:
    """Read the articles under `inputs` and prepare them (everything before the engine)."""
    return prepare(read_articles(inputs, settings, warn, progress), warn,
                   cache_dir=settings.cache_dir, max_sentences=settings.max_sentences)


def read_articles(inputs: Sequence[Input], settings: Settings, warn: Callable[[str], None],
                  progress: Progress | None = None) -> list[Document]:
    """The articles under `inputs`, read within the settings' limits (the "ingest" stage)."""
    with stage("ingest"):
        return read_inputs(inputs, warn=warn, max_bytes=int(settings.max_file_mb * 1_000_000),
                           progress=progress, follow_symlinks=settings.follow_symlinks)


def warner(warnings: list[str], on_warning: Callable[[str], None] | None
           ) -> Callable[[str], None]:
    """A warning callback: collects into `warnings`, logs, and calls `on_warning`."""
    def warn(message: str) -> None:
        message = metadata.printable(message)  # a file name need not be valid UTF-8
        warnings.append(message)
        log.warning(message)
        if on_warning:
            on_warning(message)

    return warn

