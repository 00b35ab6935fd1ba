from __future__ import annotations

import asyncio
import datetime
import math
import re
import subprocess
import sys
import types
from typing import Any

import pytest
from conftest import DATA, SEEDS

import summarizer
from summarizer import InputError, Settings
from summarizer.config import ConfigurationError


def test_all_is_complete_and_importable() -> None:
    public = {n for n in dir(summarizer) if not n.startswith("_")
              and not isinstance(getattr(summarizer, n), types.ModuleType)}  # submodules
    assert public == set(summarizer.__all__)


def test_submodules_are_attributes_of_the_package_as_before_the_lazy_imports() -> None:
    code = ("import summarizer; print(summarizer.models.Article.__name__, "
            "summarizer.config.Settings.__name__, summarizer.errors.InputError.__name__)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)  # a fresh process: nothing imported them yet
    assert done.stdout.split() == ["Article", "Settings", "InputError"]
    with pytest.raises(AttributeError, match="no attribute 'nonexistent'"):
        _ = summarizer.nonexistent  # type: ignore[attr-defined]


def test_the_contract_builds_without_signature_parsing() -> None:
    """A builtin default factory (`default_factory=list`) makes pydantic read the builtin's
    signature, which compiles the tokenizer's regular expressions: 16 ms of every cold start.
    The contract's empty lists are plain defaults (pydantic copies them per instance)."""
    from summarizer import models
    for model in vars(models).values():
        if isinstance(model, type) and issubclass(model, models.BaseModel):
            for name, field in model.model_fields.items():
                assert field.default_factory is None, f"{model.__name__}.{name}: use default=[]"


def test_settings_resolve_argument_over_env_over_default() -> None:
    env = {"SUMMARIZER_MAX_WORDS": "120", "SUMMARIZER_ENGINE": "extractive"}
    assert Settings.from_env(env).max_words == 120
    assert Settings.from_env(env, max_words=80).max_words == 80
    assert Settings.from_env({}).max_words == 200


def test_settings_reject_bad_values_with_the_fix() -> None:
    import pytest

    with pytest.raises(ConfigurationError, match="SUMMARIZER_MAX_WORDS='lots' is not a number"):
        Settings.from_env({"SUMMARIZER_MAX_WORDS": "lots"})
    with pytest.raises(ConfigurationError, match="unknown engine"):
        Settings.from_env({}, engine="gpt")


def test_api_key_never_shows_in_repr() -> None:
    settings = Settings.from_env({"OPENAI_API_KEY": "sk-secret-value"})
    assert "sk-secret" not in repr(settings) and settings.llm_configured


def test_llm_settings_come_from_the_environment() -> None:
    s = Settings.from_env({"SUMMARIZER_CONTEXT_TOKENS": "4096", "SUMMARIZER_NO_CACHE": "yes",
                           "SUMMARIZER_RESPONSE_FORMAT": "json_object",
                           "SUMMARIZER_TIMEOUT": "7.5", "OPENAI_BASE_URL": "http://h/v1"})
    assert (s.context_tokens, s.no_cache, s.response_format, s.timeout, s.base_url) == (
        4096, True, "json_object", 7.5, "http://h/v1")
    assert Settings.from_env({}, model="m").model == "m"


@pytest.mark.parametrize(("env", "message"), [
    ({"SUMMARIZER_CONTEXT_TOKENS": "lots"}, "SUMMARIZER_CONTEXT_TOKENS='lots' is not a number"),
    ({"SUMMARIZER_RESPONSE_FORMAT": "xml"}, "unknown response format 'xml'"),
    ({"SUMMARIZER_NO_CACHE": "maybe"}, "not a yes/no value"),
    ({"SUMMARIZER_MAX_COST": "-1"}, "SUMMARIZER_MAX_COST cannot be negative"),
    ({"SUMMARIZER_CONCURRENCY": "0"}, "SUMMARIZER_CONCURRENCY must be positive"),
    ({"SUMMARIZER_MAX_WORDS": "5"}, "SUMMARIZER_MAX_WORDS must be at least 10, got 5"),
    ({"OPENAI_BASE_URL": "http://[::1/v1"}, "OPENAI_BASE_URL cannot be read as a URL (Invalid IPv6"),
    ({"OPENAI_BASE_URL": "http://h:99999/v1"}, "OPENAI_BASE_URL cannot be read as a URL (Port out"),
    ({"OPENAI_BASE_URL": "localhost:8080/v1"}, "OPENAI_BASE_URL is not an http(s) URL with a host"),
])
def test_bad_llm_settings_say_what_to_fix(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigurationError, match=re.escape(message)):
        Settings.from_env(env)


@pytest.mark.parametrize("field", ["timeout", "max_cost", "price_input", "batch_poll",
                                   "temperature"])
@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_settings_take_finite_numbers_only(field: str, value: float) -> None:
    # as the environment variables already were: nan slipped past every range check
    with pytest.raises(ConfigurationError, match=rf"`{field}` must be a finite number"):
        Settings(**{field: value})


@pytest.mark.parametrize("field", ["max_words", "concurrency", "max_sentences", "max_retries",
                                   "max_output_tokens", "context_tokens"])
@pytest.mark.parametrize("value", [math.nan, math.inf, 250.5])
def test_whole_number_settings_take_whole_numbers_only(field: str, value: float) -> None:
    with pytest.raises(ConfigurationError, match=rf"`{field}` must be a whole number"):
        Settings(**{field: value})


def test_a_whole_float_is_taken_for_a_whole_number_setting() -> None:
    assert Settings(max_words=250.0).max_words == 250  # type: ignore[arg-type]
    assert isinstance(Settings(max_words=250.0).max_words, int)  # type: ignore[arg-type]


def test_a_range_error_names_the_field_in_the_api_and_the_flag_given_over_the_variable() -> None:
    with pytest.raises(ConfigurationError, match=r"^`max_words` must be at least 10, got 5$"):
        Settings(max_words=5)
    with pytest.raises(ConfigurationError, match=r"^`max_words` must be at least 10"):
        Settings.from_env({"SUMMARIZER_MAX_WORDS": "50"}, max_words=5)


def test_prompt_templates_ship_inside_the_package() -> None:
    from importlib.metadata import distribution

    from summarizer.prompts import TEMPLATES, builtin_dir

    assert all((builtin_dir() / name).is_file() for name in TEMPLATES)
    files = {str(f) for f in distribution("summarizer").files or []}
    if any(f.endswith(".pth") for f in files):  # an editable install reads prompts/ itself
        pytest.skip("editable install: templates are read from the source checkout")
    assert {f"summarizer/prompt_templates/{name}" for name in TEMPLATES} <= files
    assert "summarizer/data/subjective.txt" in files  # the review lexicon (genre.py)


def test_the_package_is_marked_typed() -> None:
    from importlib.metadata import distribution
    from pathlib import Path

    assert (Path(summarizer.__file__).parent / "py.typed").is_file()
    files = {str(f) for f in distribution("summarizer").files or []}
    if not any(f.endswith(".pth") for f in files):  # a real install: the marker shipped
        assert "summarizer/py.typed" in files


def test_credentials_in_a_base_url_never_reach_logs_or_errors() -> None:
    settings = Settings(base_url="http://user:pw@llm.local:8080/v1/?api-key=abc")
    assert settings.endpoint_label == "http://llm.local:8080/v1"
    assert Settings().endpoint_label == "https://api.openai.com/v1"


# -- articles given in memory, and the async variant ---------------------------------------

def _seeds_as_articles() -> list[summarizer.Article]:
    return [summarizer.Article(text=f.read_text(encoding="utf-8"), id=f.name)
            for f in sorted(SEEDS.glob("*.txt"))]


def test_in_memory_articles_summarise_like_the_same_files() -> None:
    from_files = summarizer.summarize(SEEDS)  # one path, not a list, is fine too
    from_memory = summarizer.summarize(_seeds_as_articles())
    assert [c.model_dump() for c in from_memory.claims] == [
        c.model_dump() for c in from_files.claims]
    assert from_memory.conflicts == from_files.conflicts
    assert from_memory.duplicates == from_files.duplicates == [["s1", "s5"]]
    assert all(s.path is None for s in from_memory.sources)
    # what the text itself declares (s5's front matter and url) is read as from a file
    assert from_memory.sources[4].outlet == from_files.sources[4].outlet == "The Hill"


def test_metadata_given_with_an_article_wins_and_html_is_extracted() -> None:
    page = (DATA / "messy" / "observatory.html").read_text(encoding="utf-8")
    summary = summarizer.summarize([
        summarizer.Article(text=page, outlet="Ridge Courier", url="https://courier.example/obs",
                           date=datetime.date(2025, 3, 4), title="The observatory opens"),
        # an RSS reader's entry as a plain mapping: the keys of a .json article
        {"title": "Observatory opens", "link": "https://herald.example/o",
         "published": "Tue, 04 Mar 2025 09:00:00 GMT", "source": {"name": "Valley Herald"},
         "content": (DATA / "figures" / "b_valley_herald.txt").read_text(encoding="utf-8")},
    ])
    first, second = summary.sources
    assert (first.outlet, first.url, first.date, first.title) == (
        "Ridge Courier", "https://courier.example/obs", "2025-03-04", "The observatory opens")
    assert "<" not in " ".join(c.text for c in summary.claims)  # the page's text, not its tags
    assert (second.outlet, second.url, second.date) == (
        "Valley Herald", "https://herald.example/o", "2025-03-04")


def test_files_come_first_then_articles_in_the_order_given() -> None:
    story = DATA / "figures"
    summary = summarizer.summarize([summarizer.Article(text="The bridge reopened on Monday "
                                                      "after repairs.", id="mine"), story])
    assert [s.path for s in summary.sources] == [
        *(str(f) for f in sorted(story.iterdir())), None]


def test_unusable_articles_are_skipped_with_a_warning_and_none_usable_is_an_error() -> None:
    got: list[str] = []
    summary = summarizer.summarize(
        [*_seeds_as_articles()[:2], {"title": "no body", "id": "feed-7"},
         summarizer.Article(text="  ", id="blank")], on_warning=got.append)
    assert len(summary.sources) == 2
    assert got == ["feed-7: skipped, no text field (one of: text, content, body, article, "
                   "maintext)", "blank: skipped, empty"]
    with pytest.raises(InputError, match="no readable article in feed-7"):
        summarizer.summarize([{"title": "no body", "id": "feed-7"}])


def test_text_given_where_a_path_belongs_says_how_to_pass_it() -> None:
    with pytest.raises(InputError, match=r"looks like article text, not a path; pass text as "
                                         r"summarizer\.Article\(text=\.\.\.\)"):
        summarizer.summarize("Lead paragraph.\nSecond paragraph.")
    with pytest.raises(InputError, match="nope: no such file or directory"):
        summarizer.summarize("nope")


def test_summarize_async_runs_stories_side_by_side_and_matches_the_sync_result() -> None:
    async def digest() -> list[summarizer.Summary]:
        return list(await asyncio.gather(summarizer.summarize_async(_seeds_as_articles()),
                                         summarizer.summarize_async([DATA / "harbor"])))

    seeds, harbor = asyncio.run(digest())
    assert seeds == summarizer.summarize(_seeds_as_articles())
    assert harbor == summarizer.summarize(DATA / "harbor")


def test_cancelling_summarize_async_stops_before_the_next_llm_call() -> None:
    """A SCRIPTED FAKE endpoint (tests/fake_openai.py) holds the first of several map calls
    until the awaiting task has been cancelled; no call is sent after that."""
    import threading

    from fake_openai import ScriptedEndpoint, completion

    arrived, release = threading.Event(), threading.Event()

    def held(request: Any) -> Any:
        arrived.set()
        release.wait(10)
        return completion({"claims": [], "conflicts": []})(request)

    endpoint = ScriptedEndpoint(held, default=completion({"claims": [], "conflicts": []}))
    settings = Settings(engine="llm", base_url="http://scripted.invalid/v1", model="m",
                        context_tokens=4096, max_output_tokens=600, concurrency=1,
                        no_cache=True)

    async def cancel_midway() -> None:
        task = asyncio.ensure_future(summarizer.summarize_async(
            SEEDS, settings=settings, client=endpoint.client(max_retries=0)))
        await asyncio.to_thread(arrived.wait, 10)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        release.set()

    asyncio.run(cancel_midway())  # returns once the worker thread has finished
    assert arrived.is_set() and len(endpoint.requests) == 1


def test_compress_flows_from_argument_env_and_settings_to_the_claims() -> None:
    assert Settings.from_env({"SUMMARIZER_COMPRESS": "1"}).compress is True
    assert Settings.from_env({"SUMMARIZER_COMPRESS": "1"}, compress=False).compress is False
    article = {"text": "The Harbor Bridge reopened to traffic on Monday after a long repair, "
                       "the city engineer said on Sunday.", "outlet": "Harbor Daily"}
    plain = summarizer.summarize([article], engine="extractive", max_words=12)
    short = summarizer.summarize([article], engine="extractive", max_words=12, compress=True)
    assert [c.text for c in plain.claims] == [article["text"]]  # the one sentence, over budget
    assert [c.text for c in short.claims] == [
        "The Harbor Bridge reopened to traffic on Monday after a long repair."]
    assert short.claims[0].status == "verified"
