"""Review of the eleventh fresh set's classes: each rule narrowed where it dropped an
ordinary aim or took a report, a forecast or a keyword list for one.

Every table row pairs a text where the narrowed rule must hold with what must come out;
each group keeps an ordinary aim beside the case it guards.
"""

from __future__ import annotations

import pytest

from ingest.load import load_document
from ingest.markup import markdown_view
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _targets(text: str, date: str | None = "2024-03-01") -> set[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date, language="en")
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {(r.value, r.unit, r.year) for r in extraction.records if isinstance(r, Target)}


# ------------------------------------------- a base year after the figure is no report year

BASE_AFTER_FIGURE = [
    # (text, the aim that must be kept); every year after the figure is a past base year
    ("By 2030, emissions shall be 55% below their level in 1990.", (55.0, "%", 2030)),
    ("By 2035, the State shall cut emissions by 60% against emissions in 2019.", (60.0, "%", 2035)),
    ("Emissions must fall to 20% below levels in 2005 by 2030.", (20.0, "%", 2030)),
    ("By 2030 we will cut emissions to 50% of the level in 2005.", (50.0, "%", 2030)),
    ("Until 2030, the fleet shall use 30% less fuel than it used in 2015.", (30.0, "%", 2030)),
    # no base word: the figure's own part of the sentence opens with its deadline
    ("By 2032, the fleet shall run on 70% clean power, a level first proposed in 2021.",
     (70.0, "%", 2032)),
    # a second figure that is a share of the base year's amount
    ("By 2033, the town must halve what it sends to landfill, to 40% of the tonnage in 2019.",
     (40.0, "%", 2033)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), BASE_AFTER_FIGURE)
def test_a_past_base_year_after_the_figure_keeps_the_aim(text, wanted):
    assert wanted in _targets(text)


@pytest.mark.parametrize(
    "text",
    [
        # the deadline stands in another part of the sentence, after a dash
        "Much work lies ahead over the next ten years - a survey puts heat pumps at 13% of"
        " homes in 2021.",
        "The fleet will change a great deal by 2035 - a count gave electric buses a 9% share"
        " in 2022.",
    ],
)
def test_a_figure_of_a_past_year_in_another_part_stays_a_report(text):
    assert not {key for key in _targets(text) if key[0] in {13.0, 9.0}}


@pytest.mark.parametrize(
    "text",
    [
        "By FY29 the board will bring water leaks down to 14% from 21% in FY22.",
        "By 2031 the board will bring water leaks down to 14% from 21% in 2022.",
    ],
)
def test_a_starting_level_after_the_aim_stays_a_report(text):
    found = _targets(text)
    assert (14.0, "%", 2029 if "FY29" in text else 2031) in found
    assert not {key for key in found if key[0] == 21.0}


# ------------------------------------------------- a table cell: forecasts, reports, pairs


def _table_targets(tmp_path, table: str, date: str | None) -> set[tuple]:
    path = tmp_path / "page.md"
    path.write_text(table, encoding="utf-8")
    document = load_document(path, metadata={"date": date} if date else None)
    extraction = process_document(document, nlp=NLP, types=("target",))
    return {(r.value, r.unit, r.year) for r in extraction.records if isinstance(r, Target)}


TABLE_CELLS = [
    # (table, date, targets it must give, targets it must not give)
    (  # a column of forecasts, and a forecast word in the cell
        "| Metric | Outlook |\n|---|---|\n| Share of electric vans | about 45% by 2034 |\n"
        "| Grid storage | 3x by 2031 |",
        "2024-03-01", set(), {(45.0, "%", 2034), (3.0, "", 2031)},
    ),
    (
        "| Metric | Aim |\n|---|---|\n| Share of electric vans | 45% by 2034 (forecast) |\n"
        "| Heat pumps | 70% by 2033 |",
        "2024-03-01", {(70.0, "%", 2033)}, {(45.0, "%", 2034)},
    ),
    (  # an undated table of milestones already passed
        "| Province | Result |\n|---|---|\n| Lakeland | 25% by 2012 (achieved) |\n"
        "| Hillshire | 8 GW by 2020, exceeded in 2016 |",
        None, set(), {(25.0, "%", 2012), (8_000_000.0, "kW", 2020)},
    ),
    (  # undated: a column headed as goals keeps its aims, one per figure and deadline
        "| Province | Goal |\n|---|---|\n| Lakeland | 60% by 2035, 90% by 2045 |\n"
        "| Hillshire | 12 GW by 2032; 20 GW by 2040 |",
        None,
        {(60.0, "%", 2035), (90.0, "%", 2045), (12_000_000.0, "kW", 2032),
         (20_000_000.0, "kW", 2040)},
        set(),
    ),
    (  # dated: two aims in one cell of a plain column
        "| Province | Clean power |\n|---|---|\n| Lakeland | 55% by 2030 and 100% by 2050 |",
        "2024-03-01", {(55.0, "%", 2030), (100.0, "%", 2050)}, set(),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("table", "date", "wanted", "unwanted"), TABLE_CELLS)
def test_a_cell_gives_its_aims_but_not_its_forecasts(tmp_path, table, date, wanted, unwanted):
    found = _table_targets(tmp_path, table, date)
    assert wanted <= found
    assert not unwanted & found


# ----------------------------------------------- front matter: only a text field is prose

_TOPICS = [
    "offshore wind", "35 GW of wind by 2033", "grid storage", "carbon free power by 2040",
    "heat pumps", "district heating", "green hydrogen", "coal exit by 2031", "rail freight",
    "electric buses", "building retrofits", "peat restoration", "tree planting", "biogas",
]  # fmt: skip
_STORY = (
    "The council has published its energy plan. It commits the region to 35 GW of wind"
    " power by 2033, twice the present fleet, and sets out how the grid will be widened to"
    " carry it. Storage and demand response are to follow in a later chapter."
)

FRONT_MATTER = [
    # (front matter with an empty body, whether its prose is read)
    ("tags:\n" + "".join(f"  - {t}\n" for t in _TOPICS), False),  # a list of tags
    ("tags: [" + ", ".join(_TOPICS) + "]\n", False),  # a list in brackets
    ("keywords: " + ", ".join(_TOPICS) + "\n", False),  # a string without a sentence
    ("seo:\n  summary: " + _STORY + "\n", False),  # a nested mapping
    (f"summary: >-\n  {_STORY}\n", True),  # a folded text field
    (f'summary: "{_STORY}"\n', True),  # a quoted string on the key's line
]


@pytest.mark.parametrize(("fields", "read"), FRONT_MATTER)
def test_only_a_text_field_of_the_front_matter_is_read(fields, read):
    view = markdown_view(f"---\ntitle: Energy plan\n{fields}---\n&nbsp;\n")
    assert ("35 GW of wind" in view.text) is read


# ------------------------------------------- money drawn in is the aim, however it is named

MONEY = [
    # (text, whether its sum is an aim)
    ("The partners committed to mobilise $8 billion a year in financing by 2029.", True),
    ("The partners committed to mobilise $8 billion a year of new financing by 2029.", True),
    ("The province aims to attract EUR 2 billion in private financing by 2031.", True),
    # the sum pays for the aim: funding, as before
    ("The agency aims to deliver $9 billion in funding for bus depots by 2031.", False),
    ("The programme aims to fit heat pumps in schools by 2028, with a financial outlay of"
     " EUR 320 million.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "aim"), MONEY)
def test_a_sum_drawn_in_is_an_aim_and_funding_is_not(text, aim):
    money = {key for key in _targets(text) if key[1] in {"USD", "EUR"}}
    assert bool(money) is aim


# ------------------------------------------- 'this decade' dates only a clause looking ahead

DECADE = [
    # (text, date, records it must give, records it must not give)
    ("Rooftop solar has tripled this decade to 12 GW, and the plan shall reach 25 GW by 2034.",
     "2024-03-01", {(25_000_000.0, "kW", 2034)}, {(None, "", 2030), (12_000_000.0, "kW", 2030)}),
    ("Bus ridership fell this decade, so the city will cut fares to win riders back by 2027.",
     "2024-03-01", set(), {(None, "", 2030)}),
    # a past verb that governs an aim ("has pledged to") still looks ahead
    ("The port has pledged to cut its emissions 35% this decade.", "2024-03-01",
     {(35.0, "%", 2030)}, set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "wanted", "unwanted"), DECADE)
def test_this_decade_is_a_deadline_only_looking_ahead(text, date, wanted, unwanted):
    found = _targets(text, date)
    assert wanted <= found
    assert not unwanted & found


# ------------------------------------ a two-digit fiscal year takes the text's own century

FISCAL = [
    # (text, date, the aim it must give)
    ("The board shall bring water leaks down to 15% by FY98.", "1996-04-01", (15.0, "%", 1998)),
    ("The board shall bring water leaks down to 15% by FY03.", "1999-04-01", (15.0, "%", 2003)),
    ("The board shall bring water leaks down to 15% by FY31.", "2025-04-01", (15.0, "%", 2031)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "wanted"), FISCAL)
def test_a_two_digit_fiscal_year_is_near_the_text_s_year(text, date, wanted):
    assert wanted in _targets(text, date)
