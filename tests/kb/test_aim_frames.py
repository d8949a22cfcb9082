"""Who holds an aim and what frames it, read clause by clause (review of issue 13's aim
cues): an estimate vetoes an aim only when it frames the aim's own clause, a part or an
international body holds an aim only as its subject or complement there, and a "net zero"
fuel is no aim whatever words stand between.

Table-driven, in our own words; each cue's firing case sits beside the ordinary aims it
must keep. "VD" (Valdoria) is a jurisdiction outside the holders table.
"""

from __future__ import annotations

import pytest

from ingest.records import Target
from kb import tracking
from kb.track_aims import _aims, aim_records, aims_in
from kb.track_signals import PhraseVectors


def _years(sentence: str, own: str = "VD") -> list[int]:
    return [year for _, _, year in aims_in(sentence, own)]


@pytest.mark.parametrize(
    ("sentence", "own", "years"),
    [
        # fires: the estimate frames the aim's own clause
        ("The ministry's central estimate is for national emissions to top out around 2027.",
         "VD", []),
        ("Output is forecast to reach net zero by 2052.", "VD", []),
        ("We estimate that emissions will peak by 2028.", "VD", []),
        ("预计2028年前后实现碳达峰。", "CN", []),
        # kept: an estimate or forecast noun elsewhere in the sentence frames nothing
        ("Drawing on the cost estimates of our 2021 plan, Valdoria will reach net zero by 2050.",
         "VD", [2050]),
        ("Even with steeper demand forecasts, Valdoria stays committed to net zero by 2050.",
         "VD", [2050]),
        ("Fresh cost estimates show that the UK will reach net zero by 2050.", "UK", [2050]),
        ("做好电力需求预测，确保2030年前实现碳达峰。", "CN", [2030]),
        ("加强趋势预测，力争2030年前实现碳达峰、2060年前实现碳中和。", "CN", [2030, 2060]),
        ("Valdoria will reach net zero by 2050.", "VD", [2050]),
    ],
)  # fmt: skip
def test_an_estimate_vetoes_only_the_aim_it_frames(sentence, own, years):
    assert _years(sentence, own) == years


@pytest.mark.parametrize(
    ("sentence", "own", "years"),
    [
        # fires: the body is the aim's subject or owns its goal, in its clause
        ("The International Maritime Organization aims for net zero shipping by 2050.", "VD", []),
        ("ICAO's long-term goal: net zero carbon emissions from aviation by 2050.", "VD", []),
        ("ICAO's goals of 1.5% yearly fuel savings and carbon neutral growth from 2021.", "VD",
         []),
        # kept: the document's own aim beside a mention of the body
        ("Valdoria backs ICAO's long-term goal and will reach net zero emissions by 2050.",
         "VD", [2050]),
        ("Valdoria will reach net zero emissions by 2050, in step with the goal the IMO set.",
         "VD", [2050]),
        ("The UK backs ICAO's long-term goal and will reach net zero emissions by 2050.",
         "UK", [2050]),
    ],
)  # fmt: skip
def test_an_international_body_holds_only_its_own_clause(sentence, own, years):
    assert _years(sentence, own) == years


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        # fires: the part is the aim's subject or its complement
        ("The public sector will reach net zero emissions around 2046.", ["public sector"]),
        ("Net zero for the public sector by 2046 remains the goal.", ["public sector"]),
        ("Schools and the public sector will be carbon neutral by 2040.", ["public sector"]),
        ("学校2035年前实现碳达峰。", ["schools"]),
        # kept as the whole's: a part named outside the aim's clause, or under a national word
        ("The public sector will steer the national net zero 2050 goal.", [""]),
        ("Valdoria will reach net zero emissions by 2050, with schools and the public sector "
         "going first.", [""]),
        ("Valdoria will reach net zero emissions by 2050 in every sector, aviation and "
         "shipping among them.", [""]),
        ("The government will reach net zero by 2050 and will back net zero fuels for shipping.",
         [""]),
        ("瓦尔多利亚将于2050年实现净零排放，公共机构率先行动。", [""]),
        ("2060年前实现碳中和，学校和公共机构要发挥示范作用。", [""]),
    ],
)  # fmt: skip
def test_a_part_holds_an_aim_only_as_its_subject_or_complement(sentence, parts):
    assert [part for *_, part in _aims(sentence, "VD")] == parts


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        # fires: a fuel named net zero, with words between, is no aim
        ("Ferries will switch to net zero carbon fuels from 2036.", []),
        ("Ferries will switch to net zero emissions fuels from 2036.", []),
        ("The country will reach net zero by 2050 and back net zero carbon fuels from 2035.",
         [2050]),
        # kept: net zero carbon emissions as an aim
        ("The country will reach net zero carbon emissions by 2050.", [2050]),
    ],
)  # fmt: skip
def test_net_zero_fuels_are_no_aim(sentence, years):
    assert _years(sentence) == years


def _statements(text: str, doc: str, date: str, row: int) -> list[tracking.Statement]:
    record = Target(
        "x", 30.0, "%", "30%", "=", None, 2030, None, "by 2030", "", doc, f"c{row}", text,
        0, len(text),
    )  # fmt: skip
    return [
        tracking.Statement(-row * 8 - n, aim, key, doc, date, "t", f"/d/{doc}.md")
        for n, (aim, key) in enumerate(aim_records(record, "VD"))
    ]


@pytest.mark.parametrize(
    "later",
    [
        "Drawing on revised estimates, Valdoria will reach net zero emissions by 2050.",
        "The public sector will steer the national net zero 2050 goal.",
        "Valdoria will reach net zero emissions by 2050 across the economy, aviation included.",
    ],
)
def test_the_nations_aim_restated_beside_such_words_still_links(later):
    first = "Valdoria will reach net zero emissions by 2050."
    statements = _statements(first, "a", "2021-01-01", 1) + _statements(later, "b", "2023-01-01", 2)
    series, _ = tracking.build_series(statements, PhraseVectors(None, None))  # type: ignore[arg-type]
    assert [k.relation for s in series for k in s.links] == ["restated"]
