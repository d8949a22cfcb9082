"""When a concept named in a metric phrase is not what the figure measures.

A concept of ``ingest/data/metric_terms.toml`` may say that it gives way: to the words
between it and the figure (``gives_way``: "the clean electricity standard requires
utilities to cut emissions 80%", 清洁电力基地二氧化碳排放比2020年下降30%, where an
emissions noun with a cut verb is the figure's head), or to a unit family it is not
measured in (``families``: a share is no count of transmission lines).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ingest.metric_sectors import beside_figure


def figure_concept(
    find: Any, metric: str, record: Any, language: str, family: str, concepts: Sequence[Any]
) -> Any:
    """The concept the metric phrase names (``find`` is ``metric_keys.find_concept``), or
    the next one it names when that one gives way, or the one beside the figure when it
    belongs to an earlier aim of the clause (``own_aim``)."""
    concept = find(metric, language)
    if concept is not None and not fits(concept, record, language, family):
        concept = find(metric, language, skip=(concept.name,))
    return own_aim(concept, record, language, concepts)


def fits(concept: Any, record: Any, language: str, family: str) -> bool:
    """Whether ``concept`` (an ``ingest.metric_keys.Concept``) measures ``record``'s
    figure, whose unit family is ``family``."""
    if concept.families and family not in concept.families:
        return False
    gives_way = concept.gives_way.get(language)
    if gives_way is None:
        return True
    between = _between(concept.patterns.get(language), record)
    return between is None or gives_way.search(between) is None


def _between(pattern: Any, record: Any) -> str | None:
    """The words after the concept's last mention before the figure, up to the figure;
    the metric phrase after it when the clause does not hold the figure before."""
    text = record.text or ""
    figure = getattr(record, "value_text", "") or ""
    at = text.find(figure) if figure else -1
    head = text[:at] if at >= 0 else record.metric or ""
    found = list(pattern.finditer(head)) if pattern is not None else []
    return head[found[-1].end() :] if found else None


# A figure other than a year: the mark of an earlier aim between a concept and a figure.
_FIGURE = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d(?![\d.]))\d+(?:[.,]\d+)?")


def own_aim(concept: Any, record: Any, language: str, concepts: Sequence[Any]) -> Any:
    """The concept named beside the figure when ``concept`` belongs to an earlier aim of the
    clause: in "cut emissions 45% by 2030 and run the grid on 100% clean electricity by
    2035" the 100% is the clean-electricity share, though the metric phrase names the
    emissions of the 45%. ``concept`` itself otherwise."""
    text = record.text or ""
    figure = getattr(record, "value_text", "") or ""
    if concept is None or not text or not figure:
        return concept
    beside = beside_figure(concepts, text, figure, language, record.metric or "")
    at = text.find(figure)
    pattern = concept.patterns.get(language)
    if beside is None or beside is concept or at < 0 or pattern is None:
        return concept
    named = list(pattern.finditer(text, 0, at))
    return beside if named and _FIGURE.search(text, named[-1].end(), at) else concept
