from __future__ import annotations

from summarizer.metadata import normalize_date, outlet_from_url, resolve_outlet


def test_outlet_from_url_knows_major_outlets_and_returns_other_domains() -> None:
    assert outlet_from_url("https://thehill.com/homenews/x/") == "The Hill"
    assert outlet_from_url("https://www.reuters.com/world/") == "Reuters"
    assert outlet_from_url("https://m.thewire.in/article") == "The Wire"
    assert outlet_from_url("https://news.example.org/a") == "news.example.org"
    assert outlet_from_url(None) is None


def test_resolve_outlet_prefers_declared_then_url_then_dateline_then_footer() -> None:
    common = {"removed": ["Copyright 2023 Nexstar Media Inc. All rights reserved."]}
    assert resolve_outlet(declared="Bay Gazette", url=None, dateline="AP", **common) == (
        "Bay Gazette", 0)
    assert resolve_outlet(declared=None, url="https://apnews.com/x", dateline=None,
                          **common) == ("AP", 1)
    assert resolve_outlet(declared=None, url=None, dateline="Reuters", **common) == ("Reuters", 2)
    assert resolve_outlet(declared=None, url=None, dateline=None, **common) == (
        "Nexstar Media Inc", 4)
    # nothing known: unknown, never the file name
    assert resolve_outlet(declared=None, url=None, dateline=None, removed=[]) == (None, 5)


def test_a_copy_known_only_by_its_owners_copyright_takes_the_outlet_of_its_original(
        tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conftest import SEEDS

    from summarizer import summarize

    for seed in ("000_630d4f6a607756cd.txt", "004_7d87c7353949e105.txt"):
        (tmp_path / seed).write_bytes((SEEDS / seed).read_bytes())  # no sidecar here
    summary = summarize([tmp_path], engine="extractive")
    assert [(s.outlet, s.duplicate_of) for s in summary.sources] == [
        ("The Hill", None), ("The Hill", "s1")]  # 000 alone says "Nexstar Media Inc"


LEAD = ("The Millbrook Bridge in Fernvale was closed on Tuesday after inspectors found a crack "
        "in one of its steel beams, city officials said.")
REUTERS = "\n\n".join([LEAD, "About 14,000 vehicles cross the bridge each day.",
                        "Mayor Dana Ortiz said the city would pay for the repairs.",
                        "Repairs are expected to take six weeks."])
OWN_NEWS = ["Local shop owners said they would sue the city over lost business.",
            "A school bus route was moved to the Elm Street crossing, the district said.",
            "Commuters said their trips to work now took an extra half hour.",
            "The state transport agency said it would send its own engineers on Thursday."]


def test_an_article_sharing_only_a_lead_with_another_is_neither_its_copy_nor_its_outlet(
        tmp_path) -> None:  # type: ignore[no-untyped-def]
    from summarizer import summarize

    (tmp_path / "long.md").write_text("---\nsource: Reuters\nurl: https://www.reuters.example/"
                                      "world/bridge\n---\n" + REUTERS + "\n")
    (tmp_path / "brief.txt").write_text(LEAD + "\n\n" + OWN_NEWS[0] + "\n")
    summary = summarize([tmp_path], engine="extractive")
    assert [(s.outlet, s.duplicate_of) for s in summary.sources] == [(None, None),
                                                                      ("Reuters", None)]
    assert summary.duplicates == []
    [shops] = [c for c in summary.claims if "shop owners" in c.text]
    assert shops.sources == ["s1"]  # brief.txt's own news, credited to no outlet


def test_a_copy_with_no_outlet_of_its_own_stays_unknown_and_names_no_other(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from summarizer import summarize

    lines = [{"text": REUTERS, "source": "Reuters", "url": "https://www.reuters.example/x"},
             {"text": REUTERS.rsplit("\n\n", 1)[0]}]  # a trimmed copy, no url, no outlet
    (tmp_path / "pile.jsonl").write_text("\n".join(map(json.dumps, lines)) + "\n")
    summary = summarize([tmp_path], engine="extractive")
    assert [(s.outlet, s.duplicate_of) for s in summary.sources] == [("Reuters", None),
                                                                      (None, "s1")]


def test_stories_credit_no_outlet_to_files_that_name_none(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from summarizer import summarize_stories

    (tmp_path / "reuters.md").write_text("---\nsource: Reuters\n---\n" + REUTERS + "\n")
    for n, news in enumerate(OWN_NEWS, 1):
        (tmp_path / f"local{n}.txt").write_text(LEAD + "\n\n" + news + "\n")
    [story] = summarize_stories([tmp_path], engine="extractive").stories
    assert [(s.outlet, s.duplicate_of) for s in story.sources] == [
        (None, None), (None, None), (None, None), (None, None), ("Reuters", None)]


def test_a_folders_sidecar_names_the_outlets_and_a_broken_one_is_only_a_warning(
        tmp_path) -> None:  # type: ignore[no-untyped-def]
    from summarizer import summarize

    (tmp_path / "a.txt").write_text("The council approved the new budget on Monday night.\n")
    (tmp_path / "b.txt").write_text("The mayor signed the new budget on Tuesday morning.\n")
    (tmp_path / "sources.csv").write_text("file,outlet,url\na.txt,Bay Courier,"
                                          "https://bay.example/a\n")
    summary = summarize([tmp_path], engine="extractive")
    assert [(s.outlet, s.url) for s in summary.sources] == [
        ("Bay Courier", "https://bay.example/a"), (None, None)]
    assert not summary.warnings  # the sidecar is not taken for an article
    (tmp_path / "sources.csv").unlink()
    (tmp_path / "sources.yaml").write_text("- not\n- a mapping\n")
    summary = summarize([tmp_path], engine="extractive")
    assert [s.outlet for s in summary.sources] == [None, None]
    assert any("sources.yaml: ignored" in w for w in summary.warnings)
    # one value that cannot be read costs its field, not the sidecar
    (tmp_path / "sources.yaml").write_text("a.txt:\n  outlet: Bay Courier\n  date: 2025-02-30\n"
                                           "b.txt:\n  outlet: Hill Post\n")
    summary = summarize([tmp_path], engine="extractive")
    assert [(s.outlet, s.date) for s in summary.sources] == [
        ("Bay Courier", None), ("Hill Post", None)]
    assert [w for w in summary.warnings if "sources.yaml" in w] == [
        f"{tmp_path / 'sources.yaml'}: a.txt: field 'date' dropped, its value cannot be read "
        "(day is out of range for month); the file's other fields are used"]
    # and one entry that is no mapping costs that entry, not the sidecar
    (tmp_path / "sources.yaml").write_text("a.txt: Bay Courier\nb.txt:\n  outlet: Hill Post\n")
    summary = summarize([tmp_path], engine="extractive")
    assert [s.outlet for s in summary.sources] == [None, "Hill Post"]
    assert [w for w in summary.warnings if "sources.yaml" in w] == [
        f"{tmp_path / 'sources.yaml'}: a.txt: entry ignored, it is not a mapping of fields "
        "(outlet, url, date, title); the other files' entries are used"]


def test_dates_are_normalised_when_recognisable() -> None:
    assert normalize_date("2025-02-13 01:16:03") == "2025-02-13"
    assert normalize_date("Thu, 13 Feb 2025 01:16:03 GMT") == "2025-02-13"
    assert normalize_date("last Tuesday") == "last Tuesday"
    assert normalize_date(None) is None
