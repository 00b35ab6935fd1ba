"""Whether a text reads as a complete sentence: what every cut of a claim must be."""

from __future__ import annotations

import pytest

from summarizer.clauses import complete


@pytest.mark.parametrize("fragment", [
    "In Krystal's 2014 suit against the Jets.",
    "Shortly after Bill Cosby was sentenced to three to 10 years in state prison for assault.",
    "Now Brown and his co-author, Konstantin Batygin.",
    "The novel, told from the perspective of a murdered 14-year-old girl.",
    "The Jets cheerleaders, called the Flight Crew.",
    "The vote is non-binding on BP, but earlier.",
    "The company said on Tuesday.",
    "Police arrested a man who.",
    "A dead 14-year-old girl named Susie Salmon, murdered on her way home from school.",
    "Thirty bodies have been recovered from the sea, although rescue official Supriyadi.",
    "The idea of any child being taken from their family and locked away in bad conditions.",
    "William Campbell said his daughter.",
    "Bloomberg News reported, citing three unidentified sources.",
    "Susie's sister, Lindsey (Rose McIver).",
    "Police said the man who shot the officer.",  # the verb is the relative clause's
    "Not only did the company lose money.",
    "The talks were held in the U.S..",
    "Defence minister Jo Roe said ‘we will not back down.",
    "Defence minister Jo Roe said ‘we won’t back down.",  # an apostrophe closes no quotation
    "Herman’s grandfather didn’t just abuse his sister.",  # "..., but other relatives too"
    "Bill Cosby's publicist, Andrew Wyatt, claims both Cosby.",
])
def test_a_fragment_is_not_a_complete_sentence(fragment: str) -> None:
    assert not complete(fragment)


@pytest.mark.parametrize("sentence", [
    "He was shot by airport police officers four times.",
    "Authorities had placed an escort ad on backpage.com.",
    "The vote is non-binding on BP.",
    "Within an hour of the arrest, City Manager Cameron Benson fired Johnson.",
    "The company said it would close, but promised to pay its staff.",
    "Police said on Tuesday that the man who shot the officer had fled.",
    "Police told reporters that the man had fled.",
    "The company won't pay the fine.",
    "Jo Roe said ‘we won’t back down’ after the vote.",
    "Rep. Peter King said Thursday that more firings could be imminent.",
    "Mayor Oliver Gilbert confirmed the arrest.",  # a verb of saying may take a noun
])
def test_a_whole_sentence_is_complete(sentence: str) -> None:
    assert complete(sentence)
