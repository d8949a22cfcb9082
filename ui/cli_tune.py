"""``policykb tune``: fine-tune the embedding model on the user's (question, passage) pairs.

``ui/cli.py`` calls ``register(main)``. The command reads the pair file, calls
``kb.tune.tune`` and prints where the model went and how to use it; any
``PolicyKBError`` becomes a one-line message.
"""

from __future__ import annotations

import sys

import click

from ui.cli_store import one_line_errors


@click.command("tune")
@click.argument("pairs", type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(file_okay=False),
    help="New folder for the tuned model (must not exist, or be empty).",
)
@click.option(
    "--model",
    envvar="POLICYKB_MODEL",
    default=None,
    metavar="NAME_OR_PATH",
    help="Model to start from: the bundled all-MiniLM-L6-v2 (default) or a local "
    "sentence-transformers folder.",
)
@click.option("--epochs", type=click.IntRange(1, 100), default=1, show_default=True)
@click.option("--batch-size", type=click.IntRange(2, 1024), default=32, show_default=True)
@click.option(
    "--max-steps",
    type=click.IntRange(0),
    default=0,
    show_default=True,
    help="Stop after this many steps (0: no limit); bounds the time on a small machine.",
)
@click.option("--learning-rate", type=float, default=2e-5, show_default=True)
@click.option(
    "--max-seq-length",
    type=click.IntRange(16, 512),
    default=256,
    show_default=True,
    help="Word pieces kept per text while training (lower is faster).",
)
@click.option(
    "--hard-negatives/--no-hard-negatives",
    default=False,
    show_default=True,
    help="Add to each pair the best BM25 passage of the file that is not its own.",
)
@click.option("--seed", type=int, default=0, show_default=True)
@one_line_errors
def tune_cmd(
    pairs: str,
    output: str,
    model: str | None,
    epochs: int,
    batch_size: int,
    max_steps: int,
    learning_rate: float,
    max_seq_length: int,
    hard_negatives: bool,
    seed: int,
) -> None:
    """Fine-tune the embedding model on PAIRS, a JSONL file of question-passage pairs.

    Each line: {"question": "...", "passage": "..."} (optionally "negative": "...").
    Runs on CPU; the tuned model is a folder to use with --model.

    \b
    Example:
      policykb tune pairs.jsonl -o models/minilm-mine --epochs 1
      policykb reindex --db ~/policy-kb --model models/minilm-mine
    """
    from kb.settings import DEFAULT_MODEL
    from kb.tune import read_pairs, tune

    examples = read_pairs(pairs)
    click.echo(f"{len(examples)} pairs from {pairs}", err=True)
    show = sys.stderr.isatty()

    def progress(step: int, total: int, loss: float) -> None:
        if show or step == total or step % 10 == 0:
            click.echo(f"step {step}/{total}  loss {loss:.3f}", err=True)

    result = tune(
        examples,
        output,
        base_model=model or DEFAULT_MODEL,
        epochs=epochs,
        batch_size=batch_size,
        max_steps=max_steps,
        learning_rate=learning_rate,
        max_seq_length=max_seq_length,
        hard_negatives=hard_negatives,
        seed=seed,
        progress=progress,
    )
    click.echo(
        f"tuned {result.base_model} on {result.pairs} pairs: {result.steps} steps in "
        f"{result.seconds:.0f} s, loss {result.first_loss:.3f} -> {result.last_loss:.3f}; "
        f"saved to {result.out_dir}. Use it with: policykb reindex --db DIR --model "
        f"{result.out_dir}"
    )


def register(group: click.Group) -> None:
    """Add ``tune`` to the ``policykb`` click group."""
    group.add_command(tune_cmd)
