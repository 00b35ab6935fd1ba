"""Checking a claim against the evidence it cites (pure; shared by engines and evals).

A claim is verified when every number and every name it states is found in its cited
evidence, nearly all of its content words are, and every quotation in it is verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import textutil as tu

MIN_CONTENT_COVERAGE = 0.8
_QUOTED = re.compile(r"[“\"]([^”\"]{12,}?)[”\"]")


def quotations(text: str) -> list[str]:
    """The quoted spans of `text` (12 characters or more between quotation marks)."""
    return _QUOTED.findall(text)


def check_claim(text: str, evidence: Sequence[str], *,
                coverage: float = MIN_CONTENT_COVERAGE, quotes: bool = True) -> list[str]:
    """Problems with `text` given the cited `evidence` texts; empty when it is supported
    (`coverage`: the share of its content words the evidence must hold; `quotes`: whether
    its quotations are checked to be verbatim)."""
    if not evidence:
        return ["cites no evidence"]
    if not tu.content_words(text) and not tu.numbers(text):
        return ["states nothing: no content words"]
    pooled = " ".join(evidence)
    problems = []
    missing_numbers = tu.numbers(text) - tu.numbers(pooled)
    if missing_numbers:
        problems.append("numbers not in cited evidence: " + ", ".join(sorted(missing_numbers)))
    evidence_keys = set(tu.keys(pooled))
    # the first word counts too: a claim may open with a name ("Rubio said ...")
    missing_names = tu.names(text, include_first=True) - evidence_keys
    if missing_names:
        problems.append("names not in cited evidence: " + ", ".join(sorted(missing_names)))
    words = {w for w in tu.content_words(text) if not tu.is_number(w)}  # numbers: see above
    missing_words = words - tu.content_words(pooled) - evidence_keys
    if words and len(missing_words) > (1 - coverage) * len(words):
        problems.append("content words not in cited evidence: " + ", ".join(sorted(missing_words)))
    normalized = [tu.normalize(e) for e in evidence]
    for quote in quotations(text) if quotes else ():
        if not any(tu.normalize(quote) in e for e in normalized):
            problems.append(f"quotation not verbatim in cited evidence: “{quote}”")
    return problems


def status(problems: Sequence[str]) -> str:
    """'verified' when there are no problems, else 'unverified'."""
    return "unverified" if problems else "verified"
