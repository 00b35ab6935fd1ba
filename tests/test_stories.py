"""`summarize --stories` and `summarize_stories()`: a mixed pile grouped into stories, each
summarised by the single-story path; the grouping itself (summarizer/grouping.py) and the
eval's metrics (evals/stories.py)."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
from pathlib import Path
from typing import Any

import httpx2
import jsonschema
import pytest
import yaml
from conftest import DATA, ROOT, SEEDS
from fake_openai import ScriptedEndpoint, completion, status, user_message
from test_cli import run
from test_llm import TRUE, answer, settings

from evals.stories import LABELS, adjusted_rand_index, not_reports, purity
from summarizer import Article, Digest, InputError, summarize_stories, summarize_stories_async
from summarizer.grouping import group
from summarizer.stories import parse_window

SCHEMA = ROOT / "schema" / "digest.schema.json"
CASES = ROOT / "evals" / "cases"
# each fixture folder is one story; single/ and messy/ hold one article each. The wire case's
# fourth article (commuters on the strike's end) is left out of its three wire copies: the
# copies are so alike that a piece from another angle falls short of half their cohesion
# (grouping.COHESION), a known limit of the grouping.
STORIES = {"injection": CASES / "injection" / "articles", "quote": CASES / "quote" / "articles",
           "update": CASES / "update" / "articles", "wire": CASES / "wire" / "articles",
           "harbor": DATA / "harbor", "figures": DATA / "figures"}
LONERS = {"single": DATA / "single", "messy": DATA / "messy"}
APART = {"4_tollan_post.txt"}


def mixed_pile(folder: Path) -> dict[str, str]:
    """Every fixture article copied flat into `folder`, under names that do not tell their
    story (pile-NN.ext, in an order that interleaves the stories); name -> true story."""
    found = sorted(((story if f.name not in APART else "apart", f)
                    for story, src in {**STORIES, **LONERS}.items()
                    for f in sorted(src.iterdir()) if f.is_file()),
                   key=lambda sf: (sf[1].name[-7:], sf[0]))
    truth = {}
    for n, (story, source) in enumerate(found, 1):
        name = f"pile-{n:02}{source.suffix}"
        shutil.copyfile(source, folder / name)
        truth[name] = story
    return truth


def test_the_seeds_are_one_story(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(SEEDS), "--stories", "--cite")
    assert code == 0, err
    assert out.startswith("1. Trump speaks with Putin")
    assert "2. " not in out and "Not in any story" not in out
    assert "Sources disagree:" in out and "(copy of [1])" in out
    assert "1 stories, 0 article(s) in no story" in err


def test_a_mixed_pile_gives_the_right_stories_and_leaves_the_loners_out(tmp_path: Path) -> None:
    truth = mixed_pile(tmp_path)
    digest = summarize_stories([tmp_path], engine="extractive")
    found = [sorted(truth[Path(s.path or "").name] for s in story.sources)
             for story in digest.stories]
    assert sorted(found) == sorted([name] * sum(1 for t in truth.values() if t == name)
                                   for name in STORIES)
    assert sorted(truth[Path(s.path or "").name] for s in digest.unassigned) == sorted(
        [*LONERS, "apart"])
    assert [s.id for s in digest.unassigned] == ["u1", "u2", "u3"]
    # most independent outlets first; every story is a full summary with its headline
    assert [s.outlets for s in digest.stories] == sorted(
        (s.outlets for s in digest.stories), reverse=True)
    wire = next(s for s in digest.stories if len(s.sources) == 3 and s.outlets == 1)
    assert wire.duplicates and wire.claims and wire.headline
    figures = next(s for s in digest.stories if "Brookfield" in s.headline)
    assert figures.conflicts  # 12 vs 15 workers injured, as on its own


def test_zero_width_spaces_inside_words_do_not_set_an_article_apart() -> None:
    zw = "\u200b"
    bridge = [
        "The Millbrook Bridge in Fernvale closed on Tuesday after inspectors found cracks in "
        "two support beams. Mayor Alma Ortiz said repairs would cost $4 million.",
        "Inspectors shut Fernvale's Millbrook Bridge on Tuesday, citing cracked support "
        "beams. Repairs will cost $4 million, Mayor Alma Ortiz said.",
        f"Fern{zw}vale's Mill{zw}brook Bridge closed Tuesday when in{zw}spectors found "
        f"cracked sup{zw}port beams; Mayor Alma Or{zw}tiz put re{zw}pairs at $4 million."]
    zoo = [
        "The Dunmore Zoo welcomed a baby giraffe on Sunday, keepers said. The calf stood "
        "within an hour and weighed 150 pounds.",
        "A giraffe calf was born at the Dunmore Zoo on Sunday. Keepers said the 150-pound "
        "calf stood within an hour."]
    digest = summarize_stories([Article(text=t, id=f"bridge-{n}") for n, t in enumerate(bridge)]
                               + [Article(text=t, id=f"zoo-{n}") for n, t in enumerate(zoo)],
                               engine="extractive")
    assert sorted(len(s.sources) for s in digest.stories) == [2, 3]
    assert not digest.unassigned


def test_json_validates_against_the_published_schema(capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
    mixed_pile(tmp_path)
    code, out, err = run(capsys, str(tmp_path), "--stories", "--format", "json", "-q")
    assert code == 0, err
    data = json.loads(out)
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    assert len(data["stories"]) == len(STORIES) and len(data["unassigned"]) == 3
    assert Digest.model_validate(data).stories[0].headline


def test_schema_flag_prints_the_checked_in_digest_schema_and_the_summary_one_stays(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--schema", "--stories")
    assert code == 0
    assert json.loads(out) == json.loads(SCHEMA.read_text()), \
        "regenerate: summarize --schema --stories > schema/digest.schema.json"
    code, out, _ = run(capsys, "--schema")
    assert json.loads(out)["title"] == "Summary"


def test_markdown_and_html_show_each_story_under_its_headline(tmp_path: Path) -> None:
    mixed_pile(tmp_path)
    digest = summarize_stories([tmp_path], engine="extractive")
    md = digest.to_markdown(title="Today")
    assert md.startswith("# Today\n") and md.count("\n## ") == len(STORIES)
    assert "### Not in any story (3):" in md
    html = digest.to_html(title="Today <b>")
    assert html.count('class="summarizer-summary"') == len(STORIES)
    assert "<h1>Today &lt;b&gt;</h1>" in html and 'class="unassigned"' in html
    assert all(f">{s.headline}</h2>" in html or s.headline != s.headline.strip()
               for s in digest.stories if "<" not in s.headline and "&" not in s.headline)


def test_in_memory_articles_and_the_async_form() -> None:
    articles = [Article(text=(DATA / "figures" / n).read_text(), outlet=o, id=o)
                for n, o in (("a_river_post.txt", "River Post"),
                             ("b_valley_herald.txt", "Valley Herald"))]
    alone = Article(text=(DATA / "single" / "only_one.txt").read_text(), outlet="Village Wire")
    digest = asyncio.run(summarize_stories_async([articles[0], alone, articles[1]]))
    assert len(digest.stories) == 1 and digest.stories[0].outlets == 2
    assert [s.outlet for s in digest.stories[0].sources] == ["River Post", "Valley Herald"]
    assert [s.outlet for s in digest.unassigned] == ["Village Wire"]


def test_a_pile_with_no_two_articles_alike_has_no_story(capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    code, out, _ = run(capsys, str(DATA / "single"), str(DATA / "messy"), "--stories", "-q")
    assert code == 0
    assert out.startswith("(no story: no two articles report the same event)")
    assert "Not in any story (2):" in out


def test_the_window_keeps_dated_articles_of_far_apart_days_in_different_stories() -> None:
    text = ("The Harbor Bridge in Port Ellis reopened on Monday after an eight-month repair "
            "of its corroded main cables, city engineer Dana Whitcombe said.")
    day = [__import__("datetime").date(2026, 1, d) for d in (1, 2, 20)]
    assert group([text] * 3).stories == [[0, 1, 2]]
    assert group([text] * 3, day, 3).stories == [[0, 1]]
    assert group([text] * 3, [day[0], None, day[2]], 3).stories in ([[0, 1]], [[1, 2]])
    assert parse_window("3d") == 3 and parse_window("36h") == 1.5 and parse_window("1w") == 7


def test_window_flag_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(SEEDS), "--window", "3d")
    assert code == 2 and "--window goes with --stories" in err
    code, _, err = run(capsys, str(SEEDS), "--stories", "--window", "soon")
    assert code == 1 and "--window 'soon': give a duration such as 3d" in err


def test_the_metrics() -> None:
    assert adjusted_rand_index("aabb", "xxyy") == 1.0
    assert adjusted_rand_index("aabb", "xyxy") < 0
    assert purity("aabb", "xxxy") == 0.75
    assert abs(adjusted_rand_index("aaabbb", "xxyyyz") - 2 / 17) < 1e-9  # (2 - 1.6) / (5 - 1.6)


def test_the_eval_holds_the_grouping_to_its_floors() -> None:
    from evals.run import check, thresholds
    from evals.stories import Scores

    good = Scores(articles=10, stories=4, found=4, ari=0.9, ari_reports=1.0, purity=1.0,
                  unassigned=1, reports=9, reports_unassigned=0, reports_alone=0, seconds=1.0)
    floors = thresholds()["stories"]
    assert check(good.scores(), floors) == []
    bad = Scores(**{**good.__dict__, "purity": 0.5, "reports_unassigned": 3})
    assert [f.split()[0] for f in check(bad.scores(), floors)] == [
        "purity", "reports_unassigned_share"]


def test_the_eval_reads_which_articles_are_no_reports_from_its_labels(tmp_path: Path) -> None:
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    assert {kind for story in labels.values() for kind in story.values()} <= {
        "junk", "other-event"}
    story = tmp_path / next(iter(labels))
    story.mkdir()
    labelled = story / next(iter(labels[story.name]))
    long = " ".join(["The harbor bridge reopened on Tuesday after repairs."] * 10)
    for path in (labelled, story / "article-8.txt"):
        path.write_text(long, encoding="utf-8")
    (story / "article-9.txt").write_text("Tweet with a location.", encoding="utf-8")
    assert not_reports(sorted(story.iterdir())) == {labelled, story / "article-9.txt"}


def test_a_rerun_with_a_new_article_redoes_only_the_story_it_joins(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pile, state = tmp_path / "pile", tmp_path / "state"
    pile.mkdir()
    mixed_pile(pile)
    args = [str(pile), "--stories", "--format", "json", "--out-dir", str(state)]
    code, first, err = run(capsys, *args)
    assert code == 0 and "0 of 6 stories unchanged since the last run, kept" in err
    code, again, err = run(capsys, *args)
    assert code == 0 and "6 of 6 stories unchanged since the last run, kept" in err
    assert again == first
    # a rewrite of a harbor article arrives: only the harbor story is summarised again
    text = (STORIES["harbor"] / "01_coastal_wire.txt").read_text(encoding="utf-8")
    (pile / "zz-new.txt").write_text(text.replace("Monday", "Monday morning"),
                                     encoding="utf-8")
    code, out, err = run(capsys, *args)
    assert code == 0 and "5 of 6 stories unchanged since the last run, kept" in err
    harbor = next(s for s in json.loads(out)["stories"] if "Harbor" in s["headline"])
    assert any(s["path"].endswith("zz-new.txt") for s in harbor["sources"])


def test_a_damaged_stories_state_is_set_aside(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    (tmp_path / "stories-state.json").write_text("{not json", encoding="utf-8")
    code, out, err = run(capsys, str(SEEDS), "--stories", "--out-dir", str(tmp_path))
    assert code == 0 and out.startswith("1. Trump")
    assert "damaged stories state" in err and (tmp_path / "stories-state.json.damaged").exists()
    code, _, err = run(capsys, str(SEEDS), "--stories", "--out-dir", str(tmp_path))
    assert "1 of 1 stories unchanged since the last run, kept" in err


def test_the_state_folder_may_not_lie_among_the_inputs(capsys: pytest.CaptureFixture[str],
                                                       tmp_path: Path) -> None:
    mixed_pile(tmp_path)
    code, _, err = run(capsys, str(tmp_path), "--stories", "--out-dir", str(tmp_path / "s"))
    assert code == 1 and "--out-dir is inside the input folder" in err
    assert not (tmp_path / "s").exists()


def test_worker_processes_give_the_same_digest(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    """Extractive stories go to worker processes when there are enough of them
    (PROCESS_MIN_STORIES, lowered here): the digest is the same as in one process."""
    import os

    from summarizer import story_runs

    mixed_pile(tmp_path)
    alone = summarize_stories([tmp_path], engine="extractive")
    monkeypatch.setattr(story_runs, "PROCESS_MIN_STORIES", 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert summarize_stories([tmp_path], engine="extractive") == alone


def test_inputs_given_as_a_generator_are_read_once_and_checked(tmp_path: Path) -> None:
    digest = summarize_stories(p for p in [SEEDS])
    assert len(digest.stories) == 1 and not digest.unassigned
    with pytest.raises(InputError, match="`out_dir` is inside the input folder"):
        summarize_stories((p for p in [SEEDS]), state_dir=SEEDS / "state")
    assert not (SEEDS / "state").exists()


def _two_story_pile(folder: Path) -> None:
    for story in ("figures", "harbor"):
        for article in sorted((DATA / story).iterdir()):
            shutil.copyfile(article, folder / f"{story}-{article.name}")


def _harbor_refused(request: httpx2.Request) -> httpx2.Response:
    """SCRIPTED (not a model): the harbor story's requests are refused, the others answered."""
    if "Harbor" in user_message(json.loads(request.content)):
        return status(400, "scripted: this request is refused")(request)
    return completion(answer((TRUE, ["e1"])))(request)


def test_with_the_llm_engine_a_failing_story_is_listed_and_the_others_summarised(
        tmp_path: Path) -> None:
    _two_story_pile(tmp_path)
    endpoint = ScriptedEndpoint(default=_harbor_refused)
    warned: list[str] = []
    digest = summarize_stories([tmp_path], settings=settings(max_retries=0),
                               client=endpoint.client(max_retries=0), on_warning=warned.append)
    assert [s.headline for s in digest.stories] == ["Fire at Brookfield Textile Mill Injures "
                                                    "Workers"]
    [failed] = digest.failed
    assert "Harbor" in failed.headline and len(failed.sources) >= 2
    assert "400" in failed.error and "scripted: this request is refused" in failed.error
    assert any(w.startswith(f"story {failed.headline!r} ({len(failed.sources)} articles) "
                            "failed: ") for w in warned)
    # its articles are listed under the failed story, not again as unassigned
    assert not {s.path for s in failed.sources} & {s.path for s in digest.unassigned}
    jsonschema.validate(json.loads(digest.model_dump_json()), json.loads(SCHEMA.read_text()))
    for text in (digest.to_text(), digest.to_markdown(), digest.to_html()):
        assert "Not summarised (1)" in text and "scripted: this request is refused" in text


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_the_cli_prints_the_digest_and_exits_1_when_a_story_failed(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    # a SCRIPTED local server (not a model): one request at a time, so the last body seen is
    # the one being answered
    from scripted_server import reply, scripted_server
    from test_llm import _ok

    def step(handler: Any) -> None:
        if "Harbor" in user_message(seen[-1]):
            reply(400, {"error": {"message": "scripted: refused", "type": "scripted"}})(handler)
        else:
            _ok()(handler)

    pile, state = tmp_path / "pile", tmp_path / "state"
    pile.mkdir()
    _two_story_pile(pile)
    monkeypatch.setenv("SUMMARIZER_CONCURRENCY", "1")
    monkeypatch.setenv("SUMMARIZER_MAX_RETRIES", "0")
    with scripted_server(default=step) as seen:
        code, out, err = run(capsys, str(pile), "--stories", "--engine", "llm", "--base-url",
                             seen.url, "--model", "m", "--out-dir", str(state), "--no-cache")
    assert code == 1
    assert out.startswith("1. Fire at Brookfield Textile Mill") and "Not summarised (1):" in out
    assert re.search(r"2 stories, 1 failed, \d article\(s\) in no story", err), err
    assert "error: 1 of 2 stories failed (see above); the digest holds the others" in err
    kept = json.loads((state / "stories-state.json").read_text())["stories"]
    assert len(kept) == 1  # the failed story is not kept: the rerun tries it again


def test_the_state_is_written_as_each_story_is_done(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    from summarizer import story_state

    monkeypatch.setattr(story_state, "SAVE_FACTOR", 0)  # no pause between writes
    pile, state = tmp_path / "pile", tmp_path / "state"
    pile.mkdir()
    mixed_pile(pile)
    seen: list[int] = []

    def written(story: Any, done: int, total: int) -> None:
        data = json.loads((state / story_state.STATE_FILE).read_text(encoding="utf-8"))
        seen.append(len(data["stories"]))

    summarize_stories([pile], engine="extractive", state_dir=state, on_story=written)
    assert seen == list(range(1, len(STORIES) + 1))


def test_an_interrupted_run_keeps_the_stories_it_finished(monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    from summarizer import story_runs

    pile, state = tmp_path / "pile", tmp_path / "state"
    pile.mkdir()
    mixed_pile(pile)
    real, calls = story_runs._one_story, []

    def until_the_third(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 3 and not state.joinpath("rerun").exists():
            raise KeyboardInterrupt  # Ctrl-C in the middle of the third story
        return real(*args, **kwargs)

    monkeypatch.setattr(story_runs, "_one_story", until_the_third)
    with pytest.raises(KeyboardInterrupt):
        summarize_stories([pile], engine="extractive", state_dir=state)
    assert len(json.loads((state / "stories-state.json").read_text())["stories"]) == 2
    calls.clear()
    state.joinpath("rerun").touch()
    digest = summarize_stories([pile], engine="extractive", state_dir=state)
    assert len(digest.stories) == len(STORIES)
    assert len(calls) == len(STORIES) - 2  # the two finished before Ctrl-C are not redone


def test_batch_api_sends_every_story_in_one_round(tmp_path: Path) -> None:
    # a SCRIPTED fake of the Batch API (not a recording, not a model)
    from fake_batch_api import FakeBatchAPI
    from test_batch_api import llm

    _two_story_pile(tmp_path)
    fake = FakeBatchAPI(polls=2)
    digest = summarize_stories([tmp_path], settings=llm(), batch_api=True, client=fake.client())
    assert len(digest.stories) == 2 and not digest.failed
    assert fake.created == 1 and len(fake.requests) == 2  # one round, both stories in it
    assert all(c.status == "verified" for s in digest.stories for c in s.claims)
    assert all(s.usage.llm_calls == 1 for s in digest.stories)


def test_batch_api_a_refused_request_fails_its_story_only(tmp_path: Path) -> None:
    from fake_batch_api import FakeBatchAPI
    from test_batch_api import llm

    _two_story_pile(tmp_path)
    fake = FakeBatchAPI()
    fake.refuse = lambda body: "scripted refusal" if "Harbor" in json.dumps(body) else None
    digest = summarize_stories([tmp_path], settings=llm(), batch_api=True, client=fake.client())
    assert [s.headline for s in digest.stories] == ["Fire at Brookfield Textile Mill Injures "
                                                    "Workers"]
    [failed] = digest.failed
    assert "Harbor" in failed.headline and "scripted refusal" in failed.error


def test_batch_api_an_interrupted_run_polls_the_batch_in_flight_instead_of_paying_twice(
        tmp_path: Path) -> None:
    from fake_batch_api import FakeBatchAPI
    from test_batch_api import llm

    from summarizer.errors import EndpointError

    pile, state = tmp_path / "pile", tmp_path / "state"
    pile.mkdir()
    _two_story_pile(pile)
    fake = FakeBatchAPI(polls=2)
    fake.fail_polls = 1
    with pytest.raises(EndpointError, match="answered 503 to poll a batch"):
        summarize_stories([pile], settings=llm(), batch_api=True, client=fake.client(),
                          state_dir=state)
    kept = json.loads((state / "stories-state.json").read_text(encoding="utf-8"))
    assert kept["batches_in_flight"] == ["batch_1"] and not kept["stories"]
    digest = summarize_stories([pile], settings=llm(), batch_api=True, client=fake.client(),
                               state_dir=state)
    assert len(digest.stories) == 2 and fake.created == 1  # polled, not submitted again
    kept = json.loads((state / "stories-state.json").read_text(encoding="utf-8"))
    assert "batches_in_flight" not in kept and len(kept["stories"]) == 2


def test_the_async_form_sends_batch_api_requests_through_the_callers_async_client(
        tmp_path: Path) -> None:
    # the SCRIPTED fake of the Batch API (not a recording) behind an openai.AsyncOpenAI
    from fake_batch_api import FakeBatchAPI
    from test_batch_api import llm

    pile = tmp_path / "pile"
    pile.mkdir()
    _two_story_pile(pile)
    fake = FakeBatchAPI(polls=2)
    once = summarize_stories([pile], settings=llm(no_cache=True), batch_api=True,
                             client=fake.client())
    fake = FakeBatchAPI(polls=2)
    digest = asyncio.run(summarize_stories_async([pile], settings=llm(no_cache=True),
                                                 batch_api=True, client=fake.async_client()))
    assert fake.created == 1 and len(fake.requests) == 2  # one round, both stories in it
    assert digest == once


def test_cancelling_the_async_form_stops_polling_and_a_rerun_collects_the_batch(
        tmp_path: Path) -> None:
    from fake_batch_api import FakeBatchAPI
    from test_batch_api import llm

    pile, state = tmp_path / "pile", tmp_path / "state"
    pile.mkdir()
    _two_story_pile(pile)
    fake = FakeBatchAPI(polls=10**6)  # the batch never ends while the task runs

    async def cancelled_while_polling() -> None:
        task = asyncio.create_task(summarize_stories_async(
            [pile], settings=llm(batch_poll=0.01), batch_api=True, state_dir=state,
            client=fake.async_client()))
        while not fake.looks.get("batch_1"):
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        looks = fake.looks["batch_1"]
        await asyncio.sleep(0.3)  # a worker still polling would look about 30 times more
        polled = fake.looks["batch_1"] - looks
        fake.polls = 0  # a worker that did not stop can end: the test fails, it does not hang
        assert polled <= 1

    asyncio.run(cancelled_while_polling())
    kept = json.loads((state / "stories-state.json").read_text(encoding="utf-8"))
    assert kept["batches_in_flight"] == ["batch_1"]
    fake.polls = 1
    digest = summarize_stories([pile], settings=llm(), batch_api=True, client=fake.client(),
                               state_dir=state)
    assert len(digest.stories) == 2 and fake.created == 1  # collected, not paid for twice


def test_batch_api_with_stories_needs_the_llm_engine(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(SEEDS), "--stories", "--batch-api", "--engine", "extractive")
    assert code == 1 and "--batch-api sends llm requests" in err and "Traceback" not in err


def test_compress_applies_to_every_story_in_both_forms() -> None:
    # one outlet attributes the fact, the other states it as fact in an aside of its own (an
    # attribution both outlets make is kept: tests/test_extractive.py)
    said = [Article(text=text, outlet=outlet, id=outlet) for text, outlet in (
        ("The Harbor Bridge reopened to traffic on Monday after a long repair, the city "
         "engineer said on Sunday.", "Harbor Daily"),
        ("The Harbor Bridge (the city's oldest) reopened to traffic on Monday after a long "
         "repair.", "Bay Courier"))]
    trimmed = ["The Harbor Bridge reopened to traffic on Monday after a long repair."]
    plain = summarize_stories(said, engine="extractive", max_words=12)
    assert [c.text for c in plain.stories[0].claims] != trimmed
    digest = summarize_stories(said, engine="extractive", max_words=12, compress=True)
    assert [c.text for c in digest.stories[0].claims] == trimmed
    digest = asyncio.run(summarize_stories_async(said, engine="extractive", max_words=12,
                                                 compress=True))
    assert [c.text for c in digest.stories[0].claims] == trimmed
