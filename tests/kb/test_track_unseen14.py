"""Tracking read from unseen14's misses (issue 13): a replaced figure named as "the current
target of 30%" after "up from", and a headline figure that restates a target without its
base year while the text beside it gives one.

In our own words, with invented places; each new reading sits beside the ordinary case.
"""

from __future__ import annotations

import pytest

from ingest.metric_keys import metric_key
from ingest.records import Target
from kb import track_prepare, tracking
from kb.track_signals import PhraseVectors


def _statement(text: str, figure: str, value: float = 1.0) -> tracking.Statement:
    record = Target("emissions", value, "%", figure, "=", None, 2030, None, "by 2030", "", "d",
                    "c", text, 0, len(text))  # fmt: skip
    return tracking.Statement(1, record, metric_key(record, jurisdiction="X"), "d", "", "t", "p")


@pytest.mark.parametrize(
    "text, figure, former",
    [
        # the replaced figure named with its noun after "up from" / "down from"
        ("Velmora will cut emissions by 38%-42% by 2030, up from the current target of 25%.",
         "25%", True),
        ("Velmora will cut emissions by 38% by 2030, up from its previous goal of 25%.",
         "25%", True),
        ("Velmora will cut emissions by 20% by 2030, down from an earlier pledge of 25%.",
         "25%", True),
        # the new figure of those clauses, and a figure after a noun that is no former aim
        ("Velmora will cut emissions by 38%-42% by 2030, up from the current target of 25%.",
         "38%-42%", False),
        ("Velmora will cut emissions by 38% by 2030, from the level of 25% above 2010 seen now.",
         "25%", False),
    ],
)  # fmt: skip
def test_a_replaced_target_named_with_its_noun_is_a_former_value(text, figure, former):
    assert track_prepare.former_value(_statement(text, figure)) is former


def _cut(
    value: float, base: int | None, *, row: int, doc: str, date: str, text: str = ""
) -> tracking.Statement:
    written = f"{value:g}%"
    text = text or f"Velmora will cut greenhouse gas emissions by {written} by 2030."
    record = Target("greenhouse gas emissions", value, "%", written, "=", None, 2030, base,
                    "by 2030", "", doc, f"c{row}", text, 0, len(text))  # fmt: skip
    key = metric_key(record, jurisdiction="VL")
    return tracking.Statement(row, record, key, doc, date, "t", f"/d/{doc}.md")


def _relations(statements: list[tracking.Statement]) -> set[tuple[str, str, str]]:
    series, _ = tracking.build_series(statements, PhraseVectors(None, None))
    return {(k.a.doc_id, k.b.doc_id, k.relation) for s in series for k in s.links}


def test_a_headline_restatement_takes_the_base_year_its_text_gives():
    earlier = _cut(25.0, 2015, row=1, doc="plan", date="2020-05-01")
    # the update states 40% twice: in its headline with no base, in its text against 2019
    headline = _cut(40.0, None, row=2, doc="update", date="2022-05-01",
                    text="Velmora to cut greenhouse gas emissions by 40% by 2030")  # fmt: skip
    body = _cut(40.0, 2019, row=3, doc="update", date="2022-05-01",
                text="Velmora will cut greenhouse gas emissions by 40% from 2019 levels by 2030.")  # fmt: skip
    assert _relations([earlier, headline, body]) == {("plan", "update", "rebased")}


def test_a_headline_alone_keeps_its_relation_on_the_values():
    earlier = _cut(25.0, 2015, row=1, doc="plan", date="2020-05-01")
    headline = _cut(40.0, None, row=2, doc="update", date="2022-05-01")
    assert _relations([earlier, headline]) == {("plan", "update", "raised")}


ZERO = "net zero / neutrality"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Chinese wordings of net zero: zero carbon emissions, zero (net) emissions of gases
        ("澜国总理宣布，2050年澜国要达标零碳排。", [(ZERO, 2050)]),
        ("澜国要在2050年前实现温室气体零排放。", [(ZERO, 2050)]),
        ("澜国的温室气体总量要在2050年之前零排放净值。", [(ZERO, 2050)]),
        # the usual wording, and zero-emission vehicles or parks, which are no national aim
        ("澜国要在2050年前实现净零排放。", [(ZERO, 2050)]),
        ("到2030年推广零排放车辆5万辆。", []),
        ("到2030年建成零碳排放园区3个。", []),
    ],
)
def test_chinese_wordings_of_zero_emissions_are_the_net_zero_aim(text, found):
    from kb.track_aims import aims_in

    assert [(name, year) for name, _, year in aims_in(text, "VD")] == found
