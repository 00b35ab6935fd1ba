"""Engines: evidence units in, drafts (claim text + cited evidence ids) out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Draft:
    """A claim as an engine proposes it, before verification."""

    text: str
    evidence: tuple[str, ...]
