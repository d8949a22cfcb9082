"""Published text in, clean records out: furniture, figure roles, deadlines, ranges, tables.

Every sentence here is written for these tests in the register of fact sheets, EU acts
and plans; none is copied from a document.
"""

from __future__ import annotations

import pytest

from ingest.load import load_document
from ingest.markup import markdown_view
from ingest.pipeline import process_document
from ingest.records import Document, content_id


def records_of(text: str, *, date: str | None = "2024-05-01", language: str = "en"):
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date=date, language=language
    )
    return process_document(document, types=("target", "statistic")).records


def targets_of(text: str, **kwargs):
    return [r for r in records_of(text, **kwargs) if r.type == "target" and r.value is not None]


# ------------------------------------------------------------ furniture
@pytest.mark.parametrize(
    "text, not_a_value",
    [
        ("Under Regulation (EU) 2018/841, Member States shall cut emissions by 2030.", 841),
        ("Directive 2003/87/EC shall be reviewed so that the cap falls by 2030.", 87),
        ("As announced in COM(2023) 796 final, the Union will act by 2030.", 796),
        ("The act (OJ L 156, 19.6.2018, p. 26) shall apply until 2030.", 156),
        ("The committee meeting of 9.7.2021 agreed that the plan will run to 2030.", 9.7),
        ("The decision of 2021-07-20 sets out what will be done by 2030.", 20),
        ("On 20 July 2021 the ministry stated that the fleet will be clean by 2030.", 20),
        ("Member States shall report under Article 4(3) by 2030.", 4),
        ("Parties agreed at COP26 to strengthen their aims by 2030.", 26),
        ("The G20 will review the pledges by 2030.", 20),
        ("The Fit for 55 package will deliver the cut by 2030.", 55),
        ("Data centres will run on 24/7 carbon-free power by 2030.", 24),
        ("Ask the hotline on 202-555-0143 how the grants will work until 2030.", 555),
        ("Emissions will fall to net zero by 2050.3 The agency said so.", 2050.3),
        ("The plan (see DOI 10.2800/609405) sets a course to 2040.", 609405),
        ("根据国发〔2021〕23号文件，到2030年要完成改造。", 23),
        ("生态环境部令第19号规定，到2030年要完成改造。", 19),
        # a page number pushed into a line by PDF extraction, right before 的
        ("各地区应按照本办法\n7 的有关要求，于2026年前完成改造。", 7),
    ],
)  # fmt: skip
def test_citation_furniture_is_never_a_figure(text, not_a_value):
    language = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
    values = {r.value for r in records_of(text, language=language)}
    assert not_a_value not in values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("到2030年，建成8个的示范园区要全部投入运行。", 8),  # a measure word before 的: a count
        ("到2030年，可再生能源比重达到30%的省份要增加。", 30),  # a unit before 的: a share
    ],
)  # fmt: skip
def test_a_quantity_before_de_keeps_its_figure(text, value):
    assert value in {r.value for r in records_of(text, language="zh")}


def test_space_grouped_thousands_read_as_one_number():
    (target,) = targets_of("The Union shall install 1 600 million square metres of panels by 2030.")
    assert target.value == pytest.approx(1.6e9)


# ---------------------------------------------------------- figure roles
@pytest.mark.parametrize(
    "text, value, role",
    [
        # an agency's estimate of jobs, a model's projection, a market forecast
        ("The programme is estimated to create 250,000 jobs by 2030.", 250_000, "projection"),
        ("Modelling shows that emissions could fall by 38% by 2030.", 38, "projection"),
        ("The market for heat pumps is expected to reach USD 90 billion by 2032.", 90e9, "projection"),
        ("The new wind farms will power 3 million homes by 2028.", 3e6, "projection"),
        # sums spent or granted
        ("The department will invest $4 billion in grid upgrades by 2027.", 4e9, "funding"),
        ("Congress is asked to provide $25 billion for clean buses through 2030.", 25e9, "funding"),
        # who is concerned
        ("Grants will go to projects in 41 states by 2026.", 41, "scope"),
        # terms of a rule
        ("From 2026, operators that breach the rule shall pay a fine of EUR 5,000.", 5000, "parameter"),
        ("The corporate tax rate will rise to 25 percent in 2026.", 25, "parameter"),
        # done already, though the sentence looks ahead
        ("The agency has awarded $300 million so far and will award more by 2026.", 300e6, "reported"),
    ],
)  # fmt: skip
def test_a_figure_that_is_not_an_aim_is_a_statistic_with_its_role(text, value, role):
    (record,) = [r for r in records_of(text) if r.value == pytest.approx(value)]
    assert (record.type, record.role) == ("statistic", role)


@pytest.mark.parametrize(
    "text, value, year",
    [
        ("The goal is to deploy 30 GW of offshore wind by 2030.", 30e6, 2030),
        ("The company is on track to reach its goal of a 40% cut by 2030.", 40, 2030),
        ("The plan will replace 40,000 diesel buses with electric ones.", 40_000, None),
        ("The fund aims to mobilise USD 100 billion a year by 2027.", 100e9, 2027),
        ("Costs of floating wind will fall to $50 per megawatt-hour by 2035.", 50, 2035),
    ],
)  # fmt: skip
def test_aims_stay_targets(text, value, year):
    (target,) = [r for r in targets_of(text) if r.value == pytest.approx(value)]
    assert target.year == year


# ------------------------------------------------- deadlines and ranges
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Renewables shall supply 25% of power by 2027, rising to 45% by 2035.",
         [(25, 2027), (45, 2035)]),
        ("By 2026 the share of recycled steel will reach 20%, rising to 30% by 2031.",
         [(20, 2026), (30, 2031)]),
        ("The state will build 4 GW of storage and 12 new pumped-hydro plants by 2032.",
         [(4e6, 2032), (12, 2032)]),
        ("The bloc's 2030 target of at least 55% cut keeps it on course for neutrality in 2050.",
         [(55, 2030)]),
    ],
)  # fmt: skip
def test_each_figure_takes_its_own_deadline(text, expected):
    assert [(t.value, t.year) for t in targets_of(text)] == [
        (pytest.approx(v), y) for v, y in expected
    ]


@pytest.mark.parametrize(
    "text, low, high, base",
    [
        ("The country will cut net emissions by between 61 and 66 percent below 2005 levels by 2035.",
         61, 66, 2005),
        ("Emissions shall fall by 50-52% below 2005 levels by 2030.", 50, 52, 2005),
    ],
)  # fmt: skip
def test_ranges_stay_ranges(text, low, high, base):
    (target,) = targets_of(text)
    assert (target.value, target.value_high, target.base_year) == (low, high, base)


# -------------------------------------------------------------- Markdown
def test_markdown_furniture_is_blanked_at_the_files_offsets():
    source = (
        "---\ntitle: 'Clean grid notice'\ndate: 2024-03-01\n---\n"
        "The [agency](https://example.gov/2031/07/notice) will add 12 GW by 2030."
        "[3](#footnote3) ![map](img/2035.png) <sup>4</sup>\n"
    )
    view = markdown_view(source)
    assert len(view.text) == len(source)
    assert view.metadata == {"title": "Clean grid notice", "date": "2024-03-01"}
    words = view.text.split()
    assert words == ["The", "agency", "will", "add", "12", "GW", "by", "2030."]
    start = source.index("agency")
    assert view.text[start : start + 6] == "agency"


def test_markdown_link_lists_and_anchors_yield_no_targets(tmp_path):
    path = tmp_path / "page.md"
    path.write_text(
        "* [Home](https://example.eu/home)\n* [Climate 2040](https://example.eu/2040)\n\n"
        "The Union shall reduce net emissions by 90% by 2040 [(1)](#ntr1-L_2026000667).\n",
        "utf-8",
    )
    document = load_document(path, metadata={"date": "2026-01-01"})
    records = process_document(document, types=("target",)).records
    assert [(r.value, r.year) for r in records if r.value is not None] == [(90, 2040)]
    assert all("Home" not in c.text for c in process_document(document).clauses)


# ---------------------------------------------------------------- tables
_TABLE_ROWS = [
    ["Indicator", "Unit", "2025 (base)", "2030", "Nature"],
    ["Share of electric buses in new sales", "%", "18", "≥40", "expected"],
    ["Cut in water use per unit of output", "%", "—", "[16]", "binding"],
    ["Recycled aluminium output", "million t", "11.5", "15", "expected"],
]


def _check_table(records):
    targets = sorted((r.metric, r.value, r.unit, r.year, r.comparator)
                     for r in records if r.type == "target")  # fmt: skip
    assert targets == [
        ("Cut in water use per unit of output", 16.0, "%", 2030, "="),
        ("Recycled aluminium output", 15e6, "t", 2030, "="),
        ("Share of electric buses in new sales", 40.0, "%", 2030, ">="),
    ]
    bases = sorted((r.value, r.year) for r in records if r.type == "statistic")
    assert bases == [(18.0, 2025), (11.5e6, 2025)]
    assert all(r.base_year == 2025 for r in records if r.type == "target")


def test_markdown_indicator_table(tmp_path):
    lines = ["| " + " | ".join(row) + " |" for row in _TABLE_ROWS]
    lines.insert(1, "|" + "---|" * len(_TABLE_ROWS[0]))
    path = tmp_path / "plan.md"
    path.write_text("Main indicators\n\n" + "\n".join(lines) + "\n", "utf-8")
    _check_table(process_document(load_document(path, metadata={"date": "2026-02-01"})).records)


def test_html_indicator_table(tmp_path):
    head = "".join(f"<th>{c}</th>" for c in _TABLE_ROWS[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in _TABLE_ROWS[1:]
    )
    html = (
        "<html><head><title>Plan</title></head><body><article><h1>Plan</h1><p>The plan sets "
        "out its main indicators for the coming period in the table below, with the base "
        "values of the first year.</p>"
        f"<table><tr>{head}</tr>{body}</table><p>The indicators are reviewed each year by the "
        "ministry and published with the annual report.</p></article></body></html>"
    )
    path = tmp_path / "plan.html"
    path.write_text(html, "utf-8")
    _check_table(process_document(load_document(path, metadata={"date": "2026-02-01"})).records)


def test_docx_indicator_table(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Main indicators of the plan")
    table = document.add_table(rows=len(_TABLE_ROWS), cols=len(_TABLE_ROWS[0]))
    for i, row in enumerate(_TABLE_ROWS):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    path = tmp_path / "plan.docx"
    document.save(path)
    _check_table(process_document(load_document(path, metadata={"date": "2026-02-01"})).records)


def test_a_layout_table_reads_as_prose(tmp_path):
    prose = (
        "The Commission shall, by 30 June 2031, assess whether the Union is on course to "
        "reduce net emissions by 90% by 2040 and shall report its findings to the "
        "Parliament and the Council together with any proposals it deems fit."
    )
    path = tmp_path / "act.md"
    path.write_text(f"|  |  |\n| --- | --- |\n| (4) | {prose} |\n", "utf-8")
    records = process_document(load_document(path, metadata={"date": "2026-01-01"})).records
    assert [(r.value, r.year) for r in records if r.type == "target" and r.value] == [(90, 2040)]


def test_a_table_flattened_to_one_cell_a_line_is_not_read_cell_by_cell():
    text = "By 2030 the benchmark values shall be as follows:\n" + "\n".join(
        ["Unit class", "Value", "Coal 300MW", "0.7950", "Gas", "0.3901", "Biomass", "0.2100"]
    )
    assert not targets_of(text)
