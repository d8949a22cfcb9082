"""Issue 9: figure classes found on fresh published documents, in sentences of our own.

Each row is a sentence in the register of fact sheets, EU acts and Chinese plans, and
what must come out of it: the targets (value, high end, unit, year), or, for a figure
that is no aim, its statistic role (or no record at all for furniture).
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Statistic, Target, content_id

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _records(text: str, language: str = "en", date: str | None = "2024-05-01"):
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date=date, language=language
    )
    extraction = process_document(document, nlp=NLP[language], types=("target", "statistic"))
    return [r for r in extraction.records if r.value is not None]


def _targets(text: str, language: str = "en") -> list[tuple]:
    return [
        (r.value, r.value_high, r.unit, r.year)
        for r in _records(text, language)
        if isinstance(r, Target)
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # multiples in words are figures with unit "x"
        ("The agency intends to double its support to island states by 2027.", "en",
         [(2.0, None, "x", 2027)]),
        ("Partners agreed to triple wind capacity and double the rate of efficiency gains "
         "by 2030.", "en", [(3.0, None, "x", 2030), (2.0, None, "x", 2030)]),
        ("The ministry will more than double the number of rail freight terminals by 2029.",
         "en", [(2.0, None, "x", 2029)]),
        ("到2035年，全省新能源装机规模比2025年翻一番。", "zh", [(2.0, None, "x", 2035)]),
        # a multiple that states the level it reaches keeps only the level
        ("The fund aims to triple its lending to EUR 600 million by 2028.", "en",
         [(600_000_000.0, None, "EUR", 2028)]),
        # an adjective is no multiple
        ("The levy avoids double counting of credits from 2026 onwards.", "en", []),
        # fractions in words are percentages
        ("The bank will direct at least one-third of its new lending to adaptation from "
         "2026.", "en", [(100 / 3, None, "%", 2026)]),
        ("Cities shall cut congestion by a quarter by 2030.", "en", [(25.0, None, "%", 2030)]),
        # a fraction in words is kept exact (issue 11: a third is not 33.3%)
        ("到2030年，城市公交车辆中新能源车辆占三分之二以上。", "zh", [(200 / 3, None, "%", 2030)]),
        # "a third party" and "a quarter of a century" are not fractions
        ("The plans will be reviewed by a third party between 2025 and 2027.", "en", []),
        # a decimal comma before a percent sign, as EU texts write it
        ("The Union shall raise the renewable share to at least 42,5% by 2030.", "en",
         [(42.5, None, "%", 2030)]),
    ],
)  # fmt: skip
def test_multiples_fractions_and_decimal_commas(text, language, expected):
    assert _targets(text, language) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a multiple that is a past verb is a statistic
        ("Heat pump sales have tripled since the programme opened in 2021.", "reported"),
        # the nearer of an estimate word and a goal word decides
        ("Thanks to our commitment to clean power, the country is now on track to triple "
         "its solar output by 2030.", "projection"),
    ],
)  # fmt: skip
def test_multiples_that_are_not_aims(text, role):
    records = _records(text)
    assert [(type(r), r.role) for r in records] == [(Statistic, role)]


def test_the_nearer_goal_word_keeps_an_aim():
    text = "The country is on track to reach its goal of 35% renewable power by 2030."
    assert _targets(text) == [(35.0, None, "%", 2030)]


@pytest.mark.parametrize(
    "text",
    [
        # a numbered point inside a sentence
        "The strategy sets three aims for 2030: 1) Protect wetlands; 2) Restore rivers; "
        "3) Plant hedges.",
        # a span of days before a month
        "The Council endorsed the 2035 goal at its meeting of 14 and 15 March 2024.",
        # a formula's condition on a variable, as assessment annexes write them
        "y ≤ -3% = well below the trajectory expected for 2030",
        # a chain of conditions on one variable
        "-5% < y < 0 %= slightly behind the 2030 path",
        # a point number opening amended text after a quote
        "In Part B, the following point is added: ‘6.4. The effect of planned measures on "
        "the 2040 goal.",
        # a dotted point of an annex
        "In point 4.2 of Annex II, the reference to 2030 is replaced.",
        # a range of section numbers opening a line
        "12-15. Measures to prepare coastal towns for 2040.",
        # a note number after a year at the end of a sentence
        "The national heat plan runs until 2045 87.",
    ],
)
def test_reference_furniture_is_never_a_target(text):
    assert _targets(text) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a share of a budget is spending
        ("From 2025, more than 35% (EUR 120 billion) of the fund's allocation will finance "
         "grid projects.", "funding"),
        # a distance from an aim is an assessment of it
        ("The plans leave a gap of 60 Mt from the 2030 target.", "reported"),
        # an agency's estimate, with the figure deep in its complement
        ("The energy agency estimates that the transition would create 12 million jobs by "
         "2030 in construction, retail, and transport, 40% of which will be skilled.",
         "projection"),
        # the list after "and" stays in the scope of "would"
        ("The proposed rule would cut leaks from wells, tanks, and compressors by about 60% "
         "by 2030.", "projection"),
        # the size of a facility or a plant
        ("The company will open a 45,000 square foot plant in 2026.", "scope"),
        ("The utility will commission a 300 MW solar plant by 2027.", "scope"),
        # a count of the companies or members a group has
        ("Pledges made by more than 210 companies will shift demand to clean steel by 2030.",
         "scope"),
        # an existing stock the government owns
        ("The state will retrofit its portfolio of 12,000 buildings with heat pumps by 2035.",
         "scope"),
        # what a body is composed of
        ("The board shall be composed of 11 experts from 2025.", "scope"),
        # an output at full capacity is what a plant can do, not an aim
        ("The new line will make 40,000 batteries per year at full capacity by 2027.",
         "projection"),
        # a study's finding reported in a forward sentence
        ("The review found that a cut of 70% would bring the sector to net zero by 2050.",
         "reported"),
    ],
)  # fmt: skip
def test_figures_that_describe_assess_or_estimate(text, role):
    records = _records(text)
    assert not [r for r in records if isinstance(r, Target) and r.value is not None]
    assert role in {r.role for r in records if isinstance(r, Statistic)}


def test_the_main_indicators_of_a_plan_are_due_at_its_horizon(tmp_path):
    from ingest.load import load_document

    path = tmp_path / "plan.md"
    path.write_text(
        "# 某市“十四五”循环经济发展规划\n\n## 一、发展目标\n\n到2025年，资源循环利用水平明显提高。\n\n"
        "## 二、主要指标\n\n1. 单位地区生产总值用水量较2020年下降12%\n"
        "2. 城市生活垃圾、建筑垃圾资源化利用率分别达到60%、50%\n"
        "3. 再生资源回收量年均增长6%\n\n## 三、重点任务\n\n建设20个示范基地。\n",
        "utf-8",
    )
    document = load_document(path, metadata={"date": "2021-12-01", "language": "zh"})
    extraction = process_document(document, nlp=NLP["zh"], types=("target", "statistic"))
    targets = [(r.value, r.year, r.base_year) for r in extraction.records
               if isinstance(r, Target) and r.value is not None]  # fmt: skip
    assert targets == [(12.0, 2025, 2020), (60.0, 2025, None), (50.0, 2025, None),
                       (6.0, 2025, None)]  # fmt: skip


def test_a_plan_title_names_the_horizon_when_no_year_is_stated(tmp_path):
    from ingest.load import load_document

    path = tmp_path / "plan.md"
    path.write_text(
        "# 某省“十五五”能源发展规划\n\n## 主要指标\n\n1. 非化石能源消费比重提高到30%\n",
        "utf-8",
    )
    document = load_document(path, metadata={"date": "2026-03-01", "language": "zh"})
    extraction = process_document(document, nlp=NLP["zh"], types=("target",))
    assert [(r.value, r.year) for r in extraction.records if r.value is not None] == [(30.0, 2030)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each figure takes its own deadline
        ("The region will source 30% of its power from wind by 2028, rising to 55% by 2036.",
         [(30.0, None, "%", 2028), (55.0, None, "%", 2036)]),
        # two statements each opened by their own deadline
        ("'By 2030, the city will cut emissions by one-third over 2010 levels' and 'By 2045, "
         "the city will cut them by one-half over 2010 levels.'",
         [(100 / 3, None, "%", 2030), (50.0, None, "%", 2045)]),
        # a range stays a range
        ("The state commits to a cut of between 48 and 53 percent below 2010 levels by 2032.",
         [(48.0, 53.0, "%", 2032)]),
    ],
)  # fmt: skip
def test_own_deadlines_and_ranges(text, expected):
    assert _targets(text) == expected


def test_a_range_keeps_its_base_year():
    records = [r for r in _records("Net emissions shall fall 40-45% below 2008 levels by 2035.")
               if isinstance(r, Target)]  # fmt: skip
    assert [(r.value, r.value_high, r.base_year, r.year) for r in records] == [
        (40.0, 45.0, 2008, 2035)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit glued to its number, as web pages write capacities
        ("The region aims for 12GW of offshore wind by 2032.", [(12_000_000.0, None, "kW", 2032)]),
        # oil-equivalent energy units, converted like any other energy unit
        ("Final energy use shall not exceed 700 Mtoe in 2030.",
         [(700 * 11_630_000_000.0, None, "kWh", 2030)]),
        # a percentage in brackets is still a figure, not a list mark
        ("The country will cut emissions by 2030 (35%) and by 2040 (60%).",
         [(35.0, None, "%", 2030), (60.0, None, "%", 2040)]),
    ],
)  # fmt: skip
def test_glued_and_energy_units(text, expected):
    assert _targets(text) == expected
