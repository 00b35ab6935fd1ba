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
