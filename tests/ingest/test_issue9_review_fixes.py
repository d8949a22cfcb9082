"""Issue 9, fixes after review of the eighth fresh set's rules.

Each narrowed cue keeps the case that made it necessary and, beside it, the ordinary aims
the wider form dropped: a status date opening a clause, a plural list noun before a
figure, a trip distance, a numbered goal's name; and the fallback reader of markup keeps
what a browser shows, in linear time.
"""

from __future__ import annotations

import pytest

from ingest.lang import load_grammar
from ingest.pipeline import build_nlp, process_document
from ingest.quantities import find_quantities
from ingest.records import Document, Target, content_id

NLP = {"en": build_nlp(language="en")}


def _targets(text: str, date: str | None = "2024-05-01") -> list[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date, language="en")
    extraction = process_document(document, nlp=NLP["en"], types=("target",))
    return [
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    ]


# ---------------------------------------------------------------- a status date opening a clause


@pytest.mark.parametrize("date", ["2024-05-01", None])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As of July 2025, the plan calls for 60% renewable power by 2030.", (60.0, "%", 2030)),
        (
            "As of October 2024, the state requires that 35% of new cars sold be "
            "zero-emission by 2026.",
            (35.0, "%", 2026),
        ),
        (
            "As of June 2024, the law requires a 40% cut in emissions by 2030 compared with 1990.",
            (40.0, "%", 2030),
        ),
    ],
)
def test_status_date_lead_in_keeps_the_clause_own_deadline(
    text: str, expected: tuple, date: str | None
) -> None:
    assert expected in _targets(text, date=date)


def test_status_date_lead_in_keeps_a_capacity_aim() -> None:
    text = "As of March 2024, the government aims to install 500 GW of renewable capacity by 2030."
    assert (500_000_000.0, "kW", 2030) in _targets(text)


def test_status_in_an_undated_text_is_still_no_aim() -> None:
    text = (
        "As of May 2024, the region's installed wind capacity stands at 12 GW, "
        "more than 15% of its power fleet."
    )
    assert _targets(text, date=None) == []


@pytest.mark.parametrize("date", ["2024-05-01", None])
def test_status_date_form_with_a_binding_word_is_a_start_date(date: str | None) -> None:
    text = "As of January 2026, at least 40% of new taxis must be electric."
    assert _targets(text, date=date) == [(40.0, "%", 2026)]


# ---------------------------------------------------------------- plural list nouns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company will cut emissions across all scopes 50% by 2030.", [(50.0, "%", 2030)]),
        ("The country will cut emissions in 3 phases 40% by 2030.", [(40.0, "%", 2030)]),
        (
            "The plan runs in two phases 40 GW of wind by 2030 and 80 GW by 2040.",
            [(40_000_000.0, "kW", 2030), (80_000_000.0, "kW", 2040)],
        ),
        # a list of numbers after the plural noun still names scopes
        ("The firm will reach net zero across scopes 1, 2 and 3 by 2045.", []),
        ("The firm will reach net zero in phases 1 and 2 of the plan by 2045.", []),
    ],
)
def test_plural_list_noun_names_only_a_list_of_numbers(text: str, expected: list) -> None:
    assert _targets(text) == expected


def test_plural_list_noun_repeated_inside_the_list() -> None:
    text = "Cut rate for Scopes 1 +Scopes 2 -40% (2035, against 2019 levels)"
    assert [t for t in _targets(text, date=None) if t[0] in (1.0, 2.0)] == []


# ---------------------------------------------------------------- distances


def test_a_trip_distance_by_a_named_route_is_no_aim() -> None:
    text = "With the yard moved, bus spares must travel only 12 km by road to the garage."
    assert [t for t in _targets(text, date=None) if t[1] == "km"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each resident should travel 20 km less by car per week by 2030.", (20.0, "km", 2030)),
        ("The city will build a journey of 100 km of cycle paths by 2030.", (100.0, "km", 2030)),
    ],
)
def test_a_distance_aim_after_a_travel_word_is_kept(text: str, expected: tuple) -> None:
    assert expected in _targets(text)


# ---------------------------------------------------------------- numbered goals


def test_a_table_target_value_is_kept() -> None:
    grammar = load_grammar("en")
    text = "Renewable electricity share, %: Baseline 20 (2020), Target 45 (2030)."
    values = [q.value for q in find_quantities(text, grammar)]
    assert 45.0 in values


@pytest.mark.parametrize(
    "text",
    [
        "Under Goal 7 the country will reach 50% renewable power by 2030.",
        "Goal 7 of the SDGs calls for universal access to electricity by 2030.",
    ],
)
def test_goal_name_inside_a_sentence_is_no_aim(text: str) -> None:
    assert (7.0, "", 2030) not in _targets(text)


def test_goal_name_inside_a_sentence_keeps_the_aim_beside_it() -> None:
    text = "Under Goal 7 the country will reach 50% renewable power by 2030."
    assert (50.0, "%", 2030) in _targets(text)


# ---------------------------------------------------------------- energy units with a dot


@pytest.mark.parametrize("text", ["全年发电30亿kW·h", "全年发电30亿kW•h"])
def test_dotted_kilowatt_hour_is_energy_in_chinese(text: str) -> None:
    found = [(q.value, q.unit) for q in find_quantities(text, load_grammar("zh")) if q.unit]
    assert found == [(3_000_000_000.0, "kWh")]


def test_dotted_kilowatt_hour_is_energy_in_english() -> None:
    found = [(q.value, q.unit) for q in find_quantities("save 300 kW·h a year", load_grammar("en"))]
    assert found == [(300.0, "kWh")]


def test_plain_kilowatt_is_still_power() -> None:
    found = [(q.value, q.unit) for q in find_quantities("达到30亿kW", load_grammar("zh"))]
    assert found == [(3_000_000_000.0, "kW")]
