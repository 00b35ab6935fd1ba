from __future__ import annotations

from summarizer.verify import check_claim, status

EVIDENCE = ["The U.S. has provided more than $65 billion in military assistance to Ukraine "
            "since February 2022, according to the State Department.",
            "“No one wants peace more than Ukraine,” Zelensky said."]


def test_a_supported_claim_has_no_problems() -> None:
    claim = "The U.S. has provided more than $65 billion in military assistance to Ukraine."
    assert check_claim(claim, EVIDENCE) == []
    assert status([]) == "verified"


def test_a_changed_number_is_caught() -> None:
    problems = check_claim("The U.S. has provided more than $75 billion to Ukraine.", EVIDENCE)
    assert problems == ["numbers not in cited evidence: 75"]
    assert status(problems) == "unverified"


def test_a_name_not_in_the_evidence_is_caught() -> None:
    problems = check_claim("Rubio said the U.S. has provided $65 billion to Ukraine.", EVIDENCE)
    assert any("names not in cited evidence: rubio" in p for p in problems)


def test_a_paraphrase_presented_as_a_quote_is_caught() -> None:
    problems = check_claim("Zelensky said “nobody wants peace as much as Ukraine does”.", EVIDENCE)
    assert any(p.startswith("quotation not verbatim") for p in problems)


def test_unrelated_content_is_caught() -> None:
    problems = check_claim("Ukraine received tanks, jets and submarines from Norway.", EVIDENCE)
    assert problems and all("content words" in p or "names" in p for p in problems)


def test_no_evidence_is_a_problem() -> None:
    assert check_claim("Anything at all.", []) == ["cites no evidence"]
