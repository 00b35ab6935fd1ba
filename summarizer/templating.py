"""Markdown and HTML output through jinja2 templates, and the view of a summary they get.

The templates are in templates/ in the package; a `templates` folder overrides them file by
file, and may `{% extends "builtin/summary.html.j2" %}` to change one block. Templates get a
view of the summary built once, below: each claim with its citations grouped by outlet,
linking to the source's URL when it has one and to its entry in the source list otherwise.

Article text is data, never markup: HTML autoescapes every value, and Markdown escapes every
value too (`finalize`), except what the `md_url` and `safe_markdown` filters mark as safe.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .errors import ConfigurationError
from .metadata import web_url
from .render_types import Claim, Conflict, Source, Summary

if TYPE_CHECKING:
    import jinja2

TEMPLATES = {"markdown": "summary.md.j2", "html": "summary.html.j2"}
BUILTIN = Path(__file__).resolve().parent / "templates"


def render_template(summary: Summary, fmt: str, *, cite: bool, title: str | None,
                    templates: str | None) -> str:
    """`summary` through the Markdown or HTML template (`fmt`), ending with a newline; a
    template missing, malformed or naming an unknown variable is a ConfigurationError."""
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
