"""Issue 9, twelfth fresh set: the classes its first contact showed, in texts of our own.

Each class has a case where the new rule fires and, beside it, an ordinary aim that must
still come out: 截至 ("as of") dates a status, not a deadline; a fine's amount and a share
of another rule's limit are terms of a rule; an output value an aim verb reaches is an aim,
not money to spend; a technology's dimension (3D), a layout named by numbers in quotes
("3+1") and a count of fields closing a list are no amounts; a paragraph's opening deadline
dates its later figures before a heading's period does; a table row whose label is itself
an aim (a figure with a deadline ahead) is read; a figure a list item restates with its own
deadline is due then, not at the list's lead-in's, but the same figure of another measure
keeps the lead-in's date; "by 2024-25" and "by 2024/25" are due when that fiscal year ends
(a spaced dash joins no fiscal year); "(2030: 45%)" labels its figure with the year before
the colon, and a label, year and colon outside brackets is a fact line; a sum followed by
the kind of firm it picks out is a size bound, not an aimed output value.
"""

from __future__ import annotations

import pytest

from ingest.lang import load_grammar
from ingest.load import load_document
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _targets_of(document: Document) -> set[tuple]:
    extraction = process_document(document, nlp=NLP[document.language], types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


def _targets(text: str, date: str, language: str = "zh") -> set[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date=date, language=language
    )
    return _targets_of(document)


def _page_targets(tmp_path, name: str, text: str, date: str, language: str) -> set[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return _targets_of(load_document(path, metadata={"date": date, "language": language}))


# ------------------------------------------------------------------ Chinese sentences

_ZH_CASES = [
    # 截至 a date: a status reached then, however its figures are worded
    (
        "截至2023年5月，全省充电站总规模超过412万座，建成153家示范站，利用率降至1.4左右，"
        "达到领先水平。",
        "2023-09-01",
        set(),
    ),
    ("到2023年底，全省建成充电站500座。", "2023-09-01", {(500.0, "", 2023)}),
    ("到2026年，全省建成充电站800座。", "2023-09-01", {(800.0, "", 2026)}),
    # a share of, or a margin over, another rule's limit value
    ("第二十条 新建住宅室内噪声应当不高于国家标准规定限值的百分之九十。", "2022-03-28", set()),
    (
        "（二）连续两年用水量超过定额约束值百分之三十以上，未按要求开展节水改造的，"
        "处十万元以上三十万元以下罚款。",
        "2022-03-28",
        set(),
    ),
    ("到2025年，单位产值能耗比2020年下降13.5%。", "2022-03-28", {(13.5, "%", 2025)}),
    # an output value an aim verb reaches is an aim; a sum set aside stays funding
    ("到2029年，新材料产业产值突破800亿元。", "2025-01-01", {(80_000_000_000.0, "yuan", 2029)}),
    ("到2029年，安排专项资金800亿元。", "2025-01-01", set()),
    # a sum followed by the kind of firm it picks out is a size bound, not the aim
    ("到2028年，培育年产值超过20亿元的企业12家。", "2025-01-01", {(12.0, "", 2028)}),
    ("到2028年，引育营业收入突破50亿元的骨干企业4家。", "2025-01-01", {(4.0, "", 2028)}),
    # names and list sizes, not amounts
    (
        "到2027年，推广3D打印建材等新工艺，形成“2+1”产业布局，在储能、氢能等6个领域开展试点。",
        "2025-01-01",
        set(),
    ),
    ("到2027年，建成4个示范园区。", "2025-01-01", {(4.0, "", 2027)}),
]


@pytest.mark.parametrize(("text", "date", "expected"), _ZH_CASES)
def test_chinese_figures(text, date, expected):
    assert _targets(text, date) == expected


_FINES = (
    "# 某市节能建筑条例\n\n"
    "第二十一条 违反本条例第九条规定，建设单位未按要求进行节能专项验收的，由主管部门责令"
    "限期改正，并处以工程合同价款百分之一以上百分之三以下的罚款。\n\n"
    "第二十二条 本市新建公共建筑的单位面积能耗，到2025年比2020年下降百分之十。\n"
)


def test_fine_amount_is_a_term_of_the_rule(tmp_path):
    found = _page_targets(tmp_path, "rule.md", _FINES, "2022-03-28", "zh")
    assert not any(value in (1.0, 3.0) for value, _, _ in found)
    assert (10.0, "%", 2025) in found  # an aim stated in the same regulation


# ------------------------------------------------- a paragraph's opening deadline first

_PLAN = (
    "# 关于印发《某市推动低碳产业发展行动方案（2026—2030年）》的通知\n\n"
    "**某市推动低碳产业发展行动方案（2026—2030年）**\n\n"
    " **一、工作目标**\n\n"
    "  到2027年，低碳产业规模明显扩大，创新能力显著提升。培育4—6家龙头企业；建成2个以上"
    "示范园区。\n\n"
    "  到2030年，形成完整产业体系。培育10家以上龙头企业。\n"
)


def test_paragraph_opening_deadline_dates_its_later_figures(tmp_path):
    found = _page_targets(tmp_path, "plan.md", _PLAN, "2025-12-01", "zh")
    assert (4.0, "", 2027) in found and (2.0, "", 2027) in found
    assert (4.0, "", 2030) not in found and (2.0, "", 2030) not in found
    assert (10.0, "", 2030) in found  # the paragraph that opens with the heading's own year


# ---------------------------------------------------------------- a row label as an aim

_MATRIX = """<html><body><main>
<p>Each goal of the office stands in a row with the steps that serve it.</p>
<table>
<tr><th></th><th></th><th>Steps</th><th>Water</th><th>Sites</th></tr>
<tr><td>1</td><td>Zero waste to landfill by 2040</td><td>Sort waste at the source</td>
<td></td><td>x</td></tr>
<tr><td>2</td><td>35% less water used in offices by 2031, with a 15% cut by 2027</td>
<td>Fit meters on every floor</td><td>x</td><td>x</td></tr>
<tr><td>3</td><td>Shared bicycles</td><td>Open a bicycle store at each site</td><td>x</td><td></td></tr>
</table>
</main></body></html>
"""

_YEARS = """| Indicator | 2020 | Target 2030 |
|---|---|---|
| Share of renewable power (%) | 21 | 45 |
"""


def test_row_label_that_states_an_aim_is_read(tmp_path):
    found = _page_targets(tmp_path, "matrix.html", _MATRIX, "2022-01-10", "en")
    assert (35.0, "%", 2031) in found
    assert (15.0, "%", 2027) in found  # a later pair of the cell, opened by "with"
    assert not any(value == 3.0 for value, _, _ in found)  # a row number is no aim


def test_ordinary_year_table_is_kept(tmp_path):
    found = _page_targets(tmp_path, "table.md", _YEARS, "2022-01-10", "en")
    assert (45.0, "%", 2030) in found
    assert (21.0, "%", 2020) not in found


# ----------------------------------------------- a restated figure and its own deadline

_LEAD = "Our campus aims, on the way to zero waste by 2045:\n\n"
# the same figure of one measure, named again or with a word more: due at its own deadline
_RESTATED = [
    (
        _LEAD + "- Recover 75% of food waste. Food waste recovery should reach 75% by 2029.\n"
        "- Plant a tree for each new hire.\n",
        {(75.0, "%", 2029)},
    ),
    (
        _LEAD + "- Buy 90% recycled office paper by 2028. A single supplier will meet the 90%"
        " recycled printing paper share.\n",
        {(90.0, "%", 2028)},
    ),
]

# the same figure in one item, but of another measure: each keeps its own date
_TWO_MEASURES = [
    (
        _LEAD + "- Recover 75% of food waste. Cut paper use by 75% by 2029.\n",
        {(75.0, "%", 2045), (75.0, "%", 2029)},
    ),
    (
        _LEAD + "- Buy 90% recycled office paper by 2028. A single supplier will provide 90% of"
        " the office furniture.\n",
        {(90.0, "%", 2028), (90.0, "%", 2045)},
    ),
    (
        "By 2045 the district will:\n\n"
        "- Insulate 30% of its schools. Cut heating fuel in its offices by 30% by 2028.\n",
        {(30.0, "%", 2045), (30.0, "%", 2028)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _RESTATED)
def test_restated_figure_is_due_at_its_own_deadline(tmp_path, text, expected):
    assert _page_targets(tmp_path, "list.md", text, "2024-03-01", "en") == expected


@pytest.mark.parametrize(("text", "expected"), _TWO_MEASURES)
def test_same_figure_of_another_measure_keeps_the_lists_date(tmp_path, text, expected):
    assert _page_targets(tmp_path, "list.md", text, "2024-03-01", "en") == expected


# ---------------------------------------------------- a deadline on a fiscal year

_FISCAL_CASES = [
    # a fiscal year written with a two-digit end is due when it ends
    ("By 2026-27, at least 31.5% of electricity bought shall be renewable.", {(31.5, "%", 2027)}),
    ("By FY 2027-28, the board shall add 600 MW of storage.", {(600_000.0, "kW", 2028)}),
    # the slashed form is read the same way
    ("By 2028/29, at least 24% of the fleet shall be electric.", {(24.0, "%", 2029)}),
    # a spaced dash is no fiscal year: the year, then a figure of its own
    ("The plan runs by 2027 - 28% of its vans will be electric.", {(28.0, "%", 2027)}),
    # ordinary deadlines and ranges keep their reading
    ("By 2026-2027 the share shall reach 30%.", {(30.0, "%", 2027)}),
    ("The agency aims to reach 45% renewable power by 2030.", {(45.0, "%", 2030)}),
    ("In 2019-20, the share was 12%.", set()),
]


_FISCAL_CASES += [
    # inside brackets, a year before a colon labels the figure after it
    (
        "The share of heat pumps in new homes shall rise step by step (2028: 40%, 2032: 70%).",
        {(40.0, "%", 2028), (70.0, "%", 2032)},
    ),
    ("Sales fell in both years (2021: 12%, 2022: 9%).", set()),
]

# outside brackets a label, a year and a colon make a fact line, dated or not
_FACT_LINES = [
    ("Facts about the district. Households, 2020: 3.1 million; cars, 2023: 2.6 million.", set()),
    (
        "Milestones for heat pumps in new homes (2027: 35%; 2031: 65%).",
        {(35.0, "%", 2027), (65.0, "%", 2031)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _FACT_LINES)
@pytest.mark.parametrize("date", [None, "2025-06-01"])
def test_year_label_outside_brackets_is_no_deadline(text, date, expected):
    assert _targets(text, date, language="en") == expected


@pytest.mark.parametrize(("text", "expected"), _FISCAL_CASES)
def test_fiscal_year_deadline(text, expected):
    assert _targets(text, "2025-06-01", language="en") == expected


# ------------------------------------------------------------ language data, not code


def test_forward_infinitive_is_grammar_data():
    english = load_grammar("en").figures.forward_infinitive
    assert english.search("has pledged to cut")
    assert not english.search("fell to Europe's lowest")
    assert not load_grammar("zh").figures.forward_infinitive.search("to cut")
