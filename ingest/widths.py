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

A year written in Chinese numerals before 年 (二○三○年, 二〇〇五年, 一九九七年: official texts
in Hong Kong and Taiwan often write them so, with 〇 or the look-alike ○ for zero) is read as
its four digits, one numeral to one digit, for the same reason: the year rules read digits.
Only a run of four numerals that reads as a year of the 1900s or 2000s is folded; other
numerals (十四五, 三分之一, 二十年) stay as they are.
"""

from __future__ import annotations

import re

__all__ = ["fold_figures", "has_wide_figures"]

_DIGITS = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)} | {"％": "%"})
_WIDE = re.compile(r"[０-９]")
_NUMERALS = "〇○零一二三四五六七八九"
_NUMERAL_DIGITS = str.maketrans(
    {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0", "○": "0"}
)
# four numerals that read as a year (19xx or 20xx) before 年, not inside a longer numeral
_NUMERAL_YEAR = re.compile(
    rf"(?<![{_NUMERALS}十百千万亿])(?:一九|二[〇○零])[{_NUMERALS}]{{2}}(?=\s*年)"
)
# A full-width point between two digits, once the digits themselves are folded:
# "０．８６９" -> "0.869". Elsewhere ． is a full stop and stays.
_POINT = re.compile(r"(?<=\d)[．](?=\d)")


def has_wide_figures(text: str) -> bool:
    """Whether ``text`` has any full-width digit or a year in Chinese numerals."""
    return bool(_WIDE.search(text)) or bool(_NUMERAL_YEAR.search(text))


def _numeral_years(text: str) -> str:
    return _NUMERAL_YEAR.sub(lambda m: m.group().translate(_NUMERAL_DIGITS), text)


def fold_figures(text: str) -> str:
    """``text`` with full-width digits, ％, a decimal ． and years in Chinese numerals in
    ASCII; same length."""
    if not has_wide_figures(text) and "％" not in text:
        return text
    return _POINT.sub(".", _numeral_years(text).translate(_DIGITS))
