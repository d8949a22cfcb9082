"""Handlers of the web app on a small real store (SQLite + on-disk chroma, hashed embeddings).

The document text is the bundled article's paragraph 14 (corpus/
china-green-manufacturing-guiding-opinions-2024.txt), plus a line with a
``<script>`` tag to check that everything shown is escaped.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from types import SimpleNamespace

import gradio as gr
import openpyxl
import pytest

from ingest.records import Clause, Document, Target, content_id
from kb.qa import Answer, Source, strength_of
from kb.retrieve import Hit
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder
from ui import handlers
from ui.app import KBWorker, build_app
from ui.handlers import reader as reader_module

HEADING = "Accelerate the transformation and upgrading of traditional industries"
PARAGRAPH = (
    "The “Guiding Opinions” propose that by 2030, the recycling volume of major renewable "
    "resources will reach 510 million tons, the proportion of renewable energy used in "
    "electrolytic aluminum will reach more than 30%, and the proportion of short-process "
    "steelmaking will reach More than 20%."
)
ALUMINIUM = (
    "the proportion of renewable energy used in electrolytic aluminum will reach more than 30%"
)
SCRIPT = "Green factories <script>alert('x')</script> shall lead by 2035."


def _extraction(path: Path, text: str, title: str) -> SimpleNamespace:
    """One clause per line (the aluminium aim split out), targets attached by hand."""
    doc_id = content_id(text)
    document = Document(doc_id=doc_id, path=str(path), text=text, title=title)
    clauses, records, section = [], [], ()
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        if len(line) < 80 and not line.endswith("."):
            section = (line,)
            continue
        spans = [(start, start + len(line))]
        if ALUMINIUM in line:  # the aim as its own clause, like the real segmenter
            at = start + line.index(ALUMINIUM)
            spans = [(at, at + len(ALUMINIUM))]
        for lo, hi in spans:
            clause = Clause(
                clause_id=content_id(doc_id, lo),
                doc_id=doc_id,
                text=text[lo:hi],
                start=lo,
                end=hi,
                section=section,
            )
            clauses.append(clause)
            if ALUMINIUM in clause.text:
                metric = "proportion of renewable energy used in electrolytic aluminum"
                records.append(_target(clause, metric, 30.0, "%", 2030, "electrolytic aluminium"))
            if "script" in clause.text:
                records.append(_target(clause, "Green factories <b>lead</b>", None, "", 2035, ""))
    return SimpleNamespace(document=document, clauses=tuple(clauses), records=tuple(records))


def _target(
    clause: Clause, metric: str, value: float | None, unit: str, year: int, sector: str
) -> Target:
    return Target(
        metric=metric,
        value=value,
        unit=unit,
        value_text=f"more than {value:g}{unit}" if value else "",
        comparator=">" if value else None,
        direction=None,
        year=year,
        base_year=None,
        deadline_text=f"by {year}",
        sector=sector,
        doc_id=clause.doc_id,
        clause_id=clause.clause_id,
        text=clause.text,
        start=clause.start,
        end=clause.end,
    )


def _plain_extract(path: Path) -> SimpleNamespace:
    return _extraction(path, Path(path).read_text(encoding="utf-8"), Path(path).stem)


@pytest.fixture()
def kb(tmp_path):
    kb = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    text = f"{HEADING}\n{PARAGRAPH}\n{SCRIPT}\n"
    kb.add_extraction(_extraction(tmp_path / "article.txt", text, "Guiding <Opinions>"))
    yield kb
    kb.close()


# -- Ask ---------------------------------------------------------------------------------------


def test_ask_cites_the_clause_marked_in_its_paragraph(kb):
    history, sources, box = handlers.ask(
        kb, "What proportion of renewable energy used in electrolytic aluminum by 2030?", []
    )
    assert box == ""
    assert [m["role"] for m in history] == ["user", "assistant"]
    # "[1]" is a Markdown link to its card's mark, with the clause as its hover title.
    assert f'more than 30% [\\[1\\]](#pkb-src-1 "{ALUMINIUM}")' in history[1]["content"]
    assert f'<mark id="pkb-src-1"><sup class="pkb-n">[1]</sup>{ALUMINIUM}</mark>' in sources
    assert "Guiding &lt;Opinions&gt;" in sources  # title escaped
    assert re.search(
        r'class="pkb-strength pkb-(strong|partial|weak)" title="[^"]*\d\.\d\d"', sources
    )
    assert "score 0." not in sources  # relevance in words, the number in a tooltip
    record = "By 2030: proportion of renewable energy used in electrolytic aluminum"
    assert f"{record} &gt; 30%" in sources  # the comparator once, not "> more than 30%"


def test_a_blank_question_changes_nothing_and_raises_nothing(kb):
    before = [{"role": "user", "content": "earlier"}]
    history, sources, box = handlers.ask(kb, "   ", before)
    assert history == before and box == ""
    assert sources == gr.skip()  # the sources panel is left as it was


def test_a_refusal_names_the_active_filters(kb):
    doc_id = kb.docs()[0].doc_id
    history, sources, _ = handlers.ask(
        kb, "boiling point of water at sea level", [], doc_id, 2030, 2031
    )
    assert "searched only the document “Guiding &lt;Opinions&gt;”" in history[-1][
        "content"
    ].replace("\\", "")
    assert "target years 2030–2031" in sources


def test_ask_weak_evidence_says_not_answered(kb):
    history, sources, _ = handlers.ask(kb, "boiling point of water at sea level", [])
    assert handlers.NOT_ANSWERED in history[-1]["content"]
    assert handlers.NOT_ANSWERED in sources


def test_ask_year_filter_excludes_other_years(kb):
    _, sources, _ = handlers.ask(kb, "renewable energy electrolytic aluminum", [], "", 2035, 2035)
    assert f"<mark>{ALUMINIUM}</mark>" not in sources
    assert "&lt;script&gt;" in sources


@pytest.mark.parametrize("question", ["x" * 2001])
def test_ask_bad_question_is_a_gradio_error(kb, question):
    with pytest.raises(gr.Error, match="question"):
        handlers.ask(kb, question, [])


def test_unknown_document_filter_is_a_gradio_error(kb):
    with pytest.raises(gr.Error, match="no document matches"):
        handlers.ask(kb, "renewable energy", [], "ffffffff")


def test_document_html_is_escaped_everywhere(kb):
    _, sources, _ = handlers.ask(kb, "Green factories shall lead by 2035", [])
    assert "<script>" not in sources and "&lt;script&gt;" in sources
    rows = handlers.target_rows(kb)
    key = next(f"{r['doc_id']}:{r['clause_id']}" for r in rows if r["year"] == 2035)
    context = handlers.target_context(kb, key)
    assert "<script>" not in context and "<b>" not in context
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in context


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"),
        ("[x](javascript:alert(1))", "\\[x\\]\\(javascript:alert\\(1\\)\\)"),
        (
            "![img](http://t.example/p.png) **b** `c`",
            "\\!\\[img\\]\\(http://t.example/p.png\\) \\*\\*b\\*\\* \\`c\\`",
        ),
        ("more than 30% [1]", "more than 30% \\[1\\]"),
    ],
)
def test_chat_text_is_inert_markdown(text, expected):
    assert handlers.md_text(text) == expected


@pytest.mark.parametrize(
    "text, start, end, expected",
    [
        ("a\nxx <b> yy\nz", 5, 8, "xx <mark>&lt;b&gt;</mark> yy"),
        ("one two three", 4, 7, "one <mark>two</mark> three"),
        (
            "p" * 50 + "CLAUSE" + "q" * 50,
            50,
            56,
            "… " + "p" * 10 + "<mark>CLAUSE</mark>" + "q" * 10 + " …",
        ),
    ],
)
def test_highlight_clause(text, start, end, expected):
    context = 10 if len(text) > 20 else 600
    assert handlers.highlight_clause(text, start, end, context=context) == expected


# -- Targets, exports, timeline --------------------------------------------------------------


def test_target_filters(kb):
    assert len(handlers.target_rows(kb)) == 2
    assert [r["year"] for r in handlers.target_rows(kb, year_from=2031)] == [2035]
    assert [r["year"] for r in handlers.target_rows(kb, year_to=2030.0)] == [2030]
    assert [r["kind"] for r in handlers.target_rows(kb, kind="qualitative")] == ["qualitative"]
    assert [r["sector"] for r in handlers.target_rows(kb, sector="electrolytic aluminium")] == [
        "electrolytic aluminium"
    ]
    assert len(handlers.target_rows(kb, keyword="ALUMINUM")) == 1
    assert handlers.target_rows(kb, keyword="cement") == []
    assert len(handlers.target_rows(kb, year_from=0, year_to=None)) == 2  # empty number box


def test_targets_view_table_and_downloads(kb):
    frame, count, csv_path, xlsx_path, json_path = handlers.targets_view(
        kb, "", None, None, "", "aluminum", "quantitative"
    )
    assert count == "1 of 2 targets"
    assert list(frame.columns) == handlers.TARGET_COLUMNS
    assert frame.iloc[0]["value"] == 30 and frame.iloc[0]["year"] == 2030
    assert frame.iloc[0]["target"].endswith("electrolytic aluminum > 30%")  # read as a sentence
    with open(csv_path, encoding="utf-8") as f:
        (row,) = list(csv.DictReader(f))
    assert row["metric"].endswith("electrolytic aluminum") and row["value"] == "30"  # not 30.0
    assert row["base_year"] == "" and row["year"] == "2030"
    (record,) = json.loads(Path(json_path).read_text(encoding="utf-8"))
    assert record["year"] == 2030 and record["kind"] == "quantitative"
    sheet = openpyxl.load_workbook(xlsx_path).active
    assert sheet["D1"].value == "metric" and sheet["C2"].value == 2030
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:Q2"
    assert sheet.column_dimensions["D"].width > sheet.column_dimensions["C"].width


def test_no_matching_target_says_so_and_how_to_see_all(kb):
    frame, count, *_ = handlers.targets_view(kb, "", None, None, "", "cement", "all")
    assert len(frame) == 0 and "No targets match these filters" in count and "reset" in count


@pytest.mark.parametrize(
    ("by", "descending", "years"),
    [("", False, [2030, 2035]), ("year", True, [2035, 2030]), ("year", False, [2030, 2035])],
)
def test_exports_follow_the_table_order(kb, by, descending, years):
    frame, _, csv_path, _, json_path = handlers.targets_view(
        kb, "", None, None, "", "", "all", by, descending
    )
    assert [int(y) for y in frame["year"]] == years
    with open(csv_path, encoding="utf-8") as f:
        assert [int(r["year"]) for r in csv.DictReader(f)] == years
    assert [r["year"] for r in json.loads(Path(json_path).read_text(encoding="utf-8"))] == years


def test_sort_rows_puts_blanks_last_either_way():
    rows = [{"year": 2030, "document": "b"}, {"year": None, "document": "a"},
            {"year": 2025, "document": "C"}]  # fmt: skip
    assert [r["document"] for r in handlers.sort_rows(rows, "year", True)] == ["b", "C", "a"]
    assert [r["document"] for r in handlers.sort_rows(rows, "year")] == ["C", "b", "a"]
    assert [r["document"] for r in handlers.sort_rows(rows, "document")] == ["a", "b", "C"]


def test_target_context_for_a_selected_row(kb):
    frame = handlers.targets_frame(handlers.target_rows(kb, keyword="aluminum"))
    context = handlers.target_context(kb, frame.iloc[0]["key"])
    assert f"<mark>{ALUMINIUM}</mark>" in context
    assert f'data-key="{frame.iloc[0]["key"]}"' in context
    assert "Select a row" in handlers.target_context(kb, "")


def test_timeline_has_one_point_per_dated_target_with_hover_text(kb):
    fig = handlers.timeline_figure(kb, "", "sector")
    points = [
        (x, text) for trace in fig.data for x, text in zip(trace.x, trace.hovertext, strict=True)
    ]
    assert sorted(x for x, _ in points) == [2030, 2035]
    assert any("&gt; 30%" in t and "By 2030" in t for _, t in points)
    assert all("<b>" not in t for _, t in points)
    assert handlers.timeline_figure(kb, "", "document").layout.yaxis.title.text == "document"


# -- Documents -------------------------------------------------------------------------------


def test_documents_frame_counts(kb):
    frame = handlers.documents_frame(kb)
    assert list(frame.columns) == handlers.DOC_COLUMNS
    assert frame.iloc[0]["targets"] == 2 and frame.iloc[0]["clauses"] == 2


@pytest.mark.parametrize(
    "name, expected",
    [
        ("report.pdf", "report.pdf"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\win\\a b;c.md", "a_b_c.md"),
        (".hidden.HTML", "hidden.html"),
        ("....docx", "document.docx"),
    ],
)
def test_safe_name(name, expected):
    assert handlers.safe_name(name) == expected


@pytest.mark.parametrize("name", ["evil.exe", "noext", "archive.tar.gz"])
def test_safe_name_refuses_other_types(name):
    with pytest.raises(handlers.IngestError, match="not supported"):
        handlers.safe_name(name)


def test_save_upload_limits(tmp_path, monkeypatch):
    src = tmp_path / "big.txt"
    src.write_text("x" * 100, encoding="utf-8")
    monkeypatch.setattr("ui.handlers.documents.MAX_UPLOAD_BYTES", 50)
    with pytest.raises(handlers.IngestError, match="limit is"):
        handlers.save_upload(src, tmp_path / "up")
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    with pytest.raises(handlers.IngestError, match="empty"):
        handlers.save_upload(tmp_path / "empty.md", tmp_path / "up")


def test_upload_ingests_valid_files_and_reports_bad_ones(kb, tmp_path):
    good = tmp_path / "incoming" / "tmp123"
    good.mkdir(parents=True)
    (good / "new policy.txt").write_text(
        "Heading\nSteel plants shall cut coal use by 20% by 2030, the ministry said.\n",
        encoding="utf-8",
    )
    (good / "bad.exe").write_bytes(b"MZ")
    files = [
        SimpleNamespace(name=str(good / "new policy.txt"), orig_name="../new policy.txt"),
        SimpleNamespace(name=str(good / "bad.exe"), orig_name="bad.exe"),
    ]
    calls = []
    status = handlers.upload_documents(
        kb,
        files,
        extract=_plain_extract,
        progress=lambda value, desc="": calls.append((value, desc)),
    )
    assert "<strong>added</strong>: ../new policy.txt" in status
    assert "<strong>failed</strong>: bad.exe" in status and "not supported" in status
    assert calls[0][0] == 0 and calls[-1] == (1.0, "Done")
    saved = tmp_path / "kb" / handlers.UPLOADS_DIR / "new_policy.txt"
    assert saved.is_file()
    assert any(d.path == str(saved.resolve()) for d in kb.docs())
    # Deleting an uploaded document deletes its copy too.
    doc_id = next(d.doc_id for d in kb.docs() if d.path == str(saved.resolve()))
    assert "Deleted" in handlers.delete_document(kb, doc_id)
    assert not saved.exists() and len(kb.docs()) == 1


def test_delete_needs_a_document(kb):
    with pytest.raises(gr.Error, match="Choose a document"):
        handlers.delete_document(kb, "")
    with pytest.raises(gr.Error, match="no document matches"):
        handlers.delete_document(kb, "ffffffff")


# -- build_app -------------------------------------------------------------------------------


def test_build_app_builds_without_launching(kb):
    app = build_app(kb)
    try:
        assert isinstance(app, gr.Blocks)
        textboxes = [b for b in app.blocks.values() if isinstance(b, gr.Textbox)]
        assert textboxes[0].elem_id == "pkb-question"  # the first text box is the Ask box
        assert "ask" in {d.api_name for d in app.fns.values()}
        # The app's worker answers on its own thread with its own store connection.
        question = "renewable energy electrolytic aluminum"
        history, _, _ = app.kb_worker.run(handlers.ask, question, [])
        assert "30%" in history[-1]["content"]
    finally:
        app.kb_worker.close()


def test_worker_runs_every_call_on_one_thread(kb):
    import threading
    from concurrent.futures import ThreadPoolExecutor

    worker = KBWorker.reopen(kb)
    try:
        with ThreadPoolExecutor(4) as pool:
            names = set(
                pool.map(lambda _: worker.run(lambda k: threading.current_thread().name), range(8))
            )
            counts = list(pool.map(lambda _: len(worker.run(handlers.target_rows)), range(8)))
        assert len(names) == 1 and counts == [2] * 8
    finally:
        worker.close()


def test_year_and_welcome_helpers(kb, tmp_path):
    assert handlers.year_choices(kb) == ["any", "2030", "2035"]
    assert [r["year"] for r in handlers.target_rows(kb, year_from="2031", year_to="any")] == [2035]
    assert "Sources of the latest answer" in handlers.welcome_html(kb)
    empty = KnowledgeBase(Settings(db_dir=tmp_path / "empty"), embedder=HashEmbedder(), create=True)
    try:
        assert "No documents are indexed yet" in handlers.welcome_html(empty)
        assert handlers.year_choices(empty) == ["any"]
    finally:
        empty.close()


# -- policykb serve (launch is intercepted) ----------------------------------------------------


@pytest.fixture()
def launched(monkeypatch):
    import ui.cli_serve

    calls = []
    monkeypatch.setattr(gr.Blocks, "launch", lambda self, **kw: calls.append(kw))
    monkeypatch.setattr(ui.cli_serve, "_warm_up", lambda kb: None)  # no model load here
    return calls


def test_serve_binds_localhost_and_limits_uploads(tmp_path, launched):
    from click.testing import CliRunner

    from ui.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "kb"), "--port", "8123"])
    assert result.exit_code == 0, result.output
    (kwargs,) = launched
    assert kwargs["server_name"] == "127.0.0.1" and kwargs["server_port"] == 8123
    assert kwargs["auth"] is None
    assert kwargs["max_file_size"] == handlers.MAX_UPLOAD_BYTES
    assert (tmp_path / "kb").is_dir()  # a new store is created, ready for uploads


def test_serve_auth(tmp_path, launched):
    from click.testing import CliRunner

    from ui.cli import main

    runner = CliRunner()
    ok = runner.invoke(main, ["serve", "--db", str(tmp_path / "kb"), "--auth", "ana:s3:cret"])
    assert ok.exit_code == 0, ok.output
    assert launched[0]["auth"] == ("ana", "s3:cret")
    bad = runner.invoke(main, ["serve", "--db", str(tmp_path / "kb"), "--auth", "nopassword"])
    assert bad.exit_code == 2 and "USER:PASS" in bad.output


def test_old_export_folders_are_pruned(monkeypatch, tmp_path):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    first = handlers.export_dir()
    assert first.parent == tmp_path / "policykb-exports"
    second = handlers.export_dir(max_age=-1)  # everything counts as old
    assert not first.exists() and second.exists()


def test_serve_refuses_to_be_exposed_without_auth_unless_insecure(tmp_path, launched):
    # Issue 14: beyond loopback, a login is required (this used to be a warning only).
    from click.testing import CliRunner

    from ui.cli import main

    runner = CliRunner()
    db = str(tmp_path / "kb")
    refused = runner.invoke(main, ["serve", "--db", db, "--host", "0.0.0.0"])
    assert refused.exit_code == 1 and not launched
    [line] = refused.output.strip().splitlines()
    assert "refusing to serve on 0.0.0.0 without --auth" in line and "--insecure" in line
    result = runner.invoke(main, ["serve", "--db", db, "--host", "0.0.0.0", "--insecure"])
    assert result.exit_code == 0, result.output
    assert "without --auth" in result.output and launched[0]["server_name"] == "0.0.0.0"
    authed = runner.invoke(main, ["serve", "--db", db, "--host", "0.0.0.0", "--auth", "a:b"])
    assert authed.exit_code == 0 and launched[1]["auth"] == ("a", "b")
    for host in ("localhost", "::1", "127.0.0.2"):
        assert runner.invoke(main, ["serve", "--db", db, "--host", host]).exit_code == 0


def test_questions_are_answered_while_the_writer_ingests(kb, tmp_path):
    import threading
    from concurrent.futures import ThreadPoolExecutor

    reader, writer = KBWorker.reopen(kb), KBWorker.reopen(kb)
    started, release = threading.Event(), threading.Event()

    def slow_extract(path: Path) -> SimpleNamespace:
        started.set()
        assert release.wait(30)
        return _plain_extract(path)

    new = tmp_path / "steel.txt"
    new.write_text(
        "Heading\nSteel plants shall cut coal use by 20% by 2030, the ministry said.\n",
        encoding="utf-8",
    )
    try:
        with ThreadPoolExecutor(1) as pool:
            upload = pool.submit(
                writer.run, handlers.upload_documents, [str(new)], extract=slow_extract
            )
            assert started.wait(30)
            history, _, _ = reader.run(handlers.ask, "renewable energy electrolytic aluminum", [])
            assert "30%" in history[-1]["content"]  # answered mid-ingest
            release.set()
            assert "<strong>added</strong>" in upload.result(timeout=60)
        # The reader sees the writer's document, in its tables and in retrieval.
        assert len(reader.run(handlers.documents_frame)) == 2
        _, sources, _ = reader.run(handlers.ask, "Steel plants shall cut coal use by 2030", [])
        assert '<sup class="pkb-n">[1]</sup>Steel plants shall cut coal use' in sources
    finally:
        release.set()
        writer.close()
        reader.close()


# -- Source cards: one per passage -------------------------------------------------------------


def _source(n: int, kb_doc, text: str, *, paragraph: int, kind: str = "sentence", rel=0.9):
    start = kb_doc.text.index(text)
    return Source(
        n=n, text=text, doc_id=kb_doc.doc_id, clause_id=f"c{n}", section=(HEADING,),
        title="Guiding Opinions", score=0.03, start=start, end=start + len(text),
        paragraph=paragraph, kind=kind, relevance=rel, strength="strong" if rel > 0.7 else "weak",
    )  # fmt: skip


def test_sources_of_one_paragraph_share_one_card_and_headings_are_dropped(kb):
    doc = SimpleNamespace(
        doc_id=kb.docs()[0].doc_id, text=kb.store.document_text(kb.docs()[0].doc_id)
    )
    recycling = "the recycling volume of major renewable resources will reach 510 million tons"
    sources = (
        _source(1, doc, ALUMINIUM, paragraph=1),
        _source(2, doc, "Green factories", paragraph=2, rel=0.2),
        _source(3, doc, recycling, paragraph=1),
        _source(4, doc, HEADING, paragraph=0, kind="heading"),
    )
    ans = Answer("q", f"{ALUMINIUM} [1]", sources, (), True)
    html = handlers.sources_html(kb, ans)
    assert html.count('class="pkb-source"') == 2  # paragraph 1 (two marks) and paragraph 2
    assert re.search(
        r"<strong>\[1\] \[3\] <a [^>]*data-open=\"[0-9a-f]+:c1\"[^>]*>Guiding Opinions</a>", html
    )
    assert '<mark id="pkb-src-3"><sup class="pkb-n">[3]</sup>the recycling volume' in html
    assert 'id="pkb-src-4"' not in html  # the heading-only source has no card
    assert ">strong match</span>" in html and ">weak match</span>" in html
    assert [[s.n for s in g] for g in handlers.passage_groups(sources)] == [[1, 3], [2]]


def test_a_lone_heading_is_kept_when_it_is_the_quoted_source(kb):
    doc = SimpleNamespace(
        doc_id=kb.docs()[0].doc_id, text=kb.store.document_text(kb.docs()[0].doc_id)
    )
    sources = (_source(1, doc, HEADING, paragraph=0, kind="heading"),)
    assert [[s.n for s in g] for g in handlers.passage_groups(sources)] == [[1]]


@pytest.mark.parametrize(
    ("relevance", "dense", "expected"),
    [
        (0.95, None, "strong"),
        (0.55, None, "partial"),
        (0.10, None, "weak"),
        (None, 0.90, "strong"),
        (None, 0.45, "partial"),
        (None, 0.05, "weak"),
    ],
)
def test_relevance_in_words_follows_the_refusal_calibration(relevance, dense, expected):
    hit = Hit(
        key="d:c", doc_id="d", clause_id="c", relevance=relevance, dense=dense,
        text="Steel plants shall cut their coal use by a fifth before the end of 2028.",
    )  # fmt: skip
    assert strength_of(hit) == expected


# -- Read: the document reader -----------------------------------------------------------------


def test_the_reader_shows_the_whole_document_with_the_clause_highlighted(kb):
    doc_id = kb.docs()[0].doc_id
    key = next(f"{r.doc_id}:{r.clause_id}" for r in kb.targets() if r.value)
    page, records, download = handlers.read_document(kb, key)
    assert f'<mark id="pkb-read-hl">{ALUMINIUM}</mark>' in page
    assert "510 million tons" in page and "&lt;script&gt;" in page  # the rest, escaped
    assert "<script>" not in page
    assert "<li><mark>By 2030: proportion of renewable energy" in records  # its record first
    assert Path(download).read_text(encoding="utf-8") == kb.store.document_text(doc_id)
    assert handlers.resolve_doc(kb, doc_id[:12]) == doc_id


def test_the_reader_without_a_clause_and_for_a_deleted_document(kb):
    page, _, _ = handlers.read_document(kb, kb.docs()[0].doc_id)
    assert "pkb-read-hl" not in page and "Guiding &lt;Opinions&gt;" in page
    page, records, download = handlers.read_document(kb, "0000dead:beef")
    assert "no longer in the knowledge base" in page and download is None
    assert handlers.read_document(kb, "") == (handlers.EMPTY_READER, "", None)


def test_a_long_document_is_shown_as_a_window_around_the_clause():
    text = (
        "Filler sentence about nothing in particular. " * 6000
        + "The target sentence. "
        + "More filler. " * 100
    )
    at = text.index("The target sentence.")
    html = reader_module._document_html(text, (at, at + 20), [])
    assert '<mark id="pkb-read-hl">The target sentence.</mark>' in html
    assert "Showing characters" in html and len(html) < len(text)


def test_an_upload_error_names_the_file_not_the_server_path(kb, tmp_path):
    incoming = tmp_path / "gradio-cache" / "a1b2c3"
    incoming.mkdir(parents=True)
    (incoming / "scan.txt").write_text("Scanned page with no text layer.\n", encoding="utf-8")

    def unreadable(path: Path):
        raise handlers.IngestError(str(path), "has no text layer", "Run OCR on it first")

    status = handlers.upload_documents(
        kb, [SimpleNamespace(name=str(incoming / "scan.txt"), orig_name="scan.txt")],
        extract=unreadable,
    )  # fmt: skip
    assert "<strong>failed</strong>: scan.txt" in status and "has no text layer" in status
    assert str(tmp_path) not in status and "/uploads" not in status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An energy auditor shall meet the following conditions:\n(a) hold a provincial licence;\n\n"
            "(b) employ at least three engineers;\nArticle 6 Audits are filed yearly.",
            ["(a) hold a provincial licence;", "(b) employ at least three engineers;"],
        ),
        (
            "审核机构应当具备下列条件：\n（一）有固定场所；\n（二）有专业人员。\n第七条 其他。",
            ["（一）有固定场所；", "（二）有专业人员。"],
        ),
        ("Operators shall report by 30 June:\nThe report covers the prior year.", []),
    ],
)
def test_a_duty_that_lists_its_conditions_shows_them(text, expected):
    end = text.index("\n")
    assert handlers.listed_items(text, end) == expected
