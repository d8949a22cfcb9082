"""Issue 11: a news body cut from the headline that ran into it is indexed with the headline,
whose words name what the body is about; other sentences are indexed as they are.

Sentences are our own, in the register of the evening news.
"""

from __future__ import annotations

from ingest.pipeline import build_nlp
from ingest.records import Document, content_id
from ingest.segment import split_clauses
from kb.rows import embed_texts

ZH = build_nlp(language="zh")
EN = build_nlp(language="en")


def _indexed(text: str, language: str) -> list[str]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language=language)
    return embed_texts(split_clauses(document, ZH if language == "zh" else EN))


def test_a_body_cut_from_its_headline_is_indexed_with_it():
    got = _indexed(
        "今年三季度全市河湖水质持续向好记者从市水务局了解到，三季度全市优良水体比例达88%。"
        "全省节能周今天（5月9日）启动。",
        "zh",
    )
    assert got == [
        "今年三季度全市河湖水质持续向好",
        "今年三季度全市河湖水质持续向好 记者从市水务局了解到，三季度全市优良水体比例达88%。",
        "全省节能周今天（5月9日）启动。",
    ]


def test_a_sentence_after_a_full_stop_is_indexed_alone():
    got = _indexed("全市河湖水质持续向好。记者从市水务局了解到，优良水体比例达88%。", "zh")
    assert got == ["全市河湖水质持续向好。", "记者从市水务局了解到，优良水体比例达88%。"]


def test_an_english_pronoun_still_leans_on_the_sentence_before():
    got = _indexed("The plan sets a goal for 2030. It covers every city.", "en")
    assert got[1] == "The plan sets a goal for 2030. It covers every city."
