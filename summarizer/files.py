"""Files written so that a reader sees the old version or the new one, never half of one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError


def write_atomic(path: Path, text: str | bytes, *, hint: str = "choose another path"
                 ) -> None:
    """Write `text` (str as UTF-8, or bytes) to `path` so that readers see the old file or
    the new one, never half."""
    directory = path.parent if str(path.parent) else Path(".")
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as err:
        if "tmp" in locals() and os.path.exists(tmp):
            os.unlink(tmp)
        raise OutputError(f"{path}: cannot write ({err.strerror}); {hint}",
                          path=str(path)) from err
