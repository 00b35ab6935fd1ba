from __future__ import annotations

from summarizer import cues
from summarizer.verify import assess, check_claim, contained, status

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


ARTICLE = ["The council voted on Monday to close the Elm Street library in March.",
           "The mayor, Ana Ruiz, said the branch had lost 40 percent of its visitors.",
           "A second branch on Oak Avenue will stay open until 2027.",
           "Residents carding books at the desk said they were sad."]


def test_a_claim_is_aligned_to_the_sentence_that_supports_it() -> None:
    check = assess("The council voted to close the Elm Street library in March.", ARTICLE)
    assert check.problems == [] and check.aligned == (0,) and check.support == 1.0


def test_details_spliced_from_different_sentences_are_caught() -> None:
    # 2027 is in the article, but about another branch: pooling every sentence passed this
    claim = "The council voted on Monday to close the Elm Street library in 2027."
    assert check_claim(claim, ARTICLE) == ["numbers not in cited evidence: 2027"]


def test_two_sentences_are_aligned_when_the_claim_joins_them() -> None:
    claim = ("The mayor, Ana Ruiz, said the branch had lost 40 percent of its visitors; "
             "a second branch on Oak Avenue will stay open until 2027.")
    check = assess(claim, ARTICLE)
    assert check.problems == [] and check.aligned == (1, 2)


def test_word_endings_do_not_matter() -> None:
    assert check_claim("Residents carded books at the desk and said they were sad.", ARTICLE) == []
    assert check_claim("The council's vote closes the Elm Street library in March.", ARTICLE) == []


def test_a_rare_wrong_word_is_not_excused_by_the_allowance() -> None:
    # one word of six is wrong, inside a 20% allowance of plain counting, but the words
    # around it are ones every cited sentence has, so it weighs more than they do
    evidence = ["The council voted on Monday to close the library.",
                "On Monday the council voted again to close the library.",
                "The council voted to close the library on Monday, in a second vote.",
                "On Monday the council voted to close the library by the harbour."]
    claim = "On Monday the council voted to close the library by the harbour."
    assert check_claim(claim.replace("library", "branch"), evidence) == [
        "content words not in cited evidence: branch"]
    assert check_claim(claim.replace("harbour", "square"), evidence) != []


def test_an_age_or_first_name_beside_the_same_name_elsewhere_is_supported() -> None:
    evidence = ["Barry Beavis, 48, lost his case at the Court of Appeal.",
                "Beavis launched a legal bid to overturn his fine."]
    assert check_claim("Barry Beavis, 48, launched a legal bid to overturn his fine.",
                       evidence) == []
    problems = check_claim("Frank Beavis, 48, launched a legal bid to overturn his fine.",
                           evidence)
    assert "names not in cited evidence: frank" in problems


def test_a_name_or_age_the_aligned_sentence_replaces_is_not_excused_from_elsewhere() -> None:
    evidence = ["Louis Jordan, 37, took his sailboat out in late January.",
                "Frank Jordan, 61, told CNN that he held hope for his son."]
    problems = check_claim("Frank Jordan, 37, took his sailboat out in late January.", evidence)
    assert problems == ["names not in cited evidence: frank"]
    problems = check_claim("Louis Jordan, 61, took his sailboat out in late January.", evidence)
    assert problems == ["numbers not in cited evidence: 61"]
    # another Freberg beside the name elsewhere in the sentence replaces nothing
    evidence = ["Freberg died of natural causes at a Santa Monica hospital, his daughter "
                "Donna Freberg confirmed.", "Stan Freberg was a satirist."]
    assert check_claim("Stan Freberg died of natural causes at a Santa Monica hospital.",
                       evidence) == []


def test_a_full_name_repeated_beyond_the_evidence_is_caught() -> None:
    evidence = ["Ben Elton took a swipe at Myleene Klass over her criticism of the tax plans.",
                "Gullit left out Alan Shearer and Duncan Ferguson in 1999."]
    problems = check_claim("Myleene Klass took a swipe at Myleene Klass over the tax plans.",
                           evidence)
    assert "names repeated beyond the cited evidence: myleene klass" in problems
    problems = check_claim("Gullit left out Alan Shearer and Alan Shearer in 1999.", evidence)
    assert "names repeated beyond the cited evidence: alan shearer" in problems
    # as often as the evidence states it, or a one-word name standing in for a pronoun
    evidence = ["Alan Shearer scored twice and Alan Shearer's team won the cup.",
                "Gullit said Gullit's side would attack."]
    assert check_claim("Alan Shearer scored twice and Alan Shearer's team won.", evidence) == []
    assert check_claim("Gullit said Gullit's side would attack.", evidence) == []


def test_swapped_roles_are_caught() -> None:
    evidence = ["Rangers host Villa at Ibrox on Tuesday night."]
    assert check_claim("Rangers host Villa on Tuesday.", evidence) == []
    assert check_claim("Villa host Rangers on Tuesday.", evidence) == [
        "roles swapped relative to the evidence: Villa host Rangers"]
    # passive voice reverses the order on purpose
    assert check_claim("Villa are hosted by Rangers on Tuesday.", evidence) == []


def test_negation_check_catches_a_dropped_or_added_not() -> None:
    said = "The club did not sack its manager after the defeat."
    assert cues.differences("The club sacked its manager after the defeat.", said,
                            cues.CHECKS) == [
        "negated in one of claim and evidence, not the other: manag, sack"]
    assert cues.differences("The club did not sack its manager.", said, cues.CHECKS) == []
    # "no more than" is a bound, not a negation
    assert cues.differences("44 per cent of followers are real.",
                            "No more than 44 per cent of followers are real.", cues.CHECKS) == []


def test_a_claim_saying_it_with_a_negation_and_the_opposite_word_is_not_turned() -> None:
    for claim, evidence in [
            ("The bill failed in the state Senate on Tuesday.",
             "The bill did not pass in the state Senate on Tuesday."),
            ("The driver of the truck died in the crash on Route 9.",
             "The driver of the truck did not survive the crash on Route 9."),
            ("The minister did not deny the report on Sunday.",
             "The minister did not confirm the report on Sunday.")]:
        assert not [p for p in check_claim(claim, [evidence]) if "opposite" in p]
    assert check_claim("The company will not close the plant before 2027.",
                       ["The company will close the plant after 2027."]) == []


def test_a_claim_telling_two_events_in_turn_is_not_the_opposite_of_one() -> None:
    problems = check_claim("Police arrested the man and later released him.",
                           ["Police released the man on Saturday."])
    assert not [p for p in problems if "opposite" in p or "another thing" in p]
    # one event for the other is not said by the evidence, though no opposite
    assert check_claim("Police arrested a 24-year-old man on Saturday in the stabbing case.",
                       ["Police released a 24-year-old man on Saturday in the stabbing case."]
                       ) == ["says another thing than the cited evidence: arrested / released"]


def test_a_claim_that_says_the_opposite_of_its_sentence_in_its_words_is_caught() -> None:
    evidence = ["The jury found the driver not guilty of reckless driving on Friday."]
    assert check_claim("The jury found the driver guilty of reckless driving on Friday.",
                       evidence) == ["says the opposite of the cited evidence: guilty / not guilty"]
    assert check_claim("The judge denied bail to the driver on Friday.",
                       ["The judge granted bail to the driver on Friday."]) == [
        "says the opposite of the cited evidence: denied / granted"]
    assert check_claim("The jury found the driver not guilty on Friday.", evidence) == []


def test_modality_check_catches_a_hedge_stated_as_fact() -> None:
    said = "The council is proposing to close the library in March."
    assert cues.differences("The council will close the library in March.", said,
                            cues.CHECKS) == [
        "stated as fact, the evidence only hedges: close, librari"]
    assert cues.differences("The council could close the library.", said, cues.CHECKS) == []


def test_a_quotation_may_end_in_the_claims_own_punctuation() -> None:
    claim = "“No one wants peace more than Ukraine,” he said, “and we will never give up.”"
    assert check_claim("Zelensky said: “No one wants peace more than Ukraine,”", EVIDENCE) == []
    assert any(p.startswith("quotation not verbatim") for p in check_claim(claim, EVIDENCE))


def test_dedupe_folding_keeps_its_plain_containment_test() -> None:
    host = "The mayor, Ana Ruiz, said the branch had lost 40 percent of its visitors."
    assert contained("Ana Ruiz said the branch lost 40 percent of visitors.", host, 0.7)
    assert not contained("Ana Ruiz said the branch lost 45 percent of visitors.", host, 0.7)


def test_a_quotation_keeps_its_case() -> None:
    said = ["Trump wrote: We agreed to work together, very closely, including visiting each "
            "other’s Nations."]
    claim = "“We agreed to work together, very closely, including visiting each other’s nations,”"
    assert any(p.startswith("quotation not verbatim") for p in check_claim(
        claim + " Trump said.", said))
    assert not check_claim(claim.replace("nations", "Nations") + " Trump said.", said)


# A claim in its own words, as a one-sentence abstract of ARTICLE: no one or two of its
# sentences state it, the article as a whole does
ABSTRACT = "Elm Street's library will shut after Monday's council vote, though Oak Avenue keeps a branch."


def test_a_claim_in_its_own_words_is_checked_against_all_the_evidence() -> None:
    assert check_claim(ABSTRACT, ARTICLE) == []
    assert check_claim(ABSTRACT, ARTICLE, synthesis=None) == [
        "content words not in cited evidence: avenue, branch, keep, oak, shut, though"]


def test_an_own_words_claim_must_still_have_its_names_in_the_evidence() -> None:
    claim = ABSTRACT.replace("Oak Avenue", "Pine Road")
    assert any(p.startswith("names not in cited evidence: pine, road")
               for p in check_claim(claim, ARTICLE))


def test_an_own_words_claim_may_not_splice_in_a_figure_from_elsewhere() -> None:
    # 2027 is in the article, but about the other branch
    claim = ABSTRACT.replace("shut after", "shut in 2027 after")
    assert "numbers not in cited evidence: 2027" in check_claim(claim, ARTICLE)


def test_each_sentence_of_an_own_words_claim_needs_the_evidence() -> None:
    # the second sentence is invented: the first cannot carry it through
    claim = ABSTRACT + " The council will sell the building."
    assert check_claim(claim, ARTICLE) != []


def test_against_one_or_two_sentences_every_claim_is_held_to_them() -> None:
    # alignment already weighs both: a looser check on their pool would only excuse more
    assert check_claim(ABSTRACT, ARTICLE[:2]) != []
    paraphrase = "Rescue teams ended their search on Tuesday evening, police said."
    assert check_claim(paraphrase, ["Rescue teams were searching for survivors, police said.",
                                    "The mud was deep."]) != []
