from __future__ import annotations

from summarizer.chunking import OFFLINE_ENCODING, count_tokens, encoding_for, split_sentences


def test_sentences_keep_quotations_whole() -> None:
    text = ("“We are going to have all this money in there. And I told them I want it back,” "
            "he said. The U.S. has provided more than $65 billion.")
    assert split_sentences(text) == [
        "“We are going to have all this money in there. And I told them I want it back,” he said.",
        "The U.S. has provided more than $65 billion.",
    ]


def test_tokens_are_counted_offline_with_a_fallback_encoding() -> None:
    assert count_tokens("hello world") == 2
    assert encoding_for(None).name == OFFLINE_ENCODING
    # a model whose encoding file is not on this machine falls back instead of downloading
    assert encoding_for("no-such-model").name == OFFLINE_ENCODING
