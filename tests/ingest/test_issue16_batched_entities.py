"""Issue 16: passages extracted together read their obligation rules ahead, so that the NER
of the clauses whose rules read an entity label runs in one batch; the records stay those
of one passage at a time.

Real spaCy pipelines (the rule pipeline and the statistical English parser); the
passages are written for these tests.
"""

from __future__ import annotations

import collections

import pytest

pytest.importorskip("spacy")

from ingest.lang import load_grammar  # noqa: E402
from ingest.obligations import extract_obligations, parse_requests  # noqa: E402
from ingest.obligations.ahead import obligations_of, read_ahead  # noqa: E402
from ingest.obligations.entities import ent_type, label_all, parse  # noqa: E402
from ingest.pipeline import build_nlp, load_parser, process_document, process_documents  # noqa: E402
from ingest.records import Clause, Document, content_id  # noqa: E402

# Some name their actor by a word ("operator"), some only by a name the NER labels, some
# have a time after a preposition; one is no duty at all.
PASSAGES = [
    "The quarry operator shall keep a record of every blast.",
    "Brindle Freight Holdings shall publish its fleet figures each autumn.",
    "Mr Adeyemi must countersign the permit before the inspection.",
    "Portugal shall report its water abstraction to the basin office.",
    "Each distributor must report every month from 2028.",
    "The surcharge shall apply with effect from 1 April 2029.",
    "The river barges carried grain along the canal.",
    "The Coastal Waters Agency may revoke a licence where a vessel skips a check.",
    "Landlords are encouraged to fit heat pumps.",
]
# Duties whose actors are told by their words alone: no entity label is read.
PLAIN = [
    "The quarry operator shall keep a record of every blast.",
    "Each importer must label its packaging.",
    "The regulator may inspect the premises of a supplier.",
]


class _CountedNer:
    """The parser's NER, counting the Docs it labels alone and in batches."""

    def __init__(self, ner, counts: collections.Counter) -> None:  # type: ignore[type-arg]
        self._ner, self._counts = ner, counts

    def __call__(self, doc):  # type: ignore[no-untyped-def]
        self._counts["alone"] += 1
        return self._ner(doc)

    def pipe(self, docs, batch_size: int = 64):  # type: ignore[no-untyped-def]
        docs = list(docs)
        self._counts["batches"] += 1
        self._counts["batched"] += len(docs)
        yield from self._ner.pipe(docs, batch_size=batch_size)


class _CountedParser:
    """The statistical parser with its NER counted."""

    def __init__(self, parser) -> None:  # type: ignore[no-untyped-def]
        self._parser = parser
        self.counts: collections.Counter = collections.Counter()  # type: ignore[type-arg]
        self._ner = _CountedNer(parser.get_pipe("ner"), self.counts)

    def get_pipe(self, name: str):  # type: ignore[no-untyped-def]
        return self._ner if name == "ner" else self._parser.get_pipe(name)

    def pipe(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self._parser.pipe(*args, **kwargs)

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self._parser(*args, **kwargs)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._parser, name)


@pytest.fixture(scope="module")
def parser():  # type: ignore[no-untyped-def]
    return load_parser()


def _document(text: str) -> Document:
    return Document(
        doc_id=content_id(text), path="t.txt", text=text, language="en", date="2026-03-01"
    )


def _clause(text: str) -> Clause:
    return Clause(
        clause_id=content_id(text), doc_id="t", text=text, start=0, end=len(text), kind="sentence"
    )


def test_ner_of_a_chunk_runs_in_one_batch_and_the_records_stay(parser) -> None:  # type: ignore[no-untyped-def]
    nlp = build_nlp()
    documents = [_document(t) for t in PASSAGES]
    alone_parser = _CountedParser(parser)
    alone = [process_document(d, nlp=nlp, parser=alone_parser) for d in documents]
    needed = alone_parser.counts["alone"]  # clauses whose rules read a label, one at a time
    assert needed >= 4  # the names, the person and the times
    assert needed < sum(len(parse_requests(e.clauses)) for e in alone)  # not every clause
    together_parser = _CountedParser(parser)
    together = process_documents(documents, nlp=nlp, parser=together_parser)
    assert [e.records for e in together] == [e.records for e in alone]
    assert sum(r.type == "obligation" for e in alone for r in e.records) >= 7
    # Each clause that needs labels gets its NER once, all of them in one call.
    assert together_parser.counts == {"batches": 1, "batched": needed}


def test_a_chunk_whose_rules_read_no_label_runs_no_ner(parser) -> None:  # type: ignore[no-untyped-def]
    nlp = build_nlp()
    documents = [_document(t) for t in PLAIN]
    counted = _CountedParser(parser)
    together = process_documents(documents, nlp=nlp, parser=counted)
    assert [e.records for e in together] == [
        process_document(d, nlp=nlp, parser=parser).records for d in documents
    ]
    assert sum(len(e.records) for e in together) == len(PLAIN)
    assert counted.counts["alone"] == 0 and counted.counts["batched"] == 0


def test_entity_labels_equal_batched_and_alone(parser) -> None:  # type: ignore[no-untyped-def]
    batched = list(parse(parser, PASSAGES))
    label_all(batched, batch_size=4)
    for text, doc in zip(PASSAGES, batched, strict=True):
        (alone,) = parse(parser, [text])
        assert [ent_type(t) for t in alone] == [t.ent_type_ for t in doc], text
        assert [(t.ent_iob_, t.ent_type_) for t in doc] == [
            (t.ent_iob_, t.ent_type_) for t in parser(text)
        ], text
    assert any(doc.ents for doc in batched)


def test_records_read_ahead_are_handed_out_only_for_the_same_arguments(parser) -> None:  # type: ignore[no-untyped-def]
    grammar = load_grammar("en")
    text = "Each distributor shall file its returns by the end of next year."
    clause = _clause(text)

    def rules(year: int) -> list:
        (doc,) = parse(parser, [text])
        return list(extract_obligations(doc, clause, grammar=grammar, doc_year=year))

    (doc,) = parse(parser, [text])
    assert read_ahead([(doc, clause, 0, 2026)], grammar=grammar) == 0  # no label read
    # Another year: the rules are read again, and date the deadline by it.
    again = list(obligations_of(doc, clause, 0, grammar=grammar, doc_year=2031))
    assert again == rules(2031) and [o.year for o in again] == [2032]
    (doc,) = parse(parser, [text])
    read_ahead([(doc, clause, 0, 2026)], grammar=grammar)
    same = list(obligations_of(doc, clause, 0, grammar=grammar, doc_year=2026))
    assert same == rules(2026) and [o.year for o in same] == [2027]


def test_a_parse_made_ahead_with_its_labels_is_not_labelled_again(parser) -> None:  # type: ignore[no-untyped-def]
    counted = _CountedParser(parser)
    (doc,) = parse(counted, [PASSAGES[1]])
    label_all([doc])

    class _Ahead:  # hands out the parse made ahead, as ``ingest.pipeline._Parsed`` does
        pipe_names = parser.pipe_names
        get_pipe = counted.get_pipe

        def pipe(self, texts, batch_size: int = 64, disable=()):  # type: ignore[no-untyped-def]
            yield from [doc for _ in texts]

    (again,) = parse(_Ahead(), [PASSAGES[1]])
    assert [ent_type(t) for t in again] == [t.ent_type_ for t in parser(PASSAGES[1])]
    assert counted.counts == {"batches": 1, "batched": 1}
