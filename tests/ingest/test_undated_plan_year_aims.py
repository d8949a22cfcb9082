"""An undated Chinese plan states its aims with a bare year ("2028年，……达到……"), no modal:
under a plan's title (``[cues] plan_title``) or a goals heading such a year stays an aim. It
is read as reported there only when a comparison with the year before (同比, 比上年) follows
that year, or a later one, in its paragraph (``[cues] year_on_year``). Made-up sentences.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id

NLP = build_nlp(language="zh")


def _records(text: str) -> tuple[set[tuple], set[tuple]]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh")
    records = process_document(document, nlp=NLP, types=("target", "statistic")).records
    aims = {(r.value, r.year) for r in records if isinstance(r, Target) and r.value}
    facts = {(r.value, r.year) for r in records if isinstance(r, Statistic) and r.value}
    return aims, facts


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "# 某县电动公交发展规划（2027—2031年）\n\n二、主要目标\n\n2028年，全县电动公交车达到420辆。",
            {(420.0, 2028)},
        ),
        ("# 某县电动公交发展规划\n\n2028年，全县电动公交车保有量达到420辆。", {(420.0, 2028)}),
        (
            "# 某县政府工作报告\n\n三、今后五年的奋斗目标\n\n2029年底，全县电动公交车达到420辆。",
            {(420.0, 2029)},
        ),
        (
            "# 某县换电站建设方案\n\n一、工作目标\n\n2028年，新建换电站30座。\n\n2029年，新建换电站45座。",
            {(30.0, 2028), (45.0, 2029)},
        ),
        ("# 某县水环境改善行动计划\n\n全县地表水优良水体比例2029年提高到88%。", {(88.0, 2029)}),
    ],
)
def test_an_undated_plan_keeps_a_bare_year_aim(text, wanted):
    aims, _facts = _records(text)
    assert wanted <= aims, aims


def test_a_year_compared_with_the_year_before_is_reported():
    text = (
        "# 某县农村经济发展规划\n\n一、发展基础\n\n"
        "2028年，全县新建冷库9座，每座年收益约80万元。全县农业增加值41亿元，同比增长6.2%。"
    )
    aims, facts = _records(text)
    assert aims == set()
    assert (9.0, 2028) in facts


def test_a_later_year_than_the_reported_one_stays_an_aim():
    text = (
        "# 某县农村经济发展规划\n\n一、发展基础\n\n"
        "2028年，全县农业增加值41亿元，比上年增长6.2%。\n\n"
        "2030年，全县新建冷库20座。"
    )
    aims, _facts = _records(text)
    assert (20.0, 2030) in aims


def test_a_title_that_names_no_plan_reads_a_bare_year_as_reported():
    aims, facts = _records("# 某县冷链建设稳步推进\n\n2028年，全县新建冷库9座。")
    assert aims == set()
    assert (9.0, 2028) in facts


def test_a_plan_title_kept_apart_from_the_text_keeps_the_aim():
    text = "2028年，全县新建冷库9座。"
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, language="zh", title="某县冷链物流发展规划"
    )
    records = process_document(document, nlp=NLP, types=("target",)).records
    assert (9.0, 2028) in {(r.value, r.year) for r in records if isinstance(r, Target)}
