"""The sector part of a metric key, beyond the sector named in the metric phrase.

- ``sector_beside``: the sector of a phrase once a tracked concept's own words are set
  aside ("renewable energy" is what a renewable share measures, not its sector);
- ``fronted_sector``: a sector put in front of a whole sentence ("In transport, ...");
- ``share_base``: what a share is a share of. Renewables' share of electricity, of
  heating and cooling and of transport fuels are three targets, and of energy
  consumption a fourth, however alike the wording; the base is read in the metric
  phrase, else in the figure's own part of the clause, where a short phrase ("the
  renewable share", "green electricity") leaves it ("... of the electricity mix").
  The bases are data (``[share_base]`` of ``ingest/data/metric_terms.toml``).

Pure functions over strings, used by ``ingest.metric_keys``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources
from typing import Any, TypeVar

from ingest.lang import load_grammar
from ingest.metrics import sector_of

T = TypeVar("T")

_FLAGS = re.IGNORECASE
# Sectors that say nothing of a capacity in kW: "光伏发电装机" reads as power and "solar
# power capacity" as renewable energy, yet both are the same generating capacity.
_CAPACITY_SECTORS = ("power", "renewable energy")


def key_sector(
    record: Any, concept: Any, metric: str, language: str, *, listed: str, capacity: bool
) -> str:
    """The sector part of a record's key: the metric's own (else ``listed``, a sector the
    key terms list for the metric), else one fronted in its clause, else a share's base;
    none for a generating ``capacity``, which is all the power sector's however named."""
    text = record.text or ""
    sector = sector_of(metric, grammar=load_grammar(language)) or listed
    if concept is not None and sector:
        sector = sector_beside(concept, metric, language, sector)
    if not sector:
        sector = fronted_sector(text, language)
        if concept is not None and sector and concept.name.startswith(sector):
            sector = ""
    if not sector and concept is not None and concept.name.endswith(" share"):
        sector = share_base(metric, text, getattr(record, "value_text", "") or "", language)
    if capacity and sector in _CAPACITY_SECTORS:
        sector = ""
    return sector


def sector_beside(concept: Any, metric: str, language: str, sector: str) -> str:
    """The sector of ``metric`` once the concept's own words are set aside.

    "renewable energy" is what a renewable share measures, not its sector; "renewable
    energy as a share of energy used in the transport sector" names transport beside it.
    """
    match = concept.patterns[language].search(metric) if language in concept.patterns else None
    if match is None:
        return "" if concept.name.startswith(sector) else sector
    rest = metric[: match.start()] + " " + metric[match.end() :]
    return sector_of(rest, grammar=load_grammar(language))


# A sector put in front of a whole sentence ("In transport, ...", "In the steel industry,
# ...", "交通领域，...") scopes every figure of it, though the metric phrase leaves it out.
_FRONTED_SECTOR = {
    "en": re.compile(
        r"^\W*(?:by\s+\d{4}\s*,\s*)?(?:in|for|within)\s+(?:the\s+)?([^,;:.]{2,40}?)\s*,",
        _FLAGS,
    ),
    "zh": re.compile(r"^\W*(?:到\d{4}年[，,]\s*)?([^，,；;。]{1,12}(?:行业|领域|部门))[，,]"),
}


def fronted_sector(text: str, language: str) -> str:
    """The sector of a sentence-initial adverbial ("In transport, ..."), or ""."""
    match = _FRONTED_SECTOR["zh" if language == "zh" else "en"].match(text or "")
    if match is None:
        return ""
    return sector_of(match.group(1), grammar=load_grammar("zh" if language == "zh" else "en"))


@functools.lru_cache(maxsize=1)
def _bases() -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    raw = resources.files("ingest").joinpath("data/metric_terms.toml").read_text("utf-8")
    table = tomllib.loads(raw).get("share_base", {})
    return {
        lang: tuple((name, re.compile(p, _FLAGS)) for name, p in table.get(lang, {}).items())
        for lang in ("en", "zh")
    }


# Where a figure's own part of a clause ends: a Chinese clause lists its aims between
# commas, an English one between semicolons.
_PART_END = {"en": re.compile(r"[;；]"), "zh": re.compile(r"[，,；;。]")}


def share_base(metric: str, text: str, figure: str, language: str) -> str:
    """The sector a share is taken of, "" for energy as a whole or when none is named.

    Example:
        >>> share_base("green electricity", "green electricity is to make up 60% of the "
        ...            "power mix by 2030", "60%", "en")
        'power'
        >>> share_base("renewables as a share of heating and cooling", "", "", "en")
        'heating and cooling'
        >>> clause = "非化石能源消费比重达到20%，非化石能源发电量比重达到39%"
        >>> share_base("非化石能源消费比重", clause, "20%", "zh")
        ''
    """
    lang = "zh" if language == "zh" else "en"
    bases = _bases()[lang]
    found = nearest(bases, metric, 0)
    if found is None:
        found = nearest(bases, *figure_part(text, figure, lang))
    return "" if found in (None, "energy") else found


def figure_part(text: str, figure: str, language: str) -> tuple[str, int]:
    """The part of ``text`` that holds ``figure`` and where in it the figure stands."""
    at = text.find(figure) if figure else -1
    if at < 0:
        return text, 0
    ends = _PART_END["zh" if language == "zh" else "en"]
    start = max((m.end() for m in ends.finditer(text, 0, at)), default=0)
    stop = ends.search(text, at)
    return text[start : stop.start() if stop else len(text)], at - start


def nearest(table: tuple[tuple[str, re.Pattern[str]], ...], text: str, anchor: int) -> str | None:
    """The name of the table's pattern found closest to ``anchor`` in ``text``, or None."""
    best: tuple[int, str] | None = None
    for name, pattern in table:
        for match in pattern.finditer(text):
            distance = min(abs(match.start() - anchor), abs(match.end() - anchor))
            if best is None or distance < best[0]:
                best = (distance, name)
    return None if best is None else best[1]


#: What ends the stretch of a clause that belongs to one figure of a list of aims.
_ASIDE_END = {
    "en": re.compile(r"[,;:()\u2013\u2014]|\s-\s"),
    "zh": re.compile(r"[，,；;。：:（）]"),
}
#: Words that join a figure to another aim or a purpose, not to what it measures: a
#: concept or base year behind them belongs to the neighbouring aim.
_JOIN = {
    "en": re.compile(r"\b(?:and|as|while|whereas|but|which|so\s+that|in\s+order\s+to)\b", _FLAGS),
    "zh": re.compile(r"[、]|并|同时|带动|推动|促进|以及|从而|进而"),
}
#: After the figure, "to" with a verb ("to cut carbon intensity") names a purpose.
_PURPOSE = re.compile(r"\bto\s+(?!(?:reach|be|the|a|an|about|around|over|under)\b)[a-z]+", _FLAGS)
#: How far (characters) from the figure the concept it measures may be named.
_BESIDE_REACH = 60
_HAN = re.compile(r"[\u3400-\u9fff]")


def _lang(text: str, language: str) -> str:
    return "zh" if language == "zh" or _HAN.search(text) else "en"


def _occurrence(text: str, figure: str, lang: str, metric: str) -> int:
    """Where in ``text`` the record's ``figure`` stands: of several occurrences of one
    value, the one whose stretch holds the metric phrase, else the first."""
    found = [m.start() for m in re.finditer(re.escape(figure), text)] if figure else []
    if len(found) > 1 and metric.strip():
        for at in found:
            start, end = _stretch(text, at, len(figure), lang)
            if metric.strip().lower() in text[start:end].lower():
                return at
    return found[0] if found else -1


def _stretch(text: str, at: int, size: int, lang: str) -> tuple[int, int]:
    ends = _ASIDE_END[lang]
    start = max((m.end() for m in ends.finditer(text, 0, at)), default=0)
    stop = ends.search(text, at + size)
    return start, stop.start() if stop else len(text)


def own_part(text: str, figure: str, language: str, metric: str = "") -> str:
    """The words of ``text`` that belong to ``figure`` alone: its stretch of the clause
    cut at the joining words around it ("and", "as", 、, 并), so a cut named beside a level
    ("fall by 16% on 2015 and solar reaching 1.5 GW") stays out of the level's part."""
    lang = _lang(text, language)
    at = _occurrence(text, figure, lang, metric)
    if at < 0:
        return text
    start, end = _stretch(text, at, len(figure), lang)
    joins = _JOIN[lang]
    start = max((m.end() for m in joins.finditer(text, start, at)), default=start)
    after = joins.search(text, at + len(figure), end)
    return text[start : after.start() if after else end]


def _glue(between: str, lang: str, after: bool) -> bool:
    """Whether the words between a figure and a concept only tie the two together."""
    if _JOIN[lang].search(between):
        return False
    return not (after and lang == "en" and _PURPOSE.search(between))


def beside_figure(
    concepts: Sequence[T], text: str, figure: str, language: str, metric: str = ""
) -> T | None:
    """The concept (of ``concepts``, each with ``patterns`` by language) named nearest the
    figure within its own stretch of the clause (up to the commas, semicolons, colons,
    dashes or brackets around it) and tied to it by figure words only: in "the plan pairs
    deeper intensity cuts with a 30% share of non-fossil energy" the 30% is the
    non-fossil share, while in "coal falls to 40% as carbon intensity drops" it is not
    carbon intensity. A concept inside a longer one's words ("solar capacity" in "wind
    and solar capacity") does not count on its own."""
    lang = _lang(text, language)
    at = _occurrence(text, figure, lang, metric)
    if at < 0:
        return None
    start, end = _stretch(text, at, len(figure), lang)
    best: tuple[int, T] | None = None
    for match, concept in concept_matches(concepts, text, lang, start, end):
        after = match.start() >= at + len(figure)
        between = text[at + len(figure) : match.start()] if after else text[match.end() : at]
        distance = len(between) if after or match.end() <= at else 0
        if distance <= _BESIDE_REACH and _glue(between, lang, after):
            if best is None or distance < best[0]:
                best = (distance, concept)
    return best[1] if best else None


def concept_matches(
    concepts: Sequence[T], text: str, lang: str, start: int = 0, end: int | None = None
) -> list[tuple[re.Match[str], T]]:
    """Every concept named in ``text[start:end]``, leaving out a match that lies inside a
    longer match of another concept."""
    end = len(text) if end is None else end
    found = [
        (m, c)
        for c in concepts
        for m in (c.patterns[lang].finditer(text, start, end) if lang in c.patterns else ())  # type: ignore[attr-defined]
    ]
    return [
        (m, c)
        for m, c in found
        if not any(
            o is not c
            and o_m.start() <= m.start()
            and m.end() <= o_m.end()
            and o_m.group() != m.group()
            for o_m, o in found
        )
    ]
