"""Two bare numbers after "from" (issue 13, review of unseen15): the first is a level a
change starts from only when an aim's noun stands before "from" or the clause's change word
runs the way the numbers do; a cut "from 45 to 50 percent" or "ranging from 30 to 40" is a
range. A change verb acting on a bare aim noun ("will increase targets to 40%") keeps the
plain metric; an aim's goals "from the 2021 plan to 2030" move no value. In our own words,
with an invented country (Ostria).
"""

from __future__ import annotations

import pytest

from ingest.metric_keys import metric_key
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _records(text: str) -> list[Target]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="en"
    )
    extraction = process_document(document, nlp=NLP, types=("target",))
    return [r for r in extraction.records if isinstance(r, Target)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: a cut whose two numbers rise, a range word, a base after the figure
        ("Ostria is to lower its methane output from 33 to 38 percent by 2032.", (33.0, 38.0)),
        ("Cuts for each sector range from 12 to 19 percent by 2031.", (12.0, 19.0)),
        ("Ostria will shrink its waste anywhere from 14 to 22 percent by 2029.", (14.0, 22.0)),
        # plural aims after "from" span a range across them
        ("The strategy gives district targets from 11 to 27 percent by 2034.", (11.0, 27.0)),
        ("The act fixes county goals from 8 to 19 percent for 2031.", (8.0, 19.0)),
        (
            "Ostria plans to trim freight emissions from 17 to 21 percent under 2010 levels "
            "by 2033.",
            (17.0, 21.0),
        ),
        # kept: a cut from the higher number, a rise from the lower, an aim's noun before it
        ("Ostria is to lower its methane output from 900 to 700 tonnes by 2032.", (700.0, None)),
        ("Ostria will expand rooftop solar from 4 to 9 percent by 2029.", (9.0, None)),
        ("The Ostrian goal from 26 to 31 percent for 2030 was approved.", (31.0, None)),
    ],
)
def test_two_bare_numbers_after_from(text: str, expected: tuple) -> None:
    assert [(r.value, r.value_high) for r in _records(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: a change verb acting on a bare aim noun, after a modal or "to"
        ("The cabinet will raise goals to 35% by 2031.", "goals"),
        ("Ostria has decided to cut targets to 15% by 2029.", "targets"),
        # kept: the change word as a noun before the aim's noun
        (
            "The cabinet set the river pollution cut target at 18% for 2030.",
            "river pollution cut target",
        ),
    ],
)
def test_a_change_verb_on_a_bare_aim_noun(text: str, expected: str) -> None:
    assert [r.metric for r in _records(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # new: goals "from" a plan "to" a year; a share brought down to a figure is a ceiling
        ("Goals from the 2022 roadmap to 2035 include cutting the share of diesel buses to "
         "15% by 2035.", "cap"),
        # kept: an aim moved from one number to a lower one is no ceiling
        ("Ostria will lower its bus fleet goal from 40 to 32 per cent by 2033.", "level"),
    ],
)  # fmt: skip
def test_an_aim_moves_only_from_a_number(text: str, polarity: str) -> None:
    keys = [metric_key(r, jurisdiction="OS") for r in _records(text)]
    assert keys and keys[-1].polarity == polarity
