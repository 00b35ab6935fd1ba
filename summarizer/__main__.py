"""`python -m summarizer` runs the `summarize` command."""

from .cli import main

main()
