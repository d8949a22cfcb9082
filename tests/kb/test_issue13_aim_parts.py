"""An aim held by a part of a jurisdiction or a sector of its own (issue 13, read from
unseen10's errors): the public sector's net zero, schools to be carbon neutral, a district's
new developments, aviation's goal. Each is its own series, never the jurisdiction's
economy-wide aim; two statements of one part's aim still link.

Table-driven, in our own words.
"""

from __future__ import annotations

import pytest

from ingest.records import Target
from kb import track_aims, tracking
from kb.track_aims import aim_records
from kb.track_signals import PhraseVectors


def _aims(text: str, doc: str, date: str, row: int) -> list[tracking.Statement]:
    record = Target(
        "x", 30.0, "%", "30%", "=", None, 2030, None, "by 2030", "", doc, f"c{row}", text,
        0, len(text),
    )  # fmt: skip
    return [
        tracking.Statement(-row * 8 - n, aim, key, doc, date, "t", f"/d/{doc}.md")
        for n, (aim, key) in enumerate(aim_records(record, "VD"))
    ]


def _links(first: str, later: str) -> list[str]:
    statements = _aims(first, "a", "2021-01-01", 1) + _aims(later, "b", "2023-01-01", 2)
    series, _ = tracking.build_series(statements, PhraseVectors(None, None))  # type: ignore[arg-type]
    return [k.relation for s in series for k in s.links]


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("The public sector will reach net zero emissions around 2046.", "public sector"),
        ("At least a quarter of schools will be carbon neutral by 2031.", "schools"),
        ("The harbour district's new developments will be net zero by 2044.", "district"),
        ("Domestic aviation is to reach net zero by 2048.", "aviation"),
        # the economy-wide aim has no part
        ("Valdoria will reach net zero emissions by 2050.", ""),
        ("The country will be climate neutral by 2048, a national goal.", ""),
    ],
)
def test_the_part_that_holds_an_aim(sentence: str, part: str) -> None:
    assert [held for *_, held in track_aims._aims(sentence, "VD")] == [part]


@pytest.mark.parametrize(
    ("first", "later", "relations"),
    [
        # a part's aim and the nation's are two series
        (
            "Valdoria will reach net zero emissions by 2050.",
            "The public sector will reach net zero emissions around 2046.",
            [],
        ),
        ("Valdoria will reach net zero by 2050.", "Schools will be carbon neutral by 2031.", []),
        ("Valdoria will reach net zero by 2050.", "Aviation is to reach net zero by 2050.", []),
        # one part's aim restated still links
        (
            "The public sector will reach net zero emissions around 2046.",
            "Net zero for the public sector by 2046 remains the goal.",
            ["restated"],
        ),
        # the nation's aim restated or moved still links
        ("Valdoria will reach net zero by 2050.", "Valdoria keeps net zero by 2050.", ["restated"]),
        ("Valdoria will reach net zero by 2055.", "Valdoria now aims for net zero by 2050.",
         ["brought forward"]),
    ],
)  # fmt: skip
def test_parts_and_the_whole_keep_their_own_series(
    first: str, later: str, relations: list[str]
) -> None:
    assert _links(first, later) == relations


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        # an international body's sector goal is not the jurisdiction's aim
        ("The International Maritime Organization aims for net zero shipping by 2050.", []),
        ("ICAO's long-term goal: net zero carbon emissions from aviation by 2050.", []),
        # a fuel or a building standard named "net zero" is no aim of emissions
        ("New ferries are to run on net zero fuels from 2031.", []),
        ("All new homes are to be net-zero ready by 2029.", []),
        # an estimate is a forecast, no aim
        ("Officials' central estimate is for national emissions to peak around 2027.", []),
        ("预计2027年前后实现碳达峰。", []),
        # the ordinary aims stay
        ("Valdoria will reach net zero emissions by 2050.", [2050]),
        ("Emissions will peak by 2029; the estimated cost is modest.", [2029]),
        ("力争2029年前实现碳达峰。", [2029]),
        ("The fleet will reach net zero by 2045 under the maritime plan.", [2045]),
    ],
)
def test_aims_that_are_not_the_jurisdictions(sentence: str, years: list[int]) -> None:
    record = Target(
        "x", 30.0, "%", "30%", "=", None, 2030, None, "by 2030", "", "d", "c", sentence,
        0, len(sentence),
    )  # fmt: skip
    assert [aim.year for aim, _ in aim_records(record, "VD")] == years
