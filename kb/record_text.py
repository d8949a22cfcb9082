"""Structured records as one plain line each (``render_record``): "By 2030:
renewable energy share in aluminium > 30%", "Member States must report ...".
"""

from __future__ import annotations

import dataclasses
import re

from ingest.records import Obligation, Record, Statistic, Target
from kb.cjk import has_cjk
from kb.render import render_record as render_in

_MODAL_VERBS = {
    "obligation": "must",
    "prohibition": "must not",
    "permission": "may",
    "encouragement": "should",
}


def render_record(record: Record, lang: str = "en") -> str:
    """One plain line, e.g. ``By 2030: renewable energy share in aluminium > 30%``.

    ``lang`` is the question's language: a Chinese record for an English question,
    or any figure for a Chinese one, is rendered by ``kb.render`` (glossary terms,
    Chinese scale words read as numbers).
    """
    if not isinstance(record, Obligation):
        metric = _ARTICLE_LABEL.sub("", record.metric).strip()
        if metric and metric != record.metric:
            record = dataclasses.replace(record, metric=metric)
    if not isinstance(record, Obligation) and (
        lang == "zh" or has_cjk(f"{record.metric}{record.value_text}")
    ):
        return render_in(record, lang)
    if isinstance(record, Obligation) and lang == "zh":
        when = f"{record.year}年前：" if record.year else ""
        return f"{when}{record.actor}{record.action}".strip()
    if isinstance(record, Obligation):
        when = f"By {record.year}: " if record.year else ""
        what = record.action
        if record.object and record.object not in what:
            what = f"{what} {record.object}"
        if record.actor:
            verb = _MODAL_VERBS.get(record.modality, record.modality)
            return f"{when}{record.actor} {verb} {what}".strip()
        return f"{when}{record.modality.capitalize()}: {what}".strip()
    value = _value_phrase(record)
    metric = record.metric
    change = _change_words(record) if isinstance(record, Target) else ""
    base = f" vs {record.base_year}" if getattr(record, "base_year", None) else ""
    prefix = (
        f"By {record.year}: "
        if isinstance(record, Target) and record.year
        else (f"In {record.year}: " if record.year else "")
    )
    return f"{prefix}{metric} {change}{value}{base}".strip()


#: How a target's direction reads before its figure ("reduced by ≥ 55% vs 1990").
_CHANGE_WORDS = {"decrease": "reduced", "increase": "increased"}
_PREPOSITION = re.compile(
    r"\b(by|to)\s+(?:(?:at\s+least|more\s+than|over|about|around|nearly|roughly|"
    r"up\s+to|approximately|some)\s+)?$",
    re.IGNORECASE,
)


def _change_words(target: Target) -> str:
    """ "reduced by " / "increased to " before a change target's figure, "" for a level.

    The preposition is read from the clause just before the figure; a percentage
    against a base year without one is a change ("by").
    """
    verb = _CHANGE_WORDS.get(target.direction or "")
    if not verb or target.value is None:
        return ""
    at = target.text.find(target.value_text) if target.value_text else -1
    found = _PREPOSITION.search(target.text[max(0, at - 40) : at]) if at > 0 else None
    if found:
        return f"{verb} {found.group(1).lower()} "
    return f"{verb} by " if target.unit == "%" and target.base_year else ""


#: Comparators as a reader writes them.
_COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", "~": "about", ">": ">", "<": "<"}

#: A provision label at the head of a metric ("第九条", "Article 4(1)") says where the
#: figure stands, not what it measures.
_ARTICLE_LABEL = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百千零〇两\d]+[条章节款项]\s*|"
    r"(?:Article|Art\.)\s*\d+[a-z]?(?:\(\w+\))*\s*[:.–-]?\s*)"
)


def _value_phrase(record: Target | Statistic) -> str:
    """The figure as a reader wants it: comparator sign, range and unit ("≥ 50–52%")."""
    comp = _COMPARATOR_SIGNS.get(record.comparator or "", "")
    if record.value is None:
        return record.value_text
    high = getattr(record, "value_high", None)
    num = f"{record.value:,.10g}" if abs(record.value) >= 10000 else f"{record.value:g}"
    if high is not None and high != record.value:
        num += "–" + (f"{high:,.10g}" if abs(high) >= 10000 else f"{high:g}")
    elif record.value_text and not comp:
        return record.value_text  # as the source words it ("510 million tons")
    unit = record.unit or ""
    text = f"{num}{unit}" if unit in ("%", "") else f"{num} {unit}"
    return f"{comp} {text}" if comp else text
