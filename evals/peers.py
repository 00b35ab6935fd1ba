"""The systems we are measured against, at the same word budget, on the same sentences.

Every peer reads the story's articles as the data set has them and splits them with the
same splitter (sentencex, one line at a time): `lead` takes first sentences round-robin
over the articles; `lexrank` and `textrank` are sumy's, ranking those sentences (sumy's own
tokenizer needs NLTK's punkt data, which cannot be downloaded here, so it is never used).
Each system adds sentences in its order while they fit the budget; the chosen ones are
output in reading order. sumy is in the `eval` extra and imported only when peers run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

PEERS = ("lead", "lexrank", "textrank")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def article_sentences(files: Sequence[Path]) -> list[list[str]]:
    """Each article's sentences, in order."""
    from sentencex import segment

    out = []
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        out.append([s.strip() for line in text.splitlines() if line.strip()
                    for s in segment("en", line) if s.strip()])
    return out


def _within(ranked: Sequence[tuple[int, int]], articles: list[list[str]], budget: int) -> str:
    """Sentences in rank order while they fit the word budget, output in reading order."""
    chosen, used = [], 0
    for where in ranked:
        words = len(articles[where[0]][where[1]].split())
        if used + words <= budget:
            chosen.append(where)
            used += words
    return " ".join(articles[a][i] for a, i in sorted(chosen))


def lead(articles: list[list[str]], budget: int) -> str:
    """First sentences of each article in turn: 1st of every article, then 2nd, ..."""
    depth = max((len(a) for a in articles), default=0)
    order = [(a, i) for i in range(depth) for a in range(len(articles)) if i < len(articles[a])]
    return _within(order, articles, budget)


class _Tokenizer:
    """sumy's tokenizer interface, without NLTK data: words by a regular expression."""

    language = "english"

    def to_words(self, sentence: str) -> list[str]:
        return _WORD.findall(sentence)


def _sumy(make: Callable[[Any], Any]) -> Callable[[list[list[str]], int], str]:
    def run(articles: list[list[str]], budget: int) -> str:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.utils import get_stop_words

        tokenizer = _Tokenizer()
        where = {}
        paragraphs = []
        for a, sentences in enumerate(articles):
            objs = [Sentence(s, tokenizer) for s in sentences]
            where.update({id(o): (a, i) for i, o in enumerate(objs)})
            paragraphs.append(Paragraph(objs))
        system = make(Stemmer("english"))
        system.stop_words = get_stop_words("english")
        ranked: list[tuple[int, int]] = []

        def keep_order(infos: list[Any]) -> list[Any]:
            ranked.extend(where[id(i.sentence)] for i in infos)  # best first
            return infos

        system(ObjectDocumentModel(tuple(paragraphs)), keep_order)
        return _within(ranked, articles, budget)

    return run


def _lexrank(stemmer: Any) -> Any:
    from sumy.summarizers.lex_rank import LexRankSummarizer
    return LexRankSummarizer(stemmer)


def _textrank(stemmer: Any) -> Any:
    from sumy.summarizers.text_rank import TextRankSummarizer
    return TextRankSummarizer(stemmer)


SYSTEMS: dict[str, Callable[[list[list[str]], int], str]] = {
    "lead": lead, "lexrank": _sumy(_lexrank), "textrank": _sumy(_textrank)}


def available() -> str | None:
    """None when the peers and ROUGE can run, else what to install."""
    try:
        import rouge_score  # noqa: F401
        import sumy  # noqa: F401
    except ImportError:
        return "pip install -e '.[eval]' (rouge-score and sumy)"
    return None
