"""A two-story newsletter digest from in-memory articles, the way a newsletter tool would
build one: entries from a feed reader go in, one cited summary per story comes out, and the
stories are written into one HTML page and one Markdown file.

    python examples/digest.py                     # writes digest/digest.html and digest.md
    python examples/digest.py --out /tmp/d --engine llm   # with OPENAI_API_KEY set

The entries come from examples/feed.json (made-up outlets, shaped like an RSS reader's
entries); in a real tool they would come from your reader. They are grouped by the "story"
the editor gave them and summarised concurrently with `summarize_async`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from summarizer import Article, SummarizerError, Summary, summarize_async

FEED = Path(__file__).resolve().parent / "feed.json"
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Morning digest</title></head>
<body style="margin:0;padding:24px;background:#f3f4f6;">
<div style="max-width:680px;margin:0 auto;padding:24px;background:#ffffff;">
<h1 style="font-family:Arial,Helvetica,sans-serif;font-size:24px;margin:0 0 16px;">
Morning digest</h1>
{stories}
</div></body></html>
"""


def articles_by_story(feed: Path) -> dict[str, list[Article]]:
    """The feed's entries as `Article`s, grouped by story (in the feed's order)."""
    stories: dict[str, list[Article]] = defaultdict(list)
    for entry in json.loads(feed.read_text(encoding="utf-8"))["entries"]:
        stories[entry["story"]].append(Article(
            text=entry["content"], title=entry["title"], url=entry["link"],
            outlet=entry["source"]["name"], date=entry["published"], id=entry["id"]))
    return stories


def headline(summary: Summary) -> str:
    """The story's heading: the title of its first source that is not a copy."""
    return next((s.title for s in summary.sources if s.title and not s.duplicate_of), "")


async def build(feed: Path, engine: str | None) -> list[Summary]:
    stories = articles_by_story(feed)
    return list(await asyncio.gather(
        *(summarize_async(articles, engine=engine, max_words=120)
          for articles in stories.values())))


def write(path: Path, text: str) -> None:
    """Write `text` to `path` atomically: a reader never sees half a digest."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feed", type=Path, default=FEED, help="feed entries (JSON)")
    parser.add_argument("--out", type=Path, default=Path("digest"), help="output folder")
    parser.add_argument("--engine", choices=["auto", "extractive", "llm"], default=None)
    args = parser.parse_args()
    try:
        summaries = asyncio.run(build(args.feed, args.engine))
    except SummarizerError as err:
        print(f"digest: {err}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    html = "\n<hr style=\"border:0;border-top:1px solid #e5e7eb;margin:24px 0;\">\n".join(
        s.to_html(title=headline(s)) for s in summaries)
    write(args.out / "digest.html", PAGE.format(stories=html))
    write(args.out / "digest.md", "# Morning digest\n\n" + "\n".join(
        s.to_markdown(title=headline(s)) for s in summaries))
    for summary in summaries:
        print(f"{headline(summary)}: {len(summary.claims)} claims, {len(summary.sources)} "
              f"sources, {len(summary.conflicts)} disagreement(s)")
    print(f"wrote {args.out / 'digest.html'} and {args.out / 'digest.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
