"""Answering a question that names a Chinese place from the texts about that place.

A question about Shanghai's grain depots or Guangdong's power supply ("上海新盖的粮仓",
"Guangdong's refining capacity") is answered by the province's or city's own text, whose
title names it (in Chinese or in its English spelling); a national plan on the same
subject ranks close by but states the country's figure, not the place's. When a question
names a place (``kb.zh_scope``'s places, or their English spellings in ``[english_places]``
of ``kb/data/zh_scope.toml``), the clauses of the texts whose title names it are put
before the rest when they are relevant enough on their own (``place_first``). Only the
order changes: each clause keeps its relevance, so the refusal thresholds see true
probabilities, and a national clause that names the place itself is never pushed down by
a lowered score.

A Chinese place counts only as a word: at the question's start, after a preposition
(在, 到, 对 …) or a list joint, or followed by 省, 市, 自治区, 的, 、, 和, 与 or 及
("黄河北岸" names no 河北).
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import replace
from importlib import resources
from typing import Any

from kb.cjk import has_cjk
from kb.hits import Hit
from kb.queries import Filters

__all__ = ["chinese_spelling", "place_docs", "place_first", "question_places", "writes_place"]

# What may follow a Chinese place name in a question for it to be the place (an
# administrative suffix, 的, or a list joint), or come right before it (a preposition or a
# list joint; the question's start counts too).
_AFTER = r"(?=省|市|自治区|特别行政区|的|、|和|与|及)"
_BEFORE = r"(?:^|(?<=[在于到从对和与及、，,]))"
# place -> doc ids, per store file and revision (the titles change only on a write)
_DOCS: dict[str, tuple[int, dict[tuple[str, ...], tuple[str, ...]], dict[str, str]]] = {}


@functools.cache
def _places() -> tuple[tuple[str, ...], dict[str, str]]:
    raw = resources.files("kb").joinpath("data/zh_scope.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    places = tuple(sorted(data.get("places", "").split(), key=len, reverse=True))
    return places, dict(data.get("english_places", {}))


def question_places(question: str) -> list[str]:
    """The Chinese places a question names, in Chinese, in order.

    Example:
        >>> question_places("What did Shanghai set for its grain depots?")
        ['上海']
        >>> question_places("广东和山东的风电装机各是多少？")
        ['广东', '山东']
    """
    places, english = _places()
    found: list[tuple[int, str]] = []
    if has_cjk(question):
        rest = question.strip()
        for place in places:  # longest first: 内蒙古 before any shorter name inside it
            hits = re.finditer(rf"{_BEFORE}{re.escape(place)}|{re.escape(place)}{_AFTER}", rest)
            found += [(m.start(), place) for m in hits]
            rest = rest.replace(place, "\0" * len(place))
    else:
        low = question.lower()
        for name, place in english.items():
            found += [(m.start(), place) for m in re.finditer(rf"\b{re.escape(name)}\b", low)]
    return list(dict.fromkeys(place for _, place in sorted(found)))


def chinese_spelling(name: str) -> str:
    """The Chinese name of a place a question spells in English ("" when it is none of
    ``[english_places]``): what a Chinese text writes for it.

    Example:
        >>> chinese_spelling("Guangxi")
        '广西'
        >>> chinese_spelling("Bavaria")
        ''
    """
    return _places()[1].get(name.lower(), "")


def writes_place(name: str, text: str) -> bool:
    """Whether ``text`` writes the Chinese spelling of the place ``name`` (Guangxi: 广西)."""
    return bool(zh := chinese_spelling(name)) and zh in text


def _title_names(title: str, places: tuple[str, ...]) -> bool:
    """Whether ``title`` names one of ``places``, in Chinese or in an English spelling."""
    _, english = _places()
    low = title.lower()
    return any(p in title for p in places) or any(
        re.search(rf"\b{re.escape(name)}\b", low) for name, p in english.items() if p in places
    )


def place_docs(store: Any, places: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """The ids of the documents whose title names one of ``places``, and whether they are
    every document of the store; read from the titles alone and kept until the store's
    next write."""
    key, revision = str(store.db_dir), store.revision
    cached = _DOCS.get(key)
    if cached is None or cached[0] != revision:
        rows = store.conn.execute("SELECT doc_id, title FROM documents").fetchall()
        cached = _DOCS[key] = (revision, {(): tuple(d for d, _ in rows)}, dict(rows))
    _, found, titles = cached
    if places not in found:
        found[places] = tuple(d for d, t in titles.items() if _title_names(t or "", places))
    return found[places], bool(found[places]) and len(found[places]) == len(found[()])


def place_first(
    question: str,
    hits: list[Hit],
    retriever: Any,
    *,
    top_k: int,
    floor: float,
    filters: Filters = Filters(),
) -> tuple[list[Hit], set[str]]:
    """``hits`` in a new order, and the keys put first: the clauses of the documents
    whose title names a place of the question (among ``hits`` and the best ``top_k`` of a
    search within those documents) whose relevance is at least ``floor`` (or unknown), by
    relevance; then the rest as they were. No relevance changes. ``hits`` and no keys when
    the question names no place."""
    places = tuple(question_places(question))
    if not places or not hits:
        return hits, set()
    docs, everything = place_docs(retriever.store, places)
    docs = tuple(d for d in docs if not filters.doc_ids or d in filters.doc_ids)
    named = [h for h in hits if h.doc_id in docs]
    scoped: list[Hit] = []
    # a second search within the place's texts, unless they are the whole store or
    # already fill the top hits (it could not change the order then)
    if docs and not everything and any(h.doc_id not in docs for h in hits[:top_k]):
        scoped = retriever.search(question, top_k=top_k, filters=replace(filters, doc_ids=docs))
    # a clause elsewhere that names the place keeps its relevance and its place in the
    # order; a clause both searches found keeps its relevance among all the hits (a
    # reranker probability among a few texts' clauses runs higher than among all)
    inside = {h.key: h for h in [*scoped, *named]}
    first = sorted(
        (h for h in inside.values() if h.relevance is None or h.relevance >= floor),
        key=lambda h: -(h.relevance or 0.0),
    )
    keys = {h.key for h in first}
    return [*first, *(h for h in hits if h.key not in keys)], keys
