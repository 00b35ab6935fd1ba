"""The llm engine's prompts: jinja2 templates rendered with article text as data.

Templates live in the repository's prompts/ folder and ship inside the wheel as
summarizer/prompt_templates/. A `--prompts DIR` folder overrides them file by file.
Undefined variables are errors (StrictUndefined). Article text only ever arrives as a
variable, passed through `fence`, so it can neither run as template code nor close the
block it is fenced in.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from .errors import ConfigurationError

TEMPLATES = ("system.j2", "map.j2", "reduce.j2", "reask.j2", "judge.j2")
_PACKAGE = Path(__file__).resolve().parent


def builtin_dir() -> Path:
    """The built-in templates: inside the installed package, or the source checkout's."""
    shipped = _PACKAGE / "prompt_templates"
    return shipped if shipped.is_dir() else _PACKAGE.parent / "prompts"


def fence(text: object) -> str:
    """Article text made unable to open or close a tag of the prompt."""
    return str(text).replace("<", "‹").replace(">", "›")


class Prompts:
    """The templates, loaded once, from `override` first and the built-in set second."""

    def __init__(self, override: str | None = None) -> None:
        folders = [builtin_dir()]
        if override:
            path = Path(override)
            if not path.is_dir():
                raise ConfigurationError(
                    f"`prompts_dir` {override}: not a folder; give a folder of .j2 templates")
            folders.insert(0, path)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([str(f) for f in folders]),
            undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False,
            trim_blocks=False)
        self.env.filters["fence"] = fence
        self.templates: dict[str, jinja2.Template] = {}
        sources = []
        for name in TEMPLATES:
            try:
                template = self.env.get_template(name)
            except jinja2.TemplateNotFound:
                raise ConfigurationError(
                    f"prompt template {name} not found in {', '.join(map(str, folders))}; "
                    "reinstall summarizer or add it to your `prompts_dir` folder") from None
            except jinja2.TemplateSyntaxError as err:
                raise ConfigurationError(
                    f"prompt template {err.filename or name}, line {err.lineno}: {err.message}"
                ) from None
            self.templates[name] = template
            sources.append(Path(template.filename or name).read_bytes())
        self.digest = hashlib.sha256(b"\0".join(sources)).hexdigest()

    def render(self, name: str, **variables: Any) -> str:
        """Render template `name`; a variable it uses but is not given is an error."""
        try:
            return self.templates[name].render(**variables).strip() + "\n"
        except jinja2.UndefinedError as err:
            raise ConfigurationError(f"prompt template {name}: {err.message}; "
                                     "check the variables listed in prompts/README.md") from None


@lru_cache(maxsize=4)
def load(override: str | None = None) -> Prompts:
    """The templates for `override` (None: built-in only), loaded once per process."""
    return Prompts(override)
