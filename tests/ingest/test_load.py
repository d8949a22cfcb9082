"""Tests for ingest.load and ingest.boilerplate: decoding, formats, bad inputs, boilerplate."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from ingest.boilerplate import find_boilerplate, find_page_date
from ingest.errors import IngestError
from ingest.load import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    decode_bytes,
    iter_paths,
    load_document,
    read_manifest,
)
from ingest.records import content_id

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SEED = CORPUS / "china-green-manufacturing-guiding-opinions-2024.txt"
ZH = "到2030年，绿色工厂产值占制造业总产值比重超过40%。"
EN = "By 2030, green factories will account for more than 40% of output.\nThe plan is new."


# --- helpers ---------------------------------------------------------------


def make_pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF whose text layer holds ``lines`` (Helvetica, ASCII only).

    With no lines, the page has an empty content stream: a PDF with no text layer,
    like a scan.
    """

    def escape(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    shown = " ".join(f"({escape(line)}) Tj T*" for line in lines)
    content = f"BT /F1 12 Tf 14 TL 72 720 Td {shown} ET" if lines else ""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def assert_one_line_error(err: IngestError, path: Path | str) -> None:
    message = str(err)
    assert message.startswith(str(path)), message
    assert "\n" not in message and "\r" not in message, message


def line_at(text: str, pos: int) -> str:
    """The whole line holding ``pos``, without its newline or outer whitespace."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end != -1 else len(text)].strip()


# --- constants ---------------------------------------------------------------


def test_public_constants():
    assert SUPPORTED_SUFFIXES == {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}
    assert DEFAULT_MAX_BYTES == 25 * 1024 * 1024


# --- encodings ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "data", "expected"),
    [
        ("utf-8", EN.encode("utf-8"), EN),
        ("utf-8 non-ascii", "Café “quoted” – 40%".encode(), "Café “quoted” – 40%"),
        ("utf-8 bom", codecs.BOM_UTF8 + EN.encode("utf-8"), EN),
        ("utf-16 le bom", codecs.BOM_UTF16_LE + EN.encode("utf-16-le"), EN),
        ("utf-16 be bom", codecs.BOM_UTF16_BE + EN.encode("utf-16-be"), EN),
        ("utf-16 le no bom", EN.encode("utf-16-le"), EN),
        ("utf-16 be no bom", EN.encode("utf-16-be"), EN),
        ("utf-32 le bom", codecs.BOM_UTF32_LE + EN.encode("utf-32-le"), EN),
        ("gb18030", ZH.encode("gb18030"), ZH),
        ("gb18030 two lines", (ZH + "\n" + ZH).encode("gb18030"), ZH + "\n" + ZH),
        ("utf-8 chinese", ZH.encode("utf-8"), ZH),
        ("crlf", b"line one\r\nline two\rline three\n", "line one\nline two\nline three\n"),
        ("utf-16 crlf", codecs.BOM_UTF16_LE + "a\r\nb".encode("utf-16-le"), "a\nb"),
    ],
)
def test_decode_bytes(label, data, expected):
    assert decode_bytes(data, path=f"{label}.txt") == expected


@pytest.mark.parametrize(
    ("name", "data", "text", "language"),
    [
        ("utf8.txt", EN.encode("utf-8"), EN, "en"),
        ("bom.txt", codecs.BOM_UTF8 + EN.encode("utf-8"), EN, "en"),
        ("utf16.txt", codecs.BOM_UTF16_LE + EN.encode("utf-16-le"), EN, "en"),
        ("utf16-nobom.md", EN.encode("utf-16-le"), EN, "en"),
        ("gb.txt", ZH.encode("gb18030"), ZH, "zh"),
    ],
)
def test_load_text_encodings(tmp_path, name, data, text, language):
    path = write(tmp_path, name, data)
    doc = load_document(path)
    assert doc.text == text
    assert doc.language == language
    assert doc.doc_id == content_id(text)
    assert doc.format == path.suffix[1:]
    assert doc.path == str(path)
    assert doc.title == text.split("\n")[0]


# --- bad inputs --------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\t\r\n  ", "is empty"),
        ("blank.md", codecs.BOM_UTF8 + b"\n\n", "is empty"),
        ("image.txt", PNG, "looks like binary data, not text"),
        ("nuls.txt", b"abc\x00\x01\x02\x03\x00\x00\x10\x11\x12" * 40, "looks like binary data"),
        ("controls.md", bytes(range(1, 32)) * 20, "looks like binary data"),
        ("garbage.txt", bytes(range(0x80, 0x100)) * 4, "cannot decode the bytes as text"),
        ("sheet.xlsx", b"PK\x03\x04whatever", ".xlsx is not supported; supported: .docx, .htm"),
        ("noext", b"plain words", "is not supported; supported:"),
        ("broken.pdf", b"%PDF-1.4\nthis is not a pdf at all", "is not a readable PDF"),
        ("text.pdf", b"just some text, no PDF", "is not a readable PDF"),
        ("scan.pdf", make_pdf([]), "has no text layer (scanned?)"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "is not a readable DOCX"),
        ("text.docx", b"plain text named docx", "is not a readable DOCX"),
        ("script.html", b"<html><body><script>var x;</script></body></html>", "has no main text"),
        ("blank.htm", b"   \n", "is empty"),
    ],
)
def test_bad_inputs_raise_one_line_ingest_error(tmp_path, name, data, reason):
    path = write(tmp_path, name, data)
    with pytest.raises(IngestError) as info:
        load_document(path)
    assert_one_line_error(info.value, path)
    assert reason in str(info.value)


@pytest.mark.parametrize(
    ("name", "data", "reason", "hint"),
    [
        ("x.txt", b"", "is empty", "add text or remove it from the input"),
        ("x.pdf", make_pdf([]), "has no text layer (scanned?)", "run OCR first, e.g. ocrmypdf"),
    ],
)
def test_error_hints(tmp_path, name, data, reason, hint):
    path = write(tmp_path, name, data)
    with pytest.raises(IngestError) as info:
        load_document(path)
    assert info.value.reason == reason and info.value.hint == hint


def test_missing_path(tmp_path):
    path = tmp_path / "nope.txt"
    with pytest.raises(IngestError) as info:
        load_document(path)
    assert_one_line_error(info.value, path)
    assert "no such file or directory" in str(info.value) and "check the path" in str(info.value)


def test_directory_is_refused(tmp_path):
    with pytest.raises(IngestError) as info:
        load_document(tmp_path)
    assert_one_line_error(info.value, tmp_path)
    assert "is a folder" in str(info.value)


def test_too_large_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: no disk used

    def no_read(self):
        raise AssertionError("read before the size check")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    with pytest.raises(IngestError) as info:
        load_document(path)
    assert_one_line_error(info.value, path)
    assert "is 50.0 MB, over the 25 MB limit" in str(info.value)
    assert "split it, or raise the limit with --max-mb" in str(info.value)


def test_max_bytes_option(tmp_path):
    path = write(tmp_path, "small.txt", "x" * 2048)
    with pytest.raises(IngestError, match="over the 1 KB limit"):
        load_document(path, max_bytes=1024)
    assert load_document(path, max_bytes=4096).text == "x" * 2048


def test_permission_error_is_wrapped(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", EN)

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(IngestError) as info:
        load_document(path)
    assert_one_line_error(info.value, path)
    assert "permission denied" in str(info.value)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "locked.txt", EN)
    path.chmod(0)
    try:
        with pytest.raises(IngestError, match="permission denied"):
            load_document(path)
    finally:
        path.chmod(0o644)


def test_library_error_is_chained(tmp_path):
    path = write(tmp_path, "broken.docx", b"PK\x03\x04 nope")
    with pytest.raises(IngestError) as info:
        load_document(path)
    assert info.value.__cause__ is not None


# --- formats -------------------------------------------------------------------

HTML_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Green factory rules</title>
<meta name="date" content="2024-03-01"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/biz">Business</a></li>
<li><a href="/about">About us</a></li></ul></nav>
<main><article><h1>Green factory rules</h1>
<p>By 2030, the output value of green factories will account for more than 40% of the
total output value of the manufacturing industry.</p>
<p>The ministry will publish a list of green factories every year.</p></article></main>
<footer><p>Subscribe to our newsletter</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


@pytest.mark.parametrize("name", ["page.html", "page.htm"])
def test_html_main_text(tmp_path, name):
    doc = load_document(write(tmp_path, name, HTML_PAGE), metadata={})
    assert "more than 40% of the" in doc.text
    assert "publish a list of green factories" in doc.text
    for junk in ("About us", "Business", "Privacy policy", "newsletter", "<p>"):
        assert junk not in doc.text
    assert doc.title == "Green factory rules"
    assert doc.date == "2024-03-01"
    assert doc.format == name.rsplit(".", 1)[1]


def test_html_declared_charset(tmp_path):
    body = "".join(f"<p>{ZH}第{i}条。</p>" for i in range(8))
    head = '<head><meta charset="gb2312"><title>绿色制造</title></head>'
    page = f"<html>{head}<body><article>{body}</article></body></html>"
    doc = load_document(write(tmp_path, "zh.html", page.encode("gb18030")), metadata={})
    assert ZH in doc.text
    assert doc.language == "zh"


def test_pdf_text_layer(tmp_path):
    lines = ["Guiding Opinions (2024)", "By 2030, green factories will exceed 40% of output."]
    doc = load_document(write(tmp_path, "opinions.pdf", make_pdf(lines)), metadata={})
    assert doc.format == "pdf"
    for line in lines:
        assert line in doc.text
    assert doc.title == "Guiding Opinions (2024)"


def test_docx_paragraphs_and_tables(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Green manufacturing plan", level=1)
    document.add_paragraph("By 2030, green factories will exceed 40% of output.")
    document.add_paragraph("")  # empty paragraphs leave no gap
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "Indicator"
    table.cell(0, 1).text = "2025"
    table.cell(0, 2).text = "2030"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "Solid waste reuse"
    table.cell(1, 2).text = "62%"
    document.add_paragraph("Closing paragraph.")
    path = tmp_path / "plan.docx"
    document.save(path)

    doc = load_document(path, metadata={})
    assert doc.format == "docx"
    assert doc.text.split("\n\n") == [
        "Green manufacturing plan",
        "By 2030, green factories will exceed 40% of output.",
        "| Indicator | 2025 | 2030 |\n| Solid waste reuse | 62% |",
        "Closing paragraph.",
    ]
    assert doc.title == "Green manufacturing plan"


def test_markdown_title_drops_heading_marks(tmp_path):
    doc = load_document(write(tmp_path, "n.md", "# Net zero plan\n\nText here."), metadata={})
    assert doc.title == "Net zero plan"
    # Markdown is stored as read: heading marks blanked, every offset that of the file.
    assert doc.text == "  Net zero plan\n\nText here."


def test_long_first_line_falls_back_to_stem(tmp_path):
    doc = load_document(write(tmp_path, "long-one.txt", "word " * 60), metadata={})
    assert doc.title == "long-one"


# --- seed corpus, manifest and metadata -----------------------------------------


def test_seed_document_with_manifest():
    doc = load_document(SEED)
    text = SEED.read_bytes().decode("utf-8")
    assert doc.text == text  # kept byte for byte
    assert doc.doc_id == content_id(text)
    assert doc.title.startswith("China Issues 'Guiding Opinions")
    assert doc.date == "2024-03-01" and doc.year == 2024
    assert doc.issuer.startswith("Ministry of Industry and Information Technology")
    assert doc.language == "en" and doc.format == "txt"
    assert doc.licence and doc.origin
    assert doc.skipped == tuple(find_boilerplate(text))


def test_metadata_overrides_and_inference(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    path = write(tmp_path, SEED.name, text)  # no manifest next to this copy
    inferred = load_document(path)
    assert inferred.title.startswith("China Issues ‘Guiding Opinions")  # first real line
    assert inferred.date == "2024-03-01"  # from the timestamp line
    given = load_document(path, metadata={"title": "T", "date": "2024-03-02", "language": "zh"})
    assert (given.title, given.date, given.language) == ("T", "2024-03-02", "zh")


def test_read_manifest_corpus():
    manifest = read_manifest(CORPUS)
    entry = manifest[SEED.name]
    assert entry["date"] == "2024-03-01"
    assert entry["title"].startswith("China Issues 'Guiding Opinions on Accelerating")
    assert "file" not in entry


def test_read_manifest_missing(tmp_path):
    assert read_manifest(tmp_path) == {}


def test_read_manifest_toml_date(tmp_path):
    write(tmp_path, "sources.toml", '[[document]]\nfile = "a.txt"\ndate = 2024-03-01\n')
    assert read_manifest(tmp_path) == {"a.txt": {"date": "2024-03-01"}}


@pytest.mark.parametrize(
    ("toml", "reason"),
    [
        ('[[document]]\nfile = "a.txt"\ntitle "no equals"\n', "line 3"),
        ('[[document]]\ntitle = "no file"\n', "has no 'file'"),
        ('[[document]]\nfile = "a.txt"\n[[document]]\nfile = "a.txt"\n', "twice"),
    ],
)
def test_read_manifest_errors(tmp_path, toml, reason):
    manifest = write(tmp_path, "sources.toml", toml)
    with pytest.raises(IngestError) as info:
        read_manifest(tmp_path)
    assert_one_line_error(info.value, manifest)
    assert reason in str(info.value)


def test_bad_manifest_fails_load_document_as_ingest_error(tmp_path):
    write(tmp_path, "sources.toml", "[[document]\n")
    path = write(tmp_path, "a.txt", EN)
    with pytest.raises(IngestError):
        load_document(path)
    assert load_document(path, metadata={}).text == EN


# --- iter_paths ----------------------------------------------------------------


def test_iter_paths(tmp_path):
    for rel in [
        "b.txt",
        "a.md",
        "sub/c.pdf",
        "sub/deeper/d.docx",
        "e.HTML",
        "notes.xlsx",
        "sources.toml",
        "SOURCES.md",
        "README.md",
        "readme.txt",
        ".hidden.txt",
        ".git/x.txt",
        "sub/.cache/y.txt",
    ]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])]
    assert found == ["a.md", "b.txt", "e.HTML", "sub/c.pdf", "sub/deeper/d.docx"]

    explicit = list(iter_paths([tmp_path / "notes.xlsx", str(tmp_path / "b.txt"), tmp_path]))
    assert explicit[:2] == [tmp_path / "notes.xlsx", tmp_path / "b.txt"]
    assert len(explicit) == 2 + 4  # b.txt is not yielded twice


def test_iter_paths_missing(tmp_path):
    missing = tmp_path / "gone"
    with pytest.raises(IngestError) as info:
        list(iter_paths([missing]))
    assert_one_line_error(info.value, missing)
    assert "no such file or directory. check the path" in str(info.value)


# --- boilerplate -----------------------------------------------------------------


def test_seed_boilerplate_spans():
    text = SEED.read_text(encoding="utf-8")
    spans = find_boilerplate(text)
    skipped = [text[s:e] for s, e in spans]
    for s, e in spans:
        assert text[s:e] == line_at(text, s), "a span is not exactly one line"
    assert skipped[0].startswith("Home » Business » China Issues")
    assert spans[0][0] == 0
    for line in ("2024-03-01 03:40:51", "Leave a Comment"):
        assert line in skipped
    assert any(s.startswith("#generation #information") for s in skipped)
    assert any(s.startswith("This site uses Akismet to reduce spam") for s in skipped)
    for s, e in spans:
        assert "40%" not in text[s:e]
    assert len(spans) == 5
    assert find_page_date(text, spans) == "2024-03-01"
    assert find_page_date(text) == "2024-03-01"


@pytest.mark.parametrize(
    "line",
    [
        "Home » Business » China Issues Guiding Opinions",
        "Home > News > Policy",
        "首页 > 新闻 > 政策",
        "News » Business » Green rules",
        "2024-03-01 03:40:51",
        "2024-03-01",
        "March 1, 2024 10:30",
        "Friday, March 1, 2024 10:30 AM EST",
        "1 March 2024",
        "2024年3月1日 10:30",
        "Published: 1 March 2024 | By Jane Doe",
        "Posted on March 1, 2024 by admin",
        "发布时间：2024-03-01",
        "#green #carbon #lowcarbon",
        "Share this:",
        "Related posts",
        "Print",
        "Copyright © 2024 Example News. All rights reserved.",
        "© 2024 Example News",
        "Leave a Reply",
    ],
)
def test_boilerplate_lines(line):
    text = f"Real sentence before.\n\n  {line}  \n\nReal sentence after, in a long paragraph."
    spans = find_boilerplate(text)
    assert [text[s:e] for s, e in spans][:1] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "By 2030, green factories will account for more than 40% of output.",
        "Published on March 1, 2024, the plan sets targets for 2030.",
        "Copyright law protects the authors of policy texts.",
        "Home appliances > 5 years old must be recycled.",
        "## Aims",
        "#1 priority is energy efficiency",
        "March 2024 saw the plan's release.",
        "Share of renewables will reach 30% by 2030.",
        "Print media will report progress annually.",
        "News link: What is a green factory?",
        "到2030年，绿色工厂产值占制造业总产值比重超过40%。",
    ],
)
def test_real_sentences_are_kept(line):
    assert find_boilerplate(f"Intro line.\n{line}\nMore text follows here.") == []


def test_comment_form_swallows_the_rest():
    article = "Title\n\n" + "A real sentence about green factories. " * 20
    footer = "\n\nLeave a Reply\n\nGreat article!\nJohn, March 2, 2024\n"
    text = article + footer
    spans = find_boilerplate(text)
    skipped = [text[s:e] for s, e in spans]
    assert skipped == ["Leave a Reply", "Great article!", "John, March 2, 2024"]


def test_comment_link_near_top_does_not_swallow_article():
    text = "Title\nLeave a comment\n\n" + "A real sentence about green factories. " * 20
    spans = find_boilerplate(text)
    assert [text[s:e] for s, e in spans] == ["Leave a comment"]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2024-03-01 03:40:51", "2024-03-01"),
        ("2024/3/1", "2024-03-01"),
        ("Mar. 5, 2023", "2023-03-05"),
        ("5th September 2022", "2022-09-05"),
        ("2024年12月31日", "2024-12-31"),
        ("Updated: 2021-07-09T10:00Z", "2021-07-09"),
        ("2024-02-31", None),
    ],
)
def test_find_page_date(line, date):
    assert find_page_date(f"Body text.\n{line}\n") == date


def test_no_page_date():
    assert find_page_date("Nothing dated here.\nBy 2030, more.") is None
