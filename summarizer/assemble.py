"""Assembling a Summary from a Corpus: the engine chosen and run (with --fallback), every
claim cited and verified, judged by the model with --judge, --strict applied, disputed claims
marked and the usage counted, once for either engine.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from . import cite, engines
from .chunking import count_tokens
from .config import Settings
from .engines import EngineResult, Spend
from .errors import ConfigurationError, LLMError, UnverifiedError
from .evidence import Corpus
from .models import Claim, Conflict, Summary, Usage
from .textutil import main_script
from .timing import stage

if TYPE_CHECKING:
    from .transport import Transport

log = logging.getLogger("summarizer")


def choose_engine(settings: Settings) -> tuple[str, str | None]:
    """The engine to run and, when `auto` decided, a one-line note saying why."""
    if settings.engine == "llm":
        if not settings.llm_configured:
            raise ConfigurationError(
                "the llm engine needs an endpoint: set OPENAI_API_KEY (or OPENAI_BASE_URL for a "
                "local OpenAI-compatible server), or set `engine` to extractive")
        return "llm", None
    if settings.engine == "extractive":
        return "extractive", None
    if settings.llm_configured:
        return "llm", f"using the llm engine: {settings.model} at {settings.endpoint_label}"
    return "extractive", ("using the offline extractive engine; set OPENAI_API_KEY or "
                          "OPENAI_BASE_URL to use an LLM")


def _judged(claims: list[Claim], settings: Settings, client: Any,
            transport: Transport | None, warnings: list[str]) -> tuple[list[Claim], Spend]:
    """`judge`: the model's verdict on each claim that cites evidence, against its aligned
    sentences; where it gives one, it sets the status. Why some went unjudged (an endpoint
    down, `max_cost`) is one warning each, logged and in `warnings`."""
    if not settings.llm_configured:
        raise ConfigurationError(
            "`judge` asks the configured model about each claim: set OPENAI_API_KEY (or "
            "OPENAI_BASE_URL for a local OpenAI-compatible server), or leave `judge` off")
    judge = engines.build("llm", settings, client=client, transport=transport)
    try:
        asked = [c for c in claims if c.quotes]
        verdicts, notes = judge.judge([(c.text, [q.text for q in c.quotes]) for c in asked])  # type: ignore[attr-defined]
        spend: Spend = judge.spend()  # type: ignore[attr-defined]
    finally:
        judge.close()
    for note in notes:
        log.warning("judge: %s", note)
        warnings.append(f"judge: {note}")
    said = {c.id: v for c, v in zip(asked, verdicts, strict=True) if v is not None}
    out = []
    for claim in claims:
        if claim.id not in said:
            out.append(claim)
        elif said[claim.id]:
            out.append(claim.model_copy(update={"status": "verified", "problems": [],
                                                "decided_by": "judge"}))
        else:
            out.append(claim.model_copy(update={
                "status": "unverified", "decided_by": "judge",
                "problems": [*claim.problems, "the judge (the configured model) found it not "
                             "supported by its cited sentences"]}))
    log.info("judge: %d of %d claim(s) judged, %d found unsupported", len(said), len(claims),
             sum(not v for v in said.values()))
    return out, spend


def _added(a: Spend, b: Spend) -> Spend:
    return Spend(prompt_tokens=a.prompt_tokens + b.prompt_tokens,
                 completion_tokens=a.completion_tokens + b.completion_tokens,
                 llm_calls=a.llm_calls + b.llm_calls, attempts=a.attempts + b.attempts,
                 cached_calls=a.cached_calls + b.cached_calls,
                 cost_usd=round(a.cost_usd + b.cost_usd, 6))


def run_engine(corpus: Corpus, settings: Settings, client: Any = None,
               transport: Transport | None = None) -> Summary:
    """Run the chosen engine on `corpus`, cite and verify every claim, and assemble the
    Summary; --strict and --fallback apply here, once, whatever the engine."""
    name, note = choose_engine(settings)
    if note:
        log.info(note)
    with stage("tokens"):
        evidence_tokens = sum(count_tokens(u.text, cache_dir=settings.cache_dir)
                              for u in corpus.units)
    warnings: list[str] = []
    result = _drafted(name, corpus, settings, client, transport, warnings)
    with stage("verify"):
        claims = cite.claims(result.drafts, corpus)
    if settings.judge:
        with stage("judge"):
            claims, judged = _judged(claims, settings, client, transport, warnings)
        result.spend = _added(result.spend, judged)
    if log.isEnabledFor(logging.DEBUG):  # -v: why each claim is there, and what backs it
        for claim, draft in zip(claims, result.drafts, strict=True):
            log.debug("%s: %s; cites %s; %s (support %.2f)", claim.id, draft.reason or "drafted",
                      ", ".join(claim.sources) or "nothing", claim.status, claim.support)
    claims = _strict(claims, settings.strict)
    if not claims:  # never an empty summary without a word
        warnings.append(_nothing_drawn(corpus))
    by_id = {u.id: u for u in corpus.units}
    conflicts = [*corpus.conflicts,
                 *cite.model_conflicts(result.conflicts, by_id, corpus.conflicts)]
    spend = result.spend
    return Summary(
        engine=result.engine, model=result.model,  # type: ignore[arg-type]
        claims=_mark_disputed(claims, conflicts), conflicts=conflicts, sources=corpus.sources,
        duplicates=corpus.duplicates, warnings=warnings,
        usage=Usage(input_tokens=corpus.input_tokens, evidence_tokens=evidence_tokens,
                    prompt_tokens=spend.prompt_tokens,
                    completion_tokens=spend.completion_tokens, llm_calls=spend.llm_calls,
                    attempts=spend.attempts, cached_calls=spend.cached_calls,
                    cost_usd=spend.cost_usd),
    )


def _drafted(name: str, corpus: Corpus, settings: Settings, client: Any,
             transport: Transport | None, warnings: list[str]) -> EngineResult:
    """The engine's drafts; with --fallback, the extractive engine's when the llm fails (said
    in `warnings`, and what the failed run paid still counted)."""
    engine = engines.build(name, settings, client=client, transport=transport)
    try:
        with stage("engine"):
            return engine.run(corpus)
    except LLMError as err:
        if settings.fallback != "extractive":
            raise
        note = f"the llm engine failed ({err}); this is the extractive engine's summary"
        log.warning(note)
        warnings.append(note)
        result = engines.build("extractive", settings).run(corpus)
        result.spend = err.usage or result.spend  # what the failed run paid is still paid
        return result
    finally:
        engine.close()


def _mark_disputed(claims: list[Claim], conflicts: list[Conflict]) -> list[Claim]:
    """The claims, those that state a side of a disagreement marked `disputed`."""
    sides = [p.text for c in conflicts for p in c.positions]
    return [c.model_copy(update={"disputed": True}) if any(t in c.text for t in sides) else c
            for c in claims]


def _strict(claims: list[Claim], strict: bool) -> list[Claim]:
    """The claims, less the unverified ones under --strict (an error if that is all)."""
    dropped = [c for c in claims if c.problems]
    for claim in dropped:
        log.info("unverified claim %s: %s", claim.id, "; ".join(claim.problems))
    if not (strict and dropped):
        return claims
    if len(dropped) == len(claims):
        raise UnverifiedError(
            f"`strict`: every claim ({len(claims)}) failed verification against the "
            "evidence it cites, so nothing is left; run without `strict` to see them "
            "marked unverified", dropped=len(dropped))
    log.warning("`strict`: dropped %d unverified claim(s) of %d", len(dropped), len(claims))
    return [c for c in claims if not c.problems]


def _nothing_drawn(corpus: Corpus) -> str:
    """The warning of a summary with no claim: why none could be drawn."""
    script = main_script(" ".join(u.text for u in corpus.units))
    note = ("no claim could be drawn from these articles: no sentence of them can stand as "
            "a claim (too short, questions, fragments, or a script this tool cannot read)"
            if script in ("", "Latin") else "no claim could be drawn from these articles: "
            f"they are mostly in {script} script, which this tool cannot split into words "
            "and sentences")
    log.warning(note)
    return note
