"""Optional generative answers through a LangChain chat model.

Off by default. Set ``POLICYKB_LLM_PROVIDER`` (``ollama`` or ``openai`` for any
OpenAI-compatible endpoint), ``POLICYKB_LLM_MODEL``, ``POLICYKB_LLM_BASE_URL``
and, for OpenAI-compatible endpoints, ``POLICYKB_LLM_API_KEY``. The provider
packages are imported only here, only when configured.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kb.citations import NO_ANSWER, Source
from kb.errors import ConfigError
from kb.settings import LLMSettings

PROMPT = """Answer the question using only the numbered sources below.
Cite every statement with its source number in square brackets, e.g. [1].
Quote figures and years exactly as the sources give them.
If the sources do not answer the question, reply exactly: {no_answer}

Sources:
{sources}

Question: {question}
Answer:"""


def chat_model_from_settings(settings: LLMSettings) -> Any:
    """A LangChain chat model for ``settings``, or ``None`` when no provider is set.

    Raises:
        ConfigError: unknown provider, missing model name, or the provider package
            is not installed (with the pip command to install it).
    """
    if not settings.provider:
        return None
    if not settings.model:
        raise ConfigError(
            f"POLICYKB_LLM_PROVIDER is {settings.provider} but POLICYKB_LLM_MODEL is empty; "
            "set it, e.g. POLICYKB_LLM_MODEL=llama3.2"
        )
    if settings.provider == "ollama":
        try:
            from langchain_ollama import ChatOllama
        except ImportError as e:
            raise ConfigError(
                "Ollama answers need langchain-ollama: pip install langchain-ollama"
            ) from e
        kwargs: dict[str, Any] = {"model": settings.model, "temperature": 0}
        if settings.base_url:
            kwargs["base_url"] = settings.base_url
        return ChatOllama(**kwargs)
    if settings.provider == "openai":
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as e:
            raise ConfigError(
                "OpenAI-compatible answers need langchain-openai: pip install langchain-openai"
            ) from e
        kwargs = {"model": settings.model, "temperature": 0}
        if settings.base_url:
            kwargs["base_url"] = settings.base_url
        if settings.api_key:
            kwargs["api_key"] = settings.api_key
        return ChatOpenAI(**kwargs)
    raise ConfigError(
        f'LLM provider "{settings.provider}" is invalid; choose one of: ollama, openai'
    )


def build_prompt(question: str, sources: Sequence[Source]) -> str:
    """The grounded prompt: numbered sources, then the question."""
    listed = "\n".join(f"[{s.n}] {s.text}" for s in sources)
    return PROMPT.format(no_answer=NO_ANSWER, sources=listed, question=question)


def generate(question: str, sources: Sequence[Source], llm: Any) -> str:
    """Ask ``llm`` (a LangChain chat model, or anything with ``invoke``) for a cited answer.

    Raises:
        ConfigError: the model endpoint failed (one line, naming the error).
    """
    try:
        reply = llm.invoke(build_prompt(question, sources))
    except Exception as e:  # network, auth, model-not-found: all reported the same way
        raise ConfigError(f"the chat model failed: {type(e).__name__}: {e}") from e
    text = getattr(reply, "content", reply)
    return str(text).strip()
