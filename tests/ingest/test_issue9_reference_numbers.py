"""A list of provision numbers is names, not quantities (issue 9), in our own words.

In "... are advised that Articles 211, 215, 218, 226 and 233 of the Code set out ...", the comma
before 226 was taken to separate two aims (both sides have a verb), so the list was cut
and its last numbers read as figures with nothing before them; and the last number of a
long list lay beyond the window the name patterns looked at. Ordinary figures and lists
of aims beside them are still read.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _values(text: str) -> set[float]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date="2022-03-01", language="en"
    )
    records = process_document(document, nlp=NLP, types=("target",)).records
    return {r.value for r in records if isinstance(r, Target) and r.value is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Port operators are advised that Articles 211, 215, 218, 226 and 233 of the "
            "Harbour Code set out when cargo must stay in bond.",
            set(),
        ),
        (
            "Operators should note that Sections 12, 14, 15, 16 and 18 of the Transport Act "
            "require it, and every depot will cut its fuel use by 20% by 2030.",
            {20.0},
        ),
        (
            "By 2030, the city will plant 5,000 trees, the buses will run on clean fuel, and "
            "the council will cut its emissions by 40%.",
            {5000.0, 40.0},
        ),
    ],
    ids=["a list of articles", "a list of sections then an aim", "a list of aims"],
)
def test_provision_number_lists_are_not_figures(text: str, expected: set) -> None:
    assert _values(text) == expected
