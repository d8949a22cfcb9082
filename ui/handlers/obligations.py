"""The Obligations tab: filter obligation records, and export them as CSV, JSON or a checklist.

A row's ``key`` (``doc_id:clause_id``) opens its clause through
``ui.handlers.targets.target_context``, as in the Targets tab.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from ingest.records import Obligation
from kb.obligations import COLUMNS as OBLIGATION_EXPORT_COLUMNS
from kb.obligations import (
    MODALITIES,
    doc_titles,
    list_obligations,
    obligation_rows,
    obligations_markdown,
    provision,
)
from ui.handlers.common import _year, export_dir, user_errors

if TYPE_CHECKING:
    from kb.service import KnowledgeBase

OBLIGATION_COLUMNS = [
    "document", "provision", "modality", "actor", "action", "condition", "deadline", "key",
]  # fmt: skip
OBLIGATION_EXPORTS = ("csv", "json", "md")


def obligation_records(
    kb: KnowledgeBase,
    doc_id: str = "",
    actor: str = "",
    modalities: Sequence[str] | None = None,
    year_from: Any = None,
    year_to: Any = None,
) -> list[Obligation]:
    """Obligations passing the tab's filters; ``modalities`` ``None`` means all, ``[]`` none."""
    if modalities is not None and not modalities:  # every box unticked: show nothing
        return []
    return list_obligations(
        kb,
        actor=actor or "",
        modality=modalities or MODALITIES,
        docs=[doc_id] if doc_id else (),
        year_from=_year(year_from),
        year_to=_year(year_to),
    )


def actor_choices(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """The actors named by obligations, most frequent first, for the searchable actor box
    (``(label with count, actor)``; the first choice is every actor)."""
    counts: dict[str, int] = {}
    for record in obligation_records(kb):
        if record.actor:
            counts[record.actor] = counts.get(record.actor, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].lower()))
    return [("Any actor", "")] + [(f"{a} ({n})", a) for a, n in ranked]


def obligations_frame(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """The Obligations table (``rows`` from ``kb.obligations.obligation_rows``)."""
    data = [
        [r["document"], provision(r["section"]), r["modality"], r["actor"] or "",
         r["action"], r["condition"] or "",
         r["deadline_text"] or (str(r["year"]) if r["year"] else ""),
         f"{r['doc_id']}:{r['clause_id']}"]
        for r in rows
    ]  # fmt: skip
    return pd.DataFrame(data, columns=OBLIGATION_COLUMNS)


def export_obligations(
    records: Sequence[Obligation], titles: dict[str, str], fmt: str, out_dir: str | Path
) -> Path:
    """Write ``obligations.csv``/``.json``/``.md`` (the checklist) in ``out_dir``."""
    if fmt not in OBLIGATION_EXPORTS:
        raise ValueError(f"export format {fmt!r} is invalid; choose one of {OBLIGATION_EXPORTS}")
    path = Path(out_dir) / f"obligations.{fmt}"
    if fmt == "md":
        path.write_text(obligations_markdown(records, titles), encoding="utf-8")
        return path
    rows = obligation_rows(records, titles)
    if fmt == "json":
        path.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    else:
        frame = pd.DataFrame(rows, columns=list(OBLIGATION_EXPORT_COLUMNS))
        frame.to_csv(path, index=False, encoding="utf-8")
    return path


@user_errors
def obligations_view(
    kb: KnowledgeBase,
    doc_id: str,
    actor: str,
    modalities: Sequence[str] | None,
    year_from: Any,
    year_to: Any,
) -> tuple[pd.DataFrame, str, str, str, str]:
    """Filtered table, a count line, and fresh CSV/JSON/Markdown files for the downloads."""
    records = obligation_records(kb, doc_id, actor, modalities, year_from, year_to)
    titles = doc_titles(kb)
    out_dir = export_dir()
    paths = [str(export_obligations(records, titles, fmt, out_dir)) for fmt in OBLIGATION_EXPORTS]
    total = len(obligation_records(kb))
    frame = obligations_frame(obligation_rows(records, titles))
    if not records and total:
        count = f"No obligations match these filters (0 of {total}); clear them to see all."
    else:
        count = f"{len(records)} of {total} obligations"
    return frame, count, *paths
