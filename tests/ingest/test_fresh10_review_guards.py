"""Guards for the rules added for the tenth fresh set: where each must not fire.

Every rule there narrowed what counts as an aim; each case here is an ordinary aim (or an
ordinary statistic) next to the rule's own case, in texts of our own: a modal or target
noun after a relative clause or a that-complement is the main clause's; a dated heading
dates the prose aims under it; an open lead-in lends its year only when it names an aim;
a review that a deadline word governs is the deadline; a backtick between letters is an
apostrophe, not code.
"""

from __future__ import annotations

import pytest

from ingest.load import load_document
from ingest.markup import markdown_view
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _targets_of(document: Document) -> set[tuple]:
    extraction = process_document(document, nlp=NLP[document.language], types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


def _targets(text: str, language: str = "en") -> set[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date="2024-05-01", language=language
    )
    return _targets_of(document)


def _file_targets(tmp_path, name: str, text: str, language: str = "en") -> set[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document = load_document(path, metadata={"date": "2024-05-01", "language": language})
    return _targets_of(document)


# ------------------------------------------------ a modal after a relative clause or "that"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "that" opening the object of a verb of saying, deciding or requiring
        ("The act provides that emissions shall be lowered by 45% against 2005.", 45.0),
        ("The ministers agreed that oil must stay below 15% of supply.", 15.0),
        ("The assembly decided that exports must be no more than 25% of output.", 25.0),
        # a relative clause that closes before the main clause's own modal
        ("Bottles which contain glass shall be made of at least 40% recycled glass.", 40.0),
        ("Traders that sell diesel must ensure the biofuel share is at least 7%.", 7.0),
        ("Sites that have received permits shall be reduced to 70% of their 2018 output.", 70.0),
    ],
)
def test_modal_of_the_main_clause_keeps_its_figure(text: str, kept: float) -> None:
    assert kept in {value for value, unit, _ in _targets(text) if unit == "%"}


@pytest.mark.parametrize(
    "text",
    [
        "Nations which have pledged to become climate neutral account for 87% of world output.",
        "Firms that have committed to net zero account for 30% of the market.",
    ],
)
def test_aim_verb_in_a_relative_clause_still_leaves_a_statistic(text: str) -> None:
    assert not {k for k in _targets(text) if k[1] == "%"}


# ------------------------------------------------ a dated heading over prose aims


@pytest.mark.parametrize(
    ("name", "text", "language", "kept"),
    [
        (
            "plan.txt",
            "某市行动方案\n\n三、2027年主要目标\n\n全市风电装机容量提高到1200万千瓦。\n",
            "zh",
            {(12000000.0, "kW", 2027)},
        ),
        (
            "plan.md",
            "# 行动方案\n\n## 2027年主要目标\n\n可再生能源消费比重提高到30%左右。\n\n单位产值能耗降低12%。\n",
            "zh",
            {(30.0, "%", 2027), (12.0, "%", 2027)},
        ),
        (
            "plan.md",
            "# Heat plan\n\n## By 2035\n\nSolar capacity grows to 60 GW.\n",
            "en",
            {(6e7, "kW", 2035)},
        ),
        (
            "plan.md",
            "# Heat plan\n\n## By 2035\n\nHousehold energy use falls by 14% against today.\n",
            "en",
            {(14.0, "%", 2035)},
        ),
    ],
)
def test_dated_heading_dates_a_prose_aim(
    tmp_path, name: str, text: str, language: str, kept: set[tuple]
) -> None:
    assert _file_targets(tmp_path, name, text, language) == kept


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "# Heat plan\n\n## Net zero by 2050\n\nMethane makes up 20% of the national total.\n",
            "en",
        ),
        ("# 行动方案\n\n## 2030年目标\n\n煤炭消费占能源消费总量比重为55%。\n", "zh"),
        ("# 行动方案\n\n## 2030年目标\n\n方案在重点领域部署了6方面行动19项任务。\n", "zh"),
    ],
)
def test_dated_heading_leaves_a_stated_share_undated(tmp_path, text: str, language: str) -> None:
    found = _file_targets(tmp_path, "plan.md", text, language)
    assert not {k for k in found if k[2] is not None}


# ------------------------------------------------ a review that is the deadline


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "A 50% share of clean heat is to be reached by the time of the next review in 2031.",
            2031,
        ),
        ("Oil use shall be brought down to 20% of supply by the stocktake in 2029.", 2029),
        ("Under the update in 2032 the recycling rate must reach 65%.", 2032),
        # the review date alone is still no deadline
        ("The clean heat share shall reach 50%, with a review in 2027.", None),
    ],
)
def test_review_governed_by_a_deadline_word_stays_the_deadline(text: str, year: int | None) -> None:
    assert {k[2] for k in _targets(text) if k[1] == "%"} == {year}


# ------------------------------------------------ a lead-in without a colon


@pytest.mark.parametrize(
    "lead",
    [
        "The 2040 strategy was written when the heat supply consisted of",
        "On present policies, the shares of final demand in 2035 are expected to be",
        "The 2035 plan names the emitting sectors of the base year, which are",
        "Since the 2040 roadmap was agreed, progress has been made in",
    ],
)
def test_open_lead_in_that_reports_lends_no_year(tmp_path, lead: str) -> None:
    text = f"# Outlook\n\n{lead}\n\n- district heat, 35% of supply\n- heat pumps, 15% of supply\n"
    assert not {k for k in _file_targets(tmp_path, "outlook.md", text) if k[2] is not None}


@pytest.mark.parametrize(
    "lead",
    [
        "Our goals for 2035 are",
        "Under the plan, by 2035 there will be",
        "The targets for 2035 include",
    ],
)
def test_open_lead_in_naming_an_aim_dates_its_items(tmp_path, lead: str) -> None:
    text = f"# Plan\n\n{lead}\n\n- a 35% share of district heat\n- a 15% cut in gas use\n"
    assert _file_targets(tmp_path, "plan.md", text) == {(35.0, "%", 2035), (15.0, "%", 2035)}


# ------------------------------------------------ backticks used as apostrophes


@pytest.mark.parametrize(
    "text",
    [
        "The city`s plan sets a 40% share of cycling by 2030 (from 12% now), the region`s does not.",
        "The state`s aim is a 50% cut by 2030 (against 2005) and the county`s aim is 60%.",
    ],
)
def test_backtick_apostrophes_open_no_code_span(text: str) -> None:
    view = markdown_view(text).text
    assert "40%" in view or "50%" in view
    assert "(from" in view or "(against" in view


def test_backtick_apostrophes_keep_the_aim_between_them(tmp_path) -> None:
    text = "# Plan\n\nThe city`s plan sets a 40% share of cycling by 2030 (from 12% now), the region`s does not.\n"
    assert (40.0, "%", 2030) in _file_targets(tmp_path, "plan.md", text)


def test_code_digits_in_a_report_are_no_aims(tmp_path) -> None:
    # without the code span blanked, "`r 40`% by 2030" would read as a 40% aim
    text = (
        "# Indicator\n\n"
        "- The share shall reach `r 40`% by 2030, see `r fig_ref(2)`.\n"
        "- Emissions shall be cut by 45% by 2030.\n"
    )
    assert _file_targets(tmp_path, "report.md", text) == {(45.0, "%", 2030)}
