"""Markdown and HTML output: citations by outlet, markers, the disagreement box, escaping,
and templates overridden from a folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import lxml.html
import pytest
from conftest import SEEDS

from summarizer import ConfigurationError, Summary, summarize
from summarizer.cli import main
from summarizer.models import Claim, Conflict, Position, Source, Usage
from summarizer.render import render

HOSTILE = 'Mayor <script>alert(1)</script> said <img src=x onerror=alert(2)> {{ 7 * 7 }} **no** [x](http://evil.example) & left'


def find(element: lxml.html.HtmlElement, tag: str, css_class: str) -> list[Any]:
    """The `tag` elements under `element` that have `css_class`."""
    return element.xpath(f".//{tag}[contains(concat(' ', normalize-space(@class), ' '), "
                         f"' {css_class} ')]")


def _source(n: int, outlet: str | None, url: str | None, **extra: str | None) -> Source:
    return Source(id=f"s{n}", path=None, title=extra.get("title", f"Title {n}"), outlet=outlet,
                  date=extra.get("date"), url=url, duplicate_of=extra.get("duplicate_of"))


def made_up_summary() -> Summary:
    """A hand-built Summary (pure rendering input, not a model's output): every case the
    renderers distinguish."""
    sources = [
        _source(1, "Reuters", "https://www.reuters.com/world/a(1)", date="2025-02-13"),
        _source(2, "AP", None),
        _source(3, "Reuters", "https://www.reuters.com/world/b", duplicate_of="s1"),
        _source(4, None, "javascript:alert(3)", title=HOSTILE),
    ]
    claims = [
        Claim(id="c1", text="Talks begin on Monday.", sources=["s1", "s2", "s3"],
              evidence=["e1"], status="verified"),
        Claim(id="c2", text=HOSTILE, sources=["s1", "s3"], evidence=["e2"], status="verified"),
        Claim(id="c3", text="Forty people attended.", sources=["s4"], evidence=["e3"],
              status="unverified", problems=["number not in the evidence: forty"]),
        Claim(id="c4", text="The war began three years ago.", sources=["s1"],
              evidence=["e4"], status="verified"),
    ]
    conflict = Conflict(description="When the war began", kind="number", positions=[
        Position(text="three years ago", sources=["s1"], sentence="…three years ago."),
        Position(text="four <b>years</b> ago", sources=["s2", "s4"], sentence="…")])
    return Summary(engine="extractive", claims=claims, conflicts=[conflict], sources=sources,
                   duplicates=[["s1", "s3"]], usage=Usage(input_tokens=10, evidence_tokens=8))


def test_html_cites_outlets_by_name_linking_to_their_urls_or_source_entries() -> None:
    page = lxml.html.fragment_fromstring(made_up_summary().to_html())
    first = find(page, "li", "claim")[0]
    cites = find(first, "a", "cite")
    # s1 and its copy s3 are one outlet; AP has no url, so it links to its source entry
    assert [a.text for a in cites] == ["Reuters", "AP"]
    assert cites[0].get("href") == "https://www.reuters.com/world/a(1)"
    anchor = cites[1].get("href")
    assert anchor.startswith("#") and page.get_element_by_id(anchor[1:]).text_content(
        ).startswith("AP")
    # markers: c2 rests on one story (s3 copies s1); c3 is unverified, saying why
    markers = [[m.text for m in find(li, "*", "marker")] for li in find(page, "li", "claim")]
    assert markers == [[], ["single source"], ["single source", "unverified"],
                       ["single source", "disputed"]]
    assert "forty" in find(page, "span", "unverified")[0].get("title")
    # a claim that takes one side of a disagreement links to the disagreement box
    disputed = find(page, "a", "disputed")[0].get("href")
    assert "disagreements" in page.get_element_by_id(disputed[1:]).get("class")


def test_html_escapes_article_text_and_links_only_web_urls() -> None:
    html = made_up_summary().to_html()
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "{{ 7 * 7 }}" in html
    assert "javascript:" not in html.replace("Title", "")  # s4's url is shown, never linked
    page = lxml.html.fragment_fromstring(html)
    assert HOSTILE in find(page, "li", "claim")[1].text_content()
    assert not page.xpath(".//script | .//img | .//*[@onerror]")


def test_html_has_the_disagreement_box_and_the_source_list() -> None:
    page = lxml.html.fragment_fromstring(made_up_summary().to_html(title="A & B"))
    assert page.xpath(".//h2")[0].text == "A & B"
    box = find(page, "div", "disagreements")[0]
    assert box.xpath(".//p")[0].text == "Sources disagree"
    assert "“three years ago” (Reuters)" in box.text_content()
    assert "“four <b>years</b> ago” (AP, Source 4)" in box.text_content()
    entries = [li.text_content() for li in find(page, "li", "source")]
    assert entries[0] == "Reuters — Title 1 · 2025-02-13"
    assert entries[2] == "Reuters — Title 3 (a copy of Reuters)"
    assert entries[3].startswith("Source 4 — Mayor <script>")  # no outlet known: numbered


def test_element_ids_differ_between_summaries_so_a_digest_can_hold_several() -> None:
    one = lxml.html.fragment_fromstring(made_up_summary().to_html())
    two = lxml.html.fragment_fromstring(summarize(SEEDS).to_html())
    ids = [e.get("id") for page in (one, two) for e in page.iter() if e.get("id")]
    assert len(ids) == len(set(ids))


def test_markdown_cites_outlets_with_links_and_escapes_article_text() -> None:
    md = made_up_summary().to_markdown()
    lines = md.splitlines()
    assert lines[0] == ("- Talks begin on Monday. ([Reuters](https://www.reuters.com/world/"
                        "a%281%29), AP)")
    assert "\\<script\\>" in md and "\\*\\*no\\*\\*" in md and "\\[x\\]" in md
    assert "- Forty people attended. (Source 4) _(single source)_ _(unverified)_" in lines
    assert lines[3] == ("- The war began three years ago. ([Reuters](https://www.reuters.com/"
                        "world/a%281%29)) _(single source)_ _(disputed)_")
    assert "### Sources disagree" in lines and "### Sources" in lines
    assert "3. **Reuters** — [Title 3](https://www.reuters.com/world/b) _(copy of 1)_" in lines
    assert "javascript" not in md


def test_markdown_without_cite_is_the_claims_and_the_disagreements() -> None:
    md = made_up_summary().to_markdown(cite=False)
    assert md.startswith("- Talks begin on Monday.\n") and "### Sources disagree" in md
    assert "### Sources\n" not in md and "_(single source)_" not in md


def test_a_templates_folder_overrides_one_block_or_a_whole_template(tmp_path: Path) -> None:
    (tmp_path / "summary.html.j2").write_text(
        '{% extends "builtin/summary.html.j2" %}{% block sources %}<p>{{ sources | length }} '
        'sources</p>{% endblock %}', encoding="utf-8")
    html = made_up_summary().to_html(templates=tmp_path)
    assert "<p>4 sources</p>" in html and 'class="source"' not in html
    assert 'class="disagreements"' in html  # the rest is the built-in template's
    assert made_up_summary().to_markdown(templates=tmp_path).startswith("- Talks")  # built-in


def test_template_mistakes_are_one_line_errors(tmp_path: Path) -> None:
    (tmp_path / "summary.html.j2").write_text("{% for c in claims %}", encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"summary.html.j2, line 1: Unexpected end"):
        made_up_summary().to_html(templates=tmp_path)
    (tmp_path / "summary.md.j2").write_text("{{ clams }}", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="'clams' is undefined; the variables are"):
        made_up_summary().to_markdown(templates=tmp_path)
    with pytest.raises(ConfigurationError, match="not a folder"):
        made_up_summary().to_html(templates=tmp_path / "missing")


def test_cli_writes_html_with_its_templates_flag(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "summary.html.j2").write_text("<p>{{ claims | length }} claims</p>",
                                              encoding="utf-8")
    out = tmp_path / "seeds.html"
    main([str(SEEDS), "--format", "html", "--templates", str(tmp_path), "-o", str(out), "-q"])
    assert out.read_text(encoding="utf-8") == (
        f"<p>{len(summarize(SEEDS).claims)} claims</p>\n")
    main([str(SEEDS), "--format", "html", "-q"])
    assert capsys.readouterr().out.startswith('<div class="summarizer-summary"')


def test_text_output_is_unchanged_by_the_templates() -> None:
    summary = made_up_summary()
    assert summary.to_text(cite=True) == render(summary, "text", cite=True)
    assert "[1][2][3]" in summary.to_text(cite=True)


def test_output_templates_ship_inside_the_package() -> None:
    from importlib.metadata import distribution

    from summarizer.render import BUILTIN, TEMPLATES

    assert all((BUILTIN / name).is_file() for name in TEMPLATES.values())
    files = {str(f) for f in distribution("summarizer").files or []}
    if any(f.endswith(".pth") for f in files):
        pytest.skip("editable install: templates are read from the source checkout")
    assert {f"summarizer/templates/{name}" for name in TEMPLATES.values()} <= files


def test_text_marks_a_claim_on_one_side_of_a_disagreement_and_an_earlier_figure() -> None:
    from summarizer import Article, summarize

    early = ("A landslide struck the mountain village of Pell early on Monday, killing at least "
             "4 people, regional police said.")
    late = ("The death toll from Monday's landslide in the mountain village of Pell has risen "
            "to 11, regional police said on Tuesday.")
    text = summarize([Article(text=early), Article(text=late)]).to_text(cite=True)
    assert f"• {early} [1] (since updated: see below)\n• {late} [2]\n" in text
    assert "changed over time" in text and "→" in text
    one = "Flooding in Ashby destroyed 300 homes on Monday, the council said."
    other = "Flooding in Ashby destroyed 450 homes on Monday, the council said."
    summary = summarize([Article(text=one), Article(text=other)])
    assert f"• {one} [1] (disputed: see below)" in summary.to_text(cite=True)
    assert [c.disputed for c in summary.claims] == [True, True]  # and so in the JSON
