from __future__ import annotations

import itertools
import re

import pytest

from summarizer.alternation import Rule, lowered
from summarizer.boilerplate import _SENTENCE_PATTERNS, SENTENCE_RULES

# sentences each rule's words appear in, as text and as boilerplate, in several cases and
# scripts (a Kelvin sign "K" and a long s "ſ" match "k" and "s" under IGNORECASE)
WORDS = ["Loading", "share this story", "Sign up for our newsletter", "click here",
         "Photo credit: AP", "Copyright 2025", "Updated 2:34 PM ET", "independent journalism",
         "Getty Images", "(AP Photo/Jane Doe)", "Reuters/Staff", "contributed to this report",
         "by signing up", "thanks for subscribing", "thank you for signing up", "full screen autoplay", "buy photo",
         "on YouTube", "skip ad", "a post shared by Jane (@jane)", "add Jane Doe as an interest",
         "donating their crawl data to the Internet Archive",
         "added to the Wayback Machine after an embargo period", "is available on YouTube"]
SHAPES = ["{}", "{}.", "The mayor said {} on Tuesday.", "“{},” she said.", "{} — and more",
          "— {}", "The board voted, {} said the clerk"]


def _texts() -> list[str]:
    base = [shape.format(word) for word, shape in itertools.product(WORDS, SHAPES)]
    return [variant for text in base for variant in (
        text, text.upper(), text.lower(), text.replace("k", "\u212a"), text.replace("s", "ſ"),
        text.replace("i", "ı"), text.upper().replace("I", "İ"), text.replace("'", "’"),
        "“" + text + "”")]


@pytest.mark.parametrize(("reason", "pattern"), _SENTENCE_PATTERNS,
                         ids=[f"{n}-{r}" for n, (r, _) in enumerate(_SENTENCE_PATTERNS)])
def test_a_split_rule_matches_exactly_where_its_whole_pattern_does(reason: str,
                                                                   pattern: str) -> None:
    whole, rule = re.compile(pattern, re.IGNORECASE), Rule.of(reason, pattern)
    for text in _texts():
        assert rule.search(text, lowered(text)) == bool(whole.search(text)), text


def test_the_texts_exercise_most_rules() -> None:  # else the test above proves little
    hit = {rule.reason for rule in SENTENCE_RULES for text in _texts()
           if rule.search(text, lowered(text))}
    assert len(hit) >= 8


def test_a_note_on_the_text_is_told_from_news_of_a_correction() -> None:
    from summarizer.boilerplate import note_on_text

    assert note_on_text("Editor's note: An earlier version of this story misspelled a name.")
    assert note_on_text("Correction: This article was corrected to show the bridge closed "
                        "on Tuesday, not Monday.")
    assert not note_on_text("The newspaper published a correction on Monday after the mayor "
                            "complained.")
    assert not note_on_text("An earlier version of the bill was rejected by the council.")
