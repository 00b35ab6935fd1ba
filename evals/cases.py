"""Eval cases: `evals/cases/<name>/case.yaml` plus the articles (a folder, or a pointer).

Case files are validated by pydantic models that forbid unknown fields, so a typo in a
hand-written file is an error, not a silently ignored key.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

CASES = Path(__file__).resolve().parent / "cases"


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Fact(_Closed):
    """One atomic reference fact and how to recognise it in a claim."""

    id: str
    text: str = Field(description="The fact, as a person wrote it.")
    sources: list[str] = Field(min_length=1, description="Source ids that state it.")
    match: list[list[str]] = Field(
        min_length=1, description="Keyword groups: a claim matches when every group has one "
        "of its keywords (a word prefix, case-insensitive).")
    numbers: list[str] = Field(default_factory=list,
                               description="Numbers the claim must state, as digits.")


class Disagreement(_Closed):
    """Sources that disagree; each side is a list of alternative phrasings."""

    about: str
    sides: list[list[str]] = Field(min_length=2)


class Case(_Closed):
    """One eval case."""

    name: str
    description: str
    articles: str = "articles"  # relative to the case folder
    facts: list[Fact] = Field(min_length=1)
    disagreements: list[Disagreement] = Field(default_factory=list)
    duplicates: list[list[str]] = Field(default_factory=list)
    quotes: list[str] = Field(default_factory=list,
                              description="Spans that, if quoted, must be verbatim.")
    forbidden: list[str] = Field(default_factory=list,
                                 description="Phrases no claim may contain (injected text).")
    folder: Path

    @field_validator("facts")
    @classmethod
    def _unique_ids(cls, facts: list[Fact]) -> list[Fact]:
        ids = [f.id for f in facts]
        if len(ids) != len(set(ids)):
            raise ValueError(f"fact ids repeat: {sorted(ids)}")
        return facts

    @property
    def inputs(self) -> Path:
        return (self.folder / self.articles).resolve()


class CaseError(ValueError):
    """A case file that cannot be used; the message names the file and the field."""


def load_case(folder: Path) -> Case:
    path = folder / "case.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        case = Case.model_validate({**raw, "name": folder.name, "folder": folder})
    except (OSError, yaml.YAMLError) as err:
        raise CaseError(f"{path}: cannot read it ({err})") from None
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise CaseError(f"{path}: {where}: {first['msg']}") from None
    if not case.inputs.exists():
        raise CaseError(f"{path}: articles: {case.inputs} does not exist")
    return case


def load_cases(names: list[str] | None = None) -> list[Case]:
    folders = sorted(p for p in CASES.iterdir() if (p / "case.yaml").is_file())
    if names:
        unknown = set(names) - {f.name for f in folders}
        if unknown:
            raise CaseError(f"no such case: {', '.join(sorted(unknown))}; "
                            f"cases: {', '.join(f.name for f in folders)}")
        folders = [f for f in folders if f.name in names]
    return [load_case(f) for f in folders]
