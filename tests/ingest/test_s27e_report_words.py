"""Review s27e: 统计 and 公布 are ordinary plan words (a monitoring system, a list made
public); only as a report's verb with a past marker (据…统计, 统计显示, 已公布) do they make
the rest of a sentence a report. Sentences are our own."""

from __future__ import annotations

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")


def _kinds(text: str) -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="zh")
    extraction = process_document(document, nlp=NLP, types=("target", "statistic"))
    return {
        ("target" if isinstance(r, Target) else "statistic", r.value, getattr(r, "year", None))
        for r in extraction.records
        if r.value is not None
    }


def test_a_monitoring_system_and_a_published_list_keep_the_goals_lead() -> None:
    got = _kinds(
        "主要目标是，到2025年，非化石能源消费比重提高到20%左右。健全能源统计监测体系，"
        "单位国内生产总值能耗比2020年下降13.5%。公布一批示范项目，绿色建筑占新建建筑比例达到70%。"
    )
    assert ("target", 13.5, 2025) in got, got
    assert ("target", 70.0, 2025) in got, got


def test_a_counted_scope_in_the_clause_is_still_an_aim() -> None:
    got = _kinds("主要目标是，到2025年，全市统计的可再生能源装机容量提高到40%。")
    assert ("target", 40.0, 2025) in got, got


def test_a_report_verb_with_a_past_marker_still_reports() -> None:
    got = _kinds("主要目标是，到2025年，据市统计局统计，全市新能源车占比为12%。")
    assert ("target", 12.0, 2025) not in got, got
