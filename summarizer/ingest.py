"""Reading articles: the only module that reads inputs (article files, directories, stdin);
`formats` parses what they hold (HTML, front matter, encodings). An import contract keeps
the parsing libraries to the reading stage. Other files are written only by
`files.write_atomic`, the answer `cache`, the tokenizer's ranks (`chunking`) and the batch
state, and read only by `prompts` and `render` (templates).

Directories are walked sorted and recursively (hidden entries and README/LICENSE files are
passed over; symlinked directories, and links to files outside the folder unless
`follow_symlinks`, with a warning); .txt, .md, .html/.htm, .json and .jsonl are read,
and a folder's `sources.yaml`/`sources.csv` names who published each (`sidecar`).
Articles given in memory (`models.Article`, or a mapping with the keys a .json article has)
are read after the files, in the order given. An article that cannot be used is skipped
with a warning naming it; only when nothing at all is readable does `read_inputs` raise,
saying why when every input was skipped for the same reason. Whatever declared an article's
title, outlet, date and url, the invisible characters that split a word or turn a line around
are dropped from them (`invisible`), as cleaning drops them from its text.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from . import sidecar
from .errors import InputError
from .evidence import Document
from .files import shortened, within
from .formats import PARSERS, TEXT_SUFFIXES, Warn, has_text, json_article, parse_bytes, sniff
from .invisible import visible
from .models import Article

Input = str | os.PathLike[str] | Article | Mapping[str, Any]

_SKIPPED = re.compile(r".*?: skipped, (.*)", re.DOTALL)  # a warning's reason for a skip
SKIPPED_NAMES = ("readme", "license", "licence", "changelog", "contributing")


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
    said: list[str] = []  # what was skipped and why: the error when nothing is left says it

    def note(message: str) -> None:
        said.append(message)
        warn(message)

    found, use_stdin, given = _gather(inputs, note, follow_symlinks)
    files: list[Path | None] = [*sorted(found, key=lambda f: f.parts),
                                *([None] if use_stdin else [])]  # None stands for stdin
    articles = _read_files(files, note, max_bytes, stdin, progress)
    for n, item in enumerate(given, 1):
        articles.extend(_from_memory(item, n, note, max_bytes))
    if not articles:
        raise _nothing_readable(inputs, given, said,
                                only_stdin=use_stdin and not given and not found)
    for article in articles:  # its text goes through cleaning, which drops them too
        _drop_invisible(article)
    return articles


def _drop_invisible(article: Document) -> None:
    """`article`'s metadata, whatever declared it, without the invisible characters that
    split a name or turn a line around (`invisible`)."""
    for name in ("title", "outlet", "date", "url"):
        value = getattr(article, name)
        if value is not None:
            setattr(article, name, visible(value) or None)


def _gather(inputs: Sequence[Input], warn: Warn, follow_symlinks: bool
            ) -> tuple[list[Path], bool, list[Article | Mapping[str, Any]]]:
    """The files under `inputs` (each once, as first named), whether stdin is one of them,
    and the articles given in memory."""
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
        if not os.fspath(item) or not _exists(path):  # Path("") would be the current folder
            raise InputError(_missing(item), path=str(path))
        for named in _files_under(path, warn, follow_symlinks):
            found.setdefault(_resolved(named), named)
    return list(found.values()), use_stdin, given


def _read_files(files: Sequence[Path | None], warn: Warn, max_bytes: int,
                stdin: BinaryIO | None, progress: Callable[[int, int], None] | None
                ) -> list[Document]:
    """The articles in `files` (None: stdin), each with what its folder's sidecar says."""
    articles: list[Document] = []
    sidecars: dict[Path, sidecar.Sidecar] = {}
    for done, file in enumerate(files, 1):
        if file is None:
            data = (stdin or sys.stdin.buffer).read(max_bytes + 1)
            articles.extend(parse_bytes(data, "-", None, warn, max_bytes))
            continue
        if file.parent not in sidecars:
            sidecars[file.parent] = sidecar.read(file.parent, warn)
        for article in _read_file(file, warn, max_bytes):
            for key, value in sidecars[file.parent].get(file.name, {}).items():
                setattr(article, key, value)  # the folder's sidecar knows best
            articles.append(article)
        if progress:
            progress(done, len(files))
    return articles


def _nothing_readable(inputs: Sequence[Input], given: Sequence[Article | Mapping[str, Any]],
                      said: Sequence[str], *, only_stdin: bool) -> InputError:
    """The error of inputs holding no article; when every one was skipped for the same
    reason, it says that reason (the warnings that said it are hidden by -q)."""
    if only_stdin:
        return InputError("standard input held no article text; pipe an article into it "
                          "(summarize - < article.txt) or name files instead")
    where = ", ".join(str(i) for i in inputs if not isinstance(i, Article | Mapping))
    where = ", ".join(filter(None, [where, *(_name(g, n) for n, g in enumerate(given, 1))]))
    reasons = {m[1] if (m := _SKIPPED.fullmatch(w)) else w for w in said}
    if len(reasons) == 1 and all(_SKIPPED.fullmatch(w) for w in said):
        which = "it was" if len(said) == 1 else f"all {len(said)} were"
        return InputError(f"no readable article in {where}: {which} skipped, {reasons.pop()}")
    return InputError(
        f"no readable article in {where}; give .txt, .md, .html, .json or .jsonl files "
        "or summarizer.Article objects with text in them"
    )


def _exists(path: Path) -> bool:
    """Whether `path` exists; an InputError when the system cannot even look (a name longer
    than it allows)."""
    try:
        return path.exists()
    except OSError as err:
        raise InputError(f"{shortened(str(path))}: cannot use this path ({err.strerror}); "
                         "check the path", path=str(path)) from None


def _missing(item: str | os.PathLike[str]) -> str:
    text = str(item)
    if not text:
        return ("'': no such file or directory; an empty path names no file (is a variable "
                "holding the path unset?)")
    if os.path.islink(text):
        try:
            os.stat(text)
        except OSError as err:
            if err.errno == errno.ELOOP:
                return (f"{text}: a symbolic link that leads back to itself (a loop); check "
                        "the link")
        return f"{text}: a symbolic link to nothing (its target does not exist); check the link"
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
        found = json_article(dict(item), name, warn)
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
        "html" if sniff(item.text) == "html" else "markdown")
    docs = PARSERS[kind](item.text, name, warn)
    published = item.date.isoformat() if isinstance(item.date, date) else item.date
    for doc in docs:
        doc.title, doc.url = item.title or doc.title, item.url or doc.url
        doc.outlet, doc.date = item.outlet or doc.outlet, published or doc.date
        doc.raw, doc.in_memory = item.text, True
    return [d for d in docs if has_text(d, warn)]


def _files_under(path: Path, warn: Warn, follow_symlinks: bool = False) -> Iterator[Path]:
    if path.is_file():
        yield path
        return
    if not path.is_dir():
        warn(f"{path}: skipped, not a regular file or directory")
        return
    found: list[Path] = []
    for root, dirs, files in os.walk(path, followlinks=False, onerror=_walk_error(warn)):
        dirs[:] = [d for d in dirs if not d.startswith(".") and not _linked_folder(root, d, warn)]
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


def _linked_folder(root: str, name: str, warn: Warn) -> bool:
    """Whether `name` in `root` is a symbolic link to a folder: not walked (a loop, or the
    whole disk), and said so."""
    if not os.path.islink(os.path.join(root, name)):
        return False
    warn(f"{Path(root, name)}: skipped, a symbolic link to a folder (linked folders are not "
         "walked; name the folder itself to read it)")
    return True


def _inside(link: Path, folder: Path) -> bool:
    """Whether the file `link` points to lies inside `folder` (a walked input)."""
    return within(_resolved(link), _resolved(folder))


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
    except FileNotFoundError:  # found by the walk, so a link whose target is gone
        warn(f"{file}: skipped, a symbolic link to nothing (its target does not exist)")
        return []
    except OSError as err:
        fix = "; check its permissions" if err.errno in (errno.EACCES, errno.EPERM) else ""
        warn(f"{file}: skipped, cannot read it ({err.strerror}){fix}")
        return []
    return parse_bytes(data, str(file), file.suffix.lower(), warn, max_bytes)
