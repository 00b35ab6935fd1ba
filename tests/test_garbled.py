from __future__ import annotations

import logging

import pytest

from summarizer.clean import clean_text
from summarizer.garbled import garbled_copies as copies

WHOLE = "The mayor, who led the Northtown tram board from 2004, now known as Metro Tram, left in 2019."
GLUED = "She led the board from, now known asMetro Tram, left in 2019."


def test_a_scraped_copy_with_words_glued_where_a_link_was_goes_and_the_whole_one_stays() -> None:
    doc = clean_text(f"{WHOLE} {GLUED} The line opened in 2022.")
    assert doc.paragraphs == [f"{WHOLE} The line opened in 2022."]
    assert (GLUED, "garbled copy") in doc.removed  # -v names it


def test_the_glued_copy_goes_whichever_comes_first() -> None:
    whole = "Her brother was to take over the shop last spring after his wife left the firm."
    glued = "They owned a shop in Northtown, whichwas to take over the shop last spring after his wife left the firm."
    assert copies([glued, whole]) == {0}
    assert copies([whole, glued]) == {1}
    # no capital at the seam: both words found in the other copy, each in the same company
    lower = "She led the board from, now known asmetro tram, left in 2019."
    assert copies([WHOLE.replace("Metro Tram", "metro tram"), lower]) == {1}


def test_sentences_that_share_words_without_a_glued_word_are_kept() -> None:
    assert copies(["Another man was arrested on Friday in the city centre by the police.",
                   "The other man was arrested on Friday in the city centre, police said."]) == set()
    said = "The council approved the tram line to the airport on Tuesday night."
    assert copies([said, "It will open in 2022.", said]) == set()  # dedupe merges it
    assert copies([WHOLE, "The mayor now known as Metro Tram's founder left in 2019."]) == set()


def test_a_long_paragraph_compares_each_sentence_with_its_neighbours_only(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # sentences that all share four words: every pair would be compared, a paragraph's cost
    # growing with its length squared (an article is untrusted input)
    from summarizer import garbled

    calls = []
    real = garbled._glued

    def counted(*args: object) -> bool:
        calls.append(args)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(garbled, "_glued", counted)
    sentences = [f"The tram line opened on day {n} of the works." for n in range(200)]
    assert copies(sentences) == set()
    assert len(calls) <= len(sentences) * 2 * garbled.NEAR
    # nor is a "sentence" of more than LONGEST words searched: two cost their product
    calls.clear()
    many = " ".join(["tram"] * garbled.LONGEST)
    assert copies([f"{many} {WHOLE}", f"{many} {GLUED}"]) == set()
    assert calls == []
    # its copy is found beside it, and NEAR sentences away
    filler = [f"The council met on day {n} of the works." for n in range(garbled.NEAR - 1)]
    assert copies([WHOLE, *filler, GLUED]) == {garbled.NEAR}


def test_verbose_names_the_garbled_copy_and_the_wire_credit_that_went(
        caplog: pytest.LogCaptureFixture) -> None:
    from summarizer import Article, summarize

    text = f"{WHOLE} {GLUED} The line opened in 2022, the council said. (Reuters)"
    with caplog.at_level(logging.DEBUG, logger="summarizer"):
        summarize([Article(text=text)])
    assert f"removed (garbled copy): {GLUED}" in caplog.text
    assert "removed (credit): (Reuters)" in caplog.text
