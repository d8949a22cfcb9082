"""Figures read from unseen14's misses (issue 13): a range whose dash a web page lost
("by 35 40 percent"), and a cut that is only approximately a half ("almost halve").

Table-driven, in our own words; each new reading sits beside the ordinary case it must keep.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _targets(text: str) -> list[tuple[float | None, float | None, str, int | None]]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="en"
    )
    extraction = process_document(document, nlp=NLP, types=("target",))
    return [
        (r.value, r.value_high, r.unit, r.year) for r in extraction.records if isinstance(r, Target)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range whose dash was dropped: two bare numbers, the unit after the second
        (
            "Norvale has pledged to cut its emissions by 35 40 percent below 2010 levels by 2032.",
            [(35.0, 40.0, "%", 2032)],
        ),
        # the ordinary ranges stay ranges
        (
            "Norvale has pledged to cut its emissions by 35-40 percent below 2010 levels by 2032.",
            [(35.0, 40.0, "%", 2032)],
        ),
        # a single figure after "by" stays a single figure
        (
            "Norvale has pledged to cut its emissions by 40 percent below 2010 levels by 2032.",
            [(40.0, None, "%", 2032)],
        ),
    ],
)
def test_a_range_whose_dash_was_lost(text: str, expected: list[tuple]) -> None:
    assert _targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "almost halve" states no figure (the aim may stay, without a value)
        ("Velmora aims to almost halve its emissions by 2031.", [(None, None, "", 2031)]),
        ("Velmora aims to nearly halve its emissions by 2031.", [(None, None, "", 2031)]),
        # a plain halving is still a 50% cut
        ("Velmora aims to halve its emissions by 2031.", [(50.0, None, "%", 2031)]),
    ],
)
def test_an_approximate_halving_is_no_figure(text: str, expected: list[tuple]) -> None:
    assert _targets(text) == expected
