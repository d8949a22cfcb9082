"""The Compare tab: one tracked metric's series across documents, and the store's change log.

The series come from ``kb.tracking.track`` (lexical signal, so the tab answers
at once; ``policykb track`` adds the embedding signal). Everything taken from a
document reaches the page through a Dataframe or escaped hover text.
"""

from __future__ import annotations

import textwrap
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from ui.handlers.common import esc, user_errors

if TYPE_CHECKING:
    from kb.service import KnowledgeBase

STATEMENT_COLUMNS = [
    "document date", "document", "kind", "target year", "value", "unit", "base year",
    "relation", "why", "clause",
]  # fmt: skip
CHANGE_COLUMNS = [
    "relation", "metric", "jurisdiction", "earlier", "was", "later", "now", "target year", "why",
    "document",
]  # fmt: skip


#: The series of each store at its last revision seen: a page load refills the Compare
#: tab, and a first tracking run can take seconds, so page loads that arrive while it
#: runs wait for that one run instead of each starting their own.
_SERIES: dict[str, tuple[tuple[str, int], list[Any]]] = {}
_SERIES_LOCK = threading.Lock()


def _series(kb: KnowledgeBase) -> list[Any]:
    from kb import tracking

    where = str(Path(kb.store.db_dir).resolve())
    with _SERIES_LOCK:
        # The store's id as well: a store made anew in the same folder starts again at 0.
        row = kb.store.conn.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
        revision = (row[0] if row else "", kb.store.revision)
        cached = _SERIES.get(where)
        if cached is None or cached[0] != revision:
            cached = (revision, tracking.track(kb.store))
            _SERIES[where] = cached
        return cached[1]


def _name(series: Any) -> str:
    where = f" [{series.jurisdiction}]" if series.jurisdiction else ""
    return f"{series.label}{where} ({series.unit or 'count'})"


def _value(record: Any) -> str:
    from kb.tracking import format_value

    return format_value(record)


@user_errors
def metric_choices(kb: KnowledgeBase, search: str = "") -> list[str]:
    """Metrics stated in two documents or more (or with progress), most documents first."""
    return _choices(_series(kb), search)


@user_errors
def compare_view(kb: KnowledgeBase, choice: str) -> tuple[Any, pd.DataFrame, str]:
    """The chosen metric's chart, its statements table and a one-line summary."""
    return _view(_series(kb), choice)


@user_errors
def compare_refresh(
    kb: KnowledgeBase, search: str, choice: str | None
) -> tuple[list[str], str | None, Any, pd.DataFrame, str, pd.DataFrame]:
    """Everything the tab shows, read afresh (after an upload or a deletion): the metrics
    matching ``search``, the one chosen (``choice`` if still offered, else the first), its
    chart, statements and summary, and the change log; the series are tracked once."""
    series = _series(kb)
    names = _choices(series, search)
    chosen = choice if choice in names else (names[0] if names else None)
    plot, statements, summary = _view(series, chosen or "")
    return names, chosen, plot, statements, summary, _change_log(series)


def _choices(all_series: list[Any], search: str) -> list[str]:
    words = search.strip().lower()
    out = []
    for s in all_series:
        if not (s.links or s.progress):
            continue
        name = _name(s)
        if words and not all(w in name.lower() for w in words.split()):
            continue
        out.append(name)
    return list(dict.fromkeys(out))


def _view(all_series: list[Any], choice: str) -> tuple[Any, pd.DataFrame, str]:
    series = next((s for s in all_series if _name(s) == choice), None)
    if series is None:
        return _empty_figure("Choose a metric"), pd.DataFrame(columns=STATEMENT_COLUMNS), ""
    links = {k.b.row_id: k for k in series.links}
    rows = []
    for st in series.statements:
        link = links.get(st.row_id)
        rows.append(_row(st, "target", link))
    for st in series.progress:
        rows.append(_row(st, "progress", None))
    rows.sort(key=lambda r: (r["document date"], r["kind"] == "progress"))
    moved = [k.relation for k in series.links if k.relation != "restated"]
    summary = (
        f"**{esc(_name(series))}**: {len(series.statements)} statements in "
        f"{len(series.documents)} documents, {len(series.progress)} progress points"
        + (f"; {', '.join(dict.fromkeys(moved))}" if moved else "")
    )
    return _figure(series), pd.DataFrame(rows, columns=STATEMENT_COLUMNS), summary


def _row(st: Any, kind: str, link: Any) -> dict[str, Any]:
    record = st.record
    return {
        "document date": st.doc_date,
        "document": st.doc_title or Path(st.doc_path).name,
        "kind": kind,
        "target year": record.year,
        "value": _value(record),
        "unit": record.unit,
        "base year": getattr(record, "base_year", None) or "",
        "relation": link.relation if link else "",
        "why": link.reason if link else "",
        "clause": record.text,
    }


@user_errors
def change_log(kb: KnowledgeBase) -> pd.DataFrame:
    """Every link across the store: raised, lowered and superseded first."""
    return _change_log(_series(kb))


def _change_log(series: list[Any]) -> pd.DataFrame:
    from kb import tracking

    names = {st.row_id: _name(s) for s in series for st in s.statements}
    rows = [
        {
            "relation": k.relation,
            "metric": names.get(k.b.row_id, k.b.record.metric),
            "jurisdiction": k.b.key.jurisdiction,
            "earlier": k.a.doc_date,
            "was": f"{_value(k.a.record)} by {k.a.record.year}",
            "later": k.b.doc_date,
            "now": f"{_value(k.b.record)} by {k.b.record.year}",
            "target year": k.b.record.year,
            "why": k.reason,
            "document": k.b.doc_title,
        }
        for k in tracking.changes(series)
    ]
    return pd.DataFrame(rows, columns=CHANGE_COLUMNS)


def _empty_figure(title: str) -> Any:
    import plotly.express as px

    return px.scatter(title=title)


def _figure(series: Any) -> Any:
    """Target value by document date, one line per target year; progress as diamonds."""
    import plotly.graph_objects as go

    fig = go.Figure()
    by_year: dict[Any, list[Any]] = {}
    for st in series.statements:
        by_year.setdefault(st.record.year, []).append(st)
    for year, statements in sorted(by_year.items(), key=lambda kv: kv[0] or 0):
        statements.sort(key=lambda st: st.doc_date)
        fig.add_trace(
            go.Scatter(
                x=[st.doc_date or None for st in statements],
                y=[st.record.value for st in statements],
                mode="lines+markers",
                name=f"target for {year}" if year else "target (no year)",
                marker={"size": 11},
                hovertext=[_hover(st) for st in statements],
                hoverinfo="text",
            )
        )
    if series.progress:
        fig.add_trace(
            go.Scatter(
                x=[
                    f"{st.record.year}-12-31" if st.record.year else st.doc_date
                    for st in series.progress
                ],
                y=[st.record.value for st in series.progress],
                mode="markers",
                name="progress (reported)",
                marker={"size": 13, "symbol": "diamond", "color": "#1a7f37"},
                hovertext=[_hover(st) for st in series.progress],
                hoverinfo="text",
            )
        )
    fig.update_layout(
        title=f"{_name(series)} by document date",
        xaxis={"title": "document date (progress: year reported)"},
        yaxis={"title": series.unit or "value"},
        height=420,
        margin={"l": 10, "r": 10, "t": 60, "b": 40},
        legend={"title": "series"},
    )
    return fig


def _hover(st: Any) -> str:
    head = f"{st.doc_date} {st.doc_title}: {_value(st.record)}{st.record.unit} by {st.record.year}"
    lines = textwrap.wrap(head, 70) + textwrap.wrap(st.record.text, 70)[:4]
    return "<br>".join(esc(line) for line in lines)
