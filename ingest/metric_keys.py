"""Metric keys: a normalised identity of what a target or statistic measures.

Two records state the same target when they measure the same quantity, in the
same unit family, for the same sector and jurisdiction. ``metric_key`` builds
that identity from a record and its document's manifest fields:

- the *quantity*: a named concept of ``ingest/data/metric_terms.toml`` found in the
  metric phrase (or in the clause, when the phrase is vague: "the 2040 target"), else
  the metric's content words, lemmatised, through the synonym table; Chinese terms map
  to the same English words (see the example below);
- the *unit family* (percent, points, tonnes, money, ...) and whether the
  figure is a ceiling ("no more than 10%") or a floor or level;
- the *sector* named in the metric phrase (``ingest/lang/*.toml`` sectors);
- the *jurisdiction*: the manifest's ``jurisdiction``, else one read from the issuer
  or title (``[jurisdiction]`` patterns), else the issuer's first distinctive word.

Pure functions over strings and records; tables load once; ``kb.tracking`` links keys.

Example:
    >>> a = metric_words("share of renewable energy used in electrolytic aluminium", "en")
    >>> b = metric_words("电解铝使用可再生能源比例", "zh")
    >>> a == b
    True
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ingest.metric_ceilings import lowered_to
from ingest.metric_gives_way import figure_concept
from ingest.metric_owners import own_names, strip_owners
from ingest.metric_sectors import (
    beside_figure,
    concept_matches,
    figure_part,
    key_sector,
    nearest,
)
from ingest.script_fold import folded_record

_FLAGS = re.IGNORECASE
_WORD = re.compile(r"[a-z][a-z0-9-]*|[\u3400-\u9fff]+", re.IGNORECASE)
_CJK = re.compile(r"[\u3400-\u9fff]")
# A figure with its Chinese unit ("1500万千瓦"), list numbering ("（五）"), "just (over) 4%":
_FIGURES = re.compile(
    r"(?<![A-Za-z\d.])\d[\d.,]*\s*(?:万|亿)?(?:千瓦时|千瓦|吨标准煤|吨|辆|个|立方米|元)?"
    r"|(?i:\bjust\s+(?=(?:(?:over|under|above|below)\s+)?\d))"
    r"|[（(][一二三四五六七八九十]{1,3}[)）]"
)
# Unit words carry the unit family already; in a clause read for its words they are noise.
_UNIT_WORDS = re.compile(
    r"\b(?:[kMGT]Wh?|(?:kilo|mega|giga|tera)watts?(?:[- ]hours?)?|per\s*cent|percent|tonnes?|tons?"
    r"|[kM]?t)\b|%",
    re.IGNORECASE,
)
_CURRENCIES = frozenset({"USD", "EUR", "GBP", "yuan", "JPY", "CNY"})


@dataclass(frozen=True, slots=True)
class Concept:
    name: str
    patterns: dict[str, re.Pattern[str]]
    ambition: str  # "higher" or "lower": which way a bare level is more ambitious
    gives_way: dict[str, re.Pattern[str]] = field(default_factory=dict)
    families: tuple[str, ...] = ()  # unit families it is measured in (gives_way: see metric_terms)


@dataclass(frozen=True, slots=True)
class Terms:
    """The compiled ``metric_terms.toml``."""

    concepts: tuple[Concept, ...]
    vague: dict[str, re.Pattern[str]]
    accounting: tuple[tuple[str, re.Pattern[str]], ...]
    scope: tuple[tuple[str, re.Pattern[str]], ...]
    stop: dict[str, frozenset[str]]
    synonyms: dict[str, str]
    zh_terms: tuple[tuple[str, str], ...]  # longest first
    jurisdictions: tuple[tuple[str, re.Pattern[str]], ...]
    generic_issuer_words: frozenset[str]
    # Sector words one language's sector table lacks and the other's has ("waste sent to
    # landfill" is the waste sector's in English; 生活垃圾 had no sector in Chinese).
    more_sectors: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]


@dataclass(frozen=True, slots=True)
class MetricKey:
    """What a record measures, normalised.

    ``key`` is the comparable string ``quantity|unit family|polarity|sector|jurisdiction``;
    ``words`` the metric's normalised content words (for a similarity when the
    concepts differ or are missing); ``accounting`` the counting convention
    ("net", "gross", or ""), which may change while the target stays the same.
    """

    quantity: str
    concept: str
    words: tuple[str, ...]
    unit_family: str
    polarity: str  # "cap" for a ceiling (<, <=), "level" otherwise
    sector: str
    jurisdiction: str
    accounting: str
    scope: str
    ambition: str

    @property
    def key(self) -> str:
        return "|".join(
            (self.quantity, self.unit_family, self.polarity, self.sector, self.jurisdiction)
        )


@functools.lru_cache(maxsize=1)
def load_terms() -> Terms:
    """Load and compile ``ingest/data/metric_terms.toml`` (cached)."""
    raw = resources.files("ingest").joinpath("data/metric_terms.toml").read_text("utf-8")
    data: dict[str, Any] = tomllib.loads(raw)
    concepts = tuple(
        Concept(
            c["name"],
            {lang: re.compile(c[lang], _FLAGS) for lang in ("en", "zh") if c.get(lang)},
            c.get("ambition", "higher"),
            {lang: re.compile(p, _FLAGS) for lang, p in c.get("gives_way", {}).items()},
            tuple(c.get("families", ())),
        )
        for c in data["concept"]
    )
    zh_terms = sorted(data["zh"]["terms"].items(), key=lambda kv: -len(kv[0]))
    return Terms(
        concepts=concepts,
        vague={k: re.compile(v, _FLAGS) for k, v in data["vague"].items()},
        accounting=tuple((k, re.compile(v, _FLAGS)) for k, v in data["accounting"].items()),
        scope=tuple((k, re.compile(v, _FLAGS)) for k, v in data["scope"].items()),
        stop={lang: frozenset(data[lang]["stop"]) for lang in ("en", "zh")},
        synonyms={k.lower(): v for k, v in data["en"]["synonyms"].items()},
        zh_terms=tuple(zh_terms),
        jurisdictions=tuple((k, re.compile(v)) for k, v in data["jurisdiction"].items()),
        generic_issuer_words=frozenset(data["jurisdiction_generic"]["words"]),
        more_sectors={
            lang: tuple(
                (k, re.compile(v, _FLAGS)) for k, v in data[lang].get("sectors", {}).items()
            )
            for lang in ("en", "zh")
        },
    )


def _lemma(word: str) -> str:
    """A light English lemma: plural and verb endings off ("emissions" -> "emission")."""
    word = word.lower()
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def metric_words(
    phrase: str, language: str = "en", owners: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """The content words of a metric phrase: lemmatised, synonyms mapped, sorted.

    Chinese runs are read with the term table (longest term first); characters
    it does not know are kept one by one, so unknown wording still compares.
    Numbers and years carry no identity and are dropped, and so do the names of
    whose quantity it is (``owners``, see ``ingest.metric_owners``).

    Example:
        >>> metric_words("proportion of renewable energy in electrolytic aluminum")
        ('aluminium', 'electrolytic', 'energy', 'renewable', 'share')
    """
    terms = load_terms()
    out: set[str] = set()
    for token in _WORD.findall(_FIGURES.sub(" ", strip_owners(phrase, owners))):
        if _CJK.match(token):
            for word in _read_chinese(token, terms):
                out.update(_english_words(word, terms))
        else:
            out.update(_english_words(token, terms))
    return tuple(sorted(out))


def _english_words(text: str, terms: Terms) -> list[str]:
    words = []
    for token in text.lower().split():
        if token in terms.stop["en"] or token.isdigit():
            continue
        mapped = terms.synonyms.get(token) or terms.synonyms.get(_lemma(token)) or _lemma(token)
        for word in mapped.split():
            if word not in terms.stop["en"]:
                words.append(_lemma(word))
    return words


def _read_chinese(run: str, terms: Terms) -> list[str]:
    out, i = [], 0
    while i < len(run):
        for term, english in terms.zh_terms:
            if run.startswith(term, i):
                out.append(english)
                i += len(term)
                break
        else:
            char = run[i]
            stop = next((s for s in terms.stop["zh"] if run.startswith(s, i)), None)
            if stop:
                i += len(stop)
                continue
            out.append(char)
            i += 1
    return [w for w in out if w]


def find_concept(text: str, language: str = "en", skip: tuple[str, ...] = ()) -> Concept | None:
    """The first tracked concept named in ``text`` and not in ``skip``, or None."""
    lang = "zh" if language == "zh" or _CJK.search(text) else "en"
    for concept in load_terms().concepts:
        pattern = concept.patterns.get(lang)
        if concept.name not in skip and pattern is not None and pattern.search(text):
            return concept
    return None


def _first_match(table: tuple[tuple[str, re.Pattern[str]], ...], *texts: str) -> str:
    for text in texts:
        for name, pattern in table:
            if text and pattern.search(text):
                return name
    return ""


def unit_family(unit: str) -> str:
    """The family a unit belongs to: percent, points, money, count, or the canonical unit."""
    if unit == "%":
        return "percent"
    if unit == "pp":
        return "points"
    if unit in _CURRENCIES or (len(unit) == 3 and unit.isupper()):
        return "money"
    return unit or "count"


_CJK_PLACE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:省|自治区|特别行政区|市)")


def jurisdiction_of(*, jurisdiction: str = "", issuer: str = "", title: str = "") -> str:
    """A document's jurisdiction: the manifest's, else read from issuer or title.

    Example:
        >>> jurisdiction_of(issuer="The White House (Biden administration)")
        'US'
        >>> jurisdiction_of(issuer="Harbourton City Council")
        'Harbourton'
        >>> jurisdiction_of(issuer="广东省人民政府")
        '广东'
    """
    if jurisdiction.strip():
        return jurisdiction.strip()
    terms = load_terms()
    found = _first_match(terms.jurisdictions, issuer, title)
    if found:
        return found
    province = _CJK_PLACE.match(issuer.strip())
    if province:  # 广东省人民政府: a province's or city's own targets
        return province.group(1)
    for word in re.findall(r"[A-Za-z][\w'-]*", issuer):
        if word.lower() not in terms.generic_issuer_words:
            return word
    return ""


def _only_concept(text: str, language: str) -> Concept | None:
    """The concept ``text`` names when it names exactly one (a sentence of several aims
    does not say which is the figure's)."""
    lang = "zh" if language == "zh" or _CJK.search(text) else "en"
    found = {c.name: c for _, c in concept_matches(load_terms().concepts, text, lang)}
    return next(iter(found.values())) if len(found) == 1 else None


def _clause_concept(record: Any, language: str) -> Concept | None:
    """The concept of a record whose metric phrase names none, read from its clause: the
    one the clause names, else the one beside the figure when it names several."""
    text = record.text or ""
    figure = getattr(record, "value_text", "") or ""
    return _only_concept(text, language) or beside_figure(
        load_terms().concepts, text, figure, language, record.metric or ""
    )


def _accounting(terms: Terms, record: Any, text: str) -> str:
    """The counting convention named in the metric, else the one nearest the figure."""
    figure = getattr(record, "value_text", "") or ""
    anchor = max(0, text.find(figure)) if figure else 0
    found = _first_match(terms.accounting, record.metric or "")
    return found or nearest(terms.accounting, text, anchor) or ""


def metric_key(
    record: Any,
    *,
    language: str = "en",
    jurisdiction: str = "",
    issuer: str = "",
    title: str = "",
) -> MetricKey:
    """The metric key of a target or statistic record (``ingest.records``).

    Args:
        record: a ``Target`` or ``Statistic`` (anything with ``metric``, ``unit``,
            ``comparator`` and ``text``).
        language: the document's language code.
        jurisdiction, issuer, title: the document's manifest fields.

    Example:
        >>> from ingest.records import Target
        >>> t = Target("net greenhouse gas emissions", 55.0, "%", "55%", ">=", "decrease",
        ...            2030, 1990, "by 2030", "", "d", "c", "cut net greenhouse gas "
        ...            "emissions by at least 55% by 2030", 0, 60)
        >>> metric_key(t, issuer="European Commission").key
        'greenhouse gas emissions|percent|level||EU'
    """
    terms = load_terms()
    lang = "zh" if language == "zh" else "en"
    record = folded_record(record) if lang == "zh" else record  # a traditional quote's words
    metric = record.metric or ""
    text = record.text or ""
    family = unit_family(record.unit or "")
    concept = figure_concept(find_concept, metric, record, lang, family, terms.concepts)
    vague = terms.vague[lang].search(metric.strip()) is not None
    if concept is None and (vague or not metric.strip()):
        # A clause of several aims: the one beside the figure, else the first named.
        concept = _clause_concept(record, lang) or find_concept(text, lang)
    owners = own_names(jurisdiction=jurisdiction, issuer=issuer, title=title)
    words = metric_words(metric, lang, owners)
    if len(words) < 2 and concept is None and text:
        # "stood" (from "offshore wind capacity stood at 18 GW"): the phrase says nothing
        # of what is measured, so the clause stands in for it, and so does the one concept
        # it names ("by over" in "lower its carbon intensity by over 65%").
        metric = _UNIT_WORDS.sub(" ", text)
        words = metric_words(metric, lang, owners) or words
        concept = _clause_concept(record, lang)
    if concept is not None:
        quantity = concept.name
    else:
        quantity = " ".join(words) or metric.strip().lower()
    listed = _first_match(terms.more_sectors[lang], metric)
    sector = key_sector(record, concept, metric, lang, listed=listed, capacity=family == "kW")
    share = concept is not None and concept.name.endswith(" share")
    part = figure_part(text, getattr(record, "value_text", "") or "", lang)
    scope = _first_match(terms.scope, metric) or (share and nearest(terms.scope, *part)) or ""
    if scope:
        quantity = f"{scope} {quantity}"
    polarity = "cap" if getattr(record, "comparator", None) in ("<", "<=") else "level"
    if polarity == "level" and lowered_to(record):
        polarity = "cap"
    return MetricKey(
        quantity=quantity,
        concept=concept.name if concept else "",
        words=words,
        unit_family=unit_family(record.unit or ""),
        polarity=polarity,
        sector=sector,
        jurisdiction=jurisdiction_of(jurisdiction=jurisdiction, issuer=issuer, title=title),
        # A share names its base ("of final energy consumption"), not a convention of it.
        accounting="" if share or "share" in words else _accounting(terms, record, text),
        scope=scope,
        ambition=concept.ambition if concept else "higher",
    )
