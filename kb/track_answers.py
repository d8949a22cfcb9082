"""Answers to "how has this target changed?" from the tracked series (``kb.tracking``).

"How has the EU's 2030 emissions target changed?" and "Has the non-fossil energy
target been raised?" ask about a series, not a clause: the answer walks the
series' links in document order and cites the clause of each statement. Other
questions (and change questions that match no series with a link) return None
and are answered by ``kb.qa`` as usual.
"""

from __future__ import annotations

import re
from typing import Any

from ingest.metric_keys import find_concept, jurisdiction_of, metric_words
from kb import tracking

# A question about change: a change word and a word for an aim.
_CHANGE = re.compile(
    r"\b(?:chang\w*|rais\w*|lower\w*|increas\w*|strengthen\w*|weaken\w*|revis\w*|updat\w*|"
    r"evolv\w*|tighten\w*|relax\w*|moved?|over\s+time|history|since)\b|变化|提高|调整|上调|下调|修订|变动",
    re.IGNORECASE,
)
_AIM = re.compile(
    r"\b(?:targets?|goals?|aims?|objectives?|ambitions?|commitments?|pledges?|ndcs?)\b|目标",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|(?:19|20)\d{2}(?=年)")
_QUESTION_WORDS = re.compile(
    r"\b(?:how|has|have|had|was|were|is|are|did|does|the|its|it|been|what|which|when|by|of|"
    r"target|targets|goal|goals|change|changed|raised|lowered)\b|'s|’s",
    re.IGNORECASE,
)


def _jurisdiction(question: str, known: set[str]) -> str:
    for code in sorted(known, key=len, reverse=True):
        if code and re.search(rf"(?<!\w){re.escape(code)}(?!\w)", question, re.IGNORECASE):
            return code
    return jurisdiction_of(title=question) if jurisdiction_of(title=question) in known else ""


def change_answer(question: str, store: Any) -> Any | None:
    """An ``Answer`` from the series a change question names, or None.

    Example:
        >>> change_answer("How has the EU's 2030 emissions target changed?", store).text
        'EU greenhouse gas emissions, 2030: 2020-09-17 55% by 2030 [1]; 2025-07-02 ...'
    """
    if not (_CHANGE.search(question) and _AIM.search(question)):
        return None
    series = [s for s in tracking.track(store) if s.links]
    if not series:
        return None
    where = _jurisdiction(question, {s.jurisdiction for s in series})
    years = {int(y) for y in _YEAR.findall(question)}
    concept = find_concept(question)
    words = set(metric_words(_QUESTION_WORDS.sub(" ", _YEAR.sub(" ", question))))
    best: tuple[float, Any] | None = None
    for s in series:
        if where and s.jurisdiction != where:
            continue
        if years and not years & set(s.years):
            continue
        label_words = set(metric_words(s.label)) | {w for st in s.statements for w in st.key.words}
        score = len(words & label_words) / max(1, len(words))
        if concept is not None:
            if s.statements[0].key.concept != concept.name:
                continue
            score += 1.0
        if score <= 0:
            continue
        if s.sector and not set(metric_words(s.sector)) & words:
            score -= 0.5  # a sector's series only when the question names the sector
        score += 0.01 * len(s.links)
        if best is None or score > best[0]:
            best = (score, s)
    if best is None:
        return None
    return _render(question, best[1], years, store)


def _render(question: str, series: Any, years: set[int], store: Any) -> Any:
    from kb.citations import Answer, Source

    links = [k for k in series.links if not years or k.b.record.year in years]
    if not links:
        links = series.links
    chain: list[Any] = []
    seen: set[int] = set()
    for link in sorted(links, key=lambda k: (k.b.doc_date, k.b.row_id)):
        for st in (link.a, link.b):
            if st.row_id not in seen:
                seen.add(st.row_id)
                chain.append((st, link if st is link.b else None))
    chain.sort(key=lambda item: (item[0].doc_date, item[0].row_id))
    clauses = store.get_clauses([st.clause_key for st, _ in chain])
    sources, parts = [], []
    for st, link in chain:
        stored = clauses.get(st.clause_key)
        n = len(sources) + 1
        record = st.record
        value = tracking.format_value(record)
        unit = record.unit if record.unit == "%" else f" {record.unit}".rstrip()
        said = f"{st.doc_date or 'undated'} ({st.doc_title}): {value}{unit} by {record.year}"
        if getattr(record, "base_year", None):
            said += f" vs {record.base_year}"
        if link is not None:
            said += f", {link.relation}"
            if link.relation not in ("restated", "raised", "lowered"):
                said += f" ({link.reason})"
        parts.append(f"{said} [{n}]")
        clause = stored.clause if stored else None
        sources.append(
            Source(
                n=n,
                text=clause.display_text if clause else record.text,
                doc_id=st.doc_id,
                clause_id=record.clause_id,
                section=clause.section if clause else (),
                title=st.doc_title,
                score=1.0,
                start=clause.start if clause else record.start,
                end=clause.end if clause else record.end,
            )
        )
    moved = [k.relation for k in links if k.relation != "restated"]
    verdict = ", ".join(dict.fromkeys(moved)) if moved else "restated, unchanged"
    head = f"{series.label} ({series.jurisdiction})" if series.jurisdiction else series.label
    text = f"{head}: {verdict}. " + "; ".join(parts) + "."
    records = tuple(st.record for st, _ in chain)
    return Answer(question, text, tuple(sources), records, True, 1.0)
