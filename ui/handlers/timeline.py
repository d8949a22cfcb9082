"""The Timeline tab: a plotly strip chart of targets by deadline year."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

import pandas as pd

from ingest.records import Target
from kb.qa import render_record
from ui.handlers.common import _short, esc, user_errors
from ui.handlers.targets import target_rows

if TYPE_CHECKING:
    from kb.service import KnowledgeBase

#: 24 distinct colours (plotly's Dark24), so a dozen sectors or documents never share one;
#: the marker's shape tells a figure from an aim without one.
PALETTE = (
    "#2E91E5", "#E15F99", "#1CA71C", "#FB0D0D", "#DA16FF", "#222A2A", "#B68100", "#750D86",
    "#EB663B", "#511CFB", "#00A08B", "#FB00D1", "#FC0080", "#B2828D", "#6C7C32", "#778AAE",
    "#862A16", "#A777F1", "#620042", "#1616A7", "#DA60CA", "#6C4516", "#0D2A63", "#AF0038",
)  # fmt: skip


@user_errors
def timeline_figure(kb: KnowledgeBase, doc_id: str = "", group_by: str = "sector") -> Any:
    """Targets by deadline year: one row per sector (or document), coloured by the other.

    Hover text shows the target as a sentence. Targets without a year are left out
    (the subtitle says how many).
    """
    import plotly.express as px  # lazy: only the Timeline tab needs plotly

    rows = target_rows(kb, doc_id or "")
    dated = [r for r in rows if r["year"] is not None]
    if not dated:
        fig = px.scatter(title="No dated targets in the knowledge base yet")
        return fig
    frame = pd.DataFrame(
        {
            "year": [r["year"] for r in dated],
            "sector": [r["sector"] or "(unspecified)" for r in dated],
            "document": [_short(r["document"], 50) for r in dated],
            "kind": [r["kind"] for r in dated],
            "target": [_hover(r) for r in dated],
            "key": [f"{r['doc_id']}:{r['clause_id']}" for r in dated],
        }
    )
    lanes, colour = ("sector", "document") if group_by == "sector" else ("document", "sector")
    fig = px.scatter(
        frame,
        x="year",
        y=lanes,
        color=colour,
        symbol="kind",
        symbol_map={"quantitative": "circle", "qualitative": "diamond-open"},
        color_discrete_sequence=PALETTE,
        hover_name="target",
        custom_data=["key", "document", "kind"],
    )
    # Hover reads as a sentence, then where it comes from; a click opens the clause.
    fig.update_traces(
        marker={"size": 12, "opacity": 0.85},
        hovertemplate="%{hovertext}<br><i>%{customdata[1]}</i> · %{customdata[2]}<extra></extra>",
    )
    undated = len(rows) - len(dated)
    fig.update_layout(
        title=f"{len(dated)} targets by deadline year"
        + (f" ({undated} without a year not shown)" if undated else ""),
        xaxis={"title": "deadline year", "dtick": 5},
        yaxis={"title": lanes, "automargin": True},
        # The legend goes under the plot, so a phone-wide plot keeps its width for the points.
        legend={
            "title": {"text": f"{colour}; ○ figure, ◇ aim without a figure", "side": "top"},
            "orientation": "h",
            "yanchor": "top",
            "y": -0.18,
            "xanchor": "left",
            "x": 0,
        },
        autosize=True,
        height=max(360, 60 * frame[lanes].nunique() + 160 + 22 * len(fig.data)),
        margin={"l": 10, "r": 10, "t": 60, "b": 40},
    )
    return fig


def _hover(row: dict[str, Any]) -> str:
    """The target as escaped, wrapped text (plotly reads ``<br>`` in hover labels)."""
    statement = render_record(
        Target.from_dict({k: v for k, v in row.items() if k not in ("document", "kind")})
    )
    return "<br>".join(esc(line) for line in textwrap.wrap(statement, 70))
