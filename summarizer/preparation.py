"""Preparing articles for an engine: clean, segment, deduplicate, name each source, find the
disagreements between outlets and the sources off the story, into one Corpus (everything
between reading and the engine).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence

from . import metadata
from .chunking import count_tokens, split_sentences
from .clean import CleanDoc, clean_text
from .config import debugging
from .conflicts import find_conflicts
from .dedupe import find_duplicate_documents, merge_sentences
from .errors import InputError, one_line
from .evidence import Corpus, Document, Sentence, sources_of
from .models import Source
from .relevance import OFF_STORY
from .timing import stage

log = logging.getLogger("summarizer")


def prepare(articles: Sequence[Document], warn: Callable[[str], None], *,
            cache_dir: str | None = None, max_sentences: int | None = None) -> Corpus:
    """Clean, segment and deduplicate `articles` into evidence units with provenance
    (`cache_dir`: Settings.cache_dir, where the tokenizer keeps its ranks; `max_sentences`:
    Settings.max_sentences, the most read of one article)."""
    with stage("clean"):
        cleaned = [clean_text(a.text, max_sentences) for a in articles]
    with stage("segment"):
        split = [[s for p in doc.paragraphs for s in split_sentences(p)] for doc in cleaned]
    _report_cleaning(articles, cleaned, split, warn, max_sentences)
    usable = [n for n, found in enumerate(split) if found]  # a source has something to say
    ids = [f"s{i}" for i in range(1, len(usable) + 1)]
    sentences: list[Sentence] = []
    for source, n in zip(ids, usable, strict=True):
        found = split[n]
        sentences.extend(Sentence(source, i, i / len(found), s) for i, s in enumerate(found))
    with stage("dedupe"):
        groups = find_duplicate_documents(
            {source: split[n] for source, n in zip(ids, usable, strict=True)},
            {source: metadata.normalize_date(articles[n].date)
             for source, n in zip(ids, usable, strict=True)})
        dedup = merge_sentences(sentences)
    with stage("metadata"):
        sources = _sources(ids, [articles[n] for n in usable], [cleaned[n] for n in usable],
                           groups)
    if not dedup.units:
        raise InputError("the articles hold no sentences after cleaning; check that they are "
                         "news text and not only headings or links")
    with stage("conflicts"):
        try:
            conflicts = find_conflicts(dedup.kept_apart, [  # each statement with its own
                (st[0].text, sources_of(st))  # sources
                for u in dedup.units for st in u.statements], {s.id: s.date for s in sources},
                groups)
        except Exception as err:  # a fault in reading values costs the disagreements only,
            # not the summary, and says so (SUMMARIZER_DEBUG raises it, as the evals run)
            if debugging():
                raise
            warn(f"the sources were not compared for disagreements: {one_line(err)} (please "
                 "report it; SUMMARIZER_DEBUG=1 shows the traceback)")
            conflicts = []
    with stage("tokens"):
        input_tokens = sum(count_tokens(a.raw or a.text, cache_dir=cache_dir) for a in articles)
    corpus = Corpus(sources=sources, units=dedup.units, conflicts=conflicts,
                    duplicates=groups, input_tokens=input_tokens)
    with stage("relevance"):
        _warn_off_story(corpus, {sid: articles[n].path for sid, n in zip(ids, usable,
                                                                          strict=True)}, warn)
    return corpus


def _report_cleaning(articles: Sequence[Document], cleaned: Sequence[CleanDoc],
                     split: Sequence[Sequence[str]], warn: Callable[[str], None],
                     max_sentences: int | None) -> None:
    """Say what cleaning took out of each article (-v), and warn of what it costs: text
    addressed to AI dropped, an article cut at `max_sentences`, or nothing left of one."""
    for doc, article, found in zip(cleaned, articles, split, strict=True):
        for text, reason in doc.removed:  # -v says what was taken out, and why
            log.debug("%s: removed (%s): %s", article.path, reason,
                      text if len(text) <= 100 else text[:97] + "...")
        if any(reason == "injected instructions" for _, reason in doc.removed):
            warn(f"{article.path}: dropped text addressed to AI systems rather than readers "
                 "(a possible prompt injection); it is not summarised")
        if doc.truncated:
            warn(f"{article.path}: only its first {max_sentences} sentences were read "
                 "(raise SUMMARIZER_MAX_SENTENCES to read more)")
        if not found:
            warn(f"{article.path}: no usable text after cleaning (only widgets, credits or "
                 "headings); left out of the sources")


def _warn_off_story(corpus: Corpus, paths: Mapping[str, str],
                    warn: Callable[[str], None]) -> None:
    """Name each source that shares little with the others: a page of junk or another story
    scraped beside this one (the extractive engine counts it little)."""
    for source in corpus.sources:
        score = corpus.relevance.get(source.id, 1.0)
        if score < OFF_STORY:
            warn(f"{paths[source.id]}: looks off-story: it shares few words with the "
                 f"other articles (relevance {score:.2f}, the most central being 1.00); it "
                 "counts little in the summary")


def _sources(ids: Sequence[str], articles: Sequence[Document], cleaned: Sequence[CleanDoc],
             groups: Sequence[Sequence[str]]) -> list[Source]:
    """Each article's Source. Copies of one story share the best-known outlet when theirs
    comes only from a copyright line (The Hill's copy names Nexstar, its owner); an outlet
    nothing names stays unknown, and lends no name either (a copy of a Reuters story with no
    name of its own is not Reuters' article: someone else published it)."""
    original = {member: group[0] for group in groups for member in group[1:]}
    found = {sid: _source(sid, a, d, original.get(sid))
             for sid, a, d in zip(ids, articles, cleaned, strict=True)}
    for group in groups:
        best = min(group, key=lambda sid: found[sid][1])
        for sid in group:
            if found[sid][1] == metadata.BY_OWNER and found[best][1] < metadata.BY_OWNER:
                found[sid] = (found[sid][0].model_copy(
                    update={"outlet": found[best][0].outlet}), found[best][1])
    return [found[sid][0] for sid in ids]


def describe(source_id: str, article: Document, doc: CleanDoc) -> Source:
    """The Source an article would be listed as (outlet, title, date, url), on its own."""
    return _source(source_id, article, doc, None)[0]


def _source(source_id: str, article: Document, doc: CleanDoc, duplicate_of: str | None
            ) -> tuple[Source, int]:
    # a line that is nothing but a link, at the end of a scraped copy, names the original
    url = metadata.web_url(article.url or (doc.source_links[-1] if doc.source_links else None))
    outlet, trust = metadata.resolve_outlet(
        declared=article.outlet, url=url, dateline=doc.dateline_outlet,
        removed=[line for line, reason in doc.removed if reason != "link"])
    log.debug("%s: outlet %s (from %s)", article.path, outlet or "unknown",
              metadata.EVIDENCE[trust])
    return Source(id=source_id,
                  path=None if article.in_memory or article.path == "-"  # stdin has none
                  else metadata.file_path(article.path),
                  title=article.title or doc.title, outlet=outlet,
                  date=metadata.normalize_date(article.date), url=url,
                  duplicate_of=duplicate_of), trust
