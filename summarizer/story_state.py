"""What a `--stories` run kept for the next one: each story's summary, under a key made of
its articles and the settings that shape a summary (`stories-state.json`).

A rerun groups the pile again (cheap) and takes a story's summary from here when the story
has the same articles, unchanged, and the same settings: only the stories that new or
changed articles join are summarised again. A damaged state file is set aside, never
crashed on; stories no longer in the pile are dropped from it.

The file is written as the run goes (`Keeper`), atomically, after each story done, so an
interrupted run keeps every story it finished. Each write holds every story so far, so a
write waits until the run has spent SAVE_FACTOR times the last write's time since it: a
small state is written after every story, and a digest of thousands never spends more than
about 1/SAVE_FACTOR of its time writing; the last stories are written when the run ends or
is interrupted.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .batch_state import set_aside, settings_digest
from .config import Settings
from .evidence import Document
from .files import write_atomic
from .models import Story

STATE_FILE = "stories-state.json"
STATE_VERSION = 1
SAVE_FACTOR = 10


def story_key(articles: Sequence[Document], settings: Settings) -> str:
    """Digest of the settings and of every article's name, text and metadata."""
    digest = hashlib.sha256(settings_digest(settings, "json", False).encode())
    for a in articles:
        fields = (a.path, a.raw or a.text, a.title, a.date, a.url, a.outlet)
        digest.update("\0".join(f or "" for f in fields).encode("utf-8", "surrogatepass"))
        digest.update(b"\n")
    return digest.hexdigest()


def load(folder: Path) -> dict[str, Story]:
    """The stories an earlier run kept in `folder`, by key ({} when there are none)."""
    path = folder / STATE_FILE
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        data = None
    if isinstance(data, dict) and data.get("version") != STATE_VERSION:
        return {}  # another layout: every story is summarised again
    try:
        return {key: Story.model_validate(story) for key, story in data["stories"].items()}
    except (TypeError, KeyError, AttributeError, ValueError):
        set_aside(path, "stories state")
        return {}


def batches_in_flight(folder: Path) -> list[str]:
    """The ids of the Batch API jobs an interrupted `--batch-api` run left in flight."""
    try:
        data: Any = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
        ids = data.get("batches_in_flight", [])
    except (OSError, ValueError, AttributeError):
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def save(folder: Path, stories: dict[str, Story], in_flight: Sequence[str] = ()) -> None:
    """Keep `stories` (by key) and the batch ids `in_flight` in `folder` for the next run,
    atomically."""
    data: dict[str, Any] = {"version": STATE_VERSION, "stories": {
        key: story.model_dump(mode="json") for key, story in stories.items()}}
    if in_flight:
        data["batches_in_flight"] = list(in_flight)
    write_atomic(folder / STATE_FILE, json.dumps(data, indent=1, sort_keys=True) + "\n",
                 hint="choose another `out_dir`")


class Keeper:
    """The state file of one run, written as its stories are done: those this run summarised
    or kept (stories of earlier runs that are no longer in the pile are dropped)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.stories: dict[str, Story] = {}
        self.in_flight: list[str] = batches_in_flight(folder)
        self.lock = threading.Lock()
        self.next_write = 0.0
        self.unwritten = False

    def add(self, key: str, story: Story) -> None:
        """Keep `story` under `key`, and write the file unless a write was made just now."""
        with self.lock:
            self.stories[key] = story
            self.unwritten = True
            if time.monotonic() >= self.next_write:
                self._write()

    def flying(self, batch_ids: list[str]) -> None:
        """Keep the ids of the Batch API jobs in flight, written at once (they are paid)."""
        with self.lock:
            self.in_flight = list(batch_ids)
            self._write()

    def close(self) -> None:
        """Write what is not written yet (at the end of the run, or when it is stopped)."""
        with self.lock:
            if self.unwritten or not self.stories:
                self._write()

    def _write(self) -> None:
        start = time.monotonic()
        save(self.folder, self.stories, self.in_flight)
        end = time.monotonic()
        self.next_write = end + SAVE_FACTOR * (end - start)
        self.unwritten = False
