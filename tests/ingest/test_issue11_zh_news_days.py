"""Issue 11: a day's evening news in Chinese, as the zh_fresh7 texts show it.

- A digest whose title line ends with its day ("# 晚间新闻 2024-05-09") is of that day, so a
  count of an earlier year is a statistic, not an aim (``find_title_date``).
- An item whose headline runs into its body with no stop ("…力争下降6%记者从…了解到，到2029年，…")
  is cut where the body opens, so the body's deadline dates every aim after it
  (``[structure] run_in_body``).
- 累计 under a deadline "到2029年底" totals what is to be done by then (``[cues] cumulative``).
- A count of kinds closing a list ("等14类问题", "等5个方面") sizes the list (furniture).
- 于 of an aim's floor (不少于) is no "in": "不少于50个试点项目" is an aim (``scope_before``);
  a rule's 不得少于 keeps its reading.

All sentences are made up for these tests, in the register of the evening news. Each rule has
an ordinary aim or statistic beside it that keeps its reading.
"""

from __future__ import annotations

import pytest

from ingest.boilerplate import find_title_date
from ingest.load import load_document
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id
from ingest.segment import split_clauses

NLP = build_nlp(language="zh")


def _targets(text: str, date: str | None = None) -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh", date=date)
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("# 晚间新闻 2024-05-09\n\n## 一则消息\n\n正文。", "2024-05-09"),
        ("晚间新闻 2024年5月9日\n\n正文。", "2024-05-09"),
        ("# Evening bulletin (2023-11-30)\n\nText.", "2023-11-30"),
        # a date inside the line, a bare date line, a long sentence, a bad day: nothing
        ("# 2024-05-09 晚间新闻\n\n正文。", None),
        ("2024-05-09\n\n正文。", None),
        ("到2030年，全省新建充电桩不少于五万个，各地要加快工作进度，截至2024-05-09\n", None),
        ("# 晚间新闻 2024-02-31\n\n正文。", None),
    ],
)
def test_a_title_that_ends_with_a_day_dates_the_text(text, date):
    assert find_title_date(text) == date


def test_a_dated_digest_reads_an_earlier_year_as_a_statistic(tmp_path):
    text = (
        "# 晚间新闻 2024-05-09\n\n## 货运班列十年增长\n\n"
        "货运班列年开行量由2014年的800列增长到2023年的9000列。"
        "按照方案，到2027年，开行量达到12000列。\n"
    )
    path = tmp_path / "news.md"
    path.write_text(text, encoding="utf-8")
    document = load_document(path)
    assert document.date == "2024-05-09"
    got = {
        (r.value, r.year)
        for r in process_document(document, nlp=NLP, types=("target",)).records
        if isinstance(r, Target) and r.value is not None
    }
    assert (12000.0, 2027) in got
    assert (9000.0, 2023) not in got


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a headline run into its body: the body's deadline dates both cuts
        (
            "中央财政下达救灾资金1.5亿元近日，财政部下达资金1.5亿元，支持7省份工作。"
            '"十五五"时期全省学校单位面积用水将力争下降6.5%记者从省教育厅了解到，到2029年，'
            "全省学校单位面积用水将力争下降6.5%，单位面积用电力争下降4%。",
            {(6.5, "%", 2029), (4.0, "%", 2029)},
            {(4.0, "%", None), (4.0, "%", 2030)},
        ),
        # an ordinary sentence with the reporter's source after a comma is left whole
        (
            "据介绍，记者从省教育厅了解到，到2029年，全省学校单位面积用电力争下降4%。",
            {(4.0, "%", 2029)},
            set(),
        ),
        # a day before 日前 is no headline: the sentence stays whole
        ("各市人民政府要在2029年3月31日前，报送实施方案。", set(), {(31.0, "", 2029)}),
        (
            "到2029年，各市要在3月31日前，新建充电桩500个。",
            {(500.0, "", 2029)},
            {(31.0, "", 2029)},
        ),
        # 累计 under a deadline ahead: what is to be done by then
        (
            "按照工作方案要求，到2029年底，五大行业累计节水量超3亿立方米、减少排放超5亿吨。",
            {(300000000.0, "m3", 2029), (500000000.0, "t", 2029)},
            set(),
        ),
        (
            "到2029年底，五大行业累计节水量要达到3亿立方米。",
            {(300000000.0, "m3", 2029)},
            set(),
        ),
        # 累计 as of a day, over a past period, or beside another fact cue: a statistic
        ("截至2023年底，五大行业累计节水量超3亿立方米。", set(), {(300000000.0, "m3", 2023)}),
        ("今年以来，五大行业累计节水量超3亿立方米。", set(), {(300000000.0, "m3", None)}),
        (
            "到2029年底，五大行业累计节水量同比增长超3亿立方米。",
            set(),
            {(300000000.0, "m3", 2029)},
        ),
        # 于 of a comparator is no "in"
        (
            "到2029年，培育一批龙头企业，遴选不少于50个应用场景试点项目等。",
            {(50.0, "", 2029)},
            set(),
        ),
        ("到2029年，试点项目不少于50个。", {(50.0, "", 2029)}, set()),
        # a rule's own floor (不得少于) keeps its reading: a term of the rule
        ("开展现场核查时，核查人员不得少于3人。", set(), {(3.0, "", None)}),
        # a count of kinds closing a list sizes the list; the aim beside it is kept
        (
            "到2027年，集中整治虚假信息等14类问题，培育示范企业不少于200家。",
            {(200.0, "", 2027)},
            {(14.0, "", 2027)},
        ),
        (
            "到2027年，围绕标准、人才等5个方面，建成示范园区30个。",
            {(30.0, "", 2027)},
            {(5.0, "", 2027)},
        ),
        ("到2027年，建成北京、上海等10个示范城市。", {(10.0, "", 2027)}, set()),
        # a place the work is done in stays a scope
        ("到2029年，试点工作将于30个城市展开。", set(), {(30.0, "", 2029)}),
        ("到2029年，在30个城市开展试点。", set(), {(30.0, "", 2029)}),
    ],
)
def test_news_days_run_ins_totals_and_comparators(text, wanted, unwanted):
    got = _targets(text, date="2024-05-09")
    assert wanted <= got, got
    assert not (unwanted & got), got


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "东湖水电站二期主体完工今天（5月9日），位于江上游的东湖水电站二期主体完工。",
            ["东湖水电站二期主体完工", "今天（5月9日），位于江上游的东湖水电站二期主体完工。"],
        ),
        (
            "西河水电站全面投运记者今天（5月9日）从电力集团获悉，西河水电站全面投运发电。",
            ["西河水电站全面投运", "记者今天（5月9日）从电力集团获悉，西河水电站全面投运发电。"],
        ),
        # as of a day, and a day's date inside a sentence, leave it whole
        (
            "全年票房超100亿元截至今天（5月9日），全年票房已超100亿元。",
            ["全年票房超100亿元截至今天（5月9日），全年票房已超100亿元。"],
        ),
        ("全省节能周今天（5月9日）启动。", ["全省节能周今天（5月9日）启动。"]),
    ],
)
def test_a_headline_run_into_its_body_is_cut_where_the_body_opens(text, pieces):
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh")
    assert [c.text for c in split_clauses(document, NLP)] == pieces
