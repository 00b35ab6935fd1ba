"""The `summarize` command: a thin shell around `summarizer.summarize()`.

It parses flags, builds Settings, calls, renders, writes; errors become exit codes here and
only here: 0 ok, 1 user error (one line on stderr), 2 usage error, 130 interrupted.
SUMMARIZER_DEBUG=1 shows the traceback instead (any value but 0, false, no, off or empty).
What it shows on the terminal (log lines, progress, output) is `terminal`'s.
"""

from __future__ import annotations

import errno
import json
import logging
import math
import sys
from pathlib import Path
from typing import Any

import click

from .config import ENGINES, Settings, debugging
from .errors import SummarizerError
from .files import shortened, within
from .render import FORMATS, render
from .terminal import ProgressBar, emit, for_cli, setup_logging


class FiniteRange(click.FloatRange):
    """A FloatRange that refuses nan and inf, as the environment variables do: nan passes
    every comparison with its bounds, and inf is no deadline or budget a request can keep."""

    name = "finite float range"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number.", param, ctx)
        return number


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
# readable=False: an unreadable file among several is skipped with a warning by ingest (as
# in a walked folder), not a usage error that stops the run; -o is only written
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, readable=False))
@click.option("--cite", is_flag=True,
              help="Cite sources for each claim and list them (html always does).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@click.option("--max-words", type=click.IntRange(min=10), default=None,
              help="Word budget for the claims  [default: 200, env SUMMARIZER_MAX_WORDS]")
@click.option("--engine", type=click.Choice(ENGINES), default=None,
              help="Engine  [default: auto, env SUMMARIZER_ENGINE]")
@click.option("--strict", is_flag=True, help="Drop claims that fail verification.")
@click.option("--compress", is_flag=True, default=None,
              help="Let the extractive engine trim attributions (', police said'), "
                   "parentheticals and asides from its claims, and cut a claim to the clause "
                   "more outlets state, never a quotation  [env SUMMARIZER_COMPRESS]")
@click.option("--judge", is_flag=True, default=None,
              help="Ask the configured model whether each claim is supported by the sentences "
                   "it is aligned to; its verdict sets the status (one short call per claim, "
                   "cached, counted and held to --max-cost)  [env SUMMARIZER_JUDGE]")
@click.option("--model", default=None,
              help="LLM model  [default: gpt-4.1-mini, env SUMMARIZER_MODEL]")
@click.option("--base-url", default=None, metavar="URL",
              help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1  "
                   "[env OPENAI_BASE_URL]")
@click.option("--timeout", type=FiniteRange(min=0, min_open=True), default=None,
              metavar="SECONDS", help="Per-request timeout  [default: 600, env SUMMARIZER_TIMEOUT]")
@click.option("--prompts", "prompts_dir", type=click.Path(file_okay=False), default=None,
              metavar="DIR", help="Folder of .j2 templates overriding the built-in prompts  "
                                  "[env SUMMARIZER_PROMPTS]")
@click.option("--templates", "templates_dir", type=click.Path(file_okay=False),
              default=None,
              metavar="DIR", help="Folder whose summary.md.j2 / summary.html.j2 replace the "
                                  "built-in output templates  [env SUMMARIZER_TEMPLATES]")
@click.option("--max-cost", type=FiniteRange(min=0), default=None, metavar="USD",
              help="Refuse to start an llm run that could cost more  [env SUMMARIZER_MAX_COST]")
@click.option("--dry-run", is_flag=True,
              help="Print the llm run's prompt tokens and cost, and send nothing.")
@click.option("--fallback", type=click.Choice(["extractive"]), default=None,
              help="When the llm engine fails, print the extractive summary instead (and say "
                   "so)  [env SUMMARIZER_FALLBACK]")
@click.option("--no-cache", is_flag=True,
              help="Ask the LLM again instead of reusing cached answers.")
@click.option("--follow-symlinks", is_flag=True,
              help="Read links to files outside a folder being walked (skipped by default).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, readable=False),
              help="Write to FILE (atomically) instead of stdout.")
@click.option("--batch", "batch_dir", type=click.Path(file_okay=False), default=None,
              metavar="DIR", help="Summarise every subfolder of DIR as its own story, resuming "
                                  "where an earlier run stopped.")
@click.option("--out-dir", type=click.Path(file_okay=False), default=None, metavar="DIR",
              help="Where --batch writes one summary per story and its state file  "
                   "[default: DIR/_summaries]; with --stories, where the stories are kept so "
                   "that a rerun summarises only those that changed")
@click.option("--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Stories summarised at once by --batch  [default: cores for the extractive "
                   "engine, SUMMARIZER_CONCURRENCY for the llm engine]")
@click.option("--batch-api", is_flag=True,
              help="Send the llm requests of --batch or --stories through the OpenAI Batch "
                   "API (half price, answers within 24 h); a rerun resumes the batches in "
                   "flight  "
                   "[poll interval: env SUMMARIZER_BATCH_POLL, default 30 s]")
@click.option("--title", default=None, metavar="TEXT",
              help="A heading for the Markdown and HTML output (a newsletter issue's name, "
                   "say); text and JSON carry none.")
@click.option("--stories", is_flag=True,
              help="Group a mixed pile of articles into stories and summarise each: a digest, "
                   "most widely covered story first; articles fitting no story are listed as "
                   "unassigned.")
@click.option("--window", default=None, metavar="SPAN",
              help="With --stories: a story's dated articles lie within this span, e.g. 3d, "
                   "36h, 1w  [default: no limit]")
@click.option("--schema", is_flag=True, help="Print the JSON Schema of --format json and exit "
                                             "(with --stories: the digest's).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors on stderr.")
@click.option("-v", "--verbose", count=True,
              help="Explain what is being done on stderr: what was read and removed, why each "
                   "claim was chosen, the time of each stage; -vv adds the prompts sent.")
@click.version_option(package_name="summarizer")
def cli(paths: tuple[str, ...], cite: bool, fmt: str, max_words: int | None, engine: str | None,
        strict: bool, compress: bool | None, judge: bool | None, model: str | None,
        base_url: str | None,
        timeout: float | None,
        prompts_dir: str | None, templates_dir: str | None, max_cost: float | None,
        dry_run: bool, fallback: str | None, no_cache: bool, follow_symlinks: bool,
        output: str | None,
        batch_dir: str | None, out_dir: str | None, jobs: int | None, batch_api: bool,
        title: str | None, stories: bool, window: str | None, schema: bool, quiet: bool,
        verbose: int) -> None:
    """Summarise several articles about one story into one cited summary.

    PATHS are files or directories (read recursively) of .txt, .md, .html, .json or .jsonl
    articles; '-' reads one article from stdin.
    """
    setup_logging(quiet=quiet, verbose=verbose)
    if schema:
        _print_schema(stories, output)
        return
    _check_flags(paths, fmt, output, batch_dir=batch_dir, out_dir=out_dir, jobs=jobs,
                 batch_api=batch_api, title=title, stories=stories, window=window,
                 dry_run=dry_run)
    _check_output(output, paths)
    if templates_dir:  # up front: not one failure per --batch story
        from .templating import check_templates

        check_templates(templates_dir)
    settings = Settings.from_env(
        engine=engine, max_words=max_words, strict=strict or None, compress=compress,
        judge=judge, model=model,
        base_url=base_url, timeout=timeout, prompts_dir=prompts_dir,
        templates_dir=templates_dir, max_cost=max_cost,
        fallback=fallback, no_cache=no_cache or None, follow_symlinks=follow_symlinks or None)
    if batch_dir:
        _batch(Path(batch_dir), out_dir, settings, fmt, cite, jobs, batch_api)
        return
    if dry_run:
        _dry_run(list(paths), settings, fmt, output)
        return
    if stories:
        _stories(list(paths), settings, window, fmt, cite, output, out_dir, batch_api)
        return
    _one_story(list(paths), settings, fmt, cite, title, output, quiet)


def _print_schema(stories: bool, output: str | None) -> None:
    """--schema: the JSON Schema of --format json (with --stories, the digest's)."""
    from .models import Digest, Summary

    published = Digest.model_json_schema() if stories else Summary.model_json_schema()
    emit(json.dumps(published, indent=2) + "\n", output)


def _one_story(paths: list[str], settings: Settings, fmt: str, cite: bool, title: str | None,
               output: str | None, quiet: bool) -> None:
    """The articles in `paths` summarised as one story, rendered and written."""
    from .pipeline import summarize

    with ProgressBar(quiet) as progress:
        summary = summarize(paths, settings=settings, progress=progress)
    emit(render(summary, fmt, cite=cite, templates=settings.templates_dir, title=title),
          output)


def _check_flags(paths: tuple[str, ...], fmt: str, output: str | None, *,
                 batch_dir: str | None,
                 out_dir: str | None, jobs: int | None, batch_api: bool, title: str | None,
                 stories: bool, window: str | None, dry_run: bool) -> None:
    """Usage errors: the flags that do not go together, and no input at all."""
    if window and not stories:
        raise click.UsageError("--window goes with --stories")
    if stories and (batch_dir or dry_run):
        raise click.UsageError("--stories groups the PATHS given into stories: give no --batch "
                               "or --dry-run with it")
    if batch_dir and (paths or output or dry_run):
        raise click.UsageError("--batch DIR reads its stories from DIR and writes to --out-dir: "
                               "give no PATHS, --output or --dry-run with it")
    if (jobs and not batch_dir) or ((out_dir or batch_api) and not (batch_dir or stories)):
        raise click.UsageError("--out-dir, --jobs and --batch-api go with --batch DIR (and "
                               "--out-dir and --batch-api with --stories)")
    if title is not None and (batch_dir or stories or fmt in ("text", "json")):
        raise click.UsageError("--title heads one summary's Markdown or HTML: use it with "
                               "--format markdown or html, without --batch or --stories")
    if not paths and not batch_dir:
        raise click.UsageError("give at least one file or directory (or '-' for stdin)")


def _dry_run(paths: list[str], settings: Settings, fmt: str, output: str | None) -> None:
    """--dry-run: what the llm engine would send and could cost, as text or JSON."""
    from .pipeline import estimate

    if settings.engine == "extractive":
        raise click.UsageError("--dry-run shows what the llm engine would send; the "
                               "extractive engine sends nothing")
    plan = estimate(paths, settings=settings)
    emit(plan.model_dump_json(indent=2) + "\n" if fmt == "json"
          else "\n".join(plan.report) + "\n", output)


def _batch(root: Path, out_dir: str | None, settings: Settings, fmt: str, cite: bool,
           jobs: int | None, batch_api: bool) -> None:
    from .batch import StoryResult, summarize_batch

    log = logging.getLogger("summarizer")

    def tell(result: StoryResult, done: int, total: int) -> None:
        head = f"[{done}/{total}] {result.story}:"
        if result.status == "failed":
            log.error("%s failed: %s", head, result.error)
        elif result.status == "skipped":
            log.info("%s unchanged since the last run, kept", head)
        else:
            log.info("%s %d claims from %d sources, %d disagreement(s) (%.1f s)", head,
                     result.claims, result.sources, result.conflicts, result.seconds)

    report = summarize_batch(root, out_dir, settings=settings, fmt=fmt, cite=cite, jobs=jobs,
                             on_story=tell, batch_api=batch_api)
    failed = report.count("failed")
    log.info("%d stories: %d summarised, %d unchanged, %d failed; summaries in %s",
             len(report.stories), report.count("done"), report.count("skipped"), failed,
             report.out_dir)
    if failed:
        raise SummarizerError(
            f"{failed} of {len(report.stories)} stories failed (see above, or "
            f"{report.out_dir}/batch-state.json); fix them and rerun --batch: the finished "
            "ones are kept")


def _stories(paths: list[str], settings: Settings, window: str | None, fmt: str, cite: bool,
             output: str | None, out_dir: str | None, batch_api: bool) -> None:
    from .models import Story
    from .render import render_digest
    from .stories import summarize_stories

    log = logging.getLogger("summarizer")

    def tell(story: Story, done: int, total: int) -> None:
        log.debug("[%d/%d] %s: %d claims from %d sources", done, total, story.headline,
                  len(story.claims), len(story.sources))

    digest = summarize_stories(paths, settings=settings, window=window, on_story=tell,
                               state_dir=out_dir, batch_api=batch_api)
    failed = len(digest.failed)
    log.info("%d stories, %s%d article(s) in no story", len(digest.stories) + failed,
             f"{failed} failed, " if failed else "", len(digest.unassigned))
    emit(render_digest(digest, fmt, cite=cite, templates=settings.templates_dir), output)
    if failed:
        kept = f" (the finished ones are kept in {out_dir})" if out_dir else \
            " (with --out-dir DIR the finished ones are kept for the rerun)"
        raise SummarizerError(
            f"{failed} of {len(digest.stories) + failed} stories failed (see above); the "
            f"digest holds the others: fix them and rerun --stories{kept}")


def _check_output(output: str | None, paths: tuple[str, ...]) -> None:
    """--output may not be an input, nor inside an input folder (a rerun would read it)."""
    if not output or output == "-":
        return
    target = Path(output).resolve()
    for path in paths:
        if path == "-":
            continue
        given = Path(path).resolve()
        if within(target, given):
            raise SummarizerError(f"{output}: --output would overwrite an input or land among "
                                  "them (a rerun would read it as an article); choose a path "
                                  "outside the inputs")


def main(argv: list[str] | None = None) -> None:
    """Run the `summarize` command (`entry.main`, the script's way in, calls it): every
    error becomes its exit code here."""
    try:
        cli.main(args=argv, prog_name="summarize", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("summarize: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except SummarizerError as err:
        if debugging():
            raise
        click.echo(f"summarize: error: {for_cli(str(err))}", err=True)
        sys.exit(1)
    except Exception as err:
        if debugging():
            raise
        if isinstance(err, OSError) and err.errno == errno.ENAMETOOLONG:  # any path flag's
            click.echo(f"summarize: error: {shortened(str(err.filename))}: {err.strerror}; "
                       "use a shorter path", err=True)
            sys.exit(1)
        click.echo(f"summarize: internal error: {type(err).__name__}: {err} "
                   "(set SUMMARIZER_DEBUG=1 for the traceback, and please report it)", err=True)
        sys.exit(1)
