"""Settings precedence and validation; optional LLM configuration (no model needed)."""

from __future__ import annotations

import pytest

from kb.errors import ConfigError
from kb.llm import chat_model_from_settings
from kb.settings import DEFAULT_MODEL, LLMSettings, Settings, parse_chroma_url


def test_env_then_arguments_override_defaults(monkeypatch, tmp_path):
    monkeypatch.setenv("POLICYKB_DB", str(tmp_path / "env-kb"))
    monkeypatch.setenv("POLICYKB_CHROMA_URL", "http://127.0.0.1:8123")
    settings = Settings.from_env()
    assert settings.db_dir == tmp_path / "env-kb" and settings.model == DEFAULT_MODEL
    assert settings.chroma_url == "http://127.0.0.1:8123"
    flagged = Settings.from_env(db_dir=tmp_path / "flag-kb", chroma_url="")
    assert flagged.db_dir == tmp_path / "flag-kb" and flagged.chroma_url == ""


def test_default_db_dir_is_under_the_user_data_dir(monkeypatch):
    monkeypatch.delenv("POLICYKB_DB")
    assert Settings.from_env().db_dir.parts[-2:] == ("policykb", "kb")


@pytest.mark.parametrize(
    "url, expected",
    [
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000, False)),
        ("https://chroma.example", ("chroma.example", 443, True)),
    ],
)
def test_parse_chroma_url(url, expected):
    assert parse_chroma_url(url) == expected


@pytest.mark.parametrize("url", ["localhost:8000", "ftp://host:1", "http://host:99999"])
def test_bad_chroma_urls_are_config_errors(url):
    with pytest.raises(ConfigError, match="http://HOST:PORT|invalid port"):
        parse_chroma_url(url)


def test_llm_is_off_unless_configured():
    assert chat_model_from_settings(LLMSettings()) is None


def test_bad_llm_provider(monkeypatch):
    monkeypatch.setenv("POLICYKB_LLM_PROVIDER", "skynet")
    with pytest.raises(ConfigError, match="choose one of: ollama, openai"):
        LLMSettings.from_env()


def test_llm_without_model_name_or_package_gives_the_fix():
    with pytest.raises(ConfigError, match="POLICYKB_LLM_MODEL"):
        chat_model_from_settings(LLMSettings(provider="ollama"))
    try:
        import langchain_ollama  # noqa: F401
    except ImportError:
        with pytest.raises(ConfigError, match="pip install langchain-ollama"):
            chat_model_from_settings(LLMSettings(provider="ollama", model="llama3.2"))
