"""Answering a question that names a Chinese place from the texts about that place.

A question about Shanghai's grain depots or Guangdong's power supply ("上海新盖的粮仓",
"Guangdong's refining capacity") is answered by the province's or city's own text, whose
title names it; a national plan on the same subject ranks close by but states the
country's figure, not the place's. When a question names a place (``kb.zh_scope``'s
places, or their English spellings in ``[english_places]`` of ``kb/data/zh_scope.toml``)
and some indexed titles name it, the question is searched again within those documents
and their clauses are put before the rest; the refusal checks then judge them as usual.
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

__all__ = ["PLACE_DISCOUNT", "place_scoped", "question_places"]

#: What a clause of a document whose title names none of the question's places keeps of
#: its relevance, so that ranking the candidates again keeps the place's own texts first.
PLACE_DISCOUNT = 0.5


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
        rest = question
        for place in places:  # longest first: 内蒙古 before any shorter name inside it
            found += [(m.start(), place) for m in re.finditer(re.escape(place), rest)]
            rest = rest.replace(place, "\0" * len(place))
    else:
        low = question.lower()
        for name, place in english.items():
            found += [(m.start(), place) for m in re.finditer(rf"\b{re.escape(name)}\b", low)]
    return list(dict.fromkeys(place for _, place in sorted(found)))


def place_scoped(question: str, hits: list[Hit], retriever: Any, *, top_k: int,
                 filters: Filters = Filters()) -> list[Hit]:  # fmt: skip
    """``hits`` with the clauses of the documents whose title names a place of the
    question first: those among ``hits`` and the best ``top_k`` of a search within those
    documents, by relevance, then the rest with their relevance times ``PLACE_DISCOUNT``;
    ``hits`` unchanged when the question names no place or no
    title names one."""
    places = question_places(question)
    if not places or not hits:
        return hits
    docs = tuple(
        d.doc_id
        for d in retriever.store.documents()
        if any(p in (d.title or "") for p in places)
        and (not filters.doc_ids or d.doc_id in filters.doc_ids)
    )
    if not docs:
        return hits
    scoped = retriever.search(question, top_k=top_k, filters=replace(filters, doc_ids=docs))
    inside = {h.key: h for h in [*scoped, *(h for h in hits if h.doc_id in docs)]}
    first = sorted(inside.values(), key=lambda h: -(h.relevance or 0.0))
    rest = [
        replace(h, relevance=None if h.relevance is None else h.relevance * PLACE_DISCOUNT)
        for h in hits
        if h.key not in inside
    ]
    return [*first, *rest]
