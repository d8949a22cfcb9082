"""A line of labelled shares (a chart's legend laid out as text) is recognised piece by
piece, so a long run of figures that is no legend is turned down at once instead of
backtracking through every way of splitting each label from its figure."""

from __future__ import annotations

import re

import pytest

from ingest.lines import _share_line

# The pattern the piece-wise reading replaces: one group repeated over the whole line.
WHOLE_LINE = re.compile(r"^(?:[^%\n]{1,40}?\s?\d[\d.,]*\s?[%％]\s*)+$")

LINES = [
    "Coal 41.2%",
    "Hydro 12%Wind 8.5%Solar 3.1%",
    "Northland 22.4%  Southland 19.8%",
    "5% 6%",
    "Gas 18,5 %",
    "Oil 30％",
    "Other sources 4.4% ",
    "Industry and construction of new works 17.0%",
    "A label far longer than any legend would ever use for a row 3%",
    "Emissions fell 12% in 2023",
    "12%",
    "Coal 41.2% and rising",
    "Transport: 27.5%, buildings: 31%",
    "no figure at all",
    "",
]


@pytest.mark.parametrize("line", LINES)
def test_piece_wise_reading_agrees_with_the_whole_line_pattern(line):
    assert _share_line(line) == bool(WHOLE_LINE.match(line))


def test_a_long_list_of_figures_ending_in_a_full_stop_is_no_legend():
    # 4,000 figures in one sentence: the whole-line pattern never returns on this line
    line = "The plan will raise " + ", ".join(f"{n}.5%" for n in range(4000)) + "."
    assert _share_line(line) is False


def test_a_long_legend_is_still_read_as_one():
    line = "".join(f"Region{n} {n}.5% " for n in range(2000)).strip()
    assert _share_line(line) is True


def test_a_figure_in_words_per_cent_is_still_no_title():
    # the share-line reading must leave the title test's own "per cent" cue alone
    from ingest.lang import load_grammar
    from ingest.lines import is_title

    grammar = load_grammar("en")
    assert not is_title("65 per cent by 2035 for the harbour district", grammar)
    assert is_title("Harbour district milestones", grammar)
