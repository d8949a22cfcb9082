"""``policykb track``: targets followed across documents and years.

``ui/cli.py`` calls ``register(main)``. The command opens the knowledge base as
the other kb commands do and calls ``kb.tracking.track``; any ``PolicyKBError``
becomes a one-line message.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

import click

from ui.cli_store import YEAR, one_line_errors, open_kb, store_options

SERIES_COLUMNS = (
    "series", "jurisdiction", "doc_date", "kind", "year", "value", "unit", "base_year",
    "relation", "reason", "metric", "document", "text",
)  # fmt: skip
CHANGE_COLUMNS = (
    "relation", "series", "jurisdiction", "a_date", "a_year", "a_value", "b_date", "b_year",
    "b_value", "unit", "reason", "lexical", "embedding", "a_document", "b_document",
    "a_text", "b_text",
)  # fmt: skip
# The columns a table or Markdown view shows (CSV and JSONL carry them all).
SERIES_SHOWN = (
    "series", "jurisdiction", "doc_date", "kind", "year", "value", "unit", "relation", "document",
)  # fmt: skip
CHANGE_SHOWN = (
    "relation", "series", "jurisdiction", "a_date", "a_value", "b_date", "b_value", "b_year",
    "reason",
)  # fmt: skip
PAIR_SHOWN = (
    "relation", "series", "a_year", "a_value", "b_year", "b_value", "a_document", "b_document",
)  # fmt: skip


def _value(record: Any) -> str:
    from kb.tracking import format_value

    return format_value(record)


def series_rows(series: list[Any]) -> list[dict[str, Any]]:
    """One row per statement and progress point, series by series, by document date."""
    rows = []
    for s in series:
        relation = {link.b.row_id: link for link in s.links}
        items = [(st, "target") for st in s.statements] + [(st, "progress") for st in s.progress]
        items.sort(key=lambda x: (x[0].doc_date or "9999", x[1] == "progress"))
        for st, kind in items:
            link = relation.get(st.row_id)
            rows.append(
                {
                    "series": s.label,
                    "jurisdiction": s.jurisdiction,
                    "doc_date": st.doc_date,
                    "kind": kind,
                    "year": st.record.year,
                    "value": _value(st.record),
                    "unit": st.record.unit,
                    "base_year": getattr(st.record, "base_year", None),
                    "relation": link.relation if link else "",
                    "reason": link.reason if link else "",
                    "metric": st.record.metric,
                    "document": Path(st.doc_path).name,
                    "text": st.record.text,
                }
            )
    return rows


def change_rows(links: list[Any], labels: dict[int, str]) -> list[dict[str, Any]]:
    return [
        {
            "relation": k.relation,
            "series": labels.get(k.b.row_id, k.b.record.metric),
            "jurisdiction": k.b.key.jurisdiction,
            "a_date": k.a.doc_date,
            "a_year": k.a.record.year,
            "a_value": _value(k.a.record),
            "b_date": k.b.doc_date,
            "b_year": k.b.record.year,
            "b_value": _value(k.b.record),
            "unit": k.b.record.unit,
            "reason": k.reason,
            "lexical": k.evidence.get("lexical"),
            "embedding": k.evidence.get("embedding"),
            "a_document": Path(k.a.doc_path).name,
            "b_document": Path(k.b.doc_path).name,
            "a_text": k.a.record.text,
            "b_text": k.b.record.text,
        }
        for k in links
    ]


def _emit(rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: str, short: tuple[str, ...]):
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    elif fmt == "md":
        click.echo("| " + " | ".join(short) + " |")
        click.echo("|" + "---|" * len(short))
        for row in rows:
            cells = [
                str(row.get(c) if row.get(c) is not None else "").replace("|", "/") for c in short
            ]
            click.echo("| " + " | ".join(c[:80] for c in cells) + " |")
    else:
        cells = [[_cell(row.get(c)) for c in short] for row in rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(short)]
        click.echo("  ".join(c.ljust(w) for c, w in zip(short, widths, strict=True)).rstrip())
        for r in cells:
            click.echo("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    text = "—" if value is None or value == "" else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


@click.command("track")
@store_options
@click.option(
    "--metric",
    default="",
    metavar="TEXT",
    help="Only metrics with these words, e.g. 'renewable share'.",
)
@click.option(
    "--jurisdiction", default="", metavar="X", help="Only this jurisdiction, e.g. EU, US, CN."
)
@click.option(
    "--since",
    type=YEAR,
    default=None,
    metavar="YEAR",
    help="Only statements of documents dated YEAR or later.",
)
@click.option(
    "--changes",
    is_flag=True,
    help="List what moved between documents, raised/lowered/superseded first.",
)
@click.option(
    "--pairs", is_flag=True, help="One object per linked pair of target records: {a, b, relation}."
)
@click.option(
    "--lexical-only",
    is_flag=True,
    help="Link on metric words alone (skip the multilingual embeddings).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "jsonl", "md"]),
    default="table",
    show_default=True,
)
@one_line_errors
def track_cmd(
    db: str | None,
    model: str | None,
    chroma_url: str,
    metric: str,
    jurisdiction: str,
    since: int | None,
    changes: bool,
    pairs: bool,
    lexical_only: bool,
    fmt: str,
) -> None:
    """Follow targets across documents: series, changes and progress.

    Statements of one metric (same quantity, unit, sector and jurisdiction) are
    ordered by document date; each later one is restated, raised, lowered,
    extended (new target year), rebased (new base year) or superseded (new
    formulation) against an earlier one. Reported figures are progress points.

    \b
    Examples:
      policykb track --metric "greenhouse gas" --jurisdiction EU
      policykb track --changes --since 2020 --format md
      policykb track --pairs --format jsonl > pairs.jsonl
    """
    from kb import tracking

    kb = open_kb(db, model, chroma_url)
    try:
        embedder = (
            None if lexical_only else tracking.default_phrase_embedder(kb.settings.db_dir / "cache")
        )
        series = tracking.track(
            kb.store, metric=metric, jurisdiction=jurisdiction, since=since, embedder=embedder
        )
    finally:
        kb.close()
    if pairs:
        _print_pairs(series, fmt)
    elif changes:
        _print_changes(series, fmt)
    else:
        _print_series(series, fmt)


def _labels(series: list[Any]) -> dict[int, str]:
    return {st.row_id: s.label for s in series for st in s.statements}


def _print_pairs(series: list[Any], fmt: str) -> None:
    links = [k for s in series for k in s.links]
    if fmt != "jsonl":
        _emit(change_rows(links, _labels(series)), CHANGE_COLUMNS, fmt, PAIR_SHOWN)
        return
    for k in links:
        pair = {
            "a": k.a.to_dict(),
            "b": k.b.to_dict(),
            "relation": k.relation,
            "reason": k.reason,
            "evidence": k.evidence,
        }
        click.echo(json.dumps(pair, ensure_ascii=False))


def _print_changes(series: list[Any], fmt: str) -> None:
    from kb import tracking

    rows = change_rows(tracking.changes(series), _labels(series))
    if not rows and fmt in ("table", "md"):
        click.echo("no changes: no target is stated in two documents")
        return
    _emit(rows, CHANGE_COLUMNS, fmt, CHANGE_SHOWN)


def _print_series(series: list[Any], fmt: str) -> None:
    rows = series_rows([s for s in series if s.links or s.progress or len(s.documents) > 1])
    if not rows and fmt in ("table", "md"):
        click.echo("no tracked targets: no metric has statements in two documents")
        return
    _emit(rows, SERIES_COLUMNS, fmt, SERIES_SHOWN)


def register(group: click.Group) -> None:
    """Add ``track`` to the ``policykb`` click group."""
    group.add_command(track_cmd)
