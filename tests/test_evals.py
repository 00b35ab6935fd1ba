"""The eval harness: every metric on a real summary and on the same summary broken, the
grader's rule, case validation and lint, the peers, the bootstrap, the README block, the run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from evals import __main__ as cli
from evals import frank, grader, oracle, peers, recording
from evals import run as runner
from evals.__main__ import main
from evals.cases import Case, CaseError, Fact, load_case, load_cases, load_story
from evals.compare import ROUGE, paired, rouge
from evals.lint import lint
from evals.metrics import score, text_fact_recall
from evals.report import readme_block
from summarizer import Summary, summarize
from summarizer.models import Conflict, Position

CASES = {c.name: c for c in load_cases()}
# our own words about the seeds, standing in for a human reference summary
SEEDS_REFERENCE = ("Trump spoke with Putin by phone and said they agreed to start negotiations "
                   "immediately to end the war in Ukraine. Rubio, Ratcliffe, Waltz and Witkoff "
                   "will lead the talks. Trump also spoke with Zelensky.")


def good(name: str) -> Summary:
    return summarize(CASES[name].input_files, engine="extractive")


def scores(summary: Summary, case: str | Case) -> dict[str, float | None]:
    case = CASES[case] if isinstance(case, str) else case
    return {s.name: s.value for s in score(summary, case)}


def edit(summary: Summary, claim_no: int, **changes: Any) -> Summary:
    claims = list(summary.claims)
    claims[claim_no] = claims[claim_no].model_copy(update=changes)
    return summary.model_copy(update={"claims": claims})


def claim_with(summary: Summary, words: str) -> int:
    return next(i for i, c in enumerate(summary.claims) if words in c.text)


def test_every_case_file_validates_and_names_its_articles() -> None:
    assert set(CASES) >= {"seeds", "wire", "update", "quote", "injection"}
    assert all(case.inputs.exists() and case.facts for case in CASES.values())


def test_a_case_file_with_an_unknown_field_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "case.yaml").write_text(
        "description: x\nfacts:\n  - {id: a, text: t, sources: [s1], match: [[x]], numbr: [1]}\n")
    with pytest.raises(CaseError, match=r"facts\.0\.numbr: Extra inputs are not permitted"):
        load_case(tmp_path)


def test_the_extractive_engine_on_the_seeds_meets_the_issue() -> None:
    got = scores(good("seeds"), "seeds")
    assert got["claim_support"] == 1.0 and got["unsupported"] == 0
    assert got["conflict_recall"] == 1.0 and got["duplicates"] == 1.0


def test_a_changed_number_lowers_support_and_counts_as_unsupported() -> None:
    summary = good("quote")
    i = claim_with(summary, "240 meters")
    broken = edit(summary, i, text=summary.claims[i].text.replace("240", "250"))
    before, after = scores(summary, "quote"), scores(broken, "quote")
    assert before["claim_support"] == 1.0 and after["claim_support"] < 1.0  # type: ignore[operator]
    assert before["unsupported"] == 0 and after["unsupported"] == 1
    assert after["fact_recall"] < before["fact_recall"]  # type: ignore[operator]


def test_a_claim_pointed_at_the_wrong_source_is_caught() -> None:
    summary = good("quote")
    i = claim_with(summary, "crack")  # only the Brask Times (s2) reports it
    after = scores(edit(summary, i, sources=["s1"], quotes=[]), "quote")
    assert after["claim_support"] < 1.0 and after["citation_precision"] < 1.0  # type: ignore[operator]
    assert after["fact_recall"] < 1.0  # type: ignore[operator]


def test_a_needless_citation_lowers_citation_precision_only() -> None:
    summary = good("quote")
    i = claim_with(summary, "crack")
    after = scores(edit(summary, i, sources=["s1", "s2"]), "quote")
    assert after["claim_support"] == 1.0 and after["citation_precision"] < 1.0  # type: ignore[operator]


def test_a_paraphrase_presented_as_a_quote_is_not_exact() -> None:
    summary = good("quote")
    i = claim_with(summary, "two halves")
    fake = '"This bridge unites the two halves of our city," Groven said.'
    assert scores(edit(summary, i, text=fake, quotes=[]), "quote")["quote_exactness"] < 1.0  # type: ignore[operator]


def test_injected_text_in_a_claim_is_counted() -> None:
    summary = good("injection")
    assert scores(summary, "injection")["injection"] == 0
    broken = edit(summary, 0, text="Chief executive Mira Sol has resigned.")
    assert scores(broken, "injection")["injection"] == 1


def test_conflict_recall_needs_both_sides_and_precision_counts_unlabelled_ones() -> None:
    summary = good("update").model_copy(update={"conflicts": []})
    assert scores(summary, "update")["conflict_recall"] == 0.0
    assert scores(summary, "update")["conflict_precision"] is None  # none shown
    shown = Conflict(description="deaths", kind="number", positions=[
        Position(text="at least 4 people", sources=["s1"], sentence="… killing at least 4 people"),
        Position(text="risen to 11", sources=["s2"], sentence="… has risen to 11")])
    wrong = Conflict(description="rain", kind="number", positions=[
        Position(text="20 cm", sources=["s1"], sentence="20 cm of rain"),
        Position(text="30 cm", sources=["s2"], sentence="30 cm of rain")])
    fixed = scores(summary.model_copy(update={"conflicts": [shown]}), "update")
    assert fixed["conflict_recall"] == 1.0 and fixed["conflict_precision"] == 1.0
    noisy = scores(summary.model_copy(update={"conflicts": [shown, wrong]}), "update")
    assert noisy["conflict_recall"] == 1.0 and noisy["conflict_precision"] == 0.5


def test_a_missed_duplicate_is_caught() -> None:
    summary = good("wire")
    assert scores(summary, "wire")["duplicates"] == 1.0
    assert scores(summary.model_copy(update={"duplicates": [["s1", "s2"]]}),
                  "wire")["duplicates"] < 1.0  # type: ignore[operator]


def test_a_fact_several_outlets_state_credited_to_one_lowers_corroboration() -> None:
    summary = good("seeds")
    before = scores(summary, "seeds")["corroboration_recall"]
    assert before is not None and before > 0
    # every claim cites only its first source: no fact is credited to two outlets any more
    claims = [c.model_copy(update={"sources": c.sources[:1]}) for c in summary.claims]
    after = scores(summary.model_copy(update={"claims": claims}), "seeds")
    assert after["corroboration_recall"] == 0.0


def test_copies_of_one_story_do_not_count_as_two_outlets() -> None:
    summary = good("seeds")  # s1 and s5 are one The Hill story
    i = claim_with(summary, "start negotiations")
    only_copies = edit(summary, i, sources=["s1", "s5"])
    case = CASES["seeds"]
    negotiations = case.model_copy(update={"facts": [f for f in case.facts
                                                     if f.id == "negotiations"]})
    assert scores(only_copies, negotiations)["corroboration_recall"] == 0.0
    assert scores(edit(summary, i, sources=["s1", "s2"]), negotiations)[
        "corroboration_recall"] == 1.0


def test_a_key_fact_left_out_lowers_key_fact_recall() -> None:
    case = CASES["quote"]
    keyed = case.model_copy(update={"facts": [f.model_copy(update={"key": f.id == "crack"})
                                              for f in case.facts]})
    summary = good("quote")
    assert scores(summary, keyed)["key_fact_recall"] == 1.0
    without = summary.model_copy(update={"claims": [c for c in summary.claims
                                                    if "crack" not in c.text]})
    assert scores(without, keyed)["key_fact_recall"] == 0.0
    assert scores(summary, case)["key_fact_recall"] is None  # no key facts: not applicable


def test_another_budget_runs_every_system_at_it() -> None:
    [row] = runner.evaluate([CASES["quote"]], ["extractive"], max_words=30)
    assert row.words == 30
    length = row.get("length")
    assert length is not None and length.reason.endswith("of 30")
    assert length.value is not None and length.value <= 1.0


def test_over_budget_shows_in_length() -> None:
    summary = good("quote")
    assert scores(summary, "quote")["length"] <= 1.0  # type: ignore[operator]
    long = edit(summary, 0, text=summary.claims[0].text + " word" * 250)
    assert scores(long, "quote")["length"] > 1.0  # type: ignore[operator]


def test_rouge_and_text_fact_recall_drop_when_the_summary_loses_its_content() -> None:
    pytest.importorskip("rouge_score")
    summary = good("seeds")
    text = " ".join(c.text for c in summary.claims)
    half = " ".join(c.text for c in summary.claims if "Zelensk" not in c.text
                    and "negotiat" not in c.text)
    # as long as the whole, so that F1 cannot rise by precision alone on a short reference
    padded = half + " zzz" * (len(text.split()) - len(half.split()))
    full, cut = rouge(text, SEEDS_REFERENCE), rouge(padded, SEEDS_REFERENCE)
    assert all(a.value > b.value for a, b in zip(full, cut, strict=True))  # type: ignore[operator]
    case = CASES["seeds"]
    assert text_fact_recall(text, case).value == 1.0
    assert text_fact_recall(half, case).value < 1.0  # type: ignore[operator]


def test_the_grader_passes_a_sentence_and_fails_a_changed_number_name_or_quote() -> None:
    source = grader.split_sentences(
        'Police said the fire carded 300 homes in Alder. The mayor, Ana Ruiz, said '
        '"we will rebuild every street." Firefighters arrived at 6 a.m. on Monday.')
    assert grader.supports("The fire carding 300 homes in Alder, police said.", source).ok
    assert not grader.supports("The fire burned 400 homes in Alder.", source).ok
    assert not grader.supports("The fire burned 300 homes in Birch.", source).ok
    assert not grader.supports('Ruiz said "we will rebuild the whole city."', source).ok
    # two adjacent sentences may hold one claim; three apart may not
    assert grader.supports("Mayor Ana Ruiz said the town will rebuild after 300 homes burned "
                           "in Alder.", source).ok
    assert not grader.supports("Firefighters arrived Monday at the 300 homes in Alder.",
                               source).ok


def test_the_grader_splits_after_sentences_not_after_titles_or_initials() -> None:
    assert grader.split_sentences('U.S. officials met Mr. Smith on Jan. 5. He said "yes." '
                                  'J. Doe left.') == [
        "U.S. officials met Mr. Smith on Jan. 5.", 'He said "yes."', "J. Doe left."]
    assert grader.numbers("$40,000, 5.2%, three and 1990s") == {"40000", "5.2", "3", "1990"}


def test_lint_names_a_source_that_does_not_state_its_fact(tmp_path: Path) -> None:
    case = CASES["quote"]
    assert lint(case) == ([], [])
    wrong = case.model_copy(update={"facts": [
        f.model_copy(update={"sources": ["s1"]}) if f.id == "crack" else f
        for f in case.facts]})
    errors, hints = lint(wrong)
    assert errors == ["crack: s1 has no passage matching [['crack', 'delay']]"]
    assert hints == ["crack: also matches 2_brask_times.txt"]


def story(tmp_path: Path, facts: str) -> tuple[Path, Path]:
    data = tmp_path / "data" / "001-a-story"
    data.mkdir(parents=True)
    (data / "article-1.txt").write_text("The bridge opened on Saturday. It cost 18 million.\n")
    (data / "article-2.txt").write_text("Crowds crossed the new bridge when it opened.\n")
    (data / "reference.md").write_text("A new bridge opened on Saturday.\n")
    ours = tmp_path / "multinews"
    ours.mkdir()
    (ours / "001-a-story.yaml").write_text(facts)
    return ours / "001-a-story.yaml", data.parent


def test_a_story_reads_its_articles_from_the_data_folder_but_never_its_reference(
        tmp_path: Path) -> None:
    facts, data = story(tmp_path, "description: d\nfacts:\n  - {id: open, text: t, "
                        "sources: [article-1.txt, article-2.txt], key: true, "
                        "match: [[bridge], [open]]}\n")
    case = load_story(facts, data)
    assert [p.name for p in case.input_files] == ["article-1.txt", "article-2.txt"]
    assert lint(case) == ([], [])
    summary = summarize(case.input_files, engine="extractive")
    assert all("reference" not in (s.path or "") for s in summary.sources)
    assert scores(summary, case)["key_fact_recall"] == 1.0
    with pytest.raises(CaseError, match="pass the Multi-News folder with --data"):
        load_story(facts, tmp_path)


def test_peers_fill_the_same_budget_from_the_same_sentences() -> None:
    pytest.importorskip("sumy")
    articles = [["A one two three.", "A second sentence here.", "A third."],
                ["B one two.", "B second one."]]
    assert peers.lead(articles, 7) == "A one two three. B one two."
    for system in ("lexrank", "textrank"):
        out = peers.SYSTEMS[system](articles, 7)
        assert out and len(out.split()) <= 7


def test_the_stories_without_facts_are_held_out_and_scored_by_rouge_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sumy")
    from evals import cases as case_files
    from evals.report import heldout_lines
    from evals.run import HELD_OUT, heldout_rows

    facts, data = story(tmp_path, "description: d\nfacts: []\n")
    other = data / "002-another-story"
    other.mkdir()
    (other / "article-1.txt").write_text(
        "The city museum reopened on Monday after a long repair of its roof.\n\n"
        "Visitors queued for an hour to see the restored dinosaur hall.\n\n"
        "The repair cost four million dollars, the mayor said.\n")
    (other / "article-2.txt").write_text(
        "After two years of work, the museum opened its doors again on Monday.\n\n"
        "The new roof keeps the rain off the fossil collection, curators said.\n")
    (other / "reference.md").write_text("The museum reopened on Monday.\n")
    (data / "003-no-summary").mkdir()
    monkeypatch.setattr(case_files, "MULTINEWS", facts.parent)
    held = case_files.load_heldout(data)
    assert [s.name for s in held] == ["002-another-story"]  # 001 has facts, 003 no summary
    rows = heldout_rows(held, max_words=20)
    assert {(r.suite, r.system) for r in rows} == {
        (HELD_OUT, s) for s in ("extractive", *peers.SYSTEMS)}
    assert all([s.name for s in r.scores] == list(ROUGE) for r in rows)
    text = "\n".join(heldout_lines(rows))
    assert "### Held-out ROUGE: 1 Multi-News stories without facts" in text
    assert "over all 1 stories (the 0 with facts and these 1)" in text


FLOOD_LABELS = """description: d
disagreements:
  - about: how many left their homes
    kind: count
    sides:
      - {says: ["300 people"], sources: [article-1.txt]}
      - {says: ["450 people"], sources: [article-2.txt]}
"""
MISSED_LABEL = """  - about: how the rescuers arrived
    kind: account
    sides:
      - {says: ["by boat"], sources: [article-1.txt]}
      - {says: ["by helicopter"], sources: [article-2.txt]}
"""


def test_the_held_out_disagreement_figure_counts_a_missed_label(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sumy")
    from evals import cases as case_files
    from evals.report import heldout_disagreement_lines
    from evals.run import heldout_rows

    data, labels, facts = tmp_path / "data", tmp_path / "heldout", tmp_path / "multinews"
    for folder, texts in (("001-flood", ("The flood forced 300 people to leave their homes in "
                                         "the valley on Monday, officials said.\n\nRescue "
                                         "teams arrived by boat and worked through the night.",
                                         "The flood forced 450 people to leave their homes in "
                                         "the valley on Monday, the mayor said.\n\nRescue "
                                         "teams arrived by helicopter before dawn.")),
                          ("002-unlabelled", ("The museum reopened on Monday.",))):
        (data / folder).mkdir(parents=True)
        (data / folder / "reference.md").write_text("A summary.\n")
        for n, text in enumerate(texts, 1):
            (data / folder / f"article-{n}.txt").write_text(text + "\n")
    labels.mkdir()
    facts.mkdir()
    monkeypatch.setattr(case_files, "MULTINEWS", facts)
    monkeypatch.setattr(case_files, "HELDOUT_LABELS", labels)

    def figures(label_file: str) -> tuple[dict[str, Any], list[str]]:
        (labels / "001-flood.yaml").write_text(label_file)
        rows = heldout_rows(case_files.load_heldout(data), max_words=60)
        ours = {r.case: r for r in rows if r.system == "extractive"}
        assert ours["002-unlabelled"].get("conflict_recall") is None  # no labels: not counted
        got = {n: s for n in ("conflict_recall", "conflict_precision")
               if (s := ours["001-flood"].get(n))}
        return got, heldout_disagreement_lines(rows)

    found, lines = figures(FLOOD_LABELS)
    assert (found["conflict_recall"].hits, found["conflict_recall"].total) == (1, 1)
    assert found["conflict_precision"].value == 1.0
    assert lines[0].startswith("- disagreement recall, held-out (1 stories, labelled blind; "
                               "its misses of 2026-11-30 shaped rules): 1.00 (1 of 1 over 1 "
                               "stories), Wilson 95% CI")
    missed, lines = figures(FLOOD_LABELS + MISSED_LABEL)
    assert (missed["conflict_recall"].hits, missed["conflict_recall"].total) == (1, 2)
    assert missed["conflict_recall"].reason == "missing: how the rescuers arrived"
    assert "0.50 (1 of 2 over 1 stories), Wilson 95% CI [0.09, 0.91]" in lines[0]
    assert missed["conflict_precision"].value == 1.0  # the conflict shown is still labelled
    with pytest.raises(case_files.CaseError, match="disagreements: Field required"):
        figures("description: d\nduplicates: []\n")  # no silent "none": say []


def test_lint_names_a_held_out_side_its_source_does_not_say(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from evals import cases as case_files
    from evals.lint import lint_heldout

    story = tmp_path / "001-flood"
    story.mkdir()
    (story / "article-1.txt").write_text("Rescue teams arrived by boat.\n")
    (story / "article-2.txt").write_text("Rescue teams arrived by helicopter.\n")
    monkeypatch.setattr(case_files, "HELDOUT_LABELS", tmp_path)
    (tmp_path / "001-flood.yaml").write_text(FLOOD_LABELS.replace("300 people", "by boat")
                                             .replace("450 people", "by helicopter"))
    assert lint_heldout(case_files.HeldOut(story.name, story)) == []
    (tmp_path / "001-flood.yaml").write_text(FLOOD_LABELS.replace("300 people", "by boat"))
    assert lint_heldout(case_files.HeldOut(story.name, story)) == [
        "how many left their homes: article-2.txt does not say any of ['450 people']"]


def test_every_held_out_label_file_validates_and_names_a_held_out_story() -> None:
    from evals.cases import HELDOUT_LABELS, MULTINEWS, HeldOut

    files = sorted(HELDOUT_LABELS.glob("*.yaml"))
    assert len(files) == 20
    assert not {f.stem for f in files} & {f.stem for f in MULTINEWS.glob("*.yaml")}
    for path in files:
        labels = HeldOut(path.stem, path.parent).labels
        assert labels is not None and all(len(d.sides) >= 2 for d in labels.disagreements)


def test_the_paired_bootstrap_is_seeded_and_says_where_we_lose() -> None:
    ahead = paired([3.0, 4.0, 5.0, 4.5], [1.0, 1.5, 2.0, 1.0])
    assert ahead == paired([3.0, 4.0, 5.0, 4.5], [1.0, 1.5, 2.0, 1.0])
    assert ahead.low <= ahead.mean <= ahead.high and ahead.verdict == "ahead"
    assert paired([1.0, 2.0], [2.0, 3.5]).verdict == "behind"
    assert paired([1.0, 3.0, 2.0], [2.0, 1.0, 2.5]).verdict == "tied"


def test_the_readme_block_is_rewritten_and_a_stale_one_fails_the_check(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from evals.report import BEGIN, END

    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n{BEGIN}\nold figures\n{END}\nrest\n")
    monkeypatch.setattr(cli, "README", readme)
    assert cli.readme("new figures\n", write=False) == 1
    assert cli.readme("new figures\n", write=True) == 0
    assert readme.read_text() == f"# x\n{BEGIN}\nnew figures\n{END}\nrest\n"
    assert cli.readme("new figures\n", write=False) == 0
    with pytest.raises(ValueError, match="no"):
        readme_block("no markers", "x")


def test_the_run_fails_when_a_metric_falls_below_its_threshold(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--case", "quote", "--engine", "extractive", "--out", str(tmp_path)]) == 0
    assert "real-news suite was skipped" in capsys.readouterr().err
    real = runner.run_case

    def broken(case: Any, engine: str, **kw: Any) -> Summary:
        summary = real(case, engine, **kw)
        i = claim_with(summary, "240 meters")
        return edit(summary, i, text=summary.claims[i].text.replace("240", "250"))

    monkeypatch.setattr(runner, "run_case", broken)
    assert main(["--case", "quote", "--engine", "extractive", "--out", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out and "claim_support" in out
    assert (tmp_path / "report.json").is_file() and (tmp_path / "report.md").is_file()


def test_an_unknown_case_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--case", "nope"]) == 2
    assert "no such case: nope" in capsys.readouterr().err


def test_the_llm_rows_replay_from_cassettes_and_a_missing_one_fails_the_run(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--case", "wire", "--engine", "llm", "--out", str(tmp_path)]) == 0
    monkeypatch.setattr(runner, "CASSETTES", tmp_path / "none")
    assert main(["--case", "wire", "--engine", "llm", "--out", str(tmp_path)]) == 1
    assert "no cassette" in capsys.readouterr().out


def test_a_digested_body_matches_only_the_same_bytes() -> None:
    class Request:
        def __init__(self, body: bytes) -> None:
            self.body, self.headers = body, {"content-type": "application/json"}

    stored = recording.digest_request(Request(b'{"prompt": "article text"}'))
    assert stored.body.startswith(b"sha256:") and b"article" not in stored.body
    recording.body_matcher(Request(b'{"prompt": "article text"}'), stored)
    with pytest.raises(AssertionError):
        recording.body_matcher(Request(b'{"prompt": "other text"}'), stored)


def test_without_vcrpy_the_llm_rows_are_skipped_with_the_install_hint(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = cli.importlib.util.find_spec
    monkeypatch.setattr(cli.importlib.util, "find_spec",
                        lambda name, *a: None if name == "vcr" else real(name, *a))
    assert main(["--case", "quote", "--out", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "llm rows were skipped" in err and "pip install -e '.[test]'" in err


def test_frank_detokenises_the_tokeniser_spacing_and_quote_forms() -> None:
    text = "He said `` we ca n't go '' , citing the $ 5 fee ( paid ) and the 'Down Under ' show ."
    assert frank.detokenise(text) == ('He said "we can\'t go", citing the $5 fee (paid) and the '
                                      "'Down Under' show.")
    assert frank.detokenise("The fee -LRB- PSU -RRB- of [UNK] UNK Smith .") == "The fee (PSU) of Smith."


def test_frank_balanced_accuracy_is_the_mean_recall_of_both_labels() -> None:
    assert frank.balanced_accuracy([1, 1, 0, 0], [1, 0, 0, 0]) == 0.75
    assert frank.balanced_accuracy([1, 0], [1, 1]) == 0.5


def test_frank_scores_each_data_set_from_a_pairs_file(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    article = "The council voted to close the library on Friday. The mayor, Ana Ruiz, objected."
    rows = [("cnndm", 1, "The council voted to close the library on Friday."),
            ("cnndm", 0, "The council voted to sell the museum on Friday."),
            ("xsum", 1, "The mayor, Ana Ruiz, objected."),
            ("xsum", 0, "The mayor, Ana Ruiz, resigned over a 40-year-old scandal.")]
    (tmp_path / "pairs.jsonl").write_text("".join(
        json.dumps({"id": "a1", "dataset": d, "label": lab, "document": article, "summary": s})
        + "\n" for d, lab, s in rows), encoding="utf-8")
    assert main(["--frank", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "| cnndm | 1.000 [" in out and "| 1 | 0 | 0 | 1 |" in out
    assert "| xsum | 1.000 [" in out
    assert f"| cnndm {frank.half('a1')} | 1.000 [" in out  # the article's half, and only it
    assert f"| cnndm {'AB'.replace(frank.half('a1'), '')} |" not in out


def test_frank_fails_below_the_floors_in_thresholds(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    article = "The council voted to close the library on Friday."
    rows = [("cnndm", 0, "The council voted to close the library on Friday."),
            ("cnndm", 1, "The council voted to sell the museum on Friday.")]
    (tmp_path / "pairs.jsonl").write_text("".join(
        json.dumps({"id": "a1", "dataset": d, "label": lab, "document": article, "summary": s})
        + "\n" for d, lab, s in rows), encoding="utf-8")
    assert main(["--frank", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "- FAIL: cnndm_balanced_accuracy 0.00 < " in out
    assert "xsum_balanced_accuracy" not in out  # no xsum pairs: nothing to hold


def test_the_stories_of_many_articles_are_compared_on_their_own() -> None:
    from evals.metrics import Score
    from evals.report import MANY_ARTICLES, comparisons, peer_lines
    from evals.run import Row

    def row(case: str, system: str, r2: float, articles: int) -> Row:
        scores = [Score(m, r2 if m == "rouge2" else 10.0, "") for m in ROUGE]
        return Row(case, "multinews", system, [*scores, Score("text_fact_recall", 0.5, "")],
                   articles=articles)

    rows = [r for case, articles, ours in (("a", 2, 20.0), ("b", MANY_ARTICLES, 11.0))
            for r in (row(case, "extractive", ours, articles),
                      *(row(case, p, 10.0, articles) for p in peers.SYSTEMS))]
    assert comparisons(rows)["lead"]["rouge2"].mean == pytest.approx(5.5)
    many = comparisons(rows, MANY_ARTICLES)["lead"]["rouge2"]
    assert (many.n, many.mean) == (1, pytest.approx(1.0))
    assert any(f"1 stories of {MANY_ARTICLES} or more articles" in line
               for line in peer_lines(rows))


def test_a_pull_quote_the_cleaner_removed_is_scored_removed_though_the_article_says_it(
        tmp_path: Path) -> None:
    from evals import cleaning

    pull = "Construction would begin in the spring and take two years"
    article = tmp_path / "article-1.txt"
    article.write_text("\n\n".join([
        "The city council approved the new tram line on Tuesday after a long debate.",
        pull + ".",
        f'The mayor was clear. "{pull}, with two depots first," she said.',
    ]) + "\n", encoding="utf-8")
    _, kept = cleaning.kept_lines(article)
    assert kept == {1, 5}  # its words are all in line 5, but line 3 itself is gone


def test_a_split_line_is_judged_as_its_text_and_its_boilerplate(tmp_path: Path) -> None:
    from evals import cleaning

    post = "Ferry back in service today"
    article = tmp_path / "article-1.txt"
    article.write_text(f"{post} — Harbour Lines (@harbourlines) May 4, 2020\n", encoding="utf-8")
    _, kept = cleaning.kept_lines(article, {1: len(post)})
    assert kept == {1}  # the post's text stays; its signature (-1) is gone
    _, whole = cleaning.kept_lines(article)
    assert whole == set()  # judged whole, the line's signature words outweigh its text


def test_the_evidence_share_lists_the_articles_under_half(tmp_path: Path) -> None:
    from evals import cleaning

    story = tmp_path / "001-a-story"
    story.mkdir()
    (story / "article-1.txt").write_text(
        "The council approved the new tram line on Tuesday after a long debate.\n\n"
        "The mayor said construction would begin in the spring and take two years.\n")
    (story / "article-2.txt").write_text(  # a web archive's notice: nothing reaches evidence
        "Since 1996, a crawler company has been donating its crawl data to the Internet "
        "Archive. Every day, these data are added to the Wayback Machine after an embargo "
        "period.\n")
    score, thin = cleaning.evidence_share([story])
    assert thin == ["001/article-2.txt 0/29"]
    assert score.value == pytest.approx(26 / (26 + 29))  # every word of article 1 reaches it


def test_a_sealed_response_opens_only_with_the_same_articles(tmp_path: Path) -> None:
    (tmp_path / "article-1.txt").write_text("The ferry Aurora ran aground near Tallin.\n")
    (tmp_path / "article-2.txt").write_text("Forty passengers left the Aurora by boat.\n")
    key = recording.story_key(tmp_path.glob("article-*"))
    answer = '{"claims": [{"text": "The ferry Aurora ran aground near Tallin."}]} é'
    sealed = recording.seal(answer, key)
    assert sealed.startswith(recording.SEALED) and "Aurora" not in sealed
    assert recording.unseal(sealed, key) == answer.encode()
    assert recording.unseal(recording.seal(answer.encode(), key), key) == answer.encode()
    # a retried request's two answers: each its own stream, so XORing the two reveals nothing
    other = answer.replace("Tallin", "Riga!!")
    body = sealed.rsplit(":", 1)[1]
    assert recording.seal(other, key).rsplit(":", 1)[1][:8] != body[:8]
    (tmp_path / "article-2.txt").write_text("Fifty passengers left the Aurora by boat.\n")
    with pytest.raises(recording.SealError, match=r"other article files.*re-record"):
        recording.unseal(sealed, recording.story_key(tmp_path.glob("article-*")))


def test_an_altered_or_damaged_sealed_response_is_refused() -> None:
    key = b"k" * 32
    sealed = recording.seal("the model quoted an article", key)
    head, body = sealed.rsplit(":", 1)
    flipped = body[:4] + ("A" if body[4] != "A" else "B") + body[5:]
    for bad in (f"{head}:{flipped}", sealed[:-6], recording.SEALED + "nonsense"):
        with pytest.raises(recording.SealError, match=r"damaged.*re-record"):
            recording.unseal(bad, key)


def test_the_sealing_hooks_seal_on_save_and_open_on_load() -> None:
    class Request:
        body = b"sha256:0123"

    hooks = recording.sealing(b"k" * 32)
    response = {"status": {"code": 200}, "body": {"string": "the model quoted an article"}}
    _, saved = hooks["before_save_interaction"](Request(), response)
    assert "article" not in saved["body"]["string"]
    _, loaded = hooks["after_load_interaction"](Request(), saved)
    assert loaded["body"]["string"] == b"the model quoted an article"
    with pytest.raises(recording.SealError, match="not sealed"):
        hooks["after_load_interaction"](Request(), {"body": {"string": "plain"}})
    empty: dict[str, Any] = {"status": {"code": 204}, "body": {"string": None}}
    for hook in ("before_save_interaction", "after_load_interaction"):  # nothing to seal
        assert hooks[hook](Request(), empty)[1]["body"]["string"] is None


def test_no_cassette_of_a_public_story_holds_a_readable_answer() -> None:
    stories = sorted(p for p in runner.CASSETTES.glob("*.yaml")
                     if (runner.HERE / "multinews" / p.name).is_file())
    assert stories  # the Multi-News llm rows exist
    for cassette in stories:
        tape = yaml.safe_load(cassette.read_text(encoding="utf-8"))
        for interaction in tape["interactions"]:
            assert interaction["request"]["body"].startswith(recording.DIGEST), cassette.name
            assert interaction["response"]["body"]["string"].startswith(recording.SEALED), \
                cassette.name


def test_gaps_tell_a_fact_credited_from_one_cited_short_and_one_worded_apart() -> None:
    from evals.gaps import gap
    from evals.metrics import Graded

    case = CASES["quote"]
    summary = good("quote")
    cost = next(f for f in case.facts if f.id == "cost")
    assert gap(Graded(summary, case), cost) == "credited"
    one = edit(summary, claim_with(summary, "18 million"), sources=["s1"])
    assert gap(Graded(one, case), cost) == "citing gap"  # s2 says it too
    wire = {f.id: gap(Graded(good("wire"), CASES["wire"]), f) for f in CASES["wire"].facts}
    # the Tollan Post words the pay deal its own way, and the wire copies count once
    assert wire == {"strike-ends": "unreachable", "pay": "selection gap", "trains": None,
                    "shops": None}


def test_a_bad_held_out_label_file_is_a_one_line_error_not_a_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from evals import cases as case_files

    facts, data = story(tmp_path, "description: d\nfacts:\n  - id: a\n    text: t\n"
                        "    sources: [article-1.txt]\n    match: [[bridge]]\n")
    other = data / "002-a-flood"
    other.mkdir()
    (other / "article-1.txt").write_text("Rescue teams arrived by boat.\n")
    (other / "reference.md").write_text("Rescue teams arrived.\n")
    labels = tmp_path / "heldout"
    labels.mkdir()
    (labels / "002-a-flood.yaml").write_text("description: d\ndisagreements: []\nmood: odd\n")
    monkeypatch.setattr(case_files, "MULTINEWS", facts.parent)
    monkeypatch.setattr(case_files, "HELDOUT_LABELS", labels)
    assert main(["--data", str(data), "--lint"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("evals: error:") and "002-a-flood" in err and len(err.splitlines()) == 1


def _fact(name: str) -> Fact:
    return Fact(id=name, text=name, sources=["1"], match=[[name]])


def test_fact_oracle_is_exact_where_greedy_is_not() -> None:
    # facts per word, the greedy pick takes the first sentence (3 facts in 6 words) and then
    # nothing fits; the other two together state all four facts in 10 words
    sentences = ["Alpha beta gamma came in here.", "Alpha beta were found today.",
                 "Gamma delta were seen later.", "Epsilon was seen far away from here too."]
    facts = [_fact(w) for w in ("alpha", "beta", "gamma", "delta", "epsilon")]
    assert oracle.choose(sentences, facts, 10) == [1, 2]
    assert oracle.summary(sentences, facts, 10) == \
        "Alpha beta were found today. Gamma delta were seen later."
    # with room for all, every fact, in the fewest words (18, not 19 with the first sentence)
    assert oracle.choose(sentences, facts, 100) == [1, 2, 3]
    assert oracle.choose(sentences, facts, 3) == []
    assert oracle.choose(["Nothing of note."], facts, 100) == []


def test_invented_stories_load_and_their_labels_hold_their_articles() -> None:
    from evals.cases import load_invented

    stories = load_invented()
    assert len(stories) >= 40
    for story in stories:
        articles = {p.name: p.read_text(encoding="utf-8") for p in story.folder.glob("*.txt")}
        assert len(articles) >= 2, story.name
        for disagreement in story.labels.disagreements:
            for side in disagreement.sides:
                assert side.sources, (story.name, side.says)
                for source in side.sources:
                    assert grader.matches(articles[source], [side.says]), (story.name, source)


def test_the_invented_stories_hold_their_own_floors() -> None:
    from evals.metrics import Score
    from evals.report import aggregate_failures

    rows = [runner.Row("d01", runner.INVENTED, "extractive",
                       [Score("conflict_recall", 0.25, "1 of 4", 1, 4)])]
    table = {"invented": {"aggregate": {"extractive": {"conflict_recall": {"min": 0.5}}}}}
    assert aggregate_failures(rows, table) == [
        "extractive on the invented stories: conflict_recall 0.25 < 0.5 (1 of 4 over 1 stories)"]
    # the real-news floors do not read them
    assert aggregate_failures(rows, {"multinews": {"aggregate": table["invented"]["aggregate"]}}) \
        == []


def test_the_genre_scores_count_round_ups_found_and_news_taken_for_one() -> None:
    from evals.genre import Found, lines, scores

    found = [Found("r01", True, True), Found("r02", True, False), Found("s01", False, False),
             Found("s02", False, True), Found("s03", False, False)]
    up, news = scores(found)
    assert (up.hits, up.total, news.hits, news.total) == (1, 2, 1, 3)
    assert lines({"set": found}) == [
        "- set (5 stories): round-ups of reviews read as one: 1 of 2; other stories read as a "
        "round-up of reviews: 1 of 3; wrong: r02, s02"]
