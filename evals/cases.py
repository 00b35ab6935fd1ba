"""Eval cases: our own (`evals/cases/<name>/case.yaml` with their articles) and the real-news
suite (`evals/multinews/<story>.yaml`, facts we wrote about a story whose articles stay in the
data folder given with `--data`); and for the stories held out of it, the disagreements alone
(`evals/heldout/<story>.yaml`), labelled blind (the kinds of disagreement built on 2026-11-30
came from their misses: see evals/README.md).

Case files are validated by pydantic models that forbid unknown fields, so a typo in a
hand-written file is an error, not a silently ignored key. A source is named by its id
(`s1`, in sorted file order) or by its file name (`article-2.txt`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
MULTINEWS = HERE / "multinews"
HELDOUT_LABELS = HERE / "heldout"
INVENTED = HERE / "invented"


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


M = TypeVar("M", bound=_Closed)


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
    key: bool = Field(default=False, description="The human reference summary states it too: "
                      "a fact a reader must get.")
    reworded: bool = Field(default=False, description="Its sources state it in different words "
                           "(not copies of one text): corroboration found by paraphrase.")


class Side(_Closed):
    """One version of a disputed detail: its phrasings (any one matches) and who states it."""

    says: list[str] = Field(min_length=1)
    sources: list[str] = Field(default_factory=list)


class Disagreement(_Closed):
    """Sources that give the same detail different values."""

    about: str
    kind: Literal["number", "date", "age", "count", "category", "name", "account",
                  "other"] = "other"
    sides: list[Side] = Field(min_length=2)


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
    source_dir: Path = Field(description="Where the articles are (set by the loader).")
    reference: Path | None = Field(default=None, description="The human summary, if any.")

    @field_validator("facts")
    @classmethod
    def _unique_ids(cls, facts: list[Fact]) -> list[Fact]:
        ids = [f.id for f in facts]
        if len(ids) != len(set(ids)):
            raise ValueError(f"fact ids repeat: {sorted(ids)}")
        return facts

    @property
    def inputs(self) -> Path:
        return self.source_dir

    @property
    def input_files(self) -> list[Path]:
        """What the summariser is given: our case's folder, or a story's articles (never its
        reference summary)."""
        if self.reference is None:
            return [self.source_dir]
        return sorted(self.source_dir.glob("article-*"))

    @property
    def suite(self) -> str:
        return "multinews" if self.reference is not None else "own"


class HeldOutLabels(_Closed):
    """What we wrote about a held-out story: its disagreements only (no facts, so it stays out
    of the fact suite). `disagreements` has no default: a story with none says `[]`, since its
    conflicts still count for precision."""

    description: str
    disagreements: list[Disagreement]
    duplicates: list[list[str]] = Field(default_factory=list)


class CaseError(ValueError):
    """A case file that cannot be used; the message names the file and the field."""


def _validated(path: Path, extra: dict[str, object]) -> Case:
    return _read(path, Case, extra)


def _read(path: Path, model: type[M], extra: dict[str, object]) -> M:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return model.model_validate({**raw, **extra})
    except (OSError, yaml.YAMLError) as err:
        raise CaseError(f"{path}: cannot read it ({err})") from None
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        quote = " (quote it: YAML reads 40, 6:57 and false as a number or a boolean)" \
            if first["type"] == "string_type" else ""
        raise CaseError(f"{path}: {where}: {first['msg']}{quote}") from None


def load_case(folder: Path) -> Case:
    path = folder / "case.yaml"
    case = _validated(path, {"name": folder.name, "folder": folder, "source_dir": folder})
    case = case.model_copy(update={"source_dir": (folder / case.articles).resolve()})
    if not case.inputs.exists():
        raise CaseError(f"{path}: articles: {case.inputs} does not exist")
    return case


def load_story(path: Path, data: Path) -> Case:
    """A Multi-News story: our facts in `path`, its articles and reference.md in `data`."""
    story = data / path.stem
    if not (story / "reference.md").is_file():
        raise CaseError(f"{path}: no story {story} with a reference.md; pass the Multi-News "
                        "folder with --data (e.g. --data ../shared/multinews-dev)")
    return _validated(path, {"name": path.stem, "folder": path.parent,
                             "source_dir": story.resolve(),
                             "reference": (story / "reference.md").resolve()})


def load_cases(names: list[str] | None = None, data: Path | None = None) -> list[Case]:
    """Our own cases, and with `data` the Multi-News stories we wrote facts for; `names`
    narrows to those cases."""
    folders = sorted(p for p in CASES.iterdir() if (p / "case.yaml").is_file())
    stories = sorted(MULTINEWS.glob("*.yaml")) if data is not None else []
    known = [f.name for f in folders] + [s.stem for s in stories]
    if names:
        unknown = set(names) - set(known)
        if unknown:
            raise CaseError(f"no such case: {', '.join(sorted(unknown))}; "
                            f"cases: {', '.join(known)}")
        folders = [f for f in folders if f.name in names]
        stories = [s for s in stories if s.stem in names]
    own = [load_case(f) for f in folders]
    return own + [load_story(s, data) for s in stories] if data is not None else own


@dataclass(frozen=True)
class HeldOut:
    """A Multi-News story we wrote no facts for: its articles and human summary, scored by
    ROUGE alone, a check nothing was tuned on."""

    name: str
    folder: Path

    @property
    def input_files(self) -> list[Path]:
        return sorted(self.folder.glob("article-*"))

    @property
    def reference(self) -> Path:
        return self.folder / "reference.md"

    @cached_property
    def labels(self) -> HeldOutLabels | None:
        """Our blind disagreement labels for it (`evals/heldout/`), if we wrote any."""
        path = HELDOUT_LABELS / f"{self.name}.yaml"
        return _read(path, HeldOutLabels, {}) if path.is_file() else None


def load_heldout(data: Path) -> list[HeldOut]:
    """The stories of `data` with a human summary and no facts of ours in evals/multinews/."""
    ours = {p.stem for p in MULTINEWS.glob("*.yaml")}
    found = [HeldOut(p.name, p.resolve()) for p in sorted(data.iterdir())
             if p.is_dir() and p.name not in ours and (p / "reference.md").is_file()]
    for story in found:
        _ = story.labels  # read (and checked) now: a bad label file is a CaseError here
    return found


@dataclass(frozen=True)
class Invented:
    """A story of ordinary news we invented to see how disagreements are found on text the
    rules were not written from (`evals/invented/`): its folder of articles (with the outlets
    in its `sources.yaml`) and its labels beside it, in the held-out labels' form."""

    name: str
    folder: Path

    @property
    def input_files(self) -> list[Path]:
        return [self.folder]

    @cached_property
    def labels(self) -> HeldOutLabels:
        return _read(INVENTED / f"{self.name}.yaml", HeldOutLabels, {})


def load_invented() -> list[Invented]:
    """Every invented story, its labels read (and checked) now."""
    found = [Invented(p.name, p.resolve()) for p in sorted(INVENTED.iterdir()) if p.is_dir()]
    for story in found:
        _ = story.labels
    return found
