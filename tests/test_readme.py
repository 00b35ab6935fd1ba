"""The README's Python examples run as written (from the checkout, offline); one that needs
an OpenAI key says so in a comment, and is compiled here (the one that calls `summarize()`
runs against a recorded server in test_llm_recorded.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"),
                    re.DOTALL)


def test_the_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 4


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block-{n}" for n in range(1, len(BLOCKS) + 1)])
def test_a_readme_example_runs(code: str, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    compiled = compile(code, "README.md", "exec")
    if "needs OPENAI_API_KEY" in code:
        return  # compiled: its names exist below; it is not sent anywhere from a test
    monkeypatch.chdir(ROOT)  # the examples name seeds/ and examples/ as a user's checkout has
    exec(compiled, {"__name__": "readme_example"})
    assert "Traceback" not in capsys.readouterr().out
