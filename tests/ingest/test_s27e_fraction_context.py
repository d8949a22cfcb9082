"""Review s27e: N/M in Chinese text is a share only in a share's context (a share word
before it, 的/以上/左右 after it); a page, a document number, a quarter, a date or a score is
none. Each refusal keeps an ordinary share beside it. Sentences are our own."""

from __future__ import annotations

import pytest

from ingest.lang import load_grammar
from ingest.pipeline import build_nlp, process_document
from ingest.quantities import find_quantities
from ingest.records import Document, Target, content_id

ZH = load_grammar("zh")
NLP = build_nlp(language="zh")


def _shares(text: str) -> list[float]:
    return [round(q.value, 3) for q in find_quantities(text, ZH) if q.unit == "%"]


@pytest.mark.parametrize(
    "text",
    [
        "详见第2/5页。",
        "文号为国发〔2021〕1/2号。",
        "第1/2季度完成招标。",
        "项目于3/4开工。",
        "比分为3/4。",
        "见第3/4条和第1/2款。",
        "本刊第1/4期。",
    ],
)
def test_a_page_a_number_a_quarter_a_date_or_a_score_is_no_share(text: str) -> None:
    assert _shares(text) == []
    assert _shares(f"{text}非化石能源比重达到1/4。") == [25.0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("非化石能源消费比重达到1/3", 33.333),
        ("清洁能源占比为2/5", 40.0),
        ("改造完成的企业约3/4", 75.0),
        ("农村电网覆盖1/2以上", 50.0),
    ],
)
def test_a_share_in_its_context_is_kept(text: str, value: float) -> None:
    assert _shares(text) == [value]


def test_a_start_date_and_a_page_in_a_dated_clause_are_no_targets() -> None:
    text = "到2025年，第一批项目于3/4开工，详见第2/5页，非化石能源比重达到1/4。"
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh")
    records = process_document(document, nlp=NLP, types=("target",)).records
    got = {(r.value, r.unit) for r in records if isinstance(r, Target) and r.value is not None}
    assert (25.0, "%") in got, got
    assert not {(75.0, "%"), (40.0, "%")} & got, got
