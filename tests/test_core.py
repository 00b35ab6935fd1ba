"""Cutting a claim to the complete sentence more outlets state: which cuts are offered, which
are sentences, and when one replaces the claim."""

from __future__ import annotations

import pytest

import summarizer
from summarizer import Article
from summarizer.core import best, cuts

FIRE = "The Linden Street warehouse in Ellisport burned down on Tuesday night"


def test_a_trailing_clause_one_outlet_adds_is_cut_and_the_claim_cites_both_outlets() -> None:
    # the Post adds a cause only it reports; the Wire words the fire its own way and adds
    # what only it reports; the River News says nothing of the fire
    post = (f"Fire crews battled the blaze for six hours. {FIRE}, after sparks from a welding "
            "torch reached a stack of pallets. Nobody was hurt.")
    wire = ("The warehouse on Linden Street in Ellisport burned down on Tuesday night, and the "
            "owner said she would rebuild. The owner, Dana Brooks, has run the business "
            "since 1998.")
    river = ("Neighbours watched the roof collapse from across the river. The river ferry "
             "stopped for the night.")
    articles = [Article(text=post, outlet="Ellisport Post", id="post"),
                Article(text=wire, outlet="Valley Wire", id="wire"),
                Article(text=river, outlet="River News", id="river")]
    summary = summarizer.summarize(articles, engine="extractive", max_words=60, compress=True)
    [fire] = [c for c in summary.claims if "burned down" in c.text]
    assert fire.text == "The warehouse on Linden Street in Ellisport burned down on Tuesday night."
    assert fire.sources == ["s1", "s2"] and fire.status == "verified"
    # by default claims are whole sentences: the Wire's, which the Wire alone states
    plain = summarizer.summarize(articles, engine="extractive", max_words=60)
    [fire] = [c for c in plain.claims if "burned down" in c.text]
    assert fire.text.endswith("she would rebuild.") and fire.sources == ["s2"]


def test_no_cut_leaves_a_fragment() -> None:
    # every prefix here is an opening phrase or a noun phrase: nothing is offered
    assert cuts("Shortly after the verdict, in a statement read by his lawyer, Mr. Cosby "
                "thanked his supporters.") == []
    assert cuts("The novel, told from the perspective of a murdered girl, became a "
                "best-seller in 2002.") == []


@pytest.mark.parametrize(("sentence", "split"), [
    # a list: what follows "and" or the list's comma has no verb of its own
    ("Lumos works for children separated from their families for reasons of poverty, "
     "disability and discrimination.", "for reasons of poverty"),
    ("Steele was paid over $160,000 by the DNC and Clinton campaign to dig into Russia.",
     "by the DNC."),
    ("The cheerleaders made only $150 per game and $100 for special event appearances.",
     "per game."),
    # a measure of time
    ("Trump called his tweets presidential, less than an hour after he attacked the media.",
     "less than an hour."),
    # two verbs sharing their object, adjectives sharing their noun
    ("The clip showed a 2007 bout where Trump body-slammed and punched Vince McMahon.",
     "body-slammed."),
    ("The actress wore a gilded, embellished minidress to the premiere.", "a gilded."),
    # inside an aside between dashes, or after an opening one
    ("Shareholders voted against the pay policy, a stinging — though nonbinding — rebuke to "
     "the board.", "a stinging."),
    ("Her will remembered two employees — Ilsa Hernandez was left $15,000 and Maria Santos "
     "was given $20,000.", "$15,000."),
    # the prefix would end on the subject of what follows, or inside "as far back as"
    ("Jail records showed Johnson, 53, was being held on $300 bond.", "Johnson, 53."),
    ("The network was penetrated by hackers as far back as July.", "as far back."),
    ("Sementilli was a hairdresser who served as vice president of education.", "served."),
    # a list whose last item is a clause
    ("The suspect knew store procedures, employee hours and where the phones were kept.",
     "employee hours."),
])
def test_no_cut_splits_a_list_or_a_measure_of_time(sentence: str, split: str) -> None:
    assert not any(c.endswith(split) for c in cuts(sentence))


def test_a_clause_after_and_may_be_left_off() -> None:
    assert "The bill was first read in February of last year." in cuts(
        "The bill was first read in February of last year and re-introduced on Monday.")


@pytest.mark.parametrize(("text", "quote"), [
    ("The owner said “we lost the roof, the stock and the trucks, and we will rebuild” after "
     "the fire, and the city pledged aid.", "“we lost the roof, the stock and the trucks, and "
     "we will rebuild”"),
    ("Defence minister Jo Roe said ‘we will resign, and we will not back down’ after the vote, "
     "and the cabinet backed her plan.", "‘we will resign, and we will not back down’"),
])
def test_a_quotation_is_never_cut_inside(text: str, quote: str) -> None:
    offered = cuts(text)
    assert offered  # cuts outside the quotation are offered
    assert all(quote in c for c in offered)


@pytest.mark.parametrize("text", [
    "Defence minister Jo Roe said ‘we will not back down, whatever it takes,’ after the vote.",
    'He said "we will win," and left the hall after the vote.',
])
def test_no_cut_ends_at_a_quotations_comma(text: str) -> None:
    assert not any(c.endswith((",’.", ',".')) or c.count("‘") > c.count("’")
                   for c in cuts(text))


@pytest.mark.parametrize("text", [
    "Taxes will rise for 2 million families, if the bill passes the Senate next week.",
    "The strike will go ahead on Monday, unless the talks resume before the weekend.",
    "The senator said she would resign, if the ethics report found she had broken the rules.",
    "The company will cut 300 jobs at its plants, but not in Ohio where it opened a plant.",
])
def test_no_cut_drops_the_condition_its_clause_holds_under(text: str) -> None:
    assert cuts(text) == []


def test_a_cut_keeps_a_final_abbreviations_period() -> None:
    assert cuts("The talks were held in the U.S., and the leaders met for two hours.") == [
        "The talks were held in the U.S."]


def test_no_text_is_too_short_to_cut() -> None:
    assert cuts(", and .") == []


def test_the_cut_more_outlets_state_replaces_the_claim() -> None:
    text = f"{FIRE}, after sparks from a welding torch reached a stack of pallets."

    def restating(cut: str) -> tuple[int, list[str]]:
        return (3, ["Fire destroyed the Linden Street warehouse in Ellisport on Tuesday."]) \
            if cut == f"{FIRE}." else (1, [])

    assert best(text, 1, supported=lambda cut: True, restating=restating) == f"{FIRE}."
    assert best(text, 3, supported=lambda cut: True, restating=restating) is None  # no gain
    assert best(text, 1, supported=lambda cut: False, restating=restating) is None


def test_a_cut_that_drops_the_figure_is_not_made() -> None:
    # the figure is in the clause the cut would drop: the sentence's only figure
    text = "Firefighters rescued the residents of the building, and 40 of them were treated."
    assert "Firefighters rescued the residents of the building." in cuts(text)
    assert best(text, 1, supported=lambda cut: True,
                restating=lambda cut: (2, ["Firefighters rescued the building's residents."])) \
        is None


def test_a_cut_that_drops_a_figure_the_other_outlets_state_is_not_made() -> None:
    text = "Crews rescued 12 residents from the building, and 40 firefighters fought the fire."
    assert "Crews rescued 12 residents from the building." in cuts(text)
    # the other outlet states the 40 the cut would drop: the fuller claim is the fact
    other = "Forty firefighters fought the fire after crews rescued 12 residents."
    assert best(text, 1, supported=lambda cut: True, restating=lambda cut: (2, [other])) is None
    assert best(text, 1, supported=lambda cut: True,
                restating=lambda cut: (2, ["Crews rescued 12 residents."])) \
        == "Crews rescued 12 residents from the building."


@pytest.mark.parametrize(("text", "cut"), [
    # a second verb phrase of naming: "and named X interim chief" is no "girl named Susie"
    ("Within a day of the vote, the council fired Mayor Tom Reed and named Deputy Mayor Ann "
     "Cole acting mayor.", "Within a day of the vote, the council fired Mayor Tom Reed."),
    # "as" opening a clause of its own
    ("The council closed the old mill on Friday as they looked for a new tenant.",
     "The council closed the old mill on Friday."),
    # a participle phrase left off, no list of verbs
    ("Shares of the miner fell sharply on Monday, dragged down by the price of copper.",
     "Shares of the miner fell sharply on Monday."),
    # the name after the role it names
    ("The spokesman, Ed Donovan, said the store would reopen on Friday.",
     "The spokesman said the store would reopen on Friday."),
])
def test_a_clause_or_a_name_that_leaves_the_meaning_is_cut(text: str, cut: str) -> None:
    assert cut in cuts(text)


@pytest.mark.parametrize(("text", "refused"), [
    # ", but" then a restriction: the clause holds under it
    ("The old paper plant will close in May, but not before the harvest ends.", "in May."),
    ("The merger of the banks is final, but only if regulators approve the deal.", "is final."),
    # verbs sharing a subject and an object are a list
    ("The night guard was bound, gagged and robbed of the keys to the vault.", "was bound."),
    ("The police chief was suspended and named in the lawsuit by the union.", "suspended."),
    # "as" before a phrase, not a clause: what it leaves off is the claim's complement
    ("The council refused to list the old mill as a heritage site last year.", "old mill."),
    ("Reed served the city for a decade as its chief engineer and planner.", "a decade."),
    # a date split from its year, a clause split from its verb
    ("The ferry sank off the cape on March 4, 2011 when a storm hit the coast.", "March 4."),
    ("The mayor said she closed the pool after she uninstalled the pump that she and her "
     "staff were told to repair.", "that she."),
    # a name in a list, or the name of who is quoted
    ("The mayor, Jane Roe, and the governor met on Friday to discuss the budget.", "met on"),
    ("The spokesman, Ed Donovan, said “we will reopen on Friday” to the crowd.", "spokesman said"),
])
def test_a_cut_that_would_change_the_meaning_is_refused(text: str, refused: str) -> None:
    assert not any(refused in c and c != text for c in cuts(text))


@pytest.mark.parametrize(("text", "cut"), [
    # a deletion that leaves out a condition, a negation or a hedge
    ("The council will cut the budget (if the mayor signs the bill) by the end of June.",
     "The council will cut the budget by the end of June."),
    ("The company (not the union) will pay for the repairs to the old mill.",
     "The company will pay for the repairs to the old mill."),
    ("The driver (allegedly drunk at the time) hit three parked cars on Main Street.",
     "The driver hit three parked cars on Main Street."),
])
def test_a_deletion_never_drops_a_condition_negation_or_hedge(text: str, cut: str) -> None:
    assert cut in cuts(text)  # a sentence, but not what `text` states
    other = cut  # even when another outlet states the cut word for word
    assert best(text, 1, supported=lambda c: True, restating=lambda c: (2, [other])) is None


def test_an_allegation_is_cut_to_a_fact_only_when_the_other_outlets_state_it_as_one() -> None:
    text = "The mayor took the bribe in March, prosecutors said in a court filing."
    cut = "The mayor took the bribe in March."
    assert cut in cuts(text)
    as_fact = "The mayor took the bribe in March at a hotel near the city hall."
    alleged = "Prosecutors say the mayor took the bribe in March at a hotel."
    allegedly = "The mayor allegedly took the bribe in March at a hotel."
    assert best(text, 1, supported=lambda c: True, restating=lambda c: (2, [as_fact])) == cut
    for other in (alleged, allegedly):
        assert best(text, 1, supported=lambda c: True,
                    restating=lambda c, other=other: (2, [other])) is None


def _credited_by(other: str):  # type: ignore[no-untyped-def]
    """`best`'s restating: two outlets state a cut when `other` restates it."""
    from summarizer.restate import restates

    return lambda cut: (2, [other]) if restates(cut, other) else (1, [])


BRIDGE = ("Drivers will be able to use it again soon, as the Main Street bridge in Springfield "
          "will reopen to traffic on Friday.")


@pytest.mark.parametrize("text", [
    # a parenthetical deleted at the end looks like a prefix, and is none
    "The Main Street bridge in Springfield will reopen to traffic on Friday (if state "
    "inspectors approve the repairs).",
    # a condition after who said it, between commas
    "The Main Street bridge in Springfield will reopen to traffic on Friday, city officials "
    "said, unless state inspectors find new cracks.",
    "The Main Street bridge in Springfield will reopen to traffic on Friday, the mayor said on "
    "Tuesday, but only if state inspectors approve.",
])
def test_a_condition_at_the_end_or_after_an_attribution_is_never_cut(text: str) -> None:
    assert best(text, 1, supported=lambda c: True, restating=_credited_by(BRIDGE)) is None


def test_a_prefix_trimmed_of_a_restriction_is_refused() -> None:
    text = ("The city council approved the new stadium plan on Tuesday (though not the tax "
            "break), and the mayor praised the vote.")
    other = "The city council approved the new stadium plan on Tuesday after a long debate."
    assert best(text, 1, supported=lambda c: True, restating=_credited_by(other)) is None
    plain = "The city council approved the new stadium plan on Tuesday, and the mayor praised it."
    assert best(plain, 1, supported=lambda c: True, restating=_credited_by(other)) \
        == "The city council approved the new stadium plan on Tuesday."


@pytest.mark.parametrize("verb", ["allege", "believe", "suspect", "contend", "charge",
                                  "maintain", "testified", "claim", "assert"])
def test_every_verb_of_alleging_is_an_attribution(verb: str) -> None:
    text = (f"Mayor John Smith took a $50,000 bribe from Acme Construction in 2019, "
            f"prosecutors {verb} in an indictment unsealed on Tuesday.")
    other = (f"Prosecutors {verb} that Mayor John Smith took a $50,000 bribe from Acme "
             "Construction in 2019 in exchange for a city paving contract.")
    assert best(text, 1, supported=lambda c: True, restating=_credited_by(other)) is None


@pytest.mark.parametrize("day", ["Dec. 3", "Sept. 3", "Feb 3"])
def test_no_cut_splits_an_abbreviated_date(day: str) -> None:
    text = f"The plant was closed on {day}, 1957 after an explosion killed 12 workers."
    assert not any(c.endswith(f"on {day}.") for c in cuts(text))
    assert best(text, 1, supported=lambda c: True,
                restating=_credited_by(f"The plant was closed on {day} after a fire.")) is None


@pytest.mark.parametrize(("text", "cut"), [
    # a negation or a hedge of a relative aside is the aside's own
    ("Former campaign manager Paul Reed, who was only hired in April, will stay on as "
     "chairman.", "Former campaign manager Paul Reed will stay on as chairman."),
    ("Council leader Ann Cole, who said she had not been told, criticized the vote on Monday.",
     "Council leader Ann Cole criticized the vote on Monday."),
])
def test_a_relative_aside_may_be_left_out_with_its_own_hedge(text: str, cut: str) -> None:
    assert cut in cuts(text)
    assert best(text, 1, supported=lambda c: True, restating=lambda c: (2, [cut])) == cut
