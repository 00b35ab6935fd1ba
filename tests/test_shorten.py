"""After selection: a claim cut to what more outlets state, and the words freed spent."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.engines import coverage
from summarizer.engines.shorten import shortened
from summarizer.evidence import EvidenceUnit, Sentence

FIRE = "The Linden Street warehouse in Ellisport burned down on Tuesday night"
TEXTS = [
    f"{FIRE}, after sparks from a welding torch reached a stack of wooden pallets.",  # s1
    "The warehouse on Linden Street in Ellisport burned down on Tuesday night.",  # s2
    "Dana Brooks has owned the building since 1998.",  # s3: fits only in the words freed
]


def _units() -> list[EvidenceUnit]:
    return [EvidenceUnit(id=f"u{i}", text=t, mentions=[Sentence(f"s{i + 1}", 0, 0.0, t)])
            for i, t in enumerate(TEXTS)]


def _shortened(texts: dict[int, str], budget: int) -> dict[int, str]:
    units = _units()
    held = [coverage.concepts(t) for t in TEXTS]
    weight = {c: 1.0 for found in held for c in found}

    def restating(text: str, sources: Sequence[str]) -> list[Sentence]:
        # the Wire (s2) restates the fire, not the Post's welding torch
        wire = units[1].mentions[0]
        return [wire] if text.startswith(FIRE) and "torch" not in text \
            and "s2" not in sources else []

    return shortened(texts, units, held, [len(t.split()) for t in TEXTS], [1.0] * 3, weight,
                     budget, repeats=lambda i, j: {i, j} == {0, 1}, restating=restating,
                     independent=lambda sources: len(set(sources)), claim=lambda text: True)


def test_the_claim_is_cut_and_the_words_freed_buy_another() -> None:
    # 23 words: the Post's sentence alone; cut to 11, the 7 of s3 fit beside it
    out = _shortened({0: TEXTS[0]}, budget=23)
    assert out == {0: f"{FIRE}.", 2: TEXTS[2]}


def test_no_cut_gains_an_outlet_and_nothing_changes() -> None:
    out = _shortened({2: TEXTS[2]}, budget=7)
    assert out == {2: TEXTS[2]}
