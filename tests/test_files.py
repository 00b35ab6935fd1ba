"""files: the folders outputs go into, and whether a path lies in a folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import OutputError
from summarizer.files import make_folder, within, write_atomic


def test_a_folder_that_cannot_be_created_is_an_error_naming_it_and_the_fix(tmp_path: Path
                                                                          ) -> None:
    blocker = tmp_path / "taken"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    with pytest.raises(OutputError, match=r"taken/out: cannot create the state folder "
                                          r"\(.+\); choose another `out_dir`") as caught:
        make_folder(blocker / "out", "state folder", hint="choose another `out_dir`")
    assert caught.value.path == str(blocker / "out")
    make_folder(tmp_path / "a" / "b", "output folder", hint="-")  # parents too, and again
    make_folder(tmp_path / "a" / "b", "output folder", hint="-")
    assert (tmp_path / "a" / "b").is_dir()


def test_within_is_the_folder_itself_or_below_it_never_a_sibling_sharing_a_prefix() -> None:
    root = Path("/data/stories")
    assert within(root, root) and within(root / "a" / "b.txt", root)
    assert not within(Path("/data/stories-old/a.txt"), root)
    assert not within(Path("/data"), root)


def test_a_very_long_output_path_is_shortened_in_its_one_line_error(tmp_path: Path) -> None:
    long = tmp_path / ("x" * 300) / ("y" * 300) / "a.txt"
    with pytest.raises(OutputError) as caught:
        write_atomic(long, "text")
    message = str(caught.value)
    assert len(message) < 200 and "characters)" in message and "\n" not in message
    with pytest.raises(OutputError, match="characters\\): cannot create the output folder"):
        make_folder(long.parent, "output folder", hint="choose another --out-dir")
