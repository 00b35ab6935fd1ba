"""`python -m summarizer` runs the `summarize` command."""

from .entry import main

main()
