"""Issue 9, eighth fresh set: the classes its first contact showed, in texts of our own.

Each class has a case where the new rule fires and, beside it, an ordinary aim that must
still come out: a page kept as a framework component or a template fragment is read by
the text between its tags; a block or Markdown line whose only words are a link is
navigation; "Goal 13" names a goal; "As of <month> <year>" in an undated text dates a
status; a Chinese scale word may touch a Latin unit ("30亿kW").
"""

from __future__ import annotations

import pytest

from ingest.errors import IngestError
from ingest.lang import load_grammar
from ingest.load import load_document
from ingest.markup import markdown_view
from ingest.pipeline import build_nlp, process_document
from ingest.quantities import find_quantities
from ingest.records import Document, Target, content_id
from ingest.tag_text import tag_text
from ingest.web import extract_html

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _targets_of(document: Document) -> list[tuple]:
    extraction = process_document(document, nlp=NLP[document.language], types=("target",))
    return [
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    ]


def _targets(text: str, date: str | None = "2024-05-01", language: str = "en") -> list[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date=date, language=language
    )
    return _targets_of(document)


# ---------------------------------------------------------------- markup without an article

_COMPONENT = """import React from 'react';
import Shell from '../parts/Shell';

const Aims = () => {
  return (
    <Shell>
      <Meta summary="Ten gigawatts of offshore wind by 2032." path="/aims" />
      <div className="pt-12 mx-auto max-w-3xl" onClick={() => { go('/') }}>
        <h1 className="text-2xl">Our national aims</h1>
        <ul className="list-disc space-y-2">
          <li>
            <strong>10 GW of offshore wind by 2032:</strong>
            {" "}The ministry aims to connect 10 GW of offshore wind to the grid by 2032.
          </li>
        </ul>
        <ul><li><a href="/news/2023">Read the 2023 review</a></li></ul>
      </div>
    </Shell>
  );
};

export default Aims;
"""

_TEMPLATE = """<?php include("../inc/top.php"); ?>
<div class="facts"><p class="n0"><span>40</span>GW</p><div class="n1">cells made a year</div>
</div>
<div class="goals"><p class="tt">到2030年,全省风电装机容量达到
2000万千瓦。</p></div>
<%-- an older version of the block --%>
"""


@pytest.mark.parametrize(
    ("source", "shown", "hidden"),
    [
        # a component: imports, functions and brace expressions go; the text in tags stays
        (
            _COMPONENT,
            ["The ministry aims to connect 10 GW of offshore wind to the grid by 2032."],
            ["import", "onClick", "className", "Ten gigawatts", "Read the 2023 review"],
        ),
        # a template fragment: server directives go; digits split from units by tags join;
        # a line break between two CJK characters is wrapping, not a space
        (_TEMPLATE, ["40GW", "到2030年,全省风电装机容量达到2000万千瓦。"], ["include", "older"]),
    ],
)
def test_tag_text_keeps_shown_text_only(source: str, shown: list[str], hidden: list[str]) -> None:
    text = tag_text(source)
    for part in shown:
        assert part in text
    for part in hidden:
        assert part not in text


def test_component_is_read_when_the_article_extractor_finds_nothing() -> None:
    text, _ = extract_html(_COMPONENT.encode("utf-8"), "aims.html")
    assert "connect 10 GW of offshore wind" in text


def test_component_aim_is_extracted(tmp_path) -> None:
    path = tmp_path / "aims.html"
    path.write_text(_COMPONENT, encoding="utf-8")
    assert (10_000_000.0, "kW", 2032) in _targets_of(load_document(path))


def test_markup_with_no_text_at_all_still_fails_in_one_line() -> None:
    with pytest.raises(IngestError, match="has no main text"):
        extract_html(b"<div><img src='a.png'/></div>", "empty.html")


# ---------------------------------------------------------------- link-only lines in Markdown

_LINK_LIST = """## Cleaner buses

The city will convert 60% of its bus fleet to electric drive by 2030.

<span>Also read:</span>
<div><ul>
<li><a href="https://example.org/top-7-apps-2024/"><u>Top 7 Apps for 2024</u></a></li>
<li><a href="https://example.org/windows-11-tips/"><u>Windows 11 Tips in 5 Steps</u></a></li>
</ul></div>
"""


def test_markdown_html_anchor_lines_are_navigation() -> None:
    view = markdown_view(_LINK_LIST)
    lines = [view.text[s:e] for s, e in view.furniture]
    assert any("Top 7 Apps" in line for line in lines)
    assert any("Windows 11" in line for line in lines)
    assert not any("bus fleet" in line for line in lines)


def test_link_list_titles_give_no_targets_and_the_aim_stays(tmp_path) -> None:
    path = tmp_path / "post.md"
    path.write_text(_LINK_LIST, encoding="utf-8")
    assert _targets_of(load_document(path)) == [(60.0, "%", 2030)]


def test_anchor_inside_prose_keeps_the_line() -> None:
    text = 'The <a href="/plan">plan</a> sets a 45% cut in emissions by 2035.\n'
    assert markdown_view(text).furniture == []


# ---------------------------------------------------------------- names, status dates, units


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a goal of a numbered framework named by its number
        ("Goal 13: Climate action. Steps every country can take on a warming world.", None, []),
        ("SUSTAINABLE DEVELOPMENT GOALS Goal 7: Affordable and clean energy", None, []),
        # an aim that starts with the same words is kept
        (
            "Target 55% cut in net emissions by 2030 against 1990.",
            "2024-05-01",
            [(55.0, "%", 2030)],
        ),
        (
            "The goal is to reach 40% renewable electricity by 2030.",
            "2024-05-01",
            [(40.0, "%", 2030)],
        ),
        # a plural list noun names its numbers too ("scopes 1, 2 and 3")
        ("The group will reach net zero across scopes 1, 2 and 3 by 2040.", "2024-05-01", []),
        ("The group will cut scope 3 emissions by 30% by 2030.", "2024-05-01", [(30.0, "%", 2030)]),
        # a distance of new track is an aim (a trip distance is tested below)
        (
            "Freight trains must cover 500 km of new electrified track by 2030.",
            "2024-05-01",
            [(500.0, "km", 2030)],
        ),
        # an undated text's status date in a lead-in is no deadline
        (
            "As of October 2024, the country's total solar capacity stands at 81 GW, "
            "accounting for more than 20% of all capacity.",
            None,
            [],
        ),
        # a start date with a forward word still dates the aim
        ("As of 2030, at least 40% of new buses must be zero-emission.", None, [(40.0, "%", 2030)]),
    ],
)
def test_names_and_status_dates(text: str, date: str | None, expected: list[tuple]) -> None:
    assert _targets(text, date=date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2035年,光伏总装机规模达到30亿kW", [(3_000_000_000.0, "kW")]),
        ("规模达到5000万kW以上", [(50_000_000.0, "kW")]),
        # the usual forms are unchanged
        ("到2030年，风电装机达到12亿千瓦以上", [(1_200_000_000.0, "kW")]),
        ("达到30亿 kW", [(3_000_000_000.0, "kW")]),
    ],
)
def test_cjk_scale_touching_a_latin_unit(text: str, expected: list[tuple]) -> None:
    grammar = load_grammar("zh")
    found = [(q.value, q.unit) for q in find_quantities(text, grammar) if q.unit]
    assert found == expected


def test_english_scale_word_still_needs_a_word_boundary() -> None:
    grammar = load_grammar("en")
    assert [q.value for q in find_quantities("5 billionaires joined.", grammar)] == [5.0]


def test_distance_a_trip_covers_is_no_aim() -> None:
    text = (
        "With the depot moved, tram spares must travel just 9 miles to the workshop – "
        "half the former distance."
    )
    assert [t for t in _targets(text, date=None) if t[1] == "km"] == []
