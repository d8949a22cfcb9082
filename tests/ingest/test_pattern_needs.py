"""A pattern is not run over a text that lacks every word one of which each of its matches
holds (ingest/lang/needs.py): the deadline rules, the sector rules and the cue searches
of ``has_cue``. Each test counts the scans and checks the answer is the one a scan gives.
Sentences are our own."""

from __future__ import annotations

import dataclasses
import re
import string
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as _REAL  # type: ignore[attr-defined]

import pytest

from ingest import fact_cues
from ingest.deadlines import find_deadlines
from ingest.fact_cues import has_cue
from ingest.lang import load_grammar
from ingest.lang import needs as needs_module
from ingest.lang.needs import FOLDED, cheap_needs, lowered, may_match, pattern_needs
from ingest.metrics import _sector_in

EN = load_grammar("en")
ZH = load_grammar("zh")

SENTENCES = [
    "Within three years the port will cut its emissions by 30% by 2030.",
    "The council adopted the plan no later than 31 March 2026, ahead of the 2035 target.",
    "Emissions fell sharply last winter as the smelter closed.",
    "By mid-century the grid should run on clean power; cement kilns will follow.",
    "Over the next decade, steel output will be held at 2020 levels.",
    "到2030年，非化石能源消费比重提高到25%左右，钢铁行业能耗下降。",
    "“十四五”期间，新增光伏装机50万千瓦。",
    "Net zero 2050: the city's fleet goes electric in the coming five years.",
    "THE KELVIN SIGN \u212a AND A DOTLESS \u0131 STAND HERE BEFORE 2030.",
]


class _Counting:
    """A compiled pattern that counts its scans (``search`` and ``finditer``)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.inner, self.scans = pattern, 0
        self.pattern, self.flags = pattern.pattern, pattern.flags

    def search(self, text: str, *args):  # type: ignore[no-untyped-def]
        self.scans += 1
        return self.inner.search(text, *args)

    def finditer(self, text: str, *args):  # type: ignore[no-untyped-def]
        self.scans += 1
        return self.inner.finditer(text, *args)


def test_the_words_read_from_a_pattern() -> None:
    def needs(pattern: str) -> list[list[str]]:
        return [sorted(words) for words in pattern_needs(re.compile(pattern, re.I))]

    assert needs(r"\bby\s+(?P<year>20\d{2})\b") == [["20"], ["by"]]
    assert needs(r"\b(?:before|until)\s+20\d{2}") == [["before", "until"], ["20"]]
    # an optional part, a lookaround and a class of several characters give nothing
    assert needs(r"(?:net\s+)?zero(?=\s+carbon)[.,]") == [["zero"]]
    # an alternative without words of its own leaves the alternation without a test
    assert needs(r"(?:by|\d+)\s+2030") == [["2030"]]
    assert needs(r"[a-z]+\d?") == []


def test_every_letter_that_ignoring_case_joins_to_an_ascii_letter_is_always_scanned() -> None:
    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    # one class of every ASCII letter, searched once, joins what each letter alone joins
    joined = set(re.findall("[a-z]", chars, re.IGNORECASE)) - set(string.ascii_letters)
    cased = (c for c in chars if not c.isascii() and c.lower() != c)
    lowered_to_ascii = {c for c in cased if not set(c.lower()).isdisjoint(string.ascii_lowercase)}
    assert joined | lowered_to_ascii <= FOLDED
    assert lowered("A \u212a") is None and lowered("Plain TEXT") == "plain text"


def _full_width(text: str) -> str:
    """ASCII letters, digits and signs as their full-width forms (U+FF01 to U+FF5E)."""
    return text.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})


# each sentence as written, upper- and title-cased, full-width, and a mixed one
VARIANTS = [
    *SENTENCES,
    *(s.upper() for s in SENTENCES),
    *(s.title() for s in SENTENCES),
    *(_full_width(s) for s in SENTENCES),
    "到2030年 the STEEL sector shall cut emissions BY 30% before 2030，水泥行业到２０３５年下降。",
]


@pytest.mark.parametrize("grammar", [EN, ZH], ids=["en", "zh"])
def test_a_rule_skipped_for_a_text_has_no_match_in_it(grammar) -> None:  # type: ignore[no-untyped-def]
    rules = [*grammar.deadlines, *grammar.sectors]
    skipped = 0
    for text in VARIANTS:
        for rule in rules:
            if not may_match(rule.needs, lowered(text)):
                skipped += 1
                assert rule.pattern.search(text) is None, (rule.pattern.pattern, text)
    assert skipped > len(VARIANTS)  # the test is not empty


@pytest.mark.parametrize("grammar", [EN, ZH], ids=["en", "zh"])
def test_a_cue_pattern_skipped_for_a_text_has_no_match_in_it(grammar) -> None:  # type: ignore[no-untyped-def]
    fields = (getattr(grammar, f.name) for f in dataclasses.fields(grammar))
    patterns = [p for p in fields if isinstance(p, re.Pattern)]
    assert len(patterns) > 10
    skipped = 0
    for text in VARIANTS:
        for pattern in patterns:
            for needs in (pattern_needs(pattern), cheap_needs(pattern)):
                if not may_match(needs, lowered(text)):
                    skipped += 1
                    assert pattern.search(text) is None, (pattern.pattern, text)
    assert skipped > len(VARIANTS)


class _Tree:
    """A parse tree laid out otherwise than ``re``'s today: each item one field longer."""

    @staticmethod
    def parse(pattern: str, flags: int = 0) -> list[tuple]:  # type: ignore[type-arg]
        return [(op, av, None) for op, av in _REAL.parse(pattern, flags)]


class _ShortGroup:
    """A parse tree whose groups hold fewer fields than ``re``'s today."""

    @staticmethod
    def parse(pattern: str, flags: int = 0) -> list[tuple]:  # type: ignore[type-arg]
        tree = _REAL.parse(pattern, flags)
        return [(op, av[:2] if op is sre.SUBPATTERN else av) for op, av in tree]


@pytest.mark.parametrize("parser", [_Tree, _ShortGroup, None], ids=["items", "group", "none"])
def test_a_parser_laid_out_otherwise_means_always_scan(monkeypatch, parser) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(needs_module, "sre_parse", parser)
    assert pattern_needs(re.compile(r"\bby\s+(?P<year>20\d{2})\b", re.I)) == ()
    assert cheap_needs.__wrapped__(re.compile(r"(?P<aim>aims?)\s+to", re.I)) == ()


def test_a_broken_parser_gives_no_needs_and_the_same_records(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    try:
        with monkeypatch.context() as patch:
            patch.setattr(needs_module, "sre_parse", _Tree)
            cheap_needs.cache_clear()  # keyed on the compiled patterns the grammars share
            for language, grammar in (("en", EN), ("zh", ZH)):
                broken = load_grammar.__wrapped__(language)
                assert all(rule.needs == () for rule in (*broken.deadlines, *broken.sectors))
                for text in VARIANTS:
                    assert find_deadlines(text, broken) == find_deadlines(text, grammar)
                    assert _sector_in(text, broken) == _sector_in(text, grammar)
            found = find_deadlines("Cut it by 30% before 2030.", load_grammar.__wrapped__("en"))
            assert [d.year for d in found] == [2030]
    finally:
        cheap_needs.cache_clear()


def test_deadline_rules_whose_words_are_absent_do_not_scan() -> None:
    counters = [_Counting(rule.pattern) for rule in EN.deadlines]
    rules = tuple(
        dataclasses.replace(rule, pattern=counter)  # type: ignore[arg-type]
        for rule, counter in zip(EN.deadlines, counters, strict=True)
    )
    grammar = dataclasses.replace(EN, deadlines=rules)
    text = "Emissions fell sharply last winter as the smelter closed."
    assert find_deadlines(text, grammar) == find_deadlines(text, EN) == []
    assert sum(c.scans for c in counters) < len(counters) // 2
    # a clause with a deadline still finds it, and a text with a folded letter scans all
    assert [d.year for d in find_deadlines("Cut it by 30% before 2030.", grammar)] == [2030]
    before = sum(c.scans for c in counters)
    find_deadlines("\u212a fell sharply last winter.", grammar)
    assert sum(c.scans for c in counters) - before == len(counters)


def test_a_cue_whose_words_are_absent_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = re.compile(r"\b(?:aims?|targets?)\s+to\b", re.I)
    cue = _Counting(pattern)
    monkeypatch.setattr(fact_cues, "cheap_needs", lambda _: cheap_needs(pattern))
    assert has_cue(cue, "Output rose by 4% last year in the north.") is False  # type: ignore[arg-type]
    assert cue.scans == 0
    assert has_cue(cue, "The region AIMS TO cut output by 4%.") is True  # type: ignore[arg-type]
    assert has_cue(cue, "The region targets a cut; to be sure.") is False  # type: ignore[arg-type]
    assert cue.scans == 2


def test_sector_rules_whose_words_are_absent_are_not_searched() -> None:
    counters = [_Counting(rule.pattern) for rule in EN.sectors]
    rules = tuple(
        dataclasses.replace(rule, pattern=counter)  # type: ignore[arg-type]
        for rule, counter in zip(EN.sectors, counters, strict=True)
    )
    grammar = dataclasses.replace(EN, sectors=rules)
    assert _sector_in("Households will save 5% by 2030.", grammar) == ""
    assert sum(c.scans for c in counters) < len(counters) // 2
    named = "Steel mills will cut emissions by 5% by 2030."
    assert _sector_in(named, grammar) == _sector_in(named, EN) == "steel"
