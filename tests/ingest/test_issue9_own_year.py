"""Issue 9: a document's aims for its own year of issue are aims, not past statistics.

A briefing dated 2026 that says a share "should reach 28% in 2026" states an aim for the
year it is issued in; only a figure stated in a past or perfect tense ("reached", "was",
"fell by", 已经) for a year up to the date of issue is a statistic. Texts are our own.
"""

from __future__ import annotations

import pytest

from ingest.dating import forward_from
from ingest.lang import load_grammar
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _records(text: str, language: str = "en", date: str | None = "2026-02-10"):
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date=date, language=language
    )
    extraction = process_document(document, nlp=NLP[language], types=("target", "statistic"))
    return [r for r in extraction.records if r.value is not None]


def _kinds(records) -> list[tuple]:
    return [(type(r).__name__, r.value, r.year) for r in records]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # aims for the year of issue, with should / is to be / must / shall / 要 / 应
        (
            "Wind and solar should supply about 28% of the island's power in 2026.",
            "en",
            [("Target", 28.0, 2026)],
        ),
        (
            "Water losses in the city network are to be 15% lower in 2026 than in 2021.",
            "en",
            [("Target", 15.0, 2026)],
        ),
        ("Each district must cut landfilled waste by 12% in 2026.", "en", [("Target", 12.0, 2026)]),
        (
            "Recycled content shall make up 30% of new packaging in 2026.",
            "en",
            [("Target", 30.0, 2026)],
        ),
        ("2026年，全市新能源公交车占比要达到90%。", "zh", [("Target", 90.0, 2026)]),
        ("2026年，可再生能源发电量占比应达到42%左右。", "zh", [("Target", 42.0, 2026)]),
        # figures stated in a past or perfect tense stay statistics
        (
            "The share of wind and solar reached 28% of the island's power in 2026.",
            "en",
            [("Statistic", 28.0, 2026)],
        ),
        ("Water losses were 15% lower in 2025 than in 2021.", "en", [("Statistic", 15.0, 2025)]),
        ("Landfilled waste fell by 12% in 2025.", "en", [("Statistic", 12.0, 2025)]),
        ("2025年，全市新能源公交车占比已经达到85%。", "zh", [("Statistic", 85.0, 2025)]),
        # an aim stated for a year before the date of issue is not read as a forward aim
        ("The share should have been 20% in 2024.", "en", [("Statistic", 20.0, 2024)]),
    ],
)
def test_own_year_aims_and_statistics(text, language, expected):
    assert _kinds(_records(text, language)) == expected


def test_a_figure_takes_the_year_of_its_own_clause():
    # the 2024 of the aside dates nothing; 40 GW is the aim for 2026, 120 GW for 2028
    text = (
        "Grid batteries are to reach 40 GW of capacity in 2026, a goal first set in 2024, "
        "and 120 GW in 2028."
    )
    targets = [r for r in _records(text) if isinstance(r, Target)]
    assert [(r.value, r.unit, r.year) for r in targets] == [
        (40_000_000.0, "kW", 2026),
        (120_000_000.0, "kW", 2028),
    ]


def test_progress_in_the_same_briefing_stays_a_statistic():
    text = (
        "Wind and solar should supply about 28% of the island's power in 2026.\n\n"
        "By the end of 2025, 31 GW of storage was in operation."
    )
    stats = [r for r in _records(text) if isinstance(r, Statistic)]
    assert [(r.value, r.year) for r in stats] == [(31_000_000.0, 2025)]


@pytest.mark.parametrize(
    ("text", "language", "doc_year", "expected"),
    [
        ("The share should reach 28% in 2026.", "en", 2026, 2025),
        ("The share reached 28% in 2026.", "en", 2026, 2026),
        ("The share should have been 28%, but it was 24%.", "en", 2026, 2026),
        ("The share should reach 28% in 2026.", "en", None, None),
        ("主要指标：占比达到28%。", "zh", 2026, 2026),  # 主要 is "main", not the modal 要
        ("电力供应占比28%。", "zh", 2026, 2026),  # 供应 is "supply", not the modal 应
        ("占比要达到28%。", "zh", 2026, 2025),
    ],
)
def test_forward_from(text, language, doc_year, expected):
    assert forward_from(text, load_grammar(language), doc_year) == expected


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a bracketed aside with commas glosses the subject: it is not the metric
        (
            "Grid batteries (lithium, sodium and flow designs) are to reach 40 GW in 2028.",
            "Grid batteries",
        ),
        (
            "Heat pumps (air, ground and water sourced) should provide 45% of home heating by 2030.",
            "Heat pumps as a share of home heating by 2030",
        ),
        # an aside without commas is left as it is
        (
            "Greenhouse gas (GHG) emissions are to fall to 20 Mt by 2030.",
            "Greenhouse gas (GHG) emissions",
        ),
    ],
)
def test_an_aside_in_brackets_is_not_the_metric(text, metric):
    targets = [r for r in _records(text) if isinstance(r, Target)]
    assert [r.metric for r in targets] == [metric]
