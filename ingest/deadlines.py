"""Deadlines and base years in policy prose, normalised to a year.

Handles "by 2030", "before 2030", "by the end of 2025", "in 2035", "from
2030", "no later than 31 December 2027", "during the 14th Five-Year Plan
period" (2025), "by mid-century" (2050), "the 2030 target", and relative
forms ("within three years") counted from the document date. Base years
("compared with 2020", "from 2005 levels", "baseline 2019") are read first,
so that a base year is never taken for a deadline.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.lang import DeadlineRule, Grammar
from ingest.lang.needs import WordIndex
from ingest.text_cache import text_cache

# Prepositions that only make a base year with a "levels"/"baseline" word after the
# year or a later year in the same clause: "from 2030" alone opens a period.
_WEAK_BASE_PREPOSITIONS = re.compile(r"^(?:from|over|on|of|above|below|than)\b", re.IGNORECASE)
_BASE_SUFFIX = re.compile(r"(?:levels?|baseline|base(?:\s+year)?|figures?|values?)$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_BASE_GROUPS = (
    "year",
    "year2",
    "year3",
    "year4",
    "year5",
    "year6",
    "year7",
    "year8",
    "year9",
    "year10",
    "year11",
)


@dataclass(frozen=True, slots=True)
class _Hit:
    """One match of a deadline rule, as plain values: a kept ``re.Match`` would keep its
    whole text."""

    start: int
    end: int
    phrase: str  # the match, stripped
    groups: dict[str, str | None]
    year_span: tuple[int, int] | None  # the ``year`` group's span, when it matched


_RuleMatches = tuple[DeadlineRule, tuple[_Hit, ...]]


@dataclass(frozen=True, slots=True)
class Deadline:
    """A time expression: ``text[start:end]`` of the clause it was found in."""

    year: int | None
    text: str
    start: int
    end: int
    kind: str  # closing ("by 2030"), start ("from 2030"), point ("in 2030"), relative


@dataclass(frozen=True, slots=True)
class BaseYear:
    year: int
    text: str
    start: int
    end: int


def _looks_back(before: str, grammar: Grammar) -> bool:
    """Whether the part of a sentence before a time word reports: its last verb is past or
    perfect ("has tripled", "fell") with no forward word or infinitive after it ("has
    pledged to cut")."""
    part = re.split(r"[.;!?]\s", before)[-1]
    found = list(grammar.figures.past.finditer(part))
    if not found:
        return False
    last = found[-1]
    after = part[last.end() :]
    return not (grammar.future.search(after) or grammar.figures.forward_infinitive.search(after))


def find_base_years(text: str, grammar: Grammar) -> list[BaseYear]:
    """Base years of comparison in ``text`` ("compared with 2020", "2005 levels")."""
    return list(_base_years(text, grammar))


@text_cache(maxsize=8192)
def _base_years(text: str, grammar: Grammar) -> tuple[BaseYear, ...]:
    # Cached: the extractor asks about the same clause several times.
    found: list[BaseYear] = []
    years = [int(m.group()) for m in _YEAR.finditer(text)]
    for match in _base_matches(text, years, grammar):
        groups = match.groupdict()
        group = next(g for g in _BASE_GROUPS if groups.get(g))
        year = int(match.group(group))
        phrase = match.group().strip()
        if group == "year6":
            # "a 53% cut between 2019 and 2030": the first year is the base only for a
            # change, and only the year itself is taken (the end year is the deadline).
            if not grammar.base_year_needs.search(text[: match.start()]):
                continue
            found.append(BaseYear(year, match.group(group), *match.span(group)))
            continue
        if group == "year" and _WEAK_BASE_PREPOSITIONS.match(phrase):
            before = text[: match.start()]
            later_year = any(y > year for y in years)
            # "30% reduction from 2019": a change word right before makes it a base.
            close_change = grammar.base_year_needs.search(before[-30:]) and re.search(
                r"(?:%|percent|per\s*cent|reduction|cut|decrease|increase)\W*$",
                before[-30:].strip() + " ",
                re.IGNORECASE,
            )
            if not (
                _BASE_SUFFIX.search(phrase)
                or (later_year and grammar.base_year_needs.search(before))
                or close_change
            ):
                continue
        found.append(BaseYear(year, phrase, match.start(), match.start() + len(phrase)))
    return tuple(found)


def _base_matches(text: str, years: list[int], grammar: Grammar) -> Iterator[re.Match[str]]:
    """Matches of the base-year pattern, left to right, without overlaps.

    "40% below the level of X in 2015 by 2030" compares with 2015: a year after "below/above
    ... level/emissions in" (group ``year11``) is a base only when the clause names a later
    one. With none it is the due year ("37% below projected emissions in 2030"), and the
    search goes on inside the words it spanned ("levels that were emitted in 2005").
    """
    pos = 0
    while match := grammar.base_year.search(text, pos):
        lone = match.groupdict().get("year11")
        if lone and not any(y > int(lone) for y in years):
            pos = match.start() + 1
            continue
        yield match
        pos = match.end()


def _count(word: str, grammar: Grammar) -> int:
    return int(word) if word.isdigit() else int(grammar.number_words[word.lower()])


def plan_end_year(match: re.Match[str], grammar: Grammar) -> int | None:
    """The last year of the Five-Year Plan a match's ``fyp`` group names ("十四五" -> 2025)."""
    raw = (match.groupdict().get("fyp") or "").lower()
    digits = re.sub(r"\D", "", raw)
    n = grammar.ordinals.get(raw) or (int(digits) if digits else None)
    return grammar.fyp_offset + grammar.fyp_length * n if n else None


def _year_of(
    groups: dict[str, str | None], rule_year: int | None, grammar: Grammar, doc_year: int | None
) -> int | None:
    if rule_year is not None:
        return rule_year
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("span_end"):
        # "over 2021-50": the century of the first year; "2014-15" is one fiscal year
        first = int(groups["span_start"])
        last = first - first % 100 + int(groups["span_end"])
        return last if last - first > 1 else None
    if groups.get("fy_end"):
        # "by 2024-25": one fiscal year, due at its end; "2024-30" is no fiscal year
        first = int(groups["fy_start"])
        last = first - first % 100 + int(groups["fy_end"])
        return last if last == first + 1 else None
    if groups.get("fy2"):
        # "FY27" names fiscal year 2027; "FY99" in a text of 1997 names 1999: the century
        # that puts the year nearest the text's own (the 2000s in an undated text)
        two = int(groups["fy2"])
        if doc_year is None:
            return 2000 + two
        return min((c + two for c in (1900, 2000, 2100)), key=lambda y: abs(y - doc_year))
    if groups.get("fyp"):
        raw = groups["fyp"].lower()
        n = grammar.ordinals.get(raw) or int(re.sub(r"\D", "", raw))
        return grammar.fyp_offset + grammar.fyp_length * n
    if groups.get("n"):
        if doc_year is None:
            return None
        n = _count(groups["n"], grammar)
        unit = groups["unit"].lower()
        if "day" in unit:
            months = n / 30
        elif unit.startswith("week"):
            months = n / 4.35
        elif unit.startswith(("month", "个月", "月")):
            months = n
        else:
            months = 12 * n
        # Counted in whole years from the document's year, rounding down: "within
        # 30 days" of a 2024 text falls in 2024, "within three years" in 2027.
        return doc_year + int(months // 12)
    if groups.get("thisyear"):
        return doc_year
    if groups.get("nextyear"):
        return doc_year + 1 if doc_year is not None else None
    return None


def find_deadlines(text: str, grammar: Grammar, *, doc_year: int | None = None) -> list[Deadline]:
    """Deadlines in ``text``, in order, without overlaps and without base years.

    Args:
        text: a clause or sentence.
        grammar: the language's grammar.
        doc_year: year of the document, for relative deadlines; None leaves them
            with ``year=None`` (the phrase is still reported).

    Example:
        >>> [d.year for d in find_deadlines("peak before 2030", load_grammar("en"))]
        [2030]
    """
    return list(_deadlines(text, grammar, doc_year))


@text_cache(maxsize=8192)
def _rule_matches(text: str, grammar: Grammar) -> tuple[_RuleMatches, ...]:
    """Each deadline rule with its matches in ``text``. The same clause is asked about with
    and without the document's year (a third of the asks on unique text): the patterns are
    run once per text, and only the years are worked out per ``doc_year``."""
    rules = grammar.deadlines
    hits: list[tuple[_Hit, ...]] = [()] * len(rules)
    # a rule whose words are all absent is not run (needs.py), each word looked for once
    for i in _rule_index(grammar).runnable(text):
        hits[i] = tuple(map(_hit, rules[i].pattern.finditer(text)))
    return tuple(zip(rules, hits, strict=True))


@functools.lru_cache(maxsize=16)
def _rule_index(grammar: Grammar) -> WordIndex:
    return WordIndex([rule.needs for rule in grammar.deadlines])


def _hit(match: re.Match[str]) -> _Hit:
    groups = match.groupdict()
    year_span = match.span("year") if groups.get("year") else None
    return _Hit(*match.span(), match.group().strip(), groups, year_span)


@text_cache(maxsize=8192)
def _deadlines(text: str, grammar: Grammar, doc_year: int | None) -> tuple[Deadline, ...]:
    taken = [(b.start, b.end) for b in find_base_years(text, grammar)]
    # a year in a source attribution is the vintage of the data, not a deadline
    taken.extend(m.span() for m in grammar.source_line.finditer(text))
    candidates: list[tuple[int, int, Deadline, tuple[int, int]]] = []
    for rule, hits in _rule_matches(text, grammar):
        for hit in hits:
            start, end, phrase, groups = hit.start, hit.end, hit.phrase, hit.groups
            if grammar.deadline_closing.match(phrase) or rule.year_value:
                kind = "closing"
            elif groups.get("n") or rule.years_ahead:
                kind = "relative"
            elif rule.decade_end:
                kind = "closing"
            elif grammar.deadline_start.match(phrase):
                kind = "start"
            elif grammar.deadline_point.match(phrase) and not groups.get("fyp"):
                kind = "point"
            else:
                kind = "closing"
            if rule.years_ahead:
                year = doc_year + rule.years_ahead if doc_year is not None else None
            elif rule.decade_end:
                if _looks_back(text[:start], grammar):
                    continue  # "capacity has tripled this decade": a report, no deadline
                year = (doc_year // 10 + 1) * 10 if doc_year is not None else None
            else:
                year = _year_of(groups, rule.year_value, grammar, doc_year)
                if year is None and (groups.get("span_end") or groups.get("fy_end")):
                    continue  # a fiscal year ("in 2014-15"), not a span to act in; no fiscal
                    # year ("by 2024-30"): the plain year rule reads it
            if rule.ahead_only and None not in (year, doc_year) and year < doc_year:
                continue  # a period already over when the text was written: a report's
            # Only the year's own digits must stay clear of a base year ("between 2019 and 2030").
            key = hit.year_span or (start, end)
            candidates.append((start, end, Deadline(year, phrase, start, end, kind), key))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    found: list[Deadline] = []
    bases = list(taken)
    for start, end, deadline, (k_start, k_end) in candidates:
        if any(k_start < e and s < k_end for s, e in bases):
            continue
        if any(start < e and s < end for s, e in taken if (s, e) not in bases):
            continue
        taken.append((start, end))
        found.append(deadline)
    return tuple(found)
