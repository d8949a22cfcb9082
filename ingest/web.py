"""Web pages and Markdown: their main text, and the page's own title and date."""

from __future__ import annotations

import re

from ingest.decode import decode_html
from ingest.errors import IngestError
from ingest.formats import normalise_newlines as _normalise_newlines
from ingest.formats import one_line as _one_line
from ingest.tag_text import tag_text


def extract_html(data: bytes, name: str) -> tuple[str, dict[str, str | None]]:
    """Main text of a web page, plus the page's own title and date."""
    import trafilatura

    html = decode_html(data, name)
    if not html.strip():
        raise IngestError(name, "is empty", "add text or remove it from the input")
    try:
        text = trafilatura.extract(
            _unwrap_blocks(html), include_comments=False, include_tables=True, output_format="txt"
        )
        meta = trafilatura.extract_metadata(html)
    except Exception as e:  # any parser failure is a bad input, not a crash
        reason = f"cannot be parsed as HTML ({_one_line(e)})"
        raise IngestError(name, reason, "check it is a saved web page") from e
    if not text or not text.strip():
        # a framework component or a template fragment: no article, but text in its tags
        text = tag_text(html)
    if not text or not text.strip():
        hint = "save the article's text as .txt instead"
        raise IngestError(name, "has no main text to extract", hint)
    page: dict[str, str | None] = {}
    if meta is not None:
        date = meta.date or None
        if date and date.endswith("-01-01"):
            # a year alone (a copyright line, a year in the footer) guessed as 1 January:
            # a date the page labels as its publication date comes first
            from ingest.boilerplate import find_labelled_date

            date = find_labelled_date(tag_text(html)) or date
        page = {"title": (meta.title or "").strip() or None, "date": date}
    return _normalise_newlines(text), page


# Tags that hold a line of text. A saved page whose paragraph or span is never closed
# (Word-exported pages on older CMSs) nests every later paragraph and table inside it, and
# the page's whole text then comes out as one line, its tables as runs of bare numbers.
# A link is left out: a card link wrapping a heading and a teaser (<a><div><h3>) is closed
# and is the site's navigation, which the reader drops as a whole.
_INLINE_OR_PARAGRAPH = frozenset(("p", "span", "font", "strong", "b", "em", "i", "u"))
_BLOCKS = frozenset(
    ("p", "div", "table", "tr", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")
)


def _unwrap_blocks(html: str) -> str:
    """The page with every line-level tag that wraps a block turned into a block itself.

    Well-formed pages come back unchanged (no such tag); the text inside is untouched, so
    offsets into the extracted text are those of trafilatura's own output.
    """
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    wrappers = [
        element
        for element in root.iter()
        if isinstance(element.tag, str)
        and element.tag in _INLINE_OR_PARAGRAPH
        and any(
            isinstance(inner.tag, str) and inner.tag in _BLOCKS
            for inner in element.iterdescendants()
        )
    ]
    if not wrappers:
        return html
    for element in wrappers:
        element.tag = "div"
    return lxml_html.tostring(root, encoding="unicode")


# Front matter keys that hold the page's own publication date, most specific first; a
# scraper's "collected_date" or an "updated" stamp is not when the text was written.
_DATE_KEYS = (
    "date",
    "published_date",
    "publish_date",
    "publishdate",
    "pubdate",
    "date_published",
    "datepublished",
    "published",
)


def read_markdown(source: str) -> tuple[str, dict[str, str | None], list[tuple[int, int]]]:
    """Markdown with its links, anchors, tags and front matter blanked (``ingest.markup``).

    The front matter's ``title`` and ``date`` serve as the page's own metadata, and lines
    that hold nothing but links (menus, language pickers) count as boilerplate.
    """
    from ingest.markup import markdown_view

    view = markdown_view(source)
    date = next((view.metadata[k] for k in _DATE_KEYS if view.metadata.get(k)), "")
    page: dict[str, str | None] = {
        "title": view.metadata.get("title") or None,
        "date": date[:10] if re.match(r"\d{4}-\d{2}-\d{2}", date) else None,
    }
    return view.text, page, view.furniture
