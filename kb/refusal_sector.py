"""The sector refusal check: a question about one sector ("from the *agriculture*
sector") is not answered by a clause whose paragraph and section never name it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kb.cjk import fold_wide_digits
from kb.refusal_words import uses as _uses
from kb.retrieve import Hit, tokenize
from kb.understand import Query

# "the agriculture sector": one named sector (a plural, "sectors like ...", lists examples)
_SECTOR = re.compile(r"\b(?:the|its|their|this)\s+([A-Za-z][\w-]+)\s+sector\b", re.IGNORECASE)
# Words before "sector" that name no particular one.
_NOT_SECTOR = frozenset(
    "the a an this that each every whole entire other key main private public corporate "
    "economic industrial traditional emerging relevant affected covered".split()
)


def sector_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """The question asks about one sector ("from the *agriculture* sector") and the quoted
    clause, its paragraph and section never name it, synonyms included: an economy-wide
    target does not state what agriculture must deliver."""
    if not candidates:
        return ""
    hit = candidates[0]
    text = fold_wide_digits(hit.indexed_text or hit.text)
    words = f"{text} {hit.context} {' '.join(hit.section)}"
    tokens = set(tokenize(words))
    for m in _SECTOR.finditer(query.text):
        word = m.group(1)
        if word.lower() in _NOT_SECTOR or not tokenize(word):
            continue
        if not _uses(tokens, word, words):
            return f"the passage found does not speak of the {word.lower()} sector"
    return ""
