"""A plan period cut from its noun by a line break (issue 9), in our own words.

A PDF's text layer keeps the printed line breaks, so "“十四五”期间" can come out as
"“十四五”" at the end of one line and "期间" at the start of the next. The period still
dates the clause's aims; a past period still makes its figures facts.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")


def _targets(text: str) -> set[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.pdf", text=text, date="2021-06-01", language="zh"
    )
    records = process_document(document, nlp=NLP, types=("target",)).records
    return {(r.value, r.unit, r.year) for r in records if isinstance(r, Target)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "各县要推进屋顶光伏建设。“十四五”\n期间，全县累计光伏装机容量\n达到 160 万千瓦以上。",
            {(1600000.0, "kW", 2025)},
        ),
        (
            "各县要推进屋顶光伏建设。“十四五”期间，全县累计光伏装机容量达到 160 万千瓦以上。",
            {(1600000.0, "kW", 2025)},
        ),
        (
            "各县光伏发展较快。“十三五”\n期间，全县累计建成光伏装机 90 万千瓦。",
            set(),
        ),
    ],
    ids=["broken by a line break", "on one line", "a past period"],
)
def test_a_broken_plan_period_dates_the_clause(text: str, expected: set) -> None:
    assert _targets(text) == expected
