"""Full-width figures read as ASCII ones, character for character.

Chinese (and Japanese) texts often set figures in full-width forms: ２０１５年, １６％,
０．８６９吨. Every figure rule is written for ASCII digits, so such a clause would read
as having no year and no figure (or as "０" and "８６９"). ``fold_figures`` maps the
full-width digits, the percent sign and a full-width point between two digits to their
ASCII forms. The mapping is one character to one character, so every offset into the
folded text is an offset into the original: a record keeps its provenance and its quote
can be taken from the original text.

Chinese punctuation that shares the full-width block (，：；（）！？) is left alone: the
clause and figure rules read it as it is.
"""

from __future__ import annotations

import re

__all__ = ["fold_figures", "has_wide_figures"]

_DIGITS = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)} | {"％": "%"})
_WIDE = re.compile(r"[０-９]")
# A full-width point between two digits, once the digits themselves are folded:
# "０．８６９" -> "0.869". Elsewhere ． is a full stop and stays.
_POINT = re.compile(r"(?<=\d)[．](?=\d)")


def has_wide_figures(text: str) -> bool:
    """Whether ``text`` has any full-width digit."""
    return bool(_WIDE.search(text))


def fold_figures(text: str) -> str:
    """``text`` with full-width digits, ％ and a decimal ． in ASCII; same length."""
    if not has_wide_figures(text) and "％" not in text:
        return text
    return _POINT.sub(".", text.translate(_DIGITS))
