"""Figures read from unseen17's misses (issue 13): a target year introduced by "come"
("cut its emissions intensity by 40 per cent come 2032"), read as the year a target is due,
as "by 2032" is; "come" before something that is no year stays no deadline.

Table-driven, in our own words; each new reading sits beside the ordinary case it must keep.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _targets(text: str) -> list[tuple[float | None, str, int | None]]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="en"
    )
    extraction = process_document(document, nlp=NLP, types=("target",))
    return [(r.value, r.unit, r.year) for r in extraction.records if isinstance(r, Target)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: "come YEAR" is the year the target is due
        (
            "The minister said the state would keep its pledge of cutting the carbon "
            "intensity of its output by 40 per cent come 2032.",
            [(40.0, "%", 2032)],
        ),
        (
            "Norvania will reduce greenhouse gas emissions by 28% come 2035, the plan says.",
            [(28.0, "%", 2035)],
        ),
        # ordinary: "by YEAR" as before
        (
            "Norvania will reduce greenhouse gas emissions by 28% by 2035, the plan says.",
            [(28.0, "%", 2035)],
        ),
    ],
)
def test_come_year_is_a_deadline(text, expected):
    assert _targets(text) == expected


def test_come_before_no_year_sets_no_deadline():
    text = "Whatever may come, the agency will cut waste sent to landfill by 15% by 2031."
    assert _targets(text) == [(15.0, "%", 2031)]
