"""The `summarize` script's way in: Ctrl-C ends it with one line, even during the imports.

The console script imports this module and calls `main`; only then is `cli` imported (with
click, pydantic and the models: about half a second on a cold start), inside the handling,
so an interrupt at any point ends with "summarize: interrupted" and exit 130 rather than a
traceback from an import. The package's `__init__` imports nothing until a name is asked of
it, which is what lets this module load first. Nothing else is imported here.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `summarize` script and `python -m summarizer`."""
    try:
        from .cli import main as run

        run(argv)
    except KeyboardInterrupt:  # cli turns one during a run into the same line (click's Abort)
        sys.stderr.write("summarize: interrupted\n")
        sys.exit(130)
