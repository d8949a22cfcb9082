"""Figures read from unseen15's misses (issue 13): a change written with two bare numbers
("lifted its goal from 35 to 42 percent by 2028") states the level reached, not a range
whose low end is the level left behind.

Table-driven, in our own words; each new reading sits beside the ordinary case it must keep.
"""

from __future__ import annotations

import pytest

from ingest.metric_keys import metric_key
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
        # new: a change "from X to Y percent" states Y
        (
            "The ministry lifted its renewable heat goal from 35 to 42 percent by 2028.",
            [(42.0, None, "%", 2028)],
        ),
        (
            "Ostria moved its methane cut target from about 12 to 20 per cent by 2031 and "
            "from 25 to 30 per cent by 2036.",
            [(20.0, None, "%", 2031), (30.0, None, "%", 2036)],
        ),
        # kept: a range after "by" and a dash after "from" stay ranges
        (
            "Freight emissions are to fall by 35 to 42 percent by 2028.",
            [(35.0, 42.0, "%", 2028)],
        ),
        (
            "The plan cuts landfill waste by 20-25 percent by 2029.",
            [(20.0, 25.0, "%", 2029)],
        ),
    ],
)
def test_change_from_one_bare_number_to_another(text: str, expected: list[tuple]) -> None:
    assert _targets(text) == expected


def _metrics(text: str) -> list[str]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="en"
    )
    extraction = process_document(document, nlp=NLP, types=("target",))
    return [r.metric for r in extraction.records if isinstance(r, Target)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: a change word used as a noun before the aim's noun keeps the words before it
        (
            "Ostria put its coal power reduction goal at 27 per cent for 2031.",
            ["coal power reduction goal"],
        ),
        (
            "The ministry set its landfill waste reduction goal at 25 percent by 2029.",
            ["landfill waste reduction goal"],
        ),
        # kept: a change verb acting on "the target", and a change of a measured thing
        ("The plan raises the target to 40% by 2030.", ["target"]),
        ("Ostria will reduce methane emissions by 30% by 2031.", ["methane emissions"]),
    ],
)
def test_change_noun_before_an_aim_noun(text: str, expected: list[str]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # new: an aim moved "from X to Y" states its new level, no ceiling lowered to
        ("Ostria cut its landfill goal from 18 to 12 per cent for 2029.", "level"),
        ("Ostria's waste reduction goal from 15% to 25% by 2029 was confirmed.", "level"),
        # kept: a quantity reduced to a figure is a ceiling
        ("The share of waste sent to landfill will be reduced to 10% by 2030.", "cap"),
    ],
)  # fmt: skip
def test_an_aim_moved_from_one_value_to_another_is_no_ceiling(text: str, polarity: str) -> None:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="en"
    )
    records = process_document(document, nlp=NLP, types=("target",)).records
    keys = [metric_key(r, jurisdiction="OS") for r in records if isinstance(r, Target)]
    assert keys and keys[-1].polarity == polarity
