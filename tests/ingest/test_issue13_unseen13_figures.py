"""Figures and keys read from unseen13's misses (issue 13): years in Chinese numerals
(二○三○年), a halving in Chinese words (减半, 减少至一半), a target year before a bracketed
gloss ("2035 NDC (...) target"), a pledge reported with "would", an "interim measure" as
the measured thing, and the short Chinese names of carbon intensity and of the amount
emitted (碳强度, 碳排放量).

Table-driven, in our own words; each new reading sits beside the ordinary case it must keep.
"""

from __future__ import annotations

import pytest

from ingest.metric_keys import metric_key
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id
from ingest.widths import fold_figures

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _records(text: str, language: str) -> list[Target | Statistic]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language=language
    )
    extraction = process_document(document, nlp=NLP[language], types=("target", "statistic"))
    return [r for r in extraction.records if isinstance(r, Target | Statistic)]


def _figures(text: str, language: str) -> list[tuple[str, float | None, int | None]]:
    return [
        ("target" if isinstance(r, Target) else "statistic", r.value, r.year)
        for r in _records(text, language)
    ]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("到二○四○年的目标", "到2040年的目标"),
        ("由二〇〇八年的水平", "由2008年的水平"),
        ("一九九九年以来", "1999年以来"),
        ("２０３５年", "2035年"),
        # other numerals stay: a plan period, a span of years, a count
        ("十四五期间", "十四五期间"),
        ("二十年来", "二十年来"),
        ("第一二三四年", "第一二三四年"),
    ],
)
def test_years_in_chinese_numerals_fold_to_digits(text: str, folded: str) -> None:
    assert fold_figures(text) == folded
    assert len(fold_figures(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a year in Chinese numerals dates the figure, like one in digits
        (
            "临江县确定的目标是：到二○四一年，碳强度比二○○九年下降57%。",
            "zh",
            ("target", 57.0, 2041),
        ),
        ("临江县确定的目标是：到2041年，碳强度比2009年下降57%。", "zh", ("target", 57.0, 2041)),
        # a halving in words is a 50% cut
        ("力争在2038年前把本市的碳排放量从2008年的水平减半。", "zh", ("target", 50.0, 2038)),
        ("下一个目标是在2038年将本市的碳排放量减少至一半。", "zh", ("target", 50.0, 2038)),
        ("力争在2038年前把本市的碳排放量从2008年的水平减少40%。", "zh", ("target", 40.0, 2038)),
        # a target year before a bracketed gloss still names the target's year
        (
            "Ostrava's 2036 NDC (its nationally determined contribution) target is to "
            "lower total greenhouse gas emissions by no less than 68% from 1990.",
            "en",
            ("target", 68.0, 2036),
        ),
        (
            "Ostrava's 2036 NDC target is to lower total greenhouse gas emissions by no "
            "less than 68% from 1990.",
            "en",
            ("target", 68.0, 2036),
        ),
        # a pledge reported with "would": the holder's aim
        (
            "At the harbour forum the premier said Ostrava would lower its greenhouse gas "
            "emissions by 58% by 2036, tying the province to a higher goal.",
            "en",
            ("target", 58.0, 2036),
        ),
        (
            "The minister said the government would reduce emissions by 42% by 2031.",
            "en",
            ("target", 42.0, 2031),
        ),
        # an effect of a measure, or a forecast of a quantity, stays an estimate
        (
            "The agency said the new rules would cut emissions by 3% by 2031.",
            "en",
            ("statistic", 3.0, 2031),
        ),
        ("Analysts said demand would reach 40 GW by 2031.", "en", ("statistic", 4e7, 2031)),
        # a named tracker or firm saying what a country would do is a forecast, not a pledge
        (
            "Harbour Climate Watch said Valdoria would reduce emissions by 27% by 2033 on "
            "current policies.",
            "en",
            ("statistic", 27.0, 2033),
        ),
        (
            "Northgate Energy Research said Ostrava would reach 900 GW of wind capacity by 2034.",
            "en",
            ("statistic", 9e8, 2034),
        ),
        # the holder itself, or its official named after the title, still pledges
        (
            "Valdoria said it would cut emissions by 38% by 2033.",
            "en",
            ("target", 38.0, 2033),
        ),
        (
            "Energy Minister Ana Kell said Ostrava would reduce emissions by 47% by 2034.",
            "en",
            ("target", 47.0, 2034),
        ),
    ],
)
def test_figures(text: str, language: str, expected: tuple[str, float, int]) -> None:
    assert expected in _figures(text, language)


def test_a_half_year_is_no_halving() -> None:
    assert _figures("上半年全市用电量增长5%。", "zh") == [("statistic", 5.0, None)]


@pytest.mark.parametrize(
    ("text", "language", "value", "concept"),
    [
        # an interim step names no measured thing: the clause's emissions are measured
        (
            "Binding emission cuts of 90% by 2048 are set in Ostrava's statute, together with "
            "an interim measure of 52% reduction by 2031 relative to 1990.",
            "en",
            52.0,
            "greenhouse gas emissions",
        ),
        (
            "Binding emission cuts of 90% by 2048 are set in Ostrava's statute, together with "
            "an interim measure of 52% reduction by 2031 relative to 1990.",
            "en",
            90.0,
            "greenhouse gas emissions",
        ),
        # 碳强度 is carbon intensity; 碳排放量 the amount emitted
        ("到2032年把本市的碳强度由2008年的水平降低60%。", "zh", 60.0, "carbon intensity"),
        ("到2032年单位地区生产总值二氧化碳排放比2020年下降20%。", "zh", 20.0, "carbon intensity"),
        ("到2032年本市绝对碳排放量比2008年减低30%。", "zh", 30.0, "greenhouse gas emissions"),
        ("到2032年本市碳排放总量比2008年减低30%。", "zh", 30.0, "greenhouse gas emissions"),
    ],
)
def test_keys(text: str, language: str, value: float, concept: str) -> None:
    [record] = [r for r in _records(text, language) if r.value == value]
    assert metric_key(record, language=language, jurisdiction="VD").concept == concept


def test_emissions_per_person_are_not_the_amount_emitted() -> None:
    text = "到2033年，全县人均碳排放量降到5.2吨。"
    [record] = [r for r in _records(text, "zh") if r.value == 5.2]
    concept = metric_key(record, language="zh", jurisdiction="VD").concept
    assert concept != "greenhouse gas emissions"
    plain = "到2033年，全县碳排放量比2010年降低35%。"
    [record] = [r for r in _records(plain, "zh") if r.value == 35.0]
    assert metric_key(record, language="zh", jurisdiction="VD").concept == (
        "greenhouse gas emissions"
    )


def test_a_tax_levied_at_half_rate_is_no_halving() -> None:
    relief = "对符合条件的小型企业，2026年底前减半征收房产税。"
    assert not [f for f in _figures(relief, "zh") if f[0] == "target"]
    cut = "力争2036年前将全县碳排放量减半。"
    assert ("target", 50.0, 2036) in _figures(cut, "zh")
