"""Turning a Summary into text, Markdown, HTML or JSON (pure).

Plain text is written here. Markdown and HTML come from jinja2 templates (templates/ in the
package; a `templates` folder overrides them file by file, and may `{% extends
"builtin/summary.html.j2" %}` to change one block). Templates get a view of the summary
built once, below: each claim with its citations grouped by outlet, linking to the source's
URL when it has one and to its entry in the source list otherwise.

Article text is data, never markup: HTML autoescapes every value, and Markdown escapes every
value too (`finalize`), except what the `md_url` and `safe_markdown` filters mark as safe.
"""

from __future__ import annotations

import hashlib
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

from .errors import ConfigurationError
from .metadata import web_url

if TYPE_CHECKING:
    import jinja2

FORMATS = ("text", "markdown", "html", "json")
TEMPLATES = {"markdown": "summary.md.j2", "html": "summary.html.j2"}
BUILTIN = Path(__file__).resolve().parent / "templates"


# What is rendered: the models' Summary and its parts, seen by the fields read here, so that
# `Summary.to_markdown()` can call render without render importing the models back.

class Source(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def path(self) -> str | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def date(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def duplicate_of(self) -> str | None: ...


class Claim(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def sources(self) -> Sequence[str]: ...
    @property
    def status(self) -> str: ...


class Position(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def sources(self) -> Sequence[str]: ...
    @property
    def sentence(self) -> str: ...


class Conflict(Protocol):
    @property
    def description(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def positions(self) -> Sequence[Position]: ...


class Summary(Protocol):
    @property
    def claims(self) -> Sequence[Claim]: ...
    @property
    def conflicts(self) -> Sequence[Conflict]: ...
    @property
    def sources(self) -> Sequence[Source]: ...
    def source(self, source_id: str) -> Source: ...
    def disputed(self, claim: Any) -> bool: ...
    def model_dump_json(self, *, indent: int) -> str: ...


class Story(Summary, Protocol):
    @property
    def headline(self) -> str: ...
    @property
    def outlets(self) -> int: ...
    @property
    def latest(self) -> str | None: ...


class FailedStory(Protocol):
    @property
    def headline(self) -> str: ...
    @property
    def error(self) -> str: ...
    @property
    def sources(self) -> Sequence[Source]: ...


class Digest(Protocol):
    @property
    def stories(self) -> Sequence[Story]: ...
    @property
    def unassigned(self) -> Sequence[Source]: ...
    @property
    def failed(self) -> Sequence[FailedStory]: ...
    def model_dump_json(self, *, indent: int) -> str: ...


def render(summary: Summary, fmt: str = "text", *, cite: bool = False,
           templates: str | PathLike[str] | None = None, title: str | None = None) -> str:
    """`summary` in the format `fmt` ('text', 'markdown', 'html' or 'json'), ending with a
    newline. `cite` adds citations and the source list to text and Markdown (HTML always has
    them); `templates` is a folder overriding the built-in Markdown/HTML templates; `title`
    heads the Markdown and HTML output."""
    if fmt == "json":
        return summary.model_dump_json(indent=2) + "\n"
    if fmt in TEMPLATES:
        return _inert(_from_template(summary, fmt, cite=cite or fmt == "html", title=title,
                                     templates=str(templates) if templates else None))
    if fmt != "text":
        raise ValueError(f"unknown format {fmt!r}")
    number = {s.id: n for n, s in enumerate(summary.sources, 1)}
    parts = [_claims(summary, number, cite=cite)]
    if summary.conflicts:
        parts.append(_conflicts(summary, number, cite=cite))
    if cite:
        parts.append(_sources(summary.sources, number))
    return _inert("\n\n".join(p for p in parts if p) + "\n")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _inert(text: str) -> str:
    """`text` without control characters (an article's title or outlet may carry terminal
    escape codes: ESC]0;… retitles the window, ESC[2J clears the screen); lines and tabs stay."""
    return _CONTROL.sub("", text)


def _from_template(summary: Summary, fmt: str, *, cite: bool, title: str | None,
                   templates: str | None) -> str:
    import jinja2

    env = _environment(fmt, templates)
    name = TEMPLATES[fmt]
    try:
        return env.get_template(name).render(build_view(summary, cite=cite, title=title)
                                             ).strip() + "\n"
    except jinja2.TemplateNotFound as err:
        raise ConfigurationError(
            f"output template {err.name} not found (built-in: builtin/{TEMPLATES['markdown']}, "
            f"builtin/{TEMPLATES['html']}); check the name, or reinstall summarizer") from None
    except jinja2.TemplateSyntaxError as err:
        raise ConfigurationError(
            f"output template {err.filename or name}, line {err.lineno}: {err.message}"
        ) from None
    except jinja2.UndefinedError as err:
        raise ConfigurationError(f"output template {name}: {err.message}; the variables "
                                 "are listed in summarizer/templates/README.md") from None


# -- the view templates get -------------------------------------------------------------------

@dataclass(frozen=True)
class SourceView:
    """A source as templates show it."""

    source: Source
    number: int
    name: str  # the outlet, or 'Source N' when it is unknown
    anchor: str  # id of its entry in the source list, unique to this summary
    url: str | None  # its URL when it is a web (http/https) URL
    href: str  # url, else '#' + anchor
    copy_of: SourceView | None


@dataclass(frozen=True)
class Citation:
    """One outlet cited for a claim or a position; `sources` are its articles cited there.
    `url` is the first of them that has a web URL; `href` is that, or the first one's entry
    in the source list."""

    name: str
    url: str | None
    href: str
    sources: list[SourceView]


@dataclass(frozen=True)
class ClaimView:
    claim: Claim
    citations: list[Citation]
    single_source: bool  # rests on one independent article (copies count once)
    unverified: bool
    disputed: bool  # states one side of a disagreement listed in `conflicts`


@dataclass(frozen=True)
class PositionView:
    text: str
    sentence: str
    citations: list[Citation]


@dataclass(frozen=True)
class ConflictView:
    conflict: Conflict
    positions: list[PositionView]


def build_view(summary: Summary, *, cite: bool = True, title: str | None = None
               ) -> dict[str, Any]:
    """The variables every template gets: summary, title, cite, prefix (unique to this
    summary, for element ids), claims, conflicts, sources."""
    prefix = "summary-" + hashlib.sha256(
        "\0".join(f"{s.id}:{s.path}:{s.url}:{s.title}" for s in summary.sources).encode()
    ).hexdigest()[:8]
    views: dict[str, SourceView] = {}
    for n, src in enumerate(summary.sources, 1):
        anchor = f"{prefix}-{src.id}"
        url = web_url(src.url)
        views[src.id] = SourceView(
            source=src, number=n, name=src.outlet or f"Source {n}", anchor=anchor, url=url,
            href=url or "#" + anchor,
            copy_of=views.get(src.duplicate_of) if src.duplicate_of else None)
    original = {s.id: s.duplicate_of or s.id for s in summary.sources}

    def cite_all(ids: Sequence[str]) -> list[Citation]:
        by_name: dict[str, list[SourceView]] = {}
        for sid in ids:
            if sid in views:
                by_name.setdefault(views[sid].name.casefold(), []).append(views[sid])
        cited = []
        for group in by_name.values():
            url = next((v.url for v in group if v.url), None)
            cited.append(Citation(name=group[0].name, url=url, href=url or group[0].href,
                                  sources=group))
        return cited

    claims = [ClaimView(claim=c, citations=cite_all(c.sources),
                        single_source=len({original.get(s, s) for s in c.sources}) == 1,
                        unverified=c.status == "unverified",
                        disputed=summary.disputed(c))
              for c in summary.claims]
    conflicts = [ConflictView(conflict=c, positions=[
        PositionView(text=p.text, sentence=p.sentence, citations=cite_all(p.sources))
        for p in c.positions]) for c in summary.conflicts]
    return {"summary": summary, "title": title, "cite": cite, "prefix": prefix, "claims": claims,
            "conflicts": conflicts, "sources": list(views.values())}


# -- templates ------------------------------------------------------------------------------

class Raw(str):
    """Markdown that is already safe (built here), which `finalize` does not escape again."""


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>&|~#"})


def md_escape(value: object) -> str:
    """Article text made inert in Markdown: no HTML, links, emphasis or tables from it."""
    if value is None:
        return ""
    if isinstance(value, Raw):
        return value
    return str(value).translate(_MD_SPECIAL)


def md_url(url: str) -> Raw:
    """A URL usable as a Markdown link destination (spaces, parentheses, <> encoded)."""
    return Raw(quote(url, safe=":/?#[]@!$&'*+,;=%~-._"))


def check_templates(folder: str | PathLike[str]) -> None:
    """Raise the one-line error a templates folder that is not one deserves."""
    if not Path(folder).is_dir():
        raise ConfigurationError(
            f"`templates_dir` {folder}: not a folder; give a folder holding summary.md.j2 "
            "and/or summary.html.j2")


@lru_cache(maxsize=8)
def _environment(fmt: str, override: str | None) -> jinja2.Environment:
    import jinja2  # only Markdown and HTML output need it: not paid by the default text output

    builtin = jinja2.FileSystemLoader(str(BUILTIN))
    loaders = [builtin, jinja2.PrefixLoader({"builtin": builtin})]
    if override:
        check_templates(override)
        loaders.insert(0, jinja2.FileSystemLoader(override))
    html = fmt == "html"
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders), undefined=jinja2.StrictUndefined,
        autoescape=html, finalize=None if html else md_escape, trim_blocks=True,
        lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["md_url"] = md_url
    # for the template's own Markdown, such as a macro's output (its values were escaped
    # inside it); never for a value from an article
    env.filters["safe_markdown"] = Raw
    return env


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
        return _inert('<div class="summarizer-digest">\n' + (
            f"<h1>{_html_escape(title)}</h1>\n" if title else "") + "\n<hr>\n".join(parts)
            + "</div>\n")
    head = (f"# {md_escape(title)}\n\n" if fmt == "markdown" else f"{title}\n\n") \
        if title else ""
    return _inert(head + "\n".join(p.rstrip("\n") + "\n" for p in parts))


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
    lines = [" — ".join(md_escape(f) if fmt == "markdown" else f for f in row if f)
             for row in rows]
    if fmt == "markdown":
        return f"### {head}:\n\n" + "".join(f"- {line}\n" for line in lines)
    return f"{head}:\n" + "".join(f"- {line}\n" for line in lines)


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
        line = f"[{number[src.id]}] " + " — ".join(f for f in fields if f)
        if src.duplicate_of:
            line += f" (copy of [{number[src.duplicate_of]}])"
        lines.append(line)
    return "\n".join(lines)
