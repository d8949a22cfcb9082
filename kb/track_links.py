"""How a later statement is joined to an earlier one of its series (see ``kb.tracking``).

Each statement of a later document is compared with one earlier statement: the same target
year in the most recent earlier document that states it (through the value it repeats, when
that document gives the year several), else the statement with the latest year of the most
recent earlier document whose year comes before it (none when every year there is later).
A statement with no predecessor in an earlier-dated document may restate one of a document
of the same day (same year and value): documents of one day have no order, so nothing else
is taken from them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from kb.statements import Link, Statement
from kb.track_signals import (
    PhraseVectors,
    _plausible,
    _values,
    classify,
    jaccard,
    measured_words,
)


def _representative(statements: Sequence[Statement]) -> Statement:
    """The statement standing for a document: its most repeated value, first stated."""
    counts = Counter(_values(s) for s in statements)
    best = max(counts.values())
    return next(s for s in statements if counts[_values(s)] == best)


def _order(s: Statement) -> tuple[str, str]:
    return (s.doc_date or "9999", s.doc_path)


def _link(
    statements: list[Statement],
    index: dict[int, int],
    evidence: dict[tuple[int, int], dict[str, Any]],
    vectors: PhraseVectors,
    named: dict[str, set[str]],
) -> list[Link]:
    by_doc: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        by_doc[s.doc_id].append(s)
    docs = sorted(by_doc, key=lambda d: _order(by_doc[d][0]))
    links: list[Link] = []
    for position, doc in enumerate(docs):
        date = _order(by_doc[doc][0])[0]
        earlier = [d for d in docs[:position] if _order(by_doc[d][0])[0] < date]
        same_day = [d for d in docs[:position] if _order(by_doc[d][0])[0] == date]
        if not earlier and not (same_day and _full_date(date)):
            continue
        for b in _restating_first(by_doc[doc], earlier, by_doc):
            a = _earlier_for(b, earlier, by_doc)
            if a is None and _full_date(date):
                a = _same_day_restated(b, same_day, by_doc)
            if a is None or not _plausible(a, b):
                continue
            relation, reason = classify(a, b, earlier_named=named.get(a.doc_id, ()))
            found = evidence.get((index[a.row_id], index[b.row_id])) or _evidence(a, b, vectors)
            links.append(
                Link(
                    a,
                    b,
                    relation,
                    reason,
                    found | {"a_clause": a.record.text, "b_clause": b.record.text},
                )
            )
    return links


def _full_date(date: str) -> bool:
    """A day, not a year alone or the placeholder of an undated document."""
    return len(date) >= 10 and date[:4].isdigit()


def _same_day_restated(
    b: Statement, same_day: list[str], by_doc: dict[str, list[Statement]]
) -> Statement | None:
    """For a statement with no predecessor in an earlier-dated document: the same target
    year and value in a document of the same day (two chapters of one plan, a fact sheet
    and the press call on it). Their order is unknown, so only a restatement is taken; a
    statement that has an earlier-dated predecessor is never joined to a same-day one."""
    for doc in reversed(same_day):
        same = [
            s
            for s in by_doc[doc]
            if s.record.year == b.record.year
            and s.key.accounting == b.key.accounting
            and _values(s) == _values(b)
        ]
        if same:
            return same[0]
    return None


def _restating_first(
    statements: list[Statement], earlier: list[str], by_doc: dict[str, list[Statement]]
) -> list[Statement]:
    """A document's statements to link: where it gives one target year several values and
    one of them repeats the earlier statement, the others are left out (an assessment
    beside the target, "current plans would deliver 49%", is no revision of it)."""
    by_year: dict[tuple[Any, str], list[Statement]] = defaultdict(list)
    for s in statements:
        by_year[(s.record.year, s.key.accounting)].append(s)
    out = []
    for group in by_year.values():
        if len({_values(s) for s in group}) > 1:
            pairs = [(s, _earlier_for(s, earlier, by_doc)) for s in group]
            same = [s for s, a in pairs if a is not None and _values(s) == _values(a)]
            group = same or group
        out.extend(group)
    return sorted(out, key=lambda s: s.row_id)


def _with_embedding(link: Link, vectors: PhraseVectors) -> Link:
    if link.evidence["embedding"] is not None:
        return link
    embedding = vectors.similarity(link.a.record.metric, link.b.record.metric)
    return Link(
        link.a, link.b, link.relation, link.reason, link.evidence | {"embedding": embedding}
    )


def _evidence(a: Statement, b: Statement, vectors: PhraseVectors) -> dict[str, Any]:
    """Both signals for two statements joined through others of their series."""
    return {
        "lexical": round(jaccard(measured_words(a.key), measured_words(b.key)), 3),
        "concept": a.key.concept if a.key.concept == b.key.concept else "",
        "embedding": vectors.similarity(a.record.metric, b.record.metric),
        "signal": "series",
    }


def _earlier_for(
    b: Statement, earlier: list[str], by_doc: dict[str, list[Statement]]
) -> Statement | None:
    if not earlier:
        return None
    for doc in reversed(earlier):
        same_year = [s for s in by_doc[doc] if s.record.year == b.record.year]
        # A document stating the target under both conventions (primary and final
        # energy) is compared like for like.
        alike = [s for s in same_year if s.key.accounting == b.key.accounting]
        if alike or same_year:
            # A document giving one year two values (a target and an assessment of it)
            # is compared through the value the later statement repeats, if it has one.
            equal = [s for s in alike or same_year if _values(s) == _values(b)]
            return equal[0] if equal else _representative(alike or same_year)
    # No earlier document states the year: the latest dated year before it, walking back
    # from the most recent document. A year earlier than every stated one (an interim
    # step under a later goal) starts no link; a year-less aim is no predecessor of a
    # dated one.
    if not b.record.year:
        last = by_doc[earlier[-1]]
        latest = max((s.record.year or 0) for s in last)
        return _representative([s for s in last if (s.record.year or 0) == latest])
    for doc in reversed(earlier):
        before = [s for s in by_doc[doc] if s.record.year and s.record.year < b.record.year]
        if before:
            latest = max(s.record.year for s in before)
            return _representative([s for s in before if s.record.year == latest])
    if b.key.unit_family == "aim":
        # An aim without a figure has no interim steps: an earlier year brings it forward.
        last = [s for s in by_doc[earlier[-1]] if s.record.year]
        return min(last, key=lambda s: s.record.year) if last else None
    return None
