"""Issue 13: a plan period named bare dates the aim after it.

"“十二五”单位GDP能耗降低16%" names the period and nothing else; the aim is due at the
period's last year (2015), as "十二五期间" and "during the 12th Five-Year Plan period" were
already, and "the 13th FYP period" is the same as "the 13th Five-Year Plan period". A text
written after the period is over reports on it: the bare name dates nothing there. A plan's
own name ("“十四五”规划提出") is a document, not a time, and an ordinary deadline beside it is
read as before.

Texts in our own words.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _targets(text: str, language: str, date: str | None) -> list[Target]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date=date, language=language
    )
    extraction = process_document(document, nlp=NLP[language], types=("target", "statistic"))
    return [r for r in extraction.records if isinstance(r, Target) and r.value]


@pytest.mark.parametrize(
    ("text", "language", "date", "year"),
    [
        # a bare period before the aim: its last year
        ("“十二五”单位GDP能耗降低16%，非化石能源占比达到11.4%。", "zh", "2011-03-01", 2015),
        ("十三五单位地区生产总值能耗下降15%。", "zh", "2016-05-01", 2020),
        ("“十二五”单位GDP能耗降低16%。", "zh", None, 2015),
        # the English abbreviation of the plan
        (
            "Energy use per unit of GDP is to fall by 15% during the 13th FYP period.",
            "en",
            "2016-04-01",
            2020,
        ),
        # ordinary forms beside it, read as before
        ("十三五期间单位GDP能耗下降15%。", "zh", "2016-05-01", 2020),
        ("到2025年，单位GDP能耗降低13.5%。", "zh", "2021-06-01", 2025),
        ("“十四五”规划提出，到2025年单位GDP能耗降低13.5%。", "zh", "2021-06-01", 2025),
    ],
)
def test_plan_period_dates_the_aim(text: str, language: str, date: str | None, year: int) -> None:
    targets = _targets(text, language, date)
    assert targets, text
    assert targets[0].year == year


def test_a_period_over_before_the_text_dates_nothing() -> None:
    # A 2013 text naming the 11th period (2006-2010) bare is looking back at it.
    targets = _targets("“十一五”单位GDP能耗降低20%左右。", "zh", "2013-02-01")
    assert all(t.year != 2010 for t in targets)


def test_a_plan_name_is_not_a_deadline() -> None:
    from ingest.deadlines import find_deadlines
    from ingest.lang import load_grammar

    grammar = load_grammar("zh")
    for text in ("“十四五”规划纲要提出单位GDP能耗降低", "钢铁行业“十二五”发展思路中提出"):
        assert [d.year for d in find_deadlines(text, grammar, doc_year=2011)] == [], text
