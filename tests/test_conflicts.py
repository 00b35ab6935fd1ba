from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer import textutil as tu
from summarizer.conflicts import find_conflicts
from summarizer.difference import differences
from summarizer.statements import clause, quantities

WAR_3 = "The war in Ukraine began roughly three years ago when Russian forces invaded."
WAR_4 = "The war in Ukraine began roughly four years ago when Russian forces invaded."


def test_a_changed_number_is_a_difference_with_readable_positions() -> None:
    [diff] = differences(WAR_3, WAR_4)
    assert (diff.kind, diff.left, diff.right) == (
        "number", "roughly three years ago", "roughly four years ago")


def test_spelling_variants_and_added_detail_are_not_conflicts() -> None:
    assert differences("Trump spoke with President Volodymyr Zelensky on Wednesday.",
                       "Trump spoke with President Volodymyr Zelenskyy on Wednesday.") == []
    assert differences("Trump spoke with Putin.", "Trump spoke at length with Putin on Wednesday.") == []


def test_a_different_name_is_a_conflict() -> None:
    [diff] = differences("The talks will be led by Secretary Marco Rubio, officials said.",
                         "The talks will be led by Secretary Pete Hegseth, officials said.")
    assert diff.kind == "name"


def test_conflicts_collect_every_source_per_version() -> None:
    [conflict] = find_conflicts(
        [(WAR_3, WAR_4, ["s1"], ["s5"])],
        [(WAR_3, ["s1"]), (WAR_4, ["s5"]),
         ("Russia launched its invasion of Ukraine three years ago, Trump often says.", ["s2"])],
    )
    assert [(p.text, p.sources) for p in conflict.positions] == [  # the shortest whole clause
        ("Russia launched its invasion of Ukraine three years ago", ["s1", "s2"]),
        ("The war in Ukraine began roughly four years ago when Russian forces invaded", ["s5"])]


def test_paraphrased_sentences_with_different_counts_conflict() -> None:
    [conflict] = find_conflicts([], [
        ("A fire broke out at the Brookfield textile mill on Tuesday, injuring 12 workers.", ["s1"]),
        ("Fifteen workers were hurt when fire swept the Brookfield textile mill on Tuesday.", ["s2"]),
    ])
    assert [p.text for p in conflict.positions] == [
        "injuring 12 workers",
        "Fifteen workers were hurt when fire swept the Brookfield textile mill on Tuesday"]


@pytest.mark.parametrize("sentence, topic", [
    ("The court set 3 dates for the hearings.", "dates"),
    ("Police were called to the house 4 times.", "times"),
    ("A couple of times the alarm rang.", "times"),
    ("Dozens of dates were announced.", "dates"),
    ("The judges posted 3 scores.", "scores"),
    ("The gallery sold 3 originals and 40 prints.", "origins"),
])
def test_a_count_of_things_named_like_a_kind_of_date_is_a_count(sentence: str,
                                                               topic: str) -> None:
    """A noun's stem that is the topic of dates, times of day, years of origin or scores
    ('originals' -> 'origin') would be compared as one of those, whose values are words: a
    blind story crashed on 'the 1.8 billion originally estimated'."""
    assert topic in {q.topic for q in quantities(sentence)}


def test_a_count_read_from_originally_beside_a_year_of_origin_raises_nothing() -> None:
    sentences = [("The old line, with its tunnel opened in 1894, stays in use.", ["s1"]),
                 ("The old line, with its tunnel 1.8 billion originally, stays in use.", ["s2"]),
                 ("The team set 3 dates on Monday.", ["s1"]),
                 ("The team set the date on Monday, March 3.", ["s2"]),
                 ("Police came 4 times on Monday.", ["s1"]),
                 ("Police came at 4 on Monday.", ["s2"])]
    find_conflicts([], sentences)
    assert "origin" in {q.topic for q in quantities(sentences[0][0])}
    assert [q.topic for q in quantities(sentences[1][0])] == ["origins"]  # not compared


@pytest.mark.parametrize("sentence, value", [
    ("The old route over the pass took an hour and one minute.", "61"),
    ("It took a minute and 17 seconds.", "77"),
    ("The siege lasted half an hour and 10 minutes, police said.", "10"),  # not 70
    ("Rain fell at two inches an hour and 40 minutes later the river burst.", "40"),
    ("Crews arrived within an hour, and 15 minutes later the roof collapsed.", "15"),
    ("The procedure takes between an hour and 90 minutes.", "90"),
])
def test_a_time_whose_first_part_is_told_by_a_or_an(sentence: str, value: str) -> None:
    assert value in {q.value for q in quantities(sentence) if q.topic.startswith("minut")
                     or q.topic == "second"}


def test_of_two_days_one_sentence_gives_the_one_said_alike_is_set_against_the_other() -> None:
    [conflict] = find_conflicts([], [
        ("Both suspects were charged on Friday and appeared in court on Monday.", ["s1"]),
        ("The two suspects appeared in court on Tuesday.", ["s2"])])
    assert conflict.description == "…charged on Friday and appeared in court on …"


def test_suspects_arrested_are_people_arrested() -> None:
    [conflict] = find_conflicts([], [
        ("In a series of raids on Thursday, police arrested eight people in Delfzand and the "
         "neighbouring town of Zuidermeer.", ["s1"]),
        ("On Friday the prosecutor's office revealed that six suspects were arrested in raids "
         "on Thursday, in Delfzand and in Zuidermeer.", ["s2"])])
    assert conflict.positions[0].text.startswith("police arrested eight people")


@pytest.mark.parametrize("one, other", [
    # a sum left over on each side, the other sums matching, is no rival by that alone
    (["The Competition Commission fined Sasol R1.2 billion.", "Omnia was fined R80 million."],
     ["Omnia was fined R80 million.",
      "The commission said that AECI had invested R500 million in a new plant."]),
    (["Béton Moselle was hit with a fine of €36.1 million.", "Ciments Remich must pay €4.2 million."],
     ["The authority said on Monday that Béton Moselle will receive 3.5 million euros in state aid.",
      "Ciments Remich was fined 4.2 million euros."]),
    # two Nordic currencies are two
    (["Ørsted will pay DKK 4.1 billion for the wind farm."],
     ["Vattenfall said the sale of the wind farm to Ørsted brings it SEK 5.9 billion."]),
    (["The fine of SEK 50 million was upheld."], ["The fine of NOK 45 million was upheld."]),
    # what a sum measures, read past 'roughly', was empty and matched any sum (taken out)
    (["He siphoned roughly $380,000 from the Pinecrest charity."],
     ["He was ordered to repay $250,000 to the Pinecrest charity."]),
    # a count gained, added or shed as a change set gains against margins (taken out)
    (["The Liberals gained 150 votes in the Lindemeer recount."],
     ["The Liberals won by 87 votes after the Lindemeer recount."]),
    # suspects killed or hurt may be some of those killed or hurt
    (["Two suspects were killed in the shootout with police in Karachi."],
     ["Four people were killed in the attack in Karachi."]),
    (["Three suspects were injured in the raid in Lagos."],
     ["Twelve people were injured in the raid in Lagos."]),
])
def test_review_of_set_qs_rules_leaves_these(one: list[str], other: list[str]) -> None:
    """Three read-only reviews of set Q's rules (401, 358 and 279 cases) found these false;
    the rules they came from were taken out or narrowed (evals/README.md, set Q)."""
    assert find_conflicts([], [(t, ["s1"]) for t in one] + [(t, ["s2"]) for t in other]) == []


@pytest.mark.parametrize("one, other", [
    # the second review's (358 cases, 121 changed): rules for 'each', 'within', an adverb
    # after a number and depths or altitudes were taken out
    ("Each year about 1,300 people die on the roads in Ghana.",
     "About 2,000 people die on the roads in Ghana every year."),
    ("The farm has 52 turbines, each rated at 15 megawatts.",
     "The farm has 52 turbines rated at 12 megawatts."),
    ("Residents living within 3 miles of the derailment in Ohio were told to leave.",
     "Residents living within 1 mile of the derailment in Ohio were told to leave."),
    ("Five people were killed and 12 critically injured in the Kano blast.",
     "Five people were killed and 20 critically injured in the Kano blast."),
    ("The Kola crew drilled to a depth of 7,000 metres.", "The Kola crew drilled to 5,000 metres."),
    ("Infosys reported a profit of ₹6,368 crore in the third quarter.",
     "Infosys reported a profit of ₹6,106 crore in Q3."),
    ("The club confirmed that it had agreed a fee of €45 million with Napoli for the striker.",
     "Napoli confirmed that it had paid the club €40 million for the striker."),
])
def test_review_of_set_qs_rules_keeps_these(one: str, other: str) -> None:
    assert len(find_conflicts([], [(one, ["s1"]), (other, ["s2"])])) == 1


@pytest.mark.parametrize("sentence, day", [
    ("The company expects to have every customer reconnected by Wednesday evening.",
     "wednesday late"),
    ("Both teams meet again in the final on Sunday.", None),  # 'again': one of a series
    ("The market opens every Friday and on Sunday.", None),
    ("Each night the ferry leaves at 9pm, and on Monday it did not.", None),
])
def test_every_or_each_makes_a_series_of_days_only_of_days(sentence: str,
                                                           day: str | None) -> None:
    found = [q.value for q in quantities(sentence) if q.topic == "weekday"]
    assert found == ([day] if day else [])


def test_different_things_counted_are_not_conflicts() -> None:
    assert find_conflicts([], [
        ("Fogel, who was serving a 14-year sentence, was released by Russia.", ["s1"]),
        ("Fogel had been imprisoned in Russia for more than three years before his release.",
         ["s2"]),
    ]) == []


# -- statement alignment (issue 18): the same attribute of the same subject, worded apart ----

FIRE = [
    ("Officials evacuated 300 residents from the Maple Street apartments on Tuesday night "
     "as the fire spread.", ["s1"]),
    ("Forty firefighters fought the blaze for six hours.", ["s1"]),
    ("About 450 people were evacuated from the Maple Street apartment complex when fire broke "
     "out on Tuesday.", ["s2"]),
    ("40 firefighters battled the flames.", ["s2"]),
    ("The blaze forced 300 people to flee their homes on Maple Street on Tuesday.", ["s3"]),
]


def test_three_outlets_one_conflict_with_every_source_on_its_side() -> None:
    [conflict] = find_conflicts([], FIRE)
    assert [(p.sources, p.text) for p in conflict.positions] == [
        (["s1", "s3"], "The blaze forced 300 people to flee their homes on Maple Street on Tuesday"),
        (["s2"], "About 450 people were evacuated from the Maple Street apartment complex when "
                 "fire broke out on Tuesday")]


def positions(*statements: str) -> list[list[str]]:
    """The positions' texts of each conflict found among statements of s1, s2, ..."""
    found = find_conflicts([], [(t, [f"s{n}"]) for n, t in enumerate(statements, 1)])
    return [[p.text for p in c.positions] for c in found]


def test_an_age_that_differs_by_a_year() -> None:
    assert positions("Harlan, 64, was found near the river on Sunday.",
                     "The body of Tom Harlan, 65, was recovered by divers.") == [
        ["Harlan, 64", "The body of Tom Harlan, 65"]]
    assert positions("The 64-year-old Harlan lived alone.",
                     "Harlan, 64, had retired in May.") == []  # the same age


def test_ages_of_two_people_of_one_family_are_not_a_conflict() -> None:
    assert positions("He was convicted of the murder of 7-year-old Maria Ridulph.",
                     "Her brother, 70-year-old Charles Ridulph, still lives in town.") == []


def test_a_storm_category() -> None:
    assert positions("Hurricane Ida made landfall as a Category 4 storm near Port Fourchon.",
                     "Ida came ashore near Port Fourchon as a Category 3 hurricane.") == [
        ["Hurricane Ida made landfall as a Category 4 storm near Port Fourchon",
         "Ida came ashore near Port Fourchon as a Category 3 hurricane"]]


def test_an_amount_after_a_grade_word_is_not_a_grade() -> None:
    # 'stage', 'level', 'phase' lead a grade only with a bare number: '$300' or '15%' after
    # them is no grade (reading one as a grade raised ValueError and ended the run)
    # (they are amounts, compared as amounts: 'rose to' makes the second an update)
    assert positions("At that stage $300 million had been pledged to the fund in Ashby.",
                     "At that stage $450 million had been pledged to the fund in Ashby.") == [
        ["At that stage $300 million had been pledged to the fund in Ashby",
         "At that stage $450 million had been pledged to the fund in Ashby"]]
    assert [c.kind for c in find_conflicts([], [
        ("Unemployment rose to a level 15% above the state average in Ashby.", ["s1"]),
        ("Unemployment in Ashby rose to a level 12% above the state average.", ["s2"])])] == [
        "update"]
    assert positions("The fire in Ashby reached level 4 by noon on Friday.",
                     "By noon on Friday the fire in Ashby had reached level 3.") == [
        ["The fire in Ashby reached level 4 by noon on Friday",
         "By noon on Friday the fire in Ashby had reached level 3"]]


def test_more_than_a_figure_against_another_figure() -> None:
    assert positions("More than 300 homes were destroyed by the flood in Ashby.",
                     "The flood in Ashby destroyed 450 homes, the council said.") == [
        ["More than 300 homes were destroyed by the flood in Ashby",
         "The flood in Ashby destroyed 450 homes"]]


def test_magnitude_words() -> None:
    assert positions("Dozens of protesters were arrested outside the parliament in Vell.",
                     "Police arrested hundreds of protesters outside parliament in Vell.") == [
        ["Dozens of protesters were arrested outside the parliament in Vell",
         "Police arrested hundreds of protesters outside parliament in Vell"]]
    assert positions("Target said data of 40 million customers was stolen.",
                     "The hackers took card data of tens of millions of customers from "
                     "Target.") == []  # 40 million is tens of millions


def test_a_population_rounded_differently() -> None:
    assert positions("The drought affects 2.5 million people in the north, the UN said.",
                     "About 2.4 million people in the north are affected by the drought.") == [
        ["The drought affects 2.5 million people in the north",
         "About 2.4 million people in the north are affected by the drought"]]


def test_a_date_and_a_name() -> None:
    assert positions("Johnson was named Miami Gardens police chief in May 2014.",
                     "In April 2014, Johnson took over the Miami Gardens police.") == [
        ["Johnson was named Miami Gardens police chief in May 2014", "In April 2014"]]
    assert positions("Maria Santos was given $20,000 and Ilsa Hernandez $15,000.",
                     "Another employee, Isla Hernandez, got $15,000.") == [
        ["Ilsa Hernandez", "Isla Hernandez"]]


def test_what_is_not_a_disagreement() -> None:
    assert positions("It plans to cut 7,000 jobs this year.",
                     "The company is axing another 3,000 jobs this year.") == []  # an increment
    assert positions("Orbiting the sun takes 10,000 to 20,000 years.",
                     "It comes closest to the sun once every 10,000 years.") == []  # a range
    assert positions("She made only $150 per game.", "She made $3.77 per hour, she said.") == []
    assert positions("Trump spoke with President Volodymyr Zelensky on Wednesday.",
                     "Volodymyr Zelenskyy met Trump on Wednesday.") == []


def test_eighty_tolls_make_one_conflict_of_bounded_size() -> None:
    statements = [(f"The earthquake in Vell killed {100 + n} people, officials said.", [f"s{n}"])
                  for n in range(1, 81)]
    [conflict] = find_conflicts([], statements)
    assert len(conflict.positions) == 80
    assert len(conflict.model_dump_json()) < 30_000


def test_a_death_toll_that_rose_is_an_update_earliest_first() -> None:
    [conflict] = find_conflicts([], [
        ("The death toll from Monday's landslide in Pell has risen to 11, police said.", ["s1"]),
        ("A landslide struck the village of Pell on Monday, killing at least 4 people.", ["s2"]),
    ])
    assert conflict.kind == "update"
    assert [(p.text, p.sources) for p in conflict.positions] == [
        ("killing at least 4 people", ["s2"]),
        ("The death toll from Monday's landslide in Pell has risen to 11", ["s1"])]


def test_dated_sources_whose_figure_grows_are_an_update() -> None:
    early = "Floods in Ashby killed 6 people, the council said."
    late = "The floods in Ashby killed 9 people, the council said."
    [conflict] = find_conflicts([], [(early, ["s1"]), (late, ["s2"])],
                                {"s1": "2025-03-01", "s2": "2025-03-03"})
    assert conflict.kind == "update"
    [conflict] = find_conflicts([], [(early, ["s1"]), (late, ["s2"])])
    assert conflict.kind == "number"  # undated: a plain disagreement


def test_what_is_counted_is_the_noun_a_word_describes() -> None:
    assert positions("She put her three young children in the car, police said.",
                     "She was already a mother to two young girls, police said.") == []
    assert positions("Two Israeli soldiers were killed near the border on Tuesday.",
                     "Israeli officials said 14 rockets were fired near the border on "
                     "Tuesday.") == []


def test_a_transliterated_name_is_not_a_misspelling() -> None:
    assert positions("Pierre Krähenbühl, head of the agency, said aid was blocked.",
                     "Pierre Kraehenbuehl, head of the agency, warned of shortages.") == []


def test_two_dates_for_one_event_told_in_other_words() -> None:
    assert positions("His pay was going to a non-binding shareholder vote on April 14.",
                     "Shareholders will vote on the matter at the annual meeting in London "
                     "on April 16.") == [[
        "His pay was going to a non-binding shareholder vote on April 14",
        "Shareholders will vote on the matter at the annual meeting in London on April 16"]]


def test_a_conflict_says_what_it_is_about_in_its_own_clause() -> None:
    [conflict] = find_conflicts([], [
        ("Within a day, agents reached the farm town about 65 miles west of Chicago.", ["s1"]),
        ("The hearing was held in Sycamore, about 70 miles west of Chicago and near the school.",
         ["s2"]),
    ])
    assert conflict.description == "agents reached the farm town about … miles west of Chicago"
    [conflict] = find_conflicts([], [
        ("Two board members, an investor and his brother, didn't sign the buyout letter.",
         ["s1"]),
        ("Three board members didn't sign the buyout letter, the paper reports.", ["s2"]),
    ])
    assert conflict.description == "… board members"  # not words of the clause after it


def test_a_county_and_a_state_after_one_place_name_are_not_a_conflict() -> None:
    one = "The plane dropped off the radar near Omak, Okanogan County, about an hour later."
    other = "The plane dropped off the radar near Omak, Washington, about an hour later."
    assert differences(one, other) == []
    assert find_conflicts([(one, other, ["s1"], ["s2"])], [(one, ["s1"]), (other, ["s2"])]) == []
    [diff] = differences("The plane dropped off the radar near Omak, Rep. Ann Lee said.",
                         "The plane dropped off the radar near Omak, Rep. Jo Park said.")
    assert diff.kind == "name"  # who said it is a name that differs, not a place's qualifier


def test_two_death_tolls_of_different_groups_share_more_than_the_word_death() -> None:
    assert find_conflicts([], [
        ("Three soldiers were killed on Wednesday, bringing the death toll in the military to 56.",
         ["s1"]),
        ("In the city, the death toll in the bombing campaign has topped 1,360, officials said.",
         ["s2"]),
    ]) == []


def test_counts_of_two_kinds_of_one_thing_are_not_a_conflict() -> None:
    assert find_conflicts([], [
        ("The suspect remains in custody in Alberta to face two robbery charges in court.", ["s1"]),
        ("Court documents show the suspect faces three charges of contempt in court.", ["s2"]),
    ]) == []
    [conflict] = find_conflicts([], [  # one kind named, the other not: the same charges
        ("The suspect remains in custody in Alberta to face two robbery charges in court.", ["s1"]),
        ("Court documents show the suspect faces three charges in an Alberta court.", ["s2"]),
    ])
    assert any(p.text.endswith("two robbery charges in court") for p in conflict.positions)


def test_a_word_of_size_or_age_does_not_make_another_kind() -> None:
    [conflict] = find_conflicts([], [
        ("Search teams found two big objects in the sea near the crash site on Saturday.", ["s1"]),
        ("Search teams found four massive objects in the sea near the crash site.", ["s2"]),
    ])
    assert len(conflict.positions) == 2


def test_a_time_of_day_told_two_ways() -> None:
    [conflict] = find_conflicts([], [
        ("The girl was taken from the corner some time between 6:45 and 7 p.m. that day.", ["s1"]),
        ("Police say the girl was taken from the corner between 6:45 p.m. and 6:55 p.m.", ["s2"]),
    ])
    assert conflict.kind == "date"
    assert [p.text for p in conflict.positions] == [
        "The girl was taken from the corner some time between 6:45 and 7 p.m. that day",
        "Police say the girl was taken from the corner between 6:45 p.m. and 6:55 p.m."]
    assert find_conflicts([], [  # a time inside the other's span, and one time told alike
        ("The girl was taken from the corner between 6:45 and 7 p.m., after a call at 6:57 p.m.",
         ["s1"]),
        ("Phone records show the neighbour made a call at 6:57 p.m. from a booth.", ["s2"]),
        ("The girl was taken from the corner at about 6:50 p.m., police said.", ["s3"]),
        ("The girl was taken from the corner around 6:55 p.m., a witness said.", ["s4"]),
    ]) == []
    assert find_conflicts([], [  # a bare figure is no time
        ("The girl was taken from the corner at 7 and found at 9.", ["s1"]),
        ("The girl was taken from the corner at 8 and found at 9.", ["s2"]),
    ]) == []


def test_a_death_toll_of_one_people_and_deaths_of_another_are_not_a_conflict() -> None:
    assert find_conflicts([], [
        ("Health officials said the Palestinian death toll since the fighting began is now 1,442.",
         ["s1"]),
        ("Since the fighting began, 56 Israeli soldiers have been killed, officials said.", ["s2"]),
    ]) == []


def test_opposite_verdicts_on_one_matter_are_a_disagreement() -> None:
    [conflict] = find_conflicts([], [
        ("Air traffic controllers granted the pilot permission to climb minutes before contact "
         "was lost.", ["s1"]),
        ("The pilot asked air traffic control to climb but was denied permission, minutes before "
         "contact was lost.", ["s2"]),
    ])
    assert conflict.kind == "other"
    assert [p.sources for p in conflict.positions] == [["s1"], ["s2"]]
    assert "denied permission" in conflict.positions[1].text
    assert find_conflicts([], [  # one word in common is not one matter
        ("The judge granted bail to the driver on Monday.", ["s1"]),
        ("A second court denied bail to the protesters held in the capital.", ["s2"]),
    ]) == []
    assert find_conflicts([], [  # a verdict turned by a negation is not read
        ("Air traffic controllers granted the pilot permission to climb before contact was lost.",
         ["s1"]),
        ("Air traffic controllers did not deny the pilot permission to climb before contact was "
         "lost.", ["s2"]),
    ]) == []


def test_a_letter_dropped_by_one_outlet_is_a_slip_not_a_disagreement() -> None:
    lodge = ("The rescued climbers were flown to the Saint Aubertin lodge.", ["s1"])
    again = ("A helicopter took the climbers to the Saint Aubertin lodge.", ["s2"])
    slip = ("The climbers spent the night at the Saint Aubertn lodge.", ["s3"])
    assert find_conflicts([], [lodge, again, slip]) == []  # two outlets agree on the spelling
    [conflict] = find_conflicts([], [lodge, slip])  # one against one: who is right is unknown
    assert [p.text for p in conflict.positions] == ["Saint Aubertin", "Saint Aubertn"]


def test_a_count_of_those_who_did_not_is_another_attribute() -> None:
    assert positions("Three council members, including the mayor's cousin, did not vote for "
                     "the harbour budget.",
                     "The harbour budget was approved by seven council members on Monday.") == []
    assert positions("Three council members voted for the harbour budget on Monday.",
                     "Seven council members voted for the harbour budget on Monday.") != []
    assert positions(WAR_3, "Russia would not have invaded Ukraine four years ago, Trump said.",
                     ) != []  # a negation before the figure says nothing of what is counted
    assert positions("Three council members voted for the harbour budget but did not speak.",
                     "Seven council members voted for the harbour budget on Monday.") != []


def test_one_relative_or_several_by_the_nouns_number() -> None:
    assert positions("The fisherman's boat was found adrift by his brother and sons.",
                     "His brother and son found the fisherman's boat adrift off the point.") == [
        ["The fisherman's boat was found adrift by his brother and sons",
         "His brother and son found the fisherman's boat adrift off the point"]]
    [conflict] = find_conflicts([], [
        ("The fisherman's boat was found adrift by his brother and sons.", ["s1"]),
        ("His brother and son found the fisherman's boat adrift off the point.", ["s2"])])
    assert conflict.description == "…boat was found adrift by his brother and …"
    assert positions("The fisherman's boat was found adrift by his brother and sons.",
                     "His son said the boat was old.") == []  # not one deed of one son
    assert positions("Mara Quell, the daughter of a painter, opened the gallery.",
                     "Her daughters opened the new gallery in Tarn.") == []  # whose, not how many
    assert positions("He is survived by his wife and two daughters.",
                     "He is survived by his wife and daughters.") == []
    assert positions("Two women and children were killed when the shelter in Orvik was shelled.",
                     "A woman and a child were killed when the Orvik shelter was shelled.") == []  # who, not how many


def test_a_figure_in_brackets_and_a_place_named_by_its_adjective() -> None:
    assert positions("Ice cores suggest that early Venus (three billion years ago) had shallow "
                     "seas.",
                     "Oceans filled the Venusian lowlands two billion years ago, a model from the "
                     "planetary lab in Tromso shows.") == [
        ["three billion years ago", "Oceans filled the Venusian lowlands two billion years ago"]]
    assert positions("Ice cores suggest that early Venus (three billion years ago) had shallow "
                     "seas.",
                     "The probe was launched two years ago from a Kenyan site.") == []


def test_one_rank_given_to_two_people_for_one_thing() -> None:
    [conflict] = find_conflicts([], [
        ("Nine-year-old Tomas Brandt was the first of the four hikers lost in the storm to be "
         "found.", ["s1"]),
        ("On Monday, guide Orla Finch, 41, was the first hiker found.", ["s2"]),
    ])
    assert [(p.text, p.sources) for p in conflict.positions] == [
        ("Tomas Brandt", ["s1"]), ("Orla Finch", ["s2"])]
    assert find_conflicts([], [  # the noun after the rank is not what it ranks in
        ("Tomas Brandt was the first player drafted this year.", ["s1"]),
        ("Orla Finch was the first player to sign with the club.", ["s2"]),
    ]) == []
    assert find_conflicts([], [  # a name further back is not whose rank it is
        ("A report by Tomas Brandt said he was the first hiker found.", ["s1"]),
        ("Orla Finch was the first hiker found.", ["s2"]),
    ]) == []


def test_a_days_count_and_a_periods_total_are_two_attributes() -> None:
    total = "Gaza medics said the death toll in the offensive has passed 900."
    assert positions(total, "Gaza medics said 40 people were killed Thursday.") == []
    assert positions("Twelve shells hit the border towns since midnight.",
                     "Militias have fired more than 1,500 shells at the border towns over the "
                     "past three weeks.") == []
    assert positions(total, "Gaza medics said the toll of the offensive has passed 700.") != []
    assert positions("Shelling killed 12 people in Tarn on Monday, officials said.",
                     "Shelling killed 15 people in Tarn on Monday, the war's deadliest day, "
                     "officials said.") != []  # both count one day


def test_a_determiner_or_a_relative_clause_after_a_count_denies_nothing() -> None:
    assert positions("Police in Varna arrested 12 protesters outside the consulate without "
                     "incident.",
                     "Police in Varna arrested 15 protesters outside the consulate.") != []
    assert positions("Thirty people were hurt when the ferry hit the pier, none of them badly.",
                     "Forty people were hurt when the ferry hit the pier.") != []
    assert positions("Two trustees, who had not attended the meeting, signed the letter.",
                     "Five trustees signed the letter.") != []  # the relative clause's 'not'
    assert positions("Two trustees, the treasurer and the chair, did not sign the letter.",
                     "Five trustees signed the letter.") == []  # their own verb is negated
    assert positions("The two trustees who did not sign the letter were absent.",
                     "Five trustees signed the letter.") == []  # it says which are counted


def test_a_weekday_that_dates_the_saying_does_not_make_a_days_count() -> None:
    total = "Some 700 villagers have died of the fever since the epidemic began."
    assert positions("The regional health office announced Tuesday that 610 villagers have "
                     "died of the fever.", total) != []  # a toll to date, dated by its saying
    assert positions("Officials said today that 610 villagers have died of the fever.",
                     total) != []
    assert positions("The fever killed 40 villagers on Tuesday.", total) == []


def test_copies_of_one_wire_story_are_one_outlet_for_a_slip() -> None:
    lodge = ("The rescued climbers were flown to the Saint Aubertin lodge.", ["s1"])
    copy = ("The rescued climbers were flown to the Saint Aubertin lodge.", ["s2"])
    slip = ("The climbers spent the night at the Saint Aubertn lodge.", ["s3"])
    [conflict] = find_conflicts([], [lodge, copy, slip], copies=[["s1", "s2"]])
    assert [p.text for p in conflict.positions] == ["Saint Aubertin", "Saint Aubertn"]


def test_a_short_name_one_letter_apart_is_no_slip() -> None:
    assert positions("The award went to Anna Lindqvist of Uppsala.",
                     "The jury gave the award to Anna Lindqvist of Uppsala.",
                     "The award was given to Ana Lindqvist of Uppsala.") != []


def test_a_capitalised_firm_name_is_no_relative() -> None:
    assert positions("Harbin and Sons was fined $5 million by the regulator.",
                     "Harbin and Son was fined $5 million by the regulator.") == []


def test_a_figure_past_a_bound_agrees_with_it() -> None:
    assert positions("More than 5,000 Brell Foods workers were laid off last year.",
                     "The 5,300 Brell Foods workers laid off last year got no severance.") == []
    assert positions("More than 5,000 Brell Foods workers were laid off last year.",
                     "The 4,000 Brell Foods workers laid off last year got no severance.") != []
    assert positions("Fewer than 50 Brell Foods workers were laid off last year.",
                     "The 46 Brell Foods workers laid off last year got no severance.") == []


# -- general kinds the dev rules missed (issue 18, 2026-11-30) ------------------------------

HIKER = ("The hiker was last seen on a trail near Ridgeway, and her body was found five weeks "
         "after she went missing.")


def test_a_duration_after_an_event_and_one_later_are_one_attribute() -> None:
    [conflict] = find_conflicts([], [
        (HIKER, ["s1"]), ("Her body was found six weeks later in a ravine near Ridgeway.", ["s2"])])
    assert [p.sources for p in conflict.positions] == [["s1"], ["s2"]]
    assert "six weeks later" in conflict.positions[1].text


def test_durations_of_other_events_are_not_a_conflict() -> None:
    assert find_conflicts([], [  # a time ago is no time after
        (HIKER, ["s1"]), ("The trail near Ridgeway was closed two weeks ago after a rockslide.",
                          ["s2"])]) == []
    assert find_conflicts([], [  # the same span, after another event
        (HIKER, ["s1"]), ("The county reopened the road six weeks later, officials said.",
                          ["s2"])]) == []


SHELLED = ("Shells hit a school in the Halvar refugee camp on Tuesday, killing 15 Palestinians "
           "sheltering in its classrooms.")


def test_a_toll_of_people_and_one_of_a_named_people_for_one_event() -> None:
    [conflict] = find_conflicts([], [
        (SHELLED, ["s1"]),
        ("Shells struck the crowded school on Tuesday, killing at least 17 people sheltering "
         "inside.", ["s2"])])
    assert [p.text for p in conflict.positions] == [
        "killing 15 Palestinians sheltering in its classrooms",
        "killing at least 17 people sheltering inside"]


def test_tolls_of_people_in_other_events_are_not_a_conflict() -> None:
    assert find_conflicts([], [  # the day's toll across the region
        (SHELLED, ["s1"]), ("At least 17 people were killed in air strikes across the region "
                            "on Wednesday.", ["s2"])]) == []
    assert find_conflicts([], [  # another place hit that day
        (SHELLED, ["s1"]), ("Shells struck a market in the camp on Tuesday, killing at least 17 "
                            "people shopping for food.", ["s2"])]) == []
    assert find_conflicts([], [  # two peoples
        (SHELLED, ["s1"]), ("Shells hit the school on Tuesday, killing 3 Israelis sheltering in "
                            "its classrooms.", ["s2"])]) == []


def test_a_share_of_a_toll_or_a_toll_given_in_parts_is_not_a_rival_figure() -> None:
    """Review pairs: a named people's count under half the whole toll is a share of it, and a
    sentence giving the toll in parts states no rival figure."""
    assert find_conflicts([], [
        ("The bus crash on the highway killed 30 people, police said.", ["s1"]),
        ("The bus crash on the highway killed 4 Americans, the embassy said.", ["s2"])]) == []
    assert find_conflicts([], [
        ("Shells hit the school on Tuesday, killing 17 people sheltering inside.", ["s1"]),
        ("Shells hit the school on Tuesday, killing 15 Palestinians and two foreign aid "
         "workers sheltering inside.", ["s2"])]) == []


def test_a_toll_beside_a_figure_of_another_clause_is_still_a_rival_figure() -> None:
    """Only the toll's own clause can give it in parts: a figure of another clause of its
    sentence (how many had sheltered there) is no part of it."""
    assert positions("Where some 300 families had sheltered, the strike on the market killed "
                     "17 people.",
                     "The strike on the market killed 15 Palestinians.") == [
        ["the strike on the market killed 17 people", "The strike on the market killed 15 "
         "Palestinians"]]


def test_a_count_after_the_toll_gives_it_in_parts() -> None:
    """Review pairs: another group counted anywhere after the toll in its sentence ('…,
    while two foreign aid workers also died', '…, along with four German tourists') means
    the toll is given in parts, however the sentence joins them."""
    school = "Shells hit the school on Tuesday, killing 17 people sheltering inside."
    for parts in (", while two foreign aid workers also died.",
                  "; two foreign aid workers also died.",
                  " (two foreign aid workers also died).",
                  ", as well as two foreign aid workers."):
        assert positions(school, "Shells hit the school on Tuesday, killing 15 Palestinians "
                                 "sheltering inside" + parts) == [], parts
    assert positions("A bus plunged off a mountain road on Sunday, killing 24 people on board.",
                     "A bus plunged off a mountain road on Sunday, killing 20 Peruvians on "
                     "board, along with four German tourists.") == []
    for share in (", including two children.", ", among them two children.",
                  " (including two children)."):  # some of the toll, not another part
        assert positions(school, "Shells hit the school on Tuesday, killing 15 Palestinians "
                                 "sheltering inside" + share) == [
            ["killing 17 people sheltering inside",
             "killing 15 Palestinians sheltering inside"]], share


def test_spans_after_two_different_events_are_not_a_conflict() -> None:
    """Review pairs: 'N after X' and 'M later' about events that share a word or none."""
    assert find_conflicts([], [
        ("The hiker's car was found two days after she went missing, police said.", ["s1"]),
        ("Her body was found three days later near the trail.", ["s2"])]) == []
    assert find_conflicts([], [
        ("The ceasefire collapsed two days after it was signed in Doha.", ["s1"]),
        ("The ceasefire, signed in Doha, was extended three days later.", ["s2"])]) == []
    assert find_conflicts([], [
        ("Two days after the election, the president conceded.", ["s1"]),
        ("The president left the capital three days later.", ["s2"])]) == []


def test_a_misspelled_name_opening_a_sentence() -> None:
    """A name that opens its sentence is read as one when no statement writes it in lower
    case: a one-letter slip there is as much a disagreement as anywhere else."""
    assert positions("Patients will get the drug, Velkarimab, from Monday.",
                     "Velkorimab will be given to 20 patients from Monday.") == [
        ["Velkarimab", "Velkorimab"]]


def test_a_word_opening_a_sentence_that_is_no_name() -> None:
    assert positions("The minister met Paulsen in Oslo.",  # a common word, written lower case
                     "Paulson said the talks went well.",
                     "Paulsen was paid in full, the paulson accounts show.") == []
    assert positions("Chairman Okafor opened the meeting.",  # too short to tell a slip
                     "Okafr opened the meeting at noon.") == []
    assert positions("The regulator fined Hartwell Mining.",  # two firms, not one slip (a
                     # run its first word opens is read as one: 'Mustafa Hamdan spoke …')
                     "Hartwood Mining was not fined.") == []


def test_a_word_opening_a_sentence_against_its_own_other_form() -> None:
    """Review pairs: a common noun opening a sentence against its other spelling (UK/US, -er
    / -or, a doubled letter) or another word of its stem ('Negotiators' / 'Negotiations')."""
    for a, b in (("Protesters carried banners outside parliament.",
                  "Protestors chanted slogans and blocked two bridges for an hour."),
                 ("Travelers waited for hours in the terminal.",
                  "Travellers slept on the floor overnight."),
                 ("Negotiators met for six hours without a deal.",
                  "Negotiations went on late into the night, a diplomat said."),
                 ("Investigators seized computers from its Toledo headquarters on Monday.",
                  "Investigations into the missing deposits began in March."),
                 ("Demonstrators gathered outside the ministry.",
                  "Demonstrations were held in three cities."),
                 ("Worshippers filled the mosque for Friday prayers.",
                  "Worshipers prayed for the victims at the mosque."),
                 ("Counsellors were sent to the school on Monday.",
                  "Counselors met pupils at the school on Monday."),
                 ("Legislators voted on the bill on Thursday.",
                  "Legislations of this kind rarely pass, aides said."),
                 ("Paediatricians warned about the virus on Monday.",
                  "Pediatricians urged parents to vaccinate their children."),
                 ("Sceptics questioned the plan in parliament.",
                  "Skeptics said the plan would fail.")):
        assert positions(a, b) == [], (a, b)


def test_a_word_opening_a_sentence_against_a_word_of_a_title() -> None:
    """Review pairs: an opening word is compared with one-word names and other opening words
    only, never with one word taken out of a longer name ('Chancellor Olaf Scholz')."""
    assert positions("Administration officials said the rule would be withdrawn by June.",
                     "EPA Administrator Lee Zeldin announced on Tuesday the repeal.") == []
    assert positions("Prosecution witnesses described attacks on villages.",
                     "Deputy Prosecutor Nazhat Shameem Khan said the attacks were "
                     "planned.") == []
    assert positions("Chancellery officials declined to comment on the talks.",
                     "Budget talks collapsed on Friday, a blow to Chancellor Olaf Scholz.") == []


def test_a_misspelled_drug_opening_a_sentence_against_the_same_drug_in_brackets() -> None:
    assert positions("Patients will get the drug (Brincidofovir) from Monday.",
                     "Brincindofovir will be given to 20 patients from Monday.") == [
        ["Brincidofovir", "Brincindofovir"]]
    assert positions("Patients will get the drug (Brincidofovir) from Monday.",
                     "Brinciddofovir will be given to 20 patients from Monday.") == [
        ["Brincidofovir", "Brinciddofovir"]]  # a doubled letter other than a UK/US 'll', 'pp'


def test_one_institution_named_with_another_word_for_its_kind() -> None:
    assert positions(
        "Her surgeons at Saint Agnes Pediatric Research Hospital in Dayton backed the appeal.",
        "The girl is being treated at Saint Agnes Pediatric Research Center in Dayton.") == [
        ["Saint Agnes Pediatric Research Hospital", "Saint Agnes Pediatric Research Center"]]


def test_two_institutions_of_one_name_are_no_conflict() -> None:
    assert positions("She studied at Lakeshore State University School in Dayton.",
                     "She was treated at Lakeshore State University Hospital in Dayton.") == []
    assert positions("He was taken to Mercy Hospital in Dayton.",  # too short a name to tell
                     "Mercy Clinic in Dayton said he was stable.") == []
    assert positions("The Saint Agnes Pediatric Research Hospital opened in 1990.",
                     "Donors funded the Saint Agnes Pediatric Research Center.") == []  # no
    # word in common besides the names: nothing says they are one place
    assert positions("Saint Agnes Pediatric Research Hospital and Saint Agnes Pediatric "
                     "Research Center are in Dayton.",  # one outlet names both
                     "The Saint Agnes Pediatric Research Center in Dayton is new.") == []


def test_a_center_without_a_medical_word_or_a_shared_context_is_no_hospital() -> None:
    """Review pairs: a community center and a hospital of one town are two places; and a
    word the two statements share outside the names' own clauses says nothing of them."""
    assert positions("Residents were taken to the Riverside Community Center for the night.",
                     "Two injured residents were taken to Riverside Community Hospital, "
                     "police said.") == []
    assert positions("Evacuees were treated for smoke at the Riverside Community Center.",
                     "Two firefighters were treated at Riverside Community Hospital.") == []
    assert positions("In Dayton, the governor praised Saint Agnes Pediatric Research "
                     "Hospital.",
                     "In Dayton, donors opened the Saint Agnes Pediatric Research Center.") == []


def test_a_childrens_research_hospital_called_a_research_center() -> None:
    assert positions(
        "His doctors at St. Jude Children's Research Hospital in Memphis asked for the drug.",
        "The boy is being treated at St. Jude Children's Research Center in Memphis.") == [
        ["Jude Children's Research Hospital", "Jude Children's Research Center"]]


def test_a_count_of_women_described_by_a_people_counts_women() -> None:
    """'20 Colombian women' counts women (of a kind), as '20 Colombian workers' counts
    workers: a plural in -men is a plural too."""
    women = "The scandal involved as many as 20 Colombian women at the hotel."
    assert positions(women, "The scandal led police to question 12 Colombians at the "
                            "hotel.") == []  # two groups
    assert positions(women, "The scandal involved 18 Colombian women at the hotel.") == [
        [women.rstrip("."), "The scandal involved 18 Colombian women at the hotel"]]
    assert positions(women, "The scandal involved 18 women at the hotel.") == []  # some of
    # them may be the 20 Colombian women: a possible share, no rival figure (review, below)


def test_a_described_count_against_a_bare_count_of_its_noun_is_a_possible_share() -> None:
    """Review pairs: '12 Nepali workmen' may be some of '25 workmen', and '500 military
    personnel' of the army no rival to '300 personnel' of the navy."""
    assert positions("Police freed 20 Colombian women from a trafficking ring in Madrid on "
                     "Monday.",
                     "Police freed 32 women from a trafficking ring in Madrid on Monday, most "
                     "of them from Colombia.") == []
    nepali = "The earthquake killed 40 people, including 12 Nepali workmen at the dam site."
    workmen = "The earthquake killed 40 people, among them 25 workmen at the dam site."
    assert positions(nepali, workmen) == []
    assert find_conflicts([(nepali, workmen, ["s1"], ["s2"])], []) == []  # a pair that
    # dedupe kept apart: its differing numbers are read the same way
    assert positions("The army deployed 500 military personnel to flooded districts on Monday.",
                     "The navy deployed 300 personnel to flooded districts on Monday, alongside "
                     "army teams.") == []


def test_a_british_spelling_is_no_other_name() -> None:
    """'Organisation' / 'Organization', 'Centre' / 'Center': a house's spelling, in a name or
    a word opening a sentence, and no other word for an institution's kind."""
    assert positions("The talks were hosted by the World Health Organisation in Geneva.",
                     "The talks were hosted by the World Health Organization in Geneva.") == []
    assert positions("Organisation of the summit took months, aides said.",
                     "Organization of the summit took weeks, aides said.") == []
    assert positions("He was treated at Saint Agnes Pediatric Research Centre in Dayton.",
                     "He was treated at Saint Agnes Pediatric Research Center in Dayton.") == []
    assert positions("The Labour Party Harbour Office opened.",
                     "The Labor Party Harbor Office opened.") == []


def test_a_changed_figure_in_a_line_of_hundreds_of_words_is_still_found() -> None:
    # past 400 words the alignment is anchored on the words each line holds once
    words = [f"word{n}" for n in range(600)]
    a = " ".join([*words[:300], "officials", "counted", "12", "boats", *words[300:]])
    b = " ".join([*words[:300], "officials", "counted", "15", "boats", *words[300:]])
    [diff] = differences(a, b)
    assert (diff.kind, diff.values) == ("number", ("12", "15"))


def test_a_long_line_from_few_words_holds_no_difference_it_cannot_place() -> None:
    line = " ".join(["the", "storm", "and", "the", "river"] * 200)
    assert differences(line, line.replace("storm and", "storm 4 and", 1)) == []


def _clause_read_from_the_start(sentence: str, span: str) -> str:
    at = sentence.find(span)
    if at < 0 or not span:
        return span
    starts = [m.end() for m in tu.CLAUSE_MARK.finditer(sentence, 0, at)]
    after = tu.CLAUSE_MARK.search(sentence, at + len(span))
    text = sentence[starts[-1] if starts else 0 : after.start() if after else len(sentence)]
    return text.strip(" \"'“”‘’") or span


@given(st.text(alphabet="ab ,-.;:!?()—", max_size=30), st.integers(0, 30), st.integers(0, 8))
def test_a_clause_is_bounded_by_the_marks_a_reading_from_the_start_finds(
        sentence: str, start: int, length: int) -> None:
    span = sentence[start : start + length]
    assert clause(sentence, span) == _clause_read_from_the_start(sentence, span)


def test_a_british_spelling_is_folded_only_where_both_names_fold_alike() -> None:
    """Review pairs: 'Harbour' is no prefix of 'Harbourfront' once folded, so the two
    centres conflicted; and '-bre' is folded only in common nouns ('Centre', 'Fibre'), so
    'Fabre' / 'Faber' are two names, as before the folding."""
    assert positions("The festival opens at Toronto Harbour Centre on Friday.",
                     "The festival opens at Toronto Harbourfront Centre on Friday.") == []
    assert positions("The prize went to Jean Fabre on Friday.",
                     "The prize went to Jean Faber on Friday.") == [
        ["Jean Fabre", "Jean Faber"]]


def test_no_sentence_outlives_the_call_that_read_its_clauses() -> None:
    # a long-running process (--batch, a server) is fed many hostile long sentences: a
    # module-wide memo of their clause marks, clauses or descriptions would keep each alive
    import sys

    from summarizer.conflicts import _described

    sentence = "".join(["The mayor said about 4,000 households lost power on Tuesday, ",
                        "officials said, and 12 schools closed."])
    held = sys.getrefcount(sentence)
    assert clause(sentence, "about 4,000 households") \
        == "The mayor said about 4,000 households lost power on Tuesday"
    assert _described(sentence, "about 4,000 households", "number") \
        == "The mayor said about … households lost power on Tuesday"
    assert sys.getrefcount(sentence) == held


def test_a_date_two_sentences_kept_apart_give_differently_is_one_conflict() -> None:
    a = "The bridge will reopen on December 4, the city said."
    b = "The bridge will reopen on December 11, the city said."
    [conflict] = find_conflicts([(a, b, ["s1"], ["s2"])], [(a, ["s1"]), (b, ["s2"])])
    assert conflict.kind == "date"
    assert {p.text for p in conflict.positions} == {
        "The bridge will reopen on December 4", "The bridge will reopen on December 11"}


def test_a_name_opening_a_sentence_is_read_in_the_run_it_opens() -> None:
    """Review B: a full name opening its sentence ('Katarina Novak, 19, won …') is compared as
    it would be anywhere else in the sentence; on main its first word was dropped, so the
    two runs ('Novak' / 'Katerina Nowak') never met."""
    assert positions("Katarina Novak, 19, won the 200-metre butterfly at the trials.",
                     "The butterfly title went to Dunmore swimmer Katerina Nowak.") == [
        ["Katarina", "Katerina"]]
    assert positions("Ilsa Hernandez was found on Sunday.",
                     "Police said Isla Hernandez was found on Sunday.") == [
        ["Ilsa Hernandez", "Isla Hernandez"]]


def test_a_common_word_opening_a_sentence_joins_no_name() -> None:
    """A capitalised common word before a name ('Officials', 'Residents', 'Firefighters') is
    no part of it when the story writes it in lower case; and a stopword never is."""
    assert positions("Residents Tom Ellery and Ana Ruiz saw the fire.",
                     "Two residents, Tom Ellery and Ana Ruiz, called firefighters.",
                     "Firefighters Tom Ellery and Dan Ruiz were hurt.") == []
    assert positions("Officials Monday named Katarina Novak as the winner.",
                     "Race officials named Katarina Novak the winner on Monday.") == []
    assert positions("Residents Tom Ellery and Ana Ruiz saw the fire.",  # nowhere in lower
                     "Neighbours Tom Ellery and Ana Ruiz saw the fire.") == []  # case: only
    assert positions("Firefighters Tom Ellery and Dan Ruiz were hurt.",  # a near spelling
                     "Paramedics Tom Ellery and Dan Ruiz were hurt.") == []  # of it counts
    assert positions("Everybody in the village came to the vigil.",  # one word alone: as
                     "Everyone in the village came to the vigil.") == []  # near as before
    assert positions("The Dunmore Aquatic Club trains her.",
                     "Her club, Dunmore Aquatic Club, trains her.") == []


def test_a_person_given_two_portfolios_of_one_office() -> None:
    """Review B: one full name, one office ('Minister'), two portfolios before it."""
    assert positions("Interior Minister Lena Brandt announced the body camera plan on "
                     "Tuesday.",
                     "The plan was unveiled by Justice Minister Lena Brandt.") == [
        ["Interior Minister Lena Brandt", "Justice Minister Lena Brandt"]]


def test_offices_that_are_no_disagreement() -> None:
    """Two kinds of office (people move from one to the other), a former office, one outlet
    giving both, a rank ('Deputy'), one surname for two people, two titles of one person, a
    British spelling; and a title word is no given name ('Secretary' / 'State')."""
    assert positions("Senator Mark Ellison spoke on Tuesday.",
                     "Governor Mark Ellison spoke on Tuesday.") == []
    assert positions("The talks were led by Senator Mark Ellison.",  # a conflict on main:
                     "The talks were led by Governor Mark Ellison.") == []  # 'given names'
    assert positions("Interior Minister Lena Brandt announced the plan on Tuesday.",
                     "The plan was unveiled by Justice Minister Lena Brandt, a former "
                     "interior minister.") == []
    assert positions("Interior Minister Lena Brandt announced the plan on Tuesday.",
                     "Justice Minister Lena Brandt unveiled the plan.",
                     "Former Justice Minister Lena Brandt now runs the interior ministry.") == []
    assert find_conflicts([], [
        ("Interior Minister Lena Brandt announced the plan.", ["s1"]),
        ("Justice Minister Lena Brandt unveiled the plan.", ["s2"]),
        ("Brandt, who was justice minister until May, is now interior minister.", ["s2"])]) == []
    assert find_conflicts([], [  # the outlet writes the other office too, not by her name
        ("Interior Minister Lena Brandt announced the plan.", ["s1"]),
        ("Justice Minister Lena Brandt unveiled the plan.", ["s2"]),
        ("She was interior minister until May.", ["s2"])]) == []
    assert positions("Deputy Interior Minister Lena Brandt spoke.",
                     "Justice Minister Lena Brandt spoke.") == []
    assert positions("Head Coach Dan Smith praised the team.",  # father and son
                     "Assistant Coach Tom Smith praised the team.") == []
    assert positions("Defense Secretary and acting Chief of Staff Mick Dorsey spoke.",
                     "Chief of Staff Mick Dorsey spoke at the Pentagon.") == []
    assert positions("Defence Secretary Mick Dorsey spoke.",
                     "Defense Secretary Mick Dorsey spoke.") == []
    assert positions("Secretary of State Mike Dorsey arrived on Monday.",
                     "Secretary Mike Dorsey arrived on Monday.") == []
    assert positions("The talks were led by Secretary of State Mike Dorsey.",  # main: a
                     "The talks were led by Secretary Mike Dorsey.") == []  # conflict


def test_a_reshuffle_is_no_disagreement_over_an_office() -> None:
    """Review A6: an outlet naming a ministry writes its minister's office, and a statement
    naming the person that tells of a move ('moved', 'appointed') says both offices were
    hers; on main both were a conflict."""
    assert positions("Prime Minister Jan Olsen moved Lena Brandt from the interior ministry "
                     "to justice on Monday.",
                     "Justice Minister Lena Brandt said she would focus on prison reform.",
                     "Interior Minister Lena Brandt was moved to the justice ministry.") == []
    assert find_conflicts([], [  # the ministry alone: the outlet writes both offices
        ("Justice Minister Lena Brandt said she would focus on prison reform.", ["s1"]),
        ("The Ministry of the Interior will be run by a deputy.", ["s1"]),
        ("Interior Minister Lena Brandt spoke on Monday.", ["s2"])]) == []
    assert positions("Justice Minister Lena Brandt said she would focus on prison reform.",
                     "Interior Minister Lena Brandt spoke on Monday.",
                     "Olsen appointed Brandt in a reshuffle.") == []
    assert positions("Justice Minister Lena Brandt said she would focus on prison reform.",
                     "Interior Minister Lena Brandt spoke on Monday.") == [  # still told
        ["Justice Minister Lena Brandt", "Interior Minister Lena Brandt"]]


def test_a_place_people_or_party_before_an_office_is_no_portfolio() -> None:
    """Review A7: only offices that have portfolios (minister, secretary) are told apart by
    the word before them, and only by a portfolio; on main 'Texas' / 'Republican' Governor
    was a conflict."""
    assert positions("Texas Governor Greg Abbott signed the border bill on Friday.",
                     "Republican Governor Greg Abbott signed the border bill on Friday.") == []
    assert positions("Dallas Mayor Eric Johnson unveiled the budget.",
                     "Longtime Mayor Eric Johnson unveiled the budget.") == []
    assert positions("Israeli Minister Yoav Katz met US officials on Monday.",
                     "Defence Minister Yoav Katz met US officials on Monday.") == []
    assert positions("Conservative Minister Lena Brandt spoke.",
                     "Health Minister Lena Brandt spoke.") == []
    assert positions("Defense Secretary Mick Dorsey spoke.",  # portfolios still differ
                     "Treasury Secretary Mick Dorsey spoke.") == [
        ["Defense Secretary Mick Dorsey", "Treasury Secretary Mick Dorsey"]]


def test_a_person_given_two_parties() -> None:
    """Review B: 'Republican state Sen. Doug Pell' / 'State Sen. Doug Pell, a Democrat'."""
    assert positions("Republican state Sen. Doug Pell will not seek reelection.",
                     "State Sen. Doug Pell, a Democrat, will not seek reelection.") == [
        ["Republican state Sen. Doug Pell", "Doug Pell, a Democrat"]]
    assert positions("Sen. Doug Pell (R-Ohio) will not seek reelection.",
                     "Democratic Sen. Doug Pell will not seek reelection.") == [
        ["Doug Pell (R-Ohio)", "Democratic Sen. Doug Pell"]]
    assert positions("Justice Minister Lena Brandt, a Republican, spoke.",  # an office before
                     "Democrat Lena Brandt spoke.") == [  # the name is no part of it
        ["Justice Minister Lena Brandt, a Republican", "Democrat Lena Brandt"]]


def test_parties_that_are_no_disagreement() -> None:
    """Two people of one surname, a former party, a switch, one outlet giving both."""
    assert positions("Republican Sen. Doug Pell met the governor.",
                     "Democratic Sen. Anna Pell met the governor.") == []
    assert positions("Republican state Sen. Doug Pell will retire.",
                     "Doug Pell, a former Democrat, will retire.") == []
    assert positions("Republican state Sen. Doug Pell will retire.",
                     "State Sen. Doug Pell, a Democrat, will retire.",
                     "Pell left the Democratic Party in 2019.") == []
    assert positions("Labour Minister Lena Brandt spoke.",  # a portfolio, not a party
                     "Conservative MP Lena Brandt spoke.") == []
    assert positions("Republican Sen. Doug Pell and Democratic Sen. Ann Ross met.",
                     "Democratic Sen. Ann Ross and Republican Sen. Doug Pell met.") == []


def test_a_count_in_hyphenated_words_is_a_number() -> None:
    assert tu.is_number("Twenty-five") and tu.key("Twenty-five") == "25"
    assert not tu.is_number("twenty-fifth") and not tu.is_number("well-known")
    assert positions("Twenty-five workers were hurt in the blast at the Corran plant.",
                     "Thirty workers were hurt in the blast at the Corran plant.") == [
        ["Twenty-five workers were hurt in the blast at the Corran plant",
         "Thirty workers were hurt in the blast at the Corran plant"]]
    assert positions("Twenty-five workers were hurt in the blast at the Corran plant.",
                     "The blast at the Corran plant hurt 25 workers.") == []  # the same count


def test_a_number_in_words_opening_a_compound_is_read_as_its_figure() -> None:
    # 'a nine-hour standoff' is '9-hour': the number, then what it measures
    assert positions("The standoff in Oakdale lasted six hours.",
                     "Police ended a nine-hour standoff in Oakdale.") == [
        ["The standoff in Oakdale lasted six hours", "Police ended a nine-hour standoff in Oakdale"]]
    assert positions("A twenty-five-year-old, Tom Harlan, was hurt.",
                     "Tom Harlan, 25, was hurt.") == []  # an age, the same one


def test_a_unit_compound_measures_in_its_unit() -> None:
    assert positions("Crews will resurface a 12-mile stretch of Route 9 near Alden.",
                     "Crews will resurface 20 miles of Route 9 near Alden.") == [
        ["Crews will resurface a 12-mile stretch of Route 9 near Alden",
         "Crews will resurface 20 miles of Route 9 near Alden"]]
    assert positions("The Ashby wall is a 10-foot barrier of brick.",
                     "The brick wall in Ashby stands 12 feet high.") == [
        ["The Ashby wall is a 10-foot barrier of brick",
         "The brick wall in Ashby stands 12 feet high"]]


def test_a_suspended_hyphen_opens_a_range() -> None:
    assert positions("Workers at the Vell plant did nine- and ten-hour shifts, the union said.",
                     "Workers at the Vell plant did nine-hour shifts, the union said.") == []
    assert positions("Workers at the Vell plant did nine- or ten-hour shifts, the union said.",
                     "Workers at the Vell plant did twelve-hour shifts, the union said.") != []


def test_a_unit_compound_of_another_thing_is_not_a_rival() -> None:
    # 'a 14-year sentence' and 'three years' in prison are both years, of two things
    assert positions("Fogel, who was serving a 14-year sentence, was released by Russia.",
                     "Fogel had been imprisoned in Russia for more than three years before "
                     "his release.") == []
    assert positions("The two-day summit in Vell opened on Monday.",
                     "Delegates spent three hours in Vell on the trade talks.") == []
    assert positions("On Facebook he recalled how his 30-year career in Vell began.",
                     "The couple have lived in Vell for 21 years and joined a Facebook group.") \
        == []  # a career's years and the years lived somewhere, both in one clause with Vell


def test_an_outlet_stating_both_values_tells_two_facts() -> None:
    # the wire writes both 2 a.m. (the storm) and 10 a.m. (the power back): not a rival of
    # the tribune's 2 a.m.
    tribune = "A storm knocked out power to homes in Renfield at about 2 a.m. on Friday."
    wire = ["Power came back on for homes in Renfield at 10 a.m. on Friday after the storm.",
            "The storm struck Renfield around 2 a.m."]
    assert find_conflicts([], [(tribune, ["s1"])] + [(t, ["s2"]) for t in wire]) == []
    # without its second sentence, the wire's 10 a.m. stands against 2 a.m.
    [conflict] = find_conflicts([], [(tribune, ["s1"]), (wire[0], ["s2"])])
    assert [p.sources for p in conflict.positions] == [["s1"], ["s2"]]


def test_an_outlets_other_value_about_another_thing_does_not_hide_a_disagreement() -> None:
    # the wire's 10 a.m. is when firefighters left, not when the blast happened
    wire = ["A blast ripped through a chemical depot at the port at 2 a.m. on Friday, police "
            "said.", "Firefighters left the depot at 10 a.m. after putting out the flames."]
    paper = "Witnesses said the blast at the chemical depot at the port happened at 10 a.m. on " \
        "Friday."
    [conflict] = find_conflicts([], [(t, ["s1"]) for t in wire] + [(paper, ["s2"])])
    assert [p.sources for p in conflict.positions] == [["s1"], ["s2"]]
    # said of the blast, the wire's 10 a.m. is its own second version: two facts
    wire[1] = "Some witnesses put the blast at the depot at 10 a.m."
    assert find_conflicts([], [(t, ["s1"]) for t in wire] + [(paper, ["s2"])]) == []


def test_an_article_is_never_set_against_itself() -> None:
    # the wire's 2% rise and its 6% rate now are two things: only the sentence said alike
    # stands against the paper's 8%
    wire = ["The plan would raise the sales tax by 2% to pay for transit, officials said.",
            "The sales tax now stands at 6%."]
    paper = "The plan would raise the sales tax to 8% to pay for transit, officials said."
    [conflict] = find_conflicts([], [(t, ["s1"]) for t in wire] + [(paper, ["s2"])])
    assert [(p.text, p.sources) for p in conflict.positions] == [
        ("The plan would raise the sales tax by 2% to pay for transit", ["s1"]),
        ("The plan would raise the sales tax to 8% to pay for transit", ["s2"])]


def test_an_outlet_stating_both_values_stands_only_for_itself() -> None:
    # s2 and s3 carry one sentence; only s2 also writes the other figure, so s3 still
    # disagrees with s1
    first = "Fifteen workers were hurt when fire swept the Brookfield mill on Tuesday."
    second = "The fire at the Brookfield mill on Tuesday injured 12 workers."
    also = "Fifteen workers were hurt at the Brookfield mill, the union said."
    assert find_conflicts([], [(first, ["s1"]), (second, ["s2", "s3"]), (also, ["s2"])]) != []
    assert find_conflicts([], [(first, ["s1"]), (second, ["s2"]), (also, ["s2"])]) == []


def test_a_time_by_until_or_since_is_a_bound_not_a_rival_time() -> None:
    assert positions("Power went out at 2 a.m. in Renfield homes.",
                     "Power was back by 10 a.m. in Renfield homes.") == []
    assert positions("Route 9 in Alden was closed since 6 a.m. on Friday.",
                     "Route 9 in Alden was shut at 8 a.m. on Friday.") == []
    assert positions("Route 9 in Alden stayed closed until 10 a.m. on Friday.",
                     "Route 9 in Alden was closed at 11 a.m. on Friday.") != []


def test_two_bounds_by_one_word_compare_their_times_exactly() -> None:
    assert positions("Polling stations will stay open until 8 p.m. on Sunday, the commission "
                     "said.", "Polling stations will stay open until 10 p.m. on Sunday.") == [
        ["Polling stations will stay open until 8 p.m. on Sunday",
         "Polling stations will stay open until 10 p.m. on Sunday"]]
    assert positions("Protesters have gathered outside parliament since 8 a.m., chanting.",
                     "Protesters have gathered outside parliament since 11 a.m., chanting.") != []
    assert positions("Polling stations in Vell will stay open until 8 p.m. on Sunday.",
                     "Polling stations in Vell will stay open until 8 p.m. on Sunday, "
                     "officials said.") == []
    # two bound words: 'back by 10 a.m.' may be 'closed until 9 a.m.'
    assert positions("Route 9 in Alden stayed closed until 9 a.m. on Friday.",
                     "Route 9 in Alden was open by 10 a.m. on Friday.") == []


def test_an_amount_is_keyed_by_its_unit_with_or_without_a_noun() -> None:
    assert positions("The council awarded a $4.2 million contract to repair the Fenner Street "
                     "bridge.",
                     "Repairs to the Fenner Street bridge will cost $2.4 million under the "
                     "contract.") == [
        ["The council awarded a $4.2 million contract to repair the Fenner Street bridge",
         "Repairs to the Fenner Street bridge will cost $2.4 million under the contract"]]
    assert positions("Home prices in Lanford rose 7 percent over the past year, a report said.",
                     "The report found Lanford home prices up 9 percent on a year earlier.") == [
        ["Home prices in Lanford rose 7 percent over the past year",
         "The report found Lanford home prices up 9 percent on a year earlier"]]
    assert positions("Lanford saw a 7 percent rise in home prices.",
                     "Lanford saw a 9% increase in home prices.") == [
        ["Lanford saw a 7 percent rise in home prices", "Lanford saw a 9% increase in home prices"]]
    assert positions("The new bridge over the Fenner will cost $2.4 million.",
                     "The new bridge over the Fenner will cost $4.2 million.") != []  # at the end


def test_amounts_of_other_things_are_not_rivals() -> None:
    # an outlet stating the total and a part of it (with its own article's other figure)
    ledger = ["The Westfield council approved a $12 million budget for next year on Tuesday.",
              "The budget includes $3 million for parks and playgrounds."]
    wire = ["Westfield will spend $3 million on parks as part of a budget approved Tuesday.",
            "The overall Westfield budget totals $12 million."]
    assert find_conflicts([], [(t, ["s1"]) for t in ledger] + [(t, ["s2"]) for t in wire]) == []
    # a rate, and a sentence comparing two amounts, are not one amount of the story
    assert positions("Vell's StreetSmart plan costs roughly $1 a day per user in Vell.",
                     "Vell's StreetSmart users in Vell earn around $7,250 a month.") == []
    assert positions("A case of cola in Vell cost $15.99 on December 31 in the Vell shops.",
                     "In the Vell shops a case of cola went from $16 to more than $26.") == []
    # a share of one thing and of another, in sentences about different things
    assert positions("Just over 59% of Vell investors rejected the pay rise of the chief.",
                     "The chief's pay was approved by around 86% of Vell shareholders.") == []


def test_amounts_of_different_things_in_sentences_alike_are_not_rivals() -> None:
    # what is measured differs: the subject before the verb, or what the money is for
    assert positions("Home prices rose 6% in the year to March, the national index showed.",
                     "Rents rose 4% in the year to March, the statistics agency said.") == []
    assert positions("Inflation rose 3% over the year.",
                     "Wages rose 5% over the year, the report showed.") == []
    assert positions("The city council approved $5 million for road repairs on Monday.",
                     "The city council approved $3 million for school repairs on Monday.") == []
    # one thing, said alike or in other words, is still compared
    assert positions("Inflation in Vell rose 3% over the year.",
                     "Inflation in Vell rose 5% over the year, the report showed.") != []
    assert positions("The city council approved $5 million for road repairs on Monday.",
                     "The city council approved $3 million for repairs to roads on Monday.") != []
    assert positions("The city council approved $5 million for road repairs on Monday.",
                     "The city council approved $3 million on Monday, the mayor said.") != []


def test_a_negation_or_an_opposite_in_one_version_of_a_sentence_is_a_disagreement() -> None:
    guilty = "The jury found the driver guilty of reckless driving on Friday."
    acquitted = "The jury found the driver not guilty of reckless driving on Friday."
    [diff] = differences(guilty, acquitted)
    assert (diff.kind, diff.values) == ("other", ("guilty", "not guilty"))
    [conflict] = find_conflicts([(guilty, acquitted, ["s1"], ["s2"])],
                                [(guilty, ["s1"]), (acquitted, ["s2"])])
    assert conflict.kind == "other"
    assert [(p.sentence, p.sources) for p in conflict.positions] == [
        (guilty, ["s1"]), (acquitted, ["s2"])]
    # added words are not an opposite, nor "no more than" a negation
    assert differences(guilty, "The jury found the driver guilty of driving on Friday.") == []
    assert differences("No more than 40 people were there.", "40 people were there.") == []


def test_an_opposite_turned_back_by_a_negation_says_the_same() -> None:
    for said, again in [
            ("The judge did not grant bail to the former banker on Thursday.",
             "The judge denied bail to the former banker on Thursday."),
            ("The driver of the truck did not survive the crash on Route 9, police said.",
             "The driver of the truck died in the crash on Route 9, police said."),
            ("The former treasurer pleaded not guilty on Monday to charges of theft.",
             "The former treasurer pleaded innocent on Monday to charges of theft."),
            # two turns in one clause undo each other
            ("The carmaker said on Friday it would not close the plant in Gary before 2027.",
             "The carmaker said on Friday it would close the plant in Gary after 2027.")]:
        assert differences(said, again) == []
    # a negation in another clause than the opposite: two differences
    assert [d.values for d in differences(
        "Police said the bridge was safe, and traffic stopped before the vote.",
        "Police said the bridge was not safe, and traffic stopped after the vote.")] == [
        ("safe", "not safe"), ("before", "after")]


def test_a_negated_word_against_a_word_meaning_the_same_is_no_disagreement() -> None:
    assert differences("The bridge is no longer closed to traffic after repairs, the city said.",
                       "The bridge is open to traffic after repairs, the city said.") == []
    assert differences("Police said the suspect was not armed when officers shot him.",
                       "Police said the suspect was unarmed when officers shot him.") == []


def _apart(said: str, again: str) -> None:
    """`said` and `again` are two statements, but no disagreement."""
    assert [d.kind for d in differences(said, again)] == ["apart"]
    assert find_conflicts([(said, again, ["s1"], ["s2"])], [(said, ["s1"]), (again, ["s2"])]) == []


def test_opposites_under_one_negation_are_no_disagreement() -> None:
    # she may have done neither; the plant may not close at all
    _apart("The minister did not deny the report that she would resign in June.",
           "The minister did not confirm the report that she would resign in June.")
    _apart("The carmaker would not close the plant before 2027.",
           "The carmaker would not close the plant after 2027.")
    # a negation over another clause does not reach the opposite
    assert [(d.kind, d.values) for d in differences(
        "Police said the bridge was safe, and no one was hurt before the crash.",
        "Police said the bridge was not safe, and no one was hurt after the crash.")] == [
        ("other", ("safe", "not safe")), ("apart", ("before", "after"))]
    [diff] = differences("The bridge is not old, and it was inspected before the crash.",
                         "The bridge is not old, and it was inspected after the crash.")
    assert (diff.kind, diff.values) == ("other", ("before", "after"))
    # a negation one side lacks is still one
    [diff] = differences("The company did not rule out further job cuts.",
                         "The company did rule out further job cuts in Ohio.")
    assert (diff.kind, diff.values) == ("other", ("not rule", "rule"))


def test_events_that_can_follow_one_another_are_no_opposites() -> None:
    # a market opens and closes up, police arrest a man and release him: both can be true
    _apart("The Dow opened up 120 points on Monday as tech shares gained.",
           "The Dow closed up 120 points on Monday as tech shares gained.")
    _apart("Police arrested a 24-year-old man on Saturday, a spokesman said.",
           "Police released a 24-year-old man on Saturday, a spokesman said.")
    # the states are opposites still
    [diff] = differences("The bridge was open on Friday.", "The bridge was closed on Friday.")
    assert (diff.kind, diff.values) == ("other", ("open", "closed"))


def test_opposite_verdicts_in_one_sentence_are_one_disagreement_not_one_per_reading() -> None:
    # the word alignment and the verdicts ('approved the bridge', 'approved … repair') all
    # find it: one conflict
    approved = "The city council approved the bridge repair plan on Friday night."
    rejected = "The city council rejected the bridge repair plan on Friday night."
    [conflict] = find_conflicts([(approved, rejected, ["s1"], ["s2"])],
                                [(approved, ["s1"]), (rejected, ["s2"])])
    assert [p.sources for p in conflict.positions] == [["s1"], ["s2"]]


def test_the_same_event_on_two_days_of_the_week_is_a_conflict() -> None:
    [conflict] = find_conflicts([], [
        ("A fire destroyed the Gull Cafe, a diner on the Fenmouth quay, on Tuesday night.",
         ["s1"]),
        ("The Gull Cafe on the Fenmouth quay burned down on Wednesday night, firefighters said.",
         ["s2"]),
    ])
    assert conflict.kind == "date"
    [first, second] = sorted(conflict.positions, key=lambda p: p.sources)
    assert "Tuesday night" in first.text and "Wednesday night" in second.text


@pytest.mark.parametrize(("left", "right"), [
    # the night of one day may be the small hours of the next
    ("A fire destroyed the Gull Cafe on the Fenmouth quay on Tuesday night.",
     "The Gull Cafe on the Fenmouth quay burned down early Wednesday."),
    # the day something was said is not the day it happened
    ("The Gull Cafe on the Fenmouth quay burned down, the owner said on Tuesday.",
     "The Gull Cafe on the Fenmouth quay burned down, the owner told reporters Wednesday."),
    # a day of a series
    ("Protesters marched past the Fenmouth town hall on Saturday.",
     "Protesters marched again past the Fenmouth town hall on Sunday."),
])
def test_days_of_the_week_that_can_both_be_right_are_no_conflict(left: str, right: str) -> None:
    assert find_conflicts([], [(left, ["s1"]), (right, ["s2"])]) == []


def test_an_article_naming_both_days_tells_of_two_days() -> None:
    """A story of several days: one article's Monday (the body found) and another's Tuesday
    (the street quiet again) are two events, and each article names both days."""
    assert find_conflicts([], [
        ("Paramedics found the body of Jo Marr on Monday in the quiet Elm Hill neighborhood.",
         ["s1"]),
        ("Police first arrived at the house on Tuesday.", ["s1"]),
        ("The quiet Elm Hill neighborhood where Jo Marr lived was calm by Tuesday.", ["s2"]),
        ("Her body was found on Monday.", ["s2"]),
    ]) == []


def test_at_least_is_a_floor_for_a_count_and_a_toll_that_says_it_rose_still_updates() -> None:
    assert find_conflicts([], [
        ("At least five cars were involved in a crash on Route 9 near Alder on Friday.", ["s1"]),
        ("Police said seven cars were caught up in a crash on Route 9 outside Alder.", ["s2"]),
    ]) == []
    assert find_conflicts([], [
        ("At least five people were hurt when a bus left the road near Alder.", ["s1"]),
        ("Eight people were hurt when a bus left the road near Alder, police said.", ["s2"]),
    ]) == []
    [conflict] = find_conflicts([], [
        ("Police said nine cars were caught up in a crash on Route 9 outside Alder.", ["s1"]),
        ("At least five cars were involved in a crash on Route 9 near Alder on Friday.", ["s2"]),
        ("Only three cars were caught up in the crash on Route 9 outside Alder, police said.",
         ["s3"]),
    ])
    assert sorted(p.text for p in conflict.positions)[0].startswith("At least five")


def test_an_age_a_word_leads_is_read_and_set_against_another() -> None:
    [conflict] = find_conflicts([], [
        ("Harold Penn, who served three terms as mayor of Alder, has died aged 72.", ["s1"]),
        ("Penn, 70, died at home on Monday, his daughter said.", ["s2"]),
    ])
    [older, younger] = sorted(conflict.positions, key=lambda p: p.sources)
    assert "aged 72" in older.text and "Penn, 70" in younger.text
    assert conflict.description == "the age of Harold Penn"  # not 'has died aged …'
    assert find_conflicts([], [("Children aged 5 to 11 in Alder can get the vaccine.", ["s1"]),
                               ("Mayor Harold Penn, 70, got the vaccine.", ["s2"])]) == []


def test_the_n_year_old_is_the_one_person_another_article_ages() -> None:
    named = ("Fire Chief Walter Dorn, 64, will retire at the end of the month after 38 years.",
             ["s1"])
    story = [("Walter Dorn announced on Monday that he will retire.", ["s2"]),
             ("The 65-year-old told reporters he will miss the crews.", ["s2"])]
    [conflict] = find_conflicts([], [named, *story])
    [named_side, unnamed_side] = sorted(conflict.positions, key=lambda p: p.sources)
    assert "Dorn, 64" in named_side.text and "65-year-old" in unnamed_side.text


@pytest.mark.parametrize("story", [
    # someone else: 'also'
    [("Walter Dorn was charged on Monday.", ["s2"]),
     ("A 19-year-old was also charged in the case.", ["s2"])],
    # the article ages two people: whose is unclear
    [("Walter Dorn was charged on Monday, as was Al Roe, 30, of Alder.", ["s2"]),
     ("The 65-year-old told reporters he was innocent.", ["s2"])],
    # the article never names the person
    [("The chief will retire at the end of the month.", ["s2"]),
     ("The 65-year-old told reporters he will miss the crews.", ["s2"])],
    # someone brought in, sharing no word with the other sentence
    [("Walter Dorn was hurt in the crash on Route 9.", ["s2"]),
     ("A 45-year-old man was charged with careless driving.", ["s2"])],
])
def test_an_unnamed_age_that_may_be_someone_else_s_is_no_conflict(
        story: list[tuple[str, list[str]]]) -> None:
    named = ("Fire Chief Walter Dorn, 64, will retire at the end of the month after 38 years.",
             ["s1"])
    assert find_conflicts([], [named, *story]) == []


def test_the_one_amount_each_article_gives_needs_only_a_shared_word() -> None:
    fined = ("A Brookside diner has been fined $12,500 after repeated inspections.", ["s1"])
    ordered = ("Officials ordered the Blue Plate diner to pay $25,000, the health office said.",
               ["s2"])
    [conflict] = find_conflicts([], [fined, ordered])
    assert {p.sources[0] for p in conflict.positions} == {"s1", "s2"}
    # an article giving two amounts: which is the fine is not known from one word
    assert find_conflicts([], [fined, ("Its new kitchen cost $90,000.", ["s1"]), ordered]) == []


def test_the_one_date_each_article_gives_needs_a_word_and_a_name_shared() -> None:
    assert len(find_conflicts([], [
        ("Port Ellis will hold its spring festival on May 14 after a two-year break.", ["s1"]),
        ("The Port Ellis festival committee said the event will take place on May 21.", ["s2"]),
    ])) == 1
    assert find_conflicts([], [
        ("Port Ellis will hold its spring festival on May 14 after a two-year break.", ["s1"]),
        ("The committee said a festival in Alder will take place on May 21.", ["s2"]),
    ]) == []


@pytest.mark.parametrize(("left", "right"), [
    # a change word is the noun counted, not a word describing the verb after it
    ("Alder households will pay 6 percent more for water starting in July.",
     "The 9 percent increase takes effect in July in Alder."),
    # what money is spent doing is not what it is of
    ("Alder will spend $4.2 million renovating Elm Park, the council decided.",
     "The Elm Park project in Alder, budgeted at $2.4 million, repaves the paths."),
])
def test_an_amount_misread_as_of_another_thing_is_compared(left: str, right: str) -> None:
    assert len(find_conflicts([], [(left, ["s1"]), (right, ["s2"])])) == 1


def test_the_year_a_thing_was_built_is_compared_as_it_came_about() -> None:
    built = ("Built in 1923, the stone footbridge over the Kettle is one of the oldest.", ["s1"])
    [conflict] = find_conflicts([], [
        built, ("The footbridge dates from 1931 and was last restored in the 1990s.", ["s2"])])
    assert {p.sources[0] for p in conflict.positions} == {"s1", "s2"}
    # built one year and opened another can both be true
    assert find_conflicts([], [
        built, ("The footbridge, opened in 1925, was last restored in the 1990s.", ["s2"])]) == []


def test_two_scores_of_one_match_are_a_conflict() -> None:
    [score] = find_conflicts([], [
        ("Alder Rovers won the cup on Sunday, beating Fenby United 3-1 at Elm Park.", ["s1"]),
        ("Alder Rovers fought back to win 2-1 with two late goals.", ["s2"]),
    ])
    assert {p.sources[0] for p in score.positions} == {"s1", "s2"}


@pytest.mark.parametrize(("left", "right"), [
    # review: a season's record, two matches, an earlier meeting, a shoot-out
    ("The Hawks beat the Rangers 4-2 on Friday night.",
     "The Hawks, who are 12-3 this season, won again on Friday against the Rangers."),
    ("Ashby United beat Carlton Town 3-1 in the league.", "Ashby United beat Dorsey 2-0."),
    ("Ashby United beat Carlton Town 3-1 at Mill Park on Saturday.",
     "Ashby United, who lost 2-0 to Carlton Town in October, gained revenge."),
    ("Ashby United beat Carlton on penalties after a 1-1 draw at Mill Park.",
     "Ashby United won the cup final 4-3 on penalties at Mill Park."),
])
def test_two_results_of_a_team_that_are_not_one_match_s_score_are_no_conflict(
        left: str, right: str) -> None:
    assert find_conflicts([], [(left, ["s1"]), (right, ["s2"])]) == []


@pytest.mark.parametrize("text", [
    "Sales in the 1990-95 period beat every forecast the firm made.",
    "The Hawks won on Friday and are now 2-1-0 in the group.",
    "The council won the vote 7-2 on Tuesday night.",
    "The data from 2019 show the council won the vote 7-2.",  # and no year of an origin
])
def test_a_pair_of_figures_of_no_result_is_no_score(text: str) -> None:
    assert not any(q.topic in {"score", "origin"} for q in quantities(text))


def test_the_one_amount_of_each_article_spent_on_two_things_is_no_conflict() -> None:
    """Blind set C: '$2 million on new school buses' / '$5 million for building repairs',
    each its article's one amount, were set against each other."""
    assert find_conflicts([], [
        ("The Alder school district will spend $2 million on new school buses next year.",
         ["s1"]),
        ("Roofs at Alder schools will be fixed after the school district set aside $5 million "
         "for building repairs.", ["s2"]),
    ]) == []


@pytest.mark.parametrize(("left", "right"), [
    # review: what each amount is of differs
    ("Harbor Bank chief executive Lisa Grant will receive a salary of $1.1 million.",
     "Harbor Bank said Lisa Grant would be paid a signing bonus of $3 million."),
    ("The city agreed to pay $1.2 million to settle the lawsuit brought by the family of Marcus "
     "Lee.", "Attorneys for the family of Marcus Lee will receive $400,000 in fees."),
])
def test_amounts_said_to_be_of_two_things_are_no_conflict(left: str, right: str) -> None:
    assert find_conflicts([], [(left, ["s1"]), (right, ["s2"])]) == []


@pytest.mark.parametrize(("left", "right"), [
    # review: a follow-up, a plan, another event of the story on another day
    ("Police found the body of a missing hiker near Cedar Ridge on Tuesday.",
     "Family and friends of a hiker whose body was recovered near Cedar Ridge held a candlelight "
     "vigil on Friday."),
    ("Two people were injured when a truck overturned on Route 9 on Monday morning.",
     "Route 9 reopened on Wednesday after crews cleared debris from the overturned truck."),
    ("Lincoln Elementary closed on Tuesday after a burst pipe flooded classrooms.",
     "Lincoln Elementary is expected to reopen on Monday after a burst pipe flooded classrooms."),
    ("The council will vote on the budget on Tuesday.",
     "The council voted on the budget on Thursday, approving it 7-2."),
])
def test_days_of_the_week_of_two_events_are_no_conflict(left: str, right: str) -> None:
    assert find_conflicts([], [(left, ["s1"]), (right, ["s2"])]) == []


@pytest.mark.parametrize("story", [
    [("Mary Collins said her father died at the age of 80 after a short illness.", ["s1"]),
     ("Mary Collins, 52, told the inquest she had raised her concerns.", ["s2"])],
    [("Tom Reyes, whose wife died aged 61, is suing the hospital in Fresno.", ["s1"]),
     ("Tom Reyes, 66, filed the suit on Monday.", ["s2"])],
    [("Witness Ana Lopez called police after hearing shots on Pine Street.", ["s1"]),
     ("The 30-year-old died at the scene.", ["s1"]),
     ("Ana Lopez, 45, said she heard three shots.", ["s2"])],
])
def test_an_age_of_someone_else_beside_a_name_is_no_conflict(
        story: list[tuple[str, list[str]]]) -> None:
    assert find_conflicts([], story) == []


@pytest.mark.parametrize(("left", "right"), [
    ("Bellweather Foods, founded in 1952, will close its Carlow plant.",
     "Bellweather Foods' Carlow plant, established in 1978, will close in June."),
    ("The Arden town hall was built in 1890.",
     "The Arden town hall, where a major renovation was completed in 2019, will reopen."),
])
def test_years_of_two_things_or_of_a_renovation_are_no_conflict(left: str, right: str) -> None:
    assert find_conflicts([], [(left, ["s1"]), (right, ["s2"])]) == []


def test_a_figure_too_long_for_a_float_does_not_crash_the_comparison() -> None:
    """Review: 309 digits or more read as infinity, and showing it raised OverflowError."""
    huge = "9" * 400
    assert len(find_conflicts([], [(f"About {huge} people died in the Alder flood.", ["s1"]),
                                   ("About 12 people died in the Alder flood.", ["s2"])])) == 1


@pytest.mark.parametrize(("left", "right"), [
    # review: an amount asked for against one had; a price of each against the whole; what
    # is measured before a preposition ('Repairs to the pier'), not the pier
    ("A judge fined the Westbrook chemical plant $250,000 over the leak.",
     "Residents near the Westbrook chemical plant are seeking $2 million in damages over the "
     "leak."),
    ("The fundraiser for the Kent family has raised $12,000 so far.",
     "Friends set up an online fundraiser with a goal of $50,000 for the Kent family."),
    ("The Halden school district will spend $2 million on new school buses.",
     "Each of the new Halden school buses will cost $125,000, the district said."),
    ("The city is paying $50,000 to settle the claim from the Halden bakery.",
     "The Halden bakery had sought $200,000 from the city."),
    ("The storm caused damage costing $3 million to the Halden pier.",
     "Repairs to the Halden pier will cost $5 million, officials said."),
])
def test_amounts_in_two_parts_of_one_story_are_no_conflict(left: str, right: str) -> None:
    assert find_conflicts([], [(left, ["s1"]), (right, ["s2"])]) == []


@pytest.mark.parametrize("story", [
    # second review: the unnamed age may be another person the article tells of
    [("Driver Mark Lane, 45, was arrested after the crash on Elm Road on Friday night.", ["s1"]),
     ("A pedestrian was struck by a car on Elm Road on Friday night.", ["s2"]),
     ("The 48-year-old was taken to hospital with serious injuries.", ["s2"]),
     ("The driver, Mark Lane, was arrested at the scene.", ["s2"])],
    [("Chief Walter Dorn, 64, will retire in June.", ["s1"]),
     ("Walter Dorn will retire in June.", ["s2"]), ("His deputy, Lisa Park, will take over.",
                                                   ["s2"]),
     ("The 61-year-old joined the department in 1994.", ["s2"])],
])
def test_an_unnamed_age_in_an_article_telling_of_someone_else_is_no_conflict(
        story: list[tuple[str, list[str]]]) -> None:
    assert find_conflicts([], story) == []


@pytest.mark.parametrize(("left", "right", "conflicts"), [
    ("More than 20 people were killed in the Alder flood.",
     "At least 23 people died in the Alder flood.", 0),
    ("More than 20 people were killed in the Alder flood.",
     "Twenty-three people died in the Alder flood.", 0),
    ("More than 300 homes were destroyed by the flood in Ashby.",
     "The flood in Ashby destroyed at least 350 homes.", 0),
    # a deadline, a birth: not the day the event happened
    ("The Port Ellis spring festival will take place on May 14.",
     "Port Ellis residents have until April 30 to apply for stalls at the spring festival.", 0),
    ("Musician Tony Reyes died on March 3 in Miami.",
     "Tony Reyes, who was born on March 9, 1948, in Havana, died in Miami.", 0),
    ("Tony Reyes was born on March 9, 1948, in Havana.",
     "Tony Reyes was born on March 19, 1948, in Havana.", 1),
])
def test_more_than_rounds_and_a_deadline_or_a_birth_is_its_own_date(
        left: str, right: str, conflicts: int) -> None:
    assert len(find_conflicts([], [(left, ["s1"]), (right, ["s2"])])) == conflicts


def test_a_place_s_name_after_an_age_is_where_the_person_is_from_not_who() -> None:
    """Blind set D: 'a 19-year-old Harbor Point man' (the driver) and 'A 72-year-old Harbor
    Point woman' (the pedestrian) were one person's two ages."""
    assert find_conflicts([], [
        ("The driver, a 19-year-old Harbor Point man, stayed at the scene.", ["s1"]),
        ("A 72-year-old Harbor Point woman was hurt crossing Bay Street.", ["s2"]),
    ]) == []
    assert find_conflicts([], [  # second review: a word before the person's
        ("A 30-year-old Springfield police officer was hurt in the blast on Tuesday.", ["s1"]),
        ("A 52-year-old Springfield firefighter was hurt in the blast Tuesday.", ["s2"]),
    ]) == []
    ages = [q for q in quantities("The 64-year-old Harlan said he would retire.")
            if q.topic == "age"]
    assert [sorted(q.anchors) for q in ages] == [["harlan"]]


@pytest.mark.parametrize(("left", "right"), [
    # third review: a number that labels a thing counts nothing
    ("The parade moved down 5th Avenue on Sunday.", "It was the 4th parade of the season."),
    ("The crash happened on Highway 9 near the exit.",
     "The crash happened on Route 12 near the exit."),
])
def test_a_number_that_labels_a_road_a_house_or_a_rank_is_no_count(left: str,
                                                                   right: str) -> None:
    assert find_conflicts([], [(left, ["s1"]), (right, ["s2"])]) == []
    assert quantities("The fire started at 42 Elm Street on Monday.")[0].topic == "weekday"


def test_an_amount_is_of_the_last_noun_of_its_compound() -> None:
    [awarded] = quantities("The council voted to award a $4.2 million road repair "
                           "contract to Bellamy Paving Co.")
    assert (awarded.measures, awarded.sort) == ("contract", "road")
    [project, _] = quantities("The £3.1m project includes a café and 12 new rooms.")
    assert (project.topic, project.measures) == ("£", "project")  # 'includes' is a verb
    [fine] = quantities("The restaurant paid a $12,500 fine imposed by inspectors.")
    assert fine.measures == "fine"
    assert len(find_conflicts([], [
        ("The City Council voted on Monday to award a $4.2 million paving contract to Bellamy "
         "Paving Co.", ["s1"]),
        ("Bellamy Paving Co. will pave Northfield streets under a contract worth $4.8 million "
         "that the City Council approved Monday.", ["s2"]),
    ])) == 1


def test_a_change_of_a_percentage_measures_what_changed() -> None:
    assert len(find_conflicts([], [
        ("Householders in Northmere face a 4.9 per cent rise in council tax from April after "
         "the borough's budget was approved.", ["s1"]),
        ("Cuts of £6 million in Northmere's budget come with a council tax increase of 3.9% "
         "from April.", ["s2"]),
    ])) == 1


def test_a_whole_a_share_is_told_of_is_not_set_against_the_share() -> None:
    assert find_conflicts([], [
        ("Two recycling centres will close to save money, the borough said.", ["s1"]),
        ("The borough will close two of its five recycling centres to save money.", ["s2"]),
    ]) == []


def test_one_word_of_two_dates_clauses_will_do_in_sentences_much_alike() -> None:
    assert len(find_conflicts([], [
        ("The Kessler Street Bridge, closed since a barge struck one of its piers, is expected "
         "to reopen on March 14, city officials said.", ["s1"]),
        ("City officials said the span will reopen on March 21, months after a barge struck "
         "one of its piers.", ["s2"]),
    ])) == 1


def test_an_article_giving_both_dates_tells_of_two_days() -> None:
    convicted = ("Kyle Marsh and Dean Pryce were convicted by a jury at Pelham Crown Court on "
                 "June 3.", ["s1"])
    sentenced = ("Dean Pryce was given six years and Kyle Marsh received four years at Pelham "
                 "Crown Court on July 18.", ["s2"])
    assert len(find_conflicts([], [convicted, sentenced])) == 1  # alike enough on their own
    adjourned = ("The judge adjourned sentencing until July 18.", ["s1"])
    assert find_conflicts([], [convicted, adjourned, sentenced]) == []


@pytest.mark.parametrize("aged", [
    "Mr Pennick, who was 84, was mayor of the town in 1994 and in 2003.",
    "Harold Pennick, who twice served as mayor, has died at his home aged 84.",
    "Harold Pennick, the town's longest-serving mayor, died Sunday at 84.",
])
def test_more_ways_to_give_an_age(aged: str) -> None:
    [conflict] = find_conflicts([], [("Former mayor Harold Pennick, 81, has died.", ["s1"]),
                                     (aged, ["s2"])])
    assert {p.sources[0] for p in conflict.positions} == {"s1", "s2"}


def test_she_was_89_is_the_age_of_the_person_the_sentence_before_opens_with() -> None:
    named = ("Ingrid Holm, 87, a sculptor, died on Sunday at her home.", ["s1"])
    opened = ("Ingrid Holm, a sculptor whose work shaped the harbour, has died.", ["s2"])
    assert len(find_conflicts([], [named, opened, ("She was 89.", ["s2"])])) == 1
    assert len(find_conflicts([], [named, opened, ("She died aged 89 at home.", ["s2"])])) == 1
    # the sentence before opens with someone else
    other = ("Her daughter Lena Holm said the family was grateful.", ["s2"])
    assert find_conflicts([], [named, opened, other, ("She was 89.", ["s2"])]) == []
    assert quantities("He was 5 minutes late.")[0].topic != "age"


@pytest.mark.parametrize("before", [
    "Tom Hales met his wife Susan at a dance in 1968.",
    "Tom Hales's brother George died in 2019.",
])
def test_she_after_a_sentence_telling_of_someone_else_is_not_aged(before: str) -> None:
    assert find_conflicts([], [("Broadcaster Tom Hales, 79, has died.", ["s1"]),
                               (before, ["s2"]), ("She died aged 76.", ["s2"])]) == []


def test_two_projects_of_one_kind_are_two_things() -> None:
    assert find_conflicts([], [
        ("The school board approved a $5 million roof replacement project on Monday.", ["s1"]),
        ("The school board approved a $3 million gym renovation project on Monday.", ["s2"]),
    ]) == []
    [grant] = quantities("The city received a $2 million grant supporting families.")
    assert grant.measures == "grant"  # 'supporting' is a verb, not a word of the compound


def test_a_vote_given_two_tallies() -> None:
    [conflict] = find_conflicts([], [
        ("The school board voted 6-3 on Monday night to close Elm Street School.", ["s1"]),
        ("By a vote of 5 to 4, the school board decided to close Elm Street School.", ["s2"]),
    ])
    assert sorted(p.text for p in conflict.positions)[0].startswith("By a vote of 5 to 4")
    assert find_conflicts([], [  # the same tally, written two ways
        ("The board voted 6-3 on Monday to close the school.", ["s1"]),
        ("The board closed the school on a 6-3 vote on Monday.", ["s2"]),
    ]) == []
    assert find_conflicts([], [  # two bodies' votes on one plan
        ("The planning committee voted 5-2 on Monday to back the new library plan.", ["s1"]),
        ("The council voted 7-4 on Monday to back the new library plan.", ["s2"]),
    ]) == []
    assert [q.topic for q in quantities("Prices rose by 5 to 9 percent.")] == ["%"]



@pytest.mark.parametrize(("first", "then", "conflicts"), [
    ("Dale Hurst of Millbrook was arrested on May 2 after a chase, police said.",
     "Dale Hurst of Millbrook was charged on May 4 with theft, police said.", 0),
    ("The Harlan Street bridge closed on March 2 for repairs, officials said.",
     "Officials said the Harlan Street bridge will reopen on March 20 after repairs.", 0),
    ("Kyle Marsh and Dean Pryce were sentenced at Pelham Crown Court on June 3.",
     "Dean Pryce and Kyle Marsh were jailed at Pelham Crown Court on July 18.", 1),
])
def test_two_steps_of_a_story_on_two_days_are_both_true(first: str, then: str,
                                                        conflicts: int) -> None:
    assert len(find_conflicts([], [(first, ["s1"]), (then, ["s2"])])) == conflicts


def test_one_kind_of_thing_by_two_nouns() -> None:
    [conflict] = find_conflicts([], [
        ("Eleven workers were treated for smoke inhalation after the warehouse fire.", ["s1"]),
        ("Paramedics treated nine employees at the scene for the effects of smoke.", ["s2"]),
    ])
    assert {p.sources[0] for p in conflict.positions} == {"s1", "s2"}
    assert find_conflicts([], [  # two kinds still: workers and the children of a school
        ("Eleven workers were treated for smoke inhalation after the warehouse fire.", ["s1"]),
        ("Paramedics treated nine children at the scene for the effects of smoke.", ["s2"]),
    ]) == []


def test_a_figure_set_beside_last_years_is_not_a_rival_of_last_years() -> None:
    assert find_conflicts([], [
        ("The Ashford Show drew 48,300 visitors over its three days, down from 52,100 last "
         "year, organisers said.", ["s1"]),
        ("Last year's Ashford Show attracted 52,100 visitors over three days.", ["s2"]),
    ]) == []
    [rose] = find_conflicts([], [  # a toll that rose is still an update
        ("The death toll in the Harlow fire rose to 11 from 9, police said on Friday.", ["s1"]),
        ("Nine people died in the Harlow fire, police said.", ["s2"]),
    ])
    assert rose.kind == "update"


def test_a_term_asked_for_and_one_given_and_ranges_in_words() -> None:
    assert find_conflicts([], [
        ("Prosecutors had asked for a 10-year prison term for the former mayor.", ["s1"]),
        ("The court imposed an eight-year prison term on the former mayor.", ["s2"]),
    ]) == []
    assert [(q.low, q.high) for q in quantities(
        "Four executives received sentences ranging from two to five years.")][-1] == (2, 5)
    assert [(q.low, q.high) for q in quantities("Its value rose from two to five.")] == []
    assert find_conflicts([], [
        ("Four executives were given jail terms of between two and five years.", ["s1"]),
        ("The court credited him with the three years he has already spent in jail.", ["s2"]),
    ]) == []


def test_a_date_written_day_first_is_a_date() -> None:
    assert [(q.topic, q.value) for q in quantities(
        "Greenhollow will close its Harwick plant on 14 March 2027.")] == [
        ("date", "march 14 2027")]
    assert len(find_conflicts([], [
        ("Greenhollow Dairy will close its milk plant in Harwick on 14 March, the firm said.",
         ["s1"]),
        ("Greenhollow Dairy said it will close the milk plant in Harwick on March 21.", ["s2"]),
    ])) == 1
    assert find_conflicts([], [  # a closing and an opening: two steps
        ("Pinecrest East Primary will close its gates for the last time on 11 December.",
         ["s1"]),
        ("Riverbend Primary, which replaces Pinecrest East Primary, will open its gates on 27 "
         "January.", ["s2"]),
    ]) == []


def test_a_vote_told_as_votes_for_and_against() -> None:
    [tally] = [q for q in quantities("The house approved it on Thursday, with 204 deputies "
                                     "voting in favour and 187 against.") if q.topic == "tally"]
    assert tally.value == "204-187"
    assert len(find_conflicts([], [
        ("The bill passed by 212 votes to 187 after three days of heated debate.", ["s1"]),
        ("The lower house approved the pension overhaul on Thursday, with 204 deputies voting "
         "in favour and 187 against.", ["s2"]),
    ])) == 1  # each article's one tally


def test_amounts_in_sentences_much_alike_need_no_word_around_them() -> None:
    awarded = ("A former health minister was awarded $420,000 in damages on Monday after a "
               "court in Delmont ruled that the Evening Ledger had falsely accused her.", ["s1"])
    assert len(find_conflicts([], [awarded, (
        "The Evening Ledger must pay the former health minister $240,000 after a court in "
        "Delmont ruled on Monday that the newspaper had libelled her.", ["s2"])])) == 1
    assert find_conflicts([], [awarded, (  # costs are another thing than damages
        "The Evening Ledger must pay $50,000 in costs after a court in Delmont ruled on "
        "Monday that the newspaper had falsely accused the former health minister.",
        ["s2"])]) == []


@pytest.mark.parametrize(("one", "other"), [
    # what happened to them: damaged and destroyed are two counts
    ("The storm damaged 42 homes in Elm Grove on Sunday, the county said.",
     "The storm destroyed three houses in Elm Grove on Sunday, the county said."),
    # what a plant has against what happens to some of it
    ("The Corby plant employs 800 workers, the company said.",
     "The Corby plant will shed 120 employees before it closes next year, the company said."),
    # a share told with its owner's name
    ("Two boats were damaged in the storm.",
     "Two of the ferry company's six vessels were damaged in the storm."),
    # two votes, each article's one tally, sharing no side and no total
    ("Members of Unite voted 212-18 for strike action, the union said on Monday.",
     "Leeford's pay freeze for bin crews was approved by 7 votes to 2 at a cabinet meeting."),
    # a survey is no vote
    ("A survey of residents found 540 in favour and 410 against the low-traffic scheme.",
     "The council's cabinet voted 6-2 in favour of the low-traffic scheme on Tuesday."),
    # two steps on two days: a court appearance and an interview, a start and an opening
    ("Daniel Reeve appeared at Leeds Crown Court on 4 May, where he denied the charge.",
     "Daniel Reeve was interviewed by police in Leeds on 22 April about the crash."),
    ("The GP surgery in Ashby will begin flu vaccinations on 1 October.",
     "Bookings for flu jabs at the Ashby surgery opened on 15 September."),
])
def test_second_review_of_the_new_rules(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


@pytest.mark.parametrize(("sentence", "read"), [
    ("Revenue rose 6 percent to 4.82 billion euros in the fiscal year.",
     [("%", "%6"), ("€", "€4820000000")]),  # not a range from 6% to 4.82 billion
    ("Operating profit reached €512mn, against €466mn a year earlier.",
     [("€", "€512000000"), ("€", "€466000000")]),
    ("The board approved raising the fare to two dollars and fifty cents, a 25 percent "
     "increase.", [("$", "$2.5"), ("%", "%25")]),  # ', a 25 percent …' is no rate
    ("Solvane expects sales growth of 4 to 5 per cent next year.", [("%", "%4-5")]),
    ("The county will spend $2.1 million more next year than it did this year.", []),
])
def test_amounts_as_business_news_writes_them(sentence: str, read: list[tuple[str, str]]
                                              ) -> None:
    assert [(q.topic, q.value) for q in quantities(sentence)] == read


def test_a_part_by_its_place_and_a_time_shortly_before_another() -> None:
    assert find_conflicts([], [
        ("Korvane will launch the first 36 satellites of its constellation next year.",
         ["s1"]),
        ("Korvane plans to put 288 satellites of its constellation in orbit.", ["s2"]),
    ]) == []
    [before] = [q for q in quantities("Firefighters arrived shortly before 4 a.m. and "
                                      "upgraded the call.") if q.topic == "time"]
    assert (before.low, before.high) == (210, 240)  # the half hour before 4 a.m.
    assert find_conflicts([], [
        ("Crews were called to the Garnet Street complex at about 3:40 a.m., the chief said.",
         ["s1"]),
        ("Crews reached the Garnet Street complex shortly before 4 a.m., the chief said.",
         ["s2"]),
    ]) == []


def test_an_age_in_an_apposition_and_jobs_as_positions() -> None:
    [conflict] = find_conflicts([], [
        ("Marrowfield Bank named Gregor Ashby-Lund, 54, its next chief executive.", ["s1"]),
        ("Gregor Ashby-Lund, the 57-year-old head of the bank's lending arm, will become its "
         "chief executive.", ["s2"]),
    ])
    assert conflict.description == "the age of Gregor Ashby-Lund"
    assert [q.anchors for q in quantities("The driver, a 45-year-old man, was hurt.")] == [
        frozenset()]  # no name before the apposition: whose is not said there
    assert len(find_conflicts([], [
        ("Varnholt Steel will cut 1,200 jobs at Ossberg, the steelmaker said.", ["s1"]),
        ("About 1,800 positions will be cut at Varnholt Steel's Ossberg works.", ["s2"]),
    ])) == 1


@pytest.mark.parametrize(("one", "other"), [
    # an age after an opening phrase's name is the subject's, not the name's
    ("According to police chief Dan Ortiz, the 23-year-old suspect was arrested at home.",
     "Police chief Dan Ortiz, 58, said the suspect was arrested at his home."),
    # posts on social media are no jobs
    ("The ministry will cut 1,200 jobs, the minister said in a post on X on Monday.",
     "The minister announced the ministry's job cuts on Monday in a series of 14 posts on X."),
    # a fine a day is a rate, after the deadline or not
    ("The council fined the builder 500 euros a day after the deadline passed, it said.",
     "The council fined the builder 12,000 euros after the deadline passed, it said."),
    # a figure with decimals may be another's rounded
    ("The euro fell 0.5 percent to 1.08 dollars on Friday after weak German data.",
     "The euro fell to $1.0815 on Friday after weak German data."),
])
def test_third_review_of_the_new_rules(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


def test_rates_rounding_and_parts_compared_alike() -> None:
    [barrel] = quantities("Brent crude rose to 84 dollars a barrel.")
    assert (barrel.topic, barrel.value) == ("/barrel", "$84")
    assert [q.topic for q in quantities("Ministers from the 20 euro zone countries met.")] \
        != ["€"]
    assert len(find_conflicts([], [  # one decimal place apart still differ
        ("The jobless rate in Alder rose to 4.1% in October, the agency said.", ["s1"]),
        ("The jobless rate in Alder rose to 4.2% in October, the agency said.", ["s2"]),
    ])) == 1
    assert len(find_conflicts([], [  # both counts are of the next years: compared
        ("Nordbank will invest $5 billion in Norway over the next five years.", ["s1"]),
        ("Nordbank will invest $5 billion in Norway over the next eight years.", ["s2"]),
    ])) == 1
    [(start, end)] = [(q.low, q.high) for q in quantities("They met two hours before 9 a.m.")
                      if q.topic == "time"]
    assert start == end == 540  # not the hour before 9 a.m.


@pytest.mark.parametrize(("one", "other"), [
    # a share the other's sentence gives ('including two …')
    ("Firefighters used a boat to rescue two people from a car near Low Rigg.",
     "In all, five people were rescued by fire crews near Low Rigg, including two who were "
     "trapped in a car."),
    # a count added to another ('on top of')
    ("Moffatt was also banned from driving for six years, the court heard.",
     "Moffatt was also banned from driving for four years on top of the time he spends in "
     "custody, the court heard."),
    # one tally, in figures and in words
    ("Hebble Vale Council's planning committee voted 7-3 in favour of the scheme.",
     "Hebble Vale Council's planning committee approved the scheme by seven votes to three."),
    # a ceiling ('up to 150 jobs') and a figure under it
    ("Corlea MedTech is to create up to 150 jobs in Ardnagree over five years.",
     "Corlea MedTech will build a factory in Ardnagree, creating 40 jobs in its first phase."),
    # one named and two more
    ("Gov. Helen Marsh declared a state of emergency for Marrow County and two neighboring "
     "counties.", "Gov. Helen Marsh has declared a state of emergency in three counties."),
    # a difference and a change: 'net', 'grown by'
    ("Forsythe gained 125 net votes in the recount, officials said.",
     "The final tally was 147,215 votes for Forsythe, officials said."),
    ("The outbreak has sickened 63 people, up from 41 cases reported Nov. 13, the CDC said.",
     "The CDC said the outbreak had grown by 22 cases in two weeks."),
    # a time in two zones, and a period's end
    ("The game tipped off at 7:30 p.m. Pacific in front of a sellout crowd.",
     "The game started at 10:30 p.m. Eastern in front of a sellout crowd."),
    ("More than 110mm of rain fell at the Thorngill gauge in the 24 hours to 6pm.",
     "The river peaked on the Thorngill gauge at about 2am on Wednesday."),
])
def test_set_h_traps(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


def test_a_vote_counted_for_and_against_in_words() -> None:
    [tally] = [q for q in quantities("Six council members voted in favour of the ban on "
                                     "Tuesday and three voted against it.")
               if q.topic == "tally"]
    assert tally.value == "6-3"
    assert len(find_conflicts([], [
        ("The Ashford town council passed a ban on gas leaf blowers by a 7-2 vote on Tuesday.",
         ["s1"]),
        ("Six council members voted in favour of the ban on Tuesday and three voted against "
         "it.", ["s2"]),
    ])) == 1


def test_a_count_told_as_of_a_time_against_a_larger_one_told_later() -> None:
    assert find_conflicts([], [
        ("Forty homes had been flooded in Kelderby by Tuesday evening, the council said.",
         ["s1"]),
        ("The River Skell flooded about 60 homes in Kelderby, the council said.", ["s2"]),
    ]) == []
    assert len(find_conflicts([], [  # a larger count as of a time is no floor of a smaller
        ("Sixty homes had been flooded in Kelderby by Tuesday evening, the council said.",
         ["s1"]),
        ("The River Skell flooded about 40 homes in Kelderby, the council said.", ["s2"]),
    ])) == 1


@pytest.mark.parametrize(("one", "other"), [
    # a place's possessive before a name and its adjective: one name
    ("The old mark of 2:21:05 was set by Ethiopia's Tsehay Woldemariam in 2019.",
     "Arusei improved the mark that Ethiopian Tsehay Woldemariam had set in 2019."),
    # 'shortly' says how near, not what the time is of
    ("The problems began shortly before 7am and hit the bank's mobile app.",
     "Service was restored shortly after 1pm."),
    # a sentence told of an earlier season
    ("Last season, fires burned 48,000 hectares across Chile.",
     "The wildfire has burned 12,400 hectares of forest and farmland in Chile."),
    # one term of a sum spelled out, and the sum
    ("Staff will receive 16 weeks of base pay plus two weeks for every year of service.",
     "Under the severance formula, she will receive 28 weeks of pay."),
    # a unit compound after a number: the size of what it counts
    ("The Kestrel Horizon has a capacity of 14,000 twenty-foot equivalent units.",
     "A first attempt to refloat the 1,200-foot Kestrel Horizon failed on Sunday."),
    # a time told in parts
    ("Arusei clipped 1 minute 17 seconds off the previous course record.",
     "Arusei set a course record of two hours, 19 minutes and 48 seconds."),
    # what a company has and what happened to some of it
    ("The Texas-based company had 12,800 employees as of Sept. 30, filings show.",
     "In March the company let go of 400 employees, most of them in marketing."),
    # a target and what there is
    ("However, the chain opened only 28 of the 35 new stores it had targeted.",
     "The group traded from 612 stores at the year end after 28 openings."),
    # a count that leaves out its noun: 'three' more miners
    ("Two miners were killed and three remained trapped on Saturday after a tunnel caved in "
     "at the Kisegese mine.",
     "Rescuers at the Kisegese mine were on Saturday still digging towards three miners "
     "trapped since Thursday."),
])
def test_fourth_blind_sets_agreeing_figures(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


@pytest.mark.parametrize(("one", "other"), [
    # a British time of day
    ("The problems began shortly before 7am and affected the bank's mobile app.",
     "Problems began at around 9.30am, according to the bank."),
    # a date after its weekday and a comma; the same hour and length said in both
    ("The union will stage a 48-hour strike from 4 a.m. on Wednesday 9 December, it said.",
     "The strike is due to begin at 4 a.m. on Thursday, December 10, and last 48 hours."),
    # two amounts of one fee, in sentences naming the same two clubs
    ("Clube Vale Dourado have agreed to sell striker Caio Menezes to Sporting Ribeira for an "
     "up-front fee of €18m, the Brazilian club confirmed.",
     "The Portuguese club will pay Clube Vale Dourado a fixed fee of 24 million euros, a record "
     "outlay for Ribeira."),
])
def test_fourth_blind_sets_disagreements(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) != []


def test_british_times_and_left_out_nouns_are_read() -> None:
    [time] = quantities("Problems began at around 9.30am, the bank said.")
    assert (time.topic, time.low) == ("time", 9 * 60 + 30)
    assert [q.topic for q in quantities("The shares rose 9.30 percent.")] == ["%"]
    assert [(q.topic, q.value) for q in quantities(
        "Four climbers were rescued and two remained missing.")] == [
        ("climber", "4"), ("climber", "2")]


def test_tolls_of_some_of_a_group_and_people_on_board_are_compared() -> None:
    assert [(q.topic, q.value) for q in quantities("Six of the infected babies have died.")] \
        == [("death", "6")]
    assert [q.topic for q in quantities("Three of the injured were children.")] == []
    assert find_conflicts([], [  # a toll of some of a group, and the toll
        ("Six of the infected babies have died.", ["s1"]),
        ("Eight deaths have occurred among the infected infants, the department said.",
         ["s2"])]) != []
    assert find_conflicts([], [  # carrying / on board: one count
        ("The ferry was carrying 187 people, including 11 crew, when it began taking on water.",
         ["s1"]),
        ("The manifest listed 178 people on board, including the crew, the port office said.",
         ["s2"])]) != []
    # what happened is read in the count's clause: not rescued by the rescue agency
    assert [q.topic for q in quantities(
        "According to the search and rescue agency, 187 passengers were on board.")] \
        == ["passeng"]
    assert find_conflicts([], [  # 'nearly 300' may be 287
        ("A commuter train carrying nearly 300 passengers partially derailed on Thursday.",
         ["s1"]),
        ("The operator said 287 passengers were on board the train when it derailed.",
         ["s2"])]) == []


@pytest.mark.parametrize(("one", "other"), [
    # 'had … cancelled' is what happened, not what the airline has
    ("The airline had 40 flights cancelled on Monday because of the storm.",
     "The airline cancelled 55 flights on Monday because of the storm."),
    # 'planned' and 'intends' tell no target of their own
    ("The planned stadium will cost $1.2bn, the city said.",
     "The stadium will cost $1.4bn, the city said."),
    ("Northbank intends to close 12 branches in Wales next year.",
     "Northbank will close 15 branches in Wales next year."),
    # a follow-up's 'Last week,' and 'In 2019,' tell of the event the other dates
    ("Last week, a tunnel collapse at the Dongsheng mine trapped 14 miners, officials said.",
     "A tunnel collapse at the Dongsheng mine on Tuesday trapped 12 miners, officials said."),
    ("In 2019, the collapse of the Varna bridge killed 14 people, investigators said.",
     "The 2019 collapse of the Varna bridge killed 12 people, according to investigators."),
    # a time told in parts, as one time
    ("The jury deliberated for 3 hours and 40 minutes before its verdict.",
     "The jury deliberated for 5 hours and 40 minutes before its verdict."),
    # a term of a sum that is no formula
    ("Dorn was sentenced to 12 years in prison plus three years of supervised release.",
     "Dorn was sentenced to 10 years in prison on Friday."),
    # a size in figures before what is counted
    ("The city will buy 40 18-metre buses for its new rapid transit line.",
     "The city will buy 40 12-metre buses for its new rapid transit line."),
])
def test_review_of_the_fourth_blind_sets_rules_keeps_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) != []


@pytest.mark.parametrize(("one", "other"), [
    # two steps of a series, each dated after its weekday
    ("Heavy snow is forecast from 6 p.m. on Thursday, January 8, with up to 20 cm expected.",
     "A second band of snow is expected from 6 p.m. on Sunday, January 11, bringing up to 20 "
     "cm on hills."),
    ("The first game of the series is on Tuesday, May 6, at 7 p.m. at the Garden.",
     "Game 3 of the series will be played on Saturday, May 10, at 7 p.m. in Indiana."),
    # two penalties between the same two, in two years
    ("In the settlement reached by Halden Foods and the State of Oregon on Friday, the company "
     "will pay a civil penalty of $4 million over the listeria outbreak.",
     "Halden Foods had already paid the State of Oregon a penalty of $250,000 in 2019 over an "
     "earlier recall, court records show."),
])
def test_review_of_the_fourth_blind_sets_rules_leaves_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


@pytest.mark.parametrize(("one", "other"), [
    # the other sentence writes this figure too: its own is of something else
    ("Of the 13,050 members who returned ballot papers, 11,354 backed strike action.",
     "In raw terms, 11,354 members voted yes and 1,696 voted no, out of a total of 13,050 "
     "valid ballots."),
    # a decimal and the whole number it rounds to
    ("It completes an orbit every 11.2 days around its host star.",
     "The star dims every eleven days as the planet completes an orbit."),
    # two counts joined by 'and', and their sum
    ("EU ministers imposed asset freezes on 48 individuals and 19 entities on Monday.",
     "The EU on Monday added 67 individuals and entities to its blacklist."),
    # two changes over two periods, one up and one down
    ("The median sale price hit $468,500 last month, up 3.8% from $451,400 a year earlier.",
     "The median sale price was $468,500, down 1.2% from September."),
    # the whole a percentage is of, and some of it
    ("Turnout was 64 per cent of the 20,400 members who were eligible to vote.",
     "The union said 1,696 members voted against the offer."),
    # a difference, a rate and how often
    ("But Germany still emitted 12 million tonnes more than the law allowed for 2025.",
     "Emissions were not supposed to exceed 600 million tonnes in 2025, under the law."),
    ("A joint committee will meet every three months to review the river flows.",
     "The joint committee on the river flows will meet for the first time in four months."),
    # a change told with its verb further back
    ("Germany cut its greenhouse gas output by 27 million tonnes in 2025, officials said.",
     "Germany's greenhouse gas output was 612 million tonnes in 2025, officials said."),
    # a figure told as last season's
    ("The new figure, released by the Kiwifruit Growers Collective on Monday, would be almost "
     "12 per cent more than last season's 170 million trays.",
     "Kiwifruit Growers Collective figures show 71 million trays were through packhouses by "
     "the end of last week, out of an expected 190 million."),
    # asked for, with other words between
    ("Under the deal, Turkey commits to releasing a minimum flow of 500 cubic metres per "
     "second into Iraq.",
     "Iraq had originally sought a guaranteed 700 cubic metres per second, officials said."),
])
def test_fifth_blind_sets_agreeing_figures(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


@pytest.mark.parametrize(("one", "other"), [
    # an article naming the month alone does not give the day the other names
    ("Jury selection for Dominic Ashworth will begin Monday, March 8, Judge Lorraine "
     "Betancourt ruled.\n\"This case is going to trial in March,\" Betancourt said.",
     "Judge Lorraine Betancourt scheduled jury selection to start on Tuesday, March 9, for "
     "Dominic Ashworth."),
    # the age of the one named before ', who died'
    ("Tamás Veregi, the Hungarian conductor, has died in Budapest.\nHe was 87.",
     "The musical world is mourning Tamás Veregi, who died on Thursday aged 89."),
])
def test_fifth_blind_sets_disagreements(one: str, other: str) -> None:
    statements = [(s, ["s1"]) for s in one.split("\n")] + [(other, ["s2"])]
    assert find_conflicts([], statements) != []


def test_a_rate_told_for_every_one_is_no_count() -> None:
    assert [q.topic for q in quantities(
        "Germany emitted 612 million tonnes last year, about 7.3 tonnes for every resident.")] \
        == ["ton", "/resid:tonn"]
    assert [q.topic for q in quantities("Trains will run every 10 minutes.")] == ["every:minut"]


@pytest.mark.parametrize(("one", "other"), [
    # a figure the other sentence writes for something else: a date's day, another noun
    ("The ferry, carrying 22 passengers, sank off the coast on October 25.",
     "The ferry was carrying 25 passengers when it sank off the coast."),
    ("Police arrested 25 people after clashes that left 30 officers injured.",
     "Police arrested 30 people after the clashes in the city centre."),
    # a decimal against a whole number in figures: exact values
    ("A magnitude 6.8 earthquake struck off the coast of Sumatra on Tuesday, the USGS said.",
     "A magnitude 7 earthquake struck off the coast of Sumatra on Tuesday, officials said."),
    # a sum of two kinds the other does not name together
    ("The gunman killed 19 students and two teachers at the school.",
     "The gunman killed 21 students at the school, officials said."),
    # how often, against how often
    ("From Monday, trains to the airport will leave every 20 minutes.",
     "From Monday, trains to the airport will leave every 30 minutes."),
    ("There is one doctor for every 2,000 residents in the province, the ministry said.",
     "There is one doctor for every 1,500 residents in the province, the ministry said."),
    # 'more than a week ago' is no difference
    ("The wildfire, which destroyed 40 homes more than a week ago, is now contained.",
     "The wildfire destroyed 52 homes before crews contained it, officials said."),
    # 'by' after a noun 'cut', 'shut down', a name 'Rose': no change
    ("The budget cut was backed by 312 MPs in Wednesday's vote.",
     "The budget cut was backed by 298 MPs in Wednesday's vote."),
    ("The plant was shut down after being hit by 14 drones overnight.",
     "The plant was shut down after being hit by 9 drones overnight."),
    # 'hope to reach' asks for nothing
    ("Rescuers hope to reach the more than 40 miners still trapped underground.",
     "Rescuers are racing to reach 35 miners trapped underground."),
    # nearly the whole a percentage is of
    ("About 30% of the 1,200 workers at the plant have been furloughed.",
     "All 1,100 workers at the plant will lose their jobs when it closes."),
])
def test_review_of_the_fifth_blind_sets_rules_keeps_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) != []


def test_review_of_the_fifth_blind_sets_rules_leaves_these() -> None:
    # a date with its year and without it
    assert find_conflicts([], [
        ("Harlow Motors will close its Dunmore plant on June 30, 2026.", ["s1"]),
        ("The closure was announced on March 12.", ["s1"]),
        ("Harlow Motors said on March 12, 2026, that it would close its Dunmore plant on June "
         "30.", ["s2"])]) == []
    # the one who died is not the relative named after
    assert find_conflicts([], [
        ("The crash killed Ben Ortiz, the son of former mayor Luis Ortiz, who died on Sunday "
         "aged 17.", ["s1"]),
        ("Former mayor Luis Ortiz, 58, asked for privacy.", ["s2"])]) == []


@pytest.mark.parametrize(("one", "other"), [
    # one verb, done by two named doers
    ("Horvatova hit nine aces, while Beltran, 29, cheered on by a sell-out crowd, saved five "
     "of nine break points.",
     "Beltran pressed hard on her serve, but Horvatova saved 11 of the 14 break points she "
     "faced."),
    ("The UIP won 19 seats on its own, the largest haul of any party.",
     "For Green Reef leader Esther Molisa, whose party won six seats behind the UIP, the deal "
     "brings a new ministry."),
    ("Northfield Rovers won 12 matches this season, finishing behind Ashby Town.",
     "Rivals Ashby Town won 15 matches this season."),
])
def test_one_verb_done_by_two_named_doers_is_two_facts(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


@pytest.mark.parametrize(("one", "other"), [
    # one doer, named alike or in part
    ("Labour won 40 seats in the council election, officials said.",
     "The Labour Party won 42 seats in the council election."),
    ("Jane Morrow hit 11 aces in the final on Sunday.",
     "In the final, Morrow hit 14 aces to win the title."),
    # a doer named on one side only: a name against a description
    ("Acme Freight said it will cut 300 jobs at its Dayton depot.",
     "The Ohio-based company will cut 350 jobs at its Dayton depot."),
    # a sentence's first word, which may be no name
    ("Firefighters rescued 12 people from the burning building.",
     "Police and firefighters rescued 14 people from the burning building."),
    # a doer in an aside on one side only
    ("The storm, which forecasters named Ilse, destroyed 40 homes in Marlow County.",
     "Ilse destroyed 52 homes in Marlow County, officials said."),
    # two names of one doer, neither sentence naming both; a place; two counting sources
    ("Jannik Sinner served 14 aces in the final on Sunday.",
     "The Italian served 12 aces in the final on Sunday."),
    ("In the election, the African National Congress won 159 seats in the assembly.",
     "In the election, the ANC won 161 seats in the assembly."),
    ("NAIROBI (Reuters) - Floods have killed 40 people across the country, officials said.",
     "Floods in Kenya have killed 45 people across the country, officials said."),
    ("On Monday, Reuters counted 40 bodies in the village.",
     "On Monday, AFP counted 52 bodies in the village."),
])
def test_one_doer_or_an_unnamed_one_still_disagrees(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) != []


@pytest.mark.parametrize(("one", "other"), [
    # lakh and crore are scales: 11.8 lakh is 1.18 million
    ("The district procured 11.8 lakh tonnes of paddy in the whole of last season.",
     "The district bought 1.18 million tonnes of paddy in the entire season."),
    # a change's size in a currency named by its code
    ("The support price is Rs 2,389 a quintal, up 69 rupees from last season, officials "
     "said.",
     "Officials said the support price of 2,389 rupees a quintal applies to all paddy."),
    # an amount added to another ('an extra R2,500 a month')
    ("Mineworkers currently earn about R14,200 a month in basic pay at the mine.",
     "The union wants underground workers at the mine to receive an extra R2,500 a month."),
    # a date ending a period, and the next report's date
    ("The ministry's crop report for the period September 29 to October 5 shows 87 per cent "
     "harvested.",
     "The next crop report from the ministry will be released on October 15."),
    # all of a group, and some of it
    ("Wind Signal No. 4 was raised over 11 towns in the province on Saturday, officials "
     "said.",
     "The governor said relief packs had reached all 24 towns in the province by Monday."),
    # a count in a vote's tally is no count of its own
    ("One board member was absent during the session on the mining ordinance.",
     "Nine board members voted yes and four voted no on the mining ordinance."),
    # a rate a day after 'of copper', and a year's total
    ("The mine turns out around 850 tonnes of copper a day, analysts said.",
     "The mine, which produced 310,000 tons of copper last year, is on strike, analysts "
     "said."),
    # a margin of victory, and a bowler's wickets
    ("South Africa beat England by six wickets on the fourth day of the second Test.",
     "Ncube took five wickets in England's second innings of the second Test."),
    # a threshold ('above 40C')
    ("It was the fifth straight day above 40C in the town, the bureau said.",
     "The mercury reached 47.3C in the town on Tuesday, the bureau said."),
    # two readings at two times of the day
    ("The temperature in the town was already 46.8C at 3pm on Tuesday.",
     "The temperature in the town had fallen only to about 31C overnight on Tuesday."),
    # a change ('warmed by about 1.5C') and a level
    ("The state's all-time record temperature remains 49.6C, set in 1939.",
     "The state has warmed by about 1.5C since records began, the bureau said."),
    # two films that won: 'which' after one's title, the other's title before an aside
    ("Wierzba's thriller \"Blackwater Line,\" which won three awards at the ceremony, was the "
     "favourite.",
     "Flannagan's thriller \"Salt Flats,\" shot over 28 days on the coast, won five awards "
     "at the ceremony, two more than Blackwater Line."),
    # parts of the day are no anchor: 'on Saturday afternoon' / 'on Wednesday afternoon'
    ("Crews restored power to about 9,800 homes on Saturday afternoon.",
     "The storm left hundreds of homes with shattered roofs on Wednesday afternoon."),
])
def test_sixth_blind_sets_agreeing_figures(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


@pytest.mark.parametrize(("one", "other"), [
    # currencies named by a code ('KSh') or a letter written onto the number ('N58,000')
    ("The rhino operation, which cost KSh 18 million, was funded by the Tembo Trust.",
     "The rhino operation cost KSh 24 million and was funded by the Tembo Trust."),
    ("A 100kg bag of maize sold for N58,000 on average in October, the survey found.",
     "The survey found a 100kg bag of maize sold for N63,000 on average in October."),
    # lakh as a scale: 12.4 lakh is 1.24 million
    ("Agencies have procured 12.4 lakh tonnes of paddy in the district since October 1.",
     "Agencies have bought 1.32 million tonnes of paddy in the district since October 1."),
    # two levels a change reached, of one measure, whatever each rose from
    ("The unemployment rate rose to 4.9% in the three months to September, up from "
     "4.8% in the previous period, official figures showed on Tuesday.",
     "Unemployment has risen to 5.1 per cent, its highest level since 2021, in a fresh blow "
     "to the Government's hopes."),
    # a vote told as some of a body for and the rest against
    ("The monetary policy committee voted 7-2 for the cut on Thursday.",
     "Six of the nine committee members backed the cut on Thursday, while three argued the "
     "bank should wait."),
    # a vote a body 'approved, 9-4,' and one told in favour and against
    ("The provincial board on Tuesday approved, 9-4, an ordinance banning new mining "
     "permits.",
     "On Tuesday, eight board members voted in favor of the mining ordinance and five voted "
     "against."),
    # a date after its weekday is said by the clause before the weekday
    ("Jury selection in the trial is set to begin on Jan. 11, and the trial is expected to "
     "last three weeks.",
     "Jury selection is set to start Tuesday, Jan. 12, the judge said."),
    # '4.3sec' is in seconds
    ("Brancaleoni won the race, holding off title rival Lukas Feldmann by 3.418 seconds.",
     "Brancaleoni took the chequered flag 4.3sec clear of Lukas Feldmann to win the title."),
    # 'contract' and 'deal' are one kind
    ("The 24-year-old striker has signed a five-year contract with the club.",
     "The striker has put pen to paper on a four-year deal with the club."),
    # margins compared with margins
    ("South Africa beat England by six wickets on the fourth day of the second Test.",
     "South Africa won the second Test by five wickets on the fourth day against England."),
])
def test_sixth_blind_sets_disagreements(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) != []


def test_a_currency_written_onto_its_number_and_a_date_alone_in_its_clause_are_shown_whole(
        ) -> None:
    [paid] = find_conflicts([], [
        ("Halbrook will pay C$42.50 a share in cash for the chain.", ["s1"]),
        ("Halbrook will pay $44.50 a share in cash for the chain.", ["s2"])])
    assert paid.description == "Halbrook will pay … a share in cash for the chain"
    [day] = find_conflicts([], [
        ("Jury selection in the trial is set to begin on Jan. 11, the judge said.", ["s1"]),
        ("Jury selection is set to start Tuesday, Jan. 12, the judge said.", ["s2"])])
    assert [p.text for p in day.positions] == [
        "Jury selection in the trial is set to begin on Jan. 11",
        "Jury selection is set to start Tuesday, Jan. 12"]
    [rand] = find_conflicts([], [
        ("Eskom needs R2.3bn to finish the repairs, the utility said.", ["s1"]),
        ("Eskom needs R3.1bn to finish the repairs, the utility said.", ["s2"])])
    assert rand.description == "Eskom needs … to finish the repairs"


def test_one_office_one_surname_two_given_names_and_counts_in_a_row() -> None:
    minister = [("Finance Minister Nomvula Dube told parliament the deficit would be 5.1%.",
                 ["s1"]),
                ("The rand weakened after Finance Minister Thandeka Dube spoke.", ["s2"])]
    [named] = find_conflicts([], minister)
    assert [p.text for p in named.positions] == ["Finance Minister Nomvula Dube",
                                                 "Finance Minister Thandeka Dube"]
    # a short form of one given name, and two given names with no office before them
    assert find_conflicts([], [("Finance Minister Joe Dube told parliament on Tuesday.", ["s1"]),
                               ("Finance Minister Joseph Dube spoke on Tuesday.", ["s2"])]) == []
    assert find_conflicts([], [("Nomvula Dube told parliament on Tuesday.", ["s1"]),
                               ("Thandeka Dube spoke to parliament on Tuesday.", ["s2"])]) == []
    [weeks] = find_conflicts([], [
        ("Salt Road has spent a fourth consecutive week at Number 1 on the singles chart.",
         ["s1"]),
        ("Salt Road is notching its third straight week at Number 1 on the singles chart.",
         ["s2"])])
    assert weeks.kind == "number"
    assert find_conflicts([], [
        ("It was the first time the song reached Number 1 on the singles chart.", ["s1"]),
        ("The song has spent a third straight week at Number 1 on the singles chart.",
         ["s2"])]) == []


# the read-only reviews of the sixth blind sets' rules: what the narrowed rules leave apart
@pytest.mark.parametrize(("one", "other"), [
    ("Five of the nine commissioners backed the rezoning, while four abstained.",
     "The commission voted 5-0 to approve the rezoning, with four abstentions."),
    ("Youth unemployment rose to 14.8% in the quarter, up from 13.1%.",
     "Unemployment rose to 4.4% in the quarter, the statistics office said."),
    ("Inflation in Scotland rose to 4.5% last month from 4.1%.",
     "Inflation rose to 3.9% last month, the ONS said."),
    ("Inflation rose to 3.4% last year from 2.1% in 2022.",
     "Inflation has risen to 4.2% so far this year."),
    ("Schools in the district reopen Monday, Jan. 8, after the holiday.",
     "Schools in the district close for the holiday Friday, Dec. 22."),
    ("Judge Mary Smith sentenced the first defendant to five years.",
     "Judge Robert Smith, her husband, presided over the second trial."),
    ("Prime Minister Indira Gandhi declared the emergency in 1975.",
     "Prime Minister Rajiv Gandhi was assassinated in 1991."),
    ("Finance Minister Joe Dube presented the budget.",
     "Finance Minister Joseph Dube presented the budget."),
    ("Stocks fell for a third straight session on Friday.",
     "Oil prices rose for a fifth straight session on Friday."),
    ("Sinner won his second straight sets match of the week.",
     "Alcaraz won his fourth straight sets match of the week."),
    ("The former president received a 27-year sentence on Thursday.",
     "The former president served a four-year term before losing the election."),
])
def test_review_of_the_sixth_blind_sets_rules_leaves_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


# and what they still find: one doer under two names, all of a group told twice, a reading
# and a toll at two times of the day, 'just above', two given names without an office, a
# figure after an ordinal, changes and margins against their own kind, a period's end, a
# date moved, a vote's parts, a date after its weekday against a plain one
@pytest.mark.parametrize(("one", "other"), [
    ("Jannik Sinner served 14 aces in the final on Sunday.",
     "The Italian served 12 aces in the final on Sunday."),
    ("All 12 boys and their coach were rescued from the cave.",
     "The 11 boys and their coach were rescued from the cave."),
    ("The explosion at 9:40 a.m. killed 12 workers at the plant.",
     "The explosion on Tuesday morning killed 14 workers at the plant."),
    ("Turnout was just above 60 percent, officials said.",
     "Turnout was 72 percent, officials said."),
    ("The miners were trapped below 400 metres of rock.",
     "The miners were trapped under 350 metres of rock."),
    ("Coach Jon Ramirez was fired after the loss.",
     "Coach Jason Ramirez was fired after the loss."),
    ("The Fed delivered a second consecutive 75 basis point hike.",
     "The Fed delivered a 50 basis point hike."),
    ("The march on parliament, led by about 200 students, ended peacefully.",
     "About 300 students marched on parliament, which ended peacefully."),
    ("After the first count, Forsythe led by just 187 votes.",
     "After the first count, Forsythe led by 212 votes."),
    ("The incumbent won by 312 votes after a recount.",
     "The incumbent's margin of 290 votes held up after a recount."),
    ("Cases had grown by about 200 overnight to 1,450.",
     "Cases had grown by about 300 overnight to 1,450."),
    ("The festival runs September 29 to October 5 in the city centre.",
     "The festival in the city centre ends on October 6."),
    ("The election was moved from May 3 to May 10 because of the floods.",
     "The election will now take place on May 12 because of the floods."),
    ("Customs officers seized 40 kg of cocaine a day after the raid.",
     "Customs officers seized 45 kg of cocaine in the raid."),
    ("Six of the nine council members backed the ban, while three argued it went too far.",
     "The council voted 7-2 to approve the ban on Tuesday."),
    ("The bridge closed Friday, Aug. 2, and will reopen Monday, Aug. 12.",
     "The bridge will reopen on Aug. 19, officials said."),
])
def test_review_of_the_sixth_blind_sets_rules_keeps_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) != []


# a second read-only review of the narrowed rules (281 pairs): what they now leave apart
@pytest.mark.parametrize(("one", "other"), [
    ("Salah, 32, signed a two-year contract with Liverpool on Friday.",
     "The signing came a day after Liverpool agreed a five-year deal with Adidas."),
    ("Modi's visit produced 12 agreements on defence and energy.",
     "Indian companies signed 30 contracts during Modi's visit."),
    ("The cyclone made landfall with winds of 215km/h.",
     "The cyclone made landfall about 200 kilometres east of Port Hedland."),
    ("The number of unemployed fell by 35,000 people in the quarter.",
     "The number of people in work rose by 84,000 people in the quarter."),
    ("Unemployment rose to 6.1% in London, the highest of any region.",
     "Unemployment has risen to 4.4 per cent, official figures show."),
    ("Home prices rose for a sixth consecutive month in April.",
     "Home sales fell for a second consecutive month in April."),
    ("The Celtics led by 15 points at half-time.",
     "The Celtics won by 8 points."),
    ("The reservoir is below 30% of capacity.",
     "The reservoir is at 25% of capacity."),
])
def test_second_review_of_the_sixth_blind_sets_rules_leaves_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


# and what they find again: a leader's party and the party under the leader, a margin told as
# 'margin of victory', a rate said 'daily', a year's rate and last year's total, a case
# adjourned twice, one doer's act on all and on some, one peak told at two times of the day,
# a margin after 'winning by'
@pytest.mark.parametrize(("one", "other"), [
    ("Modi's party won 240 seats in the election.",
     "Under Narendra Modi, the BJP won 242 seats in the election."),
    ("Forsythe won by 187 votes.",
     "Forsythe's margin of victory was 210 votes."),
    ("Libya's oil output fell to 700,000 barrels of oil a day.",
     "Libya is now pumping about 500,000 barrels of oil daily."),
    ("The mine produces 1.2 million tonnes of coal a year.",
     "The mine produced 1.5 million tonnes of coal last year."),
    ("The judge adjourned the case from March 2 to March 9.",
     "The judge adjourned the case to March 16."),
    ("Floodwaters cut off all 12 villages in the district.",
     "Floodwaters isolated nine villages in the district."),
    ("The river peaked at 8.6 metres on Sunday morning.",
     "The river peaked at 8.9 metres on Sunday night."),
    ("Arsenal beat Chelsea 3-1, winning by two goals.",
     "Arsenal won by three goals."),
    ("Cook's company sold 226 million iPhones in 2023.",
     "Under chief executive Tim Cook, Apple sold 232 million iPhones in 2023."),
])
def test_second_review_of_the_sixth_blind_sets_rules_keeps_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) != []


# set L's false conflicts: two harms counted together ('damaging or destroying'), a distance
# or a time left to go against a whole or against a part, 'final' as no anchor, a sum in a
# currency named after the number rounded to its scale ('412 billion won'), a season's total
# against one game's, 'Belgium's' / 'Belgian'
@pytest.mark.parametrize(("one", "other"), [
    ("Surveyors counted 46 homes destroyed and another 84 damaged, along with a church.",
     "The tornado killed two people on Sunday, damaging or destroying some 130 homes."),
    ("Caycedo attacked from a group of favourites with 4.5km to go and won the stage.",
     "Caycedo held off Van Dievoet by 42 seconds at the end of a 187km day."),
    ("The visitors had led 24-20 going into the final 10 minutes.",
     "They still led 24-20 with eight minutes to go."),
    ("Wolde pulled clear of Mercy Chelangat in the final two kilometres.",
     "Rotich ran alone for the final 12 km of the course."),
    ("Hanseong posted third-quarter operating profit of 412.3 billion won on Thursday.",
     "Hanseong reported quarterly operating profit of 412 billion won, beating estimates."),
    ("Arnaud came into Sunday with 19 touchdown passes on the season.",
     "Arnaud completed 27 of 39 passes for 312 yards on Sunday."),
    ("Caycedo crossed the line 42 seconds ahead of Belgian Jasper Van Dievoet.",
     "Caycedo held off Belgium's Jasper Van Dievoet by 42 seconds."),
])
def test_seventh_blind_set_agreeing_figures(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


@pytest.mark.parametrize(("one", "other"), [
    ("Hanseong posted third-quarter operating profit of 412.3 billion won on Thursday.",
     "Hanseong reported quarterly operating profit of 398 billion won on Thursday."),
    ("The fund will cost 6,000 yen a person, the ministry said.",
     "The fund will cost 8,000 yen a person, the ministry said."),
    ("The storm destroyed 46 homes in the town, officials said.",
     "The storm destroyed 52 homes in the town, officials said."),
    ("Arnaud has thrown 19 touchdown passes on the season.",
     "Arnaud has thrown 22 touchdown passes on the season."),
])
def test_seventh_blind_set_disagreements(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) != []


# a read-only review of set L's rules (153 pairs): two harms only when joined before the
# count, a rounding to at most 3%, pesos and shillings their own, what is left to go only
# for distances and times after 'with' (or 'from the finish'), a season's total kept apart
# only from one game's, 'final' an anchor unless a number follows it
@pytest.mark.parametrize(("one", "other"), [
    ("The tornado destroyed 12 homes, damaged 130 homes and injured five people.",
     "The tornado damaged or destroyed 142 homes, officials said."),
    ("Samsung posted operating profit of 412 billion won.",
     "Samsung posted operating profit of 412.3 billion won."),
    ("The tycoon was fined 50,000 pesos.",
     "The tycoon was fined $2,700."),
])
def test_review_of_the_seventh_blind_sets_rules_leaves_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


@pytest.mark.parametrize(("one", "other"), [
    ("Floodwaters rose to record levels, damaging 300 homes in the valley.",
     "Floodwaters damaged 250 homes in the valley."),
    ("The blaze, which destroyed a school, damaged 40 homes.",
     "The blaze damaged 55 homes."),
    ("The startup raised $1 million in seed funding.",
     "The startup raised $1.45 million in seed funding."),
    ("Pogacar attacked with 4.5km to go.",
     "Pogacar attacked 8km from the finish."),
    ("Kane scored with eight minutes remaining.",
     "Kane scored with 12 minutes left."),
    ("The ministry ordered 3,000 troops to go to the border.",
     "The ministry sent 5,000 troops to the border."),
    ("Haaland has scored 30 goals this season.",
     "Haaland has scored 27 goals in all competitions."),
    ("The flu has killed 12,000 people this season, the CDC said.",
     "The flu has killed 9,000 people, the CDC said."),
    ("The final kicks off at 8pm.",
     "The final starts at 9pm."),
    ("The final will be played on June 14 in Paris.",
     "The final will take place on June 15 in Paris."),
])
def test_review_of_the_seventh_blind_sets_rules_keeps_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) != []


# set L's misses: an age under a name without its middle name, a margin in strokes and in
# shots told a few words after 'won'
@pytest.mark.parametrize(("one", "other"), [
    ("Graham Leslie Tunstall, 47, pleaded guilty to 22 counts of fraud.",
     "Graham Tunstall, 43, pleaded guilty to 22 fraud charges."),
    ("Lindqvist shot a 66 on Sunday to win the Kestrel Bay Championship by two strokes.",
     "Lindqvist won the Kestrel Bay Championship on Sunday by three shots."),
])
def test_seventh_blind_sets_misses_found(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) != []


def test_a_relative_of_one_surname_is_another_person() -> None:
    assert find_conflicts([], [
        ("Graham Tunstall, 47, pleaded guilty to fraud.", ["s1"]),
        ("His brother, Peter Tunstall, 43, was not charged.", ["s2"])]) == []


# a read-only review of those (66 pairs): a suffix or a first name is no middle name, shots
# and strokes are one kind only as margins, 'voting 5-2' is no tally (whose vote it is, it
# does not say), a participle before 'by' ends the search for a verb of change
@pytest.mark.parametrize(("one", "other"), [
    ("Tom Hale Jr, 24, was driving the car, police said.",
     "Tom Hale, 58, was driving the car, police said."),
    ("Graham Leslie Tunstall, 47, was charged on Monday.",
     "His son Leslie Tunstall, 19, was released without charge."),
    ("Scheffler needed 66 strokes on Sunday.", "Scheffler hit 12 shots from the sand on Sunday."),
    ("The planning committee backed the plan last month, with members voting 5-2.",
     "The council voted 7-4 on Tuesday to approve the plan."),
    ("Hale won the seat the Tories held by 3,000 votes at the last election.",
     "Hale won the seat by 300 votes."),
    ("Graham Tunstall's 19-year-old son was also hurt.",
     "Graham Tunstall, 47, was taken to hospital."),
])
def test_review_of_the_seventh_sets_misses_leaves_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


@pytest.mark.parametrize(("one", "other"), [
    ("Rovers beat Celtic 2-1 in a final watched by 40,000 fans.",
     "The final was watched by 38,000 fans."),
    ("Crime fell last year across the city patrolled by 300 officers.",
     "The city is patrolled by 350 officers."),
    ("Sarah Jones Whitaker, 52, was elected.", "Sarah Whitaker, 55, was elected."),
])
def test_review_of_the_seventh_sets_misses_keeps_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) != []


# the eighth blind set (M, o01-o32): figures of two measures that agree
@pytest.mark.parametrize(("one", "other"), [
    ("A total of 1,340 patients had been waiting more than two years for planned treatment "
     "at the end of September.",
     "Nearly 9,900 patients had been waiting for more than 52 weeks for planned treatment at "
     "the end of September."),
    ("The waiting list for planned treatment stood at 68,412 patients at the end of September.",
     "Some 1,430 patients had waited longer than 104 weeks for planned treatment at the end "
     "of September."),
    ("Haldorsen finished in the main bunch on the 171-kilometre final stage to win by 38 "
     "seconds.", "The race's five stages totalled 846 kilometres."),
    ("Temperatures on Sunday were roughly seven degrees Celsius above the seasonal average.",
     "Temperatures in the city climbed to 49.5 degrees Celsius on Sunday."),
    ("Rainfall in July was 40mm below the long-term average.",
     "Rainfall in July was 96mm, the weather service said."),
    ("The river peaked at 1.2 metres above normal on Sunday.",
     "The river peaked at 6.1 metres on Sunday."),
    ("Qurayn Gateway Terminals handled 1.42 million TEU in the third quarter of 2026, the "
     "operator said.", "The terminal handled just over five million TEU last year."),
])
def test_eighth_blind_set_agreeing_figures(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


# and what those rules must still find
@pytest.mark.parametrize(("one", "other"), [
    ("About 400 patients waited more than four hours in the emergency department on Monday.",
     "About 520 patients waited more than 4 hours in the emergency department on Monday."),
    ("The race's five stages totalled 846 kilometres.",
     "The race's five stages covered 864 kilometres in all."),
    ("The race covered 846 kilometres over five stages.", "The race covered 864 kilometres."),
    ("Nearly 300 pupils will be moved to two nearby schools.",
     "The school's 180 pupils will transfer to Ashby Park and St Mary's."),
    ("A blizzard dumped 62 centimetres of snow on Norrhaven over 24 hours.",
     "A blizzard deposited 48 centimetres of snow on Norrhaven in a single day."),
    ("The summit stands 3,120 metres above sea level.",
     "The summit stands 3,210 metres above sea level."),
    ("Temperatures in the city climbed to 47 degrees Celsius on Sunday.",
     "Temperatures in the city climbed to 49.5 degrees Celsius on Sunday."),
    ("The terminal handled 1.42 million TEU in the third quarter.",
     "The terminal handled 1.49 million TEU in the July-September quarter."),
    ("The terminal handled 5.1 million TEU last year.",
     "The terminal handled 5.6 million TEU in 2025, its annual report showed."),
])
def test_eighth_blind_set_rules_keep_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) != []


# currency signs written onto a figure that are not $, €, £ or ₹ (set M: 'N1,185' / '₦1,150')
@pytest.mark.parametrize(("one", "other", "found"), [
    ("NEMCO raised the price of petrol to N1,185 per litre across Lagos on Tuesday.",
     "NEMCO raised the price of petrol to ₦1,150 per litre in Lagos on Tuesday.", True),
    ("The regulator fined the carrier ₩1.2 trillion on Friday.",
     "The regulator fined the carrier 1.5 trillion won on Friday.", True),
    ("The regulator fined the carrier ₩1.2 trillion on Friday.",
     "The regulator fined the carrier 1.2 trillion won on Friday.", False),
    ("Tickets for the final cost ¥3,000 each.", "Tickets for the final cost ¥3,000 each.", False),
    ("Salmar said it would pay NOK 182 a share for Havbris.",
     "Salmar made an offer of NOK 186 a share for Havbris.", True),  # an ISO code
    ("The deal is worth EGP 5 billion, the ministry said.",
     "The deal is worth $5 billion, the ministry said.", False),  # two currencies
    ("Players will try 3 times to qualify for the final.",
     "Players will try 4 times to qualify for the final, officials said.", True),  # no TRY
])
def test_currency_signs_on_a_figure(one: str, other: str, found: bool) -> None:
    assert bool(find_conflicts([], [(one, ["s1"]), (other, ["s2"])])) is found


# a score after a loss told before it and its opponent ('went down 27-22 to Dunmore')
@pytest.mark.parametrize(("one", "other", "found"), [
    ("Dunmore Wanderers secured a 27-20 victory over Castleroe on Saturday.",
     "Castleroe went down 27-22 to Dunmore Wanderers on Saturday.", True),
    ("Dunmore Wanderers secured a 27-20 victory over Castleroe on Saturday.",
     "Castleroe went down 27-20 to Dunmore Wanderers on Saturday.", False),
    ("United beat Rovers 2-1 at home on Sunday.", "Rovers fell 3-1 to United on Sunday.", True),
])
def test_a_score_after_a_loss_to_an_opponent(one: str, other: str, found: bool) -> None:
    assert bool(find_conflicts([], [(one, ["s1"]), (other, ["s2"])])) is found


# a read-only review of those rules (221 pairs, 86 wrong in their first form): a wait's
# bound is a bound only after a verb of waiting and read whole, a sum needs a word of summing
# and one member named alone, a part of a year is a quarter or a half as a period against a
# year as one, a norm ends its clause; these are disagreements still
@pytest.mark.parametrize(("one", "other"), [
    ("The 85 passengers were stuck on the train for more than six hours.",
     "About 120 passengers were stranded on the train for around six hours."),
    ("Police arrested 45 people during clashes that lasted more than three hours.",
     "Police said 52 people were arrested in the clashes."),
    ("The 400 workers were told more than two weeks ago that the plant would close.",
     "About 550 workers will lose their jobs when the plant closes."),
    ("The 33 miners were trapped for 69 days.", "Rescuers freed the miners after 70 days."),
    ("The three suspects were held for 96 hours.", "The suspects were held for 72 hours."),
    ("Four suspects were arrested after police seized 320 kilograms of cocaine.",
     "Police seized 280 kilograms of cocaine and arrested the suspects."),
    ("A fire in the French Quarter destroyed 12 buildings.",
     "The blaze, the worst in New Orleans since 1988, destroyed 15 buildings."),
    ("Some 300 homes, about a quarter of the village, were flooded.",
     "The flood, the worst since 1947, inundated 340 homes."),
    ("Tatum scored 34 points, 12 of them in the fourth quarter.",
     "Tatum finished with 36 points as Boston won the 2024 title."),
    ("Netflix added 5.1 million subscribers in the third quarter.",
     "Netflix added 5.9 million subscribers in the July-September period of 2025."),
    ("Temperatures in Madrid hit 41C, above normal for June.",
     "Temperatures in Madrid reached 43C."),
    ("The village lies 2,400 metres above mean sea level.",
     "The village lies 2,100 metres above sea level."),
    ("Some 600 residents above the normal retirement age were moved.",
     "About 750 residents over retirement age were moved."),
])
def test_review_of_the_eighth_blind_sets_rules_keeps_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) != []


@pytest.mark.parametrize(("one", "other"), [
    ("The three brothers were jailed for a combined 24 years.",
     "The eldest brother was jailed for 10 years."),
    ("Exports rose to 2.1 million tonnes in the first half of 2025.",
     "Full-year exports reached 4.6 million tonnes."),
    ("Temperatures in Madrid were about 7C above the average for the time of year.",
     "Temperatures in Madrid reached 41C on Tuesday."),
    ("The river was 2.1 metres above its normal level on Sunday.",
     "The river peaked at 5.6 metres on Sunday."),
])
def test_review_of_the_eighth_blind_sets_rules_leaves_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


# a second review (401 pairs): a code is read as its currency's sign, codes that are also
# words need a figure only money has, odds are no score, a norm's difference is compared with
# its own kind, a wait, a sum and a part of a year are read narrowly; disagreements still
@pytest.mark.parametrize(("one", "other"), [
    ("The cabinet approved a JPY 13.9 trillion stimulus package.",
     "The cabinet approved a ¥13.5 trillion stimulus package."),
    ("The deal is worth SAR 4 billion, the ministry said.",
     "The deal is worth SAR 4.5 billion, the ministry said."),
    ("Temperatures in Madrid were 7C above the seasonal average on Tuesday.",
     "Temperatures in Madrid were 10C above the seasonal average on Tuesday."),
    ("The city recorded 12 millimetres of rain, 40 millimetres below normal for May.",
     "The city recorded 12 millimetres of rain, 50 millimetres below the monthly average."),
    ("Some 1,340 patients had been waiting more than 18 months for treatment.",
     "Some 1,500 patients had been waiting more than a year and a half for treatment."),
    ("Some 1,340 patients had been waiting more than two years for treatment.",
     "1,700 patients on the waiting list have been waiting for over two years."),
    ("Two men were arrested after officers seized a total of 30 kilograms of cocaine.",
     "A man was arrested after officers seized 50 kilograms of cocaine."),
    ("James, who had 12 in the fourth quarter, finished with 32 points.",
     "James finished with 35 points, his best game this year."),
    ("The factory, which opened in the third quarter, employs 800 people.",
     "The factory, which opened last year, employs 650 people."),
    ("Rangers went down 3-1 to Celtic.", "Rangers lost 3-2 to Celtic."),
])
def test_second_review_of_the_eighth_blind_sets_rules_keeps_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) != []


@pytest.mark.parametrize(("one", "other"), [
    ("The fund was agreed at COP 27 in Sharm el-Sheikh.", "The fund was launched at COP 28."),
    ("SAR 22 was scrambled from the base.", "SAR 23 was scrambled from the base."),
    ("Arsenal's title odds crashed 5-1 to 3-1 after the game at City.",
     "Arsenal beat City 2-0 on Sunday."),
    ("Temperatures were 7C above average on Tuesday.",
     "Temperatures were 7C below average on Tuesday."),
    ("Temperatures in Seville were 3C above the 30-year average on Monday.",
     "Temperatures in Seville reached 38C on Monday."),
    ("The company cut 1,200 jobs in the final quarter of last year.",
     "The company cut 1,500 jobs last year."),
    ("Qurayn handled 1.42 million TEU in the third quarter, up 9.2% from 1.30 million TEU in "
     "the same period last year.", "The terminal handled just over five million TEU last year."),
])
def test_second_review_of_the_eighth_blind_sets_rules_leaves_these(one: str, other: str) -> None:
    assert find_conflicts([], [(one, ["s1"]), (other, ["s2"])]) == []


# a toll told by its deaths after a verb of bringing it to a figure (set M: 'bringing this
# year's deaths to 331' / 'taking the death toll for the year to 318')
@pytest.mark.parametrize(("one", "other", "found"), [
    ("Seven more people died of dengue, taking the death toll for the year to 318, officials "
     "said.", "Bangladesh recorded seven dengue deaths, bringing this year's deaths to 331.", True),
    ("Seven more people died of dengue, taking the death toll for the year to 331, officials "
     "said.", "Bangladesh recorded seven dengue deaths, bringing this year's deaths to 331.", False),
    ("The team's deaths to 3 in the league were a surprise.",
     "The league deaths to 4 were recorded.", False),  # no verb of bringing: no toll
    ("Belgorod officials lifted the number of dead to 25.",
     "Belgorod officials said 27 people had died.", True),
    # a review of the rule (105 pairs): a place, a rate, a group, a day, an aim, the dead
    # carried somewhere are no toll
    ("Texas officials said the heatwave brought deaths to 11 counties.",
     "Texas officials said the heatwave killed 50 people.", False),
    ("Paramedics in Belgorod took the dead to 3 hospitals after the strike.",
     "The strike on Belgorod killed 25 people, officials said.", False),
    ("The outbreak took deaths to 2 a day at its peak, officials said.",
     "The outbreak has killed 60 people, officials said.", False),
    ("The clashes on Monday brought police deaths to 5, officials said.",
     "The clashes on Monday have killed 24 people, officials said.", False),
    ("The plan is aimed at bringing road deaths to 2,000 a year by 2030.",
     "Road crashes killed 4,000 people last year.", False),
    ("The floods killed 12 more people, bringing the day's deaths to 14.",
     "The floods have killed 120 people since Tuesday.", False),
])
def test_a_toll_brought_to_a_figure(one: str, other: str, found: bool) -> None:
    assert bool(find_conflicts([], [(one, ["s1"]), (other, ["s2"])])) is found


# a rate per square foot is no rate per square metre (set N: 'HK$100,000 per square foot' /
# 'HK$1.08 million per square metre')
@pytest.mark.parametrize(("one", "other", "found"), [
    ("The deal puts the price at HK$100,000 per square foot of saleable area.",
     "The HK$588 million price works out at about HK$1.08 million per square metre.", False),
    ("The flat sold for HK$100,000 per square foot, agents said.",
     "The flat sold for HK$120,000 per square foot, the developer said.", True),
    ("Tickets cost $150 per game this season.",
     "Tickets cost $180 per game this season, the club said.", True),
])
def test_a_rate_per_square_unit_is_per_that_unit(one: str, other: str, found: bool) -> None:
    assert bool(find_conflicts([], [(one, ["s1"]), (other, ["s2"])])) is found


# a time of day a journey starts is not the time it ends, nor the time of something else on
# the way (set N: 'had left the jetty at 6.15am' / 'struck a reef at about 7.30am'; 'will leave
# Samoa at 11.30pm' / 'will land at 4:50 a.m.')
@pytest.mark.parametrize(("one", "other", "found"), [
    ("The ferry had left the Kuala Terap jetty at 6.15am for the crossing to the island.",
     "The ferry struck a reef near the island at about 7.30am.", False),
    ("The service will leave Samoa at 11.30pm on Fridays.",
     "Passengers on the Samoa service will land at 4:50 a.m. Saturday.", False),
    ("The flight from Lima took off at 9:10 p.m. on Tuesday.",
     "The flight from Lima touched down in Cusco at 10:25 p.m. on Tuesday.", False),
    # one moment of the journey, told two ways, still differs
    ("The ferry had left the Kuala Terap jetty at 6.15am for the crossing.",
     "The ferry departed from the Kuala Terap jetty at 6.45am for the crossing.", True),
    ("The Lima flight landed at 10:25 p.m. on Tuesday, the airline said.",
     "The Lima flight arrived at 11:05 p.m. on Tuesday, the airport said.", True),
    ("The ferry struck the reef at 7.30am, the agency said.",
     "The ferry hit the reef at about 7.50am, police said.", True),
])
def test_two_moments_of_a_journey(one: str, other: str, found: bool) -> None:
    assert bool(find_conflicts([], [(one, ["s1"]), (other, ["s2"])])) is found


# a difference from a named level or a record is no level (set N: 'more than 9 feet above
# flood stage and about 2 feet short of the record' / 'well above its 10-foot flood stage')
@pytest.mark.parametrize(("one", "other", "found"), [
    ("Kettle Creek crested at 19.4 feet, more than 9 feet above flood stage and about 2 feet "
     "short of the record set in 1977.",
     "The flood pushed Kettle Creek to 19.4 feet early Sunday, well above its 10-foot flood "
     "stage.", False),
    ("The Meghna was flowing 1.2 metres above the danger mark at Chandpur on Monday.",
     "The Meghna reached 4.8 metres at Chandpur on Monday.", False),
    ("Her time of 2:21.40 left her 3 seconds short of the world record.",
     "She won in 2:21.40, the second-fastest time of the year.", False),
    # two differences from one named level, or from one record, still differ
    ("The Meghna was flowing 1.2 metres above the danger mark at Chandpur on Monday.",
     "The Meghna was 0.8 metres above the danger mark at Chandpur on Monday.", True),
    ("Kettle Creek crested about 2 feet short of the record set in 1977.",
     "Kettle Creek crested about 3 feet short of the record set in 1977.", True),
])
def test_a_difference_from_a_named_level_or_a_record(one: str, other: str, found: bool) -> None:
    assert bool(find_conflicts([], [(one, ["s1"]), (other, ["s2"])])) is found


def test_a_difference_from_a_record_is_not_one_from_an_average() -> None:
    [record] = [q for q in quantities("Seville hit 46.1C, 0.4C above the previous record.")
                if q.low < 1]
    [average] = quantities("Seville was 0.4C above the seasonal average.")
    assert (record.topic, average.topic) == ("above-record:c", "above:c")


# a whole brought to a figure by what was added is not what was added (set N: 'carrying 14
# broadband satellites' / 'The launch brings Lumen's on-orbit fleet to 126 satellites')
@pytest.mark.parametrize(("one", "other", "found"), [
    ("The launch brings Lumen's on-orbit fleet to 126 satellites, up from 112.",
     "The Halberd rocket lifted off carrying 14 broadband satellites for Lumen Orbital.", False),
    ("The deal takes the group's portfolio to 45 hotels.",
     "The group bought 12 hotels from Marlow Leisure.", False),
    # a toll, a total, or the same whole named on both sides still differ
    ("The floods killed 12 more people, bringing the death toll to 45.",
     "The floods have killed 52 people.", True),
    ("The launch brings Lumen's fleet to 126 satellites.",
     "Lumen's fleet now numbers 130 satellites.", True),
    ("Six new cases bring the total to 45 infections in the county, officials said.",
     "The outbreak has caused 52 infections in the county, officials said.", True),
])
def test_a_whole_brought_to_a_figure(one: str, other: str, found: bool) -> None:
    assert bool(find_conflicts([], [(one, ["s1"]), (other, ["s2"])])) is found


# set Q's first rules: lives a disease or a crash claimed are deaths; a time after 'at' on a
# 24-hour clock; a vehicle that left the rails made no journey; an unnamed age that points
# back to the sentence before, or follows a quotation
@pytest.mark.parametrize(("one", "other", "found"), [
    ("The regional health delegation has recorded 612 suspected cases, and the disease has "
     "claimed 37 lives, according to the latest report released on Friday.",
     "Health officials have counted 612 suspected cholera cases, and 43 people have died, "
     "according to figures published by the regional health delegation on Friday.", True),
    ("Eleven lives were lost in the blast at the Huanca mine, officials said.",
     "The blast at the Huanca mine killed 14 people, officials said.", True),
    ("The new drug could save 37 lives a year, the trial's authors said.",
     "The trial's authors said 43 people had died in the control group.", False),
    ("The train left the rails at 6:48 a.m. on Tuesday while travelling from Brodnica to "
     "Torun.", "The service from Brodnica to Torun derailed at 7:48 on Tuesday, 3 June.", True),
    ("Kowalski scored at 12:34 of the second period.",
     "Kowalski scored at 14:02 of the second period.", False),
    ("Rotich crossed the line at 2:07:41 in Kisumu.",
     "Rotich crossed the line at 2:09:12 in Kisumu.", False),
])
def test_set_q_lives_and_clocks(one: str, other: str, found: bool) -> None:
    times = [q for q in quantities(one) + quantities(other) if q.topic == "time"]
    assert bool(find_conflicts([], [(one, ["s1"]), (other, ["s2"])])) is found or (
        not found and times == [])


@pytest.mark.parametrize(("before", "unnamed", "named", "found"), [
    ("Daniel Kiptanui Rotich broke the course record at the Kisumu Lakeside Marathon on "
     "Sunday.", "The 24-year-old from Kapsabet crossed the finish line in 2:07:41.",
     "Rotich, 27, made his decisive move after about 32 kilometres.", True),
    ("Yerlan Abdrakhmanov did not hide his emotions at the Shymkent stadium on Wednesday.",
     '"I have been waiting for a club like this," the 49-year-old former midfielder said.',
     "Abdrakhmanov, 47, led Aktobe Kyran to the Kazakhstan Cup in 2019.", True),
    # the sentence before tells of someone else too, or the ages are far apart
    ("Daniel Rotich beat his training partner Paul Kirui on Sunday.",
     "The 31-year-old from Kapsabet crossed the finish line in 2:07:41.",
     "Rotich, 24, made his decisive move after about 32 kilometres.", False),
    ("Daniel Kiptanui Rotich broke the course record in Kisumu on Sunday.",
     "The 38-year-old from Kapsabet crossed the finish line in 2:07:41.",
     "Rotich, 27, made his decisive move after about 32 kilometres.", False),
    # a review of the rule: the sentence before tells of two people, or the age is someone
    # else's by the word after it or by what its sentence says
    ("Jones was attacked by Smith outside a pub in Leeds.",
     "The 30-year-old was arrested at the scene.", "Jones, 27, was treated in hospital.", False),
    ("Jones was hit by a car on the A1 near Leeds.", "The 30-year-old driver was arrested.",
     "Jones, 33, died at the scene on the A1.", False),
    ("Khan was stabbed to death in Luton.", '"He was a lovely boy," the 45-year-old said.',
     "Khan, 44, was stabbed in Luton on Friday.", False),
    ("Ahmed Khan was stabbed to death in Luton.",
     "The 19-year-old was arrested in connection with his death.",
     "Khan, 17, was stabbed in Luton on Friday.", False),
    ("Murray lost to Alcaraz in four sets at Wimbledon.",
     "The 21-year-old will face Sinner in the final.", "Murray, 24, lost at Wimbledon.", False),
    ("Smith and Jones were arrested in Leeds on Friday.",
     "The 30-year-old was charged with burglary.", "Smith, 33, was charged in Leeds.", False),
    ("Obi was named chief executive on Monday.",
     "The 61-year-old predecessor Reed will stay on as an adviser.",
     "Obi, 58, was named chief executive on Monday.", False),
])
def test_an_unnamed_age_that_points_back(before: str, unnamed: str, named: str,
                                         found: bool) -> None:
    conflicts = find_conflicts([], [(before, ["s1"]), (unnamed, ["s1"]), (named, ["s2"])])
    assert any("age" in c.description for c in conflicts) is found


# a quarter's figure against a year named by its number (set Q: 'handled 184,000 TEU in the
# third quarter of this year' / 'handled 690,000 TEU in 2025')
@pytest.mark.parametrize(("one", "other", "found"), [
    ("The chief executive said the port had handled 184,000 TEU in the third quarter of this "
     "year.", "The port handled 690,000 TEU in 2025.", False),
    ("The port handled 690,000 TEU in 2025, the authority said.",
     "The port handled 720,000 TEU in 2025, its operator said.", True),
    ("The port handled 184,000 TEU in the third quarter of 2025, the authority said.",
     "The port handled 196,000 TEU in the third quarter of 2025, its operator said.", True),
])
def test_a_quarter_against_a_year_named_by_its_number(one: str, other: str,
                                                       found: bool) -> None:
    assert bool(find_conflicts([], [(one, ["s1"]), (other, ["s2"])])) is found


# set O: an aftershock's magnitude is not the main quake's; a yield per hectare is a rate
@pytest.mark.parametrize(("one", "other", "found"), [
    ("A magnitude 5.6 earthquake struck the Peloponnese before dawn on Saturday.",
     "Less than two hours later, a strong aftershock of magnitude 4.3 shook the area again.",
     False),
    ("A magnitude 5.6 earthquake struck the Peloponnese before dawn on Saturday.",
     "A magnitude 5.9 earthquake struck the Peloponnese on Saturday, seismologists said.", True),
    ("The institute had recorded 62 aftershocks since the magnitude 5.6 main shock on "
     "Saturday.", "The magnitude 5.9 main shock struck on Saturday, the institute said.", True),
    ("Yields of just over six tonnes of olives per hectare were normal, Canete said.",
     "The cooperative's mills took in 41,900 tonnes of olives last season, Canete said.", False),
])
def test_set_o_aftershocks_and_yields(one: str, other: str, found: bool) -> None:
    assert bool(find_conflicts([], [(one, ["s1"]), (other, ["s2"])])) is found


def test_a_quantity_of_something_per_unit_is_a_rate() -> None:
    [q] = quantities("The farm produced 3 tonnes of rice per hectare last year.")
    assert q.topic == "ton/hectar"


# a dollar sign after letters that name pesos or the real is no dollar (set O: 'RD$185
# million' / '158 million pesos')
@pytest.mark.parametrize(("one", "other", "found"), [
    ("The Loto Quisqueya jackpot reached RD$185 million after 27 rollovers.",
     "The Loto Quisqueya jackpot, worth 158 million pesos, was won after 27 draws.", True),
    ("The Petrobras contract is worth R$4 billion, the company said.",
     "The Petrobras contract is worth $4.8 billion, the company said.", False),
    ("The Petrobras contract is worth R$4 billion, the company said.",
     "The Petrobras contract is worth 4.8 billion reais, the company said.", True),
])
def test_pesos_and_reais_written_with_a_dollar_sign(one: str, other: str, found: bool) -> None:
    assert bool(find_conflicts([], [(one, ["s1"]), (other, ["s2"])])) is found


# a read-only review of the rules above (335 pairs): what it found wrong, now right
@pytest.mark.parametrize(("one", "other", "found"), [
    # a journey's word is the time's own verb: not one across a clause or another verb
    ("The ferry left at 6am on Tuesday.", "At 7am on Tuesday the ferry departed from the harbour.",
     True),
    ("The plane took off at 6am and crashed at 6:40am.", "The plane crashed at 7:10am.", True),
    ("The train, which had left Paris at 6am, derailed at 8:10am.",
     "The train derailed at 8:40am near Lyon.", True),
    ("The quake, which left 3 dead, struck at 6:12 a.m.", "The earthquake struck at 6:21 a.m.",
     True),
    ("The hurricane left 3 dead at 6am in Florida.",
     "The hurricane killed 3 people at 8am in Florida.", True),
    ("Her departure was announced at 10am on Monday.",
     "The resignation was announced at 11am on Monday.", True),
    ("The firm landed the deal at 2am after all-night talks.", "The deal was agreed at 4am.",
     True),
    ("The ship sailed into port at 9am.", "The ship docked at 10:30am.", True),
    ("The rocket lifted off at 6:02 a.m.", "The rocket took off at 6:20 a.m.", True),
    ("The ship set sail at 7am on Monday.", "The ship left port at 9am on Monday.", True),
    ("The ferry left the harbour at 6am.", "The ferry sank at 8:40am.", False),
    # an hour with no a.m. or p.m. may be either, unless the words after it say
    ("The train derailed at 7:48 on Tuesday.", "The train derailed at 7:48 p.m. on Tuesday.",
     False),
    ("The vigil will be held at 7:30 tonight.", "The vigil will be held at 7:30 p.m. on Friday.",
     False),
    ("The meeting began at 4:30 on Monday afternoon.",
     "The meeting began at 5:30 p.m. on Monday.", True),
    ("The ceasefire took effect at 00:01 on Monday.",
     "The ceasefire took effect at 12:01 a.m. on Monday.", False),
    ("Ovechkin tied the game at 14:22 with a wrist shot.", "The game began at 7:00 p.m.", False),
    # one named level said two ways; two records told alike
    ("The river crested 9 feet above flood stage on Sunday.",
     "The river crested 11 feet above flood level on Sunday.", True),
    ("The Yamuna was flowing 1.2 metres above the danger mark in Delhi.",
     "The Yamuna was flowing 1.5 metres above the danger level in Delhi.", True),
    ("The sea rose 1.2 metres above the warning level.",
     "The sea rose 1.5 metres above the danger level.", False),
    ("The river crested about 2 feet short of the record set in 1993.",
     "The river crested 3 feet below the 1993 record.", True),
    ("The index closed 200 points short of the record.",
     "The index closed 150 points below its record high.", True),
    # a whole's noun is its own, and counted in things, not units
    ("The strikes raised the toll in the north to 45 dead.",
     "The strikes have killed 52 people in the north.", True),
    ("The heatwave pushed the mercury to 40C in Madrid.", "Madrid recorded 42C on Sunday.", True),
    # lives feared, or nearly lost, are no deaths
    ("Experts warned the heatwave could cost 1,000 lives.", "43 people died in the heatwave.",
     False),
    ("Doctors said 12 lives were nearly lost when the power failed.",
     "Two patients died when the power failed.", False),
    # a year by its number beside the figure, not anywhere in its clause
    ("Tesla delivered 497,000 cars in the third quarter.",
     "Tesla delivered 462,000 cars and expects more deliveries in 2026.", True),
])
def test_review_of_set_n_and_o_rules(one: str, other: str, found: bool) -> None:
    assert bool(find_conflicts([], [(one, ["s1"]), (other, ["s2"])])) is found


# set P: 'about 300' may be 312; an area is no length; 'one in five people' counts no people
@pytest.mark.parametrize(("one", "other", "found"), [
    ("The ferry had about 300 passengers on board when the engine failed.",
     "The ferry left with 312 passengers on board when the engine failed.", False),
    ("The ferry had about 300 passengers on board when the engine failed.",
     "The ferry left with 340 passengers on board when the engine failed.", True),
    ("The khan is arranged around a courtyard measuring 42 metres by 38 metres.",
     "The khan encloses an open courtyard of about 1,600 square metres.", False),
    ("The khan encloses an open courtyard of about 1,600 square metres.",
     "The khan encloses a courtyard of 1,900 square metres.", True),
    ("But more than one in five people on the list have now waited too long.",
     "More than 2,000 people on the list are still waiting too long.", False),
])
def test_set_p_rounding_areas_and_shares(one: str, other: str, found: bool) -> None:
    assert bool(find_conflicts([], [(one, ["s1"]), (other, ["s2"])])) is found


def test_square_feet_written_short_is_an_area() -> None:
    assert [q.topic for q in quantities("The flat measures 1,200 sq ft.")] == \
        [q.topic for q in quantities("The flat measures 1,200 square feet.")] == ["squar-foot"]
    assert [q.topic for q in quantities("He scored 2 in 3 minutes.")] == ["minut"]


def test_a_scale_joined_by_a_hyphen_is_read() -> None:
    # set P: 'a $14.5-million provincial package', 'a ₹124-crore package' were $14.5 and ₹124
    [dollars] = quantities("Gill announced a $14.5-million provincial package for workers.")
    [rupees] = quantities("The cabinet cleared a ₹124-crore package for flood relief.")
    assert (dollars.value, rupees.value) == ("$14500000", "₹1240000000")
    [short] = quantities("It is a $5-m deal.")
    assert short.value == "$5"  # a scale of one or two letters joins only written onto it


# a second read-only review (296 pairs, 110 changed): two rules taken out, three narrowed
@pytest.mark.parametrize(("one", "other", "found"), [
    # counts as of two times were kept apart, whichever time came first: taken out
    ("By Tuesday, 30 bodies had been recovered from the rubble.",
     "By Monday, rescuers had recovered 45 bodies from the rubble.", True),
    ("By noon, 18 people had been rescued from the flooded town.",
     "By midday, 25 people had been rescued from the flooded town.", True),
    # a time with no zone against 'local time' in a story of two countries: taken out
    ("Russian missiles struck Kyiv at 4 a.m. local time, officials said.",
     "Russian missiles struck Kyiv at 9 p.m. on Tuesday, officials said.", False),
    ("The final kicked off at 8pm local time in Doha.",
     "The final kicked off at 6pm, with fans packed into pubs across London.", False),
    # 'just 300' is no round figure; 'tremor' may be the main quake
    ("Just 300 people turned up to vote in the ward.",
     "Only 314 people turned up to vote in the ward.", True),
    ("The magnitude 6.1 tremor struck the coast before dawn.",
     "A magnitude 6.4 earthquake struck the coast before dawn.", True),
    # a share of people is a share, compared with its own kind; places and games are counted
    ("One in five adults in the county smokes, the survey found.",
     "One in four adults in the county smokes, the survey found.", True),
    ("The storm killed 14 people in 3 provinces.",
     "The storm killed 14 people across four provinces.", True),
    ("Messi has scored 3 in 4 games this month.", "Messi has scored 3 goals in 5 games this month.",
     True),
    # pesos by their ISO code
    ("The contract is worth MXN 400 million, the ministry said.",
     "The contract is worth 450 million pesos, the ministry said.", True),
])
def test_second_review_of_set_o_and_p_rules(one: str, other: str, found: bool) -> None:
    assert bool(find_conflicts([], [(one, ["s1"]), (other, ["s2"])])) is found


def test_a_share_of_none_is_read_without_failing() -> None:
    # untrusted text: 'one in 0 adults' must not divide by zero
    assert [q.topic for q in quantities("One in 0 adults smokes, one in 5 people said.")] == \
        ["adult", "share:peopl"]


def test_no_value_reader_starts_at_a_token_passed_over():
    """`quantities` passes over each token `_may_lead` refuses: none of the readers it skips
    (when, results, worded, qty) may start a value there, on every sentence of the invented
    stories and on a few made to tempt them."""
    from pathlib import Path

    from summarizer import quantity as qty
    from summarizer import results, when, worded
    from summarizer.figures import words
    from summarizer.statements import _may_lead

    folder = Path(__file__).parent.parent / "evals" / "invented"
    texts = [line for path in sorted(folder.glob("*/*.txt")) for line in
             path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += ["The toll rose to nine at noon on Tuesday, March 3, when a couple of dozen fled.",
              "Voters backed it 204-187; a 6-3 vote; by five votes to four; aged 64; Category 3.",
              "He was 19. It cost $2.4m by 9.30am on 14 March 2026, half an hour and 10 minutes."]
    skipped = 0
    for text in texts:
        text, spans, toks = words(text)
        for i, tok in enumerate(toks):
            if _may_lead(tok):
                continue
            skipped += 1
            assert when.at(text, spans, toks, i) in (None, (i + 1, None)), (tok, text)
            assert results.at(text, spans, toks, i) is None, (tok, text)
            assert tok.casefold() not in worded.LEADS
            assert qty.at(text, spans, toks, i) == (i + 1, None), (tok, text)
    assert skipped > 10_000


def test_a_sentence_of_many_values_has_its_clause_marks_found_a_few_times_not_per_pair(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Comparing values pair by pair must not search a sentence for its clause marks once per
    pair: on sentences of 40 values that cost the square of their length (bench.hostile's
    many values went from 1.8 s to 7.2 s when one tie-break did)."""
    import random
    from collections import Counter

    from bench import hostile
    from summarizer import Article, Settings, summarize
    from summarizer import statements as st

    calls: Counter[str] = Counter()
    marks = st._marks

    def counted(sentence: str) -> st.Marks:
        calls[sentence] += 1
        return marks(sentence)

    monkeypatch.setattr(st, "_marks", counted)
    rng = random.Random(3)  # bench.hostile's many values, 40 to a sentence, not 150
    lines = [" ".join(f"The {hostile._value(rng)} {rng.choice(hostile.WORDS)}"
                      for _ in range(40)) + "." for _ in range(9)]
    texts = ["\n\n".join(lines[k : k + 3]) for k in (0, 3, 6)]
    summarize([Article(text=t) for t in texts], settings=Settings(engine="extractive"))
    assert calls and max(calls.values()) <= 4
