"""Whether a passage holds a figure that counts things (the "how many" check).

A figure that dates or measures does not count: a year, a day written beside its
month ("May 3, 2024", "3 May 2024", "the 21st of June"), a speed ("40mph";
``attribute_units`` of ``kb/data/terms.toml``). Each group of digits is judged on its
own, so "In May 2024, 300 hosts" keeps its count after the year, and a figure after a
month that is no day ("In March 40 inspectors", "June 1,200 permits") still counts.
"""

from __future__ import annotations

import re

from kb.carriers import MONTHS, NUMBER, is_year

_MONTHS = f"(?:{MONTHS})"
#: a month name (or its abbreviation) right before a figure: "May 3", "Nov. 14"
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s+$")
#: what follows a day written after its month: an ordinal ending, a comma, a year, the
#: end of the sentence ("May 3, 2024", "June 5th", "on April 9.")
_DAY_AFTER_MONTH_END = re.compile(r"(?:st|nd|rd|th)?(?:\s*,|\s+\d{4}\b|\s*[.;:)]|\s*$)")
#: a month after a day: "3 May", "21st November", "9 of March"
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b")
#: one group of digits: "1,200" and "4.5" are one, "2024, 300" two
_GROUP = re.compile(r"\d(?:[\d,.]*\d)?")


def is_day(text: str, m: re.Match[str]) -> bool:
    """Whether the digits ``m`` of ``text`` are a day of a month written beside it."""
    digits = m.group(0)
    if not digits.isdigit() or not 1 <= int(digits) <= 31:
        return False
    if _MONTH_BEFORE.search(text, 0, m.start()):
        return bool(_DAY_AFTER_MONTH_END.match(text, m.end()))
    return bool(_MONTH_AFTER.match(text, m.end()))


def counts_in(text: str) -> bool:
    """Whether ``text`` holds a figure that can count things: a number or number word
    that is no year, no day of a month and no speed.

    Example:
        >>> counts_in("On June 9, 2023 the 40mph limit began."), counts_in("About 40 buses.")
        (False, True)
    """
    from kb.refusal_focus import stated_by_unit

    for m in NUMBER.finditer(text):
        groups = list(_GROUP.finditer(text, m.start(), m.end())) or [m]
        for g in groups:
            if is_year(text, g) or is_day(text, g):
                continue
            if stated_by_unit(text[g.start() : g.end() + 8]):
                continue  # "40mph", "50 km/h": a speed
            return True
    return False
