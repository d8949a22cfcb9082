"""The parser's rule lemmatizer with every answer kept by word, part of speech and morphology.

spaCy's rule lemmatizer keeps its answers in a table keyed by a token's form, part of
speech and morphology, but returns before it keeps one for a word in its base form
("shall", "report", "operator": four out of five tokens of the ObliQA subset's parsed
clauses), and decides those again, token after token. Its answer reads nothing else of
the token (``Lemmatizer.rule_lemmatize``, ``EnglishLemmatizer.is_base_form``), so
``install`` keeps every answer under that key: the same lemmas, decided once per word
(``tests/ingest/test_issue16_ruler_cache.py`` compares them token by token).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

_NAME = "lemmatizer"


class KeptLemmas:
    """``Lemmatizer.lemmatize`` of a rule lemmatizer, each answer kept by its key."""

    def __init__(self, lemmatize: Callable[[Token], list[str]]) -> None:
        self._lemmatize = lemmatize
        self._kept: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        kept = self._kept.get(key)
        if kept is None:
            kept = self._kept[key] = list(self._lemmatize(token))
        return list(kept)


def install(nlp: Any) -> None:
    """Make ``nlp``'s rule lemmatizer, if it has one, keep every answer."""
    if _NAME in nlp.pipe_names:
        lemmatizer = nlp.get_pipe(_NAME)
        if getattr(lemmatizer, "mode", "") == "rule":
            lemmatizer.lemmatize = KeptLemmas(lemmatizer.lemmatize)
