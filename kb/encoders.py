"""Which encoder embeds: torch (sentence-transformers) or int8 ONNX, and the model.

A store records the name of what built it (``Store.model``); an int8 store's
name ends in ``@onnx-int8``. With no encoder asked for, a store is always
queried with the encoder that built it, and a new store gets ``DEFAULT_ENCODER``.
An explicit ``--encoder`` that differs from the store's is refused by
``Store.check_model`` with the ``reindex`` command that converts it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kb.embed import Embedder, SentenceTransformerEmbedder, _default_model_path
from kb.errors import ConfigError
from kb.onnx_embed import VARIANT, OnnxInt8Embedder
from kb.settings import DEFAULT_MODEL

TORCH = "torch"
ONNX_INT8 = VARIANT
ENCODERS = (TORCH, ONNX_INT8)
#: What a new store is built with when no encoder is named. torch: on ObliQA
#: (1,997 passages, 300 questions) int8 scored Recall@10 0.842 / MRR@10 0.732
#: against torch's 0.845 / 0.740, so int8, 2.2x faster to ingest and 7x faster
#: to start, is the opt-in (docs/performance.md).
DEFAULT_ENCODER = TORCH


def check_encoder(encoder: str) -> str:
    """``encoder`` if valid ("" means: the store's, or the default).

    Raises:
        ConfigError: naming the valid choices.
    """
    if encoder not in ("", *ENCODERS):
        raise ConfigError(f'encoder "{encoder}" is invalid; choose one of: {", ".join(ENCODERS)}')
    return encoder


def split_variant(model: str) -> tuple[str, str]:
    """``"NAME@onnx-int8"`` -> ``("NAME", "onnx-int8")``; a plain name has encoder ""."""
    base, sep, variant = model.rpartition("@")
    if sep and variant in ENCODERS:
        return base, variant
    return model, ""


def choose_encoder(
    model: str, *, encoder: str = "", built_with: str | None = None
) -> tuple[str, str]:
    """``(model name, encoder)`` for a ``--model`` value (a name, path, or ``NAME@ENCODER``).

    With no encoder named, a store keeps the encoder that built it; a new store
    gets ``DEFAULT_ENCODER`` for the bundled model or a local folder, torch for a
    hub name (which only sentence-transformers resolves).

    Args:
        model: the ``--model`` value.
        encoder: ``torch``, ``onnx-int8``, or "" to follow ``built_with``.
        built_with: the model name the store records, if it has vectors.

    Raises:
        ConfigError: an invalid encoder.

    Example:
        >>> choose_encoder(DEFAULT_MODEL, built_with=DEFAULT_MODEL)
        ('sentence-transformers/all-MiniLM-L6-v2', 'torch')
    """
    base, named = split_variant(model)
    wanted = check_encoder(named or encoder)
    if not wanted:
        built_base, built_variant = split_variant(built_with or "")
        # A local folder is recorded by its name (``SentenceTransformerEmbedder.name``).
        if built_with and built_base in (base, Path(base).expanduser().name):
            wanted = built_variant or TORCH
        elif base == DEFAULT_MODEL or (Path(base).expanduser() / "config.json").is_file():
            wanted = DEFAULT_ENCODER
        else:  # a hub name: only sentence-transformers can resolve it from the local cache
            wanted = TORCH
    return base, wanted


def make_embedder(model: str, *, encoder: str = "", built_with: str | None = None) -> Embedder:
    """The embedder ``choose_encoder`` picks (see there for the arguments)."""
    base, wanted = choose_encoder(model, encoder=encoder, built_with=built_with)
    if wanted == TORCH:
        return SentenceTransformerEmbedder(base)
    return onnx_embedder(base)


def onnx_embedder(model: str) -> OnnxInt8Embedder:
    """The int8 ONNX embedder of ``model`` (``DEFAULT_MODEL`` or a local folder).

    Raises:
        ConfigError: the model is a hub name with no local folder.
    """
    model_dir = _default_model_path() if model == DEFAULT_MODEL else Path(model).expanduser()
    if not (model_dir / "config.json").is_file():
        raise ConfigError(
            f'the {ONNX_INT8} encoder needs a local model folder; "{model}" is not one. '
            "Pass a folder with --model, or use --encoder torch"
        )
    name = DEFAULT_MODEL if model == DEFAULT_MODEL else model_dir.name
    return OnnxInt8Embedder(model_dir, name=name)


@contextmanager
def leave_cores(n: int = 1) -> Iterator[None]:
    """Embed batches on ``n`` cores fewer while the block runs (never fewer than one).

    An ingest that extracts in a child process (``kb.ingest_worker``) keeps one core
    busy with spaCy; an encoder that also asks for every core makes its threads wait
    on each other. Measured on the shared 2-core machine (load about 10): int8 batches
    of 300 ObliQA passages ran at 99-106 texts/s on one thread against 46-57 on two.
    """
    import kb.onnx_embed as onnx

    before_onnx = onnx._cores_left
    onnx._cores_left = before_onnx + n
    torch = sys.modules.get("torch")  # only if an encoder already loaded it
    before_torch = torch.get_num_threads() if torch else 0
    if torch:
        torch.set_num_threads(max(1, before_torch - n))
    try:
        yield
    finally:
        onnx._cores_left = before_onnx
        if torch:
            torch.set_num_threads(before_torch)


@contextmanager
def leave_cores_while(busy: Callable[[], bool]) -> Iterator[None]:
    """Embed batches on one core fewer, but only while ``busy()`` answers true.

    ``busy`` is asked as a batch starts (and, for int8, every few dozen texts): an
    ingest passes "the extraction processes have work in hand", so its encoder
    shares the machine while they run and takes every core for what is left to
    embed once they are done, instead of finishing that tail on one thread.
    """
    import kb.onnx_embed as onnx

    onnx._leave_while.append(busy)
    try:
        yield
    finally:
        onnx._leave_while.remove(busy)
