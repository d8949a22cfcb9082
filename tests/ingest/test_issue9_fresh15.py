"""Issue 9, fifteenth fresh set: the classes its first contact showed, in texts of our own.

- A law kept as a JSON record in a ``.txt`` file (field names, quotes, braces, ``\\r\\n``
  escapes) is read as its text fields, each a paragraph of its own: a date-stamp field, an
  amendment history's item numbers and the prose of an article no longer run together.
- An article inserted later has a sub-number ("第 12-1 條", "第十二條之一"), and a law's
  history counts its articles ("公布全文 40 條"): provisions, no figures.
- A year of the Republic of China calendar ("中華民國一百二十年", "民國115年") is its Gregorian
  year; so is a bare one in numerals ("一百二十年") in a text that names the calendar.
- An amount in numerals before 万 or 亿 ("三千六百萬", "三十万") is read as digits when they
  fit in its span; 千万, 百万 and 十万 alone stay words.
- 瓩 is 千瓦 (kW) and 瓩時 is 千瓦时 (kWh).
- "N% below the level of X in 2012 by 2031": the year after "the level of X in" is the base
  the cut is measured from, and the year after "by" the due year.

Every text is made up for these tests, in the register of a Taiwanese law or a Canadian
act. Each rule has an ordinary case beside it that keeps its reading.
"""

from __future__ import annotations

import json

import pytest

from ingest.json_record import json_record_as_text
from ingest.load import load_document
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id
from ingest.widths import fold_figures

NLP = {"zh": build_nlp(language="zh"), "en": build_nlp(language="en")}


def _targets(text: str, language: str = "zh", date: str | None = "2024-03-01") -> set[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, language=language, date=date
    )
    extraction = process_document(document, nlp=NLP[language], types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


def _file_targets(tmp_path, text: str, language: str = "zh") -> set[tuple]:
    path = tmp_path / "law.txt"
    path.write_text(text, "utf-8")
    document = load_document(path, metadata={"language": language, "date": "2024-03-01"})
    extraction = process_document(document, nlp=NLP[language], types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


# ---------------------------------------------------------------- a law as a JSON record

_LAW = {
    "法規名稱": "離岸風電推動條例",
    "最新異動日期": "20240301",
    "沿革內容": "1.中華民國一百零九年十月二日訂定全文 26 條\r\n  並於發布日起生效",
    "法規內容": [
        {"條號": "第 1 條", "條文內容": "為推動離岸風電，特制定本條例。"},
        {
            "條號": "第 2 條",
            "條文內容": "中央主管機關應規劃中華民國一百二十年離岸風電裝置容量達二千五百萬瓩以上。",
        },
        {"條號": "第 2-1 條", "條文內容": "前條之容量應逐年檢討。"},
    ],
}


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        # field names and syntax blanked, each value a paragraph; an escaped break breaks
        (
            json.dumps({"名稱": "甲法", "日期": "20240301", "內容": "第一句。\n第二句。"}),
            ["甲法", "20240301", "第一句。", "第二句。"],
            ['"', "名稱", "{", "\\n"],
        ),
        # a record that is a list of objects
        (json.dumps([{"a": "one"}, {"a": "two"}]), ["one", "two"], ['"a"', "[", "{"]),
    ],
)
def test_json_record_reads_its_text_fields(text, kept, gone):
    view = json_record_as_text(text)
    assert len(view) == len(text)
    assert all(word in view for word in kept)
    assert not any(mark in view for mark in gone)
    assert "\n\n" in view or view.count("\n") >= len(kept)


@pytest.mark.parametrize(
    "text",
    [
        "到2030年，储能装机达到500万千瓦。",  # plain prose
        '{"a": "unclosed"',  # not JSON at all
        'Notes: {"a": 1} follows the word.',  # JSON inside prose, not a record
        "[1, 2, 3]",  # a record without text: nothing to read, so not emptied
    ],
)
def test_text_that_is_no_json_record_stays(text):
    assert json_record_as_text(text) == text


def test_a_json_record_law_gives_its_aim_and_no_furniture(tmp_path):
    text = json.dumps(_LAW, ensure_ascii=False, indent="\t")
    assert _file_targets(tmp_path, text) == {(25_000_000, "kW", 2031)}


# ---------------------------------------------------------------- provisions and counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("依第 12-1 條規定，到2030年地熱發電裝置容量達到20萬千瓦。", {(200_000, "kW", 2030)}),
        ("依第十二條之一規定，到2030年地熱發電裝置容量達到20萬千瓦。", {(200_000, "kW", 2030)}),
        ("本法制定公布全文 40 條；並自公布日施行，到2030年達到20萬千瓦。", {(200_000, "kW", 2030)}),
        # ordinary: the aim alone
        ("到2030年，地热发电装机达到20万千瓦。", {(200_000, "kW", 2030)}),
    ],
)
def test_sub_articles_and_article_counts_are_no_figures(text, expected):
    assert _targets(text) == expected


# ---------------------------------------------------------------- calendar, numerals, 瓩


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("中華民國一百二十年", "    2031年"),
        ("民國115年", " 2026年"),
        ("民国一百零五年", "  2016年"),
        # a bare year in numerals, in a text that names the calendar
        ("中華民國一百十年公布，一百二十年完成", "   2021年公布，2031年完成"),
        # a span of years stays, in a text that names the calendar too
        ("中華民國一百十年公布，已有一百一十年的历史", "   2021年公布，已有一百一十年的历史"),
        # without the calendar named, a bare numeral year stays
        ("一百二十年完成", "一百二十年完成"),
        ("两个一百年", "两个一百年"),
        ("民國9年", "民國9年"),  # too short for four digits
        # amounts in numerals before 万 or 亿
        ("達三千六百萬瓩", "達3600萬瓩"),
        ("三十万吨", "30万吨"),
        ("十二亿千瓦", "12亿千瓦"),
        ("千万不要", "千万不要"),
        ("百万吨", "百万吨"),
        ("十万人", "十万人"),
        ("数十万人", "数十万人"),
        ("十四五规划", "十四五规划"),
    ],
)
def test_calendar_years_and_numeral_amounts_fold(text, folded):
    assert fold_figures(text) == folded
    assert len(fold_figures(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "中華民國一百二十年前，離岸風電裝置容量達到二千五百萬瓩以上。",
            {(25_000_000, "kW", 2031)},
        ),
        ("到2030年，储能装机达到500万瓩时。", {(5_000_000, "kWh", 2030)}),
        ("到2030年，储能装机达到三十万千瓦。", {(300_000, "kW", 2030)}),
        # ordinary: digits and 千瓦
        ("到2030年，储能装机达到500万千瓦。", {(5_000_000, "kW", 2030)}),
    ],
)
def test_taiwanese_years_units_and_numerals_in_aims(text, expected):
    assert _targets(text) == expected


# ---------------------------------------------------------------- base year before "by"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board shall bring waiting lists to 30% below the level of waiting times in "
            "2017 by 2027, and to 55% below the level of waiting times in 2017 by 2034.",
            {(30, "%", 2027), (55, "%", 2034)},
        ),
        ("Emissions will be 40% below the level of 2005 by 2030.", {(40, "%", 2030)}),
        # ordinary: a base written with "levels"
        ("Emissions will be 40% below 2005 levels by 2030.", {(40, "%", 2030)}),
    ],
)
def test_a_base_level_year_is_not_the_due_year(text, expected):
    assert _targets(text, language="en", date=None) == expected
