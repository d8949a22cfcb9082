"""Target rules that went too wide: each case is an ordinary aim a general rule must keep.

Note numbers, spans of years, the lead year of a list, equivalences, a bill's page header
and a conditions heading each have their own tests (test_issue9_fresh5.py,
test_issue11_zh_plan_text2.py); these are the everyday sentences those rules must leave
alone, written in our own words.
"""

from __future__ import annotations

import pytest

from ingest.deadlines import find_deadlines
from ingest.lang import load_grammar
from ingest.metric_keys import metric_words
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}
EN = load_grammar("en")


def _targets(text: str, language: str = "en") -> list[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date="2023-03-01", language=language
    )
    extraction = process_document(document, nlp=NLP[language], types=("target", "statistic"))
    return sorted(
        (r.value, r.value_high, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    )


# ---------------------------------------------------------------- counts are not notes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The city will open 3 depots, 4 bus lines and 5 cycle lanes by 2027.",
            [(3.0, None, "", 2027), (4.0, None, "", 2027), (5.0, None, "", 2027)],
        ),
        (
            "The state will build 10 new charging hubs in 2025, 11 in 2026 and 12 in 2027.",
            [(10.0, None, "", 2025), (11.0, None, "", 2026), (12.0, None, "", 2027)],
        ),
        (
            "The city will hire 1 planner, 2 engineers and 3 inspectors by 2026.",
            [(1.0, None, "", 2026), (2.0, None, "", 2026), (3.0, None, "", 2026)],
        ),
        # a figure with a unit between counts breaks a run rather than being jumped over
        (
            "The county will retrofit 2 hospitals, cut emissions by 40%, add 3 schools and "
            "4 libraries by 2030.",
            [
                (2.0, None, "", 2030),
                (3.0, None, "", 2030),
                (4.0, None, "", 2030),
                (40.0, None, "%", 2030),
            ],
        ),
    ],
)
def test_consecutive_counts_of_things_are_aims_not_note_numbers(text, expected):
    assert _targets(text) == expected


def test_notes_opening_their_own_lines_are_still_note_numbers():
    # footnotes at a page's foot, each opening a line, one of them in lower case
    text = (
        "The region will fund coastal defences by 2028.\n17 set out in the national plan\n"
        "18 Flood maps of the ministry\n19 See the annex."
    )
    assert _targets(text) == []


# ---------------------------------------------------------------- a dash is not a span


@pytest.mark.parametrize(
    "text",
    [
        "The target for 2030 – 55% below 1990 levels – is binding.",
        "The goal for 2030 - 40 percent below 2005 - stays in force.",
        "Emissions in 2030 – 45 Mt – will be half of today's.",
    ],
)
def test_a_figure_set_off_by_dashes_after_a_year_is_not_a_span_end(text):
    assert [d.year for d in find_deadlines(text, EN)] == [2030]


def test_a_figure_set_off_by_dashes_keeps_the_year_before_it():
    text = "The target for 2030 – 55% below 1990 levels – is binding."
    assert _targets(text) == [(55.0, None, "%", 2030)]


# ---------------------------------------------------------------- the lead year of a list


def _percent_years(text: str) -> dict[float, int | None]:
    return {value: year for value, _, unit, year in _targets(text) if unit == "%"}


@pytest.mark.parametrize(
    "text",
    [
        # a past year that opens the sentence
        "In 2024 the city opened 3 depots, and it will cut emissions by 40% by 2035 and coal "
        "use by 60%.",
        # the year that names a plan
        "The 2030 plan will cut emissions by 40% by 2035 and coal use by 60%.",
        # a year separated from the first figure by a clause with its own verb
        "Before 2025 the city will close two coal units, cut emissions by 40% by 2035 and cut "
        "coal use by 60%.",
    ],
)
def test_an_earlier_year_that_does_not_head_the_list_does_not_date_its_items(text):
    assert _percent_years(text) == {40.0: 2035, 60.0: 2035}


def test_a_due_date_heading_a_list_dates_its_items_after_an_items_own_deadline():
    text = (
        "The law sets goals for the year 2035 aimed at cutting emissions by 50%, cutting car "
        "travel by 10% by 2045 and sourcing 60% of power from wind."
    )
    assert _percent_years(text) == {50.0: 2035, 10.0: 2045, 60.0: 2035}


# ---------------------------------------------------------------- the aim's own amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each Member State shall reduce its emissions by an amount corresponding to 30% "
            "of its 2005 level by 2030.",
            [(30.0, None, "%", 2030)],
        ),
        (
            "By 2030 the city shall plant trees on land corresponding to 15% of its area.",
            [(15.0, None, "%", 2030)],
        ),
    ],
)
def test_an_aim_stated_as_what_it_corresponds_to_is_kept(text, expected):
    assert _targets(text) == expected


# ---------------------------------------------------------------- space as thousands mark


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scenario A. 1 200 MW of storage is added by 2030.", [(1.2e6, None, "kW", 2030)]),
        ("Option A. 2 500 homes will be retrofitted by 2030.", [(2500.0, None, "", 2030)]),
    ],
)
def test_a_figure_with_a_space_for_thousands_is_not_a_bill_page_header(text, expected):
    assert _targets(text) == expected


# ---------------------------------------------------------------- background headings


def test_a_background_heading_that_mentions_conditions_does_not_make_items_thresholds():
    text = (
        "一、发展基础和基本条件\n\n“十四五”以来，全市光伏装机达到100万千瓦。"
        "到2027年，全市光伏装机达到300万千瓦。"
    )
    assert (3e6, None, "kW", 2027) in _targets(text, "zh")


def test_a_heading_that_names_a_projects_conditions_still_makes_items_thresholds():
    text = "三、项目申报条件\n\n（一）到2027年，单个项目光伏装机不低于5万千瓦。"
    assert _targets(text, "zh") == []


# ---------------------------------------------------------------- "just" in a metric


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        ("Just Transition Fund", ("fund", "just", "transition")),
        ("lift its solar share from just 4% today", ("lift", "share", "solar", "today")),
        ("a solar share of just over 5%", ("over", "share", "solar")),
    ],
)
def test_just_is_dropped_only_as_an_adverb_before_a_figure(phrase, words):
    assert metric_words(phrase) == words
