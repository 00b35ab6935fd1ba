"""Checks a case file against its own articles, with the grader's reading of them.

For the hand-written facts to measure anything, each must be findable where it says it is:
every source a fact lists has a passage (one or two adjacent sentences) that matches the
fact's keywords and numbers, and every side of a disagreement is phrased as its sources
phrase it. Sources that match a fact without being listed, and key facts the human summary
words so that they do not match, are reported as hints (a missed corroboration, keywords too
loose or too narrow), not errors.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from . import grader
from .cases import Case, Disagreement, HeldOut


def _source_files(case: Case) -> dict[str, Path]:
    """Source refs to files: the file name, and `sN` in sorted file order."""
    files = sorted(p for p in case.inputs.rglob("*") if p.is_file()
                   and not p.name.startswith((".", "README", "LICENSE", "reference.md")))
    refs = {p.name: p for p in files}
    refs.update({f"s{i}": p for i, p in enumerate(files, start=1)})
    return refs


def lint(case: Case) -> tuple[list[str], list[str]]:
    """(errors, hints) for one case."""
    files = _source_files(case)
    passages = {path: list(grader.windows(grader.read_sentences(path)))
                for path in set(files.values())}
    errors, hints = [], []

    def found(ref: str, groups: list[list[str]], numbers: list[str]) -> bool:
        return ref in files and any(grader.matches(p, groups, numbers)
                                    for p in passages[files[ref]])

    for fact in case.facts:
        for ref in fact.sources:
            if ref not in files:
                errors.append(f"{fact.id}: no source {ref!r}")
            elif not found(ref, fact.match, fact.numbers):
                errors.append(f"{fact.id}: {ref} has no passage matching {fact.match} "
                              f"{fact.numbers or ''}".rstrip())
        listed = {files[r] for r in fact.sources if r in files}
        others = [p.name for p in sorted(passages) if p not in listed
                  and any(grader.matches(t, fact.match, fact.numbers) for t in passages[p])]
        if others:
            hints.append(f"{fact.id}: also matches {', '.join(others)}")
    if case.reference is not None:
        summary = list(grader.windows(grader.split_sentences(
            case.reference.read_text(encoding="utf-8"))))
        hints += [f"{fact.id}: a key fact, but reference.md has no sentence matching it "
                  "(keywords too narrow for a paraphrase?)" for fact in case.facts
                  if fact.key and not any(grader.matches(p, fact.match, fact.numbers)
                                          for p in summary)]
    errors += _labels(case.disagreements, case.duplicates, files, found)
    return errors, hints


def lint_heldout(story: HeldOut) -> list[str]:
    """Errors of a held-out story's disagreement labels, checked as a fact story's are."""
    labels = story.labels
    if labels is None:
        return []
    files = {p.name: p for p in story.input_files}
    files.update({f"s{i}": p for i, p in enumerate(story.input_files, start=1)})
    passages = {path: list(grader.windows(grader.read_sentences(path)))
                for path in set(files.values())}

    def found(ref: str, groups: list[list[str]], numbers: list[str]) -> bool:
        return any(grader.matches(p, groups, numbers) for p in passages[files[ref]])

    return _labels(labels.disagreements, labels.duplicates, files, found)


def _labels(disagreements: Sequence[Disagreement], duplicates: Sequence[Sequence[str]],
            files: Mapping[str, Path], found: Callable[[str, list[list[str]], list[str]], bool],
            ) -> list[str]:
    """Each side of a disagreement worded so in its sources; every source named exists."""
    errors = []
    for dis in disagreements:
        for side in dis.sides:
            for ref in side.sources:
                if ref not in files:
                    errors.append(f"{dis.about}: no source {ref!r}")
                elif not found(ref, [side.says], []):
                    errors.append(f"{dis.about}: {ref} does not say any of {side.says}")
    for group in duplicates:
        errors += [f"duplicates: no source {ref!r}" for ref in group if ref not in files]
    return errors
