"""Knowledge-base commands for the ``policykb`` CLI: ingest, targets, docs, remove, reindex,
with ask and warm from ``ui/cli_ask.py``.

``ui/cli.py`` owns the click group and calls ``register(main)``. Each command
parses its options, calls one ``KnowledgeBase`` method and prints the result;
any ``PolicyKBError`` becomes a one-line ``click.ClickException`` (``ui/errors.py``).
"""

from __future__ import annotations

import csv
import json
import sys
from typing import TYPE_CHECKING, Any

import click

from ingest.records import Target, columns
from kb.errors import PolicyKBError
from ui.cli_ask import ask_cmd, warm_cmd
from ui.cli_limits import limit_options, make_limits
from ui.cli_second import SECOND_MODELS
from ui.cli_store import YEAR, one_line_errors, open_kb, store_options

if TYPE_CHECKING:
    from kb.service import KnowledgeBase

# The names the serve, obligations and track commands import from here.
_one_line_errors = one_line_errors
_open = open_kb
_store_options = store_options


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@store_options
@click.option(
    "--id-field",
    default=None,
    metavar="NAME",
    help="Passage files: the column holding each row's id (default: id, passage_id or ID).",
)
@click.option(
    "--text-field",
    default=None,
    metavar="NAME",
    help="Passage files: the column holding each row's text "
    "(default: text, passage, Passage or content).",
)
@click.option(
    "--second-model",
    type=click.Choice(SECOND_MODELS),
    default=None,
    help="Also embed every clause with this second model ('multilingual') and search both "
    "(see `policykb second-space`); a store that has one keeps it up to date.",
)
@limit_options
@one_line_errors
def ingest_cmd(
    paths: tuple[str, ...],
    db: str | None,
    model: str | None,
    chroma_url: str,
    id_field: str | None,
    text_field: str | None,
    second_model: str | None,
    max_chars: int,
    max_seconds: float,
) -> None:
    """Add policy documents (files or folders) and passage files to the knowledge base.

    Unchanged documents are skipped; a changed file replaces its old version.
    Files that fail are reported by name and skipped; the exit code is 1 if any did.

    A .jsonl, .csv or .parquet file named on the command line is a passage
    corpus: each row is a document of its own, identified by the file and the
    row's id; its other columns are metadata (see `ask --where`). Bad rows are
    reported as FILE:LINE and skipped.

    \b
    Examples:
      policykb ingest corpus/ --db ~/policy-kb
      policykb ingest passages.jsonl --text-field body --db ~/policy-kb
    """
    from kb.extraction import is_passage_file
    from kb.service import expand_paths
    from ui.cli_second import add_space, sync_with_progress

    expanded = list(expand_paths(paths))
    passage_files = [p for p in expanded if is_passage_file(p)]
    files = [p for p in expanded if not is_passage_file(p)]
    kb = open_kb(db, model, chroma_url, create=True)
    kb.follow_second = False  # done below, with a progress bar
    if second_model:
        add_space(kb, second_model)
    failed, counts = [], {"added": 0, "replaced": 0, "unchanged": 0}
    if files:
        with click.progressbar(length=len(files), label="Ingesting", file=sys.stderr) as bar:
            for result in kb.ingest(files, limits=make_limits(max_chars, max_seconds)):
                bar.update(1)
                if result.status == "failed":
                    failed.append(result)
                    click.echo(f"\nerror: {result.error}", err=True)
                else:
                    counts[result.status] += 1
    bad_rows = 0
    for path in passage_files:
        row_counts, bad, error = _ingest_passage_file(kb, path, id_field, text_field)
        if error:
            failed.append(error)
            continue
        bad_rows += bad
        for status, n in row_counts.items():
            counts[status] += n
    summary = (
        f"{counts['added']} added, {counts['replaced']} replaced, {counts['unchanged']} unchanged, "
        f"{len(failed)} failed"
    )
    if passage_files:
        summary += f", {bad_rows} bad rows skipped"
    sync_with_progress(kb.store)
    for note in dict.fromkeys(kb.notes):
        click.echo(note, err=True)
    click.echo(f"{summary}; store: {kb.settings.db_dir}")
    if failed:
        total = len(files) + len(passage_files)
        raise click.ClickException(
            f"{len(failed)} of {total} files failed: " + ", ".join(r.path for r in failed[:5])
        )
    if bad_rows:
        raise click.ClickException(f"{bad_rows} bad rows were skipped (listed above)")


def _ingest_passage_file(
    kb: KnowledgeBase, path: Any, id_field: str | None, text_field: str | None
) -> tuple[dict[str, int], int, Any]:
    """Ingest one passage file with a progress bar; returns (counts, bad rows, file failure)."""
    from kb.extraction import count_rows
    from kb.service import IngestResult

    counts = {"added": 0, "replaced": 0, "unchanged": 0}
    try:
        passages = kb.open_passages(path, id_field=id_field, text_field=text_field)
    except PolicyKBError as e:
        click.echo(f"error: {e}", err=True)
        return counts, 0, IngestResult(str(path), "failed", error=str(e))
    click.echo(passages.describe(), err=True)
    bad = 0
    label = f"Ingesting {path.name}"
    with click.progressbar(length=count_rows(path), label=label, file=sys.stderr) as bar:
        for result in kb.ingest_passages(passages):
            bar.update(1)
            if result.status == "failed":
                bad += 1
                click.echo(f"\n{result.error}", err=True)
            else:
                counts[result.status] += 1
    return counts, bad, None


#: ``policykb targets --format csv``: these first, then every other ``Target`` column field.
TARGET_COLUMNS = columns(
    ("doc_id", "clause_id", "year", "metric", "comparator", "value", "unit", "value_text",
     "sector", "text"),
    [Target],
    skip=["type"],
)  # fmt: skip


@click.command("targets")
@store_options
@click.option(
    "--year", type=YEAR, default=None, metavar="YEAR", help="Only targets due in this year."
)
@click.option(
    "--doc", "docs", multiple=True, metavar="DOC", help="doc_id prefix or path; repeatable."
)
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True
)
@one_line_errors
def targets_cmd(
    db: str | None,
    model: str | None,
    chroma_url: str,
    year: int | None,
    docs: tuple[str, ...],
    fmt: str,
) -> None:
    """List the structured targets in the knowledge base.

    \b
    Example:
      policykb targets --year 2030 --format csv > targets-2030.csv
    """
    kb = open_kb(db, model, chroma_url)
    targets = kb.targets(year=year, docs=docs)
    if fmt == "jsonl":
        for t in targets:
            click.echo(json.dumps(t.to_dict(), ensure_ascii=False))
        return
    writer = csv.writer(sys.stdout)
    writer.writerow(TARGET_COLUMNS)
    for t in targets:
        writer.writerow([getattr(t, c) for c in TARGET_COLUMNS])


@click.command("docs")
@store_options
@one_line_errors
def docs_cmd(db: str | None, model: str | None, chroma_url: str) -> None:
    """List ingested documents with their clause and record counts.

    \b
    Example:
      policykb docs --db ~/policy-kb
    """
    kb = open_kb(db, model, chroma_url)
    infos = kb.docs()
    if not infos:
        click.echo(f"no documents in {kb.settings.db_dir}; add some with: policykb ingest PATH...")
        return
    click.echo(f"{'doc_id':12}  {'lang':4}  {'clauses':>7}  {'records':>7}  path")
    for d in infos:
        lang = getattr(d, "language", "") or "-"
        click.echo(f"{d.doc_id[:12]:12}  {lang:4}  {d.clauses:>7}  {d.records:>7}  {d.path}")


@click.command("remove")
@click.argument("doc")
@store_options
@one_line_errors
def remove_cmd(doc: str, db: str | None, model: str | None, chroma_url: str) -> None:
    """Delete DOC (a doc_id prefix from `policykb docs`, or its path) from the knowledge base.

    \b
    Example:
      policykb remove 6ff19adee3e6
    """
    kb = open_kb(db, model, chroma_url)
    info = kb.remove(doc)
    click.echo(
        f"removed {info.doc_id} ({info.path}): {info.clauses} clauses, {info.records} records"
    )


@click.command("reindex")
@store_options
@one_line_errors
def reindex_cmd(db: str | None, model: str | None, chroma_url: str) -> None:
    """Re-embed every stored clause (e.g. after switching --model); SQLite is kept as is.

    \b
    Example:
      policykb reindex --db ~/policy-kb --model /models/bge-small-en
    """
    kb = open_kb(db, model, chroma_url)
    n = kb.reindex()
    click.echo(f"re-embedded {n} clauses with {kb.embedder.name}")


COMMANDS = (ingest_cmd, ask_cmd, targets_cmd, docs_cmd, remove_cmd, reindex_cmd, warm_cmd)


def register(group: click.Group) -> None:
    """Add the knowledge-base commands to the ``policykb`` click group."""
    for command in COMMANDS:
        group.add_command(command)
