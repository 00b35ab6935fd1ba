"""Small builders for test data."""

from __future__ import annotations

from pathlib import Path

from summarizer.evidence import Sentence


def write(directory: Path, name: str, text: str | bytes) -> Path:
    """Write one article file (text as UTF-8, bytes as they are) and return its path."""
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def sentences(source: str, *texts: str) -> list[Sentence]:
    """Sentences of one source in order."""
    return [Sentence(source, i, i / len(texts), t) for i, t in enumerate(texts)]


ARTICLE = (
    "Council Approves New Tram Line\n"
    "The city council approved a new tram line on Tuesday after a two-hour debate.\n"
    "The line will cost $310 million and open in 2029, officials said.\n"
)
