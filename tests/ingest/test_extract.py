"""Targets versus statistics on single sentences in Chinese and EU policy register.

The first block of sentences is copied from the bundled article (corpus/
china-green-manufacturing-guiding-opinions-2024.txt); the rest are written in
the register of such documents to cover each form the extractor must handle.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import process_document
from ingest.records import Document, content_id


def records_of(text: str, *, date: str | None = "2024-03-01"):
    document = Document(doc_id=content_id(text), path="test.txt", text=text, date=date)
    return process_document(document, types=("target", "statistic")).records


def summary(record):
    return (record.type, record.year, record.value, record.unit, record.comparator)


@pytest.mark.parametrize(
    "text, expected",
    [
        # corpus paragraph 4: a past year stated with "will" (translation) is still history
        ("In 2023, the added value of my country’s high-tech manufacturing industry and equipment "
         "manufacturing industry will account for 15.7% and 33.6% of the added value of industries "
         "above designated size respectively.",
         [("statistic", 2023, 15.7, "%", "="), ("statistic", 2023, 33.6, "%", "=")]),
        # corpus paragraph 11
        ("So far, a total of 89 steel companies have completed full-process ultra-low emission "
         "transformation with a crude steel production capacity of 426 million tons.",
         [("statistic", None, 89.0, "", "="), ("statistic", None, 426e6, "t", "=")]),
        # corpus paragraph 20: a project's expected output is a projection, not a policy target
        ("According to statistics, within a 25-year life cycle, a 20-megawatt photovoltaic power "
         "generation project is expected to provide 510 million kilowatt hours of green power.",
         [("statistic", None, 20_000.0, "kW", "="), ("statistic", None, 510e6, "kWh", "=")]),
        ("By 2025, energy consumption per unit of industrial added value will be reduced by 13.5% "
         "compared with 2020.", [("target", 2025, 13.5, "%", "=")]),
        ("The share of non-fossil energy in total energy consumption shall reach around 25% by 2030.",
         [("target", 2030, 25.0, "%", "~")]),
        ("No fewer than 200 green industrial parks will be built during the 14th Five-Year Plan "
         "period.", [("target", 2025, 200.0, "", ">=")]),
        ("The comprehensive utilization rate of industrial water shall be not lower than 94% by the "
         "end of 2025.", [("target", 2025, 94.0, "%", ">=")]),
        ("Member States shall ensure that the share of energy from renewable sources is at least "
         "42.5% by 2030.", [("target", 2030, 42.5, "%", ">=")]),
        ("Investment in green technologies is to reach 1.5 trillion yuan by 2027.",
         [("target", 2027, 1.5e12, "yuan", "=")]),
        ("Energy consumption of data centres must be kept below 100 billion kWh before 2026.",
         [("target", 2026, 100e9, "kWh", "<")]),
        ("In 2035, the recycling rate of municipal waste will be around 65 per cent.",
         [("target", 2035, 65.0, "%", "~")]),
        ("Emissions from the power sector will peak before 2028.",
         [("target", 2028, None, "", None)]),
        ("Carbon neutrality will be achieved by mid-century.", [("target", 2050, None, "", None)]),
        ("Within three years, all newly built public buildings shall install rooftop solar panels.",
         [("target", 2027, None, "", None)]),
        ("In 2022, renewable power accounted for 31.6% of total generation.",
         [("statistic", 2022, 31.6, "%", "=")]),
        ("Over the past decade, energy intensity fell by 26.4%.",
         [("statistic", None, 26.4, "%", "=")]),
        ("Since 2012, forest coverage has increased to 24%.", [("statistic", None, 24.0, "%", "=")]),
        ("By 2023, a total of 3,616 green factories had been built.",
         [("statistic", 2023, 3616.0, "", "=")]),
        ("The programme has so far mobilised EUR 300 billion.",
         [("statistic", None, 300e9, "EUR", "=")]),
    ],
)  # fmt: skip
def test_targets_and_statistics(text, expected):
    assert [summary(r) for r in records_of(text)] == expected


@pytest.mark.parametrize(
    "text, direction, base_year",
    [
        ("Greenhouse gas emissions shall be reduced by at least 55% below 1990 levels by 2030.",
         "decrease", 1990),
        ("Carbon dioxide emissions per unit of GDP will fall by over 65% from the 2005 level by 2030.",
         "decrease", 2005),
        ("The number of electric vehicle charging points should increase to 3 million by 2030.",
         "increase", None),
        ("The share of renewable energy shall reach at least 42.5% by 2030.", None, None),
    ],
)  # fmt: skip
def test_direction_and_base_year(text, direction, base_year):
    (target,) = records_of(text)
    assert (target.direction, target.base_year) == (direction, base_year)


def test_parallel_aims_each_inherit_the_shared_deadline():
    text = ("By 2030, wind capacity will reach 500 GW, solar capacity will reach 800 GW, and "
            "hydropower capacity will stay above 400 GW.")  # fmt: skip
    targets = records_of(text)
    assert [(t.metric, t.value, t.year) for t in targets] == [
        ("wind capacity", 500e6, 2030),
        ("solar capacity", 800e6, 2030),
        ("hydropower capacity", 400e6, 2030),
    ]


def test_each_figure_takes_the_deadline_that_follows_it():
    text = "We will reduce operational emissions by 40% by 2029 and 60% by 2044 against a 2014 baseline."
    assert [(t.value, t.year, t.base_year) for t in records_of(text, date=None)] == [
        (40.0, 2029, 2014),
        (60.0, 2044, 2014),
    ]


def test_an_enumeration_under_a_dated_lead_in_inherits_its_deadline():
    text = (
        "By 2025, the following targets shall be met:\n"
        "(1) the share of electric furnace steel shall reach 15%;\n"
        "(2) the energy efficiency of data centres shall improve by 10%.\n"
    )
    assert [(t.year, t.value, t.sector) for t in records_of(text)] == [
        (2025, 15.0, "steel"),
        (2025, 10.0, "data centres"),
    ]


def test_a_section_heading_deadline_applies_to_its_clauses():
    text = "Article 4 Targets for 2030\n\nThe share of renewable energy shall be at least 42.5%.\n"
    (target,) = records_of(text)
    assert (target.year, target.value, target.comparator) == (2030, 42.5, ">=")


def test_undated_documents_still_tell_history_from_targets():
    history = "In 2022, renewable power accounted for 31.6% of total generation."
    target = "In 2035, the recycling rate of municipal waste will be around 65 per cent."
    assert [r.type for r in records_of(history, date=None)] == ["statistic"]
    assert [r.type for r in records_of(target, date=None)] == ["target"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # corporate and city pledge forms, no document date
        ("Net zero by 2040 and zero carbon by 2050", [(2040, None, None), (2050, None, None)]),
        ("We will cut emissions by 50% by 2030 and reach carbon neutrality by 2050.",
         [(2030, 50.0, None), (2050, None, None)]),
        ("By FY2030 the group will reduce emissions by 72% compared with FY2013, and aim for "
         "net-zero emissions by FY2050.", [(2030, 72.0, 2013), (2050, None, None)]),
        ("2030: 40% below 1990 levels\n2050: 80% below 1990 levels",
         [(2030, 40.0, 1990), (2050, 80.0, 1990)]),
        ("A 53 percent reduction in operational emissions between 2019 and 2030.",
         [(2030, 53.0, 2019)]),
        ("Reduce energy use by 12% by 2023 using 2013 as the base year.", [(2023, 12.0, 2013)]),
        ("Cut scope 1 and 2 emissions by 40-50% by 2030 relative to our 2019 baseline.",
         [(2030, 40.0, 2019)]),
        ("GHG objectives: -20% by 2030; -50% by 2040 (baseline: 2005)",
         [(2030, 20.0, 2005), (2040, 50.0, 2005)]),
        ("Community-wide emissions: 50% in 2030, 100% in 2050", [(2030, 50.0, None), (2050, 100.0, None)]),
    ],
)  # fmt: skip
def test_pledge_and_target_forms_without_a_document_date(text, expected):
    targets = [r for r in records_of(text, date=None) if r.type == "target"]
    assert [(t.year, t.value, t.base_year) for t in targets] == expected
