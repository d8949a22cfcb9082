"""Issue 9, third fresh set: the classes its first contact showed, in texts of our own.

Each case is written in the register of the documents that showed the class (a Commission
page converted from PDF by an OCR model into Markdown with LaTeX math, yearly country
chapters on electric vehicles, an analysts' assessment of national pledges) and says what
must come out of it.
"""

from __future__ import annotations

import pytest

from ingest.lang import load_grammar
from ingest.latex import math_spans, render_math
from ingest.load import load_document
from ingest.markup import markdown_view
from ingest.pipeline import build_nlp, process_document
from ingest.quantities import find_quantities
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")
EN = load_grammar("en")


def _targets_of(text: str, date: str | None = "2024-05-01") -> list[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, date=date, language="en")
    extraction = process_document(document, nlp=NLP, types=("target", "statistic"))
    return [
        (r.value, r.value_high, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    ]


def _file_targets(tmp_path, text: str, name: str = "page.md") -> list[tuple]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    document = load_document(path, metadata={"language": "en"})
    extraction = process_document(document, nlp=NLP, types=("target", "statistic"))
    return [
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    ]


# ---------------------------------------------------------------- LaTeX math from OCR


@pytest.mark.parametrize(
    ("body", "plain"),
    [
        (r"\mathrm{CO}_{2}", "CO2"),
        (r"42 \%", "42 %"),
        (r"120 \mathrm{~g} \mathrm{CO}_{2} / \mathrm{km}", "120 g CO2/km"),
        (r"\left(\mathrm{NO}_{x}\right)", "(NOx)"),
        (r"3^{\text {rd }}", "3rd"),
        (r"\boldsymbol{\sigma}", ""),
        # a note mark set as math is no figure; a power of ten is read out
        (r"{ }^{7}", ""),
        (r"^{14}", ""),
        (r"18 \%^{2}", "18 %"),
        (r"3.2 \times 10^{6}", "3200000"),
        (r"2^{\circ} \mathrm{C}", "2°C"),
        (r"\mathrm{~m}^{3}", "m3"),
    ],
)
def test_inline_math_reads_as_what_it_typesets(body, plain):
    assert render_math(body) == plain


@pytest.mark.parametrize(
    "text",
    [
        "Grants of $5 million and $3 million were paid.",  # money, not math
        "The fee is $20 per tonne and $$ signs are rare.",
        # prose between two dollar amounts, with an escaped percent sign in it
        "Grants of $5 billion and 40\\% of the rest, or $2 billion, go to ports.",
    ],
)
def test_dollar_amounts_are_not_math(text):
    assert math_spans(text) == []


def test_a_raised_digit_is_a_note_mark_unless_it_powers_a_length():
    text = "wetlands of 400 km$^{2}$ shrank$^{3}$ by 9 per cent${ }^{5}$."
    assert [rendered for _, _, rendered in math_spans(text)] == ["2", "", ""]


def test_the_markdown_view_keeps_offsets_and_shows_plain_math():
    source = "Vans emit $\\mathrm{CO}_{2}$ and cut it by $12 \\%$ so far.\n"
    view = markdown_view(source).text
    assert len(view) == len(source)
    assert "CO2" in view and "12 %" in view
    assert "$" not in view and "\\" not in view


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        # a power of ten read out is longer than its math: it takes a scale word that fits,
        # and the text after the span is never written over
        ("A fund of $10^{9}$ EUR opens in 2027.\n", "A fund of 1bn      EUR opens in 2027.\n"),
        ("Loans: $10^{12}$\nNext year more.\n", "Loans: 1tn      \nNext year more.\n"),
        ("A grid of $4 \\times 10^{9}$ W.\n", "A grid of 4000000000        W.\n"),
    ],
)
def test_a_rendering_longer_than_its_math_never_spills_into_the_text_after(source, shown):
    assert markdown_view(source).text == shown


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        # the subscript of CO2 is no figure, and "$64 \%$" is a share, not dollars
        ("The fleet must cut $\\mathrm{CO}_{2}$ emissions by $64 \\%$ by 2033.\n",
         [(64.0, "%", 2033)]),
        # a backslash-escaped percent sign still marks a percentage
        ("Ferries shall use 30\\% shore power by 2031.\n", [(30.0, "%", 2031)]),
    ],
)  # fmt: skip
def test_ocr_markdown_targets(tmp_path, markdown, expected):
    assert _file_targets(tmp_path, markdown) == expected


# ---------------------------------------------------------------- numbers and periods


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a limit of 81,4 g CO2/km", 81.4, "g/km"),
        ("a limit of 1,250 g CO2/km", 1250.0, "g/km"),
        ("a share of 42,5 %", 42.5, "%"),
    ],
)
def test_a_decimal_comma_before_a_unit(text, value, unit):
    found = find_quantities(text, EN)
    assert [(q.value, q.unit) for q in found] == [(value, unit)]


def test_each_figure_takes_the_period_bracketed_after_it(tmp_path):
    markdown = (
        "The limits that will apply from 2026 onwards are set as follows:\n\n"
        "- Buses: 71,5 g CO2/km (2026-2029) and 40,2 g CO2/km (2030-2034)\n"
    )
    assert _file_targets(tmp_path, markdown) == [(71.5, "g/km", 2026), (40.2, "g/km", 2030)]


def test_a_period_opening_the_sentence_dates_the_figure_from_its_first_year():
    text = "For the years 2031 to 2035, the act sets a 22% reduction target for lorries."
    assert _targets_of(text) == [(22.0, None, "%", 2031)]


# ---------------------------------------------------------------- terms of a rule


def test_items_after_a_lead_in_naming_thresholds_are_terms_of_the_rule(tmp_path):
    markdown = (
        "A maker's limit is eased if its share of clean vans sold in a year exceeds the "
        "following thresholds:\n\n- Vans: 21 % clean vans\n- Lorries: 9 % clean lorries\n"
    )
    assert _file_targets(tmp_path, markdown) == []


@pytest.mark.parametrize(
    "text",
    [
        "A one percentage point overshoot of the threshold will raise the firm's limit by "
        "one percent.",
        "The maximum credits per firm will be 8 g CO2/km until 2027, 5 g CO2/km from 2028 "
        "to 2030, and 3 g CO2/km after 2030.",
    ],
)
def test_coefficients_and_listed_caps_are_not_aims(text):
    assert _targets_of(text) == []


# ---------------------------------------------------------------- lists of figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # estimates listed against earlier estimates: none is an aim
        ("The analysts estimate that the pledges would lead to 70 and 95 MtCO2e in 2030 "
         "under its targets, down from 90 and 120 MtCO2e under the earlier pledge.", []),
        # two aims of one sentence keep their own deadlines
        ("The state will reach 20% by 2027 and 35% by 2032.",
         [(20.0, None, "%", 2027), (35.0, None, "%", 2032)]),
        # a count of who is concerned does not pass its role to an aim after it
        ("The scheme builds on pledges by over 200 firms to move to 100% clean power by 2045.",
         [(100.0, None, "%", 2045)]),
    ],
)  # fmt: skip
def test_a_listed_figure_shares_the_role_of_the_one_before(text, expected):
    assert _targets_of(text) == expected


# ---------------------------------------------------------------- reported aims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In March the port operator announced that 80 percent of its cranes will run on "
         "batteries by 2032.",
         [(80.0, None, "%", 2032)]),
        ("The ministry published a roadmap for a 35% cut in battery pack cost by 2031.",
         [(35.0, None, "%", 2031)]),
        # what was announced as done stays a fact
        ("The agency announced 40 grants for ports in 2023.", []),
    ],
)  # fmt: skip
def test_a_report_of_an_aim_is_an_aim(text, expected):
    assert _targets_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hospitals get their own chapter in the new plan, which seeks to trim demand in "
         "every ward, among them a 15% energy consumption reduction in lighting.",
         [(15.0, None, "%", None)]),
        ("- Keeping the region's commitment to help procure 2,000 electric ferries for its "
         "lakes.",
         [(2000.0, None, "", None)]),
        # a grant's purpose is its effect, not the aim of the text
        ("The agency will provide $50 million in grants to help restore nearly 300,000 acres "
         "of marsh.", []),
    ],
)  # fmt: skip
def test_undated_aims_named_as_nouns(text, expected):
    assert _targets_of(text, date=None) == expected


# ---------------------------------------------------------------- facts of an undated text


@pytest.mark.parametrize(
    "text",
    [
        "In 2021, there were 30 models sold, including both kinds; as well as 12 hybrid "
        "models, for total sales of ~500,000 units.",
        "Car emissions fell by 20% between 2018 and 2021, while van emissions dropped by 8%.",
    ],
)
def test_an_undated_text_reports_past_figures_as_facts(text):
    assert _targets_of(text, date=None) == []
