"""Issue 11: a statistics bureau's texts and a regulation's figures, as the zh_fresh11 texts
show them.

- A clause of an undated Chinese report with a point year of its own ("2029年，", "2029年末，")
  and no forward word (将, 要, 力争, 确保, 目标, 计划, …) reports that year: its figures are no
  aims. The report shows itself by its title or by a comparison with the year before
  (``[cues] report_title``, ``year_on_year``); a plan's bare year stays an aim
  (tests/ingest/test_undated_plan_year_aims.py). A dated text, and a clause with a forward
  word, keep their readings.
- A proportion of parts written with a colon ("85：10：5", "80：20") is no figure (``[figures]
  furniture``); a ratio to one ("2：1", "2.2：1") is one figure, unit "ratio" (``[figures]
  ratio``), an aim or a fact as its clause reads.
- A date on a line of its own in brackets under the title ("（2032年3月18日）"), as a
  statistical bulletin carries it, dates the text like a report's delivery line
  (``[signing_date] delivery``).

All sentences are made up for these tests, in the register of a city statistics bureau.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id
from ingest.signing_date import find_delivery_date

NLP = build_nlp(language="zh")


def _records(text: str, date: str | None = None) -> tuple[set[tuple], set[tuple]]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh", date=date)
    records = process_document(document, nlp=NLP, types=("target", "statistic")).records
    aims = {(r.value, r.unit, r.year) for r in records if isinstance(r, Target) and r.value}
    facts = {(r.value, r.unit, r.year) for r in records if isinstance(r, Statistic) and r.value}
    return aims, facts


@pytest.mark.parametrize(
    "sentence",
    [
        "2029年，全县新建冷库9座，果蔬产量12万吨，每座冷库年收益约80万元。",
        "2029年末，全县奶牛存栏4.2万头；羊存栏15.6万只，禽蛋产量2.3万吨。",
        "2029年，全县农作物播种面积640万亩，其中玉米种植面积410万亩。",
    ],
)
def test_an_undated_report_clause_opened_by_a_year_states_that_year(sentence):
    aims, facts = _records("# 某县农业发展情况\n\n" + sentence)
    assert aims == set()
    assert facts


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("2029年，全县力争新建冷库9座。", (9.0, "", 2029)),
        ("2029年，全县农作物播种面积要稳定在640万亩。", (6400000.0, "亩", 2029)),
        ("2029年，全县计划新建冷库9座。", (9.0, "", 2029)),
    ],
)
def test_an_undated_clause_with_a_forward_word_keeps_its_aim(sentence, wanted):
    aims, _facts = _records("# 某县农业工作安排\n\n" + sentence)
    assert any(a[0] == wanted[0] and a[2] == wanted[2] for a in aims), aims


@pytest.mark.parametrize(
    "sentence", ["2029年，全县实现碳达峰。", "展望2029年，全县基本实现碳中和。"]
)
def test_an_undated_pledge_or_outlook_keeps_its_year(sentence):
    document = Document(doc_id=content_id(sentence), path="t.txt", text=sentence, language="zh")
    records = process_document(document, nlp=NLP, types=("target",)).records
    assert 2029 in {r.year for r in records if isinstance(r, Target)}


def test_a_dated_text_reads_its_year_as_before():
    text = "# 某县农业工作安排\n\n2031年，全县力争新建冷库9座。2029年，全县新建冷库7座。"
    aims, facts = _records(text, date="2030-12-20")
    assert {a[0] for a in aims} == {9.0}
    assert 7.0 in {f[0] for f in facts}


def test_a_proportion_of_parts_with_a_colon_is_no_figure():
    aims, facts = _records("# 某县农业发展情况\n\n全县粮经饲比例为85：10：5，粮经比为80：20。")
    assert aims == set()
    assert not {f for f in facts if f[0] in (85.0, 10.0, 5.0, 80.0, 20.0, 4.0)}


def test_a_reported_ratio_to_one_is_one_figure_and_no_aim():
    aims, facts = _records("# 某县农业发展情况\n\n城乡居民收入比由2010年的3.1：1缩小到2.2：1。")
    assert aims == set()
    assert {f[:2] for f in facts} <= {(3.1, "ratio"), (2.2, "ratio")}


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "到2029年，全县车桩比达到2：1，公共充电桩达到6000个。",
            {(2.0, "ratio", 2029), (6000.0, "", 2029)},
        ),
        ("到2029年，全县车桩比力争达到1.5：1。", {(1.5, "ratio", 2029)}),
        ("到2029年，城乡居民收入比缩小到1.9：1以内。", {(1.9, "ratio", 2029)}),
    ],
)
def test_an_aimed_ratio_to_one_is_one_aim(sentence, wanted):
    aims, _facts = _records("# 某县农业农村发展规划\n\n" + sentence, date="2026-03-01")
    assert aims == wanted


def test_a_share_beside_a_ratio_is_still_read():
    text = "# 某县农业工作安排\n\n到2035年，全县粮经饲比例调整为70：20：10，粮食自给率达到95%以上。"
    aims, _facts = _records(text)
    assert (95.0, "%", 2035) in aims
    assert not {a for a in aims if a[0] in (70.0, 20.0, 10.0)}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "# 2031年某市国民经济和社会发展统计公报\n\n某市统计局\n（2032年3月18日）\n\n正文。\n",
            "2032-03-18",
        ),
        ("# 某市统计公报\n\n(2032年3月18日)\n\n正文。\n", "2032-03-18"),
        # a date in brackets inside a sentence, and one that is not a day
        ("# 某市统计公报\n\n本公报（2032年3月18日）由市统计局发布。\n", None),
        ("# 某市统计公报\n\n（2032年2月30日）\n\n正文。\n", None),
    ],
)
def test_a_date_line_in_brackets_under_the_title_dates_the_text(text, day):
    assert find_delivery_date(text) == day


def test_a_dated_bulletins_table_under_a_year_caption_holds_no_aims(tmp_path):
    from ingest.load import load_document

    text = (
        "# 2031年某市国民经济和社会发展统计公报\n\n某市统计局\n（2032年3月18日）\n\n"
        "一、农业\n全年粮食总产量420.5万吨，比上年增长2.1%。\n"
        "2031年主要农产品产量\n指标名称\n产量（万吨）\n同比增长（±%）\n粮食\n420.5\n2.1\n"
        "蔬菜\n96.3\n-1.4\n"
    )
    path = tmp_path / "bulletin.md"
    path.write_text(text, "utf-8")
    document = load_document(path)
    assert document.date == "2032-03-18"
    records = process_document(document, nlp=NLP, types=("target",)).records
    assert not [r for r in records if isinstance(r, Target) and r.value]
