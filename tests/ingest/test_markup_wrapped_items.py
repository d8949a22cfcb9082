"""Bill text printed with hanging indents is read, not blanked as indented code.

A bill as its official print sets it wraps each subsection at a fixed width: the item's
first line carries its marker ("(1) Funding.--"), the lines after it are indented under
it without one, and quoted text opens with two backticks (``(a) ...'' or the term
``covered line''). Such a block starts after a blank line indented four spaces or more,
so CommonMark reads it as an indented code block; every wrapped line used to blank the
whole block. The text here is ours, in the shape of such a print.
"""

from __future__ import annotations

from ingest.markup import markdown_view

BILL = """# PART 9 - HARBOUR GRIDS

SEC. 4101. HARBOUR GRID FUND.

    (a) Appropriation.--
            (1) Administration.--The harbour board shall set aside
        from its own receipts for the year 2027, $38,000,000, to be
        spent on the running of the fund before the close of
        the year 2031, as the board directs
        under this section.
            (2) Limit.--The board may lend at most $6,500,000 of the
        sum set aside under paragraph (1).

    ``(b) Covered Harbour.--The term ``covered harbour'' means a
port that handles at least 2,000 vessel calls a year.''.
"""

KEY_BREAK = """# PART 9

    (c) Loans.--
            (1) In general.--The Secretary may lend under this
        section: Provided, That no loan exceeds the cost of the
        project.
"""

SCRIPT = """# Build

Steps:

    1. install the tools
       pip install harbour
       make all

Done.
"""

# Commands of three words and more under a numbered step read like words, not code signs.
LONG_COMMANDS = """# Run

Steps:

    1. install the tools
       pip install harbour
       sudo systemctl start harbour grid service

Done.
"""

SETTINGS = """# Config

    - name: harbour grid
      port: 8080 for the test server

End.
"""

INLINE_CODE = """# Notes

    (1) Run the loader:
        ``load(rows)`` to read every row

End.
"""


def test_wrapped_subsections_keep_their_words():
    text = markdown_view(BILL).text
    assert "from its own receipts for the year 2027, $38,000,000, to be" in text
    assert "under this section." in text
    assert "The board may lend at most $6,500,000 of the" in text


def test_two_backticks_opening_a_quotation_do_not_make_code():
    text = markdown_view(BILL).text
    assert "``(b) Covered Harbour.--The term ``covered harbour'' means a" in text


def test_a_wrapped_line_that_breaks_after_a_colon_is_not_a_setting():
    text = markdown_view(KEY_BREAK).text
    assert "section: Provided, That no loan exceeds the cost of the" in text


def test_offsets_are_kept():
    text = markdown_view(BILL).text
    assert len(text) == len(BILL)
    start = BILL.index("$6,500,000")
    assert text[start : start + len("$6,500,000")] == "$6,500,000"


def test_commands_under_a_numbered_step_are_still_blanked():
    text = markdown_view(SCRIPT).text
    assert "pip install harbour" not in text and "make all" not in text
    assert "Steps:" in text and "Done." in text


def test_settings_under_a_bullet_are_still_blanked():
    text = markdown_view(SETTINGS).text
    assert "port: 8080" not in text and "name: harbour grid" not in text


def test_inline_code_closed_by_two_backticks_is_still_code():
    text = markdown_view(INLINE_CODE).text
    assert "load(rows)" not in text


def test_commands_of_three_words_under_a_step_are_still_blanked():
    text = markdown_view(LONG_COMMANDS).text
    assert "pip install harbour" not in text and "systemctl start" not in text
    assert "Steps:" in text and "Done." in text


def test_a_wrapped_item_ending_in_a_lead_in_is_read():
    lead_in = "# Part 9\n\n    (d) Definitions.--In this section, the term\n        covered pier means--\n"
    assert "covered pier means--" in markdown_view(lead_in).text


# A plan's bullets, pushed right by a converter, wrap mid-sentence and end without a stop.
PLAN_BULLETS = """# Harbour town climate plan

The council will:

    - Retrofit 3,400 council flats with heat pumps and new glazing across the
      eastern wards of the town
    - Open 14 charging hubs beside the ferry terminal by 2029

End.
"""

# A command under a longer step that opens with a tool's name stays code.
TOOL_UNDER_STEP = """# Run

Steps:

    1. start the grid service on the harbour server
       sudo systemctl start harbour grid service

Done.
"""


def test_wrapped_plan_bullets_without_a_stop_are_read():
    text = markdown_view(PLAN_BULLETS).text
    assert "Retrofit 3,400 council flats" in text
    assert "eastern wards of the town" in text
    assert "Open 14 charging hubs beside the ferry terminal by 2029" in text


def test_a_command_word_under_a_long_step_is_still_blanked():
    text = markdown_view(TOOL_UNDER_STEP).text
    assert "systemctl start" not in text
    assert "Steps:" in text and "Done." in text
