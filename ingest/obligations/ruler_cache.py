"""The parser's attribute ruler with its one-token matches looked up per token.

The English pipeline's ``attribute_ruler`` (coarse part of speech and morphology from the
fine tag, a few lemma exceptions) runs a ``Matcher`` of 180 patterns over every token of
every parsed clause: 1.7 of the 7.9 CPU s of the batch parse on the ObliQA subset's 1,853
parsed clauses, more than the parser itself (benchmarks/results/extract_ruler_issue16.md).
171 of them are one token long, name the forms they match and read only that token's
own attributes (its tag, lower-case form, dependency label, whether it is a space), so
which of them match a
token is a function of those values: ``install`` makes the ruler look that up in a table
filled from the patterns' own matches the first time a combination is seen. Patterns of
more tokens, or reading anything else, still go through a ``Matcher`` over the whole Doc.

The matches are the ruler's own, as a multiset, and are sorted and applied by its own
``set_annotations``, so every token gets the attributes it got before
(``tests/ingest/test_issue16_ruler_cache.py`` compares the two token by token).
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc

# The token attributes a one-token pattern may read to be looked up, with the Token's name.
_READERS = {"TAG": "tag", "LOWER": "lower", "DEP": "dep", "IS_SPACE": "is_space"}
# Matches of a lower-case form that names no pattern's form are alike: "other" stands for it.
_OTHER = 0
_NAME = "attribute_ruler"


class CachedMatch:
    """``AttributeRuler.match`` for one ruler: ``(attribute id, key, start, end)``, sorted."""

    def __init__(self, ruler: Any) -> None:
        self._strings = ruler.vocab.strings
        self._single = Matcher(ruler.vocab)
        self._rest = Matcher(ruler.vocab)
        used: set[str] = set()
        for number, entry in enumerate(ruler.patterns):
            key = str(number)  # the ruler's own key for its n-th entry (``AttributeRuler.add``)
            single = [p for p in entry["patterns"] if _one_token(p)]
            rest = [p for p in entry["patterns"] if not _one_token(p)]
            if single:
                self._single.add(key, single)
                for pattern in single:
                    used.update(pattern[0])
            if rest:
                self._rest.add(key, rest)
        names = sorted(used | {"TAG"})  # at least two, so ``attrgetter`` gives a tuple
        names = names if len(names) > 1 else [*names, "IS_SPACE"]
        self._signature = attrgetter(*(_READERS[name] for name in names))
        self._forms = {self._strings.add(form) for form in _lower_forms(ruler.patterns)}
        self._lower = names.index("LOWER") if "LOWER" in names else None
        self._seen: dict[tuple, tuple[int, ...]] = {}

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        matches = list(self._rest(doc, allow_missing=True)) if len(self._rest) else []
        signatures = [self._signature(token) for token in doc]
        if self._lower is not None:
            at, forms = self._lower, self._forms
            signatures = [
                s if s[at] in forms else (*s[:at], _OTHER, *s[at + 1 :]) for s in signatures
            ]
        if any(s not in self._seen for s in signatures):
            self._learn(doc, signatures)
        for i, signature in enumerate(signatures):
            matches.extend((key, i, i + 1) for key in self._seen[signature])
        out = [(int(self._strings[key]), key, start, end) for key, start, end in matches]
        out.sort()
        return out

    def _learn(self, doc: Doc, signatures: list[tuple]) -> None:
        """The one-token matches of each token of ``doc``, kept by its signature."""
        found: list[list[int]] = [[] for _ in signatures]
        for key, start, _ in self._single(doc, allow_missing=True):
            found[start].append(key)
        for signature, keys in zip(signatures, found, strict=True):
            self._seen.setdefault(signature, tuple(keys))


def _lower_forms(entries: list[dict]) -> set[str]:
    """Every lower-case form the looked-up patterns name (``{"LOWER": "x"}`` or ``{"LOWER":
    {"IN": [...]}}``)."""
    forms: set[str] = set()
    for entry in entries:
        for pattern in (p for p in entry["patterns"] if _one_token(p)):
            value = pattern[0].get("LOWER")
            forms.update([value] if isinstance(value, str) else value["IN"] if value else [])
    return forms


def _one_token(pattern: list[dict]) -> bool:
    """Whether a pattern matches exactly one token, reads only ``_READERS``' attributes, and
    names its lower-case forms (a regex or a negation on LOWER goes to the ``Matcher``)."""
    if len(pattern) != 1 or not set(pattern[0]) <= set(_READERS):
        return False
    lower = pattern[0].get("LOWER")
    return (
        lower is None
        or isinstance(lower, str)
        or (isinstance(lower, dict) and set(lower) == {"IN"})
    )


def install(nlp: Any) -> None:
    """Make ``nlp``'s attribute ruler, if it has one, look one-token matches up per token."""
    if _NAME in nlp.pipe_names:
        ruler = nlp.get_pipe(_NAME)
        ruler.match = CachedMatch(ruler)
