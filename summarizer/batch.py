"""Many stories in one run: every subfolder of a directory is one story.

    summarize --batch stories/ --out-dir summaries/ --format json

Each story's summary is written (atomically) as it finishes, and a state file beside the
summaries records what was done with which inputs and settings. A rerun skips the stories
whose files and settings have not changed since they were summarised, and retries the ones
that failed, so an interrupted nightly run resumes where it stopped.

Stories run in parallel, bounded by `jobs`: in worker processes for the extractive engine
(CPU-bound), in threads for the llm engine (waiting on the network), where each story's own
map step gets a share of `Settings.concurrency` so that no more than max(jobs, concurrency)
requests are in flight.
"""

from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import batch_state
from .batch_state import STATE_FILE, BatchReport, Ledger, StoryResult
from .config import Settings
from .errors import InputError, one_line
from .files import make_folder, within, write_atomic

if TYPE_CHECKING:
    from .models import Summary

__all__ = ["STATE_FILE", "BatchReport", "StoryResult", "story_folders", "summarize_batch"]

log = logging.getLogger("summarizer")

EXTENSIONS = {"json": ".json", "markdown": ".md", "html": ".html", "text": ".txt"}


def story_folders(root: Path) -> list[Path]:
    """The subfolders of `root` that hold stories (sorted; '.' and '_' names are not)."""
    if not root.is_dir():
        raise InputError(f"{root}: a batch needs a directory whose subfolders are stories")
    folders = sorted(p for p in root.iterdir()
                     if p.is_dir() and not p.name.startswith((".", "_")))
    if not folders:
        raise InputError(f"{root}: no story folders in it; put each story's articles in a "
                         "subfolder of its own")
    return folders


def summarize_batch(
    root: str | os.PathLike[str],
    out_dir: str | os.PathLike[str] | None = None,
    *,
    settings: Settings | None = None,
    fmt: str = "json",
    cite: bool = False,
    jobs: int | None = None,
    on_story: Callable[[StoryResult, int, int], None] | None = None,
    batch_api: bool = False,
    client: Any = None,
) -> BatchReport:
    """Summarise each story folder under `root` into `out_dir` (default `root/_summaries`).

    Resumable: stories already summarised from the same files with the same settings are
    skipped. `on_story(result, done, total)` is called as each story ends. A story that
    fails is recorded with its one-line error and the others go on; raises `InputError`
    only when `root` holds no story at all.

    `batch_api=True` (llm engine only) sends the requests through the OpenAI Batch API in
    rounds (summarizer.batch_api) instead of one by one; an `EndpointError` of the Batch API
    itself stops the run, and a rerun resumes the batches in flight. `client` is the
    `openai.OpenAI` (or compatible) client to use; by default one is built from the settings.
    """
    root = Path(root)
    folders = story_folders(root)
    out = _out_folder(Path(out_dir) if out_dir else root / "_summaries", fmt, folders)
    settings, jobs = _shared(settings or Settings.from_env(), jobs, batch_api)
    ledger = Ledger(out, len(folders), on_story)
    todo = ledger.sort_out(folders, batch_state.settings_digest(settings, fmt, cite),
                           EXTENSIONS[fmt])
    if batch_api:
        _run_rounds(todo, settings, fmt, cite, ledger.done, ledger.in_flight, ledger.flying,
                    client)
    else:
        _run_pool(todo, settings, fmt, cite, ledger.done, jobs, client,
                  processes=settings.engine == "extractive")
    order = {f.name: i for i, f in enumerate(folders)}
    ledger.report.stories.sort(key=lambda s: order[s.story])
    return ledger.report


def _out_folder(out: Path, fmt: str, folders: list[Path]) -> Path:
    """`out`, made, for summaries in format `fmt`; it may not lie in a story folder (a rerun
    would read the summaries as articles)."""
    if fmt not in EXTENSIONS:
        raise InputError(f"unknown format {fmt!r}; use one of: {', '.join(EXTENSIONS)}")
    make_folder(out, "output folder", hint="choose another `out_dir`")
    where = out.resolve()
    for folder in folders:
        if within(where, folder.resolve()):
            raise InputError(f"{out}: `out_dir` is inside the story folder {folder.name}, so a "
                             "rerun would read the summaries as its articles; choose a folder "
                             "outside the stories (the default is DIR/_summaries)",
                             path=str(out))
    return out


def _shared(settings: Settings, jobs: int | None, batch_api: bool) -> tuple[Settings, int]:
    """The settings every story runs with, and how many stories run at once (the cores for
    the extractive engine, else the llm request budget, which they then share)."""
    from .story_runs import one_engine_for_all

    settings = one_engine_for_all(settings, batch_api)
    llm = settings.engine == "llm"
    jobs = max(1, jobs or (settings.concurrency if llm else os.cpu_count() or 1))
    if llm and not batch_api:  # the stories share the request budget
        settings = dataclasses.replace(settings,
                                       concurrency=max(1, settings.concurrency // jobs))
    return settings, jobs


Todo = list[tuple[Path, str, Path]]  # (story folder, fingerprint, output file)
Done = Callable[[StoryResult, str], None]


def _run_pool(todo: Todo, settings: Settings, fmt: str, cite: bool, done: Done, jobs: int,
              client: Any, *, processes: bool) -> None:
    """Each story start to end in a worker: processes for CPU-bound work, else threads."""
    pool: cf.Executor
    if processes and jobs > 1 and len(todo) > 1:
        client = None  # the extractive engine has no use for it, and it does not pickle
        # CPU-bound: more processes than cores only cost memory (--jobs 1000 was 41 of them)
        from .story_runs import quiet_context, worker_start

        pool = cf.ProcessPoolExecutor(max_workers=min(jobs, len(todo), os.cpu_count() or 1),
                                      initializer=worker_start, initargs=(os.getpid(),),
                                      mp_context=quiet_context())
    else:
        pool = cf.ThreadPoolExecutor(max_workers=min(jobs, max(1, len(todo))))
    with pool:
        futures = {pool.submit(_run_story, folder, target, settings, fmt, cite, client):
                   fingerprint
                   for folder, fingerprint, target in todo}
        from .story_runs import worker_interrupts

        try:
            with worker_interrupts():
                for future in cf.as_completed(futures):
                    done(future.result(), futures[future])
        except BaseException:  # Ctrl-C: what finished is saved; the rest waits for a rerun
            for future in futures:
                future.cancel()
            raise


def _run_rounds(todo: Todo, settings: Settings, fmt: str, cite: bool, done: Done,
                in_flight: list[str], flying: Callable[[list[str]], None], client: Any) -> None:
    """The stories' llm requests through the Batch API, round by round (`rounds.run_rounds`):
    each story runs `summarize()` in a thread of its own, its requests waiting in the
    outbox; whenever every running story waits, the outbox goes out as batches."""
    from .rounds import run_rounds

    def task(folder: Path, target: Path) -> Callable[[Any], StoryResult]:
        return lambda transport: _run_story(folder, target, settings, fmt, cite,
                                            transport=transport)

    run_rounds([task(folder, target) for folder, _, target in todo], settings, client,
               lambda n, result: done(result, todo[n][1]), in_flight, flying)


def _run_story(folder: Path, target: Path, settings: Settings, fmt: str, cite: bool,
               client: Any = None, transport: Any = None) -> StoryResult:
    """One story, start to written file; every failure becomes a 'failed' result."""
    from .pipeline import summarize

    start = time.perf_counter()
    try:
        summary = summarize([folder], settings=settings, client=client, transport=transport)
    except Exception as err:  # one story's bug must not lose the others
        return _failed(folder, err, start)
    return _written(folder, target, summary, settings, fmt, cite, start)


def _written(folder: Path, target: Path, summary: Summary, settings: Settings, fmt: str,
             cite: bool, start: float) -> StoryResult:
    """Write `summary` to `target`; what that story's result is."""
    from .render import render

    try:
        text = render(summary, fmt, cite=cite, templates=settings.templates_dir)
        write_atomic(target, text, hint="choose another `out_dir`")
    except Exception as err:  # a bug in rendering, too, costs one story
        return _failed(folder, err, start)
    usage = summary.usage
    return StoryResult(
        story=folder.name, status="done", output=str(target), claims=len(summary.claims),
        sources=len(summary.sources), conflicts=len(summary.conflicts),
        llm_calls=usage.llm_calls, cost_usd=usage.cost_usd,
        seconds=time.perf_counter() - start)


def _failed(folder: Path, err: BaseException, start: float) -> StoryResult:
    return StoryResult(story=folder.name, status="failed", error=one_line(err),
                       seconds=time.perf_counter() - start)
