from __future__ import annotations

import pytest
from conftest import SEEDS
from factories import sentences

from summarizer.chunking import split_sentences
from summarizer.clean import clean_text
from summarizer.dedupe import find_duplicate_documents, merge_sentences
from summarizer.ingest import read_inputs


def seed_text(name: str) -> list[str]:
    [article] = read_inputs([SEEDS / name], warn=print)  # its front matter read, not text
    return cleaned(article.text)


def cleaned(text: str) -> list[str]:
    """An article's sentences as dedupe gets them: cleaned, then split."""
    return [s for p in clean_text(text).paragraphs for s in split_sentences(p)]


def test_syndicated_seed_copy_is_a_duplicate_and_independent_stories_are_not() -> None:
    docs = {f"s{i}": seed_text(p.name) for i, p in enumerate(sorted(SEEDS.glob("*.txt")), 1)}
    assert find_duplicate_documents(docs) == [["s1", "s5"]]


def test_identical_documents_group_without_pairwise_work() -> None:
    docs = {f"s{i}": ["The same wire story about a bridge reopening on Monday."]
            for i in range(1, 301)}
    [group] = find_duplicate_documents(docs)
    assert len(group) == 300 and group[0] == "s1"


WIRE = ["The Millbrook Bridge in Fernvale was closed on Tuesday after inspectors found a crack "
        "in one of its steel beams, city officials said.",
        "About 14,000 vehicles cross the bridge each day.",
        "Mayor Dana Ortiz said the city would pay for the repairs.",
        "Repairs are expected to take six weeks, and a ferry will carry cyclists across the "
        "river until the bridge reopens."]


def test_an_article_that_shares_a_lead_but_goes_on_with_news_of_its_own_is_no_copy() -> None:
    brief = [WIRE[0], "Local shop owners said they would sue the city over lost business."]
    assert find_duplicate_documents({"s1": brief, "s2": WIRE}) == []
    assert find_duplicate_documents({"s1": WIRE, "s2": brief}) == []


COPIES = {  # how copies of one wire story really differ from it
    "a dateline and a byline": ("Bridge closed after crack found\n\nBy Jane Doe\n\nFERNVALE, "
                                "Ohio (Reuters) - " + "\n\n".join(WIRE)),
    "a trimmed last paragraph": "\n\n".join(WIRE[:3]),
    "an editor's note": "\n\n".join([*WIRE, "Editor's note: An earlier version of this story "
                                                "misspelled the mayor's name."]),
    "a correction": "\n\n".join([*WIRE[:3], "Correction: This story has been corrected to show "
                                               "that the bridge closed on Tuesday, not Monday."]),
    "a desk's credit and a footer": "\n\n".join([*WIRE, "(Reporting by Jane Doe; Editing by "
                                                        "Mark Potter)", "Copyright 2026 Reuters."]),
}


@pytest.mark.parametrize("how", sorted(COPIES))
def test_a_wire_copy_is_a_copy_and_the_article_it_copies_comes_first(how: str) -> None:
    copy = cleaned(COPIES[how])
    assert find_duplicate_documents({"s1": WIRE, "s2": copy}) == [["s1", "s2"]]
    # the copy read first: what one holds more tells no direction, so source order stands
    assert find_duplicate_documents({"s1": copy, "s2": WIRE}) == [["s1", "s2"]]
    # unless a date says the first read is a later version
    assert find_duplicate_documents({"s1": copy, "s2": WIRE},
                                    {"s1": "2026-03-02", "s2": "2026-03-01"}) == [["s2", "s1"]]


LOCAL_LINE = ("In Fernvale, shop owners on the riverfront reported fewer customers, and the "
              "council opened a hotline for commuters.")


def test_a_local_paper_running_the_wire_story_is_its_copy_not_its_original() -> None:
    """Review C1: a local paper runs the wire story with a line of its own, or drops its
    short last sentence; on main the wire story (and its own wire copy) became copies of
    the local paper, because the one that added nothing was taken for the copy."""
    wire = [*WIRE, "The cause of the crack is unknown."]
    local = [*WIRE[:4], LOCAL_LINE]
    assert find_duplicate_documents({"s1": WIRE, "s2": local}) == [["s1", "s2"]]
    assert find_duplicate_documents({"s1": wire, "s2": wire, "s3": local}) == [
        ["s1", "s2", "s3"]]
    assert find_duplicate_documents({"s1": wire, "s2": local},  # an undated one: no
                                    {"s1": None, "s2": "2026-03-01"}) == [["s1", "s2"]]


def test_two_syndications_trimming_different_paragraphs_are_copies() -> None:
    """Review C2: each trims another paragraph of one wire story, so each adds a sentence the
    other lacks, yet both are almost wholly held by the other; on main they were two
    independent outlets, corroborating each other."""
    msn = [*WIRE[:2], WIRE[3], LOCAL_LINE, "Engineers will inspect the city's other bridges "
                                            "over the river next month, officials said."]
    yahoo = [*WIRE, LOCAL_LINE]
    assert find_duplicate_documents({"s1": yahoo, "s2": msn}) == [["s1", "s2"]]
    brief = [WIRE[0], WIRE[1], "Local shop owners said they would sue the city over lost "
                               "business.", "The council will meet on Friday to discuss "
                                            "the closure and its cost."]
    assert find_duplicate_documents({"s1": WIRE, "s2": brief}) == []  # half shared: no copy
    rewrite = [WIRE[0].replace("city officials said", "officials in the city said"),
               WIRE[1], WIRE[2].replace("would pay for", "will cover"), WIRE[3], LOCAL_LINE]
    assert find_duplicate_documents({"s1": msn, "s2": rewrite}) == []  # a rewrite rewords


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


# one sentence, and an outlet's version of it that says the opposite: a negation it adds, a
# verdict turned ('granted' / 'denied') or a word swapped for its opposite
OPPOSED = [
    ("The jury found the driver guilty of reckless driving on Friday.",
     "The jury found the driver not guilty of reckless driving on Friday."),
    ("The judge granted bail to the driver of the truck on Friday.",
     "The judge denied bail to the driver of the truck on Friday."),
    ("The city council approved the bridge repair plan on Friday night.",
     "The city council rejected the bridge repair plan on Friday night."),
    ("Police said the bridge was open to traffic on Friday night.",
     "Police said the bridge was closed to traffic on Friday night."),
    ("Engineers said the bridge was safe for cars to cross on Friday.",
     "Engineers said the bridge was not safe for cars to cross on Friday."),
    ("Traffic from the closed bridge was sent north of the river on Friday.",
     "Traffic from the closed bridge was sent south of the river on Friday."),
    ("The driver of the truck survived the crash on the bridge, police said.",
     "The driver of the truck died in the crash on the bridge, police said."),
    ("The bridge was inspected before the crash on Friday, officials said.",
     "The bridge was inspected after the crash on Friday, officials said."),
    ("The driver did stop at the bridge before the crash, police said.",
     "The driver didn't stop at the bridge before the crash, police said."),
]


@pytest.mark.parametrize(("said", "opposite"), OPPOSED)
def test_sentences_that_say_the_opposite_are_two_statements_each_of_its_own_source(
        said: str, opposite: str) -> None:
    found = merge_sentences(sentences("s1", said) + sentences("s2", opposite))
    assert [u.sources for u in found.units] == [["s1"], ["s2"]]
    assert [(a, b) for a, b, _, _ in found.kept_apart] == [(said, opposite)]  # for conflicts


@pytest.mark.parametrize(("said", "other"), [
    ("Police arrested a 24-year-old man on Saturday in connection with the stabbing.",
     "Police released a 24-year-old man on Saturday in connection with the stabbing."),
    ("The minister did not deny the report that she would resign in June, her office said.",
     "The minister did not confirm the report that she would resign in June, her office said.")])
def test_sentences_that_say_another_thing_that_may_be_true_too_are_two_statements(
        said: str, other: str) -> None:
    found = merge_sentences(sentences("s1", said) + sentences("s2", other))
    assert [u.sources for u in found.units] == [["s1"], ["s2"]]


def test_a_statement_does_not_fold_into_a_longer_one_that_says_the_opposite() -> None:
    host = ("The jury found the driver not guilty of reckless driving on Friday after a "
            "two-day trial at the county court in Fernvale.")
    found = merge_sentences(
        sentences("s1", "The jury found the driver guilty of reckless driving.")
        + sentences("s2", host))
    assert [u.sources for u in found.units] == [["s1"], ["s2"]]


def test_a_sentence_said_again_with_a_bound_or_a_contraction_is_one_statement() -> None:
    # "no more than" is a bound, not a negation; "did not" and "didn't" say one thing
    for said, again in [("No more than 40 people were on the bridge when it closed on Friday.",
                         "No more than 40 people were on the bridge when it closed Friday."),
                        ("The driver did not stop at the bridge before the crash, police said.",
                         "The driver didn't stop at the bridge before the crash, police said.")]:
        found = merge_sentences(sentences("s1", said) + sentences("s2", again))
        assert [u.sources for u in found.units] == [["s1", "s2"]], again


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
