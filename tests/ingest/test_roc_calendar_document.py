"""Whether a text names the Republic of China calendar is decided for the whole document.

A law that names 中華民國 in one article counts a bare numeral year in another article
(一百二十五年前) in that calendar too. A span back from now (距今一百三十年前) stays a span.
The texts are our own, in the register of a Taiwanese statute.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id
from ingest.widths import fold_figures, names_roc_calendar

NLP = build_nlp(language="zh")


def _targets(text: str) -> set[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, language="zh", date="2024-03-01"
    )
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


_NAMES = "第一條 本辦法適用於中華民國境內之電業。"
_AIM = "第五條 一百二十五年前，太陽光電裝置容量應達四千萬瓩以上。"


def test_a_bare_year_in_another_article_of_a_law_that_names_the_calendar():
    assert _targets(_NAMES + "\n\n" + _AIM) == {(40_000_000, "kW", 2036)}


def test_a_simplified_text_naming_the_republic_keeps_gregorian_years():
    # new: a simplified text naming the Republic once, for its history, uses no such calendar
    # (its neighbour: the traditional law of the test above still reads it)
    text = (
        "这座医院始建于中华民国初年。\n\n到2029年，医院建院一百一十五年时，"
        "床位数达到三千张，新增护士800名。"
    )
    assert {year for _, _, year in _targets(text)} <= {2029}


def test_a_bare_year_in_a_text_that_never_names_the_calendar():
    # ordinary: no calendar named anywhere, so no year is read
    assert _targets(_AIM) == set()


@pytest.mark.parametrize(
    ("text", "calendar", "folded"),
    [
        ("一百二十五年前完成", True, " 2036年前完成"),
        ("距今一百三十年前設立", True, "距今一百三十年前設立"),
        ("已有一百一十年的歷史", True, "已有一百一十年的歷史"),
        # span words in either script, since the query side folds no traditional characters
        ("創立一百一十年來", True, "創立一百一十年來"),
        ("經營一百零八年有餘", True, "經營一百零八年有餘"),
        # an anniversary is a span too, in either script
        ("建校一百一十五年之际", True, "建校一百一十五年之际"),
        ("創校一百一十五年之際", True, "創校一百一十五年之際"),
        # ordinary: without the calendar named, a bare numeral year stays
        ("一百二十五年前完成", False, "一百二十五年前完成"),
    ],
)
def test_bare_years_fold_with_the_document_calendar(text, calendar, folded):
    assert fold_figures(text, calendar) == folded


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (_NAMES, True),
        ("民國115年施行", True),
        ("民国时期的档案", False),
        (_AIM, False),
    ],
)
def test_names_roc_calendar(text, named):
    assert names_roc_calendar(text) is named
