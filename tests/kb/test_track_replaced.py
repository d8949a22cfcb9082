"""An aim that replaces an earlier percentage cut for the same year (issue 13, read from
unseen13's and unseen10's misses): "80% below 1990 by 2050", then "net zero by 2050" in a
later text, is the cut reformulated: a ``superseded`` link across the two series.

In our own words; the ordinary cases beside it keep the two metrics apart.
"""

from __future__ import annotations

from ingest.metric_keys import metric_key
from ingest.records import Target
from kb import tracking
from kb.track_aims import aim_records
from kb.track_signals import PhraseVectors


def _cut(value: float, year: int, doc: str, date: str, row: int) -> tracking.Statement:
    text = f"Valdoria will cut its greenhouse gas emissions by {value:g}% by {year} from 1990."
    record = Target(
        "greenhouse gas emissions", value, "%", f"{value:g}%", "=", "decrease", year, 1990,
        f"by {year}", "", doc, f"c{row}", text, 0, len(text),
    )  # fmt: skip
    key = metric_key(record, jurisdiction="VD")
    return tracking.Statement(row, record, key, doc, date, "t", f"/d/{doc}.md")


def _net_zero(year: int, doc: str, date: str, row: int) -> list[tracking.Statement]:
    text = f"Valdoria will reach net zero emissions by {year}."
    record = Target(
        "x", None, "", "", None, None, year, None, f"by {year}", "", doc, f"c{row}", text,
        0, len(text),
    )  # fmt: skip
    return [
        tracking.Statement(row * 10 + n, aim, key, doc, date, "t", f"/d/{doc}.md")
        for n, (aim, key) in enumerate(aim_records(record, "VD"))
    ]


def _links(statements: list[tracking.Statement]) -> list[tuple[str, str, str]]:
    series, _ = tracking.build_series(statements, PhraseVectors(None, None))  # type: ignore[arg-type]
    return sorted((k.a.doc_id, k.b.doc_id, k.relation) for s in series for k in s.links)


def test_net_zero_for_the_year_of_an_earlier_cut_supersedes_it() -> None:
    statements = [_cut(80, 2050, "act", "2009-03-01", 1), *_net_zero(2050, "law", "2018-06-01", 2)]
    assert _links(statements) == [("act", "law", "superseded")]


def test_the_aim_restated_later_links_as_before() -> None:
    statements = [
        _cut(80, 2050, "act", "2009-03-01", 1),
        *_net_zero(2050, "law", "2018-06-01", 2),
        *_net_zero(2050, "speech", "2020-02-01", 3),
    ]
    assert _links(statements) == [("act", "law", "superseded"), ("law", "speech", "restated")]


def test_a_cut_kept_beside_the_aim_is_not_replaced() -> None:
    # the later text keeps the 80% cut and adds net zero: nothing was reformulated
    statements = [
        _cut(80, 2050, "act", "2009-03-01", 1),
        _cut(80, 2050, "law", "2018-06-01", 2),
        *_net_zero(2050, "law", "2018-06-01", 3),
    ]
    assert _links(statements) == [("act", "law", "restated")]


def test_a_cut_for_another_year_is_not_replaced() -> None:
    statements = [_cut(45, 2030, "act", "2009-03-01", 1), *_net_zero(2050, "law", "2018-06-01", 2)]
    assert _links(statements) == []


def _aim_text(text: str, year: int, doc: str, date: str, row: int) -> list[tracking.Statement]:
    record = Target(
        "x", None, "", "", None, None, year, None, f"by {year}", "", doc, f"c{row}", text,
        0, len(text),
    )  # fmt: skip
    return [
        tracking.Statement(row * 10 + n, aim, key, doc, date, "t", f"/d/{doc}.md")
        for n, (aim, key) in enumerate(aim_records(record, "VD"))
    ]


def test_a_sector_aim_does_not_supersede_an_economy_wide_cut() -> None:
    for text in (
        "Valdoria will reach net zero power by 2040.",
        "Valdoria's electricity sector will be carbon neutral by 2040.",
    ):
        statements = [
            _cut(72, 2040, "act", "2012-03-01", 1),
            *_aim_text(text, 2040, "law", "2019-06-01", 2),
        ]
        assert _links(statements) == [], text


def test_an_undated_aim_does_not_supersede_a_cut() -> None:
    statements = [_cut(72, 2040, "act", "2012-03-01", 1), *_net_zero(2040, "law", "", 2)]
    assert _links(statements) == []


def test_an_economy_wide_aim_in_its_own_words_still_supersedes() -> None:
    text = "Valdoria will be carbon neutral across its whole economy by 2040."
    statements = [
        _cut(72, 2040, "act", "2012-03-01", 1),
        *_aim_text(text, 2040, "law", "2019-06-01", 2),
    ]
    assert _links(statements) == [("act", "law", "superseded")]
