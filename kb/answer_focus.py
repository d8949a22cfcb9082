"""What a question asks for, found beside a figure: the asked words (``asked_focus``)
and how close a passage puts them to a figure of the asked kind (``focus_near``).

A clause answers "How many jobs will the wind goal support?" when a figure stands
next to "jobs", not merely when it speaks of the goal. Used to choose the clause an
answer quotes (``kb.answer_choice``) and the piece of it (``kb.excerpt``).
"""

from __future__ import annotations

from collections.abc import Sequence

from kb.lexical import tokenize
from kb.understand import (
    _CJK,
    Query,
    asked_part,
    carrier_spans,
    load_terms,
    understand,  # noqa: F401 (the examples below use it)
)


def asked_focus(query: Query) -> tuple[str, ...]:
    """The tokens that name what is asked for: the asking part's words (``asked_part``)
    that are neither frame words ("what", "goal", "expected": terms.toml) nor years,
    in question order, at most four.

    A clause answers "How many jobs will the wind goal support?" when a figure stands
    next to "jobs", not merely when it speaks of the goal; ``focus_near`` looks for
    these words beside a figure of the asked kind.

    Example:
        >>> asked_focus(understand("How many jobs was the wind goal expected to support?"))
        ('job', 'wind')
    """
    frame = load_terms().frame_words
    words = [
        t
        for t in tokenize(asked_part(query.text))
        if t not in frame and not t[:1].isdigit() and not _CJK.search(t)
    ]
    return tuple(dict.fromkeys(words))[:4]


#: Characters either side of a figure within which ``focus_near`` looks for asked words,
#: and the closer reach within which the first asked word (the thing asked about,
#: "how many *jobs*") must stand.
FOCUS_WINDOW = 48
HEAD_WINDOW = 16


def focus_near(query: Query, text: str, focus: Sequence[str] | None = None) -> float:
    """0..1: how much of what the question asks for (``asked_focus``) stands beside a
    figure of the asked kind in ``text``: the first asked word within ``HEAD_WINDOW``
    characters of the figure (it weighs as much as the others together), the others
    within ``FOCUS_WINDOW``. 0 for questions that want no figure.

    Example:
        >>> q = understand("How many jobs will the wind goal support?")
        >>> focus_near(q, "It will power 10 million homes and support 77,000 jobs.")
        0.75
        >>> focus_near(q, "The wind goal is 30 GW, and it will create jobs.")
        0.25
    """
    if query.kind not in ("amount", "share", "count", "quantity", "year", "date"):
        return 0.0
    words = list(asked_focus(query) if focus is None else focus)
    if not words:
        return 0.0
    head, others = words[0], words[1:]
    total = 2.0 * max(1, len(others)) if others else 1.0
    best = 0.0
    for a, b in carrier_spans(query.kind, text)[:24]:
        close = set(tokenize(text[max(0, a - HEAD_WINDOW) : b + HEAD_WINDOW]))
        near = set(tokenize(text[max(0, a - FOCUS_WINDOW) : b + FOCUS_WINDOW]))
        got = (total / 2 if others else 1.0) * (head in close) + sum(w in near for w in others)
        best = max(best, got / total)
        if best >= 1.0:
            break
    return best
