"""Issue 16, review: records read ahead are handed out only for the clause they were read
for; a chunk with repeated texts, lead-in items, full-width figures, a Chinese and an empty
document extracts as one passage at a time; NER is known to have run by its own marker,
and a rule's broad ``except`` cannot swallow the read-ahead's signal.

Real spaCy pipelines; the passages are written for these tests.
"""

from __future__ import annotations

import dataclasses

import pytest

pytest.importorskip("spacy")

from spacy.tokens import Span  # noqa: E402

from ingest.lang import load_grammar  # noqa: E402
from ingest.obligations import extract_obligations  # noqa: E402
from ingest.obligations.ahead import obligations_of, read_ahead  # noqa: E402
from ingest.obligations.entities import (  # noqa: E402
    LabelWanted,
    ent_type,
    label_all,
    parse,
    pending,
    reading_ahead,
)
from ingest.pipeline import build_nlp, load_parser, process_document, process_documents  # noqa: E402
from ingest.records import Clause, Document, content_id  # noqa: E402
from tests.ingest.test_issue16_batched_entities import _CountedParser  # noqa: E402

NAMED = "Harrowgate Cement Works shall lower its kiln emissions by 2031."


@pytest.fixture(scope="module")
def parser():  # type: ignore[no-untyped-def]
    return load_parser()


def _document(text: str, *, language: str = "en", date: str = "2026-03-01") -> Document:
    return Document(
        doc_id=content_id(text + date + language),
        path="t.txt",
        text=text,
        language=language,
        date=date,
    )


def _clause(text: str, start: int = 0) -> Clause:
    return Clause(
        clause_id=content_id(f"{start}:{text}"),
        doc_id="t",
        text=text,
        start=start,
        end=start + len(text),
        kind="sentence",
    )


def test_records_read_ahead_for_one_clause_are_not_handed_to_another(parser) -> None:  # type: ignore[no-untyped-def]
    grammar = load_grammar("en")
    text = "Each water company shall publish a drought plan by the end of next year."
    first, second = _clause(text), _clause(text, start=40)

    def fresh(clause: Clause, shift: int) -> list:
        (doc,) = parse(parser, [text])
        doc.user_data["clause_offset"] = shift
        return list(extract_obligations(doc, clause, grammar=grammar, doc_year=2026))

    for clause, shift in ((second, 0), (first, 3), (first, 0)):
        (doc,) = parse(parser, [text])
        assert read_ahead([(doc, first, 0, 2026)], grammar=grammar) == 0
        got = list(obligations_of(doc, clause, shift, grammar=grammar, doc_year=2026))
        assert got == fresh(clause, shift), (clause.start, shift)
        assert got and {o.clause_id for o in got} == {clause.clause_id}


def test_another_grammar_reads_the_rules_again(parser) -> None:  # type: ignore[no-untyped-def]
    grammar = load_grammar("en")
    other = dataclasses.replace(grammar)
    clause = _clause(NAMED)
    (doc,) = parse(parser, [NAMED])
    read_ahead([(doc, clause, 0, 2026)], grammar=grammar)
    got = list(obligations_of(doc, clause, 0, grammar=other, doc_year=2026))
    (again,) = parse(parser, [NAMED])
    assert got == list(extract_obligations(again, clause, grammar=grammar, doc_year=2026))


# One chunk: a label-reading duty repeated across documents of different years and twice
# in one; a lead-in with items (parsed with a borrowed subject, at a shifted offset);
# a duty with full-width figures; a Chinese and an empty document.
CHUNK = [
    (NAMED, "2024-05-01"),
    (NAMED, "2027-09-01"),
    (f"{NAMED} {NAMED}", "2025-01-15"),
    (
        "The port authority shall: (a) dredge the channel each spring; (b) publish the depths.",
        "2026-03-01",
    ),
    ("Ostrava Smelting Group shall cut its sulphur output by ５０% by ２０３２.", "2026-03-01"),
    ("企业应当在2030年前将能耗降低百分之二十。", "2026-03-01"),
    ("", "2026-03-01"),
    ("The river barges carried grain along the canal.", "2026-03-01"),
]


def _chunk() -> list[Document]:
    return [
        _document(text, language="zh" if text.startswith("企业") else "en", date=date)
        for text, date in CHUNK
    ]


@pytest.mark.parametrize("size", [1, 3, len(CHUNK)])
def test_a_mixed_chunk_extracts_as_one_passage_at_a_time(parser, size) -> None:  # type: ignore[no-untyped-def]
    nlp = build_nlp()
    documents = _chunk()
    alone = [process_document(d, nlp=nlp, parser=parser).records for d in documents]
    for order in (documents, documents[::-1]):
        together = []
        for i in range(0, len(order), size):
            together += process_documents(order[i : i + size], nlp=nlp, parser=parser)
        expected = alone if order is documents else alone[::-1]
        assert [e.records for e in together] == expected
    years = {o.year for r in alone[:3] for o in r if o.type == "obligation"}
    assert years == {2031}
    assert sum(r.type == "obligation" for e in alone for r in e) >= 7


@pytest.mark.parametrize("figures", ["５０% by ２０３２", "50% by 2032"])
def test_full_width_figures_get_their_ner_in_the_batch(parser, figures) -> None:  # type: ignore[no-untyped-def]
    nlp = build_nlp()
    documents = [
        _document(f"Kestrel Haulage Ltd shall cut its diesel use by {figures}."),
        _document("Mr Okonkwo must sign the permit before the audit."),
    ]
    one_by_one = _CountedParser(parser)
    alone = [process_document(d, nlp=nlp, parser=one_by_one).records for d in documents]
    needed = one_by_one.counts["alone"]
    assert needed == 2
    counted = _CountedParser(parser)
    together = process_documents(documents, nlp=nlp, parser=counted)
    assert [e.records for e in together] == alone
    # Every clause that needs labels gets them in the one batch: none parsed or labelled alone.
    assert counted.counts == {"batches": 1, "batched": needed}


class _EarlyEntities:
    """The parser, with a component before NER that sets an entity of its own."""

    def __init__(self, counted: _CountedParser) -> None:
        self._counted = counted
        self.pipe_names = counted.pipe_names
        self.get_pipe = counted.get_pipe

    def pipe(self, texts, batch_size: int = 64, disable=()):  # type: ignore[no-untyped-def]
        for doc in self._counted.pipe(texts, batch_size=batch_size, disable=disable):
            doc.ents = [Span(doc, 0, 1, label="FAC")]
            yield doc


def test_entities_set_before_ner_leave_its_ner_to_run(parser) -> None:  # type: ignore[no-untyped-def]
    counted = _CountedParser(parser)
    (doc,) = parse(_EarlyEntities(counted), [NAMED])
    assert pending(doc)
    ent_type(doc[0])
    assert counted.counts["alone"] == 1 and not pending(doc)


def test_a_parse_made_ahead_whose_ner_ran_is_not_pending(parser) -> None:  # type: ignore[no-untyped-def]
    counted = _CountedParser(parser)
    (doc,) = parse(counted, [NAMED])
    label_all([doc])

    class _Ahead:  # hands out the parse made ahead, as ``ingest.pipeline._Parsed`` does
        pipe_names = parser.pipe_names
        get_pipe = counted.get_pipe

        def pipe(self, texts, batch_size: int = 64, disable=()):  # type: ignore[no-untyped-def]
            yield from [doc for _ in texts]

    (again,) = parse(_Ahead(), [NAMED])
    assert not pending(again)
    assert [ent_type(t) for t in again] == [t.ent_type_ for t in parser(NAMED)]
    assert counted.counts == {"batches": 1, "batched": 1}


def test_a_broad_except_in_a_rule_does_not_swallow_the_signal(parser) -> None:  # type: ignore[no-untyped-def]
    def rule(token) -> str:  # type: ignore[no-untyped-def]
        try:
            return ent_type(token)
        except Exception:  # noqa: BLE001 - what a careless rule might do
            return ""

    (doc,) = parse(parser, [NAMED])
    with reading_ahead(doc), pytest.raises(LabelWanted):
        rule(doc[0])
    # Outside the read-ahead the same rule reads the label.
    labels = [rule(t) for t in doc]
    assert labels == [t.ent_type_ for t in parser(NAMED)] and any(labels)
