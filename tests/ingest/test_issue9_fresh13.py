"""Issue 9, thirteenth fresh set: the classes its first contact showed, in texts of our own.

A saved page whose paragraph or link tag is never closed nests every later paragraph and
table inside it: the page's text came out as one line and its tables as runs of bare
numbers (an annex of projects and their budgets read as aims, an indicator table's target
column lost). Such a tag now becomes a block before the page is read, so its tables come
out as rows; a well-formed page is read as before. A work report's list of the year's aims
opens with 今年 ("this year"): it is the document's year (明年 the next), but 今年以来 and
今年上半年 tell what has happened so far. A page date that is only a year guessed from the
footer (1 January) gives way to the date the page labels as its publication date. A
contents line's leader dots and page number are furniture, not a figure under a goals
heading; "is predicted to" frames a forecast like "is projected to".
"""

from __future__ import annotations

import pytest

from ingest.boilerplate import find_labelled_date
from ingest.deadlines import find_deadlines
from ingest.lang import load_grammar
from ingest.load import load_document
from ingest.pipeline import build_nlp, process_document
from ingest.plain_furniture import blank_furniture
from ingest.records import Document, Target, content_id
from ingest.web import extract_html

NLP = {"zh": build_nlp(language="zh")}
NLP_EN = build_nlp(language="en")
ZH = load_grammar("zh")


def _targets(document: Document) -> set[tuple]:
    extraction = process_document(document, nlp=NLP["zh"], types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


def _cell(text: str) -> str:
    return f'<td><p><span style="FONT-SIZE: 16px">{text}</span></p></td>'


def _row(*cells: str) -> str:
    return "<tr>" + "".join(_cell(c) for c in cells) + "</tr>"


_BODY = (
    "<p><span>（三）发展指标</span></p>"
    "<p><span>到2025年，全市普惠性托育机构覆盖率达到90%以上。</span></p>"
    "<table><tbody>"
    + _row("指标", "十三五末", "2025年目标")
    + _row("社区图书室覆盖率（%）", "71.5", "85")
    + _row("公共体育场馆数量（个）", "36", "48")
    + "</tbody></table>"
    "<p><span>附件</span></p>"
    "<table><tbody>"
    + _row("序号", "项目名称", "计划投资（万元）")
    + _row("1", "东区体育馆", "26500")
    + _row("2", "西区图书馆", "18300")
    + "</tbody></table>"
)
_SHELL = (
    "<html><head><title>规划</title></head><body><div class='menu'>首页 新闻 公告</div>"
    "<div class='content'>{body}</div><div class='foot'>版权所有</div></body></html>"
)
# The same body inside a paragraph and a link that are never closed, as an old content
# system saves a page exported from a word processor.
_UNCLOSED = _SHELL.format(body="<p><span><a name='top'>" + _BODY)
_CLOSED = _SHELL.format(body=_BODY)


@pytest.mark.parametrize("html", [_UNCLOSED, _CLOSED], ids=["unclosed-tags", "well-formed"])
def test_tables_inside_an_unclosed_tag_come_out_as_rows(html):
    text, _ = extract_html(html.encode("utf-8"), "plan.html")
    lines = text.splitlines()
    assert any("71.5" in line and "85" in line and "|" in line for line in lines)
    assert any("26500" in line and "|" in line for line in lines)
    # each paragraph on a line of its own, not run together with the tables
    assert not any("覆盖率达到90%" in line and "71.5" in line for line in lines)


_CARD_PAGE = (
    "<html><head><title>Trees</title></head><body><div>"
    "<p>The council will plant 400 street trees across the old town by 2030, and the work "
    "starts in spring with the help of local schools and volunteers.</p>"
    "<p>Each ward gets a share of the budget, and residents can ask for a tree outside their "
    "home.</p>"
    + "".join(
        f"<a href='/news/{n}'><div class='card'><h3>Related story {n}: harbour works</h3>"
        "<p>Read how the harbour front is changing.</p></div></a>"
        for n in range(1, 7)
    )
    + "</div></body></html>"
)


def test_closed_card_links_wrapping_blocks_stay_links_and_are_dropped():
    text, _ = extract_html(_CARD_PAGE.encode("utf-8"), "trees.html")
    assert "400 street trees" in text and "share of the budget" in text
    assert "Related story" not in text


def test_a_plan_page_with_unclosed_tags_gives_its_table_targets_not_its_budgets(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text(_UNCLOSED, encoding="utf-8")
    found = _targets(load_document(path, metadata={"date": "2021-03-01", "language": "zh"}))
    assert (90.0, "%", 2025) in found
    assert (85.0, "%", 2025) in found and (48.0, "", 2025) in found
    # the baseline column, the annex's budgets and its row numbers are no aims
    values = {value for value, _, _ in found}
    assert not values & {71.5, 36.0, 26500.0, 18300.0, 1.0, 2.0}


_THIS_YEAR = [
    # the year's aims of a report dated 2024
    ("今年发展主要预期目标是：地区生产总值增长6%左右，城镇新增就业8万人以上。", {2024}),
    ("明年力争新建公共充电桩3000个。", {2025}),
    # what has happened so far this year is no aim
    ("今年以来，全市新增就业2.1万人。", set()),
    ("今年上半年，地区生产总值增长5.8%。", set()),
    ("今年暑期档共有超过80部新片上映。", set()),
    # a report verb after the year, or a comparison with last year, tells what it brought
    ("今年新增农村公路通车里程4千公里，同比增长6%。", set()),
    ("今年完成造林面积20万亩，增长9%。", set()),
    ("今年计划新建的污水管网已铺设400公里。", set()),
    (
        "今年，全省已有12个项目开工，到2030年，全省新能源装机规模达到3000万千瓦。",
        {2030},
    ),
    # an ordinary dated aim beside them
    ("到2026年，全市新建公共充电桩5000个。", {2026}),
]


@pytest.mark.parametrize("text, years", _THIS_YEAR)
def test_this_year_is_the_documents_year(text, years):
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date="2024-03-08", language="zh"
    )
    assert {year for _, _, year in _targets(document)} == years


def test_this_year_is_a_deadline_of_the_documents_year_and_so_far_is_not():
    assert [d.year for d in find_deadlines("今年要保持粮食产量稳定", ZH, doc_year=2024)] == [2024]
    assert [d.year for d in find_deadlines("今年还将推进供水一体化", ZH, doc_year=2024)] == [2024]
    assert [d.year for d in find_deadlines("明年要完成改造", ZH, doc_year=2024)] == [2025]
    assert find_deadlines("明年完成改造", ZH, doc_year=2024) == []
    assert find_deadlines("今年实现营业收入增长7%，同比提高2个百分点", ZH, doc_year=2024) == []
    assert find_deadlines("今年以来累计完成投资", ZH, doc_year=2024) == []
    assert find_deadlines("今年是规划实施的关键一年", ZH, doc_year=2024) == []
    # a season of the year, or what the year has seen so far, is no deadline
    assert find_deadlines("今年夏收期间引进收割机", ZH, doc_year=2024) == []
    assert find_deadlines("今年，全省已有10个项目开工", ZH, doc_year=2024) == []


_LABELLED = [
    ("文章来源： 作者： 发布时间：2024年03月11日 点击数：次", "2024-03-11"),
    ("Source: ministry | Published: 5 June 2023 | Views: 120", "2023-06-05"),
    ("本站首页 联系我们 版权所有 2000-2026", None),
]


@pytest.mark.parametrize("line, iso", _LABELLED)
def test_a_labelled_publication_date_anywhere_on_a_line(line, iso):
    assert find_labelled_date(line) == iso


def test_a_footer_year_gives_way_to_the_labelled_publication_date():
    page = (
        "<html><head><title>学习材料</title></head><body>"
        "<div class='info'>文章来源： 作者： 发布时间：2024年03月11日 点击数：次</div>"
        "<div class='content'><p>今年发展主要预期目标是：地区生产总值增长6%左右。</p>"
        "<p>要坚持稳中求进，推动高质量发展。</p><p>全面深化改革开放。</p></div>"
        "<div class='foot'>Copyright © 2000-2026 某某中学 版权所有</div></body></html>"
    )
    _, meta = extract_html(page.encode("utf-8"), "page.html")
    assert meta["date"] == "2024-03-11"


_CONTENTS = [
    # a contents line's leader and page number go; the heading's words stay
    ("（二）发展目标……………………………………6\n", "（二）发展目标"),
    ("2.3 Funding ............... 14\n", "2.3 Funding"),
    # a prose ellipsis before a count, and an ordinary aim, are kept as written
    ("新建学校、医院……等12类项目。\n", "新建学校、医院……等12类项目。"),
    ("到2025年，新建学校12所。\n", "到2025年，新建学校12所。"),
]


@pytest.mark.parametrize("line, kept", _CONTENTS)
def test_a_contents_lines_page_number_is_furniture(line, kept):
    blanked = blank_furniture(line)
    assert len(blanked) == len(line)
    assert blanked.rstrip() == kept


def test_a_page_number_after_a_goals_heading_in_the_contents_is_no_aim(tmp_path):
    text = (
        "目 录\n（三）主要目标………………………………………4\n（四）重点任务………………………………………6\n"
        "（三）主要目标\n到2025年，全市新建公办幼儿园12所。\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    found = _targets(load_document(path, metadata={"date": "2021-03-01", "language": "zh"}))
    assert found == {(12.0, "", 2025)}


_PREDICTED = [
    # a forecast worded "is predicted to": reported, no aim
    ("Electric cars are predicted to reach between 15% and 25% of new sales by 2030.", set()),
    ("Demand is predicted to double to 40 TWh by 2035.", set()),
    # the same figures as the government's own aims
    (
        "The government will raise electric cars to 25% of new sales by 2030.",
        {(25.0, "%", 2030)},
    ),
    ("Demand for clean power is to reach 40 TWh by 2035.", {(4e10, "kWh", 2035)}),
]


@pytest.mark.parametrize("text, expected", _PREDICTED)
def test_is_predicted_to_is_a_forecast(text, expected):
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date="2018-09-01", language="en"
    )
    extraction = process_document(document, nlp=NLP_EN, types=("target",))
    found = {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }
    assert found == expected


_TABLE_CELLS = [
    # a target cell with a floor or a ceiling written in words before its figure
    ("不少于60", {(60.0, "%", 2025)}),
    ("至少20", {(20.0, "%", 2025)}),
    ("不高于8", {(8.0, "%", 2025)}),
    # an ordinary cell and one already read before
    ("55", {(55.0, "%", 2025)}),
    ("不低于70", {(70.0, "%", 2025)}),
]


@pytest.mark.parametrize("cell, expected", _TABLE_CELLS)
def test_a_table_cell_with_a_comparator_word_is_read(tmp_path, cell, expected):
    text = (
        "（四）主要指标\n| 指标 | 2020年 | 2025年目标 |\n"
        f"| 优质高中招生名额分配比例（%） | 45 | {cell} |\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    found = _targets(load_document(path, metadata={"date": "2021-03-01", "language": "zh"}))
    assert found == expected


_LOOKING_BACK = [
    # a paragraph that opens with the last plan period reports in every sentence: the
    # second sentence's counts are what the county has, not what it aims at
    (
        "“十三五”时期，县委、县政府坚持把卫生事业摆在优先位置，统筹推进各项改革，完成了既定"
        "的主要目标任务，已经具备了进一步发展的基础：基层医疗机构标准化率达88.5%，家庭医生"
        "签约率达76.2%。公共卫生体系不断完善，全县拥有9个疾控分中心，床位总数突破5000张，"
        "建成社区康复站63家，执业医师达到1520名，群众满意度持续提升。",
        set(),
    ),
    # a modal of its own makes a later sentence an aim again
    (
        "“十三五”时期，全市普惠性幼儿园覆盖面达92%。今后要力争建成省级实训基地15个。",
        {(15.0, "", None)},
    ),
    # a paragraph opening with a deadline ahead dates its aims as before
    (
        "到2025年，普惠性幼儿园覆盖面达到95%。职业教育在校生数达到12万人。",
        {(95.0, "%", 2025), (120000.0, "", 2025)},
    ),
]


@pytest.mark.parametrize("text, expected", _LOOKING_BACK)
def test_a_paragraph_that_opens_looking_back_reports_throughout(text, expected):
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date="2021-03-01", language="zh"
    )
    assert _targets(document) == expected


_NAMED_BY_DIGITS = [
    # a programme named by bare digits in quotes counts nothing
    ("“十四五”期间，全市将全面落实“2410”政策体系，建设“8890”工程。", set()),
    # quoted counts with their measure word, and an ordinary count, stay aims
    ("到2025年，全市新增“100”个社区站点。", {(100.0, "", 2025)}),
    ("到2025年，全市新建学校120所。", {(120.0, "", 2025)}),
    # a slogan's name with a figure in it counts nothing either
    ("到2026年，全区建成“10分钟健身圈”。", set()),
    # an aim quoted whole, its figure with its unit inside the quote, is an aim
    ("到2027年，确保完成“新增岗位6万个”的任务。", {(60000.0, "", 2027)}),
    ("到2028年，力争实现“城区绿地率达到42%”目标。", {(42.0, "%", 2028)}),
]


@pytest.mark.parametrize("text, expected", _NAMED_BY_DIGITS)
def test_a_programme_named_by_digits_in_quotes_is_no_amount(text, expected):
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date="2021-03-01", language="zh"
    )
    assert _targets(document) == expected


_SHARE_HELD = [
    # the share a sector holds of a whole, quoted in a sentence that also speaks of targets
    (
        "The review says the change might help meet the targets, noting that freight "
        "contributes 35 per cent of all emissions, with lorries contributing over 70 per cent.",
        set(),
    ),
    ("Heat accounts for 45% of final energy use in the region.", set()),
    # a modal or "to" before the verb makes the share an aim
    ("Renewables will account for 40% of electricity by 2030.", {(40.0, "%", 2030)}),
    ("Electric vehicles are to make up 30% of new sales by 2030.", {(30.0, "%", 2030)}),
    # so does an aim word earlier in the clause, or a deadline after the share
    (
        "By 2035, the Council will see to it that wind power makes up 65 per cent of the grid mix.",
        {(65.0, "%", 2035)},
    ),
    (
        "Charging points are being added so that electric buses account for 25% of the "
        "fleet by 2032.",
        {(25.0, "%", 2032)},
    ),
    # beside a share held today, the aim of the same sentence is kept
    (
        "Coal accounts for 60% of electricity generation, and the state aims to cut it to 20% "
        "by 2030.",
        {(20.0, "%", 2030)},
    ),
]


@pytest.mark.parametrize("text, expected", _SHARE_HELD)
def test_a_share_a_part_holds_of_a_whole_is_reported(text, expected):
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date="2018-08-01", language="en"
    )
    extraction = process_document(document, nlp=NLP_EN, types=("target",))
    found = {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }
    assert found == expected
