"""Indented list items that a converter pushed right are read as text, not as code.

Under CommonMark a run of lines indented four spaces after a blank line is an indented code
block, which the Markdown reader blanks. Word-to-Markdown converters indent nested list
items that way, so a statute's subsections ("    * (1) The Panel is made up of ...") were
dropped from the index. The text here is ours, in the shape of such a conversion.
"""

from __future__ import annotations

from ingest.markup import markdown_view

STATUTE = """# Harbour Electrification Act

##### 12  Who sits on the Harbour Panel

    * The Panel is made up of:

     * (a) a presiding member;

     * (b) six ordinary members.

##### 13  Length of appointments

    * An appointment lasts as long as the appointing notice says, and no longer than three years.
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
    assert "no longer than three years." in text
    assert "(b) six ordinary members." in text
    assert "The Panel is made up of:" in text


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
    i = STATUTE.index("no longer than three years")
    assert text[i : i + 26] == "no longer than three years"


def _kept(block: str) -> bool:
    """Whether an indented block after a lead-in is read as text (its words survive)."""
    source = "Lead-in:\n\n" + block + "\nEnd.\n"
    return block.split()[-1] in markdown_view(source).text


PROSE_LIST = (
    "    - the ferry operator will fit shore power at every berth by 2029\n"
    "    - the council will publish a yearly account of harbour emissions\n"
)


def test_a_numbered_list_of_commands_is_still_blanked():
    block = (
        "    1. python -m harbour.load --input ferries.csv --output rows.json\n"
        '    2. python tally.py --goal "zero emissions from all berths by 2045"\n'
    )
    assert not _kept(block)
    assert _kept(PROSE_LIST)


def test_shell_lines_and_yaml_steps_are_still_blanked():
    shell = (
        "    - apt-get install -y berth-tools and then restart the meter service\n"
        "    - systemctl restart berth-meter\n"
    )
    yaml = "    - name: build the berth meter image for the harbour\n    - run: make image\n"
    exported = '    1. export GOAL="cut harbour emissions by half by 2035" && ./go.sh\n'
    assert not _kept(shell) and not _kept(yaml) and not _kept(exported)
    assert _kept(PROSE_LIST)


def test_settings_with_phrase_values_are_still_blanked():
    block = (
        "    - timeout: the number of seconds the meter waits before it gives up\n"
        "    - share_goal: raise shore power to 60% of berth demand by 2030\n"
    )
    assert not _kept(block)
    # A capitalised heading word before a colon is prose, not a settings key.
    assert _kept("    - Shipping: the port will cut diesel use at berths by half by 2035\n")


def test_a_diff_is_still_blanked_but_a_plus_list_alone_is_read():
    diff = (
        '-    limit = read_limit("berths.csv")  # old shore power share in 2025\n'
        "+    limit = read_limit(target=0.6)  # raise it to 60% by 2030\n"
    )
    assert not _kept("    " + diff.replace("\n", "\n    ").rstrip() + "\n")
    words = (
        "    - the old plan said shore power would reach half of berth demand\n"
        "    + the new plan says shore power will reach 60% of berth demand by 2030\n"
    )
    assert not _kept(words)
    assert _kept(words.replace("    - ", "    + "))


def test_a_bare_bullet_line_does_not_blank_the_item_beside_it():
    source = "Intro.\n\n    * The Panel shall publish a yearly report on berth emissions.\n    * \n"
    assert "yearly report on berth emissions." in markdown_view(source).text


def test_chinese_items_are_read_like_english_ones():
    zh = "    * 到2026年，码头岸电覆盖率提高到60%以上。\n    * 到2031年，电动渡轮占比达到一半。\n"
    en = "    * By 2026, shore power covers 60% of berths.\n    * By 2031, half the ferries are electric.\n"
    assert "码头岸电覆盖率提高到60%" in markdown_view("主要目标：\n\n" + zh).text
    assert _kept(en)
    assert not _kept("    - 配置\n    - 端口\n")


def test_short_items_of_a_prose_enumeration_are_read():
    members = "    * (a) a presiding member; and\n    * (b) two deputies.\n"
    dates = "    * (e) shipping; or\n    * (f) aviation.\n"
    assert _kept(members) and _kept(dates)
    assert not _kept("    - name: build\n    - port: 8080\n")
    assert not _kept("    - alpha\n    - beta\n")


def test_bare_enumerators_mark_list_items():
    numbered = "    (1) The Minister must see that wind power reaches 45% of supply by 2031.\n"
    lettered = "    a) lifting shore power at berths to 70% by 2029; and\n    b) a yearly report.\n"
    roman = "    (iv) the Panel reports each year on the berth meters.\n"
    amended = "    (2A) The Panel may change the reporting date by notice.\n"
    assert _kept(numbered) and _kept(lettered) and _kept(roman) and _kept(amended)
    assert not _kept("    (1) x = compute(1)\n")
