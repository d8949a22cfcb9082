"""Deadline forms, base years, comparators, scale words and units, as tables."""

from __future__ import annotations

import pytest

from ingest.deadlines import find_base_years, find_deadlines
from ingest.lang import load_grammar
from ingest.quantities import find_quantities

EN = load_grammar("en")


@pytest.mark.parametrize(
    "text, year, phrase",
    [
        ("carbon emissions will peak before 2030", 2030, "before 2030"),
        ("by 2030, the share will reach 25%", 2030, "by 2030"),
        ("by the end of 2025 the rate shall exceed 94%", 2025, "by the end of 2025"),
        ("in 2035 the recycling rate will be around 65 per cent", 2035, "in 2035"),
        ("from 2030, new cars with combustion engines will be banned", 2030, "from 2030"),
        ("shall apply no later than 31 December 2027", 2027, "no later than 31 December 2027"),
        ("during the 14th Five-Year Plan period, build 200 parks", 2025,
         "during the 14th Five-Year Plan period"),
        ("by the end of the 15th Five-Year Plan, steel will peak", 2030,
         "by the end of the 15th Five-Year Plan"),
        ("achieve carbon neutrality by mid-century", 2050, "by mid-century"),
        ("by the middle of this century, become a leader", 2050,
         "by the middle of this century"),
        ("within three years, all buildings shall install meters", 2027, "within three years"),
        ("over the next decade, mobilise EUR 1 trillion", 2034, "over the next decade"),
        ("by December 31, 2026 the register shall be complete", 2026, "by December 31, 2026"),
        ("our 2040 target is net zero", 2040, "2040 target"),
    ],
)  # fmt: skip
def test_deadline_forms_normalise_to_a_year(text, year, phrase):
    (deadline,) = find_deadlines(text, EN, doc_year=2024)
    assert (deadline.year, deadline.text) == (year, phrase)


def test_relative_deadline_without_a_document_date_keeps_the_phrase():
    (deadline,) = find_deadlines("within two years", EN, doc_year=None)
    assert deadline.year is None and deadline.text == "within two years"


@pytest.mark.parametrize(
    "text, base, deadline",
    [
        ("reduce energy use per unit of GDP by 13.5% compared with 2020 by 2025", 2020, 2025),
        ("cut emissions by at least 55% below 1990 levels by 2030", 1990, 2030),
        ("reduce absolute emissions by 68% by 2035, from a 2019 base year", 2019, 2035),
        ("fall by over 65% from the 2005 level by 2030", 2005, 2030),
        ("lower intensity by 18% by 2025 relative to 2020", 2020, 2025),
        ("Base Year: 2005. Target Years: 2020 to 2030", 2005, 2030),
    ],
)
def test_base_years_are_never_deadlines(text, base, deadline):
    assert [b.year for b in find_base_years(text, EN)] == [base]
    assert [d.year for d in find_deadlines(text, EN, doc_year=2024)] == [deadline]


def test_from_a_year_alone_opens_a_period_not_a_base():
    assert find_base_years("from 2030 onwards, sales are banned", EN) == []


@pytest.mark.parametrize(
    "text, value, unit, comparator",
    [
        ("will reach 510 million tons", 510e6, "t", "="),
        ("will reach more than 30%", 30.0, "%", ">"),
        ("no fewer than 200 parks", 200.0, "", ">="),
        ("not lower than 94%", 94.0, "%", ">="),
        ("at least 42.5 per cent", 42.5, "%", ">="),
        ("below 100 billion kWh", 100e9, "kWh", "<"),
        ("no more than 35 billion cubic metres", 35e9, "m3", "<="),
        ("around 25%", 25.0, "%", "~"),
        ("about 60% of the world", 60.0, "%", "~"),
        ("1.5 trillion yuan", 1.5e12, "yuan", "="),
        ("EUR 300 billion", 300e9, "EUR", "="),
        ("US$ 1.2 billion", 1.2e9, "USD", "="),
        ("exceed 1,200 GW", 1.2e9, "kW", ">"),
        ("a 20-megawatt project", 20_000.0, "kW", "="),
        ("saves more than 4 million kilowatt hours", 4e6, "kWh", ">"),
        ("480,000 tons of carbon dioxide", 480_000.0, "t", "="),
        ("1.5 Gt of CO2", 1.5e9, "t", "="),
        ("30% or more", 30.0, "%", ">="),
        ("up to 2 percentage points", 2.0, "pp", "<="),
        ("three million tonnes", 3e6, "t", "="),
    ],
)
def test_values_apply_scale_words_units_and_comparators(text, value, unit, comparator):
    (quantity,) = find_quantities(text, EN)
    assert (quantity.value, quantity.unit, quantity.comparator) == (
        pytest.approx(value),
        unit,
        comparator,
    )
    assert text[quantity.start : quantity.end] == quantity.value_text


@pytest.mark.parametrize(
    "text",
    [
        "in 2030",                            # a year
        "the 14th Five-Year Plan",            # an ordinal
        "within a 25-year life cycle",        # a duration
        "Scope 1 and 2 emissions",            # names with numbers
        "PM2.5 and CO2 concentrations",
        "(1) Promote green steel",            # a list marker
        "On March 1, the Ministry issued",    # a date
        "a “1+N” industry chain",
        "water use per 10,000 yuan of output",  # part of a unit
    ],
)  # fmt: skip
def test_names_dates_and_durations_are_not_values(text):
    assert find_quantities(text, EN) == []


def test_coordinated_figures_share_the_comparator():
    first, second = find_quantities("reuse rates exceed 97% and 95% respectively", EN)
    assert first.comparator == second.comparator == ">"
