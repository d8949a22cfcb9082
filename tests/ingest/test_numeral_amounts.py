"""Amounts in Chinese numerals before 万 or 亿, read whole.

- With a 亿 part ("二亿四千六百万"), the whole amount is read (24600万), never the part
  after 亿 alone; when the whole does not fit in its span, the words stay.
- A round amount ("三千万", "八百萬") is its digit and place (3千万): 千万 and 百万 are scales.
- A lone digit ("四亿", "一万") stays a word, as before; a loose pair ("一二十万", ten or
  twenty) is no single number and stays too.

The texts are our own, in the register of a Chinese energy plan.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id
from ingest.widths import fold_figures

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


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("二亿四千六百万千瓦", " 24600万千瓦"),
        ("三亿零八百万吨", "30800万吨"),
        ("十二亿三千万吨", "十二亿三千万吨"),  # 123000 does not fit: the words stay
        ("三千万吨", "3千万吨"),
        ("八百萬瓩", "8百萬瓩"),
        ("四亿千瓦", "四亿千瓦"),
        ("一二十万人", "一二十万人"),
        # ordinary: an amount that fits, and the forms that stay words
        ("四千二百万千瓦", "4200万千瓦"),
        ("千万不要", "千万不要"),
        ("一万吨", "一万吨"),
    ],
)
def test_numeral_amounts_fold_whole(text, folded):
    assert fold_figures(text) == folded
    assert len(fold_figures(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2035年，风电装机达到二亿四千六百万千瓦。", {(246_000_000, "kW", 2035)}),
        ("到2035年，储能装机达到三千万千瓦。", {(30_000_000, "kW", 2035)}),
        # ordinary: an amount that fits its span
        ("到2035年，风电装机达到四千二百万千瓦。", {(42_000_000, "kW", 2035)}),
    ],
)
def test_numeral_amounts_in_aims(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("二三十", None),  # twenty or thirty: no single number
        ("五六", None),
        ("一百零五", 105),  # ordinary
        ("九十九", 99),
    ],
)
def test_one_reading_of_chinese_numerals(numeral, value):
    # the fold, shares written as fractions and the English rendering read numerals alike
    from ingest.fractions import _whole_number
    from ingest.widths import numeral_value
    from kb.render import _zh_number

    assert numeral_value(numeral) == value
    assert _whole_number(numeral) == value
    assert _zh_number(numeral) == (None if value is None else float(value))
