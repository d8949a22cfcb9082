"""Issue 9, ninth fresh set: the classes its first contact showed, in texts of our own.

Each class has a case where the new rule fires and, beside it, an ordinary aim that must
still come out: addresses, markup attributes and wiki link targets in plain text are
furniture; a Markdown page's publication date may sit under another front matter key; a
number hyphened to a word before a noun is an adjective; "millions" after a number scales
it; a ceiling on a share "of the target" is a term of a rule; a figure an aim noun names
is an aim whatever the clause reports of it, unless a past verb governs the noun; a year in
a source attribution dates data, not an aim; a line in capitals is a heading and a run of
labelled shares is a legend, each line a row of its own.
"""

from __future__ import annotations

import pytest

from ingest.lang import load_grammar
from ingest.load import load_document
from ingest.pipeline import build_nlp, process_document
from ingest.plain_furniture import blank_furniture
from ingest.records import Document, Target, content_id

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _targets_of(document: Document) -> set[tuple]:
    extraction = process_document(document, nlp=NLP[document.language], types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


def _targets(text: str, date: str | None = "2024-05-01", language: str = "en") -> set[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date=date, language=language
    )
    return _targets_of(document)


def _values(found: set[tuple]) -> set[float]:
    return {value for value, _, _ in found}


# ------------------------------------------------------------ furniture in plain text

FURNITURE = [
    # (text, what must be gone, what must stay)
    (
        "See http://news.example.org/2021/item_4471902.htm for the plan.",
        "4471902",
        "for the plan.",
    ),
    (
        "|url=https://archive.example.net/web/20210315101010/http://a.example.cn/p.htm|ok}}"
        "到2030年，占比达到40%",
        "20210315101010",
        "到2030年，占比达到40%",
    ),
    ('! rowspan="3"| Energy', 'rowspan="3"', "| Energy"),
    ("[[Route 318|G318]] upgrade", "Route 318", "G318"),
    ("[[Forest cover]] rises", "[[", "Forest cover"),
]


@pytest.mark.parametrize(("text", "gone", "kept"), FURNITURE)
def test_plain_text_furniture_is_blanked_and_prose_kept(text: str, gone: str, kept: str) -> None:
    blanked = blank_furniture(text)
    assert len(blanked) == len(text)
    assert gone not in blanked
    assert kept in blanked


def test_plain_text_file_reads_no_figure_from_an_address(tmp_path) -> None:
    text = (
        "The ministry aims to cut emissions by 40% by 2030 compared with 2005."
        "<ref>{{cite web|url=http://gov.example.org/content_5518699.htm|date=2021-03-01}}</ref>\n"
    )
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    found = _targets_of(load_document(path))
    assert (40.0, "%", 2030) in found
    assert 5518699.0 not in _values(found)


def test_wiki_table_attribute_is_no_figure(tmp_path) -> None:
    text = (
        "The main targets to 2030 are set out below:\n\n"
        '{| class="wikitable"\n! rowspan="4"| Energy\n| Renewable share || 40%\n|}\n\n'
        "Renewables will reach 35% by 2030.\n"
    )
    path = tmp_path / "table.txt"
    path.write_text(text, encoding="utf-8")
    found = _targets_of(load_document(path))
    assert (35.0, "%", 2030) in found
    assert 4.0 not in _values(found)


# ------------------------------------------------------------ a page's own date


@pytest.mark.parametrize(
    ("front", "date"),
    [
        ("published_date: 2023-09-14T06:30:00\ncollected_date: 2023-09-16T11:00:00", "2023-09-14"),
        ('date: "2026-02-11"', "2026-02-11"),
        ("collected_date: 2023-09-16T11:00:00", None),
    ],
)
def test_markdown_publication_date_under_its_usual_keys(tmp_path, front: str, date) -> None:
    path = tmp_path / "news.md"
    path.write_text(f"---\n{front}\n---\n\nThe city will plant 5,000 trees by 2030.\n", "utf-8")
    document = load_document(path)
    assert document.date == date
    assert (5000.0, "", 2030) in _targets_of(document)


# ------------------------------------------------------------ a number as an adjective


@pytest.mark.parametrize(
    ("text", "adjective", "aim"),
    [
        ("The 12-member council will cut emissions by 40% by 2030.", 12.0, 40.0),
        (
            "Officials reported on Tuesday that the 19-nation group moved closer to a goal to"
            " trim emissions by 45% by 2035.",
            19.0,
            45.0,
        ),
        ("The plan will cut emissions 20-fold by 2040.", None, 20.0),
    ],
)
def test_number_hyphened_before_a_noun_is_an_adjective(text: str, adjective, aim) -> None:
    found = _values(_targets(text, date="2025-06-30"))
    assert aim in found
    assert adjective not in found


def test_hyphen_adjective_is_language_data() -> None:
    cue = load_grammar("en").figures.hyphen_adjective
    assert cue.match("-seat council")
    assert not cue.match("-fold rise")


def test_millions_after_a_number_scales_it() -> None:
    found = _targets("Peatlands must store 240 millions tonnes of carbon each year by 2035.")
    assert 240e6 in _values(found)
    assert 240.0 not in _values(found)


@pytest.mark.parametrize(
    "text",
    [
        "By 2030 millions of homes shall be connected to heat networks.",
        "By 2035 billions of euros shall flow into grids, and the country will cut emissions"
        " by 45% by 2035.",
    ],
)
def test_year_before_millions_of_is_no_figure(text: str) -> None:
    found = _targets(text)
    assert not any(value >= 1e9 for value in _values(found))
    if "45%" in text:
        assert (45.0, "%", 2035) in found


# ------------------------------------------------------------ shares of an aim


def test_ceiling_on_a_share_of_the_target_is_a_term() -> None:
    text = (
        "The state will cut emissions by 80% by 2045. Offsets may cover at most 6% of the "
        "goal, and the rules shall keep it so."
    )
    found = _targets(text)
    assert (80.0, "%", 2045) in found
    assert 6.0 not in _values(found)


@pytest.mark.parametrize(
    ("text", "aim"),
    [
        (
            "Emissions under the cap shall fall to no more than 38% of the 2005 cap by 2030.",
            (38.0, "%", 2030),
        ),
        (
            "The union shall reduce emissions by up to 55% of the target level by 2030.",
            (55.0, "%", 2030),
        ),
    ],
)
def test_bound_on_a_share_without_a_means_is_an_aim(text: str, aim: tuple) -> None:
    assert aim in _targets(text)


def test_share_a_means_may_cover_is_a_term() -> None:
    text = (
        "The region will cut emissions by 70% by 2045, and may use up to 5% of the target abroad."
    )
    found = _targets(text)
    assert (70.0, "%", 2045) in found
    assert 5.0 not in _values(found)


@pytest.mark.parametrize(
    ("text", "aim", "not_aim"),
    [
        (
            "Regions are expected to fall short of their goal to lower heat demand by 9.5%,"
            " with present plans delivering only 6%.",
            9.5,
            6.0,
        ),
        (
            "The ministry said ports were forecast to miss a goal of 30% shore power, reaching"
            " an estimated 21%.",
            30.0,
            21.0,
        ),
    ],
)
def test_figure_an_aim_noun_names_is_an_aim(text: str, aim: float, not_aim: float) -> None:
    found = _values(_targets(text, date="2025-06-30"))
    assert aim in found
    assert not_aim not in found


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Forecasts show the region has exceeded its target of 20%.", False),
        ("Forecasts show the region will miss its target of 20%.", True),
    ],
)
def test_aim_noun_governed_by_a_past_verb_names_no_aim(text: str, named: bool) -> None:
    from ingest.figures import names_aim

    assert names_aim(text, text.index("20%"), load_grammar("en"), "%") is named


# ------------------------------------------------------------ legends and source lines

_LEGEND = (
    "REGIONAL EMISSIONS AND NEUTRALITY PLEDGES\n"
    "Data source: national inventory (emissions for 2019)\n"
    "Northland 31.5%\n"
    "Southmark 12.2%\n"
    "Eastvale 7.4%Westby 3.3%\n"
    "Other regions 9.8%\n"
)


def test_legend_of_shares_under_a_capitals_heading_is_no_aim() -> None:
    found = _targets(_LEGEND + "\nThe state will reach 40% renewable power by 2030.\n", date=None)
    assert (40.0, "%", 2030) in found
    assert not _values(found) & {31.5, 12.2, 7.4, 3.3, 9.8}


def test_year_in_a_source_line_dates_no_aim() -> None:
    found = _targets("Source: agency survey for 2031, 40% of homes.", date=None)
    assert not any(year == 2031 for _, _, year in found)
    assert (50.0, "%", 2030) in _targets("Homes will be 50% electric by 2030.", date=None)


@pytest.mark.parametrize(
    ("text", "language", "aim"),
    [
        ("Renewable sources: 45% of electricity by 2030.", "en", (45.0, "%", 2030)),
        (
            "Energy sources: the share of renewables shall reach 45% by 2030.",
            "en",
            (45.0, "%", 2030),
        ),
        (
            "Funding sources: the fund shall mobilise EUR 10 billion by 2030.",
            "en",
            (1e10, "EUR", 2030),
        ),
        ("资金来源：到2025年，非化石能源消费比重提高到20%。", "zh", (20.0, "%", 2025)),
    ],
)
def test_lead_in_naming_sources_is_no_attribution(text: str, language: str, aim: tuple) -> None:
    assert aim in _targets(text, date=None, language=language)


def test_source_line_ends_at_its_first_clause_break() -> None:
    text = "Source: agency survey, the state will reach 40% renewable power by 2032."
    assert (40.0, "%", 2032) in _targets(text, date=None)
    text = "数据来源：统计年鉴，到2030年非化石能源消费比重提高到25%。"
    assert (25.0, "%", 2030) in _targets(text, date=None, language="zh")


@pytest.mark.parametrize(
    ("text", "aims"),
    [
        (
            "GOALS FOR 2035\nReduce landfill by 35%\nRaise reuse to 25%\nCut water losses by 9.5%\n",
            {(35.0, "%", 2035), (25.0, "%", 2035), (9.5, "%", 2035)},
        ),
        (
            "GOALS FOR 2035\nThe city shall reduce landfill by 35%.\nIt shall raise reuse to 25%.\n",
            {(35.0, "%", 2035)},
        ),
    ],
)
def test_capitals_heading_with_a_year_leads_into_its_list(text: str, aims: set) -> None:
    assert aims <= _targets(text, date="2024-01-01")


@pytest.mark.parametrize(
    "text",
    [
        "The regions shall:\nBiogas 12%\nGeothermal 8%\nTidal 4%\nby 2035.\n",
        "The regions shall lift these shares\nBiogas 12%\nGeothermal 8%\nTidal 4%\nby 2035.\n",
    ],
)
def test_share_lines_inside_one_sentence_are_no_legend(text: str) -> None:
    found = _targets(text, date="2024-01-01")
    assert {(12.0, "%", 2035), (8.0, "%", 2035), (4.0, "%", 2035)} <= found


def test_short_run_of_share_lines_is_not_a_legend() -> None:
    # two lines that end in a share are a wrapped sentence, not a legend
    text = "The plan aims to raise the renewable share to 45%\nand the electric share to 30%\nby 2030.\n"
    found = _targets(text, date="2024-01-01")
    assert {45.0, 30.0} <= _values(found)


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("GLOBAL EMISSIONS AND NEUTRALITY PLEDGES", True),
        ("Global emissions and pledges", False),  # a title in mixed case is not cut out
        ("附6 配额预分配、调整流程", False),  # a script without capitals
        ("— 26 —", False),
        ("EU ETS", True),
    ],
)
def test_capitals_heading_line(line: str, heading: bool) -> None:
    from ingest.lang import load_grammar
    from ingest.lines import _capitals_heading

    grammar = load_grammar("zh" if not line.isascii() else "en")
    assert _capitals_heading(line, grammar) is heading


@pytest.mark.parametrize(
    ("text", "aims"),
    [
        # the whole that progress is measured against, called required by a year: the aim
        (
            "Rooftop solar had climbed to nearly half of the output required by 2032 "
            "(19.5 out of 42 GW).",
            {(42e6, "kW", 2032)},
        ),
        # a count of members is never such a whole, nor is a whole nobody aims at
        ("Only 9 out of 27 member states have met the target so far.", set()),
        ("The country installed 40 out of 90 GW last year.", set()),
    ],
)
def test_whole_of_a_progress_ratio(text: str, aims: set) -> None:
    assert _targets(text, date="2026-02-11") == aims


# ------------------------------------------------------------ a wiki table's rows

_WIKI_TABLE = (
    "“十五五”时期主要指标\n"
    '{| class="wikitable"\n'
    "! 类别 !! 指标 !! 2025 年 !! 2030 年 !! 属性\n"
    "|-\n"
    '! rowspan="2"| 绿色低碳\n'
    "| 1.非化石能源消费比重（%） || 21.7 || 25 || 约束性\n"
    "|-\n"
    "| 2.煤炭消费总量（亿吨） || 43 || ＜42 || 预期性\n"
    "|}\n"
)


def test_wiki_table_rows_line_up_with_their_header() -> None:
    from ingest.plain_furniture import wiki_tables_as_rows

    rows = wiki_tables_as_rows(blank_furniture(_WIKI_TABLE))
    assert len(rows) == len(_WIKI_TABLE)
    header = next(line for line in rows.split("\n") if "2030 年" in line)
    assert header.strip().startswith("| 指标") and "类别" not in header
    assert "| 1.非化石能源消费比重（%）  | 21.7  | 25" in rows
    assert "绿色低碳" not in rows  # a group label spanning rows


def test_wiki_table_in_a_text_file_gives_its_future_column(tmp_path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(_WIKI_TABLE, encoding="utf-8")
    found = _targets_of(load_document(path))
    assert (25.0, "%", 2030) in found  # the later column; the 2025 value is where it starts
    assert any(value == 4.2e9 and year == 2030 for value, _, year in found)  # "＜42" 亿吨
    assert not any(value == 21.7 for value, _, _ in found)


def test_headline_in_capitals_over_two_lines_keeps_its_year() -> None:
    text = "ACME COMMITS TO CARBON NEUTRALITY IN ALL\nITS OPERATIONS BY 2035"
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="en")
    records = process_document(document, nlp=NLP["en"], types=("target",)).records
    assert [r.year for r in records if isinstance(r, Target)] == [2035]
