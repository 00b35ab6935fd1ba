"""Turning a Summary into text, Markdown or JSON (pure).

With `cite`, each claim ends in [1][3] (numbers are source positions) and a numbered source
list follows; without it, the summary reads as plain prose. Disagreements are always shown.
"""

from __future__ import annotations

import textwrap

from .models import Claim, Conflict, Source, Summary

FORMATS = ("text", "markdown", "json")


def render(summary: Summary, fmt: str = "text", *, cite: bool = False) -> str:
    """`summary` in the format `fmt` ('text', 'markdown' or 'json'), ending with a newline."""
    if fmt == "json":
        return summary.model_dump_json(indent=2) + "\n"
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    md = fmt == "markdown"
    number = {s.id: n for n, s in enumerate(summary.sources, 1)}
    parts = [_claims(summary.claims, number, cite=cite, md=md)]
    if summary.conflicts:
        parts.append(_conflicts(summary, number, cite=cite, md=md))
    if cite:
        parts.append(_sources(summary.sources, number, md=md))
    return "\n\n".join(p for p in parts if p) + "\n"


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>&|~#"})


def _md(text: str | None, md: bool) -> str:
    """Article text made inert in Markdown: no HTML, links, emphasis or tables from it."""
    if text is None:
        return ""
    return text.translate(_MD_SPECIAL) if md else text


def _marks(source_ids: list[str], number: dict[str, int]) -> str:
    return "".join(f"[{number[s]}]" for s in source_ids if s in number)


def _claims(claims: list[Claim], number: dict[str, int], *, cite: bool, md: bool) -> str:
    if not claims:
        return "(no claim could be drawn from these articles)"
    lines = []
    for claim in claims:
        text = _md(claim.text, md)
        if cite:
            text += " " + _marks(claim.sources, number)
        if claim.status == "unverified":
            text += " (unverified)"
        lines.append(text)
    if cite or md:
        return "\n".join(("- " if md else "• ") + line for line in lines)
    return textwrap.fill(" ".join(lines), width=88)


def _conflicts(summary: Summary, number: dict[str, int], *, cite: bool, md: bool) -> str:
    head = "## Sources disagree" if md else "Sources disagree:"
    return head + "\n" + "\n".join(_conflict(c, summary, number, cite, md)
                                    for c in summary.conflicts)


def _conflict(conflict: Conflict, summary: Summary, number: dict[str, int], cite: bool,
              md: bool) -> str:
    sides = []
    for pos in conflict.positions:
        who = _marks(pos.sources, number) if cite else ", ".join(
            _md(summary.source(s).outlet or s, md) for s in pos.sources)
        text = _md(pos.text, md)
        sides.append(f"“{text}” {who}" if cite else f"“{text}” ({who})")
    return f"- {_md(conflict.description, md)}: " + " vs ".join(sides)


def _sources(sources: list[Source], number: dict[str, int], *, md: bool) -> str:
    lines = ["## Sources" if md else "Sources:"]
    for src in sources:
        fields = [src.outlet or src.id, src.title, src.date, src.url or src.path]
        line = f"[{number[src.id]}] " + " — ".join(_md(f, md) for f in fields if f)
        if src.duplicate_of:
            line += f" (copy of [{number[src.duplicate_of]}])"
        lines.append(("- " if md else "") + line)
    return "\n".join(lines)
