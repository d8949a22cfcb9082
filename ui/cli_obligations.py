"""``policykb obligations``: who must, may or must not do what, as CSV, JSONL or a checklist.

``ui/cli.py`` calls ``register(main)``. The command opens the knowledge base the
same way as the other kb commands (``--db``/``POLICYKB_DB``, ``--chroma-url``)
and calls ``kb.obligations``; any ``PolicyKBError`` becomes a one-line message.
"""

from __future__ import annotations

import csv
import json
import sys

import click

from ui.cli_store import YEAR, one_line_errors, open_kb, store_options


@click.command("obligations")
@store_options
@click.option(
    "--actor",
    default="",
    metavar="TEXT",
    help="Only actors containing TEXT (case-insensitive), e.g. 'data cent'.",
)
@click.option(
    "--modality",
    "modalities",
    multiple=True,
    metavar="LIST",
    help="Comma-separated: obligation, prohibition, permission, encouragement "
    "(default: all); repeatable.",
)
@click.option(
    "--doc", "docs", multiple=True, metavar="DOC", help="doc_id prefix or path; repeatable."
)
@click.option(
    "--year-from",
    type=YEAR,
    default=None,
    metavar="YEAR",
    help="Only obligations due in or after YEAR.",
)
@click.option(
    "--year-to",
    type=YEAR,
    default=None,
    metavar="YEAR",
    help="Only obligations due in or before YEAR.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "csv", "jsonl"]),
    default="md",
    show_default=True,
    help="`md` is a checklist grouped by actor.",
)
@one_line_errors
def obligations_cmd(
    db: str | None,
    model: str | None,
    chroma_url: str,
    actor: str,
    modalities: tuple[str, ...],
    docs: tuple[str, ...],
    year_from: int | None,
    year_to: int | None,
    fmt: str,
) -> None:
    """List obligations (who must, may or must not do what) from the knowledge base.

    \b
    Examples:
      policykb obligations --db ~/policy-kb --format md > checklist.md
      policykb obligations --actor "data cent" --modality obligation,encouragement
      policykb obligations --doc 6ff19adee3e6 --format csv > obligations.csv
    """
    from kb.obligations import (
        COLUMNS,
        doc_titles,
        list_obligations,
        obligation_rows,
        obligations_markdown,
    )

    kb = open_kb(db, model, chroma_url)
    try:
        records = list_obligations(
            kb, actor=actor, modality=modalities, docs=docs, year_from=year_from, year_to=year_to
        )
        titles = doc_titles(kb)
    finally:
        kb.close()
    if fmt == "md":
        click.echo(obligations_markdown(records, titles), nl=False)
        return
    rows = obligation_rows(records, titles)
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)


def register(group: click.Group) -> None:
    """Add ``obligations`` to the ``policykb`` click group."""
    group.add_command(obligations_cmd)
