"""Issue 9, second fresh set: the classes its first contact showed, in texts of our own.

Each case is written in the register of the documents that showed the class (Commission
news pages saved as Markdown, a report converted from PDF with numbered paragraphs and
footnotes, a Chinese opinion saved as HTML) and says what must come out of it.
"""

from __future__ import annotations

import pytest

from ingest.boilerplate import find_event_date, find_page_date
from ingest.lang import load_grammar
from ingest.load import load_document
from ingest.markup import markdown_view
from ingest.pipeline import build_nlp, process_document
from ingest.quantities import find_quantities
from ingest.records import Document, Statistic, Target, content_id

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}
EN = load_grammar("en")


def _records(text: str, language: str = "en", date: str | None = "2024-05-01"):
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date=date, language=language
    )
    extraction = process_document(document, nlp=NLP[language], types=("target", "statistic"))
    return [r for r in extraction.records if r.value is not None]


def _targets(records) -> list[tuple]:
    return [(r.value, r.value_high, r.unit, r.year) for r in records if isinstance(r, Target)]


def _file_targets(tmp_path, name: str, text: str, language: str = "en") -> list[tuple]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    document = load_document(path, metadata={"language": language})
    extraction = process_document(document, nlp=NLP[language], types=("target", "statistic"))
    return [(r.value, r.unit, r.year) for r in extraction.records
            if isinstance(r, Target) and r.value is not None]  # fmt: skip


# ---------------------------------------------------------------- furniture


@pytest.mark.parametrize(
    "text",
    [
        # a numbered paragraph of a report, at the start of its line
        "4.12 The ministry reviewed the grid code before 2030.",
        "- 6.3 For instance, the coastal states will consult on the plan by 2028.",
        "9.40 ICAR's review of the irrigation programme ends by 2027.",
        # a footnote or reference line at the foot of a converted page
        "7 'Storage and the Grid', Energy Weekly, 3 March 2023 (https://example.org/a/2023)",
        "12 Regional Power Council (2021) Flexible plants for a cleaner grid, 2035 outlook.",
        # a fiscal year written with a two-digit end
        "The road fund covers the years 2024-25 and FY 2026-27 ahead of 2030.",
        # an initiative named in quotes, with a count and a year in its name
        "Towns joined the “50 clean ports by 2035” initiative after the forum.",
    ],
)
def test_report_and_page_furniture_is_never_a_target(text):
    assert _targets(_records(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the low end of a "from ... to" change is part of a fiscal year, not a range
        ("Solar rose from 7.2 per cent in 2015-16 to 21.4 per cent in 2023-24.",
         [("7.2 per cent", 7.2, None), ("21.4 per cent", 21.4, None)]),
        # a true range is kept
        ("The cut is 30 to 40 per cent.", [("30 to 40 per cent", 30.0, 40.0)]),
    ],
)  # fmt: skip
def test_a_range_whose_low_end_is_a_date_is_no_range(text, expected):
    found = [(q.value_text, q.value, q.high) for q in find_quantities(text, EN)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The mission will mobilise ₹4 lakh crore of investment by 2030.", 4e12, "INR"),
        ("An outlay of Rs. 250 crore was approved for the scheme.", 2.5e9, "INR"),
        ("The bank lent INR 12 billion to the state utilities.", 1.2e10, "INR"),
        ("The board approved 30 billion rupees for rural grids.", 3e10, "INR"),
    ],
)
def test_indian_numbering_and_rupees(text, value, unit):
    quantities = find_quantities(text, EN)
    assert [(q.value, q.unit) for q in quantities] == [(value, unit)]


def test_a_sum_in_rupees_is_funding_not_a_target():
    records = _records("The state set aside ₹ 410.5 crore for tree planting over 1.2 lakh ha.")
    assert {r.role for r in records if isinstance(r, Statistic) and r.unit == "INR"} == {"funding"}


# ---------------------------------------------------------------- decisions


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a rate between two figures: each 1% of one thing is 2% of another
        ("Every 1% of efficiency gain translates into a 1.8% fall in coal imports.",
         "parameter"),
        # a present count introduced by "there are"
        ("There are some 3,100 small harbours in the region, home to over 9 million people, "
         "and the plan covers them until 2030.", "reported"),
        # a known set named with a definite article: who is concerned, not an aim
        ("The 25 valleys taking part aim to restore their wetlands by 2032.", "scope"),
    ],
)  # fmt: skip
def test_figures_that_are_rates_counts_or_sets(text, role):
    records = _records(text)
    assert _targets(records) == []
    assert role in {r.role for r in records if isinstance(r, Statistic)}


def test_an_agreement_to_work_towards_goals_keeps_each_deadline():
    text = (
        "Last year, the coastal states agreed to work towards reaching 20-24 GW of tidal "
        "capacity by 2035, 40-45 GW by 2045, and 60-70 GW by 2055."
    )
    assert _targets(_records(text)) == [
        (20_000_000.0, 24_000_000.0, "kW", 2035),
        (40_000_000.0, 45_000_000.0, "kW", 2045),
        (60_000_000.0, 70_000_000.0, "kW", 2055),
    ]


# ---------------------------------------------------------------- structure and dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("* 14 March 2025\n  * Directorate-General\n\n# Grids news\nThe text.", "2025-03-14"),
        ("- 2024-11-02\n\nThe text of the page.", "2024-11-02"),
        ("The text of the page, with no dateline.", None),
    ],
)
def test_a_dateline_saved_as_a_list_item_dates_the_page(text, date):
    view = markdown_view(text)
    assert find_page_date(view.text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the latest day something is said to have happened
        ("The council adopted the plan on March 3, 2021. The agency signed the deal on "
         "12 May 2022, and the fund will open on 1 June 2026.", "2022-05-12"),
        # a day in the future tense dates nothing
        ("The rules will apply on 1 January 2027.", None),
        ("Bids are due by 30 June 2025.", None),
    ],
)  # fmt: skip
def test_an_undated_report_is_dated_by_its_latest_event(text, date):
    assert find_event_date(text) == date


def test_an_undated_report_reads_earlier_achievements_as_facts(tmp_path):
    text = (
        "The cabinet approved the storage mission on February 6, 2024.\n\n"
        "Wind capacity of 45.9 GW was commissioned by March 2023. The mission targets "
        "60 GW of storage by 2032.\n"
    )
    assert _file_targets(tmp_path, "report.md", text) == [(60_000_000.0, "kW", 2032)]


def test_a_numbered_heading_on_its_own_line_does_not_swallow_its_text(tmp_path):
    html = (
        "<html><body><article>"
        "<p>一、总体要求</p><p>坚持节约优先。</p>"
        "<p>二、主要目标</p>"
        "<p>到2027年，清洁取暖体系基本建立。城镇清洁取暖率比2022年提高15个百分点；"
        "农村清洁取暖率达到70%。</p>"
        "<p>到2032年，城乡清洁取暖率达到95%以上。</p>"
        "</article></body></html>"
    )
    path = tmp_path / "opinion.html"
    path.write_text(html, "utf-8")
    document = load_document(path, metadata={"language": "zh", "date": "2023-02-01"})
    extraction = process_document(document, nlp=NLP["zh"], types=("target", "statistic"))
    years = {r.value: r.year for r in extraction.records
             if isinstance(r, Target) and r.value is not None}  # fmt: skip
    assert years == {15.0: 2027, 70.0: 2027, 95.0: 2032}


def test_rows_of_a_layout_table_stay_apart(tmp_path):
    long = " ".join(["word"] * 30)
    text = (
        "| Mission | Achievement |\n|---|---|\n"
        f"| Rail mission | • 512 km of new track opened by May 2022 and {long} |\n"
        "| Farm mission | • Key targets for 2024-25 cover 2 lakh ha under drip irrigation |\n"
    )
    view = markdown_view(text)
    rows = [line.strip() for line in view.text.split("\n") if line.strip()]
    assert rows[0].startswith("Mission")
    assert rows[1].startswith("Rail mission")
    assert rows[2].startswith("Farm mission")
    assert len(view.text) == len(text)


# ---------------------------------------------------------------- second round (seen sets)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Around SEK 310 million per year is to be invested in flood walls.", 3.1e8, "SEK"),
        ("The city will spend £45 million on cycle lanes.", 4.5e7, "GBP"),
        ("A further DKK 1.2 billion was set aside for dykes.", 1.2e9, "DKK"),
    ],
)
def test_more_currencies_are_money(text, value, unit):
    records = _records(text)
    assert _targets(records) == []
    assert [(r.value, r.unit) for r in records if isinstance(r, Statistic)] == [(value, unit)]


def test_a_sum_to_be_invested_each_year_is_funding():
    records = _records("Roughly EUR 75 million a year is to be invested in dune repair until 2030.")
    assert {r.role for r in records if isinstance(r, Statistic)} == {"funding"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before "target" names the deadline, not a base year
        ("Peatland removals stay well short of the 2030 target of -42 Mt CO2 eq.",
         [(42_000_000.0, None, "t", 2030)]),
        ("The 2035 goal of 12 GW of heat pumps in schools stands.",
         [(12_000_000.0, None, "kW", 2035)]),
    ],
)  # fmt: skip
def test_a_year_named_before_a_target_is_its_deadline(text, expected):
    assert [t for t in _targets(_records(text)) if t[0] == expected[0][0]] == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a decimal comma before a degree sign written as "oC", with PDF double spaces
        ("Parties shall pursue efforts to limit warming to 1,5  oC above pre-industrial levels "
         "by 2100.", [1.5]),
        ("Warming is to stay below 1,5 ºC by 2100.", [1.5]),
    ],
)  # fmt: skip
def test_a_decimal_comma_before_a_degree_sign(text, values):
    assert [q.value for q in find_quantities(text, EN)] == values


def test_a_section_number_alone_in_a_table_cell_is_no_figure():
    assert find_quantities("‘7.2.", EN) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a count reported as a sum of parts
        ("Two ports report volumes totalling more than one third of the region's traffic by "
         "2030.", "reported"),
        # what a review found
        ("The evaluation found that a cut of 80-85% was the most efficient path to 2045.",
         "reported"),
        # what a project adds when it is completed: its size, not an aim
        ("In 2026, the base will add 300 megawatts to the grid by completing a solar farm.",
         "scope"),
        # a share that describes a plant
        ("In 2026, the island will finish the region's largest 100 percent solar microgrid.",
         "scope"),
    ],
)  # fmt: skip
def test_sums_findings_and_project_sizes_are_not_aims(text, role):
    records = _records(text, date="2025-06-01")
    assert _targets(records) == []
    assert role in {r.role for r in records if isinstance(r, Statistic)}


def test_a_second_verb_of_an_aim_acts_on_its_figure():
    text = "The plan will replace 4,000 diesel ferries and electrify at least 30 percent of the "
    text += "harbour tug fleet."
    assert sorted(t[0] for t in _targets(_records(text))) == [30.0, 4000.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an announced partnership to do something is the partners' aim
        ("- Two grid firms announced a partnership to deploy over 300 battery sites across "
         "the region.", [(300.0, None, "", None)]),
        ("Three retailers have partnered to build a state-wide network of 900 rapid chargers.",
         [(900.0, None, "", None)]),
        # a season names the deadline's year
        ("The ferry line will electrify 12 vessels by summer 2027.",
         [(12.0, None, "", 2027)]),
    ],
)  # fmt: skip
def test_partnerships_and_seasons(text, expected):
    assert _targets(_records(text)) == expected


def test_a_figure_hyphenated_to_its_unit_describes_a_noun():
    text = "The partners will add 40 chargers along the 900-mile freight corridor by 2027."
    records = _records(text)
    assert _targets(records) == [(40.0, None, "", 2027)]
    assert "scope" in {r.role for r in records if isinstance(r, Statistic)}


def test_a_chinese_action_list_item_with_an_imperative_count_is_an_aim():
    text = "三、重点行动\n\n2. **绿色港口创建行动** — 创建50个绿色港口示范项目\n"
    records = _records(text, language="zh", date="2022-01-10")
    assert [(t[0], t[2]) for t in _targets(records)] == [(50.0, "")]


def test_a_known_set_with_a_binding_verb_is_still_an_aim():
    assert _targets(
        _records("The 800 rapid chargers will be built along the motorways by 2029.")
    ) == [(800.0, None, "", 2029)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a premise states a fact
        ("Given that over 70 percent of freight moves by road, the plan must shift it to rail "
         "by 2035.", "reported"),
        # the size a facility grows by
        ("The maker will expand its Ohio plant by 40,000 sq ft by 2026.", "scope"),
    ],
)  # fmt: skip
def test_premises_and_facility_sizes(text, role):
    records = _records(text)
    assert _targets(records) == []
    assert role in {r.role for r in records if isinstance(r, Statistic)}


def test_a_premise_that_states_an_aim_keeps_it():
    text = (
        "Given that yearly additions should reach around 60 GW until 2030, permits must speed up."
    )
    assert [t[0] for t in _targets(_records(text))] == [60_000_000.0]
