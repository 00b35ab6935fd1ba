"""A folder's `sources.yaml` (or `sources.csv`): who published each of its articles.

    000_630d4f6a607756cd.txt:
      outlet: The Hill
      url: https://thehill.com/...
      date: 2025-02-13
      title: Trump speaks with Putin ...

CSV: a `file` column and any of `outlet`, `url`, `date`, `title`. What the sidecar says
wins over what the article declares; a field it leaves out is left as the article has it.
A sidecar that cannot be read is named in a warning and ignored: the articles stay; an entry
that is no mapping of fields costs only that file's entry, and a value that cannot be read
(`date: 2025-02-30`) only its field.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import frontmatter

NAMES = ("sources.yaml", "sources.yml", "sources.csv")
FIELDS = ("outlet", "url", "date", "title")
Sidecar = dict[str, dict[str, str]]  # file name -> field -> value


def read(folder: Path, warn: Callable[[str], None]) -> Sidecar:
    """The sidecar of `folder`, or {} when it has none (or an unreadable one)."""
    for name in NAMES:
        path = folder / name
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8-sig")
            entries = _csv(text) if name.endswith(".csv") else _yaml(text, path, warn)
        except (OSError, UnicodeDecodeError, ValueError) as err:
            warn(f"{path}: ignored, {err}; it maps each file name to its outlet, url, date "
                 "and title")
            return {}
        return entries
    return {}


def _yaml(text: str, path: Path, warn: Callable[[str], None]) -> Sidecar:
    """Each file's fields, each value read on its own: a value that cannot be read
    (`date: 2025-02-30`) costs only that field, with a warning."""
    import yaml

    try:
        root: Any = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        raise ValueError("not valid YAML") from err
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise ValueError("not a mapping of file names to fields")
    entries = {}
    for file_node, fields in root.value:
        file = str(file_node.value)
        if not isinstance(fields, yaml.MappingNode):
            warn(f"{path}: {file}: entry ignored, it is not a mapping of fields (outlet, url, "
                 "date, title); the other files' entries are used")
            continue

        def dropped(key: str, problem: str, file: str = file) -> str:
            return (f"{path}: {file}: field '{key}' dropped, its value cannot be read "
                    f"({problem}); the file's other fields are used")

        entries[file] = _fields(frontmatter.mapping(fields, warn, dropped))
    return entries


def _csv(text: str) -> Sidecar:
    rows = list(csv.DictReader(io.StringIO(text)))
    if rows and "file" not in rows[0]:
        raise ValueError("no 'file' column")
    return {row["file"].strip(): _fields(row) for row in rows if (row.get("file") or "").strip()}


def _fields(values: dict[Any, Any]) -> dict[str, str]:
    return {key: str(values[key]).strip() for key in FIELDS
            if values.get(key) is not None and str(values[key]).strip()}
