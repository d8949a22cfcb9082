"""Entity labels read on demand: a clause's NER runs only if a rule asks for a label.

The rules read an entity label in three places only (does an actor's head name an
organisation or a person; is the object of "from" a date; is a prepositional
object a time), and each asks only after its cheaper tests have failed. NER is
about half the statistical pipeline's cost on a clause (4.5 of 8.7 CPU s for the
1,853 clauses parsed from the ObliQA subset, benchmarks/results/), so the parse
leaves it out (``parse``) and ``ent_type`` runs it on a clause's Doc the first
time a label of that Doc is read.

The labels are those of the full pipeline: NER is its last component, and it
reads only the tokens' own forms (its own embedding of NORM, PREFIX, SUFFIX and
SHAPE), none of what the tagger, parser or lemmatizer set.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc, Token

# The Doc's ``user_data`` key holding the NER component still to run on it.
_PENDING = "pending_entities"
_NER = "ner"


def parse(nlp: Any, texts: Iterable[str], *, batch_size: int = 64) -> Iterator[Doc]:
    """``nlp.pipe(texts)`` without its NER, which ``ent_type`` runs on demand.

    ``nlp`` is a spaCy ``Language`` (or an object with its ``pipe``, and its
    ``pipe_names`` and ``get_pipe`` if it has NER); a pipeline without NER parses
    as it is.
    """
    if _NER not in getattr(nlp, "pipe_names", ()):
        yield from nlp.pipe(texts, batch_size=batch_size)
        return
    ner = nlp.get_pipe(_NER)
    for doc in nlp.pipe(texts, batch_size=batch_size, disable=[_NER]):
        doc.user_data[_PENDING] = ner
        yield doc


def ent_type(token: Token) -> str:
    """``token.ent_type_``, running the NER left out by ``parse`` on its Doc first."""
    doc = token.doc
    ner = doc.user_data.pop(_PENDING, None)
    if ner is not None:
        ner(doc)
    return token.ent_type_
