"""Aims without a figure as tracking statements: an emissions peak, net zero or carbon
neutrality, a coal phase-out (the table is ``kb/data/aims.toml``).

Such an aim is kept by the extraction as a qualitative target, or sits in the clause of a
quantitative one ("at least 55% by 2030, then net zero by 2050"). Every aim named in the
clause of a stored target becomes a statement of its own when

- a year is tied to it: in English the first year after it within a few words ("carbon
  neutrality by 2060", "reach a peak before 2030"), else the nearest before it in the
  same sentence ("By 2070 India will reach net zero"); in Chinese the year before it in the
  same phrase ("2060年前实现碳中和");
- its holder is the document's: a sentence that names another jurisdiction and not the
  document's own is about someone else, and so is one that names a company (or, in a
  national text, a city);
  an international body (ICAO, IMO) holds an aim only when it stands before the aim in
  the aim's clause;
- an estimate that frames the aim's own clause ("the central estimate is for national
  emissions to top out around 2027", 预计 right before it) makes it a forecast, no aim;
- a part of the jurisdiction or a sector of its own (the public sector, schools, a
  district, aviation, shipping) that is the aim's subject or complement in its clause,
  with no national word between, holds the aim: its own series (the key's scope), apart
  from the jurisdiction's economy-wide aim.

Its metric key is the aim's name with the unit family ``aim``, so the same aim links
across wordings and languages; a changed year is ``extended`` (later) or ``brought
forward`` (earlier), a kept year ``restated``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Iterator
from importlib import resources

from ingest.metric_keys import MetricKey, load_terms
from ingest.records import Target

_FLAGS = re.IGNORECASE
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
#: How far a year may stand from the aim's words (characters): after it in English, before
#: it in English, before it in Chinese.
AFTER_EN, BEFORE_EN, BEFORE_ZH = 30, 60, 25
_EN_STOP = re.compile(r"[.;:!?]\s|[.;:!?]$|—|--")
_ZH_STOP = re.compile(r"[，。；：！？、,;]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_FRONTED = re.compile(r"(?:^|[.;:,\"“(]\s*)(?:by|before|until|in)\s+$", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class AimTable:
    aims: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]
    holders: dict[str, re.Pattern[str]]
    own_words: re.Pattern[str]
    figure_lead: re.Pattern[str]
    figure_owner: re.Pattern[str]
    subordinate_lead: re.Pattern[str]
    preposition_lead: re.Pattern[str]
    clause_verb: re.Pattern[str]
    elided_subject: re.Pattern[str]
    demonym_head: str
    parts: tuple[tuple[str, re.Pattern[str]], ...]
    estimate: re.Pattern[str]
    clause_break: re.Pattern[str]
    national: re.Pattern[str]
    part_complement: re.Pattern[str]
    company: re.Pattern[str]
    city: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def load_aims() -> AimTable:
    """``kb/data/aims.toml``, compiled (cached)."""
    data = tomllib.loads(resources.files("kb").joinpath("data/aims.toml").read_text("utf-8"))
    aims = tuple(
        (a["name"], re.compile(a["en"], _FLAGS), re.compile(a["zh"], _FLAGS)) for a in data["aim"]
    )
    holders = {code: re.compile(p, _FLAGS) for code, p in data["holders"].items()}
    below = data["below"]
    return AimTable(
        aims=aims,
        holders=holders,
        own_words=re.compile(data["figures"]["own_words"], _FLAGS),
        figure_lead=re.compile(data["figures"]["lead"], _FLAGS),
        figure_owner=re.compile(data["figures"]["owner"], _FLAGS),
        subordinate_lead=re.compile(data["figures"]["subordinate_lead"], _FLAGS),
        preposition_lead=re.compile(data["figures"]["preposition_lead"], _FLAGS),
        clause_verb=re.compile(data["figures"]["clause_verb"], _FLAGS),
        elided_subject=re.compile(data["figures"]["elided_subject"], _FLAGS),
        demonym_head=data["figures"]["demonym_head"],
        parts=tuple((name, re.compile(p, _FLAGS)) for name, p in data.get("parts", {}).items()),
        estimate=re.compile(data["estimate"], _FLAGS),
        clause_break=re.compile(data["clause_break"], _FLAGS),
        national=re.compile(data["national"], _FLAGS),
        part_complement=re.compile(data["part_complement"], _FLAGS),
        # Company names are capitalised ("Acme Ltd"); the words are matched as written.
        company=re.compile(below["company"]),
        city=re.compile(below["city"], _FLAGS),
    )


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``start:end``."""
    left = max(text.rfind(p, 0, start) for p in (". ", "。", "！", "？", "; ", "；"))
    ends = [i for p in (". ", "。", "！", "？", "; ", "；") if (i := text.find(p, end)) >= 0]
    return left + 1, min(ends) if ends else len(text)


def year_of(text: str, start: int, end: int) -> int | None:
    """The year tied to the aim's words at ``start:end`` of ``text``, or None."""
    zh = bool(_CJK.search(text[start:end]))
    stop = _ZH_STOP if zh else _EN_STOP
    if not zh:
        for m in _YEAR.finditer(text, end, min(len(text), end + AFTER_EN + 4)):
            if not stop.search(text[end : m.start()]):
                return int(m.group())
            break
    reach = BEFORE_ZH if zh else BEFORE_EN
    before = list(_YEAR.finditer(text, max(0, start - reach - 4), start))
    if not before or stop.search(text[before[-1].end() : start]):
        return None
    year = before[-1]
    # In English a year before the aim dates it only as the sentence's fronted deadline
    # ("By 2070, India will reach net zero"), not as another aim's ("a 90% cut by 2040
    # keeps the EU on track for climate neutrality").
    if not zh and not _FRONTED.search(text[: year.start()]):
        return None
    return int(year.group())


def held_by_other(sentence: str, own: str, aim_at: int | None = None) -> bool:
    """True when ``sentence`` names a holder of the aim other than ``own``; ``aim_at`` is
    where the aim starts in it (an international body holds only an aim after it in its
    clause)."""
    table = load_aims()
    if table.company.search(sentence):
        return True
    named = {code for code, p in table.holders.items() if code != "INTL" and p.search(sentence)}
    for code, p in load_terms().jurisdictions:
        if len(code) > 1 and p.search(sentence):
            named.add(code)  # the document's own, named by the general terms, counts too
    lead = sentence if aim_at is None else sentence[clause_start(sentence, aim_at) : aim_at]
    if table.holders.get("INTL") and table.holders["INTL"].search(lead):
        named.add("INTL")
    if named and own not in named:
        return True
    return own in table.holders and bool(table.city.search(sentence))


def clause_start(text: str, position: int, lo: int = 0) -> int:
    """Where the clause that holds ``position`` starts (not before ``lo``)."""
    breaks = list(load_aims().clause_break.finditer(text, lo, position))
    return breaks[-1].end() if breaks else lo


def _clause_end(text: str, position: int, hi: int) -> int:
    m = load_aims().clause_break.search(text, position, hi)
    return m.start() if m else hi


def is_estimate(text: str, start: int, lo: int = 0) -> bool:
    """Whether an estimate frames the aim at ``start`` ("we estimate that", "is forecast
    to", 预计 right before it): only a clause break may part them, and none does."""
    head = text[clause_start(text, start, lo) : start]
    return bool(load_aims().estimate.search(head))


def aims_in(text: str, own: str) -> Iterator[tuple[str, str, int]]:
    """``(aim name, words as written, year)`` of each aim ``text`` ties to a year and to
    the holder ``own``; one per aim and year."""
    for name, words, year, _ in _aims(text, own):
        yield name, words, year


def _aims(text: str, own: str) -> Iterator[tuple[str, str, int, str]]:
    """``aims_in`` with the part of the jurisdiction that holds each aim ("" for the whole)."""
    seen: set[tuple[str, int, str]] = set()
    for name, en, zh in load_aims().aims:
        for pattern in (en, zh):
            for m in pattern.finditer(text):
                year = year_of(text, m.start(), m.end())
                if year is None:
                    continue
                lo, hi = _sentence(text, m.start(), m.end())
                part = part_of(text, m.start(), m.end(), (lo, hi))
                sentence = text[lo:hi]
                if (name, year, part) in seen or held_by_other(sentence, own, m.start() - lo):
                    continue
                if is_estimate(text, m.start(), lo):
                    continue  # "the central estimate is for emissions to top out in 2027"
                seen.add((name, year, part))
                yield name, m.group().strip(), year, part


def part_of(text: str, start: int, end: int, span: tuple[int, int] | None = None) -> str:
    """The part of a jurisdiction, or the sector of its own, that holds the aim at
    ``start:end`` of ``text`` ("the public sector", "schools", "international aviation"):
    its subject before it in its clause, or its complement after it ("net zero for the
    public sector"), with no national word between; the nearest wins. "" for the whole.
    ``span`` bounds the aim's sentence (the whole text when None)."""
    table = load_aims()
    lo, hi = span or (0, len(text))
    head = clause_start(text, start, lo)
    tail = _clause_end(text, end, hi)
    found: list[tuple[int, str]] = []
    for name, pattern in table.parts:
        for p in pattern.finditer(text, head, tail):
            if p.end() <= start and not table.national.search(text, p.end(), start):
                found.append((start - p.end(), name))
            elif p.start() >= end and table.part_complement.search(text[end : p.start()]):
                found.append((p.start() - end, name))
    return min(found)[1] if found else ""


def aim_key(name: str, jurisdiction: str, part: str = "") -> MetricKey:
    """The metric key every statement of the aim ``name`` shares (its holder's part, if any,
    is the key's scope: the public sector's net zero is not the nation's)."""
    return MetricKey(
        quantity=name, concept=name, words=(name,), unit_family="aim", polarity="level",
        sector="", jurisdiction=jurisdiction, accounting="", scope=part, ambition="earlier",
    )  # fmt: skip


def aim_records(record: Target, own: str) -> Iterator[tuple[Target, MetricKey]]:
    """The aims in a stored target's clause, each as a figure-less target with its key."""
    for name, words, year, part in _aims(record.text or "", own):
        aim = dataclasses.replace(
            record, metric=words, value=None, value_high=None, unit="", value_text="",
            comparator=None, direction=None, year=year, base_year=None,
        )  # fmt: skip
        yield aim, aim_key(name, own, part)


def aim_relation(a: int | None, b: int | None) -> tuple[str, str]:
    """How an aim without a figure moved between two statements: only its year can change."""
    if a and b and b > a:
        return "extended", f"target year {a} -> {b}"
    if a and b and b < a:
        return "brought forward", f"target year {a} -> {b}"
    return "restated", "same aim and year"
