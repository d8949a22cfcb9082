"""Domain adaptation: fine-tune an embedding model on a user's (question, passage) pairs.

A general model such as all-MiniLM-L6-v2 knows little of a field's wording (on
ObliQA's financial-regulation questions it ranks below plain BM25). Users often
have, or can write, questions paired with the passage that answers each; a short
CPU fine-tune on them moves the model towards their corpus. The result is an
ordinary sentence-transformers folder, used with ``--model DIR`` like any other
local model (``policykb reindex --model DIR`` re-embeds an existing store).

The objective is the multiple-negatives ranking loss (Henderson et al. 2017,
"Efficient Natural Language Response Suggestion for Smart Reply"): in a batch of
n pairs, each question must score its own passage above the other n - 1
passages. Optionally each pair also gets a BM25-mined hard negative: the
highest-ranked passage of the pair file that is not one of the question's own
(Karpukhin et al. 2020, "Dense Passage Retrieval", section 3.2).

Pair file (JSONL, one object a line)::

    {"question": "Who must report a breach?", "passage": "A licensee shall notify ..."}

An optional ``"negative"`` string is used as that pair's hard negative as given.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kb.errors import ConfigError
from kb.settings import DEFAULT_MODEL
from kb.tune_pairs import MIN_PAIRS, Pair, mine_hard_negatives, read_pairs

__all__ = ["MANIFEST", "Pair", "TuneResult", "mine_hard_negatives", "read_pairs", "tune"]

#: Word pieces kept per text while training; all-MiniLM-L6-v2 was trained on 256 too.
DEFAULT_MAX_SEQ_LENGTH = 256
#: Written into the output folder: what the model was tuned from and on.
MANIFEST = "policykb_tune.json"


@dataclass(frozen=True, slots=True)
class TuneResult:
    """What ``tune`` did: where the model went, how long it took, how the loss moved."""

    out_dir: Path
    base_model: str
    pairs: int
    steps: int
    epochs: int
    seconds: float
    first_loss: float
    last_loss: float
    hard_negatives: bool


def _batches(pairs: Sequence[Pair], batch_size: int, rng: random.Random) -> list[list[Pair]]:
    """Shuffled batches in which no question or passage appears twice.

    A repeated passage in a batch would be scored as a negative of its own
    question (a false negative); a repeated question would be asked to rank two
    gold passages each above the other. Pairs that would repeat one wait for a
    later batch.
    """
    pending = list(pairs)
    rng.shuffle(pending)
    batches: list[list[Pair]] = []
    while pending:
        batch: list[Pair] = []
        seen: set[str] = set()
        rest = []
        for p in pending:
            texts = {p.question, p.passage} | ({p.negative} if p.negative else set())
            if len(batch) < batch_size and not texts & seen:
                batch.append(p)
                seen |= texts
            else:
                rest.append(p)
        batches.append(batch)
        pending = rest
    # A final batch of one pair has no in-batch negative: it teaches nothing.
    return [b for b in batches if len(b) >= MIN_PAIRS]


def _model_source(base_model: str) -> str:
    if base_model == DEFAULT_MODEL:
        from kb.embed import _default_model_path

        return str(_default_model_path())
    return base_model


def tune(
    pairs: Sequence[Pair],
    out_dir: str | Path,
    *,
    base_model: str = DEFAULT_MODEL,
    epochs: int = 1,
    batch_size: int = 32,
    max_steps: int = 0,
    learning_rate: float = 2e-5,
    warmup: float = 0.1,
    max_seq_length: int = DEFAULT_MAX_SEQ_LENGTH,
    hard_negatives: bool = False,
    seed: int = 0,
    progress: Callable[[int, int, float], None] | None = None,
) -> TuneResult:
    """Fine-tune ``base_model`` on ``pairs`` (CPU) and save it as a sentence-transformers folder.

    Args:
        pairs: training pairs (``read_pairs``); at least two.
        out_dir: where the tuned model is written; must not exist or be empty.
        base_model: ``DEFAULT_MODEL`` (the bundled MiniLM) or a sentence-transformers folder.
        epochs: passes over the pairs.
        batch_size: pairs per step (the other passages of a batch are each question's negatives).
        max_steps: stop after this many optimiser steps (0: no limit).
        learning_rate: AdamW's peak learning rate (linear warm-up, then linear decay).
        warmup: share of the steps spent warming up.
        max_seq_length: word pieces per text while training (the saved model keeps its own).
        hard_negatives: add a BM25-mined negative to each pair (``mine_hard_negatives``).
        seed: shuffling and initialisation seed, for repeatable runs.
        progress: called as ``progress(step, total_steps, loss)`` after each step.

    Returns:
        A ``TuneResult``.

    Raises:
        ConfigError: an invalid option, an output folder that holds files, or a
            base model that cannot be loaded.

    Example:
        >>> tune(read_pairs("pairs.jsonl"), "models/minilm-mine", epochs=1)  # doctest: +SKIP
    """
    out = Path(out_dir).expanduser()
    _check_options(out, pairs, epochs, batch_size, max_steps, learning_rate, warmup, max_seq_length)
    if hard_negatives:
        pairs = mine_hard_negatives(pairs)
    rng = random.Random(seed)
    schedule = [_batches(pairs, batch_size, rng) for _ in range(epochs)]
    total = sum(len(b) for b in schedule)
    if max_steps:
        total = min(total, max_steps)
    if total == 0:
        raise ConfigError(
            f"no batch of {MIN_PAIRS} or more distinct pairs can be formed from {len(pairs)} "
            "pairs; add pairs with other questions and passages"
        )

    model = _load_base(base_model, seed)
    # Training may truncate harder than the model reads at run time (for speed);
    # the saved model keeps the base model's own length.
    run_time_length = model.max_seq_length
    model.max_seq_length = max_seq_length
    losses, seconds = _train(
        model, schedule, total, learning_rate, warmup, hard_negatives, progress
    )
    model.eval()
    model.max_seq_length = run_time_length
    model.save(str(out))
    result = TuneResult(
        out_dir=out,
        base_model=base_model,
        pairs=len(pairs),
        steps=len(losses),
        epochs=epochs,
        seconds=seconds,
        first_loss=losses[0],
        last_loss=losses[-1],
        hard_negatives=hard_negatives,
    )
    _write_manifest(result, batch_size, learning_rate, max_seq_length, seed)
    return result


def _write_manifest(
    result: TuneResult, batch_size: int, learning_rate: float, max_seq_length: int, seed: int
) -> None:
    """Record in the model folder what it was tuned from and on (``MANIFEST``)."""
    manifest = {
        "base_model": result.base_model,
        "pairs": result.pairs,
        "steps": result.steps,
        "epochs": result.epochs,
        "batch_size": batch_size,
        "learning_rate": learning_rate,
        "max_seq_length": max_seq_length,
        "hard_negatives": result.hard_negatives,
        "seed": seed,
        "seconds": round(result.seconds, 1),
        "loss_first": round(result.first_loss, 4),
        "loss_last": round(result.last_loss, 4),
    }
    text = json.dumps(manifest, indent=2) + "\n"
    (result.out_dir / MANIFEST).write_text(text, encoding="utf-8")


def _load_base(base_model: str, seed: int):
    """The base sentence-transformers model on the CPU, quietly, seeded."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    # Library code draws no progress bars (loading and writing weights) on the terminal.
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    torch.manual_seed(seed)
    try:
        return SentenceTransformer(_model_source(base_model), device="cpu")
    except Exception as e:  # sentence-transformers raises many types here
        raise ConfigError(
            f'cannot load base model "{base_model}" ({type(e).__name__}: {e}); '
            "pass a local sentence-transformers folder with --model"
        ) from e


def _train(
    model,
    schedule: list[list[list[Pair]]],
    total: int,
    learning_rate: float,
    warmup: float,
    hard_negatives: bool,
    progress: Callable[[int, int, float], None] | None,
) -> tuple[list[float], float]:
    """Run ``total`` optimiser steps over ``schedule``; the loss of each step and the seconds."""
    import torch

    try:
        from sentence_transformers.sentence_transformer.losses import (
            MultipleNegativesRankingLoss,
        )
    except ImportError:  # sentence-transformers before 6
        from sentence_transformers.losses import MultipleNegativesRankingLoss

    encode_inputs = getattr(model, "preprocess", None) or model.tokenize
    model.train()
    loss_fn = MultipleNegativesRankingLoss(model)
    optimiser = torch.optim.AdamW(model.parameters(), lr=learning_rate)
    warm = max(1, int(total * warmup))

    def rate(step: int) -> float:
        if step < warm:
            return (step + 1) / warm
        return max(0.0, (total - step) / max(1, total - warm))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimiser, rate)
    started = time.perf_counter()
    losses: list[float] = []
    for batch in (b for epoch in schedule for b in epoch):
        if len(losses) >= total:
            break
        columns = [[p.question for p in batch], [p.passage for p in batch]]
        if hard_negatives and all(p.negative for p in batch):
            columns.append([p.negative or "" for p in batch])
        features = [encode_inputs(texts) for texts in columns]
        loss = loss_fn(features, None)
        optimiser.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimiser.step()
        scheduler.step()
        losses.append(float(loss.detach()))
        if progress:
            progress(len(losses), total, losses[-1])
    return losses, time.perf_counter() - started


def _check_options(
    out: Path,
    pairs: Sequence[Any],
    epochs: int,
    batch_size: int,
    max_steps: int,
    learning_rate: float,
    warmup: float,
    max_seq_length: int,
) -> None:
    if len(pairs) < MIN_PAIRS:
        raise ConfigError(f"{len(pairs)} pair(s) given; tuning needs at least {MIN_PAIRS}")
    checks = [
        (epochs >= 1, f"epochs = {epochs} is invalid; it must be >= 1"),
        (batch_size >= MIN_PAIRS, f"batch_size = {batch_size} is invalid; it must be >= 2"),
        (max_steps >= 0, f"max_steps = {max_steps} is invalid; it must be >= 0 (0: no limit)"),
        (0 < learning_rate < 1, f"learning_rate = {learning_rate} is invalid; try 2e-5"),
        (0 <= warmup < 1, f"warmup = {warmup} is invalid; it must be in [0, 1)"),
        (16 <= max_seq_length <= 512, f"max_seq_length = {max_seq_length} is not in 16..512"),
    ]
    for ok, message in checks:
        if not ok:
            raise ConfigError(message)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ConfigError(
            f"{out} already exists and is not an empty folder; the tuned model needs a new "
            "folder: pass another output path"
        )
