"""Article formats: the bytes of one article file decoded to text (byte-order marks, UTF-8,
else the legacy encoding charset_normalizer finds most plausible, cp1252 in a tie) and the
text parsed by its format into `Document`s: plain text and Markdown (YAML front matter as
metadata), HTML (the article text trafilatura extracts, what the page hides dropped), JSON
and JSONL (one article per object; the usual field names of feeds and scrapers read as
text, title, url, date, outlet).

`ingest` finds and reads the files; this module only turns what they hold into articles, so
that it can also parse an article given in memory. An unparsable or empty article is
skipped with a warning naming it.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from . import webpage
from .evidence import Document
from .frontmatter import split_front_matter

log = logging.getLogger("summarizer")

Warn = Callable[[str], None]

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                 ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl",
                 ".ndjson": "jsonl"}

TEXT_KEYS = ("text", "content", "body", "article", "maintext")
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link", "canonical_url", "source_url", "permalink")
DATE_KEYS = ("date", "published", "published_at", "pubdate", "publish_date", "datetime")
OUTLET_KEYS = ("outlet", "source", "publisher", "site_name", "sitename", "site", "hostname")


def parse_bytes(
    data: bytes, name: str, suffix: str | None, warn: Warn, max_bytes: int
) -> list[Document]:
    if len(data) > max_bytes:
        warn(f"{name}: skipped, larger than {max_bytes // 1_000_000} MB "
             "(raise SUMMARIZER_MAX_FILE_MB to read it)")
        return []
    bom = next((enc for mark, enc in _BOMS if data.startswith(mark)), None)
    if bom is None and b"\x00" in data[:8192]:
        warn(f"{name}: skipped, binary file (not text)")
        return []
    text = _decode_bom(data, bom, name, warn) if bom else _decode(data, name, warn)
    if not text.strip():
        warn(f"{name}: skipped, empty")
        return []
    kind = TEXT_SUFFIXES.get(suffix or "") or sniff(text)
    try:
        articles = PARSERS[kind](text, name, warn)
    except Exception as err:  # one unparsable file must not end the run
        warn(f"{name}: skipped, could not parse it as {kind} ({type(err).__name__}: {err})")
        return []
    for article in articles:
        article.raw = text if len(articles) == 1 else article.text
    return [a for a in articles if has_text(a, warn)]


def has_text(article: Document, warn: Warn) -> bool:
    if article.text.strip():
        return True
    warn(f"{article.path}: skipped, no article text in it")
    return False


# UTF-32 first: its little-endian mark begins with UTF-16's
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _decode_bom(data: bytes, encoding: str, name: str, warn: Warn) -> str:
    """Text with a UTF-16/32 byte-order mark (Windows tools write these)."""
    text = data.decode(encoding, errors="replace")
    if "\ufffd" in text:
        warn(f"{name}: not valid {encoding.upper()}; unreadable characters were replaced")
    return text


def _decode(data: bytes, name: str, warn: Warn) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    encoding = guess_encoding(data)
    warn(f"{name}: not valid UTF-8, read as {encoding}; check the characters in the output")
    return data.decode(encoding, errors="replace")


def guess_encoding(data: bytes) -> str:
    """The legacy encoding `data` is most plausibly in: charset_normalizer's candidates of
    least chaos, less those whose reading puts a symbol inside a word, the most coherent
    (fittest to a language's letter frequencies) of them; in a tie, cp1252 when the text
    reads as a language cp1252 was made for, else charset_normalizer's own first.

    On a few accented names charset_normalizer ranks code pages that read them as letters
    all alike, and its first pick may be one that does not (cp775: "José Núñez" as "Josķ
    N·±ez") or a Central European one (cp1250: "Núńez"). cp1252, whose printable range
    holds latin-1's, is then the likeliest: the Western Windows code page most legacy news
    text is in. A Polish "ł" read as cp1252's "³" ("powiedzia³a") is such a symbol, and a
    Turkish or Russian text is more coherent in its own code page, so those stay as found; a
    short Hungarian, Croatian or Czech text ties with cp1252 but reads as no Western
    language, so it stays cp1250.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return "cp1252"
    least = min(m.chaos for m in matches)
    plausible = [m for m in matches if m.chaos <= least
                 and not _symbol_inside_a_word(data[:_SAMPLE].decode(m.encoding, "ignore"))]
    if not plausible:
        return matches[0].encoding
    top = max(m.coherence for m in plausible)
    tied = [m for m in plausible if m.coherence >= top]
    western = any(m.language in _CP1252_LANGUAGES for m in tied) or (
        all(m.language == "Unknown" for m in tied)  # too short to tell: English words?
        and not _ENGLISH.isdisjoint(re.findall(r"[a-z]+", data[:_SAMPLE].decode(
            "ascii", "ignore").lower())))
    return "cp1252" if western and any("cp1252" in m.could_be_from_charset for m in tied) \
        else tied[0].encoding


_SAMPLE = 200_000  # bytes of a file read for symbols inside words: enough to judge
# the languages cp1252 was made for, as charset_normalizer names them: a tie goes to cp1252
# only in one of them, since a short Hungarian, Croatian or Czech text ties too and is cp1250
# ("Győr", "Kovačević", "Dvořák"), read as charset_normalizer ranks it
_CP1252_LANGUAGES = frozenset({"English", "Spanish", "French", "German", "Portuguese",
                               "Italian", "Dutch", "Danish", "Norwegian", "Swedish",
                               "Catalan"})
# words that make a text too short for charset_normalizer to name its language English; none
# is a word of a language cp1250 serves ("a", "to", "on", "by", "is" are Czech, Polish,
# Slovak or Hungarian words too)
_ENGLISH = frozenset("the and of said says was were for with from that this they she which "
                     "would have has".split())


def _symbol_inside_a_word(text: str) -> bool:
    """Whether a word of `text` has a non-ASCII symbol (a currency sign, "±", "³", "¼")
    between its letters, as no word is spelt: a code page misreading a letter."""
    for word in text.split():
        if word.isascii():
            continue
        letters = [i for i, c in enumerate(word) if c.isalpha()]
        inside = word[letters[0] + 1:letters[-1]] if len(letters) > 1 else ""
        if any(not c.isascii() and (unicodedata.category(c)[0] == "S"
                                    or unicodedata.category(c) == "No") for c in inside):
            return True
    return False


def sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p")):
        return "html"
    if head.startswith(("{", "[")):
        return "jsonl" if "\n{" in text.strip() and not head.startswith("[") else "json"
    return "markdown" if head.startswith("---") else "text"


def _parse_text(text: str, name: str, warn: Warn) -> list[Document]:
    # scraped .txt files often carry YAML front matter too (seeds/004)
    return _parse_markdown(text, name, warn, kind="text")


def _parse_markdown(text: str, name: str, warn: Warn, kind: str = "markdown") -> list[Document]:
    meta, body = split_front_matter(text, name, warn)
    article = Document(path=name, text=body, format=kind)
    _apply_metadata(article, meta)
    return [article]


def _parse_html(text: str, name: str, warn: Warn) -> list[Document]:
    doc = webpage.extract(text)
    for hidden in doc.get("hidden") or []:  # -v says what the page hid, as cleaning does
        log.debug("%s: removed (hidden in the page): %s", name,
                  hidden if len(hidden) <= 100 else hidden[:97] + "...")
    if not (doc.get("text") or "").strip():
        warn(f"{name}: skipped, no article text found in the HTML")
        return []
    article = Document(path=name, text=doc["text"], format="html")
    _apply_metadata(article, {
        "title": doc.get("title"), "date": doc.get("date"), "url": doc.get("url"),
        "outlet": doc.get("sitename"),
    })
    return [article]


def _parse_json(text: str, name: str, warn: Warn) -> list[Document]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        warn(f"{name}: skipped, invalid JSON at line {err.lineno}: {err.msg}")
        return []
    except (ValueError, RecursionError) as err:
        warn(f"{name}: skipped, unreadable JSON ({_first_line(err)})")
        return []
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    items = data if isinstance(data, list) else [data]
    out = [json_article(item, f"{name}#{i}" if len(items) > 1 else name, warn)
           for i, item in enumerate(items, 1)]
    return [a for a in out if a is not None]


def _parse_jsonl(text: str, name: str, warn: Warn) -> list[Document]:
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            warn(f"{name}:{lineno}: skipped line, invalid JSON ({err.msg})")
            continue
        except (ValueError, RecursionError) as err:  # a 5,001-digit number, deep nesting
            warn(f"{name}:{lineno}: skipped line, unreadable JSON ({_first_line(err)})")
            continue
        article = json_article(item, f"{name}:{lineno}", warn)
        if article is not None:
            out.append(article)
    return out


def _first_line(err: BaseException) -> str:
    # not Python's advice to raise its digit limit: the reader cannot act on it
    return (str(err).split("; use sys.")[0].splitlines() or [type(err).__name__])[0]


def json_article(item: object, name: str, warn: Warn) -> Document | None:
    if not isinstance(item, dict):
        warn(f"{name}: skipped, expected an object with a 'text' field")
        return None
    text = _first(item, TEXT_KEYS)
    if text is None:
        warn(f"{name}: skipped, no text field (one of: {', '.join(TEXT_KEYS)})")
        return None
    article = Document(path=name, text=text, format="json")
    _apply_metadata(article, item)
    return article


def _apply_metadata(article: Document, meta: dict[str, Any]) -> None:
    article.title = _first(meta, TITLE_KEYS)
    article.date = _first(meta, DATE_KEYS)
    article.url = _first(meta, URL_KEYS)
    article.outlet = _first(meta, OUTLET_KEYS)


def _first(meta: Mapping[str, Any], keys: Sequence[str]) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, dict):  # e.g. NewsAPI's "source": {"id": ..., "name": ...}
            value = value.get("name")
        if isinstance(value, list) and value and isinstance(value[0], str):
            value = value[0]
        if value is not None and not isinstance(value, dict | list) and str(value).strip():
            return str(value).strip()
    return None


PARSERS: dict[str, Callable[[str, str, Warn], list[Document]]] = {
    "text": _parse_text, "markdown": _parse_markdown, "html": _parse_html,
    "json": _parse_json, "jsonl": _parse_jsonl,
}
