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
        ("非化石能源消費佔能源消費總量的比重達到30%", "非化石能源消费占能源消费总量的比重达到30%"),
        ("風電和太陽能發電總裝機容量達到36億千瓦", "风电和太阳能发电总装机容量达到36亿千瓦"),
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
        ("到2035年，非化石能源消費佔能源消費總量的比重達到30%以上。", 30.0, 2035, "非化石能源消费"),
        ("到2030年，離岸風電累計裝置容量達到13.1GW。", 1.31e7, 2030, "离岸风电"),
        # the ordinary simplified aim beside it is read as before
        ("到2035年，非化石能源消费占能源消费总量的比重达到30%以上。", 30.0, 2035, "非化石能源消费"),
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
        (fold_traditional("離岸風電累計裝置容量"), "offshore wind capacity"),
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


def test_a_taiwan_schedule_stays_an_aim_and_a_mainland_forecast_stays_a_forecast() -> None:
    # 預計 in a traditional plan schedules an aim; 预计 in a simplified text forecasts
    assert [(v, y) for v, y, _, _ in _targets("該縣預計2028年儲能容量達到2GW。")] == [(2.0e6, 2028)]
    assert _targets("咨询机构预计，2028年全县储能容量达到2GW。") == []


@pytest.mark.parametrize(
    "clause",
    [
        "離岸風電裝置容量達到13.1GW",  # quoted as written
        "离岸风电装置容量达到13.1GW",  # the same, simplified
    ],
)
def test_a_traditional_quote_gives_its_concept_to_the_key(clause: str) -> None:
    # the metric phrase ("达到") says nothing; the clause names the concept, in either writing
    record = Target(
        "达到", 1.31e7, "kW", "13.1GW", "=", None, 2030, None, "2030年", "",
        "d", "c", clause, 0, len(clause),
    )  # fmt: skip
    assert metric_key(record, language="zh").concept == "offshore wind capacity"
