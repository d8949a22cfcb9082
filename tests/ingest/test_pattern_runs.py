"""How patterns are run, not what they match: the citation furniture's alternatives run one
at a time (ingest/lang/alternation.py) give the spans of the whole alternation, and the
deadline and sector rules a text may match are chosen with each word looked for once
(``WordIndex``, ingest/lang/needs.py). Sentences are our own."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from ingest import deadlines, metrics
from ingest.deadlines import find_deadlines
from ingest.figures import _furniture, furniture_spans
from ingest.lang import load_grammar
from ingest.lang import needs as needs_module
from ingest.lang.alternation import Alternation, any_of, distributed, top_level_alternatives
from ingest.lang.needs import WordIndex, lowered, may_match
from ingest.metrics import _sector_in

EN = load_grammar("en")
ZH = load_grammar("zh")

PIECES = [
    "Regulation (EU) 2018/841",
    "Article 4(3) and 5",
    "COM(2023) 796 final",
    "OJ L 156",
    "on 14 March 2024",
    "March 14, 2024",
    "9.7.2021",
    "2021-07-20",
    "Q3 2025",
    "p. 17",
    "see pages 40-42",
    "call 020 7946 0958",
    "+44 20 7946 0958",
    "ISO 14001",
    "COP26",
    "Fit for 55",
    "the \u201c30 by 30\u201d initiative",
    "Executive Order 14008",
    "(3)",
    "[12]",
    "note 4",
    "2014-15",
    "FY 2022-23",
    "by 2030",
    "cut emissions by 40%",
    "55% below 1990 levels",
    "2 GW of solar",
    "section 45X",
    "Bill 2024-115",
    "passed 52-48 in the Senate",
    "y \u2264 -3%",
    "17.4 The city",
    "\n3 \u2018Coal\u2019, 2022",
    "reach net zero by 2050",
    "the steel sector",
    "ABN 12 345 678 901",
    "SDG 7",
    "1) Protect",
    "\u5230 2030\u5e74",
    "\u56fd\u53d1\u301420 21\u301523\u53f7",
    "\u7b2c775\u53f7",
    "\u7b4914\u7c7b\u95ee\u9898",
    "\uff081\uff09",
    "\u2015 \u2016 \u212a 2030",
]
SENTENCES = [
    "The council will cut emissions by 40% by 2030 under Article 4(3) of Regulation (EU) "
    "2018/841, adopted on 14 March 2024 (see pages 40-42).",
    "For details call 020 7946 0958 or see COM(2023) 796 final, p. 17 and ISO 14001.",
    "The \u201c30 by 30\u201d initiative, launched at COP26 in Q3 2021, passed 52-48 in the "
    "Senate.",
    "17.4 The city will reach net zero by 2050 [12] and halve its fleet's use of diesel.",
    "\u5230 2030\u5e74\uff0c\u5355\u4f4d GDP \u80fd\u8017\u4e0b\u964d 13.5%\uff08\u56fd\u53d1"
    "\u30142021\u301523\u53f7\uff09\u3002",
    "THE KELVIN SIGN \u212a STANDS BEFORE ARTICLE 4 AND 9.7.2021.",
]


def _whole(text: str, grammar) -> tuple[tuple[int, int], ...]:  # type: ignore[no-untyped-def]
    return tuple(m.span() for m in grammar.figures.furniture.finditer(text) if m.end() > m.start())


def _texts(seed: int, count: int) -> list[str]:
    """Sentences of our pieces in random orders and cases, joined by spaces or newlines."""
    chance = random.Random(seed)
    texts = []
    for _ in range(count):
        words = chance.sample(PIECES, chance.randint(2, 9))
        text = chance.choice([" ", ", ", "\n", "; "]).join(words)
        texts.append(chance.choice([str, str.upper, str.title, str.lower])(text))
    return texts


@pytest.mark.parametrize("grammar", [EN, ZH], ids=["en", "zh"])
def test_the_alternatives_one_at_a_time_give_the_whole_patterns_spans(grammar) -> None:  # type: ignore[no-untyped-def]
    run = grammar.figures.furniture_run
    assert run is not None and run.whole is grammar.figures.furniture and run._branches
    found = 0
    for text in [*SENTENCES, *_texts(7, 400)]:
        spans = run.spans(text)
        assert spans == _whole(text, grammar), text
        found += len(spans)
    assert found > 200  # the texts hold furniture: the test is not empty


def test_the_figure_reader_asks_the_alternatives_and_gets_the_same_spans() -> None:
    text = SENTENCES[0]
    _furniture.cache_clear()
    assert furniture_spans(text, EN) == list(_whole(text, EN))
    # a grammar whose furniture pattern was replaced runs that pattern, not the old list
    other = re.compile(r"\bpages\s+\d+", re.I)
    replaced = dataclasses.replace(EN, figures=dataclasses.replace(EN.figures, furniture=other))
    assert furniture_spans(text, replaced) == [m.span() for m in other.finditer(text)]


class _Counting:
    """A compiled pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.inner, self.scans = pattern, 0

    def search(self, text: str, *args):  # type: ignore[no-untyped-def]
        self.scans += 1
        return self.inner.search(text, *args)


def _counted(run: Alternation) -> list[_Counting]:
    counters = [_Counting(b) for b in run._branches]
    run._branches = tuple(counters)  # type: ignore[assignment]
    return counters


def test_alternatives_whose_words_are_absent_are_not_searched() -> None:
    sources = load_grammar.__wrapped__("en").figures.furniture_run
    assert sources is not None
    run = Alternation([b.pattern for b in sources._branches], re.IGNORECASE)
    counters = _counted(run)
    plain = "Households will cut their use of gas by 40% by 2030."
    assert run.spans(plain) == _whole(plain, EN)
    assert sum(c.scans for c in counters) < len(counters) // 2
    # a text holding a letter that ignoring case joins to an ASCII one searches them all
    before = sum(c.scans for c in counters)
    assert run.spans("\u212a households use 40% less gas.") == ()
    assert sum(c.scans for c in counters) - before >= len(counters)


def test_an_alternation_that_could_differ_alone_is_run_whole() -> None:
    # a capturing group (a backreference could read it) or an empty match: run whole
    for sources in ([r"(a)\1", "b+"], ["a*", r"\d+"], []):
        run = Alternation(sources, re.IGNORECASE)
        assert run._branches == ()
        for text in ("aa bb 12", "xyz", ""):
            assert run.spans(text) == tuple(
                m.span() for m in run.whole.finditer(text) if m.end() > m.start()
            )


def test_an_alternative_that_compiles_only_in_the_whole_is_run_whole() -> None:
    # "\\1" reads the group of the alternative before it: alone it is no pattern
    run = Alternation([r"(x)y", r"\1z", r"\d+"], 0)
    assert run._branches == ()
    assert run.spans("xy xz 42") == _whole_of(run, "xy xz 42") == ((0, 2), (6, 8))
    plain = Alternation([r"xy", r"\d+"], 0)  # each alternative compiles alone: split
    assert len(plain._branches) == 2
    assert plain.spans("xy xz 42") == ((0, 2), (6, 8))


def test_the_first_alternative_wins_where_two_match_at_one_place() -> None:
    run = Alternation([r"\d{4}", r"\d{4}-\d{2}", r"20\d{2}-\d{2}-\d{2}", "rd"], 0)
    text = "the 2021-07-20 record, word 1999-12 third"
    expected = ((4, 8), (19, 21), (25, 27), (28, 32), (39, 41))  # "2021", "rd" x 3, "1999"
    assert run.spans(text) == _whole_of(run, text) == expected


def _whole_of(run: Alternation, text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in run.whole.finditer(text) if m.end() > m.start())


VARIANTS = [*SENTENCES, *_texts(11, 60)]


@pytest.mark.parametrize("grammar", [EN, ZH], ids=["en", "zh"])
def test_the_rules_a_text_may_match_are_those_may_match_allows(grammar) -> None:  # type: ignore[no-untyped-def]
    for rules in (grammar.deadlines, grammar.sectors):
        index = WordIndex([rule.needs for rule in rules])
        for text in VARIANTS:
            allowed = [i for i, r in enumerate(rules) if may_match(r.needs, lowered(text))]
            assert list(index.runnable(text)) == allowed, text


def test_deadline_and_sector_rules_are_chosen_without_a_test_per_rule(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    real = needs_module.may_match

    def counting(needs, lower):  # type: ignore[no-untyped-def]
        calls.append(lower)
        return real(needs, lower)

    for module in (needs_module, deadlines, metrics):
        monkeypatch.setattr(module, "may_match", counting, raising=False)
    text = "The port will cut emissions from its steel mills by 30% before 2035."
    fresh = load_grammar.__wrapped__("en")  # nothing cached for it
    assert [d.year for d in find_deadlines(text, fresh)] == [2035]
    assert _sector_in(text, fresh) == _sector_in(text, EN) == "steel"
    assert calls == []


# ---------------------------------------------------------------- a cue asked whether it occurs
CUE_SENTENCES = [
    "Emissions fell by 4% last year and there were 300 chargers in the county.",
    "The port has already reached its 2025 goal; the fleet will be electric by 2030.",
    "So far this year the utility has cut coal use, according to figures it published.",
    "A reduction of 30% against 2019 levels shall be achieved by 2030.",
    "The plan is to cut emissions; it is expected to create 400 jobs.",
    "It was a cold winter, as the chart on page 17 shows.",
    "截至去年底，全省累计建成充电桩12万个，同比增长30%。",
    "到2028年，全市每万元产值用水量较2019年降低27%左右。",
]


def _cue_patterns(grammar) -> list[re.Pattern[str]]:  # type: ignore[no-untyped-def]
    fields = [getattr(o, f.name) for o in (grammar, grammar.figures) for f in dataclasses.fields(o)]
    return [p for p in fields if isinstance(p, re.Pattern) and any_of(p) is not None]


def test_a_cue_in_han_characters_is_searched_whole() -> None:
    # cut, a Chinese cue costs more than whole (its words found by substring in an
    # unspaced text); the same number of alternatives in Latin letters is still cut
    assert _cue_patterns(ZH) == []
    han = "|".join(f"目标{chr(0x4E00 + i)}" for i in range(12))
    assert any_of.__wrapped__(re.compile(han)) is None
    latin = "|".join(f"goal{chr(0x61 + i)}" for i in range(12))
    assert any_of.__wrapped__(re.compile(latin)) is not None


@pytest.mark.parametrize("grammar", [EN], ids=["en"])
def test_a_cue_asked_one_alternative_at_a_time_gives_the_whole_patterns_answer(grammar) -> None:  # type: ignore[no-untyped-def]
    patterns = _cue_patterns(grammar)
    assert len(patterns) > 20
    texts = [*CUE_SENTENCES, *(s.upper() for s in CUE_SENTENCES), *SENTENCES, *_texts(5, 150)]
    found = 0
    for pattern in patterns:
        for text in texts:
            whole = pattern.search(text) is not None
            assert any_of(pattern).search(text) is whole, (pattern.pattern[:60], text)  # type: ignore[union-attr]
            found += whole
    assert found > 100  # the cues occur in the texts: the test is not empty


def test_the_alternatives_read_from_a_patterns_source() -> None:
    source = r"a|[|]|b\|c|(?:x|y)|[]|]|[^]|]z|[\]|]"
    assert top_level_alternatives(source) == [
        "a",
        "[|]",
        r"b\|c",
        "(?:x|y)",
        "[]|]",
        "[^]|]z",
        r"[\]|]",
    ]
    assert distributed(r"(?<!\bno\s)\b(?:a|b(?:c|d))\s+(?:e|f)") == [
        r"(?<!\bno\s)\b(?:a)\s+(?:e|f)",
        r"(?<!\bno\s)\b(?:b(?:c|d))\s+(?:e|f)",
    ]
    # a repeated group is not cut: "(?:a|b)+c" finds "abc", which neither "a+c" nor "b+c" does
    assert distributed(r"\b(?:a|b)+c") == [r"\b(?:a|b)+c"]
    many = "|".join(f"w{i}" for i in range(12))
    assert any_of(re.compile(many)) is not None
    # searched whole: a capturing group, flags at the start, verbose mode, few alternatives
    for pattern in (
        re.compile(f"(q)|{many}"),
        re.compile(f"(?i){many}"),
        re.compile(many, re.VERBOSE),
        re.compile("a|b|c"),
    ):
        assert any_of.__wrapped__(pattern) is None


def test_a_long_cue_is_searched_only_in_the_alternatives_whose_words_are_present() -> None:
    run = any_of.__wrapped__(EN.historical)
    assert run is not None
    counters = [_Counting(a) for a in run._alternatives]
    run._alternatives = tuple(counters)  # type: ignore[assignment]
    plain = "The council will plant trees on the wasteland along the river."  # "was" in a word
    assert run.search(plain) is (EN.historical.search(plain) is not None) is False
    assert 0 < sum(c.scans for c in counters) < len(counters) // 4
    assert run.search("Emissions fell by 4% last year.") is True
