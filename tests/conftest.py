"""Hermetic tests: no OPENAI_*/SUMMARIZER_* variable of the developer's leaks in, the LLM
answer cache lives in a temporary folder, and cassettes replay only (see pyproject's
addopts: --record-mode=none --block-network)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from evals import recording

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith(("OPENAI_", "SUMMARIZER_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


@pytest.fixture(autouse=True)
def _reset_logger() -> Iterator[None]:
    """The CLI points the summarizer logger at the stderr of its test; undo that after."""
    yield
    logger = logging.getLogger("summarizer")
    logger.handlers.clear()
    logger.propagate = True
    logger.setLevel(logging.NOTSET)


@pytest.fixture
def warnings_list() -> list[str]:
    return []


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return recording.vcr_config()


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    recording.register(vcr)


@pytest.fixture(autouse=True)
def _cassette_fully_played(vcr: Any, record_mode: str) -> Iterator[None]:
    """A replayed test that leaves recorded requests unplayed has changed what it sends."""
    yield
    if vcr is not None and record_mode == "none" and not vcr.all_played:
        unplayed = len(vcr.data) - vcr.play_count
        pytest.fail(f"{unplayed} recorded request(s) in {vcr._path} were never played; "
                    "re-record the cassette (README: Recording cassettes)")
