from __future__ import annotations

import re
import types

import pytest

import summarizer
from summarizer import Settings
from summarizer.config import ConfigurationError


def test_all_is_complete_and_importable() -> None:
    public = {n for n in dir(summarizer) if not n.startswith("_")
              and not isinstance(getattr(summarizer, n), types.ModuleType)}  # submodules
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
    ({"SUMMARIZER_MAX_COST": "-1"}, "max_cost cannot be negative"),
    ({"SUMMARIZER_CONCURRENCY": "0"}, "concurrency must be positive"),
])
def test_bad_llm_settings_say_what_to_fix(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigurationError, match=re.escape(message)):
        Settings.from_env(env)


def test_prompt_templates_ship_inside_the_package() -> None:
    from importlib.metadata import distribution

    from summarizer.prompts import TEMPLATES, builtin_dir

    assert all((builtin_dir() / name).is_file() for name in TEMPLATES)
    files = {str(f) for f in distribution("summarizer").files or []}
    if any(f.endswith(".pth") for f in files):  # an editable install reads prompts/ itself
        pytest.skip("editable install: templates are read from the source checkout")
    assert {f"summarizer/prompt_templates/{name}" for name in TEMPLATES} <= files


def test_credentials_in_a_base_url_never_reach_logs_or_errors() -> None:
    settings = Settings(base_url="http://user:pw@llm.local:8080/v1/?api-key=abc")
    assert settings.endpoint_label == "http://llm.local:8080/v1"
    assert Settings().endpoint_label == "https://api.openai.com/v1"
