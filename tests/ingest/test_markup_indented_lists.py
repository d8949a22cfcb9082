"""Indented list items that a converter pushed right are read as text, not as code.

Under CommonMark a run of lines indented four spaces after a blank line is an indented code
block, which the Markdown reader blanks. Word-to-Markdown converters indent nested list
items that way, so a statute's subsections ("    * (1) The Board consists of ...") were
dropped from the index. The text here is ours, in the shape of such a conversion.
"""

from __future__ import annotations

from ingest.markup import markdown_view

STATUTE = """# Harbour Electrification Act

##### 12  Membership of the Harbour Board

    * The Board consists of the following members:

     * (a) a Chair;

     * (b) 5 other members.

##### 13  Term of office

    * A member holds office for the period in the instrument of appointment. The period must not exceed 4 years.
"""

CODE = """# Setup

Run the loader like this:

    from harbour import load
    rows = load("ferries.csv")
    print(len(rows))

Done.
"""

SETTINGS = """# Config

The defaults are:

    - name: build
    - port: 8080

End.
"""


def test_converted_subsections_keep_their_words():
    text = markdown_view(STATUTE).text
    assert "The period must not exceed 4 years." in text
    assert "(b) 5 other members." in text
    assert "consists of the following members:" in text


def test_an_ordinary_indented_code_block_is_still_blanked():
    text = markdown_view(CODE).text
    assert "load(" not in text and "print(len(rows))" not in text
    assert "Run the loader like this:" in text and "Done." in text


def test_a_bulleted_block_of_short_settings_is_still_blanked():
    text = markdown_view(SETTINGS).text
    assert "port: 8080" not in text
    assert "The defaults are:" in text


def test_a_code_block_with_one_bullet_line_among_code_is_still_blanked():
    mixed = "Intro.\n\n    * a list item that has several words in it\n    x = compute(1)\n\nEnd.\n"
    text = markdown_view(mixed).text
    assert "compute(1)" not in text and "several words" not in text


def test_offsets_are_kept_so_spans_still_point_into_the_file():
    text = markdown_view(STATUTE).text
    assert len(text) == len(STATUTE)
    i = STATUTE.index("must not exceed 4 years")
    assert text[i : i + 23] == "must not exceed 4 years"
