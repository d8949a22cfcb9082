"""Plain handler functions behind the Gradio app (``ui/app.py`` only wires them).

Each function takes the ``KnowledgeBase`` (or the values it needs) and the
widget inputs, and returns display values: chat messages, escaped HTML, pandas
tables, plotly figures, file paths. ``PolicyKBError`` becomes ``gr.Error`` so
the page shows a one-line message instead of a traceback.

Everything taken from a document is HTML-escaped here, before it reaches the
page: a policy text that contains ``<script>`` shows that as text.
"""

from __future__ import annotations

import functools
import html
import json
import re
import shutil
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import gradio as gr
import pandas as pd

from ingest.errors import IngestError, PolicyKBError
from ingest.records import Obligation, Target
from kb.obligations import COLUMNS as OBLIGATION_EXPORT_COLUMNS
from kb.obligations import (
    MODALITIES,
    doc_titles,
    list_obligations,
    obligation_rows,
    obligations_markdown,
)
from kb.qa import Answer, Source, render_record

#: Uploads larger than this are refused (the server refuses them too; see ``ui/cli_serve.py``).
MAX_UPLOAD_BYTES = 25 * 1024 * 1024
#: File types the Documents tab accepts; the ingest loaders read exactly these.
UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
#: Sub-directory of the knowledge-base directory that keeps uploaded files.
UPLOADS_DIR = "uploads"
#: Characters of paragraph shown either side of a cited clause.
CONTEXT_CHARS = 600

NOT_ANSWERED = "Not answered by the indexed documents."

TARGET_COLUMNS = [
    "document", "year", "sector", "metric", "comparator", "value", "unit", "as written",
    "kind", "deadline", "base year", "key",
]  # fmt: skip
DOC_COLUMNS = ["title", "file", "doc_id", "language", "added", "clauses", "targets", "records"]
EXPORT_FORMATS = ("csv", "xlsx", "json")
#: Seconds an export folder is kept (each filter change writes a new one).
EXPORT_MAX_AGE = 600

ProgressFn = Callable[..., Any]


def user_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn ``PolicyKBError`` into ``gr.Error`` (a message in the page, no traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except PolicyKBError as err:
            raise gr.Error(" ".join(str(err).split())) from err

    return wrapper


# -- shared helpers --------------------------------------------------------------------------


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]()#!|~])")


def md_text(text: str) -> str:
    """``text`` for a Markdown-rendered chat message, shown exactly as written.

    HTML is escaped, and so is Markdown punctuation, so a document cannot turn its
    words into links (``[x](javascript:…)``), images, emphasis or code.
    """
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", html.escape(text, quote=False))


def doc_choices(kb: Any) -> list[tuple[str, str]]:
    """``(label, doc_id)`` pairs for the document dropdowns; the first is "all documents"."""
    choices = [("All documents", "")]
    for d in kb.docs():
        name = d.title or Path(d.path).name
        choices.append((f"{_short(name, 70)} ({d.doc_id[:8]})", d.doc_id))
    return choices


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _year(value: Any) -> int | None:
    """A year from a year box: ``None``, blank, "any" or 0 mean "any"."""
    if value is None or str(value).strip().lower() in ("", "any"):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError) as e:
        raise gr.Error(f'"{value}" is not a year; enter e.g. 2030 or leave the box empty') from e
    if number != number or number <= 0:  # NaN, or 0 from an emptied number field
        return None
    return int(number)


def highlight_clause(doc_text: str, start: int, end: int, *, context: int = CONTEXT_CHARS) -> str:
    """The clause's paragraph as escaped HTML, with ``<mark>`` around ``doc_text[start:end]``.

    The paragraph runs from the line break before ``start`` to the one after
    ``end``, cut to ``context`` characters either side (with an ellipsis).
    """
    start, end = max(0, start), min(len(doc_text), max(start, end))
    lo = doc_text.rfind("\n", 0, start) + 1
    hi = doc_text.find("\n", end)
    hi = len(doc_text) if hi < 0 else hi
    lo, cut_lo = (start - context, True) if start - lo > context else (lo, False)
    hi, cut_hi = (end + context, True) if hi - end > context else (hi, False)
    before, clause, after = doc_text[lo:start], doc_text[start:end], doc_text[end:hi]
    return (
        ("… " if cut_lo else "")
        + esc(before.lstrip())
        + f"<mark>{esc(clause)}</mark>"
        + esc(after.rstrip())
        + (" …" if cut_hi else "")
    )


# -- Ask -------------------------------------------------------------------------------------


@user_errors
def ask(
    kb: Any,
    question: str,
    history: list[dict[str, Any]] | None,
    doc_id: str = "",
    year_from: Any = None,
    year_to: Any = None,
    *,
    top_k: int = 5,
) -> tuple[list[dict[str, Any]], str, str]:
    """Answer ``question``: returns (chat history, sources HTML, cleared question box).

    Chat messages are ``{"role", "content"}`` dicts (Gradio 6's only format);
    the content is escaped Markdown, so document text cannot inject HTML.
    """
    history = list(history or [])
    question = question or ""
    filters = kb.filters(
        docs=[doc_id] if doc_id else (), year_from=_year(year_from), year_to=_year(year_to)
    )
    ans = kb.ask(question, top_k=top_k, filters=filters)
    history.append({"role": "user", "content": md_text(" ".join(question.split()))})
    history.append({"role": "assistant", "content": answer_markdown(ans)})
    return history, sources_html(kb, ans), ""


def welcome_html(kb: Any) -> str:
    """What the Sources panel shows before the first question (a hint when the store is empty)."""
    if not kb.docs():
        return (
            "<p>No documents are indexed yet. Add some in the <strong>Documents</strong> tab, "
            f"or run <code>policykb ingest corpus/ --db {esc(kb.settings.db_dir)}</code> "
            "and restart.</p>"
        )
    return "<p>Sources of the latest answer appear here.</p>"


def answer_markdown(ans: Answer) -> str:
    """The chat reply: the answer lines (escaped), or the refusal."""
    if not ans.answered:
        return (
            f"**{NOT_ANSWERED}** None of the passages found is close enough to the question "
            f"(best evidence {ans.evidence:.2f}); the nearest ones are listed under Sources."
        )
    return "  \n".join(md_text(line) for line in ans.text.splitlines())


def sources_html(kb: Any, ans: Answer) -> str:
    """Numbered source cards: title, section path, the clause marked in its paragraph, score."""
    parts = ['<div class="pkb-sources">']
    if not ans.answered:
        parts.append(
            f'<p class="pkb-refusal"><strong>{esc(NOT_ANSWERED)}</strong> '
            "Nearest passages, too weak to answer:</p>"
        )
    elif ans.records:
        parts.append("<p><strong>Matching targets</strong></p><ul class='pkb-records'>")
        parts += [f"<li>{esc(render_record(r))}</li>" for r in ans.records]
        parts.append("</ul>")
    if not ans.sources:
        parts.append("<p>No passage matched the filters.</p>")
    for source in ans.sources:
        parts.append(_source_card(kb, source))
    parts.append("</div>")
    return "\n".join(parts)


def _source_card(kb: Any, source: Source) -> str:
    section = " › ".join(source.section) or "(no section)"
    doc_text = kb.store.document_text(source.doc_id)
    if doc_text[source.start : source.end]:
        body = highlight_clause(doc_text, source.start, source.end)
    else:  # document text not stored: show the clause alone
        body = f"<mark>{esc(source.text)}</mark>"
    return (
        f'<div class="pkb-source" data-n="{source.n}">'
        f"<p><strong>[{source.n}] {esc(source.title)}</strong> "
        f'<span class="pkb-score">score {source.score:.3f}</span><br>'
        f'<span class="pkb-section">{esc(section)}</span></p>'
        f'<p class="pkb-context">{body}</p></div>'
    )


# -- Targets ---------------------------------------------------------------------------------


def target_rows(
    kb: Any,
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


def targets_frame(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """The table shown in the Targets tab (one row per target; ``key`` finds its clause)."""
    data = [
        [_short(r["document"], 40), r["year"], r["sector"], r["metric"], r["comparator"] or "",
         r["value"], r["unit"], r["value_text"], r["kind"], r["deadline_text"], r["base_year"],
         f"{r['doc_id']}:{r['clause_id']}"]
        for r in rows
    ]  # fmt: skip
    frame = pd.DataFrame(data, columns=TARGET_COLUMNS)
    for column in ("year", "base year"):
        frame[column] = frame[column].astype("Int64")
    return frame


def year_choices(kb: Any) -> list[str]:
    """ "any" and every target year in the knowledge base, for the year dropdowns."""
    years = sorted({r.year for r in kb.targets() if r.year is not None})
    return ["any"] + [str(y) for y in years]


def sector_choices(kb: Any) -> list[tuple[str, str]]:
    sectors = sorted({r.sector for r in kb.targets() if isinstance(r, Target) and r.sector})
    return [("All sectors", "")] + [(s, s) for s in sectors]


@user_errors
def target_context(kb: Any, key: str) -> str:
    """The selected target's clause, marked within its paragraph, with its records."""
    if not key or ":" not in str(key):
        return "<p>Select a row to see its clause in context.</p>"
    doc_id, clause_id = str(key).split(":", 1)
    stored = kb.store.get_clauses([str(key)]).get(str(key))
    if stored is None:
        return f"<p>Clause {esc(clause_id)} is no longer in the knowledge base.</p>"
    clause = stored.clause
    doc_text = kb.store.document_text(doc_id)
    section = " › ".join(clause.section) or "(no section)"
    records = kb.store.records_for([str(key)]).get(str(key), [])
    items = "".join(f"<li>{esc(render_record(r))}</li>" for r in records)
    return (
        f'<div class="pkb-source" data-key="{esc(key)}"><p><strong>{esc(stored.title)}</strong><br>'
        f'<span class="pkb-section">{esc(section)}</span></p>'
        f'<p class="pkb-context">{highlight_clause(doc_text, clause.start, clause.end)}</p>'
        f"<ul class='pkb-records'>{items}</ul></div>"
    )


def export_targets(rows: Sequence[dict[str, Any]], fmt: str, out_dir: str | Path) -> Path:
    """Write ``rows`` as ``targets.csv``/``.xlsx``/``.json`` in ``out_dir``; returns the path."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"export format {fmt!r} is invalid; choose one of {EXPORT_FORMATS}")
    path = Path(out_dir) / f"targets.{fmt}"
    columns = ["document", "kind", "year", "metric", "comparator", "value", "unit", "value_text",
               "direction", "base_year", "deadline_text", "sector", "doc_id", "clause_id",
               "start", "end", "text"]  # fmt: skip
    if fmt == "json":
        path.write_text(
            json.dumps(
                [{c: r.get(c) for c in columns} for r in rows], ensure_ascii=False, indent=2
            ),
            encoding="utf-8",
        )
        return path
    frame = pd.DataFrame([{c: r.get(c) for c in columns} for r in rows], columns=columns)
    if fmt == "csv":
        frame.to_csv(path, index=False, encoding="utf-8")
    else:
        frame.to_excel(path, index=False, sheet_name="targets", engine="openpyxl")
    return path


def export_dir(*, max_age: float = EXPORT_MAX_AGE) -> Path:
    """A fresh folder for one set of downloads; folders older than ``max_age`` seconds
    are removed first (Gradio has copied their files to its cache by then)."""
    root = Path(tempfile.gettempdir()) / "policykb-exports"
    root.mkdir(exist_ok=True)
    now = time.time()
    for old in root.iterdir():
        try:
            if now - old.stat().st_mtime > max_age:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:  # removed by another worker meanwhile
            pass
    return Path(tempfile.mkdtemp(dir=root))


@user_errors
def targets_view(
    kb: Any,
    doc_id: str,
    year_from: Any,
    year_to: Any,
    sector: str,
    keyword: str,
    kind: str,
) -> tuple[pd.DataFrame, str, str, str, str]:
    """Filtered table, a count line, and fresh CSV/XLSX/JSON files for the download buttons."""
    rows = target_rows(kb, doc_id, year_from, year_to, sector, keyword, kind)
    out_dir = export_dir()
    paths = [str(export_targets(rows, fmt, out_dir)) for fmt in EXPORT_FORMATS]
    total = len([r for r in kb.targets() if isinstance(r, Target)])
    return targets_frame(rows), f"{len(rows)} of {total} targets", *paths


# -- Obligations -----------------------------------------------------------------------------

OBLIGATION_COLUMNS = ["document", "modality", "actor", "action", "condition", "deadline", "key"]
OBLIGATION_EXPORTS = ("csv", "json", "md")


def obligation_records(
    kb: Any,
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


def obligations_frame(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """The Obligations table (``rows`` from ``kb.obligations.obligation_rows``)."""
    data = [
        [_short(r["document"], 40), r["modality"], r["actor"] or "", r["action"],
         r["condition"] or "", r["deadline_text"] or (str(r["year"]) if r["year"] else ""),
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
    kb: Any,
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
    return frame, f"{len(records)} of {total} obligations", *paths


# -- Timeline --------------------------------------------------------------------------------


@user_errors
def timeline_figure(kb: Any, doc_id: str = "", group_by: str = "sector") -> Any:
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
        }
    )
    lanes, colour = ("sector", "document") if group_by == "sector" else ("document", "sector")
    fig = px.strip(
        frame,
        x="year",
        y=lanes,
        color=colour,
        hover_name="target",
        hover_data={"year": True, "kind": True, lanes: False, colour: True},
        stripmode="overlay",
    )
    fig.update_traces(marker={"size": 12, "opacity": 0.8}, jitter=0.5)
    undated = len(rows) - len(dated)
    fig.update_layout(
        title=f"{len(dated)} targets by deadline year"
        + (f" ({undated} without a year not shown)" if undated else ""),
        xaxis={"title": "deadline year", "dtick": 5},
        yaxis={"title": lanes},
        legend={"title": colour},
        height=max(360, 60 * frame[lanes].nunique() + 160),
        margin={"l": 10, "r": 10, "t": 60, "b": 40},
    )
    return fig


def _hover(row: dict[str, Any]) -> str:
    """The target as escaped, wrapped text (plotly reads ``<br>`` in hover labels)."""
    statement = render_record(
        Target.from_dict({k: v for k, v in row.items() if k not in ("document", "kind")})
    )
    return "<br>".join(esc(line) for line in textwrap.wrap(statement, 70))


# -- Documents -------------------------------------------------------------------------------


@user_errors
def documents_frame(kb: Any) -> pd.DataFrame:
    """Indexed documents with their metadata and clause/target/record counts."""
    targets: dict[str, int] = {}
    for record in kb.targets():
        targets[record.doc_id] = targets.get(record.doc_id, 0) + 1
    data = [
        [
            d.title,
            Path(d.path).name,
            d.doc_id[:12],
            d.language,
            d.added_at[:19].replace("T", " "),
            d.clauses,
            targets.get(d.doc_id, 0),
            d.records,
        ]
        for d in kb.docs()
    ]
    return pd.DataFrame(data, columns=DOC_COLUMNS)


def uploads_dir(kb: Any) -> Path:
    return Path(kb.settings.db_dir) / UPLOADS_DIR


def safe_name(name: str) -> str:
    """A file name safe to create inside the uploads folder.

    Drops any directory part (``../../etc/passwd`` → ``passwd``), keeps letters,
    digits, ``.``, ``-`` and ``_``, never starts with a dot, at most 120 characters.

    Raises:
        IngestError: the type is not one policykb reads, or nothing usable is left.
    """
    base = re.split(r"[\\/]", str(name))[-1]
    suffix = Path(base).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise IngestError(
            base or str(name),
            f'file type "{suffix or "(none)"}" is not supported',
            f"Upload one of: {', '.join(UPLOAD_SUFFIXES)}",
        )
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(base).stem).strip("._-")[:110]
    if not stem:
        stem = "document"
    return f"{stem}{suffix}"


def save_upload(src: str | Path, dest_dir: Path, *, original_name: str | None = None) -> Path:
    """Copy one uploaded file into ``dest_dir`` under a sanitised name; returns the copy.

    Raises:
        IngestError: wrong type, too large, empty, or the name escapes ``dest_dir``.
    """
    src = Path(src)
    name = safe_name(original_name or src.name)
    size = src.stat().st_size
    if size > MAX_UPLOAD_BYTES:
        limit = MAX_UPLOAD_BYTES // (1024 * 1024)
        raise IngestError(
            name,
            f"the file has {size / 1024 / 1024:.1f} MB; the limit is {limit} MB",
            "Split it or upload a smaller file",
        )
    if size == 0:
        raise IngestError(name, "the file is empty", "Upload a file with text in it")
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = (dest_dir / name).resolve()
    if dest.parent != dest_dir.resolve():  # belt and braces: safe_name already dropped dirs
        raise IngestError(
            name, "the file name points outside the uploads folder", "Rename the file"
        )
    shutil.copyfile(src, dest)
    return dest


def upload_documents(
    kb: Any,
    files: Iterable[Any] | None,
    *,
    progress: ProgressFn | None = None,
    extract: Callable[[Path], Any] | None = None,
) -> str:
    """Save uploads under ``<db>/uploads/`` and ingest them one by one.

    Returns an HTML status list: one line per file, errors included (a bad file
    never stops the others and never shows a traceback).
    """
    files = [f for f in (files or []) if f]
    if not files:
        return "<p>Choose one or more files first.</p>"
    lines = []
    extract = extract or default_extractor()
    total = len(files)
    for i, file in enumerate(files):
        path = Path(getattr(file, "name", None) or getattr(file, "path", None) or str(file))
        shown = getattr(file, "orig_name", None) or path.name
        if progress is not None:
            progress(i / total, desc=f"Ingesting {shown} ({i + 1}/{total})")
        try:
            saved = save_upload(path, uploads_dir(kb), original_name=shown)
            results = list(kb.ingest([saved], extract=extract))
        except PolicyKBError as err:
            lines.append(_status_line("failed", shown, str(err)))
            continue
        except OSError as err:
            lines.append(_status_line("failed", shown, f"{type(err).__name__}: {err}"))
            continue
        for result in results:
            if result.status == "failed":
                saved.unlink(missing_ok=True)
                lines.append(_status_line("failed", shown, result.error))
            else:
                lines.append(
                    _status_line(
                        result.status, shown, f"{result.clauses} clauses, {result.records} records"
                    )
                )
    if progress is not None:
        progress(1.0, desc="Done")
    return "<ul class='pkb-status'>" + "".join(lines) + "</ul>"


def _status_line(status: str, name: str, detail: str) -> str:
    css = "pkb-error" if status == "failed" else "pkb-ok"
    return (
        f"<li class='{css}'><strong>{esc(status)}</strong>: {esc(name)} — "
        f"{esc(' '.join(detail.split()))}</li>"
    )


@functools.cache
def default_extractor() -> Callable[[Path], Any]:
    """``ingest_file`` with one shared spaCy pipeline, built on the first upload."""
    from ingest.pipeline import build_nlp, ingest_file

    nlp = build_nlp()
    return functools.partial(ingest_file, nlp=nlp)


@user_errors
def delete_document(kb: Any, doc_id: str) -> str:
    """Remove a document; also delete its file when it was uploaded through the page."""
    if not doc_id:
        raise gr.Error("Choose a document to delete first.")
    info = kb.remove(doc_id)
    path = Path(info.path)
    if path.parent.resolve() == uploads_dir(kb).resolve():
        path.unlink(missing_ok=True)
    name = info.title if getattr(info, "title", "") else path.name
    return (
        f"<p class='pkb-ok'>Deleted {esc(name)} ({esc(info.doc_id[:12])}): "
        f"{info.clauses} clauses, {info.records} records.</p>"
    )
