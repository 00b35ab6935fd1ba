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

import logging
import re
from collections.abc import Callable, Sequence
from os import PathLike
from pathlib import Path
from typing import Any

from . import story_state
from .clean import CleanDoc, clean_text
from .config import Settings
from .errors import ConfigurationError, InputError
from .evidence import Document
from .files import make_folder, within
from .grouping import Grouping, group
from .models import Digest, FailedStory, Story
from .pipeline import (
    Inputs,
    as_list,
    describe,
    in_worker,
    read_articles,
    warner,
)
from .story_runs import Progress, day, one_engine_for_all, summarize_all
from .timing import stage
from .transport import Transport

log = logging.getLogger("summarizer")

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
    compress: bool | None = None,
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
    settings = one_engine_for_all((settings or Settings.from_env()).with_overrides(
        engine=engine, max_words=max_words, strict=strict, compress=compress), batch_api)
    items = as_list(inputs)  # once: `inputs` may be a generator
    kept = _kept(state_dir, items)  # before the work: a bad state folder fails at once
    warnings: list[str] = []
    warn = warner(warnings, on_warning)
    articles = read_articles(items, settings, warn)
    cleaned, found = _grouped(articles, settings, days)
    summaries = _run([[articles[i] for i in m] for m in found.stories], settings, kept,
                     state_dir, on_story, on_warning, client, transport, batch_api)
    return _digest(found, summaries, articles, cleaned, warnings, warn)


def _grouped(articles: Sequence[Document], settings: Settings, days: float | None
             ) -> tuple[list[CleanDoc], Grouping]:
    """Each article's cleaned text, and the stories (and articles in none) they group into."""
    with stage("group"):
        cleaned = [clean_text(a.text, settings.max_sentences) for a in articles]
        found = group(["\n".join(c.paragraphs) for c in cleaned],
                      [day(a.date) for a in articles], days)
    return cleaned, found


def _digest(found: Grouping, summaries: Sequence[Story | str | None],
            articles: Sequence[Document], cleaned: Sequence[CleanDoc], warnings: list[str],
            warn: Callable[[str], None]) -> Digest:
    """The digest of the groups' summaries: the stories ranked, the failed ones with their
    reasons, and the articles in no story (or in a group that came to nothing)."""
    left = sorted([*found.unassigned, *(i for m, s in zip(found.stories, summaries, strict=True)
                                        if s is None for i in m)])
    stories = sorted((s for s in summaries if isinstance(s, Story)), key=_rank)
    unassigned = [describe(f"u{n}", articles[i], cleaned[i]) for n, i in enumerate(left, 1)]
    failed = [_failed(m, error, articles, cleaned, warn)
              for m, error in zip(found.stories, summaries, strict=True)
              if isinstance(error, str)]
    return Digest(stories=stories, unassigned=unassigned, failed=failed,
                  warnings=[*warnings, *(w for s in stories for w in s.warnings)])


def _run(groups: list[list[Document]], settings: Settings, kept: dict[str, Story],
         state_dir: str | PathLike[str] | None,
         on_story: Callable[[Story, int, int], None] | None,
         on_warning: Callable[[str], None] | None, client: Any, transport: Transport | None,
         batch_api: bool) -> list[Story | str | None]:
    """Each group's summary (`story_runs.summarize_all`), those unchanged since the state in
    `state_dir` was kept taken from it, and each new one added to it as it is done."""
    keys = [story_state.story_key(g, settings) for g in groups]
    previous = [kept.get(k) for k in keys]
    keeper = None if state_dir is None else story_state.Keeper(Path(state_dir))
    progress = Progress(len(groups), on_story,
                        None if keeper is None else lambda n, story: keeper.add(keys[n], story))
    try:
        summaries = summarize_all(groups, settings, on_warning, progress, client, transport,
                                  previous, batch_api, keeper)
    finally:  # an interrupted run keeps the stories it finished, too
        if keeper is not None:
            keeper.close()
    if state_dir is not None:
        log.info("%d of %d stories unchanged since the last run, kept",
                 sum(p is not None for p in previous), len(groups))
    return summaries


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
            if given.is_dir() and within(where, given):
                raise InputError(f"{folder}: `out_dir` is inside the input folder {item}, so "
                                 "a rerun would read its state as an article; choose a folder "
                                 "outside the inputs", path=str(folder))
    make_folder(folder, "state folder", hint="choose another `out_dir`")
    return story_state.load(folder)


def _rank(story: Story) -> tuple[int, int, str]:
    latest = day(story.latest)
    first = min((s.path or s.url or s.title or "" for s in story.sources), default="")
    return (-story.outlets, -(latest.toordinal() if latest else 0), first)


async def summarize_stories_async(
    inputs: Inputs,
    *,
    window: str | float | None = None,
    engine: str | None = None,
    max_words: int | None = None,
    strict: bool | None = None,
    compress: bool | None = None,
    settings: Settings | None = None,
    on_warning: Callable[[str], None] | None = None,
    state_dir: str | PathLike[str] | None = None,
    client: Any = None,
    batch_api: bool = False,
) -> Digest:
    """`summarize_stories()` for code that runs an event loop, as `summarize_async` is for
    `summarize()`: the work runs in a worker thread, an `openai.AsyncOpenAI` client runs on
    this loop, and cancelling the task stops the run before its next LLM call.

    With `batch_api=True` the task lasts as long as the batches do (up to the API's 24 hours,
    polled every `Settings.batch_poll` seconds); the client's files and batches calls run
    on this loop too. Cancelling it stops the polling and submits nothing more, but the
    batches already submitted run on and are paid for: give a `state_dir`, and a rerun with
    it collects them instead of paying again."""
    return await in_worker(summarize_stories, inputs, window=window, engine=engine,
                           max_words=max_words, strict=strict, compress=compress,
                           settings=settings, on_warning=on_warning, state_dir=state_dir,
                           client=client, batch_api=batch_api)
