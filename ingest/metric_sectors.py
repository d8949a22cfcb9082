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
#: How far (characters) from the figure the concept it measures may be named.
_BESIDE_REACH = 60
_HAN = re.compile(r"[\u3400-\u9fff]")


def beside_figure(concepts: Sequence[T], text: str, figure: str, language: str) -> T | None:
    """The concept (of ``concepts``, each with ``patterns`` by language) named nearest the
    figure within its own stretch of the clause (up to the commas, semicolons, colons,
    dashes or brackets around it): "reducing carbon intensity by 65%, controlling coal
    power, achieving a 25% share of non-fossil energy consumption" gives 25% the
    non-fossil share."""
    at = text.find(figure) if figure else -1
    if at < 0:
        return None
    lang = "zh" if language == "zh" or _HAN.search(text) else "en"
    ends = _ASIDE_END[lang]
    start = max((m.end() for m in ends.finditer(text, 0, at)), default=0)
    stop = ends.search(text, at + len(figure))
    end = stop.start() if stop else len(text)
    best: tuple[int, T] | None = None
    for concept in concepts:
        pattern = concept.patterns.get(lang)  # type: ignore[attr-defined]
        for match in pattern.finditer(text, start, end) if pattern else ():
            distance = max(0, match.start() - at - len(figure), at - match.end())
            if distance <= _BESIDE_REACH and (best is None or distance < best[0]):
                best = (distance, concept)
    return best[1] if best else None
