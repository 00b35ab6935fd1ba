"""summarize --batch: one summary per story folder, resumable, a failed story not fatal."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from test_cli import run

from summarizer import summarize
from summarizer.batch import STATE_FILE, StoryResult, summarize_batch
from summarizer.errors import InputError
from summarizer.render import render

CASES = ROOT / "evals" / "cases"


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    root = tmp_path / "stories"
    shutil.copytree(SEEDS, root / "ukraine", ignore=shutil.ignore_patterns("*.md"))
    shutil.copytree(CASES / "wire" / "articles", root / "rail-strike")
    (root / "broken").mkdir()
    (root / "broken" / "empty.txt").write_text("   \n", encoding="utf-8")
    (root / "_drafts").mkdir()  # '_' and '.' folders are not stories
    (root / "_drafts" / "note.txt").write_text("Not a story.", encoding="utf-8")
    return root


def test_each_story_is_summarised_as_a_single_run_would_and_a_broken_one_is_reported(
        stories: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--batch", str(stories), "--format", "markdown", "--cite")
    out_dir = stories / "_summaries"
    assert code == 1 and out == ""
    assert "broken: failed: no readable article" in err
    assert "1 of 3 stories failed" in err and "rerun --batch" in err
    assert sorted(p.name for p in out_dir.iterdir()) == [
        STATE_FILE, "rail-strike.md", "ukraine.md"]
    alone = render(summarize([stories / "ukraine"]), "markdown", cite=True)
    assert (out_dir / "ukraine.md").read_text(encoding="utf-8") == alone
    state = json.loads((out_dir / STATE_FILE).read_text(encoding="utf-8"))["stories"]
    assert state["ukraine"]["status"] == "done" and state["ukraine"]["sources"] == 5
    assert state["broken"]["status"] == "failed" and "no readable article" in state["broken"]["error"]


def test_a_rerun_keeps_unchanged_stories_and_redoes_changed_and_failed_ones(
        stories: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--batch", str(stories), "--format", "json")
    (stories / "broken" / "empty.txt").write_text(
        (SEEDS / "003_d0515d09c1c744b3.txt").read_text(encoding="utf-8"), encoding="utf-8")
    extra = stories / "rail-strike" / "5_late.txt"
    extra.write_text("Rail services in Tollan resumed on Friday, the operator said.\n",
                     encoding="utf-8")
    code, _, err = run(capsys, "--batch", str(stories), "--format", "json")
    assert code == 0
    assert "ukraine: unchanged since the last run, kept" in err
    assert "rail-strike: " in err and "rail-strike: unchanged" not in err
    assert "broken: " in err and "0 failed" in err
    summary = json.loads((stories / "_summaries" / "rail-strike.json").read_text("utf-8"))
    assert any(s["path"].endswith("5_late.txt") for s in summary["sources"])
    # other settings make other summaries: nothing is kept from a --max-words 50 run
    code, _, err = run(capsys, "--batch", str(stories), "--format", "json", "--max-words", "50")
    assert code == 0 and "unchanged since" not in err


def test_an_interrupted_batch_resumes_with_what_was_not_finished(stories: Path) -> None:
    shutil.rmtree(stories / "broken")
    seen: list[str] = []

    def stop_after_first(result: StoryResult, done: int, total: int) -> None:
        seen.append(result.story)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        summarize_batch(stories, jobs=1, on_story=stop_after_first)
    report = summarize_batch(stories, jobs=1)
    statuses = {s.story: s.status for s in report.stories}
    assert statuses[seen[0]] == "skipped"
    assert sorted(statuses.values()) == ["done", "skipped"]


def test_parallel_workers_write_the_same_summaries_as_one(stories: Path, tmp_path: Path) -> None:
    shutil.rmtree(stories / "broken")
    one = summarize_batch(stories, tmp_path / "one", jobs=1)
    two = summarize_batch(stories, tmp_path / "two", jobs=2)  # worker processes
    assert [s.status for s in two.stories] == ["done", "done"]
    for story in one.stories:
        name = Path(str(story.output)).name
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_a_folder_without_story_folders_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Loose article.", encoding="utf-8")
    with pytest.raises(InputError, match="subfolder of its own"):
        summarize_batch(tmp_path)


def test_batch_flags_do_not_mix_with_single_run_flags(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--batch", str(SEEDS), str(SEEDS))
    assert code == 2 and "give no PATHS" in err
    code, _, err = run(capsys, str(SEEDS), "--jobs", "2")
    assert code == 2 and "go with --batch" in err


def test_a_damaged_state_file_means_starting_over_not_crashing(
        stories: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.rmtree(stories / "broken")
    out_dir = stories / "_summaries"
    out_dir.mkdir()
    (out_dir / STATE_FILE).write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "--batch", str(stories))
    assert code == 0 and "damaged batch state, kept as" in err
    assert os.path.exists(out_dir / "ukraine.txt")  # the CLI's default format is text
    assert (out_dir / f"{STATE_FILE}.damaged").read_text() == "{not json"  # set aside, named


def test_a_state_file_of_the_wrong_shape_is_set_aside_not_crashed_on(
        stories: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.rmtree(stories / "broken")
    out_dir = stories / "_summaries"
    out_dir.mkdir()
    (out_dir / STATE_FILE).write_text('{"version": 1, "stories": {"ukraine": [1, 2]}}')
    code, _, err = run(capsys, "--batch", str(stories))
    assert code == 0 and "damaged batch state" in err and "internal error" not in err


def test_summaries_never_land_in_a_story_nor_on_the_state_file(
        stories: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.rmtree(stories / "broken")
    code, _, err = run(capsys, "--batch", str(stories), "--out-dir", str(stories / "ukraine" / "x"))
    assert code == 1 and "--out-dir is inside the story folder ukraine" in err
    (stories / "batch-state").mkdir()
    shutil.copy(next((stories / "ukraine").iterdir()), stories / "batch-state")
    code, _, err = run(capsys, "--batch", str(stories), "--format", "json")
    assert code == 1 and "batch-state: failed: its summary would overwrite batch-state.json" in err
    state = json.loads((stories / "_summaries" / STATE_FILE).read_text())
    assert state["stories"]["ukraine"]["status"] == "done"  # the state file is still the state


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_llm_stories_share_the_request_budget(tmp_path: Path) -> None:
    # a SCRIPTED local server (not a model) that counts the requests it holds at once
    import threading
    import time

    from scripted_server import scripted_server
    from test_llm import _ok, settings

    root = tmp_path / "stories"
    for n in range(3):  # in a 1024-token context each story is several map calls at once
        shutil.copytree(SEEDS, root / f"story-{n}", ignore=shutil.ignore_patterns("*.md"))
    lock, inflight, peak = threading.Lock(), [0], [0]

    def slow_ok(handler: object) -> None:
        with lock:
            inflight[0] += 1
            peak[0] = max(peak[0], inflight[0])
        time.sleep(0.2)
        with lock:
            inflight[0] -= 1
        _ok()(handler)  # type: ignore[arg-type]

    with scripted_server(default=slow_ok) as seen:
        report = summarize_batch(root, settings=settings(
            base_url=seen.url, concurrency=4, context_tokens=1024, max_output_tokens=200,
            no_cache=True, timeout=10.0), jobs=2)
    assert [s.status for s in report.stories] == ["done"] * 3, report.stories
    assert all(s.llm_calls >= 3 for s in report.stories)
    # parallel, yet never past max(jobs, concurrency): 2 stories x 2 requests each
    assert 2 <= peak[0] <= 4, peak


def test_batch_workers_end_when_the_batch_is_killed(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "run.py"
    script.write_text(f"""
import shutil, time
from pathlib import Path
import summarizer.batch as batch
root = Path({str(tmp_path)!r}) / "stories"
for n in range(3):
    shutil.copytree({str(SEEDS)!r}, root / f"s{{n}}")
def slow(*args, **kwargs):  # a story that takes a long time: the workers are busy
    time.sleep(60)
batch._run_story = slow
batch.summarize_batch(root, Path({str(tmp_path)!r}) / "out", jobs=2,
                      settings=batch.Settings(engine="extractive"))
""")
    parent = subprocess.Popen([sys.executable, str(script)])
    children: list[int] = []
    for _ in range(100):  # the pool's workers, once started
        time.sleep(0.1)
        try:
            found = Path(f"/proc/{parent.pid}/task/{parent.pid}/children").read_text().split()
        except OSError:
            found = []
        children = [int(p) for p in found]
        if len(children) >= 2:
            break
    assert len(children) >= 2, "the batch never started its workers"
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{p}").exists() for p in children):
        time.sleep(0.1)
    alive = [p for p in children if Path(f"/proc/{p}").exists()
             and "Z" not in Path(f"/proc/{p}/stat").read_text().split()[2]]
    assert not alive, f"orphaned workers still running: {alive}"


def _batch_script(tmp_path: Path, on_s0: str) -> Path:
    """A script running `summarize --batch` on three copies of the seeds in two worker
    processes, story s0's run first doing `on_s0` (Python, indented four spaces)."""
    script = tmp_path / "run.py"
    script.write_text(f"""
import shutil, time
from pathlib import Path
import summarizer.batch as batch
from summarizer.entry import main
root = Path({str(tmp_path)!r}) / "stories"
for n in range(3):
    shutil.copytree({str(SEEDS)!r}, root / f"s{{n}}")
real = batch._run_story
def patched(folder, *args, **kwargs):
    if folder.name == "s0":
{on_s0}
    return real(folder, *args, **kwargs)
batch._run_story = patched
main(["--batch", str(root), "--out-dir", {str(tmp_path / "out")!r}, "--jobs", "2",
      "--engine", "extractive", "-q"])
""")
    return script


def test_ctrl_c_to_the_batchs_process_group_leaves_no_worker_traceback(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    # one worker busy, the other idle when Ctrl-C comes: s0 sleeps far longer than s1 and s2
    # take, on a loaded machine too
    script = _batch_script(tmp_path, "        time.sleep(120)")
    # a terminal sends Ctrl-C's SIGINT to every process of the foreground group
    run = subprocess.Popen([sys.executable, str(script)], stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
    out = tmp_path / "out"
    for _ in range(300):  # s1 and s2 written: one worker sleeps in s0, the other waits idle
        time.sleep(0.1)
        if len(list(out.glob("s[12].txt"))) == 2:
            break
    assert len(list(out.glob("s[12].txt"))) == 2, "the batch never summarised s1 and s2"
    time.sleep(0.2)
    os.killpg(run.pid, signal.SIGINT)
    _, err = run.communicate(timeout=60)
    assert run.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.strip() == "summarize: interrupted"


def test_a_workers_ctrl_c_reaching_the_parent_first_is_still_one_line(tmp_path: Path) -> None:
    """A worker interrupted in a story hands its SystemExit(130) back as the task's result;
    when that reaches the batch before the batch's own Ctrl-C does (a loaded machine), the
    command still says it was interrupted, with no traceback and no silent exit."""
    import subprocess
    import sys

    # what a worker's Ctrl-C handler raises in a story
    script = _batch_script(tmp_path, "        raise SystemExit(130)")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 130, run.stderr
    assert run.stderr.strip() == "summarize: interrupted"


def _pipe_closed() -> None:
    raise EOFError("Ran out of input")  # what a worker meets when the parent went mid-message


def test_a_worker_whose_parent_went_mid_message_ends_without_a_traceback(
        capfd: pytest.CaptureFixture[str]) -> None:
    """CI once caught it: Ctrl-C ended the parent while an idle worker read the call queue,
    and the worker's EOFError reached the terminal as a traceback."""
    from summarizer.story_runs import quiet_context

    process = quiet_context().Process(target=_pipe_closed)
    process.start()
    process.join()
    assert process.exitcode == 130
    assert "Traceback" not in capfd.readouterr().err
