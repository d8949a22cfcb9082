"""Chinese text in traditional characters is read like simplified text (ingest/script_fold.py).

Every Chinese cue and concept word is written in simplified characters, so a traditional
text (達到, 億千瓦, 非化石能源消費) gave few records and none that met a simplified text's
in a series. Characters only traditional writing uses are folded to their simplified form,
character for character (the text keeps its length, quotes stay as written); the table is
read from the CC-CEDICT headwords, not from a word list, and never changes a character that
simplified writing itself uses. Texts in our own words.
"""

from __future__ import annotations

import pytest

from ingest.metric_keys import find_concept, metric_key
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id
from ingest.script_fold import build_table, fold_traditional, has_traditional

# A few headwords in the dictionary's own layout (traditional, simplified, [pinyin], /senses/).
_SAMPLE = """\
# a comment line
發電 发电 [fa1 dian4] /to generate power/
乾燥 干燥 [gan1 zao4] /dry/
乾坤 乾坤 [qian2 kun1] /heaven and earth/
後來 后来 [hou4 lai2] /afterwards/
皇后 皇后 [huang2 hou4] /empress/
"""


def test_the_table_comes_from_headwords_written_both_ways() -> None:
    table = build_table(_SAMPLE)
    assert table["發"] == "发" and table["電"] == "电" and table["後"] == "后"
    # a character simplified writing keeps somewhere (乾坤, 皇后) is never folded
    assert "乾" not in table and "后" not in table


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("清潔能源消費佔終端用能的比例達到27%", "清洁能源消费占终端用能的比例达到27%"),
        ("陸域風電與儲能總規模達到4.5億千瓦", "陆域风电与储能总规模达到4.5亿千瓦"),
        ("溫室氣體淨排放量", "温室气体净排放量"),
        # simplified text, English and figures are left as they are
        ("到2030年，非化石能源消费比重达到25%左右", "到2030年，非化石能源消费比重达到25%左右"),
        ("Solar capacity reaches 30 GW by 2030.", "Solar capacity reaches 30 GW by 2030."),
    ],
)
def test_folding_keeps_the_length(text: str, folded: str) -> None:
    assert fold_traditional(text) == folded
    assert len(fold_traditional(text)) == len(text)
    assert has_traditional(text) is (text != folded)


def _targets(text: str) -> list[tuple[float, int | None, str, str]]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-05-01", language="zh"
    )
    records = process_document(document, nlp=build_nlp(language="zh"), types=("target",)).records
    return [(r.value, r.year, r.metric, r.text) for r in records if isinstance(r, Target)]


@pytest.mark.parametrize(
    ("text", "value", "year", "metric"),
    [
        # traditional: read as the simplified sentence would be, quoted as written
        ("到2034年，非化石能源消費在一次能源中的比例達到23%。", 23.0, 2034, "非化石能源消费"),
        ("至2032年，離岸風電總裝置量達到8.7GW。", 8.7e6, 2032, "离岸风电"),
        # the ordinary simplified aim beside it is read as before
        ("到2034年，非化石能源消费在一次能源中的比例达到23%。", 23.0, 2034, "非化石能源消费"),
    ],
)
def test_a_traditional_aim_is_read_like_a_simplified_one(text, value, year, metric) -> None:
    found = _targets(text)
    assert [(v, y) for v, y, _, _ in found] == [(value, year)]
    assert metric in found[0][2]  # the metric in simplified characters, for the series
    assert found[0][3] in text  # the quote is the text as written


@pytest.mark.parametrize(
    ("phrase", "concept"),
    [
        # Taiwan's words, after the fold, name the mainland concept
        (fold_traditional("離岸風電總裝置量"), "offshore wind capacity"),
        (fold_traditional("太陽光電設置容量"), "solar power"),
        (fold_traditional("再生能源發電占比"), "renewable energy share"),
        # the mainland words as before, and a recycled-resources phrase names no energy concept
        ("海上风电装机容量", "offshore wind capacity"),
        ("可再生能源消费比重", "renewable energy share"),
        ("再生资源回收利用率", None),
    ],
)
def test_taiwan_words_name_the_same_concept(phrase: str, concept: str | None) -> None:
    found = find_concept(phrase, "zh")
    assert (found.name if found else None) == concept


@pytest.mark.parametrize(
    ("text", "aims"),
    [
        # the document's own place scheduling an aim for a year: an aim, in either script
        ("該鎮預計2029年充電樁數量達到1200個。", [(1200.0, 2029)]),
        ("该镇预计2029年充电桩数量达到1200个。", [(1200.0, 2029)]),
        # a forecaster's expectation, or one with no subject: a forecast, in either script
        ("顧問公司預計，2029年全鎮充電樁數量達到1200個。", []),
        ("顾问公司预计，2029年全镇充电桩数量达到1200个。", []),
        ("預計2029年充電樁數量達到1200個。", []),
        ("预计2029年充电桩数量达到1200个。", []),
        # a ministry's forecast of this year's demand is no aim either
        ("能源署預計今年全國用電量將增加3.1%。", []),
        ("能源署预计今年全国用电量将增加3.1%。", []),
    ],
)
def test_an_expectation_is_read_the_same_in_both_scripts(text: str, aims: list) -> None:
    assert [(v, y) for v, y, _, _ in _targets(text)] == aims


@pytest.mark.parametrize(
    "clause",
    [
        "離岸風電總裝置量提升至8.7GW",  # quoted as written
        "离岸风电总装置量提升至8.7GW",  # the same, simplified
    ],
)
def test_a_traditional_quote_gives_its_concept_to_the_key(clause: str) -> None:
    # the metric phrase ("达到") says nothing; the clause names the concept, in either writing
    record = Target(
        "提升至", 8.7e6, "kW", "8.7GW", "=", None, 2032, None, "2032年", "",
        "d", "c", clause, 0, len(clause),
    )  # fmt: skip
    assert metric_key(record, language="zh").concept == "offshore wind capacity"
