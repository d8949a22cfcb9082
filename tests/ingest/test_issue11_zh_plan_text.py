"""Issue 11: Chinese plan text, the classes the zh_fresh first contact showed.

The cases are written in our own words in the register of the documents that showed each
class (news reports of five-year plans, a feature with full-width figures) and say what
must come out: which figures are targets (value, unit, year) and which are statistics.
"""

from __future__ import annotations

import pytest

from ingest.enumeration import find_lead_in
from ingest.lang import load_grammar
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id
from ingest.widths import fold_figures, has_wide_figures

NLP = build_nlp(language="zh")
ZH = load_grammar("zh")


def _records(text: str, date: str | None = "2011-06-01"):
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date, language="zh")
    extraction = process_document(document, nlp=NLP, types=("target", "statistic"))
    return [r for r in extraction.records if r.value is not None]


def _targets(text: str, date: str | None = "2011-06-01") -> set[tuple]:
    return {(r.value, r.unit, r.year) for r in _records(text, date) if isinstance(r, Target)}


def _statistics(text: str, date: str | None = "2011-06-01") -> set[tuple]:
    return {(r.value, r.role) for r in _records(text, date) if isinstance(r, Statistic)}


# ------------------------------------------------------------------ full-width figures


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("到２０３０年", "到2030年"),
        ("比重达到１８．５％左右", "比重达到18.5%左右"),
        ("０．６２吨标准煤", "0.62吨标准煤"),
        # a full-width full stop that ends a sentence stays; Chinese punctuation stays
        ("完成任务．下一步，（一）：", "完成任务．下一步，（一）："),
        ("ASCII 2025 stays", "ASCII 2025 stays"),
    ],
)
def test_full_width_figures_fold_to_ascii_of_the_same_length(text, folded):
    assert fold_figures(text) == folded
    assert len(fold_figures(text)) == len(text)


def test_only_full_width_digits_count_as_wide_figures():
    assert has_wide_figures("到２０３０年")
    assert not has_wide_figures("到2030年，（一）")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到２０１５年，全省城市公交车中新能源车辆比例要达到３５％。",
            {(35.0, "%", 2015)},
        ),
        (
            "到２０２０年，农村生活垃圾无害化处理能力要提高到１２．５万吨。",
            {(125000.0, "t", 2020)},
        ),
    ],
)
def test_a_target_written_in_full_width_figures_is_read(text, expected):
    assert _targets(text) == expected


def test_a_full_width_target_keeps_its_original_quote():
    text = "到２０１５年，全省城市公交车中新能源车辆比例要达到３５％。"
    (record,) = [r for r in _records(text) if isinstance(r, Target)]
    assert "３５％" in record.text
    assert record.value_text == "35%"


# ------------------------------------------------------------------ base levels


def test_the_level_of_a_base_year_is_a_statistic_and_the_cut_a_target():
    text = (
        "到2015年，全市每万元产值用水量要降到45立方米，比2010年的60立方米下降25%，"
        "比2005年的90立方米下降50%。"
    )
    targets = {(value, year) for value, _, year in _targets(text)}
    assert {(45.0, 2015), (25.0, 2015), (50.0, 2015)} <= targets
    assert not {60.0, 90.0} & {value for value, _ in targets}
    assert {60.0, 90.0} <= {value for value, _ in _statistics(text)}


# ------------------------------------------------------------------ 累计 and the plan period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cumulative capacity to be reached is an aim
        (
            "秸秆方面，到2015年底，全省秸秆累计综合利用量要达到600万吨，年替代标煤要达到20万吨。",
            {(6000000.0, "t", 2015), (200000.0, "t", 2015)},
        ),
        # a goal for the twelfth five-year period is due at its end
        ("“十二五”期间，全国城镇污水处理率要达到85%以上。", {(85.0, "%", 2015)}),
    ],
)
def test_cumulative_aims_and_period_aims_are_targets(text, expected):
    assert _targets(text) == expected


def test_a_cumulative_figure_already_reached_is_a_statistic():
    text = "截至2010年底，全省累计建成污水处理厂120座，累计处理能力达到300万吨。"
    assert _targets(text) == set()


# ------------------------------------------------------------------ whose figure is it


def test_a_list_under_an_analysts_forecast_is_a_projection():
    text = "某证券分析师王某预计，“十二五”期间，全国铁路投资将在年均15%左右，带动设备需求。"
    assert _targets(text) == set()
    assert (15.0, "projection") in _statistics(text)


def test_an_analysts_paragraph_holds_views_not_aims():
    text = (
        "根据规划，到2015年全省光伏装机要达到200万千瓦。\n\n"
        "某研究院研究员李某表示，光伏装机增长很快，预计年均增速达到40%。"
        "而2016-2020年，分布式光伏将成为主力，年均复合增长率达到35%。"
    )
    assert _targets(text) == {(2000000.0, "kW", 2015)}
    assert {(40.0, "projection"), (35.0, "projection")} <= _statistics(text)


def test_a_plan_disclosed_by_an_official_source_stays_an_aim():
    text = "权威人士向记者透露，根据正在制定的规划，到2015年全国生物柴油产量要达到200万吨。"
    assert _targets(text) == {(2000000.0, "t", 2015)}


def test_a_plan_that_words_its_figures_as_a_forecast_states_no_aim():
    text = "规划指出，预测到2015年，全行业销售收入将达到5000亿元，年均增长15%左右。"
    assert _targets(text) == set()


# ------------------------------------------------------------------ where the year belongs


def test_a_deadline_after_a_comma_dates_what_follows_it_only():
    text = "省里的“十二五”规划定下生物质发电装机80万千瓦的目标，而到2020年要建成300万千瓦。"
    targets = _targets(text)
    assert (3000000.0, "kW", 2020) in targets
    assert (800000.0, "kW", 2020) not in targets


def test_a_lead_in_deadline_after_an_opening_quote_dates_every_aim():
    text = (
        "一位知情人士透露，在正在讨论的“十二五”产业思路里，相关表述为，"
        "“到2015年，攻克若干核心工艺，重要部件国产化率提高到60%。”"
    )
    lead = find_lead_in(text, ZH)
    assert text[:lead].endswith("“到2015年，")
    assert (60.0, "%", 2015) in _targets(text)
