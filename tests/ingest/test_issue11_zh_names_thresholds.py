"""Issue 11: figures in Chinese news of plans that are not aims: a network generation's
name (5G), an age that picks out people (65岁以上老年人), and the size of the problem a
measure answers (针对……的缺口).

All sentences are made up for these tests, in the register of the evening news, in settings
of their own. Each rule has an ordinary aim beside it that is kept, and the forms the rules
must not take (grams after a digit, 针对 with no problem noun) are kept aims too.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")


def _targets(text: str) -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh")
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a network generation names a technology: no figure
        (
            "到2030年，全省5G基站达到30万个。",
            {(300000.0, "", 2030)},
            {(5.0, "", 2030), (5.0, "", None)},
        ),
        (
            "规划提出，到2027年，4G和5G网络在行政村的覆盖率达到98%。",
            {(98.0, "%", 2027)},
            {(4.0, "", 2027), (5.0, "", 2027)},
        ),
        # a capacity in GW beside it is still an aim
        (
            "到2030年，全省新增光伏装机5GW。",
            {(5e6, "kW", 2030)},
            set(),
        ),
        # grams are no network generation: the aim is kept
        (
            "到2030年，居民人均每日食盐摄入量降至5g以下。",
            {(5.0, "", 2030)},
            set(),
        ),
        (
            "到2030年，居民人均每日食盐摄入量降至5 g以下。",
            {(5.0, "", 2030)},
            set(),
        ),
        (
            "到2025年，全省煤电机组平均供电煤耗比2020年降低8g/kWh。",
            {(8.0, "", 2025)},
            set(),
        ),
        (
            "到2030年，成人每日烹调油摄入量控制在25g以内，食盐不超过5g。",
            {(5.0, "", 2030)},
            set(),
        ),
        # an age that picks out people is a threshold, not an aim
        (
            "该市决定对6岁以下儿童免费开展视力筛查，到2027年，筛查率不低于92%。",
            {(92.0, "%", 2027)},
            {(6.0, "", None), (6.0, "", 2027)},
        ),
        # other groups of people picked out by an age
        (
            "到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
            {(4.5, "", 2025)},
            {(3.0, "", 2025), (3.0, "", None)},
        ),
        (
            "到2026年，全县14岁以下学生近视筛查率达到95%。",
            {(95.0, "%", 2026)},
            {(14.0, "", 2026), (14.0, "", None)},
        ),
        (
            "到2026年，60岁及以上人口健康管理率达到75%。",
            {(75.0, "%", 2026)},
            {(60.0, "", 2026), (60.0, "", None)},
        ),
        # a share of people aged over a threshold, set as an aim, is kept
        (
            "到2028年，全市养老床位达到3万张，其中护理型床位占比达到65%以上。",
            {(65.0, "%", 2028)},
            set(),
        ),
        # the size of the problem a measure answers is the present state
        (
            "针对沿湖各县每日6万吨的供水缺口，省里将先行修建两条引水渠。",
            set(),
            {(60000.0, "t", None), (60000.0, "", None)},
        ),
        (
            "针对山区120所学校与3000名教师之间的差距，县里将推行走教制度。",
            set(),
            {(120.0, "", None), (3000.0, "", None)},
        ),
        # 针对 with no problem noun after the figure names what a measure covers: an aim
        (
            "到2027年，针对农村地区新建污水处理设施500座。",
            {(500.0, "", 2027)},
            set(),
        ),
        (
            "方案针对2027年提出新增供水能力10亿立方米。",
            {(1e9, "m3", 2027)},
            set(),
        ),
        # an aim verb before the figure, or a remedy of the problem after it: an aim
        (
            "针对城区要在2027年前新增日供水能力60万吨以满足用水需求。",
            {(600000.0, "t", 2027)},
            set(),
        ),
        (
            "到2027年，针对山区学校新建寄宿床位2万张以缓解住宿不足。",
            {(20000.0, "", 2027)},
            set(),
        ),
        # an aim after a 针对 phrase, or named inside it with its aim word, is kept
        (
            "针对重点行业，到2025年单位增加值能耗下降12%。",
            {(12.0, "%", 2025)},
            set(),
        ),
        (
            "针对到2025年非化石能源比重达到22%的目标，要加快项目建设。",
            {(22.0, "%", 2025)},
            set(),
        ),
    ],
)
def test_names_thresholds_and_problems(text, wanted, unwanted):
    got = _targets(text)
    assert wanted <= got, got
    assert not (unwanted & got), got
