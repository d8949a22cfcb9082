"""Issue 13: the year a goals section sets is the year of the undated aims under it.

A plan's goals section often states its year once ("到2027年，……", "By 2030, ...") and
then lists further aims without one. Those aims are due in that year; a figure stated as
a fact under the same heading (a year of its own, a past cue) stays a statistic, and a
new section starts without the year. Texts in our own words.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _records(text: str, language: str) -> dict[float, tuple[str, int | None]]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date="2024-03-01", language=language
    )
    extraction = process_document(document, nlp=NLP[language], types=("target", "statistic"))
    return {
        r.value: ("target" if isinstance(r, Target) else "statistic", r.year)
        for r in extraction.records
        if isinstance(r, Target | Statistic) and r.value is not None
    }


_ZH_GOALS = "一、工作目标\n\n到2027年，全市屋顶光伏装机达到300万千瓦。\n\n"
_EN_GOALS = "# Harbour city climate plan\n\n## Goals\n\nBy 2030, the city will cut emissions by 40% compared with 2019.\n\n"


@pytest.mark.parametrize(
    ("language", "text", "value", "expected"),
    [
        # undated aims after the paragraph that sets the year
        ("zh", _ZH_GOALS + "公交车电动化比例达到90%。\n", 90.0, ("target", 2027)),
        ("zh", _ZH_GOALS + "新建公共充电桩5万个，换电站数量达到40座。\n", 40.0, ("target", 2027)),
        ("zh", _ZH_GOALS + "单位地区生产总值能耗比2023年下降8%。\n", 8.0, ("target", 2027)),
        (
            "zh",
            "第二章 主要目标\n\n到2028年，全省储能装机达到200万千瓦。\n\n氢能车辆达到3000辆。\n",
            3000.0,
            ("target", 2028),
        ),
        ("en", _EN_GOALS + "Renewables will supply 60% of electricity.\n", 60.0, ("target", 2030)),
        (
            "en",
            _EN_GOALS + "Buses in the city fleet will be 80% electric.\n",
            80.0,
            ("target", 2030),
        ),
        # a statistic under the goals heading stays a statistic
        ("zh", _ZH_GOALS + "2023年，全市风电装机已达到80万千瓦。\n", 800000.0, ("statistic", 2023)),
        ("zh", _ZH_GOALS + "目前全市已建成充电桩2万个。\n", 20000.0, ("statistic", None)),
        (
            "zh",
            _ZH_GOALS + "单位地区生产总值能耗比2020年累计下降了9%。\n",
            9.0,
            ("statistic", None),
        ),
        (
            "en",
            _EN_GOALS + "In 2023, renewables supplied 35% of electricity.\n",
            35.0,
            ("statistic", 2023),
        ),
        (
            "en",
            _EN_GOALS + "The share of cycling rose to 12% last year.\n",
            12.0,
            ("statistic", None),
        ),
        # a new section begins without the year
        ("zh", _ZH_GOALS + "二、重点任务\n\n新建充电站50座。\n", 50.0, ("statistic", None)),
        (
            "en",
            _EN_GOALS + "## Funding\n\nThe city will invest 20 million euros.\n",
            20_000_000.0,
            ("statistic", None),
        ),
        # no goals heading: a year stated in one paragraph does not date the next
        (
            "zh",
            "一、总体要求\n\n到2027年，全市屋顶光伏装机达到300万千瓦。\n\n公交车电动化比例达到90%。\n",
            90.0,
            ("statistic", None),
        ),
    ],
)
def test_goal_section_year(language, text, value, expected):
    assert _records(text, language)[value] == expected


def test_a_later_year_in_the_section_takes_over():
    text = (
        "一、发展目标\n\n到2025年，全省风电装机达到1500万千瓦。\n\n"
        "到2030年，全省光伏装机达到2000万千瓦。\n\n新型储能装机达到400万千瓦。\n"
    )
    assert _records(text, "zh")[4_000_000.0] == ("target", 2030)
