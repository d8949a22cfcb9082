"""Issue 9, eleventh fresh set: the classes its first contact showed, in texts of our own.

Each class has a case where the new rule fires and, beside it, an ordinary aim that must
still come out: a page whose body is empty and whose front matter holds its prose in one
field is read from that field; a table cell that states its own deadline ("80%+ by 2030")
is dated by it, in any column that does not forecast or report; "this decade" is the end
of the decade the text was written in; a sum of money named as funding ("in funding", "an
outlay of", "providing") is no aim; "FY27" names the year 2027.
"""

from __future__ import annotations

import pytest

from ingest.load import load_document
from ingest.markup import markdown_view
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _targets_of(document: Document) -> set[tuple]:
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


def _targets(text: str, date: str = "2024-05-01") -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date, language="en")
    return _targets_of(document)


def _markdown_targets(tmp_path, text: str, date: str = "2024-05-01") -> set[tuple]:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return _targets_of(load_document(path, metadata={"date": date}))


# ------------------------------------------------------- prose kept in the front matter

_ANSWER = (
    "The ministry has set out several steps for the power sector this year, and the"
    " notes below list them with the figures it gave.\\n\\n1. **Storage**: the ministry"
    " aims to reach 40 GW of battery storage by 2030.\\n\\n2. **Grid**: new lines are"
    " being laid across the northern states to carry the added power to the cities."
)


def _qa_page(body: str) -> str:
    return (
        "---\nid: 4711\ndate: 2024-11-29\ntitle: >-\n    What did the ministry announce?\n"
        f"answer: >-\n    {_ANSWER}\nscore: -1.0\n---\n\n{body}\n"
    )


def test_empty_body_reads_the_prose_field(tmp_path):
    view = markdown_view(_qa_page("&nbsp;"))
    assert "aims to reach 40 GW of battery storage by 2030" in view.text
    assert "\\n" not in view.text and "**" not in view.text
    assert "4711" not in view.text and "-1.0" not in view.text  # the other fields stay blank
    assert (40_000_000.0, "kW", 2030) in _markdown_targets(tmp_path, _qa_page("&nbsp;"))


def test_page_with_a_body_keeps_its_front_matter_blank(tmp_path):
    page = _qa_page("The ministry plans 25 GW of wind power by 2035.")
    assert "battery storage" not in markdown_view(page).text
    found = _markdown_targets(tmp_path, page)
    assert (25_000_000.0, "kW", 2035) in found
    assert (40_000_000.0, "kW", 2030) not in found


def test_short_fields_alone_are_no_body():
    page = "---\ntitle: Solar goals\nsummary: 30 GW by 2030\n---\n&nbsp;\n"
    assert "30 GW" not in markdown_view(page).text


# ------------------------------------------------------- a table cell with its own year

TABLE_CELLS = [
    # (Markdown table, a target it must give, a figure that must not be a target)
    (
        "| Target | States |\n|---|---|\n| 100% clean | 10+ states |\n| 80%+ by 2030 | Several |",
        (80.0, "%", 2030),
        (80.0, "%", None),
    ),
    (
        "| State | Clean power | Policy |\n|---|---|---|\n| Alpha | 60%+ | 100% by 2045 |\n"
        "| Beta | ~40% | Wind leader |",
        (100.0, "%", 2045),
        (60.0, "%", None),
    ),
]


@pytest.mark.parametrize(("table", "wanted", "unwanted"), TABLE_CELLS)
def test_a_cell_states_its_own_deadline(tmp_path, table, wanted, unwanted):
    found = _markdown_targets(tmp_path, table)
    assert wanted in found
    assert unwanted not in found


def test_a_past_year_in_a_cell_is_no_deadline(tmp_path):
    table = "| Region | Result |\n|---|---|\n| North | 40% by 2019 |"
    assert (40.0, "%", 2019) not in _markdown_targets(tmp_path, table)


def test_an_indicator_table_is_read_as_before(tmp_path):
    table = (
        "| Indicator | Unit | 2020 | 2025 |\n|---|---|---|---|\n"
        "| Renewable share | % | 15 | 20 |\n| Capacity | GW | 100 | 150 |"
    )
    found = _markdown_targets(tmp_path, table, date="2021-06-01")
    assert {(20.0, "%", 2025), (150_000_000.0, "kW", 2025)} <= found
    assert not {(15.0, "%", 2025), (15.0, "%", 2020)} & found


# ------------------------------------------------------------------------- this decade

DECADE = [
    # (text, date, wanted, unwanted)
    (
        "Forty cities agreed to cut landfill gas 25 percent this decade and to close their"
        " coal plants by 2045.",
        "2021-12-15",
        (25.0, "%", 2030),
        (25.0, "%", 2045),
    ),
    (
        "The city will cut emissions 40% by the end of this decade.",
        "2022-03-01",
        (40.0, "%", 2030),
        None,
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "date", "wanted", "unwanted"), DECADE)
def test_this_decade_is_the_decade_s_end(text, date, wanted, unwanted):
    found = _targets(text, date)
    assert wanted in found
    assert unwanted not in found


def test_a_past_change_this_decade_stays_a_report():
    assert not _targets("Emissions fell 12 percent this decade.", "2022-03-01")


def test_a_dated_aim_beside_this_decade_keeps_its_year():
    found = _targets("The region will cut emissions by 45% by 2035.", "2022-03-01")
    assert (45.0, "%", 2035) in found


# ----------------------------------------------------------------- money named as funding

FUNDING = [
    "Lenders aim to deliver $40 billion in funding for grid lines by 2032.",
    "The programme aims to fit heat pumps in village schools by 2028, with a financial outlay"
    " of EUR 320 million.",
    "For 2026 and 2027 the ministry is providing EUR 6 million a year to a regional grid fund"
    " to back wind power.",
]


@pytest.mark.parametrize("text", FUNDING)
def test_money_named_as_funding_is_no_aim(text):
    money = {key for key in _targets(text) if key[1] in {"USD", "EUR"}}
    assert not money


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Donor countries committed to mobilise $100 billion a year by 2025.",
         (100_000_000_000.0, "USD", 2025)),
        ("The state aims to attract $5 billion in private investment by 2030.",
         (5_000_000_000.0, "USD", 2030)),
        ("Offshore wind is to total 45 GW by 2034 under the ministry's new goal.",
         (45_000_000.0, "kW", 2034)),
    ],
)  # fmt: skip
def test_money_and_capacity_aims_are_kept(text, wanted):
    assert wanted in _targets(text)


# -------------------------------------------------------------- a fiscal year in two digits


def test_two_digit_fiscal_year_dates_the_aim():
    assert (12.0, "%", 2030) in _targets("The utility will cut losses to 12% by FY30.")


def test_two_digit_fiscal_year_of_a_report_is_no_aim():
    assert not _targets("Revenue grew 8% in FY23.")


def test_four_digit_fiscal_year_is_read_as_before():
    assert (30.0, "%", 2030) in _targets("The plan targets 30% by FY2030.")


def test_a_figure_of_a_past_year_is_not_dated_by_this_decade():
    text = (
        "Much must be done by the end of this decade - the newest statistics show a 17.2% share"
        " of wind in the power mix in 2022."
    )
    found = _targets(text, "2025-05-21")
    assert not {key for key in found if key[0] == 17.2}


def test_an_aim_beside_a_past_starting_level_is_kept():
    found = _targets("Wind's share of supply is to climb to 38% by 2031, up from 17.2% in 2022.",
                     "2025-05-21")  # fmt: skip
    assert (38.0, "%", 2031) in found
    assert not {key for key in found if key[0] == 17.2}


def test_a_bracketed_price_basis_is_not_the_figure_s_year():
    text = "到2030年，全省万元地区生产总值能耗要下降到0.5吨标准煤（按2005年价格计算）。"
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date="2024-05-01", language="zh"
    )
    extraction = process_document(document, nlp=build_nlp(language="zh"), types=("target",))
    found = {(r.value, r.year) for r in extraction.records if isinstance(r, Target)}
    assert (0.5, 2030) in found
