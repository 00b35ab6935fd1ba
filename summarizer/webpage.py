"""An HTML page as a reader sees it: its article text and metadata (trafilatura), and what
the page hides is not article text.

Text hidden by the `hidden` attribute, `aria-hidden`, or a style that hides it
(`display:none`, `visibility:hidden`, `font-size:0`, `opacity:0`, white text on no background
of its own) is a classic place for instructions addressed to an AI. It is taken out before
the article text is extracted.
"""

from __future__ import annotations

import re
from typing import Any

_HIDING = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?"
                     r"(?:px|pt|em|rem|%)?\s*(?:;|$)|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)"
                     r"|(?<![-\w])color\s*:\s*(?:white|#fff(?:fff)?|rgb\(\s*255\s*,\s*255\s*,"
                     r"\s*255\s*\))", re.IGNORECASE)


def extract(page: str) -> dict[str, Any]:
    """The article of `page`: text, title, date, url, sitename ({} when there is none)."""
    import trafilatura
    from trafilatura.deduplication import LRUCache

    shown, hidden = visible(page)
    extracted = trafilatura.bare_extraction(
        shown, with_metadata=True, include_comments=False, include_tables=False,
        # segments repeated within this page go; `True` would share one process-wide cache,
        # in which a page read a few times (a long-running tool, a rerun in one process)
        # loses its text and at last the whole article (4096: trafilatura's own size)
        include_images=False, include_links=False, deduplicate=LRUCache(maxsize=4096),
        # dates from the page's metadata only: guessing from body text picks any year it sees
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if extracted is None:
        return {}
    found = extracted if isinstance(extracted, dict) else dict(extracted.as_dict())
    return {**found, "hidden": hidden}


def visible(page: str) -> tuple[str, list[str]]:
    """`page` without the elements a browser would not show, and the text of those (for
    `-v`); the page as given when it cannot be parsed."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return page, []
    hidden = [el for el in tree.iter() if isinstance(el.tag, str) and _hides(el)]
    texts = []
    for element in hidden:
        if element.getparent() is not None:
            texts.append(" ".join(element.text_content().split()))
            element.drop_tree()
    return str(lxml.html.tostring(tree, encoding="unicode")), [t for t in texts if t]


def _hides(element: object) -> bool:
    get = getattr(element, "get", None)
    if get is None:
        return False
    if get("hidden") is not None or (get("aria-hidden") or "").lower() == "true":
        return True
    style = get("style") or ""
    if not _HIDING.search(style):
        return False
    white_only = re.search(r"(?<![-\w])color\s*:", style, re.I) and not re.search(
        r"display|visibility|font-size|opacity", style, re.I)
    return not (white_only and re.search(r"background", style, re.I))
