"""The state of a batch run, kept beside its summaries: what was done with which inputs, and
the run's report (`Ledger` keeps both up to date as each story ends).

`batch-state.json` records each story's status, error and fingerprint (its files' paths,
sizes and mtimes, and the settings that shape a summary), and the Batch API jobs in flight;
a rerun keeps what did not change. A damaged state file is set aside, never crashed on.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Settings
from .files import write_atomic

log = logging.getLogger("summarizer")

STATE_FILE = "batch-state.json"
STATE_VERSION = 1


@dataclass
class StoryResult:
    """What happened to one story folder."""

    story: str
    status: str  # "done", "skipped" (unchanged since the last run) or "failed"
    output: str | None = None
    error: str | None = None
    claims: int = 0
    sources: int = 0
    conflicts: int = 0
    llm_calls: int = 0
    cost_usd: float = 0.0
    seconds: float = 0.0
    fingerprint: str = ""


@dataclass
class BatchReport:
    """Every story of a batch run, in folder order."""

    out_dir: Path
    stories: list[StoryResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for s in self.stories if s.status == status)


def fingerprint(folder: Path, shape: str) -> str:
    """Digest of every file's relative path, size and mtime, and the settings' digest."""
    digest = hashlib.sha256(shape.encode())
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        stat = path.stat()
        digest.update(f"{path.relative_to(folder)}\0{stat.st_size}\0{stat.st_mtime_ns}\n"
                      .encode())
    return digest.hexdigest()


def settings_digest(settings: Settings, fmt: str, cite: bool) -> str:
    """What shapes a summary: everything but the key, timeouts, retries and the cache."""
    ignore = {"api_key", "timeout", "max_retries", "concurrency", "no_cache", "cache_dir",
              "max_response_mb", "max_cost", "batch_poll"}
    shown = {f.name: getattr(settings, f.name) for f in dataclasses.fields(settings)
             if f.name not in ignore}
    return json.dumps({**shown, "format": fmt, "cite": cite}, sort_keys=True, default=str)


def load(path: Path) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """The stories' records and the ids of Batch API jobs still in flight."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, []
    except (OSError, ValueError):
        data = None
    if isinstance(data, dict) and data.get("version") != STATE_VERSION:
        return {}, []  # an older layout: the stories are summarised again
    stories = data.get("stories") if isinstance(data, dict) else None
    flying = data.get("batches_in_flight", []) if isinstance(data, dict) else None
    if not (isinstance(stories, dict) and all(record_ok(r) for r in stories.values())
            and isinstance(flying, list) and all(isinstance(b, str) for b in flying)):
        set_aside(path, "batch state")
        return {}, []
    return stories, flying


def set_aside(path: Path, what: str) -> None:
    """A damaged state file moved to FILE.damaged (kept, not lost), with a warning: every
    story is then summarised again."""
    aside = path.with_name(f"{path.name}.damaged")
    try:
        os.replace(path, aside)
    except OSError:
        aside = path
    log.warning("%s: damaged %s, kept as %s; every story will be summarised again", path,
                what, aside)


def record_ok(record: object) -> bool:
    """Whether a story's record in the state file has the shape this version writes."""
    return isinstance(record, dict) and isinstance(record.get("status"), str) and \
        isinstance(record.get("fingerprint", ""), str)


def save(path: Path, stories: dict[str, dict[str, Any]], in_flight: list[str]) -> None:
    data: dict[str, Any] = {"version": STATE_VERSION, "stories": stories}
    if in_flight:
        data["batches_in_flight"] = in_flight
    write_atomic(path, json.dumps(data, indent=2, sort_keys=True) + "\n",
                 hint="choose another `out_dir`")


class Ledger:
    """A batch run's report and state file, kept up to date as each story ends."""

    def __init__(self, out: Path, total: int,
                 on_story: Callable[[StoryResult, int, int], None] | None) -> None:
        self.path = out / STATE_FILE
        self.state, self.in_flight = load(self.path)
        self.report = BatchReport(out_dir=out)
        self.total, self.finished, self.on_story = total, 0, on_story

    def sort_out(self, folders: list[Path], shape: str, extension: str
                 ) -> list[tuple[Path, str, Path]]:
        """The stories to summarise; those unchanged since the last run are skipped, and one
        whose summary would overwrite the state file fails (both reported at once)."""
        todo: list[tuple[Path, str, Path]] = []  # (story folder, fingerprint, output file)
        for folder in folders:
            digest = fingerprint(folder, shape)
            target = self.report.out_dir / f"{folder.name}{extension}"
            previous = self.state.get(folder.name, {})
            if target == self.path:
                self.report.stories.append(StoryResult(
                    story=folder.name, status="failed", fingerprint=digest,
                    error=f"its summary would overwrite {STATE_FILE}; rename the story folder"))
            elif (previous.get("status") == "done" and previous.get("fingerprint") == digest
                    and target.exists()):
                counts = {k: previous[k] for k in ("claims", "sources", "conflicts")
                          if k in previous}
                self.report.stories.append(StoryResult(
                    story=folder.name, status="skipped", output=str(target),
                    fingerprint=digest, **counts))
            else:
                todo.append((folder, digest, target))
        for result in self.report.stories:
            self._tell(result)
        return todo

    def done(self, result: StoryResult, fingerprint: str) -> None:
        result.fingerprint = fingerprint
        self.report.stories.append(result)
        self.state[result.story] = _record(result)
        save(self.path, self.state, self.in_flight)
        self._tell(result)

    def flying(self, batch_ids: list[str]) -> None:
        self.in_flight[:] = batch_ids
        save(self.path, self.state, self.in_flight)

    def _tell(self, result: StoryResult) -> None:
        self.finished += 1
        if self.on_story:
            self.on_story(result, self.finished, self.total)


def _record(result: StoryResult) -> dict[str, Any]:
    record = dataclasses.asdict(result)
    record.pop("story")
    return record
