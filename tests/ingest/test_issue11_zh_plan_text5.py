"""Issue 11: Chinese plan reports whose aims follow a goals lead-in in a later sentence,
or open with a bare year after the plan's proposing verb.

All sentences are made up for these tests, in the register of national plans as the
evening news reports them. A lead-in that names the aims and opens with a deadline
("主要目标是，到2027年，……。") dates the undated figures of the paragraph's later
sentences; a figure there with a fact cue of its own (目前) stays a fact. "方案提出，2025年，"
looks forward to that year, where a report's "报告指出，2023年，" does not. Each rule has an
ordinary aim beside it that is kept.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")


def _targets(text: str, date: str | None = None) -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date, language="zh")
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a goals lead-in in a later sentence dates the undated aims after it
        (
            "通知要求，各地要把节水放在首位，统筹推进各项工作。主要目标是，到2027年，节水型"
            "社会基本建成，用水效率明显提升。万元工业增加值用水量比2022年下降16%；城市公共"
            "供水管网漏损率控制在8%以内。",
            {(16.0, "%", 2027), (8.0, "%", 2027)},
            set(),
        ),
        # a figure there with a fact cue of its own stays a fact
        (
            "会议强调，要压实责任。主要目标是，到2027年，供水体系基本建成。目前，全市公共"
            "供水管网漏损率为11%。城市公共供水管网漏损率下降到8%。",
            {(8.0, "%", 2027)},
            {(11.0, "%", 2027), (11.0, "%", None)},
        ),
        # an ordinary dated aim is kept as it was
        (
            "意见指出，要稳妥推进。到2030年，全省可再生能源装机达到5000万千瓦。",
            {(5e7, "kW", 2030)},
            set(),
        ),
        # a plan's proposal opening with a bare year looks forward to it
        (
            "《工作方案》提出，2025年，单位地区生产总值能耗和二氧化碳排放分别降低3%左右、"
            "4%左右，工业用水重复利用率达到92%左右。",
            {(3.0, "%", 2025), (4.0, "%", 2025), (92.0, "%", 2025)},
            set(),
        ),
        # a report's findings for a bare year stay facts
        (
            "报告指出，2023年，全省规模以上工业增加值增长6.5%，工业用水重复利用率为90%。",
            set(),
            {(6.5, "%", 2023), (90.0, "%", 2023)},
        ),
        # an ordinary proposal with 到 is kept
        (
            "方案提出，到2026年，新增新型储能装机200万千瓦。",
            {(2e6, "kW", 2026)},
            set(),
        ),
        # a count of works to be done stays an aim
        (
            "到2025年，完成120项重点节水改造任务，建成30个节水示范园区。",
            {(120.0, "", 2025), (30.0, "", 2025)},
            set(),
        ),
    ],
)
def test_zh_plan_report_figures(text: str, wanted: set, unwanted: set) -> None:
    got = _targets(text)
    assert wanted <= got, f"missing {wanted - got} in {got}"
    assert not unwanted & got, f"unexpected {unwanted & got}"


@pytest.mark.parametrize(
    ("text", "third", "kept"),
    [
        # a fraction in words is read exactly, an ordinary share beside it as written
        ("到2027年，高技术制造业投资占比超过三分之一，研发投入强度达到3.3%。", 100 / 3, 3.3),
        ("到2030年，新能源装机占比达到三分之二，储能装机达到66.7万千瓦。", 200 / 3, 667000.0),
    ],
)
def test_zh_fraction_in_words_is_exact(text: str, third: float, kept: float) -> None:
    values = [value for value, _unit, _year in _targets(text)]
    assert any(v == pytest.approx(third, rel=1e-9) for v in values), values
    assert any(v == pytest.approx(kept) for v in values), values
