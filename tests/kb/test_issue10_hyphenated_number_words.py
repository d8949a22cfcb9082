"""A number word joined by a hyphen to a word that is not a number ("three-wheelers",
"a one-time fee") names a kind of thing, not how many, so a count question is not
answered by a clause whose only figure is such a word (issue 10). Ordinary counts and
aims beside such words are kept."""

from __future__ import annotations

import pytest

from kb.hits import Hit
from kb.refusal_measure import quoted_kind_reason
from kb.understand import carries, understand


@pytest.mark.parametrize(
    "text",
    [
        "The ministry restored its grant for cargo electric three-wheelers this year.",
        "The bill adds a one-time fee on battery cars.",
        "A two-stage review applies to every bid.",
    ],
)
def test_a_hyphenated_number_word_is_no_count(text: str) -> None:
    assert not carries("count", text)


@pytest.mark.parametrize(
    "text",
    [
        "Sales of two-wheelers must reach 5 million by 2030.",
        "Twenty-five projects were chosen in the first round.",
        "Three new plants shall be built by 2030.",
        "Emissions shall be reduced by 55% compared with 1990.",
    ],
)
def test_counts_and_aims_beside_or_without_such_words_are_kept(text: str) -> None:
    assert carries("count", text)


def test_a_count_question_refuses_a_clause_that_only_names_three_wheelers() -> None:
    q = understand("How many electric three-wheelers will be eligible next year?")
    assert q.kind == "count"
    text = "The ministry restored its grant for cargo electric three-wheelers this year."
    hit = Hit(key="k", doc_id="d", clause_id="1", text=text)
    assert quoted_kind_reason(q, [hit]) != ""
    counted = Hit(key="k", doc_id="d", clause_id="1", text=text.replace("cargo", "40,000 cargo"))
    assert quoted_kind_reason(q, [counted]) == ""
