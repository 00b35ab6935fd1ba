"""On-disk cache of LLM answers, so that a rerun is free and gives the same summary.

One JSON file per request, named by the SHA-256 of everything that shapes the answer: the
endpoint, the model, the template digest, the full request body (messages with the evidence,
response format, sampling parameters). The API key is never part of it. Files are written
atomically; an unreadable entry is a miss, never an error.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger("summarizer")


def default_dir() -> Path:
    """$SUMMARIZER_CACHE_DIR is read by Settings; this is the fallback under XDG_CACHE_HOME."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "summarizer"


def key(**parts: Any) -> str:
    """A stable digest of `parts` (JSON-serialisable values)."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


class Cache:
    """A folder of answers; `enabled=False` makes every lookup a miss and stores nothing."""

    def __init__(self, folder: str | os.PathLike[str] | None, *, enabled: bool = True) -> None:
        self.folder = Path(folder) if folder else default_dir()
        self.enabled = enabled

    def _path(self, digest: str) -> Path:
        return self.folder / digest[:2] / f"{digest}.json"

    def get(self, digest: str) -> dict[str, Any] | None:
        if not self.enabled:
            return None
        try:
            value = json.loads(self._path(digest).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return value if isinstance(value, dict) else None

    def put(self, digest: str, value: dict[str, Any]) -> None:
        if not self.enabled:
            return
        path = self._path(digest)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(value, handle, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError as err:  # a full or read-only disk costs a rerun, not this run
            log.warning("cache: cannot write %s (%s); continuing without caching it",
                        path, err.strerror)
