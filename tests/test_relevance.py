from __future__ import annotations

from summarizer.relevance import OFF_STORY, relevance

BRIDGE = ["The Harbor Bridge reopened to traffic on Monday after an eight-month repair.",
          "The repair cost $42 million, the city engineer said."]


def test_a_source_about_something_else_is_far_from_the_story() -> None:
    scores = relevance({
        "s1": BRIDGE,
        "s2": ["The Harbor Bridge reopened on Monday; the repair took eight months.",
               "Commuters said the detour added 40 minutes to their trips."],
        "s3": ["Harbor Bridge traffic returned on Monday after the repair, the engineer said."],
        "s4": ["Sorry, the page you requested was not found.",
               "Please check the URL for proper spelling and capitalization."],
    })
    assert max(scores.values()) == 1.0
    assert scores["s4"] < OFF_STORY < min(scores["s1"], scores["s2"], scores["s3"])


def test_a_lone_source_is_the_story() -> None:
    assert relevance({"s1": BRIDGE}) == {"s1": 1.0}
