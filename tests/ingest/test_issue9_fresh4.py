"""Issue 9, fourth fresh set: the classes its first contact showed, in texts of our own.

Each case is written in the register of the documents that showed the class (a provincial
review of a past plan period, a government page on its climate record, a write-up on
forecasting solar output) and says what must come out of it.
"""

from __future__ import annotations

import pytest

from ingest.lang import load_grammar
from ingest.pipeline import build_nlp, process_document
from ingest.quantities import find_quantities
from ingest.records import Document, content_id

EN, ZH = load_grammar("en"), load_grammar("zh")
NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _targets_of(text: str, language: str = "en", date: str = "2024-05-01") -> list[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date=date, language=language
    )
    extraction = process_document(document, nlp=NLP[language], types=("target",))
    return [
        (r.value, r.unit, r.year)
        for r in extraction.records
        if r.type == "target" and r.value is not None
    ]


# ------------------------------------------- a scale character that begins a unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("新增装机500千瓦", 500, "kW"),
        ("新建220千伏线路", 220, "kV"),
        ("新建线路3000千米", 3000, "km"),
        ("年用电量80千瓦时", 80, "kWh"),
        # a scale before a unit that begins with the same character still scales
        ("风电装机达到1.2亿千瓦", 1.2e8, "kW"),
        ("储能达到5千万千瓦时", 5e7, "kWh"),
        # 千 before a unit it does not begin is still a thousand
        ("处理能力3千吨", 3000, "t"),
    ],
)
def test_a_chinese_unit_prefix_is_not_read_as_a_thousand(text, value, unit):
    (quantity,) = find_quantities(text, ZH)
    assert quantity.value == pytest.approx(value)
    assert quantity.unit == unit


# ------------------------------------------------------ voltages grade equipment


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        # a past review: the voltage class of the new lines is no aim, nor is the length
        ("全省电网新增220千伏以上线路15000千米，与上期相比增加约一半。", "zh", set()),
        # a plan: the substation count and line length are aims, the grade is not
        (
            "到2027年，建成500千伏变电站12座，新建线路3000千米。",
            "zh",
            {(12.0, "", 2027), (3000.0, "km", 2027)},
        ),
        ("By 2030 the utility will build 400 miles of 345 kV lines.", "en", {"km"}),
        ("By 2030 the grid company will add lines of 765 kilovolts.", "en", set()),
    ],
)
def test_a_voltage_is_never_reported_as_a_target(text, language, kept):
    found = _targets_of(text, language)
    assert not [t for t in found if t[1] == "kV"]
    if language == "zh":
        assert set(found) == kept
    else:
        assert {unit for _, unit, _ in found} == kept


# ------------------------------------------- a span of data is not a period to act in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how much data a model was trained on: a count of samples, no target, no year
        ("The archive we trained on holds 41,220 samples: just over 9 years of hourly data.", []),
        ("Our sample covers over 6 years of daily meter readings from 2,300 homes.", []),
        # a period to act in keeps its deadline
        ("The state will plant 2 million trees over 10 years.", [(2e6, "", 2034)]),
        ("The city will retrofit 500 schools within 3 years.", [(500.0, "", 2027)]),
    ],
)
def test_over_n_years_of_something_is_a_span_not_a_deadline(text, expected):
    assert _targets_of(text) == expected


# ------------------------------------------------- progress towards a goal in words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fourth budget caps emissions over 2028 to 2032, taking the country more "
            "than two-thirds of the way to net zero by 2050.",
            [],
        ),
        ("The new law takes the region halfway, a third of the way to its 2040 goal.", []),
        # a fraction that is a share stays a figure
        ("Two-thirds of new buses will be electric by 2030.", [(200 / 3, "%", 2030)]),
    ],
)
def test_a_fraction_of_the_way_is_progress_not_a_share(text, expected):
    found = [(v, u, y) for v, u, y in _targets_of(text) if u == "%"]
    assert found == expected
