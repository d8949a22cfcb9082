"""The language guess without a Python step per function word (issue 16).

``detect_language`` reads its function words' counts with ``map`` over ``dict.get``
(ingest/language.py) instead of a generator over each language's words and
``Counter.__missing__`` for each absent one; its answers are those of a word-by-word
count. A word index finds words inside words and words holding others (an ordinary case
of ingest/lang/needs.py). Sentences are our own.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable

from ingest.lang.needs import WordIndex
from ingest.language import _FUNCTION_WORDS, _MIN_FUNCTION_SHARE, _WORD, detect_language


def _steps(call: Callable[[], object]) -> int:
    """Python lines and calls run by ``call()``, inside every function it enters."""
    count = 0

    def trace(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal count
        count += 1
        return trace

    sys.settrace(trace)
    try:
        call()
    finally:
        sys.settrace(None)
    return count


def test_word_index_finds_words_inside_words_and_words_holding_others():
    needs = [(frozenset({"by"}),), (frozenset({"by the end"}),), (frozenset({"end"}),)]
    index = WordIndex(needs)
    assert index.runnable("Nearby towns.") == (0,)
    assert index.runnable("By the end of 2030.") == (0, 1, 2)
    assert index.runnable("Nothing to see.") == ()


def _language_word_by_word(text: str) -> str:
    """The language as read before: each function word's count looked up one at a time."""
    if not "".join(text.split()):
        return "en"
    words = _WORD.findall(text.lower())
    if not words:
        return "en"
    scores = {
        lang: sum(words.count(w) for w in vocab) / len(words)
        for lang, vocab in _FUNCTION_WORDS.items()
    }
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] > max(scores["en"], _MIN_FUNCTION_SHARE) else "en"


def test_language_takes_no_python_step_per_function_word():
    text = "The agency will publish the plan for the region by the end of the year. " * 20
    assert detect_language(text) == "en"
    # about 110 (Counter's own Python, one step per language); over 700 word by word
    assert _steps(lambda: detect_language(text)) < 200


def test_language_is_the_one_a_word_by_word_count_gives():
    texts = [
        "The agency will publish the plan for the region by the end of the year.",
        "El gobierno publicará los planes de las regiones con una meta para el año.",
        "O governo publica os planos das regiões com uma meta para o ano em curso.",
        "Le gouvernement publie les plans des régions pour une année et des objectifs.",
        "Il governo pubblica il piano della regione per gli anni che sono entro il 2030.",
        "Die Regierung soll den Plan der Region bis zum Jahr 2030 mit dem Ziel vorlegen.",
        "Plan 2030.",
        "12 34",
        "",
    ]
    for a, b in itertools.product(texts, repeat=2):
        text = f"{a} {b}"
        assert detect_language(text) == _language_word_by_word(text), text
