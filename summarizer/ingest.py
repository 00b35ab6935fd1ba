"""Reading articles: the only module that reads inputs (article files, directories, stdin)
and parses their formats (HTML, front matter, encodings; an import contract keeps it so).
Other files are written only by `files.write_atomic`, the answer `cache`, the tokenizer's
ranks (`chunking`) and the batch state, and read only by `prompts` and `render` (templates).

Directories are walked sorted and recursively (hidden entries, README/LICENSE files,
symlinked directories, and links to files outside the folder unless `follow_symlinks`, are
passed over); .txt, .md, .html/.htm, .json and .jsonl are read,
and a folder's `sources.yaml`/`sources.csv` names who published each (`sidecar`).
Articles given in memory (`models.Article`, or a mapping with the keys a .json article has)
are read after the files, in the order given. An article that cannot be used is skipped
with a warning naming it; only when nothing at all is readable does `read_inputs` raise.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from . import sidecar, webpage
from .errors import InputError
from .evidence import Document
from .frontmatter import split_front_matter
from .models import Article

log = logging.getLogger("summarizer")

Input = str | os.PathLike[str] | Article | Mapping[str, Any]

Warn = Callable[[str], None]

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                 ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl",
                 ".ndjson": "jsonl"}
SKIPPED_NAMES = ("readme", "license", "licence", "changelog", "contributing")

TEXT_KEYS = ("text", "content", "body", "article", "maintext")
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link", "canonical_url", "source_url", "permalink")
DATE_KEYS = ("date", "published", "published_at", "pubdate", "publish_date", "datetime")
OUTLET_KEYS = ("outlet", "source", "publisher", "site_name", "sitename", "site", "hostname")


def read_inputs(
    inputs: Sequence[Input],
    *,
    warn: Warn,
    max_bytes: int = 20_000_000,
    stdin: BinaryIO | None = None,
    progress: Callable[[int, int], None] | None = None,
    follow_symlinks: bool = False,
) -> list[Document]:
    """Read every article under `inputs` ('-' is stdin), in a stable order.

    Files are read once each (a file named twice, or inside a directory also given, is one
    article) and in path order whatever the order of `inputs`, so the same articles always
    get the same source ids; stdin comes next, and articles given in memory last, in the
    order given. `progress(done, total)` is called after each file when given.
    """
    if not inputs:
        raise InputError("no input given; pass files or directories, '-' for stdin, or "
                         "summarizer.Article objects")
    found: dict[Path, Path] = {}  # resolved -> as named
    use_stdin = False
    given: list[Article | Mapping[str, Any]] = []
    for item in inputs:
        if isinstance(item, Article | Mapping):
            given.append(item)
            continue
        if str(item) == "-":
            use_stdin = True
            continue
        path = Path(item)
        if not path.exists():
            raise InputError(_missing(item), path=str(path))
        for named in _files_under(path, warn, follow_symlinks):
            found.setdefault(_resolved(named), named)
    files: list[Path | None] = [*sorted(found.values(), key=lambda f: f.parts),
                                *([None] if use_stdin else [])]  # None stands for stdin
    articles: list[Document] = []
    sidecars: dict[Path, sidecar.Sidecar] = {}
    for done, file in enumerate(files, 1):
        if file is None:
            data = (stdin or sys.stdin.buffer).read(max_bytes + 1)
            articles.extend(_parse_bytes(data, "-", None, warn, max_bytes))
            continue
        if file.parent not in sidecars:
            sidecars[file.parent] = sidecar.read(file.parent, warn)
        for article in _read_file(file, warn, max_bytes):
            for key, value in sidecars[file.parent].get(file.name, {}).items():
                setattr(article, key, value)  # the folder's sidecar knows best
            articles.append(article)
        if progress:
            progress(done, len(files))
    for n, item in enumerate(given, 1):
        articles.extend(_from_memory(item, n, warn, max_bytes))
    if not articles and use_stdin and not given and not found:
        raise InputError("standard input held no article text; pipe an article into it "
                         "(summarize - < article.txt) or name files instead")
    if not articles:
        where = ", ".join(str(i) for i in inputs if not isinstance(i, Article | Mapping))
        where = ", ".join(filter(None, [where, *(_name(g, n) for n, g in enumerate(given, 1))]))
        raise InputError(
            f"no readable article in {where}; give .txt, .md, .html, .json or .jsonl files "
            "or summarizer.Article objects with text in them"
        )
    return articles


def _missing(item: str | os.PathLike[str]) -> str:
    text = str(item)
    if "\n" in text or len(text) > 300 or (len(text.split()) >= 6 and os.sep not in text):
        return (f"{text[:40]!r}…: this looks like article text, not a path; pass text as "
                "summarizer.Article(text=...)")
    return f"{text}: no such file or directory; check the path"


def _name(item: Article | Mapping[str, Any], n: int) -> str:
    """What warnings call an article given in memory: its id, else 'article N'."""
    given = item.id if isinstance(item, Article) else item.get("id") or item.get("guid")
    return str(given or f"article {n}")


def _from_memory(item: Article | Mapping[str, Any], n: int, warn: Warn, max_bytes: int
                 ) -> list[Document]:
    """An article given in memory: its text parsed like a file's (HTML has its article text
    extracted), the metadata given with it winning over what the text itself declares."""
    name = _name(item, n)
    if isinstance(item, Mapping):  # the keys of a .json article
        found = _json_article(dict(item), name, warn)
        if found is None:
            return []
        item = Article(text=found.text, title=found.title, url=found.url, outlet=found.outlet,
                       date=found.date, id=name)
    if len(item.text.encode("utf-8", errors="replace")) > max_bytes:
        warn(f"{name}: skipped, larger than {max_bytes // 1_000_000} MB "
             "(raise SUMMARIZER_MAX_FILE_MB to read it)")
        return []
    if not item.text.strip():
        warn(f"{name}: skipped, empty")
        return []
    kind = item.format if item.format != "auto" else (
        "html" if _sniff(item.text) == "html" else "markdown")
    docs = PARSERS[kind](item.text, name, warn)
    published = item.date.isoformat() if isinstance(item.date, date) else item.date
    for doc in docs:
        doc.title, doc.url = item.title or doc.title, item.url or doc.url
        doc.outlet, doc.date = item.outlet or doc.outlet, published or doc.date
        doc.raw, doc.in_memory = item.text, True
    return [d for d in docs if _has_text(d, warn)]


def _files_under(path: Path, warn: Warn, follow_symlinks: bool = False) -> Iterator[Path]:
    if path.is_file():
        yield path
        return
    if not path.is_dir():
        warn(f"{path}: skipped, not a regular file or directory")
        return
    found: list[Path] = []
    for root, dirs, files in os.walk(path, followlinks=False, onerror=_walk_error(warn)):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            file = Path(root, name)
            if name.startswith(".") or name.lower().startswith(SKIPPED_NAMES) \
                    or name.lower() in sidecar.NAMES:
                continue
            if file.suffix.lower() not in TEXT_SUFFIXES:
                warn(f"{file}: skipped, unsupported file type (use .txt .md .html .json .jsonl)")
                continue
            if not follow_symlinks and file.is_symlink() and not _inside(file, path):
                warn(f"{file}: skipped, a symbolic link to a file outside {path} (set "
                     "`follow_symlinks` to read it)")
                continue
            found.append(file)
    if not found:
        warn(f"{path}: no .txt, .md, .html, .json or .jsonl files in this directory")
    yield from sorted(found, key=lambda f: f.relative_to(path).parts)


def _inside(link: Path, folder: Path) -> bool:
    """Whether the file `link` points to lies inside `folder` (a walked input)."""
    target, root = _resolved(link), _resolved(folder)
    return root == target or root in target.parents


def _resolved(file: Path) -> Path:
    try:
        return file.resolve()
    except (OSError, RuntimeError):  # a symlink loop: keep the name; reading it will warn
        return file.absolute()


def _walk_error(warn: Warn) -> Callable[[OSError], None]:
    def report(err: OSError) -> None:
        warn(f"{err.filename}: skipped, cannot list directory ({err.strerror})")

    return report


def _read_file(file: Path, warn: Warn, max_bytes: int) -> list[Document]:
    try:  # opened without blocking: a FIFO (named pipe) with no writer would wait for ever
        with os.fdopen(os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                warn(f"{file}: skipped, not a regular file")
                return []
            data = handle.read(max_bytes + 1)
    except OSError as err:
        warn(f"{file}: skipped, cannot read it ({err.strerror}); check its permissions")
        return []
    return _parse_bytes(data, str(file), file.suffix.lower(), warn, max_bytes)


def _parse_bytes(
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
    kind = TEXT_SUFFIXES.get(suffix or "") or _sniff(text)
    try:
        articles = PARSERS[kind](text, name, warn)
    except Exception as err:  # one unparsable file must not end the run
        warn(f"{name}: skipped, could not parse it as {kind} ({type(err).__name__}: {err})")
        return []
    for article in articles:
        article.raw = text if len(articles) == 1 else article.text
    return [a for a in articles if _has_text(a, warn)]


def _has_text(article: Document, warn: Warn) -> bool:
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
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else "cp1252"
    warn(f"{name}: not valid UTF-8, read as {encoding}; check the characters in the output")
    return data.decode(encoding, errors="replace")


def _sniff(text: str) -> str:
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
    out = [_json_article(item, f"{name}#{i}" if len(items) > 1 else name, warn)
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
        article = _json_article(item, f"{name}:{lineno}", warn)
        if article is not None:
            out.append(article)
    return out


def _first_line(err: BaseException) -> str:
    # not Python's advice to raise its digit limit: the reader cannot act on it
    return (str(err).split("; use sys.")[0].splitlines() or [type(err).__name__])[0]


def _json_article(item: object, name: str, warn: Warn) -> Document | None:
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
