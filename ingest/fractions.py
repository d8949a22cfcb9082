"""Shares written as fractions in general (``[figures] fraction_general``): 百分之三十 is
30%, 十分之三 is 30%, 1/3 is 100/3 %. Each is computed from its numerator and denominator and
replaces the bare numbers read inside it ("1" and "3" of "1/3")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

from ingest.lang import Grammar
from ingest.widths import numeral_value


def share_of(match, grammar: Grammar) -> float | None:  # type: ignore[no-untyped-def]
    """The percentage a ``fraction_general`` match states, or None when it is no share (a
    numerator not below its denominator, "35/10", or a number that cannot be read)."""
    groups = match.groupdict()
    if groups.get("pct"):
        value = _number(groups["pct"], grammar)
        return None if value is None else float(value)
    num = _number(groups.get("num") or groups.get("snum") or "", grammar)
    den = _number(groups.get("den") or groups.get("sden") or "", grammar)
    if num is None or not den or not 0 < num < den:
        return None
    return float(100 * num / den)


def _number(text: str, grammar: Grammar) -> Fraction | None:
    """A number written in digits ("30", "2.5") or in Chinese numerals ("一百零五",
    "九十九点九"), or None when it cannot be read whole."""
    if not text:
        return None
    if text[0].isdigit():
        return Fraction(text)
    whole, point, decimals = text.partition("点")
    value = _whole_number(whole)
    if value is None or (point and not decimals):
        return None
    for place, char in enumerate(decimals, start=1):
        digit = grammar.number_words.get(char, 0 if char == "零" else None)
        if digit is None or digit >= 10:
            return None
        value += Fraction(int(digit), 10**place)
    return value


def _whole_number(text: str) -> Fraction | None:
    """A whole number in Chinese numerals below ten thousand ("三十五", "一百零五")."""
    value = numeral_value(text)
    return None if value is None else Fraction(value)


def add_general_fractions(
    text: str,
    grammar: Grammar,
    found: list,
    furniture: Sequence[tuple[int, int]],
    quantity: Callable[..., Any],
    comparator: Callable[[str, str, Grammar], str],
) -> list:
    """``found`` with each general fraction of ``text`` added as a ``quantity`` in % and
    the numbers read inside it dropped; none inside ``furniture`` (a date, a reference)."""
    added = False
    for match in grammar.figures.fraction_general.finditer(text):
        start, end = match.span()
        value = share_of(match, grammar)
        if value is None or any(a < end and start < b for a, b in furniture):
            continue
        if any(q.start < start < q.end or q.start < end < q.end for q in found):
            continue  # it overlaps a figure that reaches outside it
        found = [q for q in found if not (start <= q.start and q.end <= end)]
        found.append(
            quantity(value=value, unit="%", value_text=match.group(), start=start, end=end,
                     comparator=comparator(text[:start], text[end:], grammar))
        )  # fmt: skip
        added = True
    if added:
        found.sort(key=lambda q: q.start)
    return found
