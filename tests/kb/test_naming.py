"""Clauses that only name a document or a part of it do not rank first for a question
about what the document says (``kb.naming``); a question about the name is still
answered by them. The sentences are ours, in the shape of an Act and a plan."""

from __future__ import annotations

from dataclasses import dataclass

from kb.naming import asks_for_name, lead_with_content, names_only

TITLE = "Harbour Power Act 2031"


@dataclass(frozen=True)
class C:
    text: str
    kind: str = "sentence"
    title: str = TITLE
    doc_id: str = "act"


SHORT_TITLE = C("This Act may be cited as the Harbour Power Act 2031.")
ENACTING = C("Be it enacted by the Assembly of the Island as follows:")
LONG_TITLE = C("An Act to electrify the island's harbours, and for related purposes")
HEADING = C("Harbour Power Act 2031", kind="heading")
CONTENTS = C("4 Members of the Harbour Board ........ 7")
CAPITALS = C("SEC. 12. GRANTS FOR SHORE POWER AT FERRY PIERS.")
COUNT = C("The Harbour Board consists of a chair and six other members.")
COMMENCE = C("This Act commences on 1 July 2031.")
AIM = C("Cut diesel use at the piers by 40% by 2035", kind="heading")
PLAN = C("Shore Power Plan 2028-2032", kind="title", title="Shore Power Plan")

DOCUMENT = """Harbour Power Act 2031

Contents
4 Members of the Harbour Board
9 Grants for shore power

4 Members of the Harbour Board
The Harbour Board consists of a chair and six other members.
"""


def test_clauses_that_only_name_the_act():
    for clause in (SHORT_TITLE, ENACTING, LONG_TITLE, HEADING, CONTENTS, CAPITALS):
        assert names_only(clause), clause.text


def test_clauses_that_say_something_are_not_names():
    for clause in (COUNT, COMMENCE, AIM, PLAN):
        assert not names_only(clause), clause.text


def test_a_contents_entry_without_a_leader_is_a_name_where_the_document_repeats_it():
    entry = C("* 4 Members of the Harbour Board", kind="item")
    assert not names_only(entry)
    assert names_only(entry, DOCUMENT)
    assert not names_only(COUNT, DOCUMENT)


def test_a_content_question_leads_with_a_clause_that_answers():
    hits = [SHORT_TITLE, HEADING, COUNT, COMMENCE]
    ranked = lead_with_content(hits, "How many people sit on the harbour board?")
    assert ranked[0] is COUNT
    assert ranked[1:] == [SHORT_TITLE, HEADING, COMMENCE]


def test_a_question_about_the_name_keeps_the_naming_clause_first():
    hits = [SHORT_TITLE, COUNT]
    assert asks_for_name("What is this Act called?")
    assert lead_with_content(hits, "What is this Act called?")[0] is SHORT_TITLE
    assert lead_with_content(hits, "What is the short title of the harbour law?")[0] is SHORT_TITLE


def test_a_commencement_question_is_answered_by_the_commencement_clause():
    hits = [SHORT_TITLE, COMMENCE, COUNT]
    assert lead_with_content(hits, "When does the harbour power law commence?")[0] is COMMENCE


def test_a_heading_that_states_an_aim_keeps_its_rank():
    hits = [AIM, COUNT]
    assert lead_with_content(hits, "By how much must diesel use at the piers fall?") == hits


def test_only_naming_clauses_are_left_in_order():
    hits = [SHORT_TITLE, HEADING]
    assert lead_with_content(hits, "How many members has the board?") == hits


def test_the_repeated_name_test_reads_the_document_given():
    entry = C("* 4 Members of the Harbour Board", kind="item")
    hits = [entry, COUNT]
    assert lead_with_content(hits, "Who sits on the board?")[0] is entry
    texts = {"act": DOCUMENT}
    assert lead_with_content(hits, "Who sits on the board?", texts.__getitem__)[0] is COUNT


def test_a_word_made_of_roman_numeral_letters_is_not_read_as_a_number():
    line = C("Climate Harbour Act", title="Climate Harbour Act")
    assert names_only(line)
    assert not names_only(C("Civil works at the piers begin in spring."))


def test_a_chinese_clause_is_never_set_in_capitals():
    # Han characters have no case: a clause without a digit is not a section name for that
    clause = C(
        "推动港口岸电设施建设，健全运营管理机制，加强部门之间的协同配合。", title="港口岸电方案"
    )
    assert not names_only(clause)
    assert names_only(CAPITALS)


def test_a_line_in_a_script_without_case_is_not_set_in_capitals():
    # kana words, three of them, with no letter in either case
    assert not names_only(C("ハーバー グリッド サービス カイシ"))
    assert names_only(C("PART 4 — SHORE POWER GRANTS"))
