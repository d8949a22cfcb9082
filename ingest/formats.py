"""Text out of PDF and DOCX files, and the small text helpers the readers share.

The parsing libraries are imported inside the functions, so importing this
module stays cheap. Every failure is an ``IngestError`` naming the file.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from ingest.errors import IngestError


def one_line(value: object) -> str:
    """Collapse whitespace so library messages keep the error on one line."""
    return " ".join(str(value).split())


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def extract_pdf(data: bytes, name: str) -> str:
    from pypdf import PdfReader

    # pypdf logs warnings about damaged files ("EOF marker not found") on top of
    # raising; the IngestError already says it, so keep stderr to one line.
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(name, "is password-protected", "remove the password and try again")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
    except IngestError:
        raise
    except Exception as e:  # pypdf raises many types on damaged files
        raise IngestError(
            name,
            f"is not a readable PDF ({one_line(e) or type(e).__name__})",
            "check it opens in a PDF viewer, or export it again",
        ) from e
    finally:
        pypdf_log.setLevel(level)
    text = _join_pages([page for page in pages if page])
    if not text.strip():
        raise IngestError(name, "has no text layer (scanned?)", "run OCR first, e.g. ocrmypdf")
    return normalise_newlines(text)


# A wrapped body line cut by the page's end: long, ending in a Han character (not in
# punctuation), or in a lower-case word or a comma; and a next page that carries on (no
# heading, caption or list number first).
_MIN_BODY_LINE = 15
_CUT_LINE = re.compile(r"(?:[\u4e00-\u9fff]|[a-z]|,)\s*$")
_CARRIES_ON = re.compile(r"^(?:[\u4e00-\u9fff]|[a-z])")
_NEW_BLOCK = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|第.{1,4}[章节条部]|"
    r"(?:附件|附表|表|图)\s*[\d一二三四五六七八九十])"
)


def _join_pages(pages: list[str]) -> str:
    """The pages' texts, a blank line between two pages unless a sentence runs on from
    one page to the next (then a line break, as between the page's own lines)."""
    if not pages:
        return ""
    out = [pages[0]]
    for page in pages[1:]:
        last = out[-1].rsplit("\n", 1)[-1].strip()
        first = page.split("\n", 1)[0].strip()
        runs_on = (
            len(last) >= _MIN_BODY_LINE
            and _CUT_LINE.search(last) is not None
            and _CARRIES_ON.match(first) is not None
            and _NEW_BLOCK.match(first) is None
        )
        out.append("\n" if runs_on else "\n\n")
        out.append(page)
    return "".join(out)


def extract_docx(data: bytes, name: str) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = [_docx_block_text(block) for block in document.iter_inner_content()]
    except Exception as e:  # bad zip, missing parts, broken XML
        raise IngestError(
            name,
            f"is not a readable DOCX ({one_line(e) or type(e).__name__})",
            "check it opens in Word, or save it again as .docx",
        ) from e
    return normalise_newlines("\n\n".join(block for block in blocks if block.strip()))


def _docx_block_text(block: Any) -> str:
    """A paragraph's text, or a table as pipe rows ("| a | b |"), one line per row."""
    from docx.table import Table

    if not isinstance(block, Table):
        return block.text
    rows = []
    for row in block.rows:
        cells: list[Any] = []
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans.
            if not any(cell._tc is seen._tc for seen in cells):
                cells.append(cell)
        texts = [" ".join(_docx_cell_text(cell).split()) for cell in cells]
        if any(texts):
            rows.append("| " + " | ".join(texts) + " |")  # a pipe row, read as a table
    return "\n".join(rows)


def _docx_cell_text(cell: Any) -> str:
    return " ".join(_docx_block_text(block) for block in cell.iter_inner_content())
