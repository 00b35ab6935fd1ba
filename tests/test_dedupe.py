from __future__ import annotations

from conftest import SEEDS
from factories import sentences

from summarizer.clean import clean_text
from summarizer.dedupe import find_duplicate_documents, merge_sentences


def seed_text(name: str) -> str:
    return " ".join(clean_text((SEEDS / name).read_text(encoding="utf-8")).paragraphs)


def test_syndicated_seed_copy_is_a_duplicate_and_independent_stories_are_not() -> None:
    docs = {f"s{i}": seed_text(p.name) for i, p in enumerate(sorted(SEEDS.glob("*.txt")), 1)}
    assert find_duplicate_documents(docs) == [["s1", "s5"]]


def test_identical_documents_group_without_pairwise_work() -> None:
    docs = {f"s{i}": "The same wire story about a bridge reopening on Monday." for i in range(1, 301)}
    [group] = find_duplicate_documents(docs)
    assert len(group) == 300 and group[0] == "s1"


def test_near_duplicate_sentences_merge_and_keep_every_source() -> None:
    found = merge_sentences(
        sentences("s1", "President Trump spoke Wednesday with Putin about the war in Ukraine.",
                  "The weather was cold.")
        + sentences("s2", "President Trump spoke Wednesday with Putin around the war in Ukraine.")
        + sentences("s3", "President Trump spoke Wednesday with Putin about the war in Ukraine.")
    )
    first = found.units[0]
    assert first.sources == ["s1", "s2", "s3"]
    assert [m.text for m in first.mentions][1].endswith("around the war in Ukraine.")
    assert sum(len(u.mentions) for u in found.units) == 4  # nothing dropped


def test_sentences_that_differ_in_a_number_are_kept_apart_for_conflicts() -> None:
    found = merge_sentences(
        sentences("s1", "The war began roughly three years ago when Russian forces invaded.")
        + sentences("s2", "The war began roughly four years ago when Russian forces invaded.")
    )
    assert len(found.units) == 2
    assert [(a.split()[4], b.split()[4], sa, sb) for a, b, sa, sb in found.kept_apart] == [
        ("three", "four", ["s1"], ["s2"])]


def test_a_phrase_repeated_across_thousands_of_articles_is_not_compared_all_pairs() -> None:
    # one template, 3000 sentences that differ by a number and a street: all-pairs would be
    # 4.5 million comparisons; the LSH guard splits the oversized buckets instead
    from summarizer import dedupe, textutil

    texts = [f"Police said {n} people had been detained near Street {n % 97} on Monday."
             for n in range(3000)]
    texts.append("A fire closed the harbour bridge in the early hours of Sunday morning.")
    texts.append("A fire closed the harbour bridge in the early hours on Sunday morning.")
    pairs = dedupe._candidate_pairs([textutil.shingles(t, 2) for t in texts], bands=32)
    assert len(pairs) < 3000 * dedupe.BUCKET_LIMIT
    assert (3000, 3001) in pairs  # the one real near-copy is still found


def test_a_statement_made_in_full_inside_a_longer_one_folds_into_it_with_its_mentions() -> None:
    short = "Russia annexed the Crimean Peninsula from Ukraine in 2014."
    long = ("The defense chief said Ukraine's goal of returning to its borders before 2014, when "
            "Russia annexed the Crimean Peninsula, was an unrealistic objective.")
    found = merge_sentences(sentences("s1", long, "The weather was cold.")
                            + sentences("s2", "Talks begin on Friday.", short))
    [unit] = [u for u in found.units if u.folded]
    assert unit.text == long  # the longer text stands for both: the llm is sent it once
    assert unit.sources == ["s1", "s2"] and len(found.units) == 3
    assert [[m.text for m in st] for st in unit.statements] == [[long], [short]]
    assert sum(len(u.mentions) for u in found.units) == 4  # nothing dropped


def test_statements_that_differ_in_a_number_a_name_or_a_quotation_do_not_fold() -> None:
    host = ("Mayor Lee said on Monday that the bridge, which cost 18 million euros, was "
            "“a triumph for the whole city” and would open to cyclists in May.")
    for other in ["The bridge cost 19 million euros, Mayor Lee said on Monday.",
                  "The bridge cost 18 million euros, Mayor Kim said on Monday.",
                  "Mayor Lee called the bridge “a disaster for the whole city” on Monday."]:
        found = merge_sentences(sentences("s1", host) + sentences("s2", other))
        assert len(found.units) == 2 and not any(u.folded for u in found.units), other


def test_kept_apart_pairs_name_only_the_sources_of_each_statement_not_of_its_host() -> None:
    host = ("Officials said on Tuesday the war began roughly three years ago when Russian forces "
            "invaded, and that talks would start in Saudi Arabia within weeks.")
    found = merge_sentences(
        sentences("s1", host)
        + sentences("s2", "The war began roughly three years ago when Russian forces invaded.")
        + sentences("s3", "The war began roughly four years ago when Russian forces invaded."))
    assert [u.sources for u in found.units] == [["s1", "s2"], ["s3"]]
    assert [(sa, sb) for _, _, sa, sb in found.kept_apart] == [(["s2"], ["s3"])]


def test_a_sentences_words_are_remembered_yet_each_caller_gets_its_own_list() -> None:
    # the stages ask again for the words of the same sentences: the answer is cached, and a
    # caller that changes its list changes no other caller's
    from summarizer import textutil

    words = textutil.tokens("The council approved 40 trams on Tuesday.")
    words.append("extra")
    assert textutil.tokens("The council approved 40 trams on Tuesday.") == [
        "The", "council", "approved", "40", "trams", "on", "Tuesday"]
