from __future__ import annotations

import summarizer
from summarizer import Settings
from summarizer.config import ConfigurationError


def test_all_is_complete_and_importable() -> None:
    public = {n for n in dir(summarizer) if not n.startswith("_")} - {
        "config", "errors", "models", "pipeline", "ingest", "clean", "chunking", "dedupe",
        "conflicts", "engines", "verify", "metadata", "textutil", "render", "cli"}
    assert public == set(summarizer.__all__)


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
