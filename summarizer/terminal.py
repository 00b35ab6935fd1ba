"""What the `summarize` command shows: its log lines on stderr (each setting a message names
given as the flag that sets it), the progress bar of a large input, and the output written to
stdout or, atomically, to a file. `cli` parses the flags and runs; this is its terminal.
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path
from typing import Any

import click

from .config import ENV_VARS
from .errors import OutputError
from .files import write_atomic
from .invisible import inert

PROGRESS_MIN_FILES = 50
# The library's messages name a setting in backticks (`max_cost`); here it becomes the flag
# that sets it, else its environment variable.
FLAGS = {"max_cost": "--max-cost", "max_words": "--max-words", "timeout": "--timeout",
         "model": "--model", "base_url": "--base-url (or OPENAI_BASE_URL)", "engine": "--engine",
         "fallback": "--fallback", "strict": "--strict", "judge": "--judge",
         "compress": "--compress",
         "prompts_dir": "--prompts", "templates_dir": "--templates", "output": "--output",
         "out_dir": "--out-dir", "batch_api": "--batch-api", "follow_symlinks": "--follow-symlinks",
         "window": "--window"}
_SETTING = re.compile(r"`(\w+)`")


def for_cli(message: str) -> str:
    """`message` with each setting it names as the flag (or variable) a CLI user sets."""
    env = {field: name for name, field in ENV_VARS.items()}
    return _SETTING.sub(lambda m: FLAGS.get(m[1]) or env.get(m[1]) or m[0], message)


def setup_logging(*, quiet: bool, verbose: int) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter("summarize: %(message)s"))
    logger = logging.getLogger("summarizer")
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO)
    # the prompts sent only at -vv
    logging.getLogger("summarizer.prompts").setLevel(
        logging.DEBUG if verbose >= 2 and not quiet else logging.INFO)


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # a log line quotes file names and, with -v, article text: no control reaches stderr
        return inert(for_cli(super().format(record)))


class ProgressBar:
    """A progress bar on stderr for large inputs (more than PROGRESS_MIN_FILES files)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.bar: Any = None

    def __enter__(self) -> Any:
        return None if self.quiet else self.update

    def update(self, done: int, total: int) -> None:
        if total < PROGRESS_MIN_FILES:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="reading", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(1)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def emit(text: str, output: str | None) -> None:
    if not output or output == "-":
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except OSError as err:  # a full disk, a closed pipe: the user's to fix, not a bug
            raise OutputError(f"cannot write the summary to standard output ({err.strerror}); "
                              "free some space or write it elsewhere with `output`") from err
        return
    write_atomic(Path(output), text, hint="choose another `output`")
