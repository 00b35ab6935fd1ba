"""The pydantic contract: what `summarize()` returns and `--format json` prints.

These models are stable for other tools (`schema_version`); they forbid extra fields and
describe every field, and `schema/summary.schema.json` is generated from them.
"""

from __future__ import annotations

from datetime import date as _date
from os import PathLike
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Quote(_Strict):
    """A verbatim span of one source that supports a claim."""

    source: str = Field(description="Id of the source the span was copied from, e.g. 's1'.")
    text: str = Field(description="The span, exactly as the source has it after cleaning.")


class Claim(_Strict):
    """One statement of the summary and the sources that support it."""

    id: str = Field(description="Claim id, 'c1', 'c2', ... in reading order.")
    text: str = Field(description="The statement as it appears in the summary.")
    sources: list[str] = Field(description="Ids of every source that carries the statement.")
    evidence: list[str] = Field(description="Ids of the evidence units the claim was drawn from.")
    status: Literal["verified", "unverified"] = Field(
        description="'verified' when the one or two cited sentences the claim is aligned to hold "
        "every number and name it states and nearly all of its content words (weighted by "
        "rarity), and every quotation is verbatim."
    )
    support: float = Field(
        default=0.0, ge=0.0, le=1.0,
        description="Support score: the share of the claim's content words, each weighted by its "
        "rarity among the cited sentences, found in the sentences it is aligned to (1.0 for a "
        "sentence copied verbatim). The status also needs every number and name.")
    problems: list[str] = Field(
        default=[], description="Why the claim is unverified; empty when verified."
    )
    disputed: bool = Field(
        default=False, description="True when the claim states one side of a disagreement "
        "listed in `conflicts` (or a figure an update has since changed): never to be shown as "
        "settled.")
    decided_by: Literal["verifier", "judge"] = Field(
        default="verifier", description="Which stage set the status: the lexical verifier, or "
        "the model asked with --judge (its verdict wins when it gave one).")
    quotes: list[Quote] = Field(
        default=[], description="The cited sentences the claim is aligned to, verbatim, "
        "one quote per sentence: those of the one or two passages (a sentence, or two adjacent "
        "ones) that best support it in each cited source."
    )


class Position(_Strict):
    """One side of a disagreement."""

    text: str = Field(description="What these sources say: the shortest whole clause that "
                      "holds the value, as a source words it, e.g. 'which began roughly three "
                      "years ago when Russian forces invaded the country'.")
    sources: list[str] = Field(description="Ids of the sources that say it.")
    sentence: str = Field(description="The full sentence the position was taken from.")


class Conflict(_Strict):
    """Sources state the same thing with a different number, date or name."""

    description: str = Field(description="The statement the sources disagree about.")
    kind: Literal["number", "date", "name", "update", "other"] = Field(
        description="What differs; 'update' when a figure changed over time (the positions "
        "then run from the earliest to the latest); 'other' for opposite verdicts on one "
        "matter ('granted permission' / 'denied permission'), for one outlet's version of a "
        "sentence that says the opposite ('found guilty' / 'found not guilty') and for "
        "disagreements the llm engine reports.")
    positions: list[Position] = Field(description="Each distinct version and who states it.")


class Source(_Strict):
    """One input article."""

    id: str = Field(description="Source id, 's1', 's2', ... in input order.")
    path: str | None = Field(
        description="Where the article was read from; '-' for stdin; null when it was given "
        "in memory.")
    title: str | None = Field(description="Headline, from metadata or the article's first line.")
    outlet: str | None = Field(
        description="Publisher, from metadata, url, dateline or footer; else the file name."
    )
    date: str | None = Field(description="Publication date as given by the article (ISO if known).")
    url: str | None = Field(description="Canonical URL when the article names one.")
    duplicate_of: str | None = Field(
        description="Id of the source this one is a (near-)copy of, e.g. syndicated wire copy."
    )


class Usage(_Strict):
    """What the run consumed."""

    input_tokens: int = Field(description="Tokens of the raw articles as read.")
    evidence_tokens: int = Field(description="Tokens of the deduplicated, cleaned evidence.")
    prompt_tokens: int = Field(default=0, description="Tokens sent to the LLM, all calls.")
    completion_tokens: int = Field(default=0, description="Tokens received from the LLM.")
    llm_calls: int = Field(
        default=0, description="Completions requested from the LLM, re-asks included.")
    attempts: int = Field(
        default=0, description="HTTP attempts those calls took, transport retries included.")
    cached_calls: int = Field(
        default=0, description="Calls answered from the on-disk cache (free, not counted above).")
    cost_usd: float = Field(default=0.0, description="Estimated cost of the LLM calls in USD.")


class Summary(_Strict):
    """One merged summary of several articles about one story."""

    schema_version: Literal[1] = Field(default=1, description="Contract version.")
    engine: Literal["extractive", "llm"] = Field(description="Engine that wrote the claims.")
    model: str | None = Field(default=None, description="LLM model name; null when extractive.")
    claims: list[Claim] = Field(description="The summary, in reading order.")
    conflicts: list[Conflict] = Field(description="Where the sources disagree.")
    sources: list[Source] = Field(description="Every input article, duplicates included.")
    duplicates: list[list[str]] = Field(
        description="Groups of source ids that are copies of one story (first id is the original)."
    )
    usage: Usage = Field(description="Token counts and LLM usage.")
    warnings: list[str] = Field(
        default=[], description="Inputs that were skipped or repaired, one line each."
    )

    def source(self, source_id: str) -> Source:
        """The source with this id (KeyError when there is none)."""
        for src in self.sources:
            if src.id == source_id:
                return src
        raise KeyError(source_id)

    def disputed(self, claim: Claim) -> bool:
        """Whether `claim` states one side of a disagreement this summary lists."""
        return claim.disputed or any(p.text in claim.text for c in self.conflicts
                                     for p in c.positions)

    def to_text(self, *, cite: bool = False) -> str:
        """Plain text, as `summarize` prints it: with `cite`, [n] markers and a source list."""
        from .render import render

        return render(self, "text", cite=cite)

    def to_markdown(self, *, cite: bool = True, title: str | None = None,
                    templates: str | PathLike[str] | None = None) -> str:
        """Markdown: claims citing their outlets (linked when the source has a URL), a
        'Sources disagree' section and the source list. Article text is escaped, so it adds
        no link, HTML or emphasis. `templates`: a folder whose summary.md.j2 replaces the
        built-in template."""
        from .render import render

        return render(self, "markdown", cite=cite, title=title, templates=templates)

    def to_html(self, *, title: str | None = None,
                templates: str | PathLike[str] | None = None) -> str:
        """A self-contained HTML fragment for an email newsletter (inline styles, no script):
        claims with outlet-named citations linking to the sources, markers on single-source
        and unverified claims, a 'Sources disagree' box and the source list. Every value is
        HTML-escaped. `templates`: a folder whose summary.html.j2 replaces the built-in one."""
        from .render import render

        return render(self, "html", title=title, templates=templates)


class Story(Summary):
    """One story of a digest: a Summary of the articles grouped into it, and its headline."""

    headline: str = Field(description="The story's headline: the title of its first article "
                          "that has one, else the start of its first claim.")
    outlets: int = Field(description="Independent outlets covering it: copies count once, an "
                         "article of unknown outlet counts as one.")
    latest: str | None = Field(default=None, description="Its most recent article's date "
                               "(ISO), null when no article is dated.")


class FailedStory(_Strict):
    """A story of a digest whose summary failed; the other stories do not wait on it."""

    headline: str = Field(description="Its first article's title, else that article's path "
                          "or url.")
    error: str = Field(description="Why its summary failed, one line.")
    sources: list[Source] = Field(description="Its articles (ids 's1', ...).")


class Digest(_Strict):
    """A mixed pile of articles grouped into stories, each summarised on its own."""

    schema_version: Literal[1] = Field(default=1, description="Contract version.")
    stories: list[Story] = Field(description="The stories, most independent outlets first, "
                                 "ties broken by the latest article (most recent first).")
    unassigned: list[Source] = Field(description="Articles that fit no story (ids 'u1', ...), "
                                     "never forced into one.")
    failed: list[FailedStory] = Field(
        default=[], description="Stories whose summary failed (an llm endpoint's "
        "error, say), with the reason; a rerun tries them again.")
    warnings: list[str] = Field(
        default=[], description="Inputs that were skipped or repaired, one line each.")

    def to_text(self, *, cite: bool = False) -> str:
        """Plain text: each story's headline and summary, then the unassigned articles."""
        from .render import render_digest

        return render_digest(self, "text", cite=cite)

    def to_markdown(self, *, cite: bool = True, title: str | None = None,
                    templates: str | PathLike[str] | None = None) -> str:
        """Markdown: each story under its headline as `Summary.to_markdown` writes it."""
        from .render import render_digest

        return render_digest(self, "markdown", cite=cite, title=title, templates=templates)

    def to_html(self, *, title: str | None = None,
                templates: str | PathLike[str] | None = None) -> str:
        """A self-contained HTML fragment: each story as `Summary.to_html` writes it, under
        its headline, then the unassigned articles. Every value is HTML-escaped."""
        from .render import render_digest

        return render_digest(self, "html", title=title, templates=templates)


class Article(_Strict):
    """An article given in memory instead of as a file, e.g. an entry of an RSS reader.

    Read as a file would be: HTML has its article text extracted, YAML front matter is read,
    and the metadata given here wins over what the text declares. Articles are untrusted
    input: nothing in them is ever run as a template or an instruction.
    """

    text: str = Field(description="The article: plain text, Markdown or an HTML page.")
    title: str | None = Field(default=None, description="Headline.")
    url: str | None = Field(default=None, description="Where it was published; cited links "
                            "point here.")
    outlet: str | None = Field(default=None, description="Publisher, e.g. 'Reuters'; when "
                               "missing, taken from the url or the text as for files.")
    date: str | _date | None = Field(default=None, description="Publication date or time.")
    id: str | None = Field(default=None, description="Your name for it (e.g. the feed entry's "
                           "guid), used in warnings; default 'article N'.")
    format: Literal["auto", "text", "markdown", "html"] = Field(
        default="auto", description="What `text` is; 'auto' detects HTML.")


class Estimate(_Strict):
    """What an llm run would send and could cost (`--dry-run`); nothing is sent to get it."""

    model: str = Field(description="Model the run would use.")
    endpoint: str = Field(description="Base URL the run would call.")
    evidence_units: int = Field(description="Evidence units after deduplication.")
    evidence_tokens: int = Field(description="Tokens of those units.")
    groups: int = Field(description="Groups the evidence is split into to fit the context.")
    calls: int = Field(description="Calls the run makes before any re-ask.")
    prompt_tokens: int = Field(description="Prompt tokens over all calls (merges estimated).")
    max_completion_tokens: int = Field(description="Most completion tokens those calls allow.")
    cost_usd: float | None = Field(
        description="Most the run can cost without re-asks; null when the price is unknown.")
    report: list[str] = Field(description="The same, as lines for people.")
