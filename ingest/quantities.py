"""Numbers in policy prose: value, scale word, unit and comparator.

``find_quantities("more than 510 million tons", grammar)`` finds one quantity
with value 510000000, unit "t", comparator ">". Years, ordinals, durations,
list markers and names with numbers ("Scope 1", "PM2.5") are not quantities.
Physical units are converted with pint to one canonical unit per dimension
(t, kWh, kW, m3, ha, km); percentages, percentage points, currencies and
plain counts keep their own unit.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ingest.figures import furniture_spans
from ingest.fractions import add_general_fractions
from ingest.lang import Grammar
from ingest.number_pattern import lost_dash_parts, number_regex
from ingest.ranges import joined_ranges, starting_level

# Month names mark day numbers ("March 1", "1 December 2027") as dates, not values.
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b", re.IGNORECASE)
_COORDINATION = re.compile(r"^\s*(?:,|and|or|, and)\s*$", re.IGNORECASE)
# Units that pint does not convert: labels kept as they are.
_PASSTHROUGH_UNITS = {"%", "pp", "yuan", "m2", "USD", "EUR", "INR", "GBP"}
_PASSTHROUGH_UNITS |= {"DKK", "SEK", "NOK", "PLN", "CHF", "CZK"}
_PASSTHROUGH_UNITS |= {"working_day"}  # a day counted only when offices are open
# How far back a comparator may stand from its number, in characters.
_COMPARATOR_WINDOW = 40
# Four-digit numbers in this range, with nothing attached, are years.
_YEAR_RANGE = range(1900, 2101)


def _is_year(value: float) -> bool:
    """Whether a bare number reads as a year; digits past float range are infinite, not years."""
    return math.isfinite(value) and int(value) in _YEAR_RANGE


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as stated: ``text[start:end] == value_text``."""

    value: float
    unit: str
    value_text: str
    comparator: str
    start: int
    end: int
    negative: bool = False  # written with a minus sign ("-13%"): a cut
    high: float | None = None  # the upper end of a range ("50-52%"); ``value`` is the low end


@functools.lru_cache(maxsize=1)
def _unit_registry():  # type: ignore[no-untyped-def]
    import pint  # imported lazily: building the registry takes a few hundred ms

    return pint.UnitRegistry()


@functools.lru_cache(maxsize=256)
def normalise_unit(expression: str, canonical: tuple[tuple[str, str], ...]) -> tuple[float, str]:
    """Factor and label that convert ``expression`` to its canonical unit.

    >>> normalise_unit("MW", (("kW", "kW"),))
    (1000.0, 'kW')
    """
    if expression in _PASSTHROUGH_UNITS or not expression:
        return 1.0, expression
    ureg = _unit_registry()
    quantity = ureg.Quantity(1.0, expression)
    for target, label in canonical:
        if quantity.dimensionality == ureg.Quantity(1.0, target).dimensionality:
            return float(quantity.to(target).magnitude), label
    return 1.0, expression


def _comparator(before: str, after: str, grammar: Grammar) -> str:
    window = before[-_COMPARATOR_WINDOW:]
    for op in (">=", "<=", ">", "<", "~"):
        for name, pattern in grammar.comparators:
            if name == op and pattern.search(window):
                return op
    for op, pattern in grammar.comparator_after:
        if pattern.search(after[:20]):
            return op
    return "="


def _is_name_or_date(text: str, start: int, end: int, grammar: Grammar) -> bool:
    before, after = text[max(0, start - 30) : start], text[end : end + 30]
    if grammar.not_a_value_before.search(before) or grammar.not_a_value_after.search(after):
        return True
    if grammar.list_noun_before.search(before) and grammar.list_joiner_after.search(after):
        return True  # "scopes 1, 2 and 3": names
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.search(after):
        return True
    # "(1)", "1)" list markers, and "1." / "2、" opening a numbered item
    if after.startswith(")") and (
        before.endswith("(") or before.endswith("（") or not before.strip()
    ):
        return True
    if not before.strip(" \t\n‘’“”\"'«»") and re.match(r"[.．、)](?:\s|$|[\u4e00-\u9fff])", after):
        return True
    # Chemical formulas and codes glued to letters: "CO2", "PM2.5", "H2"
    return bool(before[-1:].isascii() and before[-1:].isalpha())


# A bare number right after an acronym is part of a name ("PNACC-2", "CAP 23").
_ACRONYM_BEFORE = re.compile(r"(?:\b[A-Z]{2,}[A-Za-z]*(?:-|\s+)|\b[A-Z]-)$")
# Edited prose spells out a number that opens a sentence; a numeral there, before a
# capitalised word, is a footnote or page mark displaced by PDF extraction
# ("11 Belgium intends to ...").
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def _not_a_count(text: str, start: int, end: int) -> bool:
    """Whether a bare number (no unit, scale or currency) is part of a name or a mark."""
    if _ACRONYM_BEFORE.search(text[max(0, start - 16) : start]):
        return True
    return not text[:start].strip() and bool(_CAPITAL_AFTER.match(text, end))


def _inside(span: tuple[int, int], spans: tuple[tuple[int, int], ...] | list) -> bool:
    start, end = span
    return any(s < end and start < e for s, e in spans)


def find_quantities(text: str, grammar: Grammar) -> list[Quantity]:
    """All quantities stated in ``text``, in order.

    Args:
        text: a clause or sentence.
        grammar: the language's grammar (``ingest.lang.load_grammar``).

    Returns:
        Quantities with values already multiplied by their scale word and
        converted to the canonical unit of their dimension.
    """
    return list(_quantities(text, grammar))


class _Furniture:
    """``furniture_spans`` of a text, found the first time a candidate figure asks: most
    clauses state none, and the furniture pattern costs more than the number pattern."""

    def __init__(self, text: str, grammar: Grammar) -> None:
        self._text, self._grammar = text, grammar

    @functools.cached_property
    def spans(self) -> list[tuple[int, int]]:
        return furniture_spans(self._text, self._grammar)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self.spans)


@functools.lru_cache(maxsize=8192)
def _quantities(text: str, grammar: Grammar) -> tuple[Quantity, ...]:
    found: list[Quantity] = []
    furniture: Any = _Furniture(text, grammar)
    pattern = number_regex(grammar)
    for whole in pattern.finditer(text):
        for match in lost_dash_parts(whole, text, pattern, grammar.figures.lost_dash_lead):
            quantity = _quantity(match, text, grammar, furniture, found)
            if quantity is not None:
                found.append(quantity)
    if "半" in text or "half" in text.lower() or "halv" in text.lower():  # cheap check first
        for match in grammar.figures.halving.finditer(text):
            group = match.lastgroup or 0
            start, end = match.span(group)
            if (
                any(q.start < end and start < q.end for q in found)
                or (furniture and _inside((start, end), furniture))
                or grammar.figures.halving_hedge.search(text, max(0, start - 40), start)
            ):
                continue
            comparator = _comparator(text[:start], text[end:], grammar)
            found.append(
                Quantity(value=50.0, unit="%", value_text=text[start:end], comparator=comparator,
                         start=start, end=end, negative=True)
            )  # fmt: skip
        found.sort(key=lambda q: q.start)
    cues = grammar.figures
    if "：" in text:  # cheap check before the pattern
        found = _add_ratios(text, grammar, found)
    for pattern, values, unit in (
        (cues.multiple, cues.multiple_values, "x"),
        (cues.fraction, cues.fraction_values, "%"),
    ):
        if values:
            _add_worded(text, pattern, values, unit, grammar, furniture, found)
    if "分之" in text or "/" in text:  # cheap check before the pattern
        found = add_general_fractions(text, grammar, found, furniture, Quantity, _comparator)
    return tuple(joined_ranges(text, found, grammar))


def _add_ratios(text: str, grammar: Grammar, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each ratio of two parts ("2：1", ``[figures] ratio``) as one figure a/b."""
    for match in grammar.figures.ratio.finditer(text):
        start, end = match.span()
        a, b = float(match.group("a")), float(match.group("b"))
        if b == 0 or any(q.start < end and start < q.end for q in found):
            continue
        comparator = _comparator(text[:start], text[end:], grammar)
        found.append(Quantity(a / b, "ratio", match.group(), comparator, start, end))
    return sorted(found, key=lambda q: q.start)


# The words between a multiple and a figure that states the level it reaches.
_LEVEL_AFTER = re.compile(
    r"[^.;:!?]{0,80}?\b(?:to|reaching|at)\s+(?:(?:at\s+least|more\s+than|over|about|around"
    r"|nearly|some|approximately|roughly)\s+)?$|[^.;:!?]{0,40}?(?:到|至|达到)\s*$",
    re.IGNORECASE,
)


def _add_worded(
    text: str,
    pattern: re.Pattern[str],
    values: dict[str, float],
    unit: str,
    grammar: Grammar,
    furniture: tuple[tuple[int, int], ...] | list,
    found: list[Quantity],
) -> None:
    """Add the multiples ("double", 翻一番) or fractions ("one-third of") ``pattern`` finds."""
    added = False
    for match in pattern.finditer(text):
        group = match.lastgroup or 0
        start, end = match.span(group)
        value = values.get(re.sub(r"[\s-]+", " ", match.group(group).lower()))
        if value is None or any(q.start < end and start < q.end for q in found):
            continue
        if unit == "x" and any(
            q.start >= end and _LEVEL_AFTER.match(text, end, q.start) for q in found
        ):
            continue  # "double its finance to EUR 300 million": the level is the figure
        if furniture and _inside((start, end), furniture):
            continue
        found.append(
            Quantity(value=value, unit=unit, value_text=text[start:end],
                     comparator=_comparator(text[:start], text[end:], grammar),
                     start=start, end=end)
        )  # fmt: skip
        added = True
    if added:
        found.sort(key=lambda q: q.start)


def _word_value(words: str, grammar: Grammar) -> float:
    """The value of a number in words: "four thousand three hundred" is 4300, "one hundred
    eighty-two" is 182, "twenty-five" is 25."""
    total = current = 0.0
    for token in _tokens(words):
        if token == "and":
            continue
        if token in grammar.number_words and grammar.number_words[token] == 100:
            current = max(current, 1.0) * 100
        elif token in grammar.number_words:
            current += grammar.number_words[token]
        elif token in grammar.scale:
            total += max(current, 1.0) * grammar.scale[token]
            current = 0.0
    return total + current


def _tokens(words: str) -> list[str]:
    return re.split(r"[\s-]+", words.lower())


def _read_value(
    match: re.Match[str], text: str, grammar: Grammar, furniture: list[tuple[int, int]]
) -> tuple[float, float | None, int, bool] | None:
    """``(value, high end of a range, where the number starts, is a range)`` of a number
    match before its unit; None when the number is a year, a name, a date or no count."""
    num, word = match.group("num"), match.group("word")
    if furniture and _inside(match.span("num") if num else match.span("word"), furniture):
        return None  # a citation, date, provision or name: not a figure
    scale, unit_word, prefix = match.group("scale"), match.group("unit"), match.group("prefix")
    num_start = match.start("num") if num else match.start("word")
    if prefix and not num and not word:
        return None
    low_group = next((g for g in ("low", "lowb", "lows") if match.group(g)), "low")
    low = match.group(low_group)
    if low and furniture and _inside(match.span(low_group), furniture):
        low = None  # "in 2014-15 to 25.1 per cent": the low end is part of a date
    if low and starting_level(match, low_group, text, grammar):
        low = None  # "from 37 to 48 percent": a change; the figure is the level reached
    if num:
        num = re.sub(r"[ \u00a0\u202f]", ",", num)  # "1 600" is written "1,600"
    if low and not (unit_word or scale):
        # "2021-2025" is a span of years: not a range of values
        if "," not in num and _is_year(float(num.replace(",", ""))):
            return None
        # a count range "10~15个", "10-15 new lines" keeps its low end as the value (as a
        # range with a unit does); a low end that is a year or not below the high end
        # ("2014-15") is no range
        if _is_year(float(low.replace(",", ""))) or float(low.replace(",", "")) >= float(
            num.replace(",", "")
        ):
            low = None
    if num and re.fullmatch(r"\d+,\d{1,2}", num):
        # a thousands group has three digits: "42,5" is a decimal comma in any grammar
        num = num.replace(",", ".")
    if num:
        value = float(num.replace(",", ""))
        if (
            not (unit_word or prefix)
            and (not scale or grammar.figures.year_scale.match(scale))
            and "," not in num
            and "." not in num
            and _is_year(value)
        ):
            return None  # a year: deadlines and base years are read elsewhere
    else:
        if not (unit_word or scale or any(t in grammar.scale for t in _tokens(word))):
            return None  # "one of the", "twenty five": a count in words needs its scale
        value = _word_value(word, grammar)
    # a unit glued to the number ("30GW") is read after the unit: two capitals right after a
    # number otherwise make it a code
    checked_end = match.end("num") if num else match.end("word")
    if unit_word and unit_word[0].isalpha() and match.start("unit") == checked_end:
        checked_end = match.end("unit")
    if _is_name_or_date(text, num_start, checked_end, grammar):
        return None
    high = None
    if low:
        value, high = float(low.replace(",", "")), value
        num_start = match.start(low_group)
    if scale:
        value *= grammar.scale[scale.lower()]
        high = high * grammar.scale[scale.lower()] if high is not None else None
    if not (unit_word or scale or prefix) and _not_a_count(text, num_start, match.end()):
        return None
    return value, high, num_start, bool(low)


def _quantity(
    match: re.Match[str],
    text: str,
    grammar: Grammar,
    furniture: list[tuple[int, int]],
    found: list[Quantity],
) -> Quantity | None:
    """The quantity a number match states, or None when it is no figure."""
    read = _read_value(match, text, grammar, furniture)
    if read is None:
        return None
    value, high, num_start, is_range = read
    unit_word, prefix = match.group("unit"), match.group("prefix")
    unit_expr = ""
    if unit_word:
        unit_key = re.sub(r"\s+", " ", unit_word.lower()).replace("％", "%")
        exact = grammar.units_glued.get(unit_word) or grammar.units_exact.get(unit_word)
        unit_expr = exact or grammar.units.get(unit_key, "%" if "cent" in unit_key else unit_key)
        if match.group("scale"):
            unit_expr = grammar.units_after_scale.get(unit_key, unit_expr)
    elif prefix:
        unit_expr = grammar.currency_prefix[prefix.lower()]
    factor, unit = normalise_unit(unit_expr, grammar.canonical_units)
    value = float(f"{value * factor:.12g}")  # 5.1 * 1e8 -> 510000000.0, not ...99994
    if high is not None:
        high = float(f"{high * factor:.12g}")
    value_start = match.start() if prefix else num_start
    end = match.end()
    comparator = _comparator(text[:value_start], text[end:], grammar)
    if is_range and comparator == "=":
        comparator = ">="  # "by 40-50%": at least the low end
    if comparator == "=" and found and _COORDINATION.match(text[found[-1].end : value_start]):
        # "exceed 97% and 95% respectively": the comparator covers both figures.
        comparator = found[-1].comparator
    if not math.isfinite(value) or (high is not None and not math.isfinite(high)):
        return None  # digits past float range (a line of 200,000 digits): no figure
    return Quantity(
        value=value,
        unit=unit,
        value_text=text[value_start:end].strip(),
        comparator=comparator,
        start=value_start,
        end=value_start + len(text[value_start:end].rstrip()),
        negative=bool(match.group("minus")),
        high=high,
    )
