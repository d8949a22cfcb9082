"""A cache for pure functions of a piece of text, bounded in memory as well as in entries.

The rule path asks the same questions of a clause several times, and of a document's
repeated text (a standard closing, a text saved twice) again; caching answers those. A key
holds its whole text, so a cache bounded only by its number of entries could keep
thousands of very long pieces. Here a call whose text arguments are longer than
``KEY_CHARS`` is computed and not kept.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

# Texts longer than this are not kept: a clause or a sentence is far shorter, and a long
# piece is rarely asked about twice.
KEY_CHARS = 2_000


def text_cache(maxsize: int) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Like ``functools.lru_cache(maxsize)``, but calls with a text argument longer than
    ``KEY_CHARS`` characters bypass the cache. At most ``maxsize * KEY_CHARS`` characters
    of keys are kept."""

    def wrap(function: Callable[P, R]) -> Callable[P, R]:
        cached = functools.lru_cache(maxsize=maxsize)(function)

        @functools.wraps(function)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            for a in args:  # a loop, not any(): this runs on every ask of the rule path
                if isinstance(a, str) and len(a) > KEY_CHARS:
                    return function(*args, **kwargs)
            return cached(*args, **kwargs)

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call

    return wrap
