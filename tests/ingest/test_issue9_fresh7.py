"""Issue 9, seventh fresh set: the classes its first contact showed, in texts of our own.

A bill pulled from its PDF with a printed number on every line and its struck wording in
square brackets, a statute with its amounts in words, pages with JSON or TOML front
matter and ISO timestamps, Pandoc sub- and superscripts, numbered steps, vote counts,
a proposed share "would have to" reach, cuts achieved "since baseline", and the terms of a
rule (a cap on a rate increase, a rebate per watt). Each table holds the figures that must
not be targets beside ordinary aims, in the same registers, that must stay.
"""

from __future__ import annotations

import pytest

from ingest.load import load_document
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _records(document: Document) -> list[tuple]:
    extraction = process_document(document, nlp=NLP, types=("target", "statistic"))
    return sorted(
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None and r.type == "target"
    )


def _targets(text: str) -> list[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="en")
    return _records(document)


def _file_targets(tmp_path, name: str, text: str) -> list[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return _records(load_document(path))


# ------------------------------------------------------------ a bill with line numbers

BILL_LINES = [
    "SECOND SESSION",
    "SENATE BILL NO. 204",
    "AN ACT to amend the clean heat standard of the state.",
    "12.340. 1. The board shall set by rule a clean heat standard for every gas",
    "supplier. The standard shall require that clean heat make up the following",
    "shares of each supplier's deliveries:",
    "(1) No less than [three] twelve percent [for the years 2016 through 2019]",
    "before December 31, 2027;",
    "(2) No less than [six] thirty percent [in each calendar year from 2020] before",
    "December 31, 2033; and",
    "(3) No less than seventy percent before December 31, 2040.",
    "A supplier that misses a share shall file a plan with the board within ninety",
    "days. The board shall publish a list of suppliers and their shares each year,",
    "SB 204 2",
    "together with the names of those who filed plans and the dates they filed",
    "them. Each unit of biomethane delivered in the state shall count as 1.5 units",
    "for purposes of the standard. A credit may be kept for up to four years and",
    "used once. The board shall hold a hearing on the standard every three years",
    "and report to the general assembly on the progress of each supplier, the",
    "shares reached and the prices paid, and on any rule it proposes to change.",
]


def _numbered(lines: list[str]) -> str:
    out, count = [], 0
    for line in lines:
        if line.startswith(("SB 204 ", "12.340.", "SECOND", "SENATE", "AN ACT")):
            out.append(line)  # headers and section titles carry no line number
            count = 1 if line.startswith("12.340.") else count
            continue
        count += 1
        out.append(f"{count} {line}")
    return "\n".join(out) + "\n"


def test_a_line_numbered_bill_gives_its_shares_and_nothing_else(tmp_path):
    # the printed line numbers, the page header, the struck old shares and their years, the
    # credit multiplier and the time limits are not targets; the new shares keep the
    # deadlines that follow them, not the years of the struck wording
    assert _file_targets(tmp_path, "bill.txt", _numbered(BILL_LINES)) == [
        (12.0, "%", 2027),
        (30.0, "%", 2033),
        (70.0, "%", 2040),
    ]


def test_a_wrapped_line_that_opens_with_a_figure_is_not_a_line_number(tmp_path):
    text = (
        "The authority will lower the carbon intensity of the grid by no less than\n"
        "60 percent in 2030 compared with 2015, and it will report on it each year.\n"
    )
    assert _file_targets(tmp_path, "wrapped.txt", text) == [(60.0, "%", 2030)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a struck year in brackets does not date the new figure beside it
        (
            "The share shall be no less than [ten] thirty percent [for the years 2015 "
            "through 2018] before December 31, 2028.",
            [(30.0, "%", 2028)],
        ),
        # an aim with its own year and an aside in brackets keeps its year
        (
            "The port will cut berth emissions by 45% by 2035 [see the annex of 2021].",
            [(45.0, "%", 2035)],
        ),
        (
            "By 2030 the fleet shall run on 80% renewable fuel [as agreed with the union].",
            [(80.0, "%", 2030)],
        ),
    ],
)
def test_years_in_bracketed_asides(text, expected):
    assert _targets(text) == expected


# ------------------------------------------------------------------ amounts in words


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The efficiency standard shall be designed to save two thousand five hundred "
            "gigawatt hours of electricity statewide by 2032.",
            [(2.5e9, "kWh", 2032)],
        ),
        (
            "Each utility shall supply twenty-five percent of its sales from storage-backed "
            "power by 2031.",
            [(25.0, "%", 2031)],
        ),
        (
            "Each utility shall supply one hundred per cent of its sales from clean power by "
            "December 31, 2045.",
            [(100.0, "%", 2045)],
        ),
        ("The state will plant two million trees by 2030.", [(2_000_000.0, "", 2030)]),
    ],
)
def test_amounts_written_in_words(text, expected):
    assert _targets(text) == expected


# ------------------------------------------------------- front matter and timestamps

JSON_PAGE = """{
  "target_url": "https://example.org/plans/2031-heat/",
  "date": "2022-03-14T09:00:00",
  "end_date": "2022-03-21T00:00:00Z",
  "slug": 48117,
  "record_id": "20220314T090000/abc==",
  "title": "A city heat plan"
}

The city will connect 40% of homes to district heat by 2035.
"""

TOML_PAGE = """+++
title = "Transport committee"
date = 2024-11-02
weight = 310
+++

# Transport committee summary

The committee backed a plan to make 75% of buses zero-emission by 2032.
"""


@pytest.mark.parametrize(
    "name, text, expected",
    [
        ("json_page.md", JSON_PAGE, [(40.0, "%", 2035)]),
        ("toml_page.md", TOML_PAGE, [(75.0, "%", 2032)]),
        # a page with nothing but its front matter and no aim
        ("empty_aim.md", JSON_PAGE.replace("will connect 40% of homes", "has a heat map"), []),
    ],
)
def test_front_matter_gives_no_figures(tmp_path, name, text, expected):
    assert _file_targets(tmp_path, name, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Updated 2024-03-05T10:00:00Z: the agency will cut emissions by 40% by 2035.",
            [(40.0, "%", 2035)],
        ),
        (
            "Record 20230911T081500 was filed; the fund will back 30 projects by 2027.",
            [(30.0, "", 2027)],
        ),
    ],
)
def test_iso_timestamps_are_not_figures(text, expected):
    assert _targets(text) == expected


# ------------------------------------------------- Pandoc marks, steps and vote counts


@pytest.mark.parametrize(
    "text",
    [
        "A pledge may give a fixed volume of tonnes of CO~2~eq by a particular year.",
        "Parties were asked to report by the 26^th^ session in 2021.",
        "Steps 4 and 5 of the method set the level and the year of the pledge.",
        "The motion passed with 38 councillors in favour and 12 against in 2023.",
        "The vote saw 37 lawmakers back the text, 9 against, ahead of the 2030 review.",
    ],
)
def test_marks_steps_and_votes_are_not_targets(text):
    assert _targets(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plan will cut CO~2~ emissions by 30% by 2030.", [(30.0, "%", 2030)]),
        ("Step 2 will raise the recycled share to 60% by 2028.", [(60.0, "%", 2028)]),
        (
            "The panel vote saw 26 deputies back a renewable share of 40% by 2030.",
            [(40.0, "%", 2030)],
        ),
    ],
)
def test_aims_beside_marks_steps_and_votes_stay(text, expected):
    assert _targets(text) == expected


# ----------------------------------------------- proposed shares, achievements, rule terms


@pytest.mark.parametrize(
    "text, expected",
    [
        # a proposed share in "would have to" or "need to" wording is an aim
        (
            "Under the proposal, at least 6% of the fuel used in each port would have to "
            "come from clean sources.",
            [(6.0, "%", None)],
        ),
        ("Utilities need to supply 50% clean power by 2035.", [(50.0, "%", 2035)]),
        ("The county has to reach 30% tree cover by 2040.", [(30.0, "%", 2040)]),
    ],
)
def test_have_to_and_need_to_make_aims(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gas use has fallen by only 2% since baseline.",
        "Emissions from council buildings are down 41% since the base year.",
        "Grants represented over 70% of conditional pledges.",
        "A maximum average bill increase of two percent applies to compliance costs.",
        "The rebates shall be one dollar per watt for systems installed before 2026.",
    ],
)
def test_achievements_and_rule_terms_are_not_targets(text):
    assert _targets(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The city will cut gas use by 25% from baseline by 2030.", [(25.0, "%", 2030)]),
        ("Renewables will represent 45% of supply by 2030.", [(45.0, "%", 2030)]),
        ("The utility will cut average bills by 5% by 2027.", [(5.0, "%", 2027)]),
        (
            "The grant scheme will install 20,000 heat pumps by 2028.",
            [(20_000.0, "", 2028)],
        ),
    ],
)
def test_aims_beside_achievements_and_rule_terms_stay(text, expected):
    assert _targets(text) == expected


# ------------------------------------------------------- a size that selects who is covered


@pytest.mark.parametrize(
    "text",
    [
        "The rule covers small hydro units with a rated output of eight megawatts or below.",
        "Sites with a floor area of 1,000 square metres or more must file a heat plan in 2027.",
        "Boilers with an output of 400 kW or less are left out of the register from 2026.",
    ],
)
def test_a_size_that_selects_who_is_covered_is_not_a_target(text):
    assert _targets(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The state will reach a capacity of 10 GW or more by 2030.", [(10_000_000.0, "kW", 2030)]),
        (
            "Offshore wind will grow to a capacity of 30 GW or more by 2035.",
            [(30_000_000.0, "kW", 2035)],
        ),
        ("The target is a storage capacity of 5 GW or more by 2032.", [(5_000_000.0, "kW", 2032)]),
        ("Emissions will fall by 50% or more by 2030 compared with 2019.", [(50.0, "%", 2030)]),
    ],
)
def test_levels_to_reach_with_or_more_stay_targets(text, expected):
    assert _targets(text) == expected


# ------------------------------------------------------------ a report of progress


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The review highlighted progress at the depots (38% emissions reduction) but "
            "not in the offices.",
            [],
        ),
        ("The audit revealed a 12% cut in water use at the plant.", []),
        (
            "The plan highlighted a goal of a 50% emissions reduction by 2030.",
            [(50.0, "%", 2030)],
        ),
        ("The depots will reach a 60% emissions reduction by 2028.", [(60.0, "%", 2028)]),
    ],
)
def test_a_report_of_progress_is_not_an_aim(text, expected):
    assert _targets(text) == expected


def test_a_column_of_years_is_not_a_line_count(tmp_path):
    rows = "".join(
        f"{year} the share of clean power reaches {20 + year - 2020}%\n"
        for year in range(2020, 2035)
    )
    text = "The utility will raise its clean power share each year as follows.\n" + rows
    found = _file_targets(tmp_path, "years.txt", text)
    assert {year for _, _, year in found} >= {2030, 2034}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bill's page header inside a sentence is no figure
        ("The share shall reach forty percent before\nSB 4521 7\nDecember 31, 2034.", [40.0]),
        # a flattened table row with a country code keeps its figure
        ("Targets by member:\nEU 2030 55%\n", [55.0]),
    ],
)
def test_bill_page_headers_and_table_rows(text, expected):
    assert [value for value, _, _ in _targets(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # what would have to happen for something else to follow is a condition, not an aim
        "Power prices would have to rise 30% for the plant to pay off.",
        "Sales would need to grow 15% a year for the firm to break even.",
        "Fares would have to fall 20% in order to win back riders.",
    ],
)
def test_a_condition_in_would_have_to_wording_is_not_an_aim(text):
    assert _targets(text) == []
