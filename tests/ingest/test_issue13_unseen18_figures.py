"""Figures read wrong at unseen18's first contact: "30pc" for 30 per cent; a total split
into the part a country achieves by its own effort and the part that needs outside help;
a headline naming the same pledge loosely ("raise its ambition to 40 percent"); and the
later sentences of a Chinese paragraph opening with a year, written in traditional
characters.

All sentences are made up for these tests; each new reading sits beside the ordinary case
it must keep.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _targets(text: str, language: str = "en") -> list[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2022-03-01", language=language
    )
    extraction = process_document(document, nlp=NLP[language], types=("target",))
    return [
        (r.value, r.value_high, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: the news agencies' "pc"
        ("Osterland's plan sets an emissions cut of 35pc by 2030.", (35.0, None, "%", 2030)),
        # ordinary: "pct" and "per cent"
        ("Osterland's plan sets an emissions cut of 35pct by 2030.", (35.0, None, "%", 2030)),
        ("Osterland's plan sets an emissions cut of 35 per cent by 2030.", (35.0, None, "%", 2030)),
    ],
)
def test_pc_is_per_cent(text, expected):
    assert expected in _targets(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: the outright part named by whose effort it is, in the total's own sentence
        (
            "Osterland aims to cut its greenhouse gas emissions by 45 percent by 2035, in "
            "which 35 percent will come from its own national efforts and 10 percent from "
            "international financial support.",
            [(35.0, 45.0, "%", 2035)],
        ),
        # new: the same split under a headline that names the pledge loosely, beside a
        # first sentence that names what is cut
        (
            "Osterland will cut emissions by 45 percent by 2035, its environment minister "
            'said.\n\nThe minister spoke at a forum in the capital.\n\n"Our target is 45 '
            "percent by 2035: 35 percent we will deliver with domestic action, and the "
            'remaining 10 percent depends on international financial support," he said.',
            [(35.0, 45.0, "%", 2035), (35.0, 45.0, "%", 2035)],
        ),
        # ordinary: a total without a split stays the total
        (
            "Osterland aims to cut its greenhouse gas emissions by 45 percent by 2035.",
            [(45.0, None, "%", 2035)],
        ),
        # ordinary: a figure named by its own effort with no outside part is no split
        (
            "Osterland aims to cut its greenhouse gas emissions by 45 percent by 2035 through "
            "its own national efforts.",
            [(45.0, None, "%", 2035)],
        ),
    ],
)
def test_a_split_by_own_effort_and_outside_support(text, expected):
    assert _targets(text) == expected


def test_a_loose_headline_of_another_figure_is_not_split():
    # the headline's 45 is not the split's total (35 + 10 = 45 is; 50 is not)
    text = (
        'Osterland will cut emissions by 50 percent by 2035, its minister said.\n\n"Our '
        "target is 45 percent by 2035: 35 percent we will deliver with domestic action, and "
        'the remaining 10 percent depends on international financial support," he said.'
    )
    assert _targets(text) == [(50.0, None, "%", 2035), (35.0, 45.0, "%", 2035)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: traditional characters after a paragraph opening with its year
        ("到2030年，全市能源結構明顯優化。新能源汽車比重達到38%左右。", (38.0, "%", 2030)),
        # ordinary: the same in simplified characters
        ("到2030年，全市能源结构明显优化。新能源汽车比重达到38%左右。", (38.0, "%", 2030)),
    ],
)
def test_a_paragraph_year_carries_in_traditional_characters(text, expected):
    assert expected in {(v, u, y) for v, _, u, y in _targets(text, "zh")}
