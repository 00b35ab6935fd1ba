"""Near-duplicate documents and sentences, merged with full provenance (pure).

Documents: word 3-gram shingles -> MinHash (rensa) -> LSH candidates -> exact containment
check, then a check that one of the two adds nothing of its own: each of its sentences of
substance is held by the other (a copy differs by a dateline, a byline, a trimmed paragraph
or an editor's note; an article that shares a lead sentence with another but goes on with
news of its own is no copy), or that each adds at most a sentence to a text both print word
for word (two syndications trimming different paragraphs). A copy of another article
(syndicated wire copy, an earlier version) is reported as a duplicate of the first in its
group: the first in source order, or the earliest by date when dates say so.

Sentences: identical normalised text merges at once; the rest go through MinHash/LSH on word
bigrams and an exact Jaccard check. Two similar sentences merge only when they agree on every
number and name; when they do not, the pair is handed to `conflicts` instead. Then a
statement that a longer one states in full, in other words ("Russia annexed Crimea in 2014"
inside "... its borders before 2014, when Russia annexed the Crimean Peninsula, was ...")
folds into it: the longer text stands for both, so the llm engine is sent each fact once.
Every evidence unit keeps every mention (source, verbatim text, position): nothing is
dropped. Candidate search is near-linear: no step compares all pairs.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from . import textutil as tu
from .boilerplate import note_on_text
from .difference import differences
from .evidence import EvidenceUnit, Sentence, mention_order, sources_of
from .unionfind import union_find
from .verify import contained, quotations

DOC_CONTAINMENT = 0.5  # share of the shorter article's 3-grams found in the other
# a copy's sentence is held by the article it copies when that article has this share of its
# 3-grams (the same sentence, re-edited) or of its content words (the same fact, reworded)
HELD_SHINGLES = 0.5
HELD_WORDS = 0.8
# two articles that each add something are still copies (two syndications of one wire story,
# each trimming another paragraph) when each has at most MAX_ADDED sentences the other does
# not print word for word, and they share BOTH_HELD of the longer one's 3-grams
MAX_ADDED = 1
BOTH_HELD = 0.75
SENTENCE_JACCARD = 0.6  # bigram Jaccard for two sentences to be one statement
CONFLICT_JACCARD = 0.5  # bigram Jaccard for two sentences to be compared for conflicts
_SEED = 20250213
_PERMUTATIONS = 128
BUCKET_LIMIT = 24  # items in one LSH bucket paired all-with-all; larger buckets are split
SPLIT_DEPTH = 4  # further bands an oversized bucket is split on before it is chained
FOLD_COVERAGE = 0.7  # share of a statement's content words its host must hold
FOLD_MIN_WORDS = 5  # content words a statement needs before it may fold into another
FOLD_CANDIDATES = 8  # hosts checked per statement, those sharing the most words first
FOLD_POSTING_LIMIT = 64  # statements sharing a word beyond which it is too common to probe
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}$")


@dataclass
class Dedup:
    """Evidence units, and the similar sentence pairs that were kept apart."""

    units: list[EvidenceUnit]
    # (text a, text b, sources of a's unit, sources of b's unit): candidates for conflicts
    kept_apart: list[tuple[str, str, list[str], list[str]]]


def find_duplicate_documents(docs: Mapping[str, Sequence[str]],
                             dates: Mapping[str, str | None] | None = None) -> list[list[str]]:
    """Groups of source ids whose texts are (near-)copies: first the original, then its
    copies in source order.

    `docs` maps source id to its cleaned sentences, in source order; `dates` (optional) maps
    source id to its ISO date. Two articles are copies when half the shorter one's 3-grams
    are in the other (DOC_CONTAINMENT) and one of them adds nothing of its own
    (`_adds_its_own`), or each has at most one sentence the other does not print word for word and
    they share BOTH_HELD of the longer one's 3-grams (two syndications trimming different
    paragraphs of one wire story; a rewrite rewords). What one adds
    tells no direction (a local paper adds a line of its own to the wire story it runs): the
    original is the first in source order, unless a date says it is a later version.
    """
    by_key: dict[str, list[str]] = {}
    for source, said in docs.items():
        by_key.setdefault(" ".join(tu.keys(" ".join(said))), []).append(source)
    groups = list(by_key.values())
    sets = [tu.shingles(" ".join(docs[g[0]]), 3) for g in groups]
    pairs = [(a, b) for a, b in _candidate_pairs(sets, bands=64)
             if _copies(docs[groups[a][0]], docs[groups[b][0]], sets[a], sets[b])]
    find = union_find(len(groups), pairs)
    merged: dict[int, list[int]] = {}
    for i in range(len(groups)):
        merged.setdefault(find(i), []).append(i)
    found = []
    for members in merged.values():
        ids = sorted((s for i in members for s in groups[i]), key=tu.source_number)
        if len(ids) > 1:
            first = _original(ids, dates or {})
            found.append([first, *(s for s in ids if s != first)])
    return sorted(found, key=lambda g: min(map(tu.source_number, g)))


def _copies(a: Sequence[str], b: Sequence[str], set_a: set[str], set_b: set[str]) -> bool:
    """Whether two articles (sentences, 3-gram sets) are copies of one another."""
    shared = len(set_a & set_b)
    if shared < DOC_CONTAINMENT * min(len(set_a), len(set_b)):
        return False
    if not (_adds_its_own(a, set_b) and _adds_its_own(b, set_a)):
        return True
    if shared < BOTH_HELD * max(len(set_a), len(set_b)):
        return False
    own_a, own_b = _substance(a), _substance(b)  # syndications copy verbatim; a rewrite
    return len(own_a - own_b) <= MAX_ADDED and len(own_b - own_a) <= MAX_ADDED  # rewords


def _substance(sentences: Sequence[str]) -> set[str]:
    """The normalised text of an article's sentences of substance."""
    return {" ".join(tu.keys(s)) for s in sentences if _of_substance(s)}


def _of_substance(sentence: str) -> bool:
    """A sentence that can be material of an article's own: FOLD_MIN_WORDS content words or
    more, and no note on the text itself (`boilerplate.note_on_text`)."""
    return len(tu.content_words(sentence)) >= FOLD_MIN_WORDS and not note_on_text(sentence)


def _original(ids: Sequence[str], dates: Mapping[str, str | None]) -> str:
    """The first of `ids` (in source order) that no other member's date makes a later
    version; an undated article is later than none."""
    known = {s: d for s in ids if (d := dates.get(s)) and _ISO.match(d)}
    earliest = min(known.values(), default=None)
    return next(s for s in ids if s not in known or known[s] == earliest)


def _adds_its_own(sentences: Sequence[str], other: set[str]) -> bool:
    """Whether an article has a sentence of substance (`_of_substance`) that another article,
    whose 3-gram set is `other`, does not hold. A sentence is held when
    HELD_SHINGLES of its 3-grams (the same sentence, re-edited: an earlier version's figure
    may differ) or HELD_WORDS of its content words and every name and number of it (the
    same fact, reworded) are there. A dateline or a byline leaves a sentence held; a
    sentence of news the other lacks is material of its own."""
    words: set[str] | None = None  # the other article's words, made when first needed
    for sentence in sentences:
        if not _of_substance(sentence):
            continue
        own = tu.content_words(sentence)
        grams = tu.shingles(sentence, 3)
        if len(grams & other) >= HELD_SHINGLES * len(grams):
            continue
        if words is None:
            words = {w for gram in other for w in gram.split()}
        if len(own & words) < HELD_WORDS * len(own) or not (
                tu.names(sentence) | tu.numbers(sentence)) <= words:
            return True  # reworded, it must still hold its names and numbers
    return False


def merge_sentences(sentences: Sequence[Sentence]) -> Dedup:
    """Merge identical and near-identical sentences into evidence units."""
    by_key: dict[str, list[Sentence]] = {}
    for sent in sentences:
        by_key.setdefault(" ".join(tu.keys(sent.text)), []).append(sent)
    groups = list(by_key.values())
    reps = [g[0].text for g in groups]
    sets = [tu.shingles(t, 2) for t in reps]
    merge: list[tuple[int, int]] = []
    apart: list[tuple[int, int]] = []
    for a, b in _candidate_pairs(sets, bands=32):
        score = tu.jaccard(sets[a], sets[b])
        if score >= SENTENCE_JACCARD and not differences(reps[a], reps[b]):
            merge.append((a, b))
        elif score >= CONFLICT_JACCARD:
            apart.append((a, b))
    find = union_find(len(groups), merge)
    merged: dict[int, list[Sentence]] = {}
    for i, group in enumerate(groups):
        merged.setdefault(find(i), []).extend(group)
    roots = sorted(merged, key=lambda r: min(map(mention_order, merged[r])))
    statements = [sorted(merged[r], key=mention_order) for r in roots]
    host_of = fold_paraphrases([s[0].text for s in statements])
    members = {i: [i] for i in range(len(statements)) if i not in host_of}  # host first
    for i, host in sorted(host_of.items()):
        members[host].append(i)
    units = [EvidenceUnit(id=f"e{n}", text=statements[host][0].text,
                          mentions=sorted((m for i in group for m in statements[i]),
                                          key=mention_order),
                          folded=[statements[i] for i in group[1:]])
             for n, (host, group) in enumerate(
                 sorted(members.items(), key=lambda hg: min(hg[1])), 1)]
    index = {root: i for i, root in enumerate(roots)}
    kept_apart = []
    for a, b in apart:
        sa, sb = index[find(a)], index[find(b)]
        sources_a, sources_b = sources_of(statements[sa]), sources_of(statements[sb])
        if sa != sb and set(sources_a) != set(sources_b):
            kept_apart.append((reps[a], reps[b], sources_a, sources_b))
    return Dedup(units=units, kept_apart=kept_apart)


def fold_paraphrases(texts: Sequence[str]) -> dict[int, int]:
    """Statements another sentence makes in full, in longer words of its own: index of each
    such statement in `texts` -> the index of the statement it folds into (its host).

    A statement folds when the host, taken as evidence, verifies it with FOLD_COVERAGE
    (`verify.contained`: its numbers, its names and 70% of its content words are in the
    host; a quotation may differ in punctuation, not in most of its words) and the two state
    no different number, date or name (`conflicts.differences`). The host's text then stands
    for both in what the llm engine is sent; every mention is kept, and claims cite only the
    sources whose own words support them (pipeline). Shorter statements fold first, into
    statements that are not folded themselves, so hosts do not chain.

    Candidates come from an inverted index probed with each statement's rarest words (any
    host must hold one of them). A word found in more than FOLD_POSTING_LIMIT statements is
    not probed, which bounds the work per statement: a host sharing only such common words
    with a statement is not looked for.
    """
    folding = _Folding(texts)
    host_of: dict[int, int] = {}
    hosts: set[int] = set()
    for a in sorted(range(len(texts)), key=lambda i: (len(folding.words[i]), i)):
        if a in hosts or len(folding.words[a]) < FOLD_MIN_WORDS:
            continue
        b = folding.host(a, host_of)
        if b is not None:
            host_of[a] = b
            hosts.add(b)
    return host_of


class _Folding:
    """What `fold_paraphrases` reads of the statements: each one's content words (numbers
    aside), the inverted index of them, and the verifier's key and number sets, made once per
    statement when first needed."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.words = [{w for w in tu.content_words(t) if not tu.is_number(w)} for t in texts]
        self.postings: dict[str, list[int]] = {}
        for i, found in enumerate(self.words):
            for word in found:
                self.postings.setdefault(word, []).append(i)
        self.keys: dict[int, set[str]] = {}  # of the statements that are candidates somewhere
        self.numbers: dict[int, set[str]] = {}

    def host(self, a: int, host_of: Mapping[int, int]) -> int | None:
        """The statement `a` folds into, if any: of those not folded themselves and at least
        as long, the first of FOLD_CANDIDATES (most words shared first) that holds it."""
        words, postings, size = self.words, self.postings, len(self.words[a])
        spare = size - math.ceil(FOLD_COVERAGE * size)  # words a host may lack
        # a host lacks at most `spare` of its words, so it holds one of its spare + 1 rarest
        probe = sorted(words[a], key=lambda w: (len(postings[w]), w))[: spare + 1]
        candidates = {b for w in probe if len(postings[w]) <= FOLD_POSTING_LIMIT
                      for b in postings[w]
                      if b != a and b not in host_of and len(words[b]) >= size}
        hosts_left = sorted((b for b in candidates if self._held(a, b, spare)),
                            key=lambda b: (-len(words[a] & words[b]), len(words[b]), b))
        return next((b for b in hosts_left[:FOLD_CANDIDATES]
                     if _folds_into(self.texts[a], self.texts[b])), None)

    def _held(self, a: int, b: int, spare: int) -> bool:
        """The verifier's own word and number tests, on sets made once per statement."""
        if b not in self.keys:
            self.keys[b], self.numbers[b] = set(tu.keys(self.texts[b])), tu.numbers(self.texts[b])
        if a not in self.numbers:
            self.numbers[a] = tu.numbers(self.texts[a])
        return len(self.words[a] - self.keys[b]) <= spare and self.numbers[a] <= self.numbers[b]


def _folds_into(text: str, host: str) -> bool:
    if not contained(text, host, FOLD_COVERAGE) or differences(text, host):
        return False
    held = tu.content_words(host)
    return all(len(quoted & held) >= FOLD_COVERAGE * len(quoted)
               for quoted in map(tu.content_words, quotations(text)))


def _candidate_pairs(sets: list[set[str]], *, bands: int) -> list[tuple[int, int]]:
    """Index pairs (a < b) that MinHash LSH puts in a common band: never all pairs.

    Classic banding over rensa's MinHash signatures, with one guard for scale: a bucket
    holding more than BUCKET_LIMIT items (a phrase repeated across thousands of articles,
    "Police said N people were detained") is split again on the next band's rows, so its
    members are paired only with those that agree on more of their signature; what is still
    too big after SPLIT_DEPTH splits is near-identical and is chained in order, which is
    enough to merge it. Work is linear in the number of items times bands.
    """
    if len(sets) < 2:
        return []
    from rensa import RMinHash

    digests = RMinHash.digests_from_token_sets([sorted(s) or [""] for s in sets],
                                               num_perm=_PERMUTATIONS, seed=_SEED)
    rows = _PERMUTATIONS // bands
    columns = list(zip(*digests, strict=True))
    band_keys = [list(zip(*columns[b * rows : (b + 1) * rows], strict=True))
                 for b in range(bands)]
    pairs: set[tuple[int, int]] = set()

    def pair(members: list[int], band: int, depth: int) -> None:
        if len(members) <= BUCKET_LIMIT:
            pairs.update(itertools.combinations(members, 2))
        elif depth == SPLIT_DEPTH:
            pairs.update(itertools.pairwise(members))
        else:
            keys = band_keys[(band + depth + 1) % bands]
            for group in _buckets(members, keys):
                pair(group, band, depth + 1)

    everyone = range(len(sets))
    for band, keys in enumerate(band_keys):
        shared = {k for k, n in Counter(keys).items() if n > 1}
        for group in _buckets([i for i in everyone if keys[i] in shared], keys):
            pair(group, band, 0)
    return sorted(pairs)


def _buckets(members: Iterable[int], keys: list[tuple[int, ...]]) -> list[list[int]]:
    """`members` grouped by their band key; groups of one left out."""
    found: dict[tuple[int, ...], list[int]] = {}
    for i in members:
        found.setdefault(keys[i], []).append(i)
    return [group for group in found.values() if len(group) > 1]

