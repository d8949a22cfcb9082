"""Figures read from unseen10's errors (issue 13): a year in a bracket that states its own
figure, a count after "aim for", a power figure hyphened to "peak".

Table-driven, in our own words; each new reading sits beside the ordinary case it must keep.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id

NLP = build_nlp(language="en")


def _records(text: str) -> list[tuple[str, float | None, int | None]]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="en"
    )
    extraction = process_document(document, nlp=NLP, types=("target", "statistic"))
    return [
        ("target" if isinstance(r, Target) else "statistic", r.value, r.year)
        for r in extraction.records
        if isinstance(r, Target | Statistic)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bracket's year dates the bracket's figure; the heading's year the one outside
        (
            "2031 targets:\n- Grow wind power four-fold to at least 3 GW, enough for 4% of "
            "demand (1.2 GW by 2027, enough for 2% of demand)\n",
            ("target", 3_000_000.0, 2031),
        ),
        ("Install 500 MW of storage (200 MW by 2026) by 2029.", ("target", 500_000.0, 2029)),
        ("Install 500 MW of storage (200 MW by 2026) by 2029.", ("target", 200_000.0, 2026)),
        # a bracket holding only a year still dates the figure before it
        ("The town will cut emissions by 35% (by 2032).", ("target", 35.0, 2032)),
        ("Cut emissions by 45% by 2035 (from 2012 levels).", ("target", 45.0, 2035)),
        # "aim for" a count: the count is the aim
        ("Our port will aim for 8,000 shore power outlets by 2031.", ("target", 8000.0, 2031)),
        ("The agency is targeting for 900 charging bays by 2029.", ("target", 900.0, 2029)),
        # a count after an ordinary "for" is still the set an aim covers
        ("The grant is for 25 towns and aims to cut waste by 15% by 2030.", ("target", 15.0, 2030)),
        # a power figure hyphened to "peak" is an amount
        (
            "Rooftop arrays of 3-gigawatt peak of capacity are due on the island by 2032.",
            ("target", 3e6, 2032),
        ),  # fmt: skip
        # a power figure hyphened to a noun describes that noun
        ("The city will build a 250-megawatt plant by 2029.", ("statistic", 250_000.0, 2029)),
        # kept beside them: the aims those sentences state
        (
            "The nation will serve its 12-GW peak demand with 35% renewables by 2031.",
            ("target", 35.0, 2031),
        ),
        (
            "The scheme is aimed for about 300 homes and will cut power bills by 12% by 2029.",
            ("target", 12.0, 2029),
        ),
        ("We aim for 8,000 shore power outlets by 2031.", ("target", 8000.0, 2031)),
    ],
)
def test_unseen10_figures(text, expected):
    assert expected in _records(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Install 500 MW of storage (200 MW by 2026) by 2029.", ("target", 500_000.0, 2026)),
        ("The grant is for 25 towns and aims to cut waste by 15% by 2030.", ("target", 25.0, 2030)),
        ("The city will build a 250-megawatt plant by 2029.", ("target", 250_000.0, 2029)),
        # the noun "target for" names what the number is for, not an aim for a count
        ("The board set its climate target for 20401 last spring.", ("target", 20401.0, None)),
        # "peak" followed by a noun is a described peak, not the unit: a description stays
        (
            "The nation will serve its 12-GW peak demand with 35% renewables by 2031.",
            ("target", 12e6, 2031),
        ),
        (
            "By 2031 the 6-GW peak load is to be met with at least 2 GW of batteries.",
            ("target", 6e6, 2031),
        ),
        ("Batteries will cover the town's 400-megawatt peak load by 2031.", ("target", 4e5, 2031)),
        # "aimed for" means meant for: the count is the set covered, not the aim
        (
            "The scheme is aimed for about 300 homes and will cut power bills by 12% by 2029.",
            ("target", 300.0, 2029),
        ),
        (
            "Support is aimed for 60 clinics and aims to cut energy use by 8% by 2031.",
            ("target", 60.0, 2031),
        ),
    ],
)
def test_unseen10_figures_ordinary_kept(text, absent):
    assert absent not in _records(text)
