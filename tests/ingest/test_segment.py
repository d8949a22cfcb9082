"""Clause splitting: headings and numbering give section paths; lists of aims split."""

from __future__ import annotations

import pytest

from ingest.enumeration import find_lead_in
from ingest.lang import load_grammar
from ingest.pipeline import build_nlp
from ingest.records import Document, content_id
from ingest.segment import split_aims, split_clauses

EN = load_grammar("en")
ZH = load_grammar("zh")


def clauses_of(text: str):
    document = Document(doc_id=content_id(text), path="t.txt", text=text)
    clauses = split_clauses(document, build_nlp())
    for clause in clauses:
        assert text[clause.start : clause.end] == clause.text
    return clauses


def test_numbered_structure_builds_section_paths():
    text = (
        "Guiding Opinions on Green Manufacturing\n\n"
        "I. General Requirements\n\n"
        "(I) Guiding ideology\n\n"
        "Adhere to green development. Promote new industrialization.\n\n"
        "II. Main Tasks\n\n"
        "1. Upgrade traditional industries. Steel enterprises shall complete ultra-low emission "
        "transformation.\n\n"
        "Article 3\n\n"
        "Member States shall report every two years.\n"
    )
    by_text = {c.text: c for c in clauses_of(text)}
    assert by_text["Guiding Opinions on Green Manufacturing"].kind == "title"
    assert by_text["Promote new industrialization."].section == (
        "I. General Requirements", "(I) Guiding ideology",
    )  # fmt: skip
    steel = next(c for c in by_text.values() if c.text.startswith("Steel enterprises"))
    assert steel.section == ("II. Main Tasks", "1. Upgrade traditional industries")
    assert by_text["Member States shall report every two years."].section == (
        "II. Main Tasks", "Article 3",
    )  # fmt: skip


def test_news_link_box_and_short_title_lines_are_headings(seed_path):
    from ingest.load import load_document

    document = load_document(seed_path)
    clauses = split_clauses(document, build_nlp())
    headings = [c.text for c in clauses if c.kind == "heading"]
    assert "News link: What is a green factory?" in headings
    assert "Green integrated new business formats in manufacturing industry" in headings
    factory = next(c for c in clauses if c.text.startswith("A green factory refers to"))
    assert factory.section == ("News link: What is a green factory?",)


def test_a_list_of_aims_becomes_one_clause_per_aim_with_the_shared_lead_in():
    # corpus paragraph 12
    text = (
        "The “Guiding Opinions” propose that by 2030, the recycling volume of major renewable "
        "resources will reach 510 million tons, the comprehensive utilization rate of bulk "
        "industrial solid waste will reach 62%, and the proportion of short-process steelmaking "
        "will reach More than 20%."
    )
    aims = [c for c in clauses_of(text) if c.kind == "aim"]
    assert [a.text for a in aims] == [
        "the recycling volume of major renewable resources will reach 510 million tons",
        "the comprehensive utilization rate of bulk industrial solid waste will reach 62%",
        "the proportion of short-process steelmaking will reach More than 20%",
    ]
    assert {a.context for a in aims} == {"The “Guiding Opinions” propose that by 2030,"}
    assert aims[0].display_text.startswith(
        "The “Guiding Opinions” propose that by 2030, … the recycling"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # noun lists and participle phrases are not separate aims
        "The energy efficiency of key products such as steel, electrolytic aluminum, cement "
        "clinker, and flat glass continues to improve.",
        "By 2030, green factories will account for more than 40% of output, making green "
        "development a solid foundation.",
        "If enterprises exceed the quota, they shall pay a levy.",
    ],
)
def test_sentences_that_are_not_lists_of_aims_stay_whole(sentence):
    lead, aims = split_aims(sentence, EN)
    assert aims == [(0, len(sentence))]


def test_later_sentences_inherit_a_paragraphs_dated_lead_in_unless_marked_as_fact():
    text = (
        "The plan proposes that by 2035, the driving force for green development will be "
        "enhanced. Carbon emissions have stabilized after peaking. In recent years, output "
        "has grown steadily."
    )
    clauses = clauses_of(text)
    assert clauses[1].context == "The plan proposes that by 2035,"
    assert clauses[2].context == ""


def test_html_style_one_paragraph_per_line_is_split():
    text = "Targets for industry\nBy 2025, steel output shall fall by 5%.\nBy 2030, it shall fall by 10%.\n"
    sentences = [c for c in clauses_of(text) if c.kind != "heading"]
    assert len({c.paragraph for c in sentences}) == 2


def test_a_lead_in_ending_in_a_colon_stops_at_the_next_provision():
    clauses = clauses_of(
        "Article 8 When carrying out supervision, the competent departments may take the following measures:\n"
        "(1) entering production sites;\n"
        "(2) copying records related to energy use.\n\n"
        "Article 9 Supervision personnel should keep trade secrets confidential, and should produce their "
        "certificates when carrying out inspections.\n"
    )
    items = [c for c in clauses if c.text.startswith("(")]
    assert items and all(c.context.startswith("Article 8 When carrying out") for c in items)
    article_9 = [c for c in clauses if c.start > items[-1].end]
    assert article_9 and all("Article 8" not in c.context for c in article_9)


@pytest.mark.parametrize(
    ("sentence", "lead_in"),
    [
        # a colon between digits writes a time or a ratio: it closes no lead-in
        ("From 7:30 each weekday, buses on the ring road will run every 5 minutes.", ""),
        # ordinary: a colon closing a lead-in, in English and in Chinese
        ("The main targets are: 60% of buses electric by 2030 and 90% by 2035.",
         "The main targets are:"),
        ("主要目标：到2027年再生水利用率达到25%，污水集中收集率达到70%。", "主要目标："),
    ],
)  # fmt: skip
def test_a_colon_between_digits_closes_no_lead_in(sentence, lead_in):
    grammar = ZH if any("\u4e00" <= ch <= "\u9fff" for ch in sentence) else EN
    assert sentence[: find_lead_in(sentence, grammar)] == lead_in
