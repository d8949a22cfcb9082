"""Issue 9, fixes to the fresh7 rules: each table holds sentences of our own that the first
version of those rules read wrongly, beside the cases those rules were made for.

A size that selects who a rule covers is no aim, but a capacity with a deadline or a modal
of its own is; a comma joins numbered steps only inside a list of numbers; compound numbers
in words keep their value; "would have to" is an aim only under a proposal, never after a
condition or an estimate or before a purpose; a bracketed year is dropped only while a year
outside brackets remains; a report verb does not make a figure for a year ahead a
statistic; printed line numbers need a run of three to count; a deeply nested JSON front
matter is no crash; a long run of number words costs one pass.
"""

from __future__ import annotations

import pytest

from ingest.lang import load_grammar
from ingest.line_numbers import blank_line_numbers
from ingest.load import load_document
from ingest.pipeline import build_nlp, process_document
from ingest.quantities import find_quantities
from ingest.records import Document, Target, content_id
from ingest.web import read_markdown

NLP = build_nlp(language="en")
EN = load_grammar("en")


def _records(document: Document) -> list[tuple]:
    extraction = process_document(document, nlp=NLP, types=("target", "statistic"))
    return sorted(
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None and r.type == "target"
    )


def _targets(text: str, date: str | None = None) -> list[tuple]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="en", date=date)
    return _records(document)


def _file_targets(tmp_path, name: str, text: str) -> list[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return _records(load_document(path))


# ------------------------------------------------- 1: a size that selects, or a level to reach


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Utilities must procure storage with a capacity of 500 MW or more by 2030.",
            [(500_000.0, "kW", 2030)],
        ),
        (
            "Installed capacity of 10 GW or more must be online by 2035.",
            [(10_000_000.0, "kW", 2035)],
        ),
        (
            "By 2030 the council will have a solar capacity of 200 MW or more.",
            [(200_000.0, "kW", 2030)],
        ),
        # the selecting frame, with no deadline of the figure's own, stays a rule's term
        ("Each utility shall buy power from farms with a capacity of 5 MW or less.", []),
        (
            "Depots having a floor area of 2,000 square metres or more shall report in 2028.",
            [],
        ),
    ],
)
def test_a_capacity_with_its_own_deadline_or_modal_is_an_aim(text, expected):
    assert _targets(text) == expected


# ------------------------------------------------- 2: a comma after a numbered step


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Under Priority 3, 40 GW of offshore wind will be installed by 2030.",
            [(40_000_000.0, "kW", 2030)],
        ),
        ("Under Action 7, 25 new depots will open by 2029.", [(25.0, "", 2029)]),
        # a list of step numbers is still furniture
        ("Steps 1, 2 and 3 will cut emissions by 20% by 2030.", [(20.0, "%", 2030)]),
        ("Measures 4, 5, 6 will cut water use by 15% by 2028.", [(15.0, "%", 2028)]),
    ],
)
def test_a_figure_after_a_numbered_step_and_a_comma_stays(text, expected):
    assert _targets(text) == expected


# ------------------------------------------------- 3: compound numbers in words


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The state will reduce emissions by one million two hundred thousand tonnes.", 1.2e6, "t"),
        ("The city will plant three million five hundred thousand trees.", 3.5e6, ""),
        ("The fund will raise five billion two hundred million dollars.", 5.2e9, "USD"),
        ("The program will retrofit one thousand five hundred homes.", 1500.0, ""),
        ("The board will fit four hundred thousand meters.", 400_000.0, ""),
    ],
)
def test_compound_numbers_in_words_keep_their_value(text, value, unit):
    found = [(q.value, q.unit) for q in find_quantities(text, EN)]
    assert found == [(value, unit)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The city will plant three million five hundred thousand trees by 2030.",
            [(3_500_000.0, "", 2030)],
        ),
        (
            "The program will retrofit one thousand five hundred homes by 2030.",
            [(1500.0, "", 2030)],
        ),
    ],
)
def test_compound_numbers_in_words_as_aims(text, expected):
    assert _targets(text) == expected


def test_a_long_run_of_number_words_is_read_in_one_pass():
    # quadratic matching made each of these take tens of seconds; the speed itself is shown
    # by benchmarks/number_words_speed.py. Here: a run with no unit gives no figure, and a
    # figure after the run is still found.
    text = "one hundred and " * 2000 + "then 40% by 2030."
    assert [q.value for q in find_quantities(text, EN)] == [40.0]


# ------------------------------------------------- 4: "would have to" and "would need to"


@pytest.mark.parametrize(
    "text",
    [
        "Without new grid lines, the region would have to curtail 20% of its wind output.",
        "Under the current plan, the country would need to import 30% of its gas.",
        "The agency calculated that 40% of homes would need to switch to heat pumps to hit "
        "net zero.",
        "If the bill fails, households would have to pay 15% more for power.",
        "Under the bill, utilities would have to add 20% more storage to meet peak demand.",
    ],
)
def test_would_have_to_as_a_consequence_is_not_an_aim(text):
    assert _targets(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Under the draft rule, carmakers would need to cut fleet emissions by 45% by 2035.",
            [(45.0, "%", 2035)],
        ),
        (
            "The committee's text says that ferries would have to run on 30% clean fuel by 2032.",
            [(30.0, "%", 2032)],
        ),
    ],
)
def test_would_have_to_under_a_proposal_is_an_aim(text, expected):
    assert _targets(text) == expected


# ------------------------------------------------- 5: years in square brackets


@pytest.mark.parametrize(
    "name, text, expected",
    [
        (
            "link.txt",
            "The city will cut emissions 40% by the [2035 deadline](https://example.org/d) "
            "set in law.",
            [(40.0, "%", 2035)],
        ),
        (
            "editor.txt",
            "The city will cut emissions 50% [by 2030] from 2005 levels.",
            [(50.0, "%", 2030)],
        ),
        (
            "quote.md",
            'The mayor said: "We will cut emissions 60% [by 2032] from 2005 levels."\n',
            [(60.0, "%", 2032)],
        ),
        # a struck year in brackets still gives way to the year outside them
        (
            "struck.txt",
            "The share shall be no less than twenty percent [for the years 2012 through 2014] "
            "before June 30, 2031.",
            [(20.0, "%", 2031)],
        ),
    ],
)
def test_a_year_only_in_brackets_still_dates_the_aim(tmp_path, name, text, expected):
    assert _file_targets(tmp_path, name, text) == expected


# ------------------------------------------------- 6: a report verb and a year ahead


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The ministry highlighted 10 GW of new offshore wind by 2030 as a priority.",
            [(10_000_000.0, "kW", 2030)],
        ),
        ("The review highlighted 25 new bus routes to open by 2027.", [(25.0, "", 2027)]),
        ("The white paper revealed a 78% cut in emissions in 2035.", [(78.0, "%", 2035)]),
        # a figure for a year already past, or with no year, stays a report
        ("The audit revealed a 12% cut in water use in 2021.", []),
        ("The audit revealed a 12% cut in water use at the plant.", []),
    ],
)
def test_a_report_verb_before_a_figure_for_a_year_ahead(text, expected):
    assert _targets(text, date="2024-05-01") == expected


# ------------------------------------------------- 7: printed line numbers


def _numbered_list(count: int) -> str:
    return "".join(f"{n} Set up task group number {n} for the plan.\n" for n in range(1, count + 1))


@pytest.mark.parametrize(
    "tail, expected",
    [
        # a wrapped line that opens with a figure and a unit, restarting the count
        (
            "13 The city will install rooftop solar panels on public buildings totalling\n"
            "2 GW by 2030.\n",
            [(2_000_000.0, "kW", 2030)],
        ),
        # a wrapped line that opens with the next line number and a unit, with no line after
        (
            "13 The city will raise the capacity of its heat pumps to\n14 GW by 2031.\n",
            [(14_000_000.0, "kW", 2031)],
        ),
    ],
)
def test_a_wrapped_figure_in_a_numbered_text_is_kept(tmp_path, tail, expected):
    text = _numbered_list(12) + tail
    assert _file_targets(tmp_path, "list.txt", text) == expected


def test_line_numbers_need_a_run_of_three():
    text = _numbered_list(14) + "1 Other text starts here\n2 and goes on here.\n"
    blanked = blank_line_numbers(text).splitlines()
    assert blanked[0].startswith("  Set up")  # a run of fourteen is blanked
    assert blanked[-2].startswith("1 Other")  # a run of two is left alone
    assert len(blank_line_numbers(text)) == len(text)


# ------------------------------------------------- 8: a deeply nested JSON front matter


def test_a_deeply_nested_json_front_matter_is_no_crash(tmp_path):
    source = '{\n"a": ' + "[" * 20_000 + "\n\nThe city will cut emissions by 40% by 2035.\n"
    text, _page, _furniture = read_markdown(source)
    assert "40% by 2035" in text
    path = tmp_path / "deep.md"
    path.write_text(source, encoding="utf-8")
    assert "40% by 2035" in load_document(path).text
