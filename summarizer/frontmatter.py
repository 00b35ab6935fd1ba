"""YAML front matter ('---' fenced, at the top of a .md or .txt article), read field by field:
a field whose value cannot be read (`date: 2025-02-30`, a 5,001-digit number) is dropped
with a warning naming the file and the field; the other fields and the article stay.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Warn = Callable[[str], None]


def split_front_matter(text: str, name: str, warn: Warn) -> tuple[dict[str, Any], str]:
    """The front matter's fields and the body; front matter that is not YAML at all is
    dropped whole (the body is still read)."""
    stripped = text.lstrip("\ufeff")
    if not stripped.startswith("---"):
        return {}, text
    lines = stripped.splitlines(keepends=True)
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            header, body = "".join(lines[1:end]), "".join(lines[end + 1 :])
            return _fields(header, name, warn), body
    return {}, text


def _fields(header: str, name: str, warn: Warn) -> dict[str, Any]:
    import yaml  # only front matter needs it: not paid on every start

    try:
        root = yaml.compose(header, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        warn(f"{name}: front matter is not valid YAML; read the file as plain text")
        return {}
    if not isinstance(root, yaml.MappingNode):
        return {}
    return mapping(root, warn, lambda key, problem: (
        f"{name}: front matter field '{key}' dropped, its value cannot be read ({problem}); "
        "the rest of the article is read"))


def mapping(node: Any, warn: Warn, message: Callable[[str, str], str]) -> dict[str, Any]:
    """A YAML mapping node's fields, each value built on its own, so that one value that
    cannot be read costs only its field (`message(key, problem)` is the warning)."""
    import yaml

    fields: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = str(getattr(key_node, "value", key_node))
        try:
            fields[key] = yaml.SafeLoader("").construct_document(value_node)
        except (yaml.YAMLError, ValueError, OverflowError, TypeError) as err:
            problem = (str(err).split("; use sys.")[0].splitlines() or [type(err).__name__])[0]
            warn(message(key, problem))
    return fields
