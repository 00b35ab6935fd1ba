"""examples/ runs from a checkout as the README says, and writes what it promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import lxml.html
from conftest import ROOT


def test_the_digest_example_writes_two_cited_stories(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "examples" / "digest.py"), "--out",
                           str(tmp_path / "out"), "--engine", "extractive"],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("wrote ")
    page = lxml.html.parse(str(tmp_path / "out" / "digest.html")).getroot()
    stories = page.xpath("//div[@class='summarizer-summary']")
    assert [s.xpath("string(h2)") for s in stories] == [
        "Water main break leaves east Port Ellis dry", "Rail strike ends as drivers accept pay deal"]
    for story in stories:  # each: claims citing outlets by name, and its disagreement
        assert story.xpath(".//li[@class='claim']//a[@class='cite']")
        assert story.xpath(".//div[@class='disagreements']")
    text = page.text_content()
    assert "about 4,000 households on" in text and "about 6,000 households on" in text
    assert "Bay Courier" in text and "(a copy of Coastal Wire)" in " ".join(text.split())
    markdown = (tmp_path / "out" / "digest.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Morning digest\n\n## Water main break")
    assert "[Valley Herald](https://valleyherald.example/2026/04/12/northline-deal)" in markdown
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["digest.html", "digest.md"]
