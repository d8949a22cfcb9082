"""A round bracket that restates an aim in other terms keeps the aim's year, and the
bracket rule's cost does not grow with the figures of a long sentence.

A year in a bracket that states a figure of its own dates that figure, not the one
outside, only while a year outside the brackets is left for the outer figure.
"""

from __future__ import annotations

import re

import pytest

import ingest.dating as dating
from ingest.deadlines import Deadline
from ingest.pipeline import build_nlp, process_document
from ingest.quantities import Quantity
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _targets(text: str) -> list[tuple[float, int | None]]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="en"
    )
    records = process_document(document, nlp=NLP, types=("target",)).records
    return [(r.value, r.year) for r in records if isinstance(r, Target)]


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        # the bracket restates the aim with its year: the only year there is
        ("Carbon output shall drop by 42% (roughly 80 Mt in 2031).", 42.0, 2031),
        ("Carbon output shall drop by 42% (to near 80 Mt by 2031).", 42.0, 2031),
        (
            "The region will lower its emissions by 42% (some 80 Mt in 2031) against 2008.",
            42.0,
            2031,
        ),  # fmt: skip
        ("Wind capacity shall reach 4 GW (near 5% of demand in 2033).", 4_000_000.0, 2033),
        # kept: a year outside the bracket is the outer figure's, the inner one the bracket's
        ("Build 600 MW of batteries (250 MW by 2027) by 2030.", 600_000.0, 2030),
        ("Build 600 MW of batteries (250 MW by 2027) by 2030.", 250_000.0, 2027),
        # kept: a bracket with only a year dates the figure
        ("Cut landfill waste by 30% (by 2032).", 30.0, 2032),
    ],
)
def test_a_restating_bracket_keeps_the_aims_year(text, value, year):
    assert (value, year) in _targets(text)


def _sentence(n: int) -> tuple[str, list[Deadline], list[Quantity]]:
    """ "cut 1% (and 1 MW by 2030) by 2030, ..." with its deadlines and figures."""
    items = (f"cut {i % 90 + 1}% (and {i % 90 + 1} MW by {2030 + i % 20}) by {2030 + i % 20}"
             for i in range(n))  # fmt: skip
    text = "The plan will " + ", ".join(items) + "."
    deadlines = [
        Deadline(int(m[1]), m[0], m.start(), m.end(), "closing")
        for m in re.finditer(r"by (\d{4})", text)
    ]
    quantities = [
        Quantity(float(m[1]), m[2], m[1], "", m.start(), m.end(1))
        for m in re.finditer(r"(\d+)(%| MW)", text)
    ]
    return text, deadlines, quantities


class _Counted(list):
    reads = 0

    def __iter__(self):
        for item in super().__iter__():
            _Counted.reads += 1
            yield item


def test_the_bracket_rule_reads_each_figure_a_bounded_number_of_times(monkeypatch):
    text, deadlines, quantities = _sentence(800)
    found = []
    real = dating._round_aside
    monkeypatch.setattr(dating, "_round_aside", lambda p, t: found.append(p) or real(p, t))
    counted = _Counted(quantities)
    _Counted.reads = 0
    for quantity in quantities[:40]:
        dating.nearest_deadline(deadlines, quantity.start, text, counted)
    # each year's bracket is found once per text, not once per figure
    assert len(found) <= len(deadlines) + 40
    # the figures are read a few times per call, not once per year of the sentence
    assert _Counted.reads <= 40 * 4 * len(quantities)
