"""What a question asks for, found beside a figure: the asked words (``asked_focus``)
and how close a passage puts them to a figure of the asked kind (``focus_near``).

A clause answers "How many jobs will the wind goal support?" when a figure stands
next to "jobs", not merely when it speaks of the goal. Used to choose the clause an
answer quotes (``kb.answer_choice``) and the piece of it (``kb.excerpt``).

Across languages, an English question's asked words are looked for in a Chinese
clause as their Chinese translations (``cross_focus``), and a Chinese figure of the
asked kind counts (``kind_spans``: 万元, 倍 of a fine, %, 日/个月/年, 年月日).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from kb.cjk import fold_wide_digits, mostly_cjk, zh_base_years
from kb.lexical import tokenize
from kb.understand import (
    _CJK,
    Query,
    asked_part,
    carrier_spans,
    load_terms,
    understand,  # noqa: F401 (the examples below use it)
)

#: One asked word, as the strings that can stand for it: the word itself for an
#: English clause, its Chinese translations for a Chinese one.
Unit = tuple[str, ...]

_FIGURE_KINDS = ("amount", "share", "count", "quantity", "year", "date")
#: A fine stated as a multiple of a base ("违法所得一倍以上五倍以下罚款"): a sum of money.
_ZH_MULTIPLE_FINE = re.compile(r"[\d〇零一二三四五六七八九十两]+倍(?=[^。；;]{0,16}罚)")


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


def cross_focus(query: Query, other_terms: Sequence[str]) -> tuple[Unit, ...]:
    """The asked words of an English question (``asked_focus``) as Chinese: for each,
    those of the question's Chinese terms (``other_terms``: its glossary terms and
    dictionary translations, computed once per question) whose English sense holds the
    word. A word with no Chinese term is left out; () for a Chinese question.

    Example:
        >>> q = understand("How large a fine can a grid operator get?")
        >>> cross_focus(q, ("罚款", "电网", "数据"))
        (('罚款',), ('电网',))
    """
    if _CJK.search(query.text):
        return ()
    chinese = [t for t in dict.fromkeys(other_terms) if _CJK.search(t)]
    if not chinese:
        return ()
    senses = {t: _english_words(t) for t in chinese}
    units = [
        tuple(t for t in chinese if any(_same_word(w, e) for e in senses[t]))
        for w in asked_focus(query)
    ]
    return tuple(u for u in units if u)


#: Letters two English words must share from the start to count as one word
#: ("provincial" and "province", "environmental" and "environment").
SHARED_STEM = 7


def _same_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= SHARED_STEM and a[:SHARED_STEM] == b[:SHARED_STEM])


def _english_words(term: str) -> set[str]:
    """The English words a Chinese term stands for: its glossary English (both
    tables) and its dictionary senses, tokenized as questions are."""
    from kb.render import extra_english, glossary_pairs
    from kb.translate_terms import dictionary

    phrases = [en for zh, en in glossary_pairs() if zh == term]
    phrases += [en for en, zh in extra_english() if zh == term]
    words = set()
    for phrase in phrases + list(dictionary().english(term)):
        words.update(tokenize(phrase))
    return words


def kind_spans(kind: str, text: str) -> list[tuple[int, int]]:
    """``carrier_spans``, with a fine stated as a multiple (五倍以下罚款) as a sum of money."""
    spans = carrier_spans(kind, text)
    if kind == "amount" and _CJK.search(text):
        spans = sorted(spans + [m.span() for m in _ZH_MULTIPLE_FINE.finditer(text)])
    return spans


def focus_near(
    query: Query,
    text: str,
    focus: Sequence[str] | None = None,
    *,
    units: Sequence[Unit] | None = None,
) -> float:
    """0..1: how much of what the question asks for (``asked_focus``) stands beside a
    figure of the asked kind in ``text``: the first asked word within ``HEAD_WINDOW``
    characters of the figure (it weighs as much as the others together), the others
    within ``FOCUS_WINDOW``. 0 for questions that want no figure. ``units`` gives the
    asked words as alternatives each (``cross_focus``: Chinese translations, found in
    the text as written) instead of ``asked_focus``.

    Example:
        >>> q = understand("How many jobs will the wind goal support?")
        >>> focus_near(q, "It will power 10 million homes and support 77,000 jobs.")
        0.75
        >>> focus_near(q, "The wind goal is 30 GW, and it will create jobs.")
        0.25
    """
    if query.kind not in _FIGURE_KINDS:
        return 0.0
    if units is None and focus is None and mostly_cjk(query.text):
        return _zh_focus_near(query, text)
    if units is None:
        units = [word_unit(w) for w in (asked_focus(query) if focus is None else focus)]
        if focus is None:  # a Chinese word quoted in an English question is asked too
            units += [(w,) for w in zh_asked_words(query) if (w,) not in units]
    if not units:
        return 0.0
    head, others = units[0], units[1:]
    total = 2.0 * max(1, len(others)) if others else 1.0
    best = 0.0
    for a, b in kind_spans(query.kind, text)[:24]:
        close = text[max(0, a - HEAD_WINDOW) : b + HEAD_WINDOW]
        near = text[max(0, a - FOCUS_WINDOW) : b + FOCUS_WINDOW]
        got = (total / 2 if others else 1.0) * _present(head, close)
        got += sum(_present(u, near) for u in others)
        best = max(best, got / total)
        if best >= 1.0:
            break
    return best


@functools.cache
def word_unit(word: str) -> Unit:
    """An asked English word with its one-word synonyms from terms.toml, as tokens:
    "price" is stated by a clause that says "cost", "length" by one in miles.

    Example:
        >>> word_unit("price")
        ('price', 'cost')
    """
    from kb.understand import expansions

    others = [tokenize(o) for o in expansions(word)[1] if not _CJK.search(o)]
    return tuple(dict.fromkeys([word, *(o[0] for o in others if len(o) == 1)]))


def _present(unit: Unit, window: str) -> bool:
    """Whether one of ``unit``'s strings stands in ``window``: a Chinese term as
    written, an English word among the window's tokens."""
    if any(_CJK.search(t) and t in window for t in unit):
        return True
    return any(not _CJK.search(t) for t in unit) and bool(set(unit) & set(tokenize(window)))


def zh_asked_words(query: Query) -> tuple[str, ...]:
    """The words of a Chinese question that name what it asks about: its jieba words of
    two or more Chinese characters that are not frame words (``[frame_words] zh``:
    question words, the setting, verbs of aiming), in question order.

    Example:
        >>> zh_asked_words(understand("到2030年，烧煤在全部能源里要占多少？"))
        ('烧煤', '能源')
    """
    from kb.cjk import _jieba

    frame = load_terms().frame_words_zh
    words = [
        w
        for w in _jieba().cut(query.text, HMM=False)
        if len(w) >= 2 and _CJK.fullmatch(w[0]) and all(_CJK.match(c) for c in w)
    ]
    return tuple(dict.fromkeys(w for w in words if w not in frame))


def _zh_focus_near(query: Query, text: str) -> float:
    """``focus_near`` for a Chinese question: the share of its asked words
    (``zh_asked_words``) found as written within ``FOCUS_WINDOW`` characters of one
    figure of the asked kind, the question's base year counted as an asked word too (it
    stands beside its figure: 比2015年下降18%). Chinese puts the thing measured
    before its figure (天然气消费比重达到10%), so no word is held to the closer head
    reach."""
    words = zh_asked_words(query)
    if not words or not _CJK.search(text):
        return 0.0
    words += zh_base_years(query.text)
    text = fold_wide_digits(text)
    best = 0.0
    for a, b in kind_spans(query.kind, text)[:24]:
        near = text[max(0, a - FOCUS_WINDOW) : b + FOCUS_WINDOW]
        best = max(best, sum(w in near for w in words) / len(words))
        if best >= 1.0:
            break
    return best
