"""The limits of a goals lead-in and of a plan's proposal for a bare year (Chinese).

All sentences are made up for these tests. A goals lead-in ("主要目标是，到2025年，") dates the
undated figures of its paragraph's later sentences, but not a sentence that reports what was
done (a past year, a past plan period, 去年, “十三五”以来, 通报), not a clause without a figure,
and not past a later closing deadline of the paragraph. "《行动方案》提出，2024年，" looks forward
to 2024 in a text issued in 2024 too; 明确 before a bare year is no plan's proposal. Each case
keeps an ordinary aim beside it.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")
LEAD = "主要目标是，到2025年，能源结构明显优化。"
AIM = "万元工业增加值用水量比2022年下降16%。"  # the kept aim after each report


def _targets(text: str, date: str | None = None) -> list[Target]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date, language="zh")
    extraction = process_document(document, nlp=NLP, types=("target",))
    return [r for r in extraction.records if isinstance(r, Target)]


def _valued(text: str, date: str | None = None) -> set[tuple]:
    return {(r.value, r.unit, r.year) for r in _targets(text, date) if r.value is not None}


@pytest.mark.parametrize(
    ("report", "unwanted"),
    [
        (
            "2020年，全国单位国内生产总值能耗比2015年下降13.2%；非化石能源消费比重达到15.9%。",
            {(13.2, "%", 2025), (15.9, "%", 2025)},
        ),
        (
            "“十三五”期间，全国单位国内生产总值能耗累计下降13.2%，非化石能源消费比重达到15.9%。",
            {(13.2, "%", 2025), (15.9, "%", 2025)},
        ),
        (
            "去年全国单位国内生产总值能耗下降2.7%，非化石能源消费比重达到15.9%。",
            {(2.7, "%", 2025), (15.9, "%", 2025)},
        ),
        (
            "“十三五”以来，全国非化石能源消费比重提高到15.9%，煤电装机占比下降到56%。",
            {(15.9, "%", 2025), (56.0, "%", 2025)},
        ),
        (
            "会议还通报了，全国共有1200家企业参与试点，占全部企业的35%。",
            {(35.0, "%", 2025), (1200.0, "", 2025)},
        ),
    ],
)
def test_a_report_after_a_goals_lead_stays_a_fact(report: str, unwanted: set) -> None:
    got = _valued(f"会议指出，要坚定不移推进。{LEAD}{report}{AIM}", "2021-03-01")
    assert not unwanted & got, f"unexpected {unwanted & got}"
    assert (16.0, "%", 2025) in got, got  # the aim after the report still takes the lead


def test_a_later_deadline_ends_the_goals_lead() -> None:
    text = (
        "方案确定的主要目标是，到2025年，人居环境明显改善。到2035年，林草覆盖率达到30%。"
        "城市生活垃圾回收利用率达到60%。"
    )
    got = _valued(text, "2021-11-07")
    assert (30.0, "%", 2035) in got, got
    assert (60.0, "%", 2025) not in got, got


def test_the_goals_lead_dates_only_clauses_with_a_figure() -> None:
    text = (
        "方案确定的主要目标是，到2025年，人居环境明显改善。到2035年，生态文明建设目标全面实现。"
        "围绕河湖保护，方案要求加快推进岸线整治。方案还就做好宣传引导作了具体部署。"
    )
    found = _targets(text, "2021-11-07")
    assert not any("宣传引导" in r.text or "河湖保护" in r.text for r in found), [
        r.text for r in found
    ]
    assert {r.year for r in found} == {2025, 2035}, found  # the two deadlines are kept


@pytest.mark.parametrize("date", [None, "2023-12-01", "2024-03-01", "2024-12-31"])
def test_a_plans_proposal_for_its_own_year_of_issue(date: str | None) -> None:
    text = (
        "《行动方案》提出，2024年，全省单位生产总值能耗下降2.5%左右，"
        "工业用水重复利用率达到92%左右。"
    )
    got = _valued(text, date)
    assert {(2.5, "%", 2024), (92.0, "%", 2024)} <= got, got


def test_a_finding_made_clear_for_a_past_year_stays_a_fact() -> None:
    got = _valued("会议明确，2019年，全市完成造林面积12万亩，森林覆盖率达到41%。")
    assert (120000.0, "", 2019) not in got, got
    kept = _valued("《实施方案》提出，2026年，全市完成造林面积12万亩，森林覆盖率达到41%。")
    assert {(120000.0, "", 2026), (41.0, "%", 2026)} <= kept, kept
