"""What a Chinese question narrows itself to, for the name check (``kb.refusal``).

A Chinese question names a place ("给北京定的目标") or a qualified kind of a thing
("海上风电") that a national clause about the thing as a whole does not answer. The
places and qualifiers are data (``kb/data/zh_scope.toml``); a place is listed without
its suffix, so 北京市, 广东省 and 内蒙古自治区 are found by their stems.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

__all__ = ["missing_english_scope", "missing_scope", "scope_words"]


@functools.cache
def _data() -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = resources.files("kb").joinpath("data/zh_scope.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    places = tuple(sorted(data.get("places", "").split(), key=len, reverse=True))
    return places, tuple(data.get("qualifiers", "").split())


@functools.cache
def _joined() -> dict[str, list[str]]:
    """Joined size qualifiers (大中型) and the single ones each names, longest first."""
    raw = resources.files("kb").joinpath("data/zh_scope.toml").read_text("utf-8")
    joined = tomllib.loads(raw).get("joined_qualifiers", {})
    return {k: joined[k] for k in sorted(joined, key=len, reverse=True)}


def scope_words(question: str) -> list[str]:
    """The places and qualifiers a Chinese question narrows itself to, in order.

    Example:
        >>> scope_words("十二五期间海上风电的装机目标是多少？")
        ['海上']
        >>> scope_words("方案给广东省定的能耗目标是多少？")
        ['广东']
    """
    places, qualifiers = _data()
    found: list[tuple[int, str]] = []
    rest = question
    for place in places:  # longest first: 内蒙古 before any shorter name inside it
        for m in re.finditer(re.escape(place), rest):
            found.append((m.start(), place))
        rest = rest.replace(place, "\0" * len(place))
    for joined in _joined():  # 中小型企业: small and medium firms as one group
        rest = rest.replace(joined, "\0" * len(joined))
    for word in qualifiers:
        # a qualifier narrows the term that follows it (海上风电), not a place (上海), the
        # end of a sentence (建在陆上吗) nor a change of size (小型化)
        for m in re.finditer(re.escape(word) + r"(?=[\u4e00-\u9fff])(?![吗呢吧啊了化])", rest):
            found.append((m.start(), word))
    return list(dict.fromkeys(word for _, word in sorted(found)))


def missing_scope(question: str, passage: str) -> list[str]:
    """The places and qualifiers of ``question`` that ``passage`` never names (a joined
    qualifier in the passage, 大中型, names each of its parts)."""
    named = " ".join(part for j, parts in _joined().items() if j in passage for part in parts)
    return [word for word in scope_words(question) if word not in f"{passage} {named}"]


@functools.cache
def _english() -> dict[str, tuple[str, ...]]:
    raw = resources.files("kb").joinpath("data/zh_scope.toml").read_text("utf-8")
    return {k: tuple(v) for k, v in tomllib.loads(raw).get("english_qualifiers", {}).items()}


def missing_english_scope(question: str, passage: str) -> list[str]:
    """The qualifiers of an English ``question`` ("offshore", "the world's") for which a
    Chinese ``passage`` names none of the Chinese words.

    Example:
        >>> missing_english_scope("What is the world's share?", "占全国的30%")
        ["world's"]
    """
    low = question.lower().replace("’", "'")
    return [
        word
        for word, chinese in _english().items()
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", low)
        and not any(c in passage for c in chinese)
    ]
