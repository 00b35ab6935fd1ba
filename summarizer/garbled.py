"""A scraper's second copy of a sentence, inside one paragraph (pure): a page whose links were
dropped with the spaces around them can come out twice over, once whole and once with words
glued where a link's text was ("… known asWinnipeg, beginning …", "… a home, whichwas
supposed to …"). The glued copy is found against the other sentences of its paragraph: a
word that is two of their words run together, with a run of the same words on either side;
it goes, the whole one stays. (A sentence said twice word for word is left to `dedupe`,
which merges it.) The scraper's copy follows its sentence closely, so a sentence is held
against those within NEAR positions of it only, and a "sentence" of more than LONGEST words
(a list, a page run together) against none: a paragraph's cost grows with its length, never
with its square (an article is untrusted input).

Two words run together make an English word often ("an" and "other", "in" and "to"), so a
glue without a capital at the seam counts only when the other sentence has both words, each
in the same company (a link's text lost between them: "known as CTV Winnipeg, beginning"),
or when the first is a word a link's name so often follows that no English word starts with
it and goes on in another word of the sentence ("which", "who", "whose").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
RUN = 6  # words matched around the glued one, both sides together (the glued one counts)
SIDE = 3  # words matched on one side at least
NEAR = 12  # sentences apart, at most, a copy and its whole one (a paragraph printed twice)
LONGEST = 150  # words: a longer "sentence" (a list, a page run together) is not searched
_LEADS = frozenset({"which", "who", "whom", "whose"})


def garbled_copies(sentences: Sequence[str]) -> set[int]:
    """The indexes of the sentences of one paragraph that are a scraper's garbled copy of
    another of them."""
    if len(sentences) < 2:
        return set()
    said = [_WORD.findall(s.casefold()) for s in sentences]
    said = [w if len(w) <= LONGEST else [] for w in said]  # two of them cost their product
    grams = [set(zip(w, w[1:], w[2:], w[3:], strict=False)) for w in said]
    # the pairs close enough, and saying four words alike (most paragraphs have none)
    pairs = {n: [m for m in range(max(0, n - NEAR), min(len(said), n + NEAR + 1))
                 if m != n and not grams[n].isdisjoint(grams[m])] for n in range(len(said))}
    found: set[int] = set()
    for n, others in pairs.items():
        if not others:
            continue
        raw = _WORD.findall(sentences[n])
        if any(_glued(raw, said[n], said[m]) for m in others if m not in found):
            found.add(n)
    return found


def _glued(raw: Sequence[str], words: Sequence[str], other: Sequence[str]) -> bool:
    """Whether `words` (`raw`, as written) holds a word that is two of `other`'s run together,
    `other` not holding it, with the words around it matching `other`'s around those two
    (RUN, SIDE; both sides, or a capital or a lead word at the seam: module docstring)."""
    where: dict[str, list[int]] = {}  # each of `other`'s words, where it stands
    for j, w in enumerate(other):
        where.setdefault(w, []).append(j)
    for k, word in enumerate(words):
        if len(word) < 4 or word in where or not word.isalpha():
            continue
        for cut in range(2, len(word) - 1):
            head, tail = word[:cut], word[cut:]
            if head not in where and tail not in where:
                continue  # no run on either side
            left = max((_run(words, k - 1, other, j - 1, -1) + 1
                        for j in where.get(head, ())), default=0)
            right = max((_run(words, k + 1, other, j + 1, 1) + 1
                         for j in where.get(tail, ())), default=0)
            # as written, where casefolding kept the words apart and their length
            written = raw[k] if len(raw) == len(words) and len(raw[k]) == len(word) else word
            seam = (written[cut - 1].islower() and written[cut].isupper()) or head in _LEADS
            if left + right >= RUN and max(left, right) >= SIDE and (
                    seam or min(left, right) >= 2):
                return True
    return False


def _run(words: Sequence[str], i: int, other: Sequence[str], j: int, step: int) -> int:
    """How many words match from `words[i]` and `other[j]` on, stepping by `step` (RUN at
    most: no more are needed)."""
    count = 0
    while count < RUN and 0 <= i < len(words) and 0 <= j < len(other) and words[i] == other[j]:
        count, i, j = count + 1, i + step, j + step
    return count
