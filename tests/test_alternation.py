from __future__ import annotations

from summarizer.alternation import branches, needle


def test_branches_are_split_at_the_top_level_only() -> None:
    assert branches(r"a|(b|c)|[|]|\||d") == ["a", "(b|c)", "[|]", r"\|", "d"]


def test_a_needle_is_text_every_match_holds() -> None:
    assert needle(r"\bsign up (here|now)\b") == "sign up "
    assert needle(r"\bthanks? (you )?for") == "thank"  # the optional "s" ends the run
    assert needle(r"[\]a-z]+ click here\W") == " click here"
    assert needle(r"\bcredit:\s") == "credit:"
    assert needle(r"(photo|image)s?\s*:") == ":"
