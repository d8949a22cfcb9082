"""The Targets tab: filter target records, show one's clause in context, export the table.

``year_choices`` and ``sector_choices`` fill the year and sector dropdowns of
the other tabs too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from ingest.records import Target, columns
from kb.qa import render_record
from ui.handlers.common import _year, esc, export_dir, highlight_clause, user_errors

if TYPE_CHECKING:
    from kb.service import KnowledgeBase

#: ``Target`` fields the table's own columns already show (the "target" column is the
#: record read as a sentence); any other column field is added after them.
_SHOWN = {"metric", "comparator", "direction", "value", "value_high", "unit", "year",
          "base_year", "sector", "deadline_text", "doc_id", "clause_id", "start", "end",
          "text", "value_text", "type"}  # fmt: skip
_FIXED_COLUMNS = ["document", "year", "target", "sector", "value", "unit", "base year", "kind",
                  "deadline"]  # fmt: skip


def table_fields(record_class: type = Target) -> list[str]:
    """Column fields of ``record_class`` that the fixed columns do not show."""
    return [f for f in columns((), [record_class]) if f not in _SHOWN]


#: The Targets table's columns: the fixed ones, any new record field, then the row key.
TARGET_COLUMNS = [*_FIXED_COLUMNS, *table_fields(), "key"]
EXPORT_FORMATS = ("csv", "xlsx", "json")
#: Columns of the Targets exports: the document and kind, then the ``Target`` fields.
EXPORT_COLUMNS = list(
    columns(
        ("document", "kind", "year", "metric", "comparator", "value", "unit", "value_text",
         "direction", "base_year", "deadline_text", "sector", "doc_id", "clause_id",
         "start", "end", "text"),
        [Target],
        skip=["type"],
    )
)  # fmt: skip

#: What the Targets table can be sorted by (label → row field); the exports follow it.
SORT_KEYS = {"year": "year", "document": "document", "sector": "sector", "value": "value",
             "metric": "metric"}  # fmt: skip


def target_rows(
    kb: KnowledgeBase,
    doc_id: str = "",
    year_from: Any = None,
    year_to: Any = None,
    sector: str = "",
    keyword: str = "",
    kind: str = "all",
) -> list[dict[str, Any]]:
    """Target records passing the filters, as dicts with the document title added.

    ``kind`` is ``all``, ``quantitative`` (a value is stated) or ``qualitative``.
    """
    lo, hi = _year(year_from), _year(year_to)
    doc_id, sector, kind = doc_id or "", sector or "", kind or "all"
    titles = {d.doc_id: d.title or Path(d.path).name for d in kb.docs()}
    word = (keyword or "").strip().lower()
    rows = []
    for record in kb.targets(docs=[doc_id] if doc_id else ()):
        if not isinstance(record, Target):
            continue
        if (lo is not None or hi is not None) and record.year is None:
            continue
        if (lo is not None and record.year < lo) or (hi is not None and record.year > hi):
            continue
        if sector and record.sector != sector:
            continue
        if word and word not in record.metric.lower():
            continue
        quantitative = record.value is not None
        if kind == "quantitative" and not quantitative or kind == "qualitative" and quantitative:
            continue
        rows.append(
            {
                **record.to_dict(),
                "document": titles.get(record.doc_id, record.doc_id),
                "kind": "quantitative" if quantitative else "qualitative",
            }
        )
    return rows


def sort_rows(
    rows: Sequence[dict[str, Any]], by: str = "", descending: bool = False
) -> list[dict[str, Any]]:
    """``rows`` ordered by a ``SORT_KEYS`` label; blanks last either way; stable."""
    field = SORT_KEYS.get(by or "")
    if not field:
        return list(rows)
    present = [r for r in rows if r.get(field) not in (None, "")]
    blank = [r for r in rows if r.get(field) in (None, "")]
    key = (lambda r: str(r[field]).lower()) if field in ("document", "sector", "metric") else None
    return sorted(present, key=key or (lambda r: r[field]), reverse=descending) + blank


def targets_frame(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """The table shown in the Targets tab: one row per target, read as a sentence
    ("By 2030: … reduced by ≥ 55% vs 1990"); ``key`` finds its clause."""
    extra = TARGET_COLUMNS[len(_FIXED_COLUMNS) : -1]
    data = [
        [r["document"], r["year"], _sentence(r), r["sector"], _shown(r["value"]),
         r["unit"], r["base_year"], r["kind"], r["deadline_text"],
         *(r.get(name) for name in extra), f"{r['doc_id']}:{r['clause_id']}"]
        for r in rows
    ]  # fmt: skip
    frame = pd.DataFrame(data, columns=TARGET_COLUMNS)
    for column in ("year", "base year"):
        frame[column] = frame[column].astype("Int64")
    return frame


def _sentence(row: dict[str, Any]) -> str:
    return render_record(Target.from_dict(row))


def _shown(value: Any) -> Any:
    """A value as the table shows it: whole numbers as ints, large ones with thousands
    separators ("510,000,000"), so a cell never breaks a figure across lines."""
    value = _number(value)
    return f"{value:,}" if isinstance(value, int | float) and abs(value) >= 10_000 else value


def _number(value: Any) -> Any:
    """A whole number as an int (55, not 55.0), an exact fraction to six significant digits
    (33.3333, not 33.333333333333336); other values unchanged."""
    if isinstance(value, float) and value == value and value.is_integer():
        return int(value)
    if isinstance(value, float) and value == value and abs(value) < 1e5:
        return float(f"{value:.6g}")
    return value


def year_choices(kb: KnowledgeBase) -> list[str]:
    """ "any" and every target year in the knowledge base, for the year dropdowns."""
    years = sorted({r.year for r in kb.targets() if r.year is not None})
    return ["any"] + [str(y) for y in years]


def sector_choices(kb: KnowledgeBase) -> list[tuple[str, str]]:
    sectors = sorted({r.sector for r in kb.targets() if isinstance(r, Target) and r.sector})
    return [("All sectors", "")] + [(s, s) for s in sectors]


@user_errors
def target_context(kb: KnowledgeBase, key: str) -> str:
    """The selected target's clause, marked within its paragraph, with its records."""
    if not key or ":" not in str(key):
        return "<p>Select a row to see its clause in context.</p>"
    doc_id, clause_id = str(key).split(":", 1)
    stored = kb.store.get_clauses([str(key)]).get(str(key))
    if stored is None:
        return f"<p>Clause {esc(clause_id)} is no longer in the knowledge base.</p>"
    clause = stored.clause
    doc_text = kb.store.document_text(doc_id)
    section = " › ".join(clause.section)
    records = kb.store.records_for([str(key)]).get(str(key), [])
    items = "".join(f"<li>{esc(render_record(r))}</li>" for r in records)
    listed = listed_items(doc_text, clause.end) if _LEADS_IN.search(clause.text) else []
    conditions = (
        "<p><strong>Listed after it:</strong></p><ul class='pkb-conditions'>"
        + "".join(f"<li>{esc(item)}</li>" for item in listed)
        + "</ul>"
        if listed
        else ""
    )
    return (
        f'<div class="pkb-source" data-key="{esc(key)}"><p><strong>{esc(stored.title)}</strong><br>'
        + (f'<span class="pkb-section">{esc(section)}</span>' if section else "")
        + "</p>"
        f'<p class="pkb-context">{highlight_clause(doc_text, clause.start, clause.end)}</p>'
        f"{conditions}"
        f"<ul class='pkb-records'>{items}</ul>"
        f'<p><a class="pkb-open" data-open="{esc(key)}">Open in the document reader</a></p></div>'
    )


#: A clause that introduces a list ("shall meet the following conditions:").
_LEADS_IN = re.compile(
    r"(?:[:：]\s*$|\bfollowing\s*(?:conditions|requirements|\w+)?\s*[:：]?\s*$|如下[:：]?\s*$)"
)
#: How a list item opens: (a), a), 1., 1), (i), -, •, （一）, 一、, 1．
_ITEM = re.compile(
    r"^\s*(?:\(?[a-z]{1,2}\)|\(?\d{1,2}[.)．]|\([ivx]{1,4}\)|[-•●▪*]|（[一二三四五六七八九十]+）|"
    r"[一二三四五六七八九十]+、)\s*"
)


def listed_items(doc_text: str, end: int, *, limit: int = 12) -> list[str]:
    """The list items that follow a lead-in clause ending at ``end``: the lines after
    it that open like an item, up to the first line that does not (blank lines skipped)."""
    items = []
    for line in doc_text[end:].splitlines()[1:]:
        if not line.strip():
            continue
        if not _ITEM.match(line) or len(items) == limit:
            break
        items.append(" ".join(line.split()))
    return items


def export_targets(rows: Sequence[dict[str, Any]], fmt: str, out_dir: str | Path) -> Path:
    """Write ``rows`` as ``targets.csv``/``.xlsx``/``.json`` in ``out_dir``; returns the path."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"export format {fmt!r} is invalid; choose one of {EXPORT_FORMATS}")
    path = Path(out_dir) / f"targets.{fmt}"
    columns = EXPORT_COLUMNS
    if fmt == "json":
        path.write_text(
            json.dumps(
                [{c: r.get(c) for c in columns} for r in rows], ensure_ascii=False, indent=2
            ),
            encoding="utf-8",
        )
        return path
    frame = pd.DataFrame(
        [{c: _number(r.get(c)) for c in columns} for r in rows], columns=columns, dtype=object
    )
    if fmt == "csv":
        frame.to_csv(path, index=False, encoding="utf-8")
    else:
        write_xlsx(frame, path, sheet="targets")
    return path


def write_xlsx(frame: pd.DataFrame, path: Path, *, sheet: str) -> None:
    """``frame`` as a workbook a reader can work with: a filter on the header row,
    the header frozen, columns as wide as their content (within 8–60 characters)."""
    frame.to_excel(path, index=False, sheet_name=sheet, engine="openpyxl")
    import openpyxl
    from openpyxl.utils import get_column_letter

    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    for i, column in enumerate(frame.columns, start=1):
        longest = max([len(str(column))] + [len(str(v)) for v in frame[column].head(500)])
        ws.column_dimensions[get_column_letter(i)].width = max(8, min(60, longest + 2))
    book.save(path)


@user_errors
def targets_view(
    kb: KnowledgeBase,
    doc_id: str,
    year_from: Any,
    year_to: Any,
    sector: str,
    keyword: str,
    kind: str,
    sort_by: str = "",
    descending: bool = False,
) -> tuple[pd.DataFrame, str, str, str, str]:
    """Filtered and sorted table, a count line, and fresh CSV/XLSX/JSON files (in the
    table's order) for the download buttons."""
    rows = sort_rows(target_rows(kb, doc_id, year_from, year_to, sector, keyword, kind),
                     sort_by, descending)  # fmt: skip
    out_dir = export_dir()
    paths = [str(export_targets(rows, fmt, out_dir)) for fmt in EXPORT_FORMATS]
    total = len([r for r in kb.targets() if isinstance(r, Target)])
    if not rows and total:
        count = f"No targets match these filters (0 of {total}); reset the filters to see all."
    else:
        count = f"{len(rows)} of {total} targets"
    return targets_frame(rows), count, *paths
