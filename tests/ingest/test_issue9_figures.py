"""Issue 9: figure classes found on fresh published documents, in sentences of our own.

Each row is a sentence in the register of fact sheets, EU acts and Chinese plans, and
what must come out of it: the targets (value, high end, unit, year), or, for a figure
that is no aim, its statistic role (or no record at all for furniture).
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _records(text: str, language: str = "en", date: str | None = "2024-05-01"):
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date=date, language=language
    )
    extraction = process_document(document, nlp=NLP[language], types=("target", "statistic"))
    return [r for r in extraction.records if r.value is not None]


def _targets(text: str, language: str = "en") -> list[tuple]:
    return [
        (r.value, r.value_high, r.unit, r.year)
        for r in _records(text, language)
        if isinstance(r, Target)
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # multiples in words are figures with unit "x"
        ("The agency intends to double its support to island states by 2027.", "en",
         [(2.0, None, "x", 2027)]),
        ("Partners agreed to triple wind capacity and double the rate of efficiency gains "
         "by 2030.", "en", [(3.0, None, "x", 2030), (2.0, None, "x", 2030)]),
        ("The ministry will more than double the number of rail freight terminals by 2029.",
         "en", [(2.0, None, "x", 2029)]),
        ("到2035年，全省新能源装机规模比2025年翻一番。", "zh", [(2.0, None, "x", 2035)]),
        # a multiple that states the level it reaches keeps only the level
        ("The fund aims to triple its lending to EUR 600 million by 2028.", "en",
         [(600_000_000.0, None, "EUR", 2028)]),
        # an adjective is no multiple
        ("The levy avoids double counting of credits from 2026 onwards.", "en", []),
        # fractions in words are percentages
        ("The bank will direct at least one-third of its new lending to adaptation from "
         "2026.", "en", [(33.3, None, "%", 2026)]),
        ("Cities shall cut congestion by a quarter by 2030.", "en", [(25.0, None, "%", 2030)]),
        ("到2030年，城市公交车辆中新能源车辆占三分之二以上。", "zh", [(66.7, None, "%", 2030)]),
        # "a third party" and "a quarter of a century" are not fractions
        ("The plans will be reviewed by a third party between 2025 and 2027.", "en", []),
        # a decimal comma before a percent sign, as EU texts write it
        ("The Union shall raise the renewable share to at least 42,5% by 2030.", "en",
         [(42.5, None, "%", 2030)]),
    ],
)  # fmt: skip
def test_multiples_fractions_and_decimal_commas(text, language, expected):
    assert _targets(text, language) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a multiple that is a past verb is a statistic
        ("Heat pump sales have tripled since the programme opened in 2021.", "reported"),
        # the nearer of an estimate word and a goal word decides
        ("Thanks to our commitment to clean power, the country is now on track to triple "
         "its solar output by 2030.", "projection"),
    ],
)  # fmt: skip
def test_multiples_that_are_not_aims(text, role):
    records = _records(text)
    assert [(type(r), r.role) for r in records] == [(Statistic, role)]


def test_the_nearer_goal_word_keeps_an_aim():
    text = "The country is on track to reach its goal of 35% renewable power by 2030."
    assert _targets(text) == [(35.0, None, "%", 2030)]
