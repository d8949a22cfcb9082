"""In a Chinese list of aims each with its own year ("2030年达到13GW、2050年达到40GW"), a
figure is due in the year before it: the enumeration comma, or an "and" right before the
next year, ends its item. A list under one year, and English lists, keep their dating."""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id


def _targets(text: str, language: str) -> list[tuple[float, int | None]]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2022-03-30", language=language
    )
    nlp = build_nlp(language=language)
    records = process_document(document, nlp=nlp, types=("target",)).records
    return [(r.value, r.year) for r in records if isinstance(r, Target)]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # each item's figure takes the year before it (simplified and traditional)
        ("某县计划2030年储能达到3GW、2045年达到9GW。", "zh", [(3.0e6, 2030), (9.0e6, 2045)]),
        ("該市預計 2028 年儲能容量達 2GW、2040 年達 7GW。", "zh",
         [(2.0e6, 2028), (7.0e6, 2040)]),
        # an "and" (及) before the next item's span of years, joined by a hyphen, an en or em
        # dash, or a full-width hyphen
        ("该省计划抽水蓄能2027年规模达到4GW及2028-2032年逐年扩大1GW。", "zh",
         [(4.0e6, 2027), (1.0e6, 2032)]),
        ("该省计划抽水蓄能2027年规模达到4GW及2028—2032年逐年扩大1GW。", "zh",
         [(4.0e6, 2027), (1.0e6, 2032)]),
        ("该省计划抽水蓄能2027年规模达到4GW及2028－2032年逐年扩大1GW。", "zh",
         [(4.0e6, 2027), (1.0e6, 2032)]),
        # ordinary lists keep their dating: one year for the whole list
        ("到2030年，光伏装机达到30GW、风电装机达到20GW。", "zh",
         [(3.0e7, 2030), (2.0e7, 2030)]),
        ("到2025年，非化石能源消费比重达到20%左右，2030年达到25%左右。", "zh",
         [(20.0, 2025), (25.0, 2030)]),
        # English: the year after the figure, as before
        ("Solar capacity must reach 40% by 2029 and 60% by 2044.", "en",
         [(40.0, 2029), (60.0, 2044)]),
    ],
)  # fmt: skip
def test_list_items_take_their_own_year(text, language, expected):
    assert _targets(text, language) == expected
