"""A length of time written in words with its figure in brackets ("thirty (30) days"), as
statutes and ordinances write it, is a length of time: a "how soon" or "how long"
question answered by such a clause is not refused for stating no time."""

from __future__ import annotations

import pytest

from kb.hits import Hit
from kb.refusal import kind_reason
from kb.refusal_words import carries_kind
from kb.understand import carries, understand


def _hit(text: str) -> Hit:
    return Hit(key="k", doc_id="d", clause_id="c", text=text, relevance=0.9)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "How soon must a landowner clear away a derelict wind turbine?",
            "The landowner shall dismantle the turbine within ninety (90) days of the last"
            " day it generated power.",
        ),
        (
            "For how long is the fishing co-operative spared the landing fee?",
            "The co-operative pays no landing fee for a period of five (5) years from the"
            " opening of the harbour.",
        ),
        (
            "How soon after the audit must the plant file its corrective plan?",
            "The plant files a corrective plan fifteen (15) days after the audit report.",
        ),
    ],
)
def test_a_spelled_length_with_its_figure_in_brackets_answers(question, text):
    query = understand(question)
    assert carries_kind(query, text)
    assert kind_reason(query, [_hit(text)]) == ""


def test_within_a_bracketed_figure_is_a_time_limit():
    assert carries("date", "Reports are due within thirty (30) days of the inspection.")


def test_a_clause_without_any_length_is_still_refused():
    query = understand("How soon must a landowner clear away a derelict wind turbine?")
    text = "The landowner shall dismantle the turbine and restore the field to pasture."
    assert kind_reason(query, [_hit(text)])


def test_a_bracketed_figure_that_is_no_length_stays_none():
    # a count in brackets is not a time: "three (3) turbines" answers no "how soon"
    query = understand("How soon must a landowner clear away a derelict wind turbine?")
    assert not carries_kind(query, "The landowner may keep three (3) turbines on the field.")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "How soon must the operator file its decommissioning bond?",
            "The operator files the bond within one hundred twenty (120) days of the permit.",
        ),
        (
            "For how long does the grid rebate last?",
            "The rebate runs for two hundred forty (240) days from the connection date.",
        ),
    ],
)
def test_several_number_words_before_a_bracketed_figure_are_a_length(question, text):
    query = understand(question)
    assert carries_kind(query, text)
    assert kind_reason(query, [_hit(text)]) == ""


def test_within_several_number_words_is_a_time_limit():
    assert carries("date", "Claims are due within one hundred twenty (120) days of the storm.")
    assert not carries("date", "The fund pays one hundred twenty (120) turbines in full.")
