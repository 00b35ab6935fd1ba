"""A day's feed in, a digest out: a mixed pile grouped into stories, each summarised.

    from summarizer import summarize_stories
    digest = summarize_stories(["feeds/today/"], window="3d")
    for story in digest.stories:
        print(story.headline, story.outlets, len(story.claims))

The pile is read once; the articles are grouped by `grouping` on their cleaned text (content
words, names, numbers, dates within the window); each group of two or more runs the
single-story path (`pipeline.summarize_documents`: dedupe, citations, disagreements,
verification), and an article that joins no group is listed as unassigned, never forced
into a story. Stories are ordered by independent outlets, then by recency. A story whose
summary fails (an llm endpoint's error, a bug) is listed with its reason among the digest's
failed stories and the others go on, as `--batch` does.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextvars
import dataclasses
import itertools
import logging
import os
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from os import PathLike
from pathlib import Path
from typing import Any

from . import metadata, story_state
from .clean import clean_text
from .config import Settings
from .errors import ConfigurationError, InputError, OutputError, one_line
from .evidence import Document
from .grouping import group
from .ingest import read_inputs
from .models import Digest, FailedStory, Source, Story, Summary
from .pipeline import (
    Inputs,
    as_list,
    choose_engine,
    describe,
    in_worker,
    summarize_documents,
    warner,
)
from .timing import stage
from .transport import Transport, cancel_event

log = logging.getLogger("summarizer")

HEADLINE_WORDS = 14  # a headline drawn from a claim, when no article has a title
PROCESS_MIN_STORIES = 16  # extractive stories to summarise before worker processes pay off
_WINDOW = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([hdw]?)\s*$", re.IGNORECASE)
_UNIT_DAYS = {"h": 1 / 24, "d": 1.0, "w": 7.0, "": 1.0}


def parse_window(value: str | float | None) -> float | None:
    """Days in a window given as '3d', '36h', '1w' or a number of days; None: no window."""
    if value is None or isinstance(value, int | float):
        return None if value is None else float(value)
    found = _WINDOW.match(value)
    if not found:
        raise ConfigurationError(f"`window` {value!r}: give a duration such as 3d, 36h or 1w")
    return float(found[1]) * _UNIT_DAYS[found[2].lower()]


def summarize_stories(
    inputs: Inputs,
    *,
    window: str | float | None = None,
    engine: str | None = None,
    max_words: int | None = None,
    strict: bool | None = None,
    settings: Settings | None = None,
    on_warning: Callable[[str], None] | None = None,
    on_story: Callable[[Story, int, int], None] | None = None,
    state_dir: str | PathLike[str] | None = None,
    client: Any = None,
    transport: Transport | None = None,
    batch_api: bool = False,
) -> Digest:
    """Group the articles in `inputs` into stories and summarise each one.

    `inputs` are what `summarize()` takes (paths, `Article`s, mappings). `window` bounds a
    story's dated articles to that span ('3d', '36h', or days as a number); undated articles
    are grouped by content alone. `on_story(story, done, total)` is called as each story is
    summarised. `state_dir` keeps each story's summary for the next run (`story_state`):
    a rerun summarises again only the stories whose articles or settings changed, such as
    those new articles join. The other arguments are `summarize()`'s, applied to every
    story; with the llm engine the stories share `Settings.concurrency` requests, or with
    `batch_api=True` their requests go through the Batch API in rounds, as `--batch
    --batch-api` sends them (`rounds.run_rounds`; with `state_dir`, an interrupted run
    polls the batches it left in flight instead of paying for them again). Raises
    `InputError` when no article can be read. A story whose summary fails is warned about
    and listed in `Digest.failed` with its reason; the others are summarised.
    """
    days = parse_window(window)
    settings = (settings or Settings.from_env()).with_overrides(
        engine=engine, max_words=max_words, strict=strict)
    name, note = choose_engine(settings)
    if note:
        log.info(note)  # once for the digest, not once per story
    settings = settings.with_overrides(engine=name)
    if batch_api:
        from .rounds import require_llm

        require_llm(name)
    items = as_list(inputs)  # once: `inputs` may be a generator
    kept = _kept(state_dir, items)  # before the work: a bad state folder fails at once
    warnings: list[str] = []
    warn = warner(warnings, on_warning)
    with stage("ingest"):
        articles = read_inputs(items, warn=warn,
                               max_bytes=int(settings.max_file_mb * 1_000_000),
                               follow_symlinks=settings.follow_symlinks)
    with stage("group"):
        cleaned = [clean_text(a.text, settings.max_sentences) for a in articles]
        found = group(["\n".join(c.paragraphs) for c in cleaned],
                      [_day(a.date) for a in articles], days)
    groups = [[articles[i] for i in m] for m in found.stories]
    keys = [story_state.story_key(g, settings) for g in groups]
    previous = [kept.get(k) for k in keys]
    keeper = None if state_dir is None else story_state.Keeper(Path(state_dir))
    progress = _Progress(len(groups), on_story,
                         None if keeper is None else lambda n, story: keeper.add(keys[n], story))
    try:
        summaries = _summarize_all(groups, settings, on_warning, progress, client, transport,
                                   previous, batch_api, keeper)
    finally:  # an interrupted run keeps the stories it finished, too
        if keeper is not None:
            keeper.close()
    if state_dir is not None:
        log.info("%d of %d stories unchanged since the last run, kept",
                 sum(p is not None for p in previous), len(groups))
    left = sorted([*found.unassigned, *(i for m, s in zip(found.stories, summaries, strict=True)
                                        if s is None for i in m)])
    stories = sorted((s for s in summaries if isinstance(s, Story)), key=_rank)
    unassigned = [describe(f"u{n}", articles[i], cleaned[i]) for n, i in enumerate(left, 1)]
    failed = [_failed(m, error, articles, cleaned, warn)
              for m, error in zip(found.stories, summaries, strict=True)
              if isinstance(error, str)]
    return Digest(stories=stories, unassigned=unassigned, failed=failed,
                  warnings=[*warnings, *(w for s in stories for w in s.warnings)])


def _failed(members: list[int], error: str, articles: Sequence[Document],
            cleaned: Sequence[Any], warn: Callable[[str], None]) -> FailedStory:
    """The failed story of `members`, warned about."""
    sources = [describe(f"s{n}", articles[i], cleaned[i]) for n, i in enumerate(members, 1)]
    headline = next((s.title for s in sources if s.title), None) or \
        sources[0].path or sources[0].url or "(untitled story)"
    warn(f"story {headline!r} ({len(sources)} articles) failed: {error}")
    return FailedStory(headline=headline, error=error, sources=sources)


def _kept(state_dir: str | PathLike[str] | None, inputs: Sequence[object]) -> dict[str, Story]:
    """The stories kept in `state_dir`, which may not lie among the inputs (a rerun would
    read its state file as an article)."""
    if state_dir is None:
        return {}
    folder = Path(state_dir)
    where = folder.resolve()
    for item in inputs:
        if isinstance(item, str | PathLike) and str(item) != "-":
            given = Path(item).resolve()
            if given.is_dir() and (where == given or given in where.parents):
                raise InputError(f"{folder}: `out_dir` is inside the input folder {item}, so "
                                 "a rerun would read its state as an article; choose a folder "
                                 "outside the inputs", path=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{folder}: cannot create the state folder ({err.strerror}); choose "
                          "another `out_dir`", path=str(folder)) from err
    return story_state.load(folder)


def _summarize_all(groups: list[list[Document]], settings: Settings,
                   on_warning: Callable[[str], None] | None, progress: _Progress,
                   client: Any, transport: Transport | None, kept: list[Story | None],
                   batch_api: bool = False, keeper: story_state.Keeper | None = None
                   ) -> list[Story | str | None]:
    """Each group's Story, in group order (None: nothing in it to summarise; a string: why
    its summary failed), each reported to `progress` as it is done; a story kept from an
    earlier run is taken as it is, and its warnings said again. The llm engine's stories run
    in threads sharing the request budget, or with `batch_api` in rounds of Batch API jobs
    (whose ids in flight the state's `keeper`, if any, keeps);
    extractive ones (CPU-bound) in worker processes, one per core, when there are enough of
    them."""
    jobs = max(1, min(settings.concurrency, len(groups))) if settings.engine == "llm" else 1
    shared = dataclasses.replace(settings, concurrency=max(1, settings.concurrency // jobs))

    def one(n: int) -> Story | str | None:
        story = kept[n]
        if story is not None:
            log.debug("%s: unchanged since the last run, kept", story.headline)
            _say_again(story.warnings, on_warning)
            return progress.finish(n, story)
        return progress.finish(n, _one_story(groups[n], shared, on_warning, client, transport))

    todo = [n for n, story in enumerate(kept) if story is None]
    if batch_api:
        out = [one(n) if kept[n] is not None else None for n in range(len(groups))]
        _in_rounds([groups[n] for n in todo], settings, on_warning, client, keeper,
                   lambda i, made: out.__setitem__(todo[i], progress.finish(todo[i], made)))
        return out
    if settings.engine == "extractive" and _processes_pay(len(todo)):
        out = [one(n) if kept[n] is not None else None for n in range(len(groups))]
        for n, (made, notes) in zip(todo, _in_processes([groups[n] for n in todo], settings),
                                    strict=True):
            _say_again(notes, on_warning)
            out[n] = progress.finish(n, made)
        return out
    if jobs == 1:
        return [one(n) for n in range(len(groups))]
    contexts = [contextvars.copy_context() for _ in groups]  # a cancel reaches every story
    with cf.ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(lambda ctx, n: ctx.run(one, n), contexts, range(len(groups))))


class _Progress:
    """Counts the stories done, tells `on_story` of each one summarised, and hands it to
    `keep` (the state file) at once, so that an interrupted run loses none it finished."""

    def __init__(self, total: int, on_story: Callable[[Story, int, int], None] | None,
                 keep: Callable[[int, Story], None] | None) -> None:
        self.total, self.on_story, self.keep = total, on_story, keep
        self.done = 0
        self.lock = threading.Lock()

    def finish(self, n: int, result: Story | str | None) -> Story | str | None:
        with self.lock:
            self.done += 1
            if isinstance(result, Story):
                if self.keep:
                    self.keep(n, result)
                if self.on_story:
                    self.on_story(result, self.done, self.total)
        return result


def _say_again(messages: Sequence[str], on_warning: Callable[[str], None] | None) -> None:
    for message in messages:
        log.warning(message)
        if on_warning:
            on_warning(message)


def _one_story(docs: list[Document], settings: Settings,
               on_warning: Callable[[str], None] | None, client: Any,
               transport: Transport | None) -> Story | str | None:
    """One story summarised here: its Story, None when nothing in it is left to summarise,
    or why it failed (a cancelled run stops instead)."""
    mine: list[str] = []
    try:
        _, summary = summarize_documents(docs, settings, warner(mine, on_warning),
                                         client=client, transport=transport)
    except InputError:  # no sentence left in any of them after cleaning
        return None
    except Exception as err:  # one story's failure must not lose the others
        cancelled = cancel_event.get()
        if cancelled is not None and cancelled.is_set():
            raise
        return one_line(err)
    return as_story(summary.model_copy(update={"warnings": [*mine, *summary.warnings]}))


def _in_rounds(groups: list[list[Document]], settings: Settings,
               on_warning: Callable[[str], None] | None, client: Any,
               keeper: story_state.Keeper | None,
               ended: Callable[[int, Story | str | None], None]) -> None:
    """Each group summarised with its llm requests sent through the Batch API in rounds;
    `ended(i, story)` as group i is done."""
    from .rounds import run_rounds

    def task(docs: list[Document]) -> Callable[[Any], Story | str | None]:
        return lambda transport: _one_story(docs, settings, on_warning, None, transport)

    run_rounds([task(docs) for docs in groups], settings, client, ended,
               None if keeper is None else keeper.in_flight,
               None if keeper is None else keeper.flying)


def _processes_pay(stories: int) -> bool:
    """Whether worker processes pay off for this many extractive stories."""
    return (os.cpu_count() or 1) >= 2 and stories >= PROCESS_MIN_STORIES


def _in_processes(groups: list[list[Document]], settings: Settings
                  ) -> Iterator[tuple[Story | str | None, list[str]]]:
    """Extractive stories summarised in worker processes, one per core: each story (or why it
    failed) and its warnings, in order, each as soon as it and those before it are done."""
    cores = os.cpu_count() or 1
    with cf.ProcessPoolExecutor(max_workers=cores) as pool:
        yield from pool.map(_offline_story, groups, itertools.repeat(settings),
                            chunksize=max(1, min(32, len(groups) // (4 * cores))))


def _offline_story(docs: list[Document], settings: Settings
                   ) -> tuple[Story | str | None, list[str]]:
    """In a worker process: one extractive story (or why it failed) and the warnings its
    articles gave."""
    notes: list[str] = []
    try:
        _, summary = summarize_documents(docs, settings,
                                         lambda m: notes.append(metadata.printable(m)))
    except InputError:
        return None, notes
    except Exception as err:  # one story's bug must not lose the others
        return one_line(err), notes
    return as_story(summary.model_copy(update={"warnings": [*notes, *summary.warnings]})), notes


def as_story(summary: Summary) -> Story:
    """`summary` as a story of a digest: with its headline, outlets and latest date."""
    return Story(**dict(summary), headline=_headline(summary),
                 outlets=independent_outlets(summary.sources),
                 latest=max((d for s in summary.sources if (d := s.date) and _day(d)),
                            default=None))


def independent_outlets(sources: Sequence[Source]) -> int:
    """Outlets among `sources`, copies left out; an unknown outlet counts once per article."""
    return len({s.outlet.casefold() if s.outlet else "#" + s.id
                for s in sources if not s.duplicate_of})


def _headline(summary: Summary) -> str:
    for source in summary.sources:
        if source.title and not source.duplicate_of:
            return source.title
    if summary.claims:
        words = summary.claims[0].text.split()
        return " ".join(words[:HEADLINE_WORDS]) + ("…" if len(words) > HEADLINE_WORDS else "")
    return "(untitled story)"


def _rank(story: Story) -> tuple[int, int, str]:
    latest = _day(story.latest)
    first = min((s.path or s.url or s.title or "" for s in story.sources), default="")
    return (-story.outlets, -(latest.toordinal() if latest else 0), first)


def _day(value: str | None) -> date | None:
    iso = metadata.normalize_date(value)
    try:
        return date.fromisoformat(iso) if iso and len(iso) == 10 else None
    except ValueError:
        return None


async def summarize_stories_async(
    inputs: Inputs,
    *,
    window: str | float | None = None,
    engine: str | None = None,
    max_words: int | None = None,
    strict: bool | None = None,
    settings: Settings | None = None,
    on_warning: Callable[[str], None] | None = None,
    client: Any = None,
) -> Digest:
    """`summarize_stories()` for code that runs an event loop, as `summarize_async` is for
    `summarize()`: the work runs in a worker thread, an `openai.AsyncOpenAI` client runs on
    this loop, and cancelling the task stops the run before its next LLM call."""
    return await in_worker(summarize_stories, inputs, window=window, engine=engine,
                           max_words=max_words, strict=strict, settings=settings,
                           on_warning=on_warning, client=client)
