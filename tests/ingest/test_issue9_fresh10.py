"""Issue 9, tenth fresh set: the classes its first contact showed, in texts of our own.

Each class has a case where the new rule fires and, beside it, an ordinary aim that must
still come out: an inline code span in Markdown is code; a quantity with 级 after it is a
size class; "Mtpa" is million tonnes; a block that stops mid-sentence leads into the list
right after it; the date of a review is no deadline of the aim; a heading's year dates the
items under it, and a prose sentence unless it states a share; a that-clause with its
own deadline ends a "with ..." phrase; "to just over 20%" ends a "from X to Y" change; an
aim verb in a relative clause on the subject does not reach the main clause's figure.
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


def _targets(text: str, date: str | None = "2024-05-01", language: str = "en") -> set[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date=date, language=language
    )
    return _targets_of(document)


def _markdown_targets(tmp_path, text: str, date: str = "2024-05-01") -> set[tuple]:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return _targets_of(load_document(path, metadata={"date": date}))


def _values(found: set[tuple]) -> set[float]:
    return {value for value, _, _ in found}


# ------------------------------------------------------------ inline code in Markdown

CODE_SPANS = [
    # (Markdown, what must be blanked, what must stay)
    ("Totals fell `r round(change, 1)`% in a year.", "round(change, 1)", "Totals fell"),
    ("since `r last_year - 1`, the lowest", "last_year - 1", "the lowest"),
    ("a ratio of `x == 2` here", "x == 2", "a ratio of"),
    ("the label `40%` in the chart", None, "`40%`"),
    ("the word `net zero` in quotes", None, "`net zero`"),
]


@pytest.mark.parametrize(("text", "gone", "kept"), CODE_SPANS)
def test_code_span_is_blanked_and_quoted_words_kept(text: str, gone: str | None, kept: str) -> None:
    view = markdown_view(text).text
    assert len(view) == len(text)
    if gone is not None:
        assert gone not in view
    assert kept in view


def test_report_with_inline_code_keeps_its_aim_and_no_code_digit(tmp_path) -> None:
    found = _markdown_targets(
        tmp_path,
        "# Emissions indicator\n\n"
        "- **Emissions changed.** They fell `r abs(round(delta, 1))`% since "
        "`r last_year - 2`.\n"
        "- **The region has set targets.** They are a 45% cut by 2030 and a 70% cut by "
        "2040, compared to 2010 levels.\n",
    )
    assert found == {(45.0, "%", 2030), (70.0, "%", 2040)}


# ------------------------------------------------------------ 级: a size class


def test_size_class_is_no_aim_and_the_capacity_aim_stays() -> None:
    found = _targets(
        "到2027年，建成3个50万吨级碳捕集示范项目，全省碳捕集能力达到200万吨。", language="zh"
    )
    assert 500000.0 not in _values(found)
    assert (3.0, "", 2027) in found  # the count of projects is the aim
    assert (2000000.0, "t", 2027) in found


# ------------------------------------------------------------ Mtpa


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Union shall reach an injection capacity of at least 40 Mtpa by 2030.", "en"),
        ("到2030年，注入能力达到每年40 Mtpa。", "zh"),
    ],
)
def test_million_tonnes_a_year(text: str, language: str) -> None:
    assert (40000000.0, "t", 2030) in _targets(text, language=language)


# ------------------------------------------------------------ a lead-in without a colon


def test_block_stopping_mid_sentence_leads_into_the_list_after_it(tmp_path) -> None:
    found = _markdown_targets(
        tmp_path,
        "# Plan\n\n"
        "The ministry has set out its plan. The main goals it proposes for 2035 include\n\n"
        "- A 45% cut in emissions from 2005 levels.\n"
        "- A renewable share of at least 50%.\n\n"
        "Emissions were 12% lower last year than in 2005.\n\n"
        "The agency also wants 30 GW of offshore wind by 2032.\n",
    )
    assert (45.0, "%", 2035) in found
    assert (50.0, "%", 2035) in found
    assert (30000000.0, "kW", 2032) in found  # an ordinary aim after the list
    assert 12.0 not in _values(found)  # the prose after the list is not an item of it


@pytest.mark.parametrize(
    ("opening", "item", "value"),
    [
        # a title ends on its noun
        ("Climate law: a new way to reach the 2040 targets", "* 2 min read", 2.0),
    ],
)
def test_line_that_is_no_open_lead_in_lends_no_year(
    tmp_path, opening: str, item: str, value: float
) -> None:
    found = _markdown_targets(tmp_path, f"# News\n\nSome words first.\n\n{opening}\n\n{item}\n")
    assert not any(v == value and year is not None for v, _, year in found)


def test_heading_like_line_without_a_verb_end_leads_into_nothing(tmp_path) -> None:
    found = _markdown_targets(
        tmp_path,
        "# Report\n\nProgress Made In 2023\n\n- Sales of electric cars reached 18% of all sales.\n",
    )
    assert found == set()


# ------------------------------------------------------------ the date of a review


def test_review_date_is_no_deadline_of_the_aim(tmp_path) -> None:
    found = _markdown_targets(
        tmp_path,
        "# Plan\n\nThe council met in May. The key aims agreed for 2030 include\n\n"
        "- An efficiency target of at least 30% - with a possible revision in 2023.\n"
        "- A 20% cut in heat demand by 2028.\n",
    )
    assert (30.0, "%", 2030) in found
    assert (20.0, "%", 2028) in found


# ------------------------------------------------------------ a heading's year and prose


def test_dated_heading_dates_items_and_forward_prose_not_a_present_share(tmp_path) -> None:
    found = _markdown_targets(
        tmp_path,
        "# Plan\n\n## NET ZERO BY 2050\n\n"
        "Transport accounts for 30% of the region's emissions.\n\n"
        "The region will cut transport emissions by 60%.\n\n"
        "- Electric buses: 90% of the fleet.\n",
    )
    assert 30.0 not in _values(found)
    assert (60.0, "%", 2050) in found
    assert (90.0, "%", 2050) in found


# ------------------------------------------------------------ a with-phrase and a that-clause


def test_that_clause_with_its_own_deadline_ends_a_with_phrase() -> None:
    found = _targets(
        "Producers have agreed with the ministry that by 2030 55% of parts will be made "
        "locally, up from 40% today."
    )
    assert (55.0, "%", 2030) in found
    assert 40.0 not in _values(found)


def test_a_figure_in_a_with_phrase_still_describes_the_subject() -> None:
    found = _targets(
        "All plants with a capacity above 2 million tonnes shall cut emissions 25% by 2030."
    )
    assert (25.0, "%", 2030) in found
    assert 2000000.0 not in _values(found)


# ------------------------------------------------------------ from X to just over Y


@pytest.mark.parametrize(
    ("text", "start", "aim"),
    [
        ("The coal share is to fall from 70% in 2020 to just over 30% in 2040.", 70.0, 30.0),
        ("We will raise the share from 20% to 45% by 2030.", 20.0, 45.0),
        ("Capacity is to grow from 8 GW to about 20 GW by 2030.", 8e6, 2e7),
    ],
)
def test_starting_level_of_a_change_is_no_aim(text: str, start: float, aim: float) -> None:
    values = _values(_targets(text))
    assert start not in values
    assert aim in values


# ------------------------------------------------------------ an aim verb in a relative clause


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The 40 cities which have pledged to become carbon neutral account for 12% of "
            "national emissions.",
            set(),
        ),
        ("The cities have pledged to cut emissions 50% by 2030.", {(50.0, "%", 2030)}),
        ("Cities that have agreed to reach 40% recycling will get a label.", {(40.0, "%", None)}),
    ],
)
def test_aim_verb_in_a_relative_clause_on_the_subject(text: str, kept: set[tuple]) -> None:
    found = _targets(text)
    assert {k for k in found if k[1] == "%"} == kept
