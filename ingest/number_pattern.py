"""The regular expression of a number with its scale word and unit, per grammar.

Used by ``ingest.quantities``, which reads the groups into a value, a range, a scale
and a unit and decides what is a quantity.
"""

from __future__ import annotations

import functools
import re

from ingest.lang import Grammar


@functools.lru_cache(maxsize=8)
def number_regex(grammar: Grammar) -> re.Pattern[str]:
    """A number (in figures or words), its scale word and its unit, in ``grammar``'s terms.

    Groups: ``prefix`` (a currency sign), ``low``/``lowb``/``lows`` (a range's low end),
    ``minus``, ``num`` or ``word`` (the number), ``scale`` and ``unit``.
    """

    def alternation(words: object) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]

    words = alternation(w for w in grammar.number_words if w != "half")
    scales = alternation(grammar.scale)
    units = alternation(grammar.units)
    # units matched only as spelled ("GWp"), tried before the others, case-sensitively
    exact = f"(?-i:{alternation(grammar.units_exact)})|" if grammar.units_exact else ""
    # units that count only written against the digits ("30pc"; "500 PC" are computers)
    if grammar.units_glued:
        exact = f"(?<=\\d)(?-i:{alternation(grammar.units_glued)})|" + exact
    prefixes = alternation(grammar.currency_prefix)
    # A scale character that begins a unit ("千瓦", "千伏") is the unit's prefix there:
    # "500千瓦" is 500 kW, not 500 thousand.
    tails = alternation(
        unit[len(scale) :]
        for unit in grammar.units
        for scale in grammar.scale
        if len(unit) > len(scale) and unit.startswith(scale) and not unit[len(scale)].isascii()
    )
    not_a_unit_prefix = f"(?!{tails})" if tails else ""
    # "42,5%" and "1,5 °C" in EU texts: a decimal comma, even in English
    decimal_comma = (
        r"\d+,\d{1,2}(?!\d)|"
        if grammar.decimal_comma
        # or before a unit ("93,6 g CO2/km" in an EU page converted from PDF)
        else rf"\d{{1,3}},\d{{1,2}}(?=[ \t\u00a0]{{0,3}}(?:%|％|°|º|o\s?C\b|per\s*cent|percent"
        rf"|(?:{units})(?![A-Za-z])))|"
    )
    return re.compile(
        rf"(?:(?P<prefix>{prefixes})\s{{0,2}})?"
        # a range "40–50%", "80 to 95 percent" or "40~55GW" (a tilde, ASCII or full width, as
        # Chinese texts join a range): the low end is kept as the value
        rf"(?:(?<![0-9A-Za-z.,])(?P<low>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)\s*(?:-|–|—|~|～|to)\s*"
        # "between 61 and 66 percent"
        rf"|(?<=between )(?P<lowb>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)\s+and\s+"
        # "a cut of 30 35 percent": a range whose dash a page lost, two bare numbers with the
        # percent after the second, whatever word comes before ("by", "to", "about"); not
        # after another number (a year or a footnote), and kept only when the first is the
        # lower end of a plausible range (``ingest.quantities``; otherwise two figures)
        rf"|(?<![0-9A-Za-z.,%％])(?<!\d[ \u00a0])(?P<lows>\d{{1,2}}(?:\.\d+)?)[ \u00a0]"
        rf"(?=\d{{1,2}}(?:\.\d+)?[ \u00a0]?(?:%|％|per\s*cent|percent)))?"
        # a sign "-13%" that marks a cut
        rf"(?P<minus>(?<![0-9A-Za-z.,])[-−–](?=\d))?"
        # thousands grouped by commas ("1,600") or, as in EU texts, by spaces ("1 600")
        rf"(?:(?<![0-9A-Za-z.,])(?P<num>{decimal_comma}\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?"
        rf"|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d.,])|\d+(?:\.\d+)?)(?![\d])"
        # a number in words, "one million two hundred thousand": the whole run at once, in one
        # pass (possessive); kept only with a scale word in it or a unit after (_read_value)
        rf"|\b(?P<word>(?:{words})\b(?:[\s-]+(?:and\s+)?(?:{words}|{scales})\b)*+))"
        # a scale word ends at a word boundary; a CJK one ("30亿kW") may touch a Latin unit
        rf"(?:[\s-]*(?<![A-Za-z])(?P<scale>{scales})(?:(?<=[^\x00-\x7f])|(?![A-Za-z]))"
        rf"{not_a_unit_prefix})?"
        rf"(?:[\s-]*(?P<unit>[%％]|(?:per\s*cent|percent)\b"
        rf"|(?<![A-Za-z])(?:{exact}{units})(?![A-Za-z])))?",
        re.IGNORECASE,
    )


def lost_dash_parts(
    match: re.Match[str], text: str, pattern: re.Pattern[str], lead: re.Pattern[str] | None
) -> list[re.Match[str]]:
    """``match``, or its two numbers apart when they are no range whose dash was lost.

    Two bare numbers before a percent ("30 35 percent") are a range only when the first is
    the lower end and at least half the second, and ``lead`` (when given) ends the words
    before them; otherwise ("45 40 percent", "3 40 percent" after a footnote mark, a table
    row "Hydro 22 30 %") each is a figure of its own, read on its own.
    """
    low, high = match.group("lows"), match.group("num")
    if not low or not high:
        return [match]
    start = match.start("lows")
    led = lead is None or lead.search(text, max(0, start - 60), start) is not None
    if led and float(low) < float(high) <= 2 * float(low):
        return [match]
    first = pattern.match(text, match.start("lows"), match.end("lows"))
    second = pattern.match(text, match.start("num"), match.end())
    return [m for m in (first, second) if m is not None]
