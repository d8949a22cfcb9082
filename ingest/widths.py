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

Taiwan's laws and plans count years from 1912, the first year of the Republic of China
(中華民國一百十四年 is 2025, 民國114年 too). Such a year, named with 民国, is written as its
Gregorian year, right-aligned in the span of the era name and the number; in a text that
names one, a bare year of that calendar in numerals (另規劃一百十四年) is read the same way,
since no text writes a year 101 to 199 of the common era (a span of years, 一百一十年来 or
一百二十年的历史, stays). A span too short for four digits
(民国9年, 一百十年) stays as it is.

An amount written in numerals before 万 or 亿 (二千七百萬瓩, 三十万吨, 十二亿千瓦) is written
in digits the same way, when it has a place word (十, 百, 千) and its digits fit in its
span; 千万, 百万, 十万 and 一万 alone do not fit, and stay (千万 is also "by all means").
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
# a year of the Republic of China calendar named as such, and a bare one in numerals
_ROC_NUMBER = "〇○零一二三四五六七八九十百"
_ROC_YEAR = re.compile(rf"(?:中[华華])?民[国國]\s*(?P<n>[{_ROC_NUMBER}]{{1,6}}|\d{{1,3}})(?=\s*年)")
# (not a span of years: 一百一十年来, 一百二十年的历史, 一百一十年间)
_ROC_BARE = re.compile(
    rf"(?<![{_ROC_NUMBER}千万亿萬億\d])(?P<n>一百(?:零[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?))"
    r"(?=\s*年(?!\s*(?:来|以来|之久|的|历史|間|间|内|內|多|有余|左右|以上)))"
)
_ROC_EPOCH = 1911
_NUMERAL_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0, "两": 2}
_PLACES = {"十": 10, "百": 100, "千": 1000}
# an amount in numerals with a place word, before 万 or 亿 (traditional forms included)
_NUMERAL_AMOUNT = re.compile(
    r"(?<![〇○零一二两三四五六七八九十百千第\d.])(?P<n>[一二两三四五六七八九十][零一二两三四五六七八九十百千]{0,7})(?=\s*[万亿萬億])"
)
# A full-width point between two digits, once the digits themselves are folded:
# "０．８６９" -> "0.869". Elsewhere ． is a full stop and stays.
_POINT = re.compile(r"(?<=\d)[．](?=\d)")


def has_wide_figures(text: str) -> bool:
    """Whether ``text`` has any full-width digit or a year in Chinese numerals (or of the
    Republic of China calendar)."""
    return bool(
        _WIDE.search(text)
        or _NUMERAL_YEAR.search(text)
        or _ROC_YEAR.search(text)
        or _NUMERAL_AMOUNT.search(text)
    )


def _small_numeral(numeral: str) -> int:
    """The value of a numeral below 10000 ("一百十四" -> 114, "二千七百" -> 2700, "114")."""
    if numeral.isdigit():
        return int(numeral)
    total, digit = 0, None
    for char in numeral:
        if char in _PLACES:
            total += (1 if digit is None else digit) * _PLACES[char]
            digit = None
        else:
            digit = _NUMERAL_VALUE[char]
    return total + (digit or 0)


def _roc_years(text: str) -> str:
    if not _ROC_YEAR.search(text):
        return text

    def gregorian(match: re.Match[str]) -> str:
        number = _small_numeral(match.group("n"))
        span = match.group()
        if not 1 <= number <= 189 or len(span) < 4:
            return span
        return str(number + _ROC_EPOCH).rjust(len(span))

    return _ROC_BARE.sub(gregorian, _ROC_YEAR.sub(gregorian, text))


def _numeral_amounts(text: str) -> str:
    def digits(match: re.Match[str]) -> str:
        numeral = match.group("n")
        if not any(place in numeral for place in _PLACES):
            return numeral
        value = str(_small_numeral(numeral))
        return value.rjust(len(numeral)) if len(value) <= len(numeral) else numeral

    return _NUMERAL_AMOUNT.sub(digits, text)


def _numeral_years(text: str) -> str:
    return _NUMERAL_YEAR.sub(lambda m: m.group().translate(_NUMERAL_DIGITS), text)


def fold_figures(text: str) -> str:
    """``text`` with full-width digits, ％, a decimal ． and years in Chinese numerals in
    ASCII; same length."""
    if not has_wide_figures(text) and "％" not in text:
        return text
    folded = _numeral_amounts(_numeral_years(_roc_years(text)))
    return _POINT.sub(".", folded.translate(_DIGITS))
