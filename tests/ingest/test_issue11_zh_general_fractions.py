"""Issue 11 review: a Chinese share written as a fraction in general (百分之三十, 十分之三,
1/3) is one figure in %, computed from its numerator and denominator. Sentences are our own;
each keeps an ordinary share beside it, and a ratio of sizes or a date is no share."""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")
KEPT = "新能源车占比达到35%。"


def _valued(text: str) -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh")
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


@pytest.mark.parametrize(
    ("share", "value"),
    [
        ("非化石能源消费比重达到1/3", 100 / 3),
        ("煤炭消费比重下降到百分之三十", 30.0),
        ("煤炭消费比重下降到百分之五十五左右", 55.0),
        ("可再生能源消费比重提高到十分之三", 30.0),
        ("可再生能源消费比重提高到百分之12.5", 12.5),
    ],
)
def test_a_share_written_as_a_fraction_is_one_figure(share: str, value: float) -> None:
    got = _valued(f"到2030年，{share}，{KEPT}")
    assert (value, "%", 2030) in got, got
    assert (35.0, "%", 2030) in got, got
    assert not {(1.0, "", 2030), (3.0, "", 2030)} & got, got  # no bare parts of "1/3"


def test_a_ratio_of_sizes_and_a_date_are_no_share() -> None:
    got = _valued(f"到2030年，建成35/10千伏变电站12座，{KEPT}")
    assert not any(unit == "%" and value > 100 for value, unit, _year in got), got
    assert (35.0, "%", 2030) in got, got
    dated = _valued(f"2024/5/29消息，到2030年，{KEPT}")
    assert {(v, y) for v, unit, y in dated if unit == "%"} == {(35.0, 2030)}, dated
