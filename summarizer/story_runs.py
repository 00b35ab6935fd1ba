"""Running the stories of a digest (`stories.summarize_stories` groups them; this runs them).

Each story goes through the single-story path (`pipeline.summarize_documents`) in the way
that suits its engine: llm stories in threads sharing the request budget, or in rounds of
Batch API jobs (`rounds.run_rounds`); extractive ones (CPU-bound) in worker processes, one
per core, when there are enough of them. A story's failure is returned as its one-line
reason, never raised, so the others go on; each story done is reported to a `Progress`,
which hands it to the state file at once.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextvars
import dataclasses
import itertools
import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from . import metadata, story_state
from .config import Settings
from .errors import InputError, one_line
from .evidence import Document
from .models import Source, Story, Summary
from .pipeline import choose_engine, summarize_documents, warner
from .transport import Transport, cancel_event

log = logging.getLogger("summarizer")

HEADLINE_WORDS = 14  # a headline drawn from a claim, when no article has a title
PROCESS_MIN_STORIES = 16  # extractive stories to summarise before worker processes pay off


def one_engine_for_all(settings: Settings, batch_api: bool) -> Settings:
    """`settings` with the engine chosen once for a run of many stories (`auto`'s note said
    once, not once per story); `batch_api` needs the llm engine."""
    name, note = choose_engine(settings)
    if note:
        log.info(note)
    if batch_api:
        from .rounds import require_llm

        require_llm(name)
    return settings.with_overrides(engine=name)


def summarize_all(groups: list[list[Document]], settings: Settings,
                  on_warning: Callable[[str], None] | None, progress: Progress,
                  client: Any, transport: Transport | None, kept: list[Story | None],
                  batch_api: bool = False, keeper: story_state.Keeper | None = None
                  ) -> list[Story | str | None]:
    """Each group's Story, in group order (None: nothing in it to summarise; a string: why
    its summary failed), each reported to `progress` as it is done; a story kept from an
    earlier run is taken as it is, and its warnings said again. The llm engine's stories run
    in threads sharing the request budget, or with `batch_api` in rounds of Batch API jobs
    (whose ids in flight the state's `keeper`, if any, keeps); extractive ones (CPU-bound)
    in worker processes, one per core, when there are enough of them."""
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


class Progress:
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
    pool = cf.ProcessPoolExecutor(max_workers=cores, initializer=worker_start,
                                  initargs=(os.getpid(),), mp_context=quiet_context())
    try:
        with worker_interrupts():
            yield from pool.map(_offline_story, groups, itertools.repeat(settings),
                                chunksize=max(1, min(32, len(groups) // (4 * cores))))
    finally:  # Ctrl-C: the stories not begun are not begun
        pool.shutdown(cancel_futures=True)


def quiet_context() -> Any:
    """The default multiprocessing context, its worker processes ending quietly when the
    parent goes first: a worker waiting for work when Ctrl-C ends the parent may find the
    queue's pipe closed mid-message (EOFError) before its own Ctrl-C handler runs, and
    multiprocessing printed that as a traceback."""
    import multiprocessing

    base = multiprocessing.get_context()

    def run(self: Any) -> None:
        try:
            base.Process.run(self)
        except (EOFError, BrokenPipeError, ConnectionResetError):
            raise SystemExit(130) from None  # the parent is gone: nothing left to say

    process = type("QuietProcess", (base.Process,), {"run": run})
    return type("QuietContext", (type(base),), {"Process": process})()


def worker_start(parent: int) -> None:
    """In a worker process: end quietly on Ctrl-C (a worker waiting for work printed a
    traceback; one in a story hands the parent the exit, as the parent ends too), and end
    when the parent ends, however it ends (SIGTERM, SIGKILL, a crash), through Linux's
    PR_SET_PDEATHSIG; elsewhere the pool's own shutdown is all there is. (Ignoring Ctrl-C
    instead left a pool whose parent was interrupted twice waiting on idle workers.)"""
    import signal

    signal.signal(signal.SIGINT, _leave)
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent went before the signal was asked for (not "is
        os._exit(1)  # 1": a container's first process may be the parent itself)


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


def _leave(signum: int, frame: object) -> None:
    raise SystemExit(130)  # the worker process's exit: no traceback, unlike KeyboardInterrupt


@contextmanager
def worker_interrupts() -> Iterator[None]:
    """In the parent, around the results of a pool made with `worker_start`: a worker's
    Ctrl-C raised in a story (`_leave`) comes back as that task's SystemExit(130), which may
    reach the parent before its own Ctrl-C does; it is the parent's interrupt then, so the
    command still says "summarize: interrupted" rather than exiting without a word."""
    try:
        yield
    except SystemExit as err:
        if err.code != 130:
            raise
        raise KeyboardInterrupt from None


def as_story(summary: Summary) -> Story:
    """`summary` as a story of a digest: with its headline, outlets and latest date."""
    return Story(**dict(summary), headline=_headline(summary),
                 outlets=independent_outlets(summary.sources),
                 latest=max((d for s in summary.sources if (d := s.date) and day(d)),
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


def day(value: str | None) -> date | None:
    iso = metadata.normalize_date(value)
    try:
        return date.fromisoformat(iso) if iso and len(iso) == 10 else None
    except ValueError:
        return None
