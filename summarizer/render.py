"""Turning a Summary or a Digest into text, Markdown, HTML or JSON (pure): the entry points.

Plain text, and a digest's frame around its stories (headlines, the stories not summarised,
the articles in no story), are written here; Markdown and HTML of a summary come from the
jinja2 templates (templating.py); JSON is the model's own. What is rendered is seen through
the Protocols of render_types.py.

Article text is data, never markup: control characters, bidi controls included, are dropped
from every output (`invisible.inert`), and Markdown and HTML escape every value
(templating.py says how).

templating.py (and the jinja2 it loads) is imported only for Markdown and HTML: plain text,
the default, does not pay for it at each start.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from os import PathLike
from typing import TYPE_CHECKING, Any

from .invisible import inert

if TYPE_CHECKING:
    from .render_types import Conflict, Digest, FailedStory, Source, Story, Summary
    from .templating import BUILTIN, TEMPLATES, build_view, check_templates, md_escape

__all__ = ["BUILTIN", "FORMATS", "TEMPLATES", "build_view", "check_templates", "md_escape",
           "render", "render_digest"]

FORMATS = ("text", "markdown", "html", "json")
_FROM_TEMPLATING = {"BUILTIN", "TEMPLATES", "build_view", "check_templates", "md_escape"}


def __getattr__(name: str) -> Any:
    if name in _FROM_TEMPLATING:  # templating's names, as this module has always offered
        from . import templating

        return getattr(templating, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def render(summary: Summary, fmt: str = "text", *, cite: bool = False,
           templates: str | PathLike[str] | None = None, title: str | None = None) -> str:
    """`summary` in the format `fmt` ('text', 'markdown', 'html' or 'json'), ending with a
    newline. `cite` adds citations and the source list to text and Markdown (HTML always has
    them); `templates` is a folder overriding the built-in Markdown/HTML templates; `title`
    heads the Markdown and HTML output."""
    if fmt == "json":
        return summary.model_dump_json(indent=2) + "\n"
    if fmt in ("markdown", "html"):  # templating.TEMPLATES
        from .templating import render_template

        return inert(render_template(summary, fmt, cite=cite or fmt == "html", title=title,
                                     templates=str(templates) if templates else None))
    if fmt != "text":
        raise ValueError(f"unknown format {fmt!r}")
    number = {s.id: n for n, s in enumerate(summary.sources, 1)}
    parts = [_claims(summary, number, cite=cite)]
    if summary.conflicts:
        parts.append(_conflicts(summary, number, cite=cite))
    if cite:
        parts.append(_sources(summary.sources, number))
    return inert("\n\n".join(p for p in parts if p) + "\n")


# -- a digest of stories --------------------------------------------------------------------

def render_digest(digest: Digest, fmt: str = "text", *, cite: bool = False,
                  templates: str | PathLike[str] | None = None, title: str | None = None) -> str:
    """`digest` in the format `fmt`: each story under its headline, rendered as `render`
    renders a summary, then the articles no story took. JSON is the Digest itself."""
    if fmt == "json":
        return digest.model_dump_json(indent=2) + "\n"
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    parts = [render(story, fmt, cite=cite, templates=templates,
                    title=_story_title(story, fmt)) for story in digest.stories]
    if fmt == "text":
        parts = [f"{n}. {_story_title(story, fmt)}\n\n{part}"
                 for n, (story, part) in enumerate(zip(digest.stories, parts, strict=True), 1)]
    if not digest.stories and not digest.failed:
        parts.append(_DIGEST_EMPTY[fmt])
    if digest.failed:
        parts.append(_failed(digest.failed, fmt))
    if digest.unassigned:
        parts.append(_unassigned(digest.unassigned, fmt))
    if fmt == "html":
        return inert('<div class="summarizer-digest">\n' + (
            f"<h1>{_html_escape(title)}</h1>\n" if title else "") + "\n<hr>\n".join(parts)
            + "</div>\n")
    head = (f"# {_md_escape(title)}\n\n" if fmt == "markdown" else f"{title}\n\n") \
        if title else ""
    return inert(head + "\n".join(p.rstrip("\n") + "\n" for p in parts))


_DIGEST_EMPTY = {"text": "(no story: no two articles report the same event)\n",
                 "markdown": "_(no story: no two articles report the same event)_\n",
                 "html": "<p class=\"no-story\">No story: no two articles report the same "
                         "event.</p>\n"}


def _story_title(story: Story, fmt: str) -> str:
    outlets = f"{story.outlets} outlet{'s' if story.outlets != 1 else ''}"
    if fmt == "text":
        return f"{story.headline} ({outlets}{', ' + story.latest if story.latest else ''})"
    return story.headline


def _unassigned(sources: Sequence[Source], fmt: str) -> str:
    """The articles no story took: outlet, title, date, url or path, one a line."""
    rows = [[s.outlet or "unknown outlet", s.title, s.date, s.url or s.path] for s in sources]
    return _listing(f"Not in any story ({len(rows)})", "unassigned", rows, fmt)


def _failed(stories: Sequence[FailedStory], fmt: str) -> str:
    """The stories whose summary failed: headline, reason, and their articles' count."""
    rows = [[story.headline, f"failed: {story.error}",
             f"{len(story.sources)} article{'s' if len(story.sources) != 1 else ''}: " +
             ", ".join(s.path or s.url or s.title or s.id for s in story.sources)]
            for story in stories]
    return _listing(f"Not summarised ({len(rows)})", "failed", rows, fmt)


def _listing(head: str, kind: str, rows: Sequence[Sequence[str | None]], fmt: str) -> str:
    """A headed list, one row (fields joined by dashes) a line, in `fmt`."""
    if fmt == "html":
        items = "".join(f'<li class="{kind}-source">' + " — ".join(
            _html_escape(f) for f in row if f) + "</li>\n" for row in rows)
        return (f'<div class="{kind}"><p><b>{_html_escape(head)}</b></p>\n'
                f"<ul>\n{items}</ul></div>\n")
    lines = [" — ".join(_md_escape(f) if fmt == "markdown" else f for f in row if f)
             for row in rows]
    if fmt == "markdown":
        return f"### {head}:\n\n" + "".join(f"- {line}\n" for line in lines)
    return f"{head}:\n" + "".join(f"- {line}\n" for line in lines)


def _md_escape(value: str) -> str:
    from .templating import md_escape

    return md_escape(value)


def _html_escape(value: str) -> str:
    import html

    return html.escape(value, quote=True)


# -- plain text -----------------------------------------------------------------------------

def _marks(source_ids: Sequence[str], number: dict[str, int]) -> str:
    return "".join(f"[{number[s]}]" for s in source_ids if s in number)


def _standing(summary: Summary, text: str) -> str:
    """' (disputed: see below)' for a claim stating one side of a disagreement, never shown
    as settled; ' (since updated: see below)' for an earlier figure of an update."""
    for conflict in summary.conflicts:
        sides = [p.text in text for p in conflict.positions]
        if any(sides):
            if conflict.kind != "update":
                return " (disputed: see below)"
            if not sides[-1]:
                return " (since updated: see below)"
    return ""


def _claims(summary: Summary, number: dict[str, int], *, cite: bool) -> str:
    claims = summary.claims
    if not claims:
        return "(no claim could be drawn from these articles)"
    lines = []
    for claim in claims:
        text = claim.text
        if cite:
            text += " " + _marks(claim.sources, number)
        if claim.status == "unverified":
            text += " (unverified)"
        text += _standing(summary, claim.text)
        lines.append(text)
    if cite:
        return "\n".join("• " + line for line in lines)
    return textwrap.fill(" ".join(lines), width=88)


def _conflicts(summary: Summary, number: dict[str, int], *, cite: bool) -> str:
    return "Sources disagree:\n" + "\n".join(_conflict(c, summary, number, cite)
                                             for c in summary.conflicts)


def _conflict(conflict: Conflict, summary: Summary, number: dict[str, int], cite: bool) -> str:
    sides = []
    for pos in conflict.positions:
        who = _marks(pos.sources, number) if cite else ", ".join(
            summary.source(s).outlet or f"source {number[s]}" for s in pos.sources)
        sides.append(f"“{pos.text}” {who}" if cite else f"“{pos.text}” ({who})")
    if conflict.kind == "update":  # a figure that changed: earliest first
        return f"- changed over time, {conflict.description}: " + " → ".join(sides)
    return f"- {conflict.description}: " + " vs ".join(sides)


def _sources(sources: Sequence[Source], number: dict[str, int]) -> str:
    lines = ["Sources:"]
    for src in sources:
        fields = [src.outlet or "unknown outlet", src.title, src.date, src.url or src.path]
        # one line a source: a line break in a file's name would print a line of its own
        line = f"[{number[src.id]}] " + " — ".join(" ".join(f.split()) for f in fields if f)
        if src.duplicate_of:
            line += f" (copy of [{number[src.duplicate_of]}])"
        lines.append(line)
    return "\n".join(lines)
