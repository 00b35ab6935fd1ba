"""`summarize()`: the one entry point the CLI, the evals and users all call.

paths -> ingest -> clean -> sentences -> dedupe -> conflicts -> engine -> verify -> Summary
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any, TypeVar

from . import cite, engines, metadata, timing
from .chunking import count_tokens, split_sentences
from .clean import CleanDoc, clean_text
from .config import Settings
from .conflicts import find_conflicts
from .dedupe import find_duplicate_documents, merge_sentences
from .engines import Spend
from .errors import ConfigurationError, InputError, LLMError, UnverifiedError
from .evidence import Corpus, Document, Sentence, sources_of
from .ingest import Input, read_inputs
from .models import (
    Article,
    Claim,
    Estimate,
    Source,
    Summary,
    Usage,
)
from .relevance import OFF_STORY
from .textutil import main_script
from .timing import stage
from .transport import Direct, Transport, cancel_event

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
    from its claims (verbatim deletions; a quotation is never altered).
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
        with stage("ingest"):
            articles = read_inputs(as_list(inputs), warn=warn,
                                   max_bytes=int(settings.max_file_mb * 1_000_000),
                                   progress=progress, follow_symlinks=settings.follow_symlinks)
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

    if client is not None:
        from .transport import AsyncClientBridge, is_async_client

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
    with stage("ingest"):
        articles = read_inputs(inputs, warn=warn,
                               max_bytes=int(settings.max_file_mb * 1_000_000), progress=progress,
                               follow_symlinks=settings.follow_symlinks)
    return prepare(articles, warn, cache_dir=settings.cache_dir,
                   max_sentences=settings.max_sentences)


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


def choose_engine(settings: Settings) -> tuple[str, str | None]:
    """The engine to run and, when `auto` decided, a one-line note saying why."""
    if settings.engine == "llm":
        if not settings.llm_configured:
            raise ConfigurationError(
                "the llm engine needs an endpoint: set OPENAI_API_KEY (or OPENAI_BASE_URL for a "
                "local OpenAI-compatible server), or set `engine` to extractive")
        return "llm", None
    if settings.engine == "extractive":
        return "extractive", None
    if settings.llm_configured:
        return "llm", f"using the llm engine: {settings.model} at {settings.endpoint_label}"
    return "extractive", ("using the offline extractive engine; set OPENAI_API_KEY or "
                          "OPENAI_BASE_URL to use an LLM")


def prepare(articles: Sequence[Document], warn: Callable[[str], None], *,
            cache_dir: str | None = None, max_sentences: int | None = None) -> Corpus:
    """Clean, segment and deduplicate `articles` into evidence units with provenance
    (`cache_dir`: Settings.cache_dir, where the tokenizer keeps its ranks; `max_sentences`:
    Settings.max_sentences, the most read of one article)."""
    with stage("clean"):
        cleaned = [clean_text(a.text, max_sentences) for a in articles]
    with stage("segment"):
        split = [[s for p in doc.paragraphs for s in split_sentences(p)] for doc in cleaned]
    for doc, article, found in zip(cleaned, articles, split, strict=True):
        for text, reason in doc.removed:  # -v says what was taken out, and why
            log.debug("%s: removed (%s): %s", article.path, reason,
                      text if len(text) <= 100 else text[:97] + "...")
        if any(reason == "injected instructions" for _, reason in doc.removed):
            warn(f"{article.path}: dropped text addressed to AI systems rather than readers "
                 "(a possible prompt injection); it is not summarised")
        if doc.truncated:
            warn(f"{article.path}: only its first {max_sentences} sentences were read "
                 "(raise SUMMARIZER_MAX_SENTENCES to read more)")
        if not found:
            warn(f"{article.path}: no usable text after cleaning (only widgets, credits or "
                 "headings); left out of the sources")
    usable = [n for n, found in enumerate(split) if found]  # a source has something to say
    ids = [f"s{i}" for i in range(1, len(usable) + 1)]
    sentences: list[Sentence] = []
    texts: dict[str, str] = {}
    for source, n in zip(ids, usable, strict=True):
        found = split[n]
        sentences.extend(Sentence(source, i, i / len(found), s) for i, s in enumerate(found))
        texts[source] = " ".join(found)
    with stage("dedupe"):
        groups = find_duplicate_documents(texts)
        dedup = merge_sentences(sentences)
    with stage("metadata"):
        sources = _sources(ids, [articles[n] for n in usable], [cleaned[n] for n in usable],
                           groups)
    if not dedup.units:
        raise InputError("the articles hold no sentences after cleaning; check that they are "
                         "news text and not only headings or links")
    with stage("conflicts"):
        conflicts = find_conflicts(dedup.kept_apart, [  # each statement with its own sources
            (st[0].text, sources_of(st))
            for u in dedup.units for st in u.statements], {s.id: s.date for s in sources})
    with stage("tokens"):
        input_tokens = sum(count_tokens(a.raw or a.text, cache_dir=cache_dir) for a in articles)
    corpus = Corpus(sources=sources, units=dedup.units, conflicts=conflicts,
                    duplicates=groups, input_tokens=input_tokens)
    with stage("relevance"):
        _warn_off_story(corpus, {sid: articles[n].path for sid, n in zip(ids, usable,
                                                                          strict=True)}, warn)
    return corpus


def _warn_off_story(corpus: Corpus, paths: Mapping[str, str],
                    warn: Callable[[str], None]) -> None:
    """Name each source that shares little with the others: a page of junk or another story
    scraped beside this one (the extractive engine counts it little)."""
    for source in corpus.sources:
        score = corpus.relevance.get(source.id, 1.0)
        if score < OFF_STORY:
            warn(f"{paths[source.id]}: looks off-story: it shares few words with the "
                 f"other articles (relevance {score:.2f}, the most central being 1.00); it "
                 "counts little in the summary")


def _sources(ids: Sequence[str], articles: Sequence[Document], cleaned: Sequence[CleanDoc],
             groups: Sequence[Sequence[str]]) -> list[Source]:
    """Each article's Source. Copies of one story share the best-known outlet when theirs
    comes only from a copyright line (The Hill's copy names Nexstar, its owner)."""
    original = {member: group[0] for group in groups for member in group[1:]}
    found = {sid: _source(sid, a, d, original.get(sid))
             for sid, a, d in zip(ids, articles, cleaned, strict=True)}
    for group in groups:
        best = min(group, key=lambda sid: found[sid][1])
        for sid in group:
            if found[sid][1] >= metadata.BY_OWNER and found[best][1] < metadata.BY_OWNER:
                found[sid] = (found[sid][0].model_copy(
                    update={"outlet": found[best][0].outlet}), found[best][1])
    return [found[sid][0] for sid in ids]


def describe(source_id: str, article: Document, doc: CleanDoc) -> Source:
    """The Source an article would be listed as (outlet, title, date, url), on its own."""
    return _source(source_id, article, doc, None)[0]


def _source(source_id: str, article: Document, doc: CleanDoc, duplicate_of: str | None
            ) -> tuple[Source, int]:
    # a line that is nothing but a link, at the end of a scraped copy, names the original
    url = metadata.web_url(article.url or (doc.source_links[-1] if doc.source_links else None))
    outlet, trust = metadata.resolve_outlet(
        declared=article.outlet, url=url, dateline=doc.dateline_outlet,
        removed=[line for line, reason in doc.removed if reason != "link"])
    log.debug("%s: outlet %s (from %s)", article.path, outlet or "unknown",
              metadata.EVIDENCE[trust])
    return Source(id=source_id,
                  path=None if article.in_memory or article.path == "-"  # stdin has none
                  else metadata.printable(article.path),
                  title=article.title or doc.title, outlet=outlet,
                  date=metadata.normalize_date(article.date), url=url,
                  duplicate_of=duplicate_of), trust


def _judged(claims: list[Claim], settings: Settings, client: Any,
            transport: Transport | None) -> tuple[list[Claim], Spend]:
    """`judge`: the model's verdict on each claim that cites evidence, against its aligned
    sentences; where it gives one, it sets the status."""
    if not settings.llm_configured:
        raise ConfigurationError(
            "`judge` asks the configured model about each claim: set OPENAI_API_KEY (or "
            "OPENAI_BASE_URL for a local OpenAI-compatible server), or leave `judge` off")
    judge = engines.build("llm", settings, client=client, transport=transport)
    try:
        asked = [c for c in claims if c.quotes]
        verdicts = judge.judge([(c.text, [q.text for q in c.quotes]) for c in asked])  # type: ignore[attr-defined]
        spend: Spend = judge.spend()  # type: ignore[attr-defined]
    finally:
        judge.close()
    said = {c.id: v for c, v in zip(asked, verdicts, strict=True) if v is not None}
    out = []
    for claim in claims:
        if claim.id not in said:
            out.append(claim)
        elif said[claim.id]:
            out.append(claim.model_copy(update={"status": "verified", "problems": [],
                                                "decided_by": "judge"}))
        else:
            out.append(claim.model_copy(update={
                "status": "unverified", "decided_by": "judge",
                "problems": [*claim.problems, "the judge (the configured model) found it not "
                             "supported by its cited sentences"]}))
    log.info("judge: %d of %d claim(s) judged, %d found unsupported", len(said), len(claims),
             sum(not v for v in said.values()))
    return out, spend


def _added(a: Spend, b: Spend) -> Spend:
    return Spend(prompt_tokens=a.prompt_tokens + b.prompt_tokens,
                 completion_tokens=a.completion_tokens + b.completion_tokens,
                 llm_calls=a.llm_calls + b.llm_calls, attempts=a.attempts + b.attempts,
                 cached_calls=a.cached_calls + b.cached_calls,
                 cost_usd=round(a.cost_usd + b.cost_usd, 6))


def run_engine(corpus: Corpus, settings: Settings, client: Any = None,
               transport: Transport | None = None) -> Summary:
    """Run the chosen engine on `corpus`, cite and verify every claim, and assemble the
    Summary; --strict and --fallback apply here, once, whatever the engine."""
    name, note = choose_engine(settings)
    if note:
        log.info(note)
    with stage("tokens"):
        evidence_tokens = sum(count_tokens(u.text, cache_dir=settings.cache_dir)
                              for u in corpus.units)
    warnings: list[str] = []
    engine = engines.build(name, settings, client=client, transport=transport)
    try:
        with stage("engine"):
            result = engine.run(corpus)
    except LLMError as err:
        if settings.fallback != "extractive":
            raise
        note = f"the llm engine failed ({err}); this is the extractive engine's summary"
        log.warning(note)
        warnings.append(note)
        result = engines.build("extractive", settings).run(corpus)
        result.spend = err.usage or result.spend  # what the failed run paid is still paid
    finally:
        engine.close()
    with stage("verify"):
        claims = cite.claims(result.drafts, corpus)
    if settings.judge:
        with stage("judge"):
            claims, judged = _judged(claims, settings, client, transport)
        result.spend = _added(result.spend, judged)
    if log.isEnabledFor(logging.DEBUG):  # -v: why each claim is there, and what backs it
        for claim, draft in zip(claims, result.drafts, strict=True):
            log.debug("%s: %s; cites %s; %s (support %.2f)", claim.id, draft.reason or "drafted",
                      ", ".join(claim.sources) or "nothing", claim.status, claim.support)
    dropped = [c for c in claims if c.problems]
    for claim in dropped:
        log.info("unverified claim %s: %s", claim.id, "; ".join(claim.problems))
    if settings.strict and dropped:
        if len(dropped) == len(claims):
            raise UnverifiedError(
                f"`strict`: every claim ({len(claims)}) failed verification against the "
                "evidence it cites, so nothing is left; run without `strict` to see them "
                "marked unverified", dropped=len(dropped))
        log.warning("`strict`: dropped %d unverified claim(s) of %d", len(dropped), len(claims))
        claims = [c for c in claims if not c.problems]
    if not claims:  # never an empty summary without a word
        script = main_script(" ".join(u.text for u in corpus.units))
        note = ("no claim could be drawn from these articles: no sentence of them can stand as "
                "a claim (too short, questions, fragments, or a script this tool cannot read)"
                if script in ("", "Latin") else "no claim could be drawn from these articles: "
                f"they are mostly in {script} script, which this tool cannot split into words "
                "and sentences")
        log.warning(note)
        warnings.append(note)
    by_id = {u.id: u for u in corpus.units}
    conflicts = [*corpus.conflicts,
                 *cite.model_conflicts(result.conflicts, by_id, corpus.conflicts)]
    sides = [p.text for c in conflicts for p in c.positions]
    claims = [c.model_copy(update={"disputed": True}) if any(t in c.text for t in sides) else c
              for c in claims]
    spend = result.spend
    return Summary(
        engine=result.engine, model=result.model,  # type: ignore[arg-type]
        claims=claims, conflicts=conflicts, sources=corpus.sources,
        duplicates=corpus.duplicates, warnings=warnings,
        usage=Usage(input_tokens=corpus.input_tokens, evidence_tokens=evidence_tokens,
                    prompt_tokens=spend.prompt_tokens,
                    completion_tokens=spend.completion_tokens, llm_calls=spend.llm_calls,
                    attempts=spend.attempts, cached_calls=spend.cached_calls,
                    cost_usd=spend.cost_usd),
    )
