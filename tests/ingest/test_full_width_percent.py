"""A full-width percent sign after ASCII digits ("40％") is read as "%" in every language.

Text pasted from East Asian sources mixes ASCII digits with a full-width sign; the clause
is read through the figure fold (``ingest.widths``) whatever the document's language, and
the record quotes the text as written. An ordinary "%" is read as before.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Emissions will be cut by 38％ by 2033 against 2012 levels.", "en"),
        ("Emissions will be cut by 38% by 2033 against 2012 levels.", "en"),
        ("到2033年，单位产值能耗比2012年下降38％。", "zh"),
    ],
)
def test_a_full_width_percent_after_ascii_digits(text: str, language: str) -> None:
    document = Document(
        doc_id=content_id(text), path="p.md", text=text, date="2024-05-01", language=language
    )
    nlp = build_nlp(language=language)
    found = [r for r in process_document(document, nlp=nlp, types=("target",)).records]
    targets = [r for r in found if isinstance(r, Target)]
    assert [(t.value, t.unit, t.year) for t in targets] == [(38.0, "%", 2033)]
    assert targets[0].text == text.strip()  # quoted as written
