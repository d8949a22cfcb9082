"""Issue 9, nineteenth fresh set: the classes its first contact showed, in texts of our own.

The set was US state and utility documents converted from PDF or web pages to Markdown by a
layout model: slide bullets left inside a line as a lone "o", page references written
"pg.", version numbers in programme names. Each case is written in a register of its own (a
water utility, a transit agency, a county, a port) and says what must come out of it; the
tables beside them hold ordinary sentences whose aims the same cues must leave alone.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _targets(text: str, date: str | None = None) -> list[tuple]:
    document = Document(doc_id=content_id(text), path="t.md", text=text, date=date, language="en")
    extraction = process_document(document, nlp=NLP, types=("target", "statistic"))
    return sorted(
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    )


# ------------------------------------------------------------- page references "pg."


# a list of conditions after "include:", one item holding a page reference; the
# sentencizer cut after "pg." and left "7 for more information)." as a clause of its own
CONDITIONS = (
    "Further conditions for a grant, should your pump project be accepted, include:  \n\n"
    "If the customer does not own the site, a letter of   \n"
    "consent from the owner must be supplied.   \n"
    "The customer must sign a host agreement with a 5-year term. The agreement requires: "
    "o The pumps stay in good order for at least 5 years. o The pumps be enrolled in an "
    "approved off-peak tariff for the 5-year term (see {ref} for more information).   \n"
    "You must sign your offer within 15 days of receipt.   \n"
)


@pytest.mark.parametrize("ref", ["pg. 7", "pgs. 7-8", "Pg. 7", "page 7", "p. 7"])
def test_a_page_reference_in_a_list_of_conditions_is_not_a_figure(ref):
    assert _targets(CONDITIONS.format(ref=ref)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Details are on pg. 9. The utility will add 300 smart meters by 2026.",
            [(300.0, "", 2026)],
        ),
        ("The port will cut diesel use by 30% by 2030 (see page 12).", [(30.0, "%", 2030)]),
    ],
)
def test_aims_beside_a_page_reference_stay(text, expected):
    assert _targets(text) == expected
