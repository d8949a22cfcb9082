"""Obligations of a chunk of parsed clauses read ahead, so that NER runs in one batch.

``entities.parse`` leaves NER out, and a clause's NER runs the first time a rule reads
one of its labels: about a third of the clauses of the ObliQA subset (661 of 1,853), one
clause at a time.
Which clauses those are is known only by running the rules, so ``read_ahead`` runs them
on each parsed clause of a chunk with label reads raising ``entities.LabelWanted``:
a clause whose rules finish keeps its records (no label was read, so they are the
records of the full parse), and the clauses whose rules stopped get their NER in one
batch, and are read again when their document is extracted. ``obligations_of`` hands
out what was read ahead, when it was read for the same clause, offset, year and grammar.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from ingest.lang import Grammar
from ingest.obligations.english import extract_obligations
from ingest.obligations.entities import LabelWanted, label_all, pending, reading_ahead
from ingest.records import Clause, Obligation

# The Doc's ``user_data`` key holding what its rules yielded when read ahead.
_READ = "obligations_read_ahead"


def read_ahead(
    items: Iterable[tuple[Doc, Clause, int, int | None]],
    *,
    grammar: Grammar,
    batch_size: int = 64,
) -> int:
    """Read the obligations of ``(parsed text, clause, offset, document year)`` items ahead
    and run the NER of those whose rules read an entity label in batches; returns how many
    needed it. Docs whose NER has run or was never left out are not read ahead."""
    wanting: list[Doc] = []
    for doc, clause, shift, year in items:
        if not pending(doc):
            continue
        doc.user_data["clause_offset"] = shift  # for deadlines, see record.py
        try:
            with reading_ahead(doc):
                found = list(extract_obligations(doc, clause, grammar=grammar, doc_year=year))
        except LabelWanted:
            wanting.append(doc)
            continue
        doc.user_data[_READ] = (clause, shift, year, grammar, found)
    label_all(wanting, batch_size=batch_size)
    return len(wanting)


def obligations_of(
    doc: Doc, clause: Clause, shift: int, *, grammar: Grammar, doc_year: int | None
) -> Sequence[Obligation] | Iterable[Obligation]:
    """``extract_obligations(doc, clause, ...)``: what ``read_ahead`` found for the same
    arguments, or the rules run now."""
    read = doc.user_data.pop(_READ, None)
    if read is not None:
        *asked, was_grammar, found = read
        if asked == [clause, shift, doc_year] and was_grammar is grammar:
            return found
    doc.user_data["clause_offset"] = shift  # for deadlines, see record.py
    return extract_obligations(doc, clause, grammar=grammar, doc_year=doc_year)
