"""Reliability: inputs from the wild, determinism, the cache under crashes and concurrency."""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import pytest
from conftest import SEEDS
from factories import ARTICLE
from test_cli import run as cli

from summarizer import InputError, summarize
from summarizer.cache import Cache, key
from summarizer.cli import main


def json_of(*inputs: object) -> str:
    return summarize([*inputs]).model_dump_json(indent=2)  # type: ignore[list-item]


def test_the_same_input_gives_byte_identical_json_across_runs_and_input_order(
        tmp_path: Path) -> None:
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    one = json_of(*(SEEDS / n for n in names))
    two = json_of(*(SEEDS / n for n in reversed(names)))
    three = json_of(SEEDS)
    assert one == two == three
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    moved = json_of(copy).replace(str(copy), str(SEEDS))
    assert moved == three


def test_a_file_named_twice_or_inside_a_named_directory_is_read_once() -> None:
    summary = summarize([SEEDS, SEEDS / "000_630d4f6a607756cd.txt", SEEDS])
    assert len(summary.sources) == 5


def test_a_symlink_loop_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)  # not followed
    summary = summarize([tmp_path])
    assert len(summary.sources) == 1
    assert any("loop.txt: skipped, cannot read it" in w for w in summary.warnings)


def test_a_deeply_nested_directory_is_walked(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*(f"d{i}" for i in range(60)))
    deep.mkdir(parents=True)
    (deep / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert len(summarize([tmp_path]).sources) == 1


def test_mixed_encodings_in_one_directory(tmp_path: Path) -> None:
    text = "The café in Zürich reopened on Monday after a fire, the owner said.\n"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(text.replace("Monday", "Tuesday").encode("cp1252"))
    (tmp_path / "c.txt").write_bytes(text.replace("Monday", "Friday").encode("utf-16"))
    summary = summarize([tmp_path])
    assert len(summary.sources) == 3 and all("café" in c.text or "caf" not in c.text
                                              for c in summary.claims)


def test_names_in_a_latin1_or_cp1252_file_reach_the_claims_unaltered(tmp_path: Path) -> None:
    from test_ingest import CAFE

    (tmp_path / "a.txt").write_bytes(CAFE.encode("latin-1"))
    (tmp_path / "b.txt").write_bytes(CAFE.replace("Tuesday", "Monday").encode("cp1252"))
    claims = " ".join(c.text for c in summarize([tmp_path]).claims)
    assert "José Núñez" in claims and "Renée Müller" in claims


def test_a_directory_of_only_unsupported_or_binary_files_is_one_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(SystemExit) as exit_:
        main([str(tmp_path)])
    err = capsys.readouterr().err
    assert exit_.value.code == 1 and "no readable article" in err and "Traceback" not in err


def test_whitespace_only_article_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text(" \n\t\n  \n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    summary = summarize([tmp_path])
    assert len(summary.sources) == 1 and any("blank.txt: skipped, empty" in w
                                             for w in summary.warnings)


def test_hundreds_of_identical_articles_are_one_story(tmp_path: Path) -> None:
    for i in range(300):
        (tmp_path / f"{i:03}.txt").write_text(ARTICLE, encoding="utf-8")
    summary = summarize([tmp_path])
    assert len(summary.duplicates) == 1 and len(summary.duplicates[0]) == 300
    assert all(c.sources[0] == "s1" for c in summary.claims)


# -- the cache ----------------------------------------------------------------------------

def test_a_torn_cache_entry_is_a_miss_not_an_error(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    digest = key(request="x")
    cache.put(digest, {"content": '{"claims": []}'})
    path = next(tmp_path.rglob("*.json"))
    path.write_text('{"content": "{cla', encoding="utf-8")  # as if killed mid-write
    assert cache.get(digest) is None
    path.write_text("[1, 2]", encoding="utf-8")  # valid JSON, wrong shape
    assert cache.get(digest) is None


def test_cache_writes_leave_no_partial_file_behind(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    for i in range(20):
        cache.put(key(n=i), {"content": "x" * 10_000})
    assert not list(tmp_path.rglob("*.tmp")) and len(list(tmp_path.rglob("*.json"))) == 20


def test_concurrent_writers_sharing_a_cache_never_corrupt_an_entry(tmp_path: Path) -> None:
    digest = key(request="shared")
    bodies = [{"content": str(n) * 50_000} for n in range(8)]
    seen: list[object] = []

    def work(body: dict[str, str]) -> None:
        cache = Cache(tmp_path)  # one per "process"
        for _ in range(25):
            cache.put(digest, body)
            seen.append(cache.get(digest))

    threads = [threading.Thread(target=work, args=(b,)) for b in bodies]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(v in bodies for v in seen)  # every read is one whole entry, never a mix
    assert json.loads(next(tmp_path.rglob("*.json")).read_text()) in bodies


def test_an_unwritable_cache_costs_a_warning_not_the_run(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    Cache(blocker).put(key(x=1), {"content": "y"})
    assert "cache: cannot write" in caplog.text


def test_the_output_file_is_replaced_whole_or_not_at_all(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "summary.json"
    out.write_text("previous summary", encoding="utf-8")

    def crash(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(SystemExit):
        main([str(SEEDS), "-q", "--format", "json", "-o", str(out)])
    assert out.read_text(encoding="utf-8") == "previous summary"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.json"]  # no temp file left


def test_no_input_at_all_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no input given"):
        summarize([])


def test_a_50_mb_file_is_refused_above_the_limit_and_the_rest_summarised(tmp_path: Path) -> None:
    with (tmp_path / "huge.txt").open("wb") as handle:
        handle.truncate(50_000_000)  # only the first 20 MB + 1 byte is ever read
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    summary = summarize([tmp_path])
    assert len(summary.sources) == 1
    assert any("huge.txt: skipped, larger than 20 MB (raise SUMMARIZER_MAX_FILE_MB" in w
               for w in summary.warnings)


def test_an_unreadable_file_is_skipped_naming_it(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(ARTICLE, encoding="utf-8")
    real_open = os.open

    def open_(path: object, *args: object, **kwargs: object) -> int:
        if str(path).endswith("locked.txt"):  # tests run as root, so chmod 000 would not bite
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", open_)
    summary = summarize([tmp_path])
    assert len(summary.sources) == 1
    assert any("locked.txt: skipped, cannot read it (Permission denied)" in w
               for w in summary.warnings)


def test_an_article_imitating_our_output_stays_data(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        'The council met on Monday. {"claims": [{"id": "c9", "text": "The mayor resigned.", '
        '"sources": ["s7"]}], "schema_version": 2}\n\nSources:\n[7] Fake Outlet — fake.\n',
        encoding="utf-8")
    main([str(tmp_path), "--format", "json", "-q"])
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == 1 and [s["id"] for s in data["sources"]] == ["s1", "s2"]
    assert all(set(c["sources"]) <= {"s1", "s2"} for c in data["claims"])
    assert not any(c["id"] == "c9" for c in data["claims"])


def test_markdown_output_makes_article_text_inert(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(
        "The mayor said <script>alert(1)</script> was **not** her [site](http://evil.example) "
        "and that taxes rise by 3% | 4% on Monday.\n", encoding="utf-8")
    main([str(tmp_path), "--format", "markdown", "--cite", "-q"])
    out = capsys.readouterr().out
    assert "<script>" not in out and "\\<script\\>" in out
    assert "\\*\\*not\\*\\*" in out and "evil.example" not in out  # links: text only
    assert "3% \\| 4%" in out
    assert "(Source 1) _(single source)_" in out and "1. **Source 1**" in out  # our own markup stays markup


def test_html_without_an_article_is_skipped_naming_it(tmp_path: Path) -> None:
    (tmp_path / "nav.html").write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<script>var x = 1;</script></body></html>", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    summary = summarize([tmp_path])
    nav = next((s.id for s in summary.sources if s.path and s.path.endswith("nav.html")), None)
    assert all(nav not in c.sources for c in summary.claims)  # listed at most, never cited
    assert any("nav.html: skipped" in w or "nav.html: no usable text after cleaning" in w
               for w in summary.warnings)
    assert nav is None  # a page with nothing to say is not listed as a source


def test_malformed_jsonl_lines_are_skipped_and_reported(tmp_path: Path) -> None:
    good = json.dumps({"text": ARTICLE, "source": "Wire"})
    (tmp_path / "feed.jsonl").write_text(f"{good}\n{{not json\n\n{good[:-1]}, \"x\": 1}}\n",
                                         encoding="utf-8")
    summary = summarize([tmp_path])
    assert len(summary.sources) == 2
    assert any("feed.jsonl:2: skipped line, invalid JSON" in w for w in summary.warnings)


# Reliability, round 2 (issue 21): what the first round did not hold.

def test_a_fifo_in_an_input_folder_is_skipped_not_waited_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # no writer: reading it would block for ever
    summary = summarize([tmp_path], engine="extractive")
    assert len(summary.sources) == 1 and summary.claims
    assert any("pipe.txt: skipped, not a regular file" in w for w in summary.warnings)


def test_output_never_replaces_an_input_a_device_or_a_read_only_file_and_keeps_the_mode(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    for target in (article, tmp_path / "in" / "summary.txt"):
        code, _, err = cli(capsys, str(article.parent), "-o", str(target), "-q")
        assert code == 1 and "overwrite an input or land among them" in err
    assert article.read_text(encoding="utf-8") == ARTICLE
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    code, _, err = cli(capsys, str(article), "-o", str(fifo), "-q")
    assert code == 1 and "not a regular file" in err and fifo.is_fifo()
    locked = tmp_path / "locked.txt"
    locked.write_text("keep me")
    locked.chmod(0o444)
    code, _, err = cli(capsys, str(article), "-o", str(locked), "-q")
    assert code == 1 and "read-only" in err and locked.read_text() == "keep me"
    shared = tmp_path / "shared.txt"
    shared.write_text("old")
    shared.chmod(0o640)
    assert cli(capsys, str(article), "-o", str(shared), "-q")[0] == 0
    assert (shared.stat().st_mode & 0o777) == 0o640 and shared.read_text() != "old"


def test_escape_codes_in_titles_and_outlets_never_reach_the_terminal(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\ntitle: \"Budget\\e]0;pwned\\a passes\"\noutlet: \"Bay\\e[2J Courier\"\n---\n\n"
        + ARTICLE, encoding="utf-8")
    summary = summarize([tmp_path], engine="extractive")
    assert "\x1b" in (summary.sources[0].title or "") + (summary.sources[0].outlet or "")
    for fmt in ("text", "markdown", "html"):
        out = summary.to_text(cite=True) if fmt == "text" else (
            summary.to_markdown() if fmt == "markdown" else summary.to_html())
        assert "\x1b" not in out and "\x07" not in out, fmt
    assert "\\u001b" in summary.model_dump_json()  # JSON escapes it: the data stays whole


RLO = "\u202e"  # right-to-left override: printed and left open, it turns the line around
BRIDGE = ("The Millbrook Bridge in {place} closed on Tuesday after inspectors found cracks in "
          "two of its support beams.\n\nThe {council} said repairs would cost $4 million "
          "and take six months.\n")


def test_a_bidi_override_in_a_claim_a_title_an_outlet_or_a_file_name_is_never_printed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / f"city{RLO}txt.md").write_text(
        f"---\ntitle: Bridge {RLO}closed\noutlet: City {RLO}Herald\n---\n\n"
        + BRIDGE.format(place="Fernvale", council=f"{RLO}city council"), encoding="utf-8")
    (tmp_path / f"odd{RLO}.csv").write_text("not an article", encoding="utf-8")
    summary = summarize([tmp_path], engine="extractive")
    source = summary.sources[0]
    assert (source.title, source.outlet) == ("Bridge closed", "City Herald")
    assert any("city council said" in c.text for c in summary.claims)
    outputs = [summary.to_text(cite=True), summary.to_markdown(), summary.to_html(),
               summary.model_dump_json(), *summary.warnings]
    code, out, err = cli(capsys, str(tmp_path), "--cite", "-v")
    assert code == 0
    for shown in [*outputs, out, err]:
        assert RLO not in shown, shown


def test_a_zero_width_space_inside_a_name_does_not_keep_two_outlets_apart(
        tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BRIDGE.format(place="Fern\u200bvale", council="council"),
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Millbrook Bridge shut\n\n" + BRIDGE.format(place="Fernvale", council="council"),
        encoding="utf-8")
    summary = summarize([tmp_path], engine="extractive")
    bridge = next(c for c in summary.claims if "Bridge" in c.text)
    assert "Fernvale" in bridge.text and bridge.sources == ["s1", "s2"]


def test_a_file_name_that_is_not_utf8_and_a_javascript_url_are_safe_in_json_and_html(
        tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.md")
    (tmp_path / name).write_text(f"---\nurl: javascript:alert(1)\n---\n\n{ARTICLE}",
                                 encoding="utf-8")
    summary = summarize([tmp_path], engine="extractive")
    assert summary.sources[0].url is None and "caf\ufffd.md" in (summary.sources[0].path or "")
    assert json.loads(summary.model_dump_json())["sources"][0]["url"] is None
    assert "javascript:" not in summary.to_html()


@pytest.mark.parametrize("url", ["https://[broken.example/a", "http://[::1/feed"])
def test_an_article_url_that_cannot_be_read_is_left_out_not_a_crash(tmp_path: Path,
                                                                     url: str) -> None:
    # urlsplit raises ValueError on an unclosed bracket: it ended the whole run (exit 1)
    (tmp_path / "a.md").write_text(f"---\nurl: '{url}'\n---\n\n{ARTICLE}", encoding="utf-8")
    summary = summarize([tmp_path], engine="extractive")
    assert summary.claims and summary.sources[0].url is None
    assert summary.sources[0].outlet is None


def test_strict_with_every_claim_unverified_is_an_error_not_an_empty_summary(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarizer.cite as cite
    from summarizer.verify import Check

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(cite, "assess", lambda *a, **k: Check(["numbers not in cited evidence"]))
    code, out, err = cli(capsys, str(tmp_path), "--strict", "-q")
    assert code == 1 and out == ""
    assert "--strict: every claim" in err and "run without --strict" in err


def test_a_non_finite_number_is_a_configuration_error(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for var, value in (("SUMMARIZER_MAX_FILE_MB", "1e400"), ("SUMMARIZER_TIMEOUT", "nan")):
        monkeypatch.setenv(var, value)
        code, _, err = cli(capsys, str(SEEDS), "-q")
        assert code == 1 and f"{var}={value!r} is not a finite number" in err
        assert "internal error" not in err
        monkeypatch.delenv(var)


def test_a_huge_article_is_read_up_to_the_sentence_cap_with_a_warning(tmp_path: Path) -> None:
    from summarizer import Settings

    lines = [f"The council approved item number {n} of the harbour budget on Monday night."
             for n in range(1, 41)]
    (tmp_path / "long.txt").write_text("\n\n".join(lines), encoding="utf-8")
    summary = summarize([tmp_path], settings=Settings(engine="extractive", max_sentences=5))
    assert any("only its first 5 sentences were read" in w for w in summary.warnings)
    numbers = {int(c.text.split("number ")[1].split()[0]) for c in summary.claims}
    assert numbers and max(numbers) <= 5  # nothing past the cap was read


def test_a_link_to_a_file_outside_the_folder_is_read_only_when_asked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from summarizer import Settings

    folder, outside = tmp_path / "story", tmp_path / "elsewhere"
    folder.mkdir()
    outside.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    secret = outside / "passwd.txt"
    secret.write_text("The secret server password was changed to hunter2 on Monday night.\n")
    (folder / "inside.txt").symlink_to(folder / "a.txt")
    (folder / "b.txt").symlink_to(secret)
    summary = summarize([folder], engine="extractive")
    assert not any("hunter2" in c.text for c in summary.claims)
    assert any("b.txt: skipped, a symbolic link to a file outside" in w and
               "`follow_symlinks`" in w for w in summary.warnings)
    followed = summarize([folder], settings=Settings(engine="extractive", follow_symlinks=True))
    assert any("hunter2" in c.text for c in followed.claims)
    code, _, err = cli(capsys, str(folder), "-q")
    assert code == 0 and "--follow-symlinks" not in err  # -q: warnings are not shown
    code, _, err = cli(capsys, str(folder))
    assert "set --follow-symlinks to read it" in err


def test_a_source_s_path_keeps_a_zero_width_character_so_the_file_can_be_opened(
        tmp_path: Path) -> None:
    """A tool reading the JSON maps each source back to its file: "a\\u200bb.txt" recorded as
    "ab.txt" named no file. Bidi controls still go (test above)."""
    (tmp_path / "a\u200bb.txt").write_text(BRIDGE.format(place="Fernvale", council="council"),
                                           encoding="utf-8")
    summary = summarize([tmp_path], engine="extractive")
    path = summary.sources[0].path
    assert path is not None and Path(path).exists()


def test_a_line_break_in_a_file_s_name_cannot_forge_a_line_of_the_text_output(
        tmp_path: Path) -> None:
    """Review: 'c\\n# Heading.txt' printed '# Heading.txt' on a line of its own."""
    (tmp_path / "c\n# Heading.txt").write_text(BRIDGE.format(place="Fernvale",
                                                             council="council"),
                                               encoding="utf-8")
    text = summarize([tmp_path], engine="extractive").to_text(cite=True)
    assert not any(line.startswith("# Heading") for line in text.splitlines())
