"""Figures read from unseen14's misses (issue 13): a range whose dash a web page lost (two
bare numbers before a percent), and a cut that is only approximately a half (a hedge before
any form of halving).

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


def _figures(text: str) -> list[tuple[float | None, float | None, str, str | None]]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="en"
    )
    extraction = process_document(document, nlp=NLP, types=("target",))
    return [
        (r.value, r.value_high, r.unit, r.comparator)
        for r in extraction.records
        if isinstance(r, Target)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range whose dash was dropped: two bare numbers, the unit after the second,
        # whatever word stands before the first
        (
            "Norvale has pledged to cut its emissions by 35 40 percent below 2010 levels by 2032.",
            [(35.0, 40.0, "%", 2032)],
        ),
        (
            "Norvale means to lower its emissions 27 31 percent under 2012 levels by 2034.",
            [(27.0, 31.0, "%", 2034)],
        ),
        (
            "Norvale means to bring its emissions to 27 31 percent under 2012 levels by 2034.",
            [(27.0, 31.0, "%", 2034)],
        ),
        (
            "Norvale means to lower its emissions by around 27 31 percent by 2034.",
            [(27.0, 31.0, "%", 2034)],
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
        # the first number above the second, or far below it (a footnote mark), or after a
        # year: no range, and neither figure is lost
        (
            "Norvale means to lower its emissions by 31 27 percent by 2034.",
            [(31.0, None, "", "="), (27.0, None, "%", "=")],
        ),
        (
            "Norvale means to lower its emissions by 4 31 percent by 2034.",
            [(4.0, None, "", "="), (31.0, None, "%", "=")],
        ),
        (
            "Norvale means to lower its emissions by 2034 27 31 percent against 2012.",
            [(27.0, None, "", "="), (31.0, None, "%", "=")],
        ),
    ],
)
def test_two_numbers_that_are_no_range_stay_two_figures(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedge before any form of halving states no figure (the aim may stay, valueless)
        ("Velmora plans to nearly halve what it emits by 2036.", [(None, None, "", 2036)]),
        ("Velmora plans to roughly halve what it emits by 2036.", [(None, None, "", 2036)]),
        ("Velmora plans to approximately halve what it emits by 2036.", [(None, None, "", 2036)]),
        ("Velmora plans to cut what it emits almost in half by 2036.", [(None, None, "", 2036)]),
        ("Velmora plans to cut what it emits by close to half by 2036.", [(None, None, "", 2036)]),
        # a plain halving is still a 50% cut, in each of its forms
        ("Velmora plans to halve what it emits by 2036.", [(50.0, None, "%", 2036)]),
        ("Velmora plans to cut what it emits in half by 2036.", [(50.0, None, "%", 2036)]),
    ],
)
def test_an_approximate_halving_is_no_figure(text: str, expected: list[tuple]) -> None:
    assert _targets(text) == expected


def test_more_than_halving_keeps_its_comparator() -> None:
    assert _figures("Velmora plans to more than halve what it emits by 2036.") == [
        (50.0, None, "%", ">")
    ]
    assert _figures("Velmora plans to halve what it emits by 2036.") == [(50.0, None, "%", "=")]
