"""The HTML output in a real browser: Debian's chromium, headless, driven by selenium through
Debian's chromedriver (.ci/run installs both with apt-get; nothing is downloaded at run time).

A page holds two summaries as a newsletter digest would: the seeds, and a story whose
articles are hostile (script tags, an onerror image, a javascript: URL, template syntax).
The test takes a screenshot and asserts on the rendered DOM: every citation link resolves,
the disagreement box is visible, the hostile text is shown as text and nothing of it runs.
Without chromium the test is skipped, except in CI, where it fails.
"""

from __future__ import annotations

import os
import shutil
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SEEDS

from summarizer import Article, summarize

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
HOSTILE = ('The town council said <script>window.pwned = 1</script> the budget rose by 4% on '
           'Monday, after a long debate. <img src=x onerror="window.pwned = 2"> Officials '
           'said the vote was close. The mayor called it {{ 7 * 7 }} a fair result.')


def hostile_story() -> list[Article]:
    return [Article(text=HOSTILE, outlet="Harbor <i>Gazette</i>", title="Budget <b>rises</b>",
                    url="https://gazette.example/budget"),
            Article(text=HOSTILE.replace("long", "lengthy"), outlet="Bay Wire",
                    title="Council vote", url="javascript:window.pwned = 3")]


def digest_page(folder: Path) -> Path:
    seeds = summarize(SEEDS).to_html(title="Trump and Putin agree to start talks on Ukraine")
    hostile = summarize(hostile_story()).to_html(title="Council <b>budget</b>")
    page = folder / "digest.html"
    page.write_text('<!doctype html><html><head><meta charset="utf-8"><title>digest</title>'
                    f'</head><body style="margin:16px">{seeds}<hr>{hostile}</body></html>',
                    encoding="utf-8")
    return page


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    if not (CHROMIUM and CHROMEDRIVER):
        if os.environ.get("CI"):
            pytest.fail("chromium and chromedriver are missing; .ci/run installs them with "
                        "apt-get install chromium chromium-driver")
        pytest.skip("needs Debian's chromium and chromium-driver (apt-get install them)")
    os.environ.setdefault("SE_OFFLINE", "true")  # selenium-manager must never download
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--no-first-run", "--disable-background-networking", "--disable-sync",
                 "--disable-component-update", "--window-size=900,1200",
                 f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost", "::1"])  # the driver
def test_the_digest_renders_in_chromium(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    page = digest_page(tmp_path)
    browser.get(page.as_uri())
    shot = tmp_path / "digest.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", shot.read_bytes()[16:24])  # the PNG's IHDR
    assert width >= 800 and height >= 1000

    # every citation link resolves: to an entry of the page, or to a source's own URL
    sources = {a.get_attribute("href") for a in browser.find_elements(
        By.CSS_SELECTOR, "li.source a.title")}
    cites = browser.find_elements(By.CSS_SELECTOR, "a.cite")
    assert len(cites) >= 10
    for link in cites:
        href = link.get_attribute("href")
        if href.startswith(page.as_uri()):
            assert browser.find_elements(By.ID, href.split("#", 1)[1]), f"{link.text} -> {href}"
        else:
            assert href in sources, f"{link.text} -> {href}"
        assert link.text.strip() and link.is_displayed()
    # an in-page citation really lands on its source entry
    local = next(c for c in cites if c.get_attribute("href").startswith(page.as_uri()))
    entry_id = local.get_attribute("href").split("#", 1)[1]
    local.click()
    assert browser.execute_script("return location.hash") == "#" + entry_id
    assert browser.execute_script(
        "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight;", entry_id)

    # the disagreement box is shown, with both sides of the seeds' three-vs-four years
    boxes = browser.find_elements(By.CSS_SELECTOR, ".disagreements")
    assert boxes and boxes[0].is_displayed()
    assert boxes[0].size["height"] > 40 and boxes[0].size["width"] > 300
    assert "Sources disagree" in boxes[0].text
    assert "roughly three years ago" in boxes[0].text and "roughly four years ago" in boxes[0].text

    # the hostile story is text: no element, script or link came from it
    assert browser.execute_script("return window.pwned") is None
    hostile = browser.find_elements(By.CSS_SELECTOR, ".summarizer-summary")[1]
    assert "<script>window.pwned = 1</script>" in hostile.text and "{{ 7 * 7 }}" in hostile.text
    assert "Harbor <i>Gazette</i>" in hostile.text and "Council <b>budget</b>" in hostile.text
    assert not hostile.find_elements(By.CSS_SELECTOR, "script, img, i, b, [onerror]")
    assert all(not (a.get_attribute("href") or "").startswith("javascript:")
               for a in hostile.find_elements(By.TAG_NAME, "a"))


@pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost", "::1"])  # the driver
def test_the_stories_digest_renders_in_chromium(browser: Any, tmp_path: Path) -> None:
    """`summarize --stories --format html` on a mixed pile: a story per event under its
    headline, every citation resolving inside its own story, the articles in no story listed,
    and a hostile article in the pile shown as text."""
    from selenium.webdriver.common.by import By
    from test_stories import STORIES, mixed_pile

    from summarizer import FailedStory, summarize_stories

    pile = tmp_path / "pile"
    pile.mkdir()
    mixed_pile(pile)
    for n, article in enumerate(hostile_story()):
        (pile / f"hostile-{n}.txt").write_text(article.text, encoding="utf-8")
    digest = summarize_stories([pile], engine="extractive")
    # a story whose summary failed, with a server's message (untrusted text, too) as reason
    digest = digest.model_copy(update={"failed": [FailedStory(
        headline="<img src=x onerror=window.pwned=2> Budget vote",
        error="URL answered 400: the request was rejected (<b>x</b><script>window.pwned = 3"
              "</script>)", sources=digest.unassigned[:1])]})
    page = tmp_path / "stories.html"
    page.write_text('<!doctype html><html><head><meta charset="utf-8"><title>stories</title>'
                    f'</head><body style="margin:16px">{digest.to_html(title="Today")}'
                    "</body></html>", encoding="utf-8")
    browser.get(page.as_uri())
    assert browser.save_screenshot(str(tmp_path / "stories.png"))

    stories = browser.find_elements(By.CSS_SELECTOR, ".summarizer-digest .summarizer-summary")
    assert len(stories) == len(STORIES) + 1  # the hostile pair is a story of its own
    headlines = [s.find_element(By.TAG_NAME, "h2").text for s in stories]
    assert headlines == [s.headline for s in digest.stories]
    assert all(s.is_displayed() and s.size["height"] > 60 for s in stories)
    for story in stories:  # a citation lands on an entry of its own story, or a source URL
        urls = {a.get_attribute("href") for a in story.find_elements(
            By.CSS_SELECTOR, "li.source a.title")}
        for link in story.find_elements(By.CSS_SELECTOR, "a.cite"):
            href = link.get_attribute("href")
            if href.startswith(page.as_uri()):
                assert story.find_elements(By.ID, href.split("#", 1)[1]), href
            else:
                assert href in urls, href
    unassigned = browser.find_element(By.CSS_SELECTOR, ".unassigned")
    assert unassigned.is_displayed() and "Not in any story (3)" in unassigned.text
    assert len(unassigned.find_elements(By.CSS_SELECTOR, "li.unassigned-source")) == 3
    failed = browser.find_element(By.CSS_SELECTOR, ".failed")
    assert failed.is_displayed() and "Not summarised (1)" in failed.text
    [row] = failed.find_elements(By.CSS_SELECTOR, "li.failed-source")
    assert "<img src=x onerror=window.pwned=2> Budget vote" in row.text
    assert "failed: URL answered 400" in row.text and "1 article: " in row.text
    assert browser.execute_script("return window.pwned") is None
    assert "<script>window.pwned = 1</script>" in browser.find_element(
        By.CSS_SELECTOR, ".summarizer-digest").text
