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
names one (the caller decides, once per document, and only for traditional script), a
bare year of that calendar in numerals (預定一百二十二年達成) is read the same way, since no
text writes a year 101 to 199 of the common era (a span of years, 一百一十年来 or
一百二十年的历史, stays). A span too short for four digits
(民国9年, 一百十年) stays as it is.

An amount written in numerals before 万 or 亿 (三千六百萬瓩, 三十万吨, 十二亿千瓦) is written
in digits the same way, when it has a place word (十, 百, 千) and its digits fit in its
span; 千万, 百万, 十万 and 一万 alone do not fit, and stay (千万 is also "by all means").
An amount with a 亿 part is read whole (一亿二千万 is 12000万) or not at all; a round one too
long for its span keeps its place word (五千万 is 5千万, 千万 being a scale); a lone digit
(三亿, 一万) and a loose pair (二三十万, twenty or thirty) stay.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

__all__ = ["fold_figures", "has_wide_figures", "names_roc_calendar", "numeral_value"]

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
# a text that names the calendar: the country's full name, or a year of the era
_ROC_NAMED = re.compile(rf"中[华華]民[国國]|民[国國]\s*(?:[{_ROC_NUMBER}]{{1,6}}|\d{{1,3}})\s*年")
# not a span of years (一百一十年来, 距今一百五十年前): words in zh.toml [calendar_spans]
_SPANS = tomllib.loads(resources.files("ingest.lang").joinpath("zh.toml").read_text("utf-8"))[
    "calendar_spans"
]
_ROC_BARE = re.compile(
    rf"(?<![{_ROC_NUMBER}千万亿萬億\d])"
    + "".join(f"(?<!{re.escape(word)})" for word in _SPANS["before"])
    + r"(?P<n>一百(?:零[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?))"
    + rf"(?=\s*年(?!\s*(?:{'|'.join(map(re.escape, _SPANS['after']))})))"
)
_ROC_EPOCH = 1911
_NUMERAL_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0, "两": 2}
_PLACES = {"十": 10, "百": 100, "千": 1000}
# an amount in numerals before 万 or 亿 (traditional forms included), with its 亿 part when
# one leads it ("一亿三千五百万": hi is 一, n is 三千五百); never a part after 万 or 亿 alone
_NUMERAL = r"[一二两三四五六七八九十][零一二两三四五六七八九十百千]{0,7}"
_NUMERAL_AMOUNT = re.compile(
    rf"(?<![〇○零一二两三四五六七八九十百千万亿萬億第\d.])"
    rf"(?:(?P<hi>{_NUMERAL})[亿億]零?(?P<lo>{_NUMERAL})(?=\s*[万萬])|(?P<n>{_NUMERAL})(?=\s*(?P<scale>[万亿萬億])))"
)
# A full-width point between two digits, once the digits themselves are folded:
# "０．８６９" -> "0.869". Elsewhere ． is a full stop and stays.
_POINT = re.compile(r"(?<=\d)[．](?=\d)")


def names_roc_calendar(text: str) -> bool:
    """Whether ``text`` names the Republic of China (so its bare numeral years count from
    1912): decided for a whole document, since one article may name it for all."""
    return bool(_ROC_NAMED.search(text))


def has_wide_figures(text: str, calendar: bool = False) -> bool:
    """Whether ``text`` has any full-width digit or a year in Chinese numerals (or of the
    Republic of China calendar; with ``calendar``, a bare one too)."""
    return bool(
        _WIDE.search(text)
        or _NUMERAL_YEAR.search(text)
        or _ROC_YEAR.search(text)
        or _NUMERAL_AMOUNT.search(text)
        or (calendar and _ROC_BARE.search(text))
    )


def numeral_value(numeral: str) -> int | None:
    """The value of a whole numeral below 10000 ("一百十四" -> 114, "三千六百" -> 3600,
    "114"); None for a run that is no single number ("二三十", twenty or thirty; "十百")
    or has other characters. The one reading of such numerals in ingest and kb."""
    if not numeral:
        return None
    if numeral.isdigit():
        return int(numeral)
    total, digit, last_place = 0, None, 10_000
    for char in numeral:
        if char in _PLACES:
            if _PLACES[char] >= last_place:
                return None
            total += (1 if digit is None else digit) * _PLACES[char]
            digit, last_place = None, _PLACES[char]
        elif char in "零〇○" and digit is None and total:
            continue  # 一百零五: a zero only fills a place
        elif digit is not None or char not in _NUMERAL_VALUE:
            return None
        else:
            digit = _NUMERAL_VALUE[char]
    return total + (digit or 0)


def _roc_years(text: str, calendar: bool) -> str:
    if not (calendar or _ROC_YEAR.search(text)):
        return text

    def gregorian(match: re.Match[str]) -> str:
        number = numeral_value(match.group("n")) or 0
        span = match.group()
        if not 1 <= number <= 189 or len(span) < 4:
            return span
        return str(number + _ROC_EPOCH).rjust(len(span))

    return _ROC_BARE.sub(gregorian, _ROC_YEAR.sub(gregorian, text))


def _numeral_amounts(text: str) -> str:
    def digits(match: re.Match[str]) -> str:
        span = match.group()
        if match.group("hi"):  # 一亿三千五百万 is 13500万
            hi, lo = numeral_value(match.group("hi")), numeral_value(match.group("lo"))
            value = str(hi * 10_000 + lo) if hi and lo else span
            return value.rjust(len(span)) if len(value) <= len(span) else span
        number = numeral_value(span)
        if number is None:
            return span
        if not any(place in span for place in _PLACES):
            return span  # a lone digit (八亿, 一万) stays a word
        value = str(number)
        if len(value) <= len(span):
            return value.rjust(len(span))
        # a round amount too long for its span, 五千万 or 三百萬: its digit and the place,
        # since 千万 and 百万 are scales of their own (5千万)
        if len(span) == 2 and span[1] in "千百" and match.group("scale") in "万萬":
            return str(number // _PLACES[span[1]]) + span[1]
        return span

    return _NUMERAL_AMOUNT.sub(digits, text)


def _numeral_years(text: str) -> str:
    return _NUMERAL_YEAR.sub(lambda m: m.group().translate(_NUMERAL_DIGITS), text)


def fold_figures(text: str, calendar: bool = False) -> str:
    """``text`` with full-width digits, ％, a decimal ． and years in Chinese numerals in
    ASCII; same length. ``calendar``: the document names the Republic of China calendar
    (``names_roc_calendar``), so a bare numeral year is of that calendar even where the
    text itself does not name it."""
    if not has_wide_figures(text, calendar) and "％" not in text:
        return text
    folded = _numeral_amounts(_numeral_years(_roc_years(text, calendar)))
    return _POINT.sub(".", folded.translate(_DIGITS))
