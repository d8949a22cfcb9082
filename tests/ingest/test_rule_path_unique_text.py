"""Work the rule path does once on text that does not repeat: a clause's deadline patterns
run once however many document years it is asked about with, a line with a lower-case
letter is not cut into words to test for a heading in capitals, and a clause with no base
year is not read for figures to find a document's stated base. Each test counts the work
and checks the result beside it. Sentences are our own."""

from __future__ import annotations

import dataclasses
import re

import pytest

from ingest import extract, flat_tables, lines, markup, pipeline
from ingest.deadlines import find_deadlines
from ingest.lang import Grammar, load_grammar
from ingest.lang.needs import lowered, may_match
from ingest.records import Clause, Document

EN = load_grammar("en")
ZH = load_grammar("zh")


class _CountingPattern:
    """A compiled pattern that counts its scans."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.scans = pattern, 0

    def finditer(self, text: str, *args):  # type: ignore[no-untyped-def]
        self.scans += 1
        return self.pattern.finditer(text, *args)


def _counting_deadlines(grammar: Grammar = EN) -> tuple[Grammar, list[_CountingPattern]]:
    counters = [_CountingPattern(rule.pattern) for rule in grammar.deadlines]
    rules = tuple(
        dataclasses.replace(rule, pattern=counter)  # type: ignore[arg-type]
        for rule, counter in zip(grammar.deadlines, counters, strict=True)
    )
    return dataclasses.replace(grammar, deadlines=rules), counters


# ------------------------------------------------------------------ deadlines per year


def test_a_clauses_deadline_patterns_run_once_for_every_document_year() -> None:
    grammar, counters = _counting_deadlines()
    text = "Within three years the port will cut its emissions by 30% by 2030."
    found = {year: find_deadlines(text, grammar, doc_year=year) for year in (None, 2022, 2024)}
    # a pattern whose words the clause holds runs once, one whose words it lacks not at all
    expected = [int(may_match(rule.needs, lowered(text))) for rule in EN.deadlines]
    assert [c.scans for c in counters] == expected
    assert 0 < sum(expected) < len(expected)
    # the years are still worked out per document year: a relative deadline follows it
    relative = {year: [d.year for d in ds if d.kind == "relative"] for year, ds in found.items()}
    assert relative == {None: [None], 2022: [2025], 2024: [2027]}
    assert all([d.year for d in ds if d.kind == "closing"] == [2030] for ds in found.values())


def test_a_plan_period_already_over_is_still_dropped_per_document_year() -> None:
    grammar, counters = _counting_deadlines(ZH)
    text = "“十一五”单位产值能耗下降了20%。"  # a bare plan period: dates only a text before it
    for year, expected in ((None, [2010]), (2005, [2010]), (2024, []), (2005, [2010])):
        assert [d.year for d in find_deadlines(text, grammar, doc_year=year)] == expected
        assert [d.year for d in find_deadlines(text, ZH, doc_year=year)] == expected
    assert max(c.scans for c in counters) == 1


# ------------------------------------------------------------------ headings in capitals


def test_a_line_with_a_lower_case_letter_is_not_cut_into_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    titles: list[str] = []
    real = lines.is_title
    monkeypatch.setattr(lines, "is_title", lambda line, g: titles.append(line) or real(line, g))

    class _Line(str):
        split_calls = 0

        def split(self, *args):  # type: ignore[no-untyped-def]
            type(self).split_calls += 1
            return str.split(self, *args)

    assert not lines._capitals_heading(_Line("Emissions Fall By 40% By 2030"), EN)
    assert _Line.split_calls == 0 and titles == []
    assert lines._capitals_heading(_Line("GLOBAL EMISSIONS AND PLEDGES"), EN)
    assert _Line.split_calls >= 1 and titles


@pytest.mark.parametrize(
    "line, heading",
    [
        ("GLOBAL EMISSIONS AND PLEDGES", True),
        ("TARGETS", False),  # one word
        ("GLOBAL EMISSIONS and PLEDGES", False),
        ("二、主要目标", False),
        ("EMISSIONS FALL BY 40% BY 2030.", False),
    ],
)  # fmt: skip
def test_headings_in_capitals_are_still_told_apart(line: str, heading: bool) -> None:
    assert lines._capitals_heading(line, EN) is heading


# ------------------------------------------------------------------ a document's stated base


def _clause(text: str, number: int) -> Clause:
    return Clause(clause_id=f"c{number}", doc_id="d", text=text, start=0, end=len(text),
                  context="", paragraph=number, kind="sentence")  # fmt: skip


def test_a_clause_with_no_base_year_is_not_read_for_figures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[str] = []
    real = extract.find_quantities
    monkeypatch.setattr(extract, "find_quantities", lambda t, g: read.append(t) or real(t, g))
    clauses = [
        _clause("The state will install 40 GW of wind power by 2030.", 1),
        _clause("The council met 12 times last year.", 2),
        _clause("All figures are compared with 2005 levels.", 3),
    ]
    base = extract._stated_base(clauses, EN)
    assert base is not None and base.year == 2005
    assert read == [clauses[2].text]


def test_a_base_year_beside_its_own_figure_is_still_not_the_documents_base() -> None:
    clauses = [_clause("Emissions must fall by 40% compared with 2005 levels by 2030.", 1)]
    assert extract._stated_base(clauses, EN) is None
    clauses.append(_clause("Base year (2015) emission level: 11.6 Mt.", 2))
    base = extract._stated_base(clauses, EN)
    assert base is not None and base.year == 2015


# ------------------------------------------------------------------ a flat table's header

# A table flattened to one cell per line after a few sentences; written for this test.
_TABLE = "\n".join(
    [
        "The council adopted its storage plan in spring.",
        "Each district reports on its share every year.",
        "Region", "Storage capacity 2030 (MW)", "Lead body",
        "North Coast", "40", "Regional energy office",
        "Inland Plains", "25", "Water and power board",
        "Southern Hills", "15", "Regional energy office",
        "Progress is reviewed every year.",
    ]
)  # fmt: skip


def test_a_line_before_a_possible_table_is_tested_as_a_header_cell_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tested: list[str] = []
    real = flat_tables._is_cell
    monkeypatch.setattr(flat_tables, "_is_cell", lambda text: tested.append(text) or real(text))
    lines = flat_tables._lines(_TABLE)
    for first in range(1, len(lines)):
        tested.clear()
        flat_tables._periodic_table(lines, first)
        before = {line.text for line in lines[:first]}
        header_tests = [t for t in tested if t in before]
        assert len(header_tests) == len(set(header_tests)), (first, header_tests)


def test_a_flat_table_is_still_read_with_its_three_columns() -> None:
    (table,) = flat_tables.find_flat_tables(_TABLE)
    assert [h.text for h in table.header] == ["Region", "Storage capacity 2030 (MW)", "Lead body"]
    assert [[c.text for c in row] for row in table.rows][-1] == [
        "Southern Hills", "15", "Regional energy office",
    ]  # fmt: skip
    for first, k in ((5, 3), (5, 4), (2, 3), (3, 2)):
        lines = flat_tables._lines(_TABLE)
        expected = first >= k and all(
            flat_tables._is_cell(line.text)
            and not flat_tables._is_figure(line.text)
            and not flat_tables._CAPTION.search(line.text)
            for line in lines[first - k : first]
        )
        assert flat_tables._header_ok(lines, first, k) is expected


# ------------------------------------------------------------------ Markdown blocks

_MARKDOWN = "\n".join(
    [
        "# Storage plan",
        "",
        "The council *will* add [new storage](https://example.org/plan) by 2030.",
        "",
        "| Region | Capacity 2030 (MW) |",
        "|---|---|",
        "| North Coast | 40 |",
        "| Inland Plains | 25 |",
        "",
        "```",
        "capacity = 40",
        "```",
        "",
        "- Each district **reports** every year.",
    ]
)


def test_markdown_blocks_are_found_without_the_inline_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from markdown_it.parser_inline import ParserInline

    inline_runs: list[str] = []
    real = ParserInline.parse
    monkeypatch.setattr(
        ParserInline, "parse", lambda self, src, *a: inline_runs.append(src) or real(self, src, *a)
    )
    masked, tables = markup._blocks(_MARKDOWN, 0)
    assert inline_runs == []
    assert [_MARKDOWN[s:e] for s, e in masked] == ["```\ncapacity = 40\n```"]
    assert [_MARKDOWN[s:e] for s, e in tables[0]][2] == "| North Coast | 40 |"


def test_markdown_blocks_are_those_of_the_full_parser() -> None:
    from markdown_it import MarkdownIt

    full = MarkdownIt("commonmark", {"html": True}).enable("table")
    lines = [0] + [i + 1 for i, c in enumerate(_MARKDOWN) if c == "\n"] + [len(_MARKDOWN) + 1]
    code = [
        (lines[t.map[0]], min(lines[t.map[1]] - 1, len(_MARKDOWN)))
        for t in full.parse(_MARKDOWN)
        if t.map and t.level == 0 and t.type in {"fence", "code_block"}
    ]
    masked, tables = markup._blocks(_MARKDOWN, 0)
    assert masked == code and len(tables) == 1
    view = markup.markdown_view(_MARKDOWN)
    assert "capacity = 40" not in view.text and "| North Coast | 40 |" in view.text


# ------------------------------------------------------------------ a pipeline per language


def test_a_chinese_document_in_an_english_batch_builds_its_pipeline_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[str] = []
    real = pipeline.build_nlp
    monkeypatch.setattr(
        pipeline,
        "build_nlp",
        lambda *, language="en": built.append(language) or real(language=language),
    )
    if hasattr(pipeline, "_own_pipeline"):  # a pipeline kept by an earlier test
        pipeline._own_pipeline.cache_clear()
    english = real(language="en")
    text = "到2030年，全市新型储能装机达到300万千瓦。"
    document = Document(doc_id="zh1", path="zh1.txt", text=text, title="储能", language="zh")
    first = pipeline.process_document(document, nlp=english, types=("target",))
    second = pipeline.process_document(document, nlp=english, types=("target",))
    assert built == ["zh"]
    fresh = pipeline.process_document(document, nlp=real(language="zh"), types=("target",))
    assert first.records == second.records == fresh.records
    assert [r.value for r in first.records] == [3000000.0]
