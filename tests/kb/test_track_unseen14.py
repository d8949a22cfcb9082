"""Tracking read from unseen14's misses (issue 13): a replaced figure named with its noun
after a lead such as "up from" ("its previous goal of 25%"), and a headline figure that
restates a target without its base year while the text beside it gives one (for the same
holder and sector only).

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
        ("Velmora plans a 36%-39% cut by 2030, up from its aim of 22%.",
         "22%", True),
        ("Velmora will cut emissions by 38% by 2030, up from its previous goal of 25%.",
         "25%", True),
        ("Velmora will cut emissions by 20% by 2030, down from an earlier pledge of 25%.",
         "25%", True),
        # a holder, a year or a measured word before the noun, and leads that need the noun
        ("Velmora now seeks a 33% cut by 2030, up from Velmora's existing goal of 21%.",
         "21%", True),
        ("Velmora now seeks a 33% cut by 2030, up from the nation's prior pledge of 21%.",
         "21%", True),
        ("Velmora now seeks a 33% cut by 2030, up from the present 2030 emissions goal of 21%.",
         "21%", True),
        ("Velmora now seeks a 33% cut by 2030, raising its existing goal of 21%.", "21%", True),
        ("Velmora now seeks a 33% cut by 2030, compared with its earlier objective of 21%.",
         "21%", True),
        # the new figure of those clauses, and figures after leads that leave nothing behind
        ("Velmora plans a 36%-39% cut by 2030, up from its aim of 22%.",
         "36%-39%", False),
        ("Velmora will cut emissions by 38% by 2030, from the level of 25% above 2010 seen now.",
         "25%", False),
        ("Velmora is raising its wind share to 21% by 2030.", "21%", False),
        ("Velmora seeks a 33% cut by 2030, compared with 21% reached so far.", "21%", False),
        # a word of the new aim before the noun, a raise with no new figure after, and
        # another holder's aim after "compared with": the figure is no value left behind
        ("Velmora has lifted and raised its updated goal of 47% for 2031.", "47%", False),
        ("Velmora raised its power sector pledge of 44% by 2031 in May.", "44%", False),
        ("Compared with Ostland's objective of 52%, Velmora seeks 37% by 2031.", "52%", False),
        # beside them, a raise with the new figure after it still leaves the old one behind
        ("Velmora raised its power sector pledge of 44% to 51% by 2031.", "44%", True),
    ],
)  # fmt: skip
def test_a_replaced_target_named_with_its_noun_is_a_former_value(text, figure, former):
    assert track_prepare.former_value(_statement(text, figure)) is former


def _cut(
    value: float | None,
    base: int | None,
    *,
    row: int,
    doc: str,
    date: str,
    text: str = "",
    metric: str = "greenhouse gas emissions",
    place: str = "VL",
) -> tracking.Statement:
    written = f"{value:g}%" if value is not None else ""
    text = text or f"Velmora will cut greenhouse gas emissions by {written} by 2030."
    record = Target(metric, value, "%", written, "=", None, 2030, base,
                    "by 2030", "", doc, f"c{row}", text, 0, len(text))  # fmt: skip
    key = metric_key(record, jurisdiction=place)
    return tracking.Statement(row, record, key, doc, date, "t", f"/d/{doc}.md")


def _relations(statements: list[tracking.Statement]) -> set[tuple[str, str, str]]:
    series, _ = tracking.build_series(statements, PhraseVectors(None, None))
    return {(k.a.doc_id, k.b.doc_id, k.relation) for s in series for k in s.links}


def test_a_headline_restatement_takes_the_base_year_its_text_gives():
    earlier = _cut(25.0, 2015, row=1, doc="plan", date="2020-05-01")
    # the update states 40% twice: in its headline with no base, in its text against 2019
    headline = _cut(40.0, None, row=2, doc="update", date="2022-05-01",
                    text="New 2030 aim for Velmora: greenhouse gas emissions down 40%")  # fmt: skip
    body = _cut(40.0, 2019, row=3, doc="update", date="2022-05-01",
                text="Velmora will cut greenhouse gas emissions by 40% from 2019 levels by 2030.")  # fmt: skip
    assert _relations([earlier, headline, body]) == {("plan", "update", "rebased")}


def test_a_headline_alone_keeps_its_relation_on_the_values():
    earlier = _cut(25.0, 2015, row=1, doc="plan", date="2020-05-01")
    headline = _cut(40.0, None, row=2, doc="update", date="2022-05-01")
    assert _relations([earlier, headline]) == {("plan", "update", "raised")}


def test_another_places_base_year_stays_with_its_own_figure():
    earlier = _cut(25.0, 2015, row=1, doc="plan", date="2020-05-01")
    headline = _cut(40.0, None, row=2, doc="update", date="2022-05-01")
    # a page comparing two places: the other one cuts the same 40% against 1995
    other = _cut(40.0, 1995, row=3, doc="update", date="2022-05-01", place="NR",
                 text="Norvale will cut greenhouse gas emissions 40% below 1995 by 2030.")  # fmt: skip
    assert _relations([earlier, headline, other]) == {("plan", "update", "raised")}


def test_a_sectors_base_year_stays_with_its_own_figure():
    earlier = _cut(25.0, 2015, row=1, doc="plan", date="2020-05-01")
    headline = _cut(40.0, None, row=2, doc="update", date="2022-05-01")
    sector = _cut(40.0, 2012, row=3, doc="update", date="2022-05-01",
                  metric="transport greenhouse gas emissions",
                  text="Transport greenhouse gas emissions will fall 40% below 2012 by 2030.")  # fmt: skip
    assert sector.key.sector and sector.key.sector != headline.key.sector
    assert ("plan", "update", "raised") in _relations([earlier, headline, sector])
    assert ("plan", "update", "rebased") not in _relations([earlier, headline, sector])


def test_a_figureless_aim_takes_no_base_year_from_a_cut_beside_it():
    aim = _cut(None, None, row=2, doc="update", date="2022-05-01",
               text="Velmora will bring greenhouse gas emissions down by 2030.")  # fmt: skip
    body = _cut(40.0, 2019, row=3, doc="update", date="2022-05-01")
    prepared = track_prepare.prepare([aim, body])
    assert [s.record.base_year for s in prepared] == [None, 2019]


def test_conflicting_base_years_in_one_text_give_none_to_the_headline():
    headline = _cut(40.0, None, row=2, doc="update", date="2022-05-01")
    first = _cut(40.0, 2019, row=3, doc="update", date="2022-05-01")
    second = _cut(40.0, 2010, row=4, doc="update", date="2022-05-01")
    prepared = track_prepare.prepare([headline, first, second])
    assert [s.record.base_year for s in prepared] == [None, 2019, 2010]


ZERO = "net zero / neutrality"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Chinese wordings of net zero: zero carbon emissions reached, zero emissions of gases
        ("澜国计划于2055年达到零碳排放。", [(ZERO, 2055)]),
        ("澜国确立了2055年零碳排放社会的目标。", [(ZERO, 2055)]),
        ("澜国力争2055年以前实现温室气体零排放。", [(ZERO, 2055)]),
        ("澜国长期愿景：2055年零碳排放。", [(ZERO, 2055)]),
        ("澜国提出2055年前零碳排放，2035年排放比2015年下降一半。", [(ZERO, 2055)]),
        # the usual wording
        ("澜国力争2055年以前实现净零排放。", [(ZERO, 2055)]),
        # zero-carbon vehicles, zones, plants or power, and anything near zero, are no
        # national aim
        ("到2028年推广零碳排放车辆3万辆。", []),
        ("到2028年建成零碳排放园区4个。", []),
        ("到2028年建成零碳排放工厂6家。", []),
        ("澜江市2028年实现零碳排放电力供应。", []),
        ("到2027年建成近零碳排放示范区12个。", []),
        ("澜江市2035年前建成近零碳排放城区。", []),
        ("澜国力争2055年达到近零碳排放。", []),
        ("澜江市2028年零碳排放公交车达到900辆。", []),
    ],
)
def test_chinese_wordings_of_zero_emissions_are_the_net_zero_aim(text, found):
    from kb.track_aims import aims_in

    assert [(name, year) for name, _, year in aims_in(text, "VD")] == found
