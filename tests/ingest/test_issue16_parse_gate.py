"""Issue 16: only clauses with a deontic cue go to the dependency parser; parsing
every clause instead finds no obligation more and none different.

Real spaCy pipelines; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from ingest.lang import load_grammar  # noqa: E402
from ingest.obligations import (  # noqa: E402
    extract_obligations,
    obligations_of_clauses,
    parse_requests,
)
from ingest.obligations.entities import parse  # noqa: E402
from ingest.pipeline import load_parser  # noqa: E402
from ingest.records import Clause, content_id  # noqa: E402

# Sentences with a figure, a date or a year but no deontic word, and plain ones.
UNCUED = [
    "The tram line carried 41,000 riders a day in 2024.",
    "Rainfall in the upper valley fell by a fifth between 2015 and 2023.",
    "The consultation closed on 14 February 2025.",
    "Three of the five depots now run on biogas.",
    "The museum sits at the end of the old quay.",
    "Emissions from the ferry fleet were 18 kt CO2e last year.",
    "The council adopted the cycling strategy after a long debate.",
]
# Sentences with a cue: each is parsed, whichever record it yields.
CUED = [
    "Every landlord must fit smoke alarms on each floor by 2027.",
    "The board shall publish the water tests within 30 days.",
    "Hauliers may apply for a grant towards electric lorries.",
    "Shops must not hand out free plastic bags.",
    "The agency should review the permit fees every three years.",
    "Operators are required to keep their logs for five years.",
]


@pytest.fixture(scope="module")
def parser():
    return load_parser()


def _clauses(texts: list[str]) -> list[Clause]:
    clauses, at = [], 0
    for i, text in enumerate(texts):
        clauses.append(
            Clause(
                clause_id=content_id(text),
                doc_id="gate",
                text=text,
                start=at,
                end=at + len(text),
                kind="sentence",
                paragraph=i,
            )
        )
        at += len(text) + 2
    return clauses


def _every_clause_parsed(clauses: list[Clause], parser) -> list:
    grammar = load_grammar("en")
    found = []
    for clause, doc in zip(clauses, parse(parser, (c.text for c in clauses)), strict=True):
        doc.user_data["clause_offset"] = 0
        found += extract_obligations(doc, clause, grammar=grammar, doc_year=2026)
    return found


def test_sentences_without_a_cue_are_not_parsed_and_a_full_parse_finds_no_duty_in_them(parser):
    clauses = _clauses(UNCUED)
    assert parse_requests(clauses) == []
    assert _every_clause_parsed(clauses, parser) == []


def test_gated_and_full_parse_give_the_same_obligations(parser):
    clauses = _clauses(UNCUED + CUED)
    gated = obligations_of_clauses(clauses, nlp=parser, grammar=load_grammar("en"), doc_year=2026)
    assert {c.text for c, _, _ in parse_requests(clauses)} == set(CUED)
    assert gated == _every_clause_parsed(clauses, parser)
    assert len(gated) >= len(CUED) - 1  # the cued sentences still yield their duties
