"""What the model must answer, and what is wrong with an answer (pure).

Every call answers a `DraftSummary`, sent as the response format's JSON schema (with the
evidence ids that call may cite); an answer is parsed, validated, and each claim checked
against the evidence it cites (`verify.check_claim`), one problem a line for the re-ask.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from ... import textutil as tu
from ...errors import ModelOutputError
from ...evidence import Draft, EvidenceUnit
from ...verify import check_claim


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DraftClaim(_Out):
    """A claim as the model writes it."""

    text: str
    evidence: list[str]


class DraftPosition(_Out):
    """One side of a disagreement, as the model writes it."""

    text: str
    evidence: list[str]


class DraftConflict(_Out):
    """A disagreement between sources, as the model reports it."""

    description: str
    positions: list[DraftPosition]


class DraftSummary(_Out):
    """What every call answers: the structure sent as the strict response_format schema."""

    claims: list[DraftClaim]
    conflicts: list[DraftConflict]


MAX_ENUM_IDS = 500  # beyond this the id list would swell the schema; ids are checked anyway
# Bounds for grammar-constrained local servers (json_object mode), whose small models can
# otherwise list evidence ids or claims, or write one sentence, until the output limit, or
# answer with no claim at all; OpenAI's strict mode takes the schema without them.
_BOUNDS = {"claims": (1, 10), "conflicts": (0, 3), "positions": (2, 3), "evidence": (1, 6)}
_TEXT_CHARACTERS = {"DraftClaim": ("text", 300), "DraftPosition": ("text", 200),
                    "DraftConflict": ("description", 160)}


def response_schema(ids: Sequence[str], *, bounded: bool = False) -> dict[str, Any]:
    """The JSON schema of DraftSummary for one call: closed objects, every field required,
    and evidence ids restricted to the ids that call is shown."""
    schema = DraftSummary.model_json_schema()
    defs = schema["$defs"]
    for name in ("DraftClaim", "DraftPosition"):
        evidence = defs[name]["properties"]["evidence"]
        if 0 < len(ids) <= MAX_ENUM_IDS:
            evidence["items"] = {"type": "string", "enum": list(ids)}
    if bounded:
        arrays = [(schema, "claims"), (schema, "conflicts"), (defs["DraftConflict"], "positions"),
                  (defs["DraftClaim"], "evidence"), (defs["DraftPosition"], "evidence")]
        for owner, name in arrays:
            low, high = _BOUNDS[name]
            owner["properties"][name].update({"minItems": low, "maxItems": high} if low
                                             else {"maxItems": high})
        for name, (field, longest) in _TEXT_CHARACTERS.items():
            defs[name]["properties"][field]["maxLength"] = longest
    return schema


def read_answer(content: str, by_id: dict[str, EvidenceUnit]
                ) -> tuple[DraftSummary | None, list[str]]:
    """The parsed answer and what is wrong with it (parse errors or failed claims)."""
    text = _strip_fences(content)
    try:
        # strict=False: local models put raw newlines and tabs inside JSON strings
        data = json.loads(text, strict=False)
    except ValueError as err:
        return None, [f"the answer is not valid JSON: {err}"]
    try:
        answer = DraftSummary.model_validate(data)
    except ValidationError as err:
        return None, ["the answer does not match the required structure: "
                      + _first_error(err)]
    return answer, problems_of(answer, by_id)


def problems_of(answer: DraftSummary, by_id: dict[str, EvidenceUnit]) -> list[str]:
    """Every claim or conflict position the cited evidence does not support, one line each;
    an answer with no claims at all is a problem too (evidence always holds some)."""
    problems = [] if answer.claims else [
        "the answer has no claims: state the facts of the evidence as claims, each citing the "
        "evidence ids that state it"]
    for n, claim in enumerate(answer.claims, 1):
        for problem in _check(claim.text, claim.evidence, by_id):
            problems.append(f"claim {n} ({claim.text[:80]!r}): {problem}")
    for n, conflict in enumerate(answer.conflicts, 1):
        for position in conflict.positions:
            unknown = [e for e in position.evidence if e not in by_id]
            if unknown or not position.evidence:
                problems.append(f"conflict {n}: position {position.text[:60]!r} cites "
                                + ("unknown evidence ids " + ", ".join(unknown) if unknown
                                   else "no evidence"))
    return problems


def _check(text: str, evidence: Sequence[str], by_id: dict[str, EvidenceUnit]) -> list[str]:
    unknown = [e for e in evidence if e not in by_id]
    cited = [m.text for e in evidence if e in by_id for m in by_id[e].mentions]
    problems = ["unknown evidence ids: " + ", ".join(unknown)] if unknown else []
    return problems + check_claim(text, cited)


def with_claims(answer: DraftSummary) -> DraftSummary:
    """`answer`, once re-asked, unless it still has no claim: a typed error, so that
    --fallback extractive can step in rather than an empty summary go out."""
    if not answer.claims:
        raise ModelOutputError("the model answered with no claims, even when asked again; try "
                               "another model, or set `fallback` to extractive", reason="empty")
    return answer


def usable(answer: DraftSummary | None, problems: list[str]) -> DraftSummary:
    if answer is not None:
        return answer
    reason = "invalid_json" if "not valid JSON" in problems[-1] else "schema"
    raise ModelOutputError(
        f"the model did not answer with the required JSON ({problems[-1]}); try another "
        "model, or SUMMARIZER_RESPONSE_FORMAT=json_object for servers such as llama.cpp",
        reason=reason)


def id_order(evidence_id: str) -> tuple[int, str]:
    digits = evidence_id[1:]
    return (int(digits), evidence_id) if digits.isdigit() else (1 << 30, evidence_id)


def within(drafts: list[Draft], max_words: int) -> list[Draft]:
    kept: list[Draft] = []
    words = 0
    for draft in drafts:
        n = tu.word_count(draft.text)
        if kept and words + n > max_words:
            break
        kept.append(draft)
        words += n
    return kept


_FENCE = re.compile(r"^\s*```(?:json)?\s*\n?(.*?)\n?```\s*$", re.DOTALL)


def _strip_fences(content: str) -> str:
    match = _FENCE.match(content)
    return match.group(1) if match else content


def _first_error(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "answer"
    return f"{where}: {first['msg']}"
