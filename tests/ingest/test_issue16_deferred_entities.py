"""Issue 16: the parse leaves NER out until a rule reads an entity label, and figures'
furniture is found only around a candidate figure; the records stay the same.

Real spaCy pipelines (the rule pipeline and the statistical English parser); the
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from ingest.lang import load_grammar  # noqa: E402
from ingest.obligations import extract_obligations, parse_requests  # noqa: E402
from ingest.obligations.entities import ent_type, parse  # noqa: E402
from ingest.pipeline import build_nlp, load_parser, process_document  # noqa: E402
from ingest.quantities import find_quantities  # noqa: E402
from ingest.records import Clause, Document, content_id  # noqa: E402

# Actors told by their words, by a name the NER labels, and objects that are times.
SENTENCES = [
    "The operator shall keep a log of every inspection.",
    "Harbourside Logistics Ltd shall publish its emission report each spring.",
    "Ms Okafor must sign the transfer form before the audit.",
    "Norway shall report its fishing catch to the secretariat.",
    "The fund may be used for grid upgrades.",
    "Importers shall not place untested batteries on the market.",
    "Each carrier must report every quarter from 2027.",
    "The levy shall apply with effect from 1 March 2028.",
    "Applications must be filed with the licensing board by 30 June 2027.",
    "The annual return shall be sent to the Harbour Authority.",
    "Ms Okafor shall be informed of the decision.",
    "The Maritime Safety Directorate may suspend a permit where a vessel fails a check.",
    "Tenants are encouraged to insulate their lofts.",
    "Where a depot stores fuel, it shall fit vapour recovery units by 2029.",
]


@pytest.fixture(scope="module")
def parser():
    return load_parser()


def _clause(text: str) -> Clause:
    return Clause(
        clause_id=content_id(text), doc_id="t", text=text, start=0, end=len(text), kind="sentence"
    )


def _obligations(doc, text: str, *, agentless: bool = True) -> list:
    grammar = load_grammar("en")
    clause = _clause(text)
    return list(
        extract_obligations(doc, clause, grammar=grammar, doc_year=2026, agentless=agentless)
    )


@pytest.mark.parametrize("agentless", [True, False])
def test_deferred_and_full_parse_give_the_same_obligations(parser, agentless: bool) -> None:
    deferred = list(parse(parser, SENTENCES))
    found = 0
    for text, doc in zip(SENTENCES, deferred, strict=True):
        full = _obligations(parser(text), text, agentless=agentless)
        assert _obligations(doc, text, agentless=agentless) == full, text
        found += len(full)
    assert found >= 8  # the table holds real obligations, not only empty results


def test_ner_runs_only_when_a_label_is_read(parser) -> None:
    known, named = parse(parser, [SENTENCES[0], SENTENCES[1]])
    _obligations(known, SENTENCES[0])  # "operator" is an actor by its word alone
    assert not known.has_annotation("ENT_IOB")
    assert named.has_annotation("ENT_IOB") is False  # nothing read from it yet
    records = _obligations(named, SENTENCES[1])
    assert named.has_annotation("ENT_IOB")  # the company's name needed its label
    assert [r.actor for r in records] == ["Harbourside Logistics Ltd"]
    assert [e.label_ for e in named.ents] == [e.label_ for e in parser(SENTENCES[1]).ents]


def test_label_read_on_a_deferred_doc_matches_the_full_parse(parser) -> None:
    text = "Norway shall report its fishing catch to the secretariat by 2027."
    (doc,) = parse(parser, [text])
    full = parser(text)
    assert [ent_type(t) for t in doc] == [t.ent_type_ for t in full]
    assert ent_type(doc[0]) == "GPE"


def _document(text: str) -> Document:
    return Document(
        doc_id=content_id(text), path="t.txt", text=text, language="en", date="2026-03-01"
    )


def test_a_sentence_with_no_figure_or_cue_keeps_its_clause_and_yields_no_record() -> None:
    plain = "The old crane stands near the museum."
    extraction = process_document(_document(plain), nlp=build_nlp())
    assert [c.text for c in extraction.clauses] == [plain]
    assert extraction.records == ()
    assert parse_requests(extraction.clauses) == []  # nothing of it goes to the parser


def test_a_sentence_with_a_modal_cue_still_yields_its_obligation() -> None:
    text = "Every berth operator must install shore power by 2030."
    records = process_document(_document(text), nlp=build_nlp()).records
    obligations = [r for r in records if r.type == "obligation"]
    assert [(o.modality, o.actor, o.year) for o in obligations] == [
        ("obligation", "berth operator", 2030)
    ]


@pytest.mark.parametrize(
    "text, values",
    [
        ("Under Regulation 2019/631, carmakers must cut average emissions by 30%.", [30.0]),
        ("The plan was adopted on 4 May 2024 and raises the quota to 120 tonnes.", [120.0]),
        ("The board shall halve its paper use.", [50.0]),
        ("No figure appears in this sentence at all.", []),
    ],
)
def test_figures_around_furniture_are_read_as_before(text: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(text, load_grammar("en"))] == values
