"""Entity labels read on demand: a clause's NER runs only if a rule asks for a label.

The rules read an entity label in three places only (does an actor's head name an
organisation or a person; is the object of "from" a date; is a prepositional
object a time), and each asks only after its cheaper tests have failed. NER is
about half the statistical pipeline's cost on a clause (4.5 of 8.7 CPU s for the
1,853 clauses parsed from the ObliQA subset, benchmarks/results/), so the parse
leaves it out (``parse``) and ``ent_type`` runs it on a clause's Doc the first
time a label of that Doc is read.

Rules read ahead for a chunk of clauses (``ahead.py``) instead raise ``LabelWanted`` at
the first label they read; ``label_all`` then runs the NER of every such clause in one
batch, which costs about a third less than one clause at a time.

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
# The Doc's ``user_data`` key set once its NER has run (whatever other component set
# entities before it, only this tells that NER itself has labelled the Doc).
_DONE = "entities_done"
# The Doc's ``user_data`` key set while its rules are read ahead: a label read raises.
_AHEAD = "entities_wanted_raise"


class LabelWanted(BaseException):  # noqa: N818 - a signal, not an error
    """A rule read ahead asked for an entity label that NER has not set yet.

    Not an ``Exception``: a rule's ``except Exception`` must not swallow it, or the
    records read ahead would be kept though they were made without the labels."""


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
        if not doc.user_data.get(_DONE):  # a parse made ahead may have had its NER
            doc.user_data[_PENDING] = ner
        yield doc


def ent_type(token: Token) -> str:
    """``token.ent_type_``, running the NER left out by ``parse`` on its Doc first."""
    doc = token.doc
    ner = doc.user_data.get(_PENDING)
    if ner is not None:
        if doc.user_data.get(_AHEAD):
            raise LabelWanted
        del doc.user_data[_PENDING]
        ner(doc)
        doc.user_data[_DONE] = True
    return token.ent_type_


def pending(doc: Doc) -> bool:
    """Whether ``parse`` left the NER of ``doc`` to be run."""
    return _PENDING in doc.user_data


def label_all(docs: Iterable[Doc], *, batch_size: int = 64) -> None:
    """Run the NER that ``parse`` left out on every one of ``docs`` that still needs it,
    in batches of ``batch_size`` (the labels equal those of one Doc at a time)."""
    by_ner: dict[int, tuple[Any, list[Doc]]] = {}
    for doc in docs:
        ner = doc.user_data.pop(_PENDING, None)
        if ner is not None:
            by_ner.setdefault(id(ner), (ner, []))[1].append(doc)
    for ner, group in by_ner.values():
        for doc in ner.pipe(group, batch_size=batch_size):
            doc.user_data[_DONE] = True


class reading_ahead:  # noqa: N801 - used as a ``with`` block
    """Within it, a label read from ``doc`` before its NER has run raises ``LabelWanted``."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc

    def __enter__(self) -> Doc:
        self._doc.user_data[_AHEAD] = True
        return self._doc

    def __exit__(self, *_: object) -> None:
        self._doc.user_data.pop(_AHEAD, None)
