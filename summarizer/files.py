"""Files written so that a reader sees the old version or the new one, never half of one;
the folders they go into, created with an error that says how to fix it."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from .errors import OutputError


def write_atomic(path: Path, text: str | bytes, *, hint: str = "choose another path"
                 ) -> None:
    """Write `text` (str as UTF-8, or bytes) to `path` so that readers see the old file or
    the new one, never half. Only a regular file is replaced, keeping its mode, and only
    when it may be written; anything else there (a device, a FIFO, a folder) is an error."""
    directory = path.parent if str(path.parent) else Path(".")
    data = text.encode("utf-8") if isinstance(text, str) else text
    mode = _mode_of(path, hint)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as err:
        if "tmp" in locals() and os.path.exists(tmp):
            os.unlink(tmp)
        raise OutputError(f"{shortened(str(path))}: cannot write ({err.strerror}); {hint}",
                          path=str(path)) from err


def make_folder(folder: Path, what: str, *, hint: str) -> None:
    """Create `folder` (and its parents) unless it exists: an OutputError naming it (`what`
    it is for, and the `hint` to fix it) when it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{shortened(str(folder))}: cannot create the {what} "
                          f"({err.strerror}); {hint}", path=str(folder)) from err


def shortened(name: str, most: int = 80) -> str:
    """`name` as a one-line message shows it: a very long one cut, its length said."""
    return name if len(name) <= most else f"{name[:most]}… ({len(name)} characters)"


def within(path: Path, folder: Path) -> bool:
    """Whether `path` is `folder` or lies below it (both resolved by the caller)."""
    return path == folder or folder in path.parents


def _mode_of(path: Path, hint: str) -> int:
    """The mode the written file gets: the existing file's, else the umask's default."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return 0o666 & ~_umask()
    except OSError as err:
        raise OutputError(f"{shortened(str(path))}: cannot write ({err.strerror}); {hint}",
                          path=str(path)) from err
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"{shortened(str(path))}: not a regular file, so it is not replaced; "
                          f"{hint}", path=str(path))
    if not info.st_mode & 0o222:
        raise OutputError(f"{shortened(str(path))}: the file is read-only, so it is not "
                          f"replaced; {hint}", path=str(path))
    return stat.S_IMODE(info.st_mode)


def _umask() -> int:
    """The process's umask, read without setting it (os.umask would change it for every
    thread for a moment): from /proc on Linux, else the usual 022."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022
