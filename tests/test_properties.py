"""Property-based tests (hypothesis) over random text: ingest, clean, segment and dedupe
never crash, no sentence is lost on the way, and the verifier never rejects a verbatim
sentence of its evidence or any run of its words."""

from __future__ import annotations

import io
import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from summarizer import textutil as tu
from summarizer.chunking import split_sentences
from summarizer.clean import clean_text
from summarizer.dedupe import merge_sentences
from summarizer.errors import InputError
from summarizer.evidence import Sentence
from summarizer.ingest import read_inputs
from summarizer.verify import check_claim

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéü", min_size=2, max_size=9)
SENTENCE = st.lists(WORD, min_size=4, max_size=14).map(
    lambda ws: " ".join([ws[0].capitalize(), *ws[1:]]) + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=5).map(" ".join)


@SETTINGS
@given(st.binary(max_size=4000), st.sampled_from(["a.txt", "a.md", "a.html", "a.json",
                                                  "a.jsonl"]))
def test_ingest_survives_any_bytes(data: bytes, name: str) -> None:
    warnings: list[str] = []
    try:
        articles = read_inputs(["-"], warn=warnings.append, stdin=io.BytesIO(data))
    except InputError:
        return  # "no readable article": the one error allowed
    assert all(a.text.strip() for a in articles)


@SETTINGS
@given(st.text(max_size=3000))
def test_clean_and_split_survive_any_text(text: str) -> None:
    doc = clean_text(text)
    for paragraph in doc.paragraphs:
        split_sentences(paragraph)


@SETTINGS
@given(st.lists(PARAGRAPH, min_size=1, max_size=6))
def test_no_sentence_of_plain_prose_is_lost(paragraphs: list[str]) -> None:
    doc = clean_text("\n\n".join(paragraphs))
    kept = [s for p in doc.paragraphs for s in split_sentences(p)]
    produced = " ".join(kept) + " " + (doc.title or "") + " " + " ".join(doc.headings)
    for paragraph in paragraphs:
        for sentence in re.findall(r"[^.]+\.", paragraph):
            assert sentence.strip() in produced


@SETTINGS
@given(PARAGRAPH)
def test_splitting_keeps_every_word_in_order(paragraph: str) -> None:
    sentences = split_sentences(paragraph)
    assert tu.keys(" ".join(sentences)) == tu.keys(paragraph)


@SETTINGS
@given(st.lists(st.tuples(st.integers(1, 6), SENTENCE), min_size=1, max_size=60))
def test_dedupe_keeps_every_mention_exactly_once(items: list[tuple[int, str]]) -> None:
    sentences = [Sentence(f"s{src}", i, i / len(items), text)
                 for i, (src, text) in enumerate(items)]
    units = merge_sentences(sentences).units
    mentions = [m for u in units for m in u.mentions]
    assert sorted(mentions, key=lambda m: m.index) == sentences
    assert all(u.sources for u in units)


NAME = st.sampled_from(["Ruiz", "Villa", "Rangers", "Oslo", "Kim", "Ana", "Lee"])
NUMBER = st.integers(0, 3000).map(str)
CUE = st.sampled_from(["not", "never", "could", "may", "proposing", "by", "no", "without"])
TOKEN = st.one_of(WORD, WORD, WORD, NAME, NUMBER, CUE)
PROSE = st.lists(TOKEN, min_size=3, max_size=16).map(
    lambda ws: " ".join([ws[0].capitalize(), *ws[1:]]) + ".")


@SETTINGS
@given(st.lists(PROSE, min_size=1, max_size=8), st.data())
def test_no_verbatim_sentence_of_the_evidence_is_ever_rejected(evidence: list[str],
                                                               data: st.DataObject) -> None:
    sentence = data.draw(st.sampled_from(evidence))
    assume(tu.content_words(sentence) or tu.numbers(sentence))  # else it "states nothing"
    assert check_claim(sentence, evidence) == []
    words = sentence.rstrip(".").split()
    start = data.draw(st.integers(0, len(words) - 1))
    end = data.draw(st.integers(start + 1, len(words)))
    span = " ".join(words[start:end])  # any run of its words, as an extractive claim may be
    assume(tu.content_words(span) or tu.numbers(span))
    assert check_claim(span, evidence) == []
