"""Words a pattern cannot match without: a cheap test that skips a scan of a text.

``pattern_needs`` reads a pattern's own grammar (as the ``re`` module parses it) for the
literal text every match must hold: a run of literal characters in sequence, or, for an
alternation, one of its alternatives' runs ("by", "before", "until" ...). It returns these
sets of words, lower case, the rarest first; a text that holds no word of one of them
(``may_match``) has no match, so the pattern need not run over it. Nothing is read from a
lookaround, an optional part or a class of more than one character, so the test only ever
skips texts that cannot match.

Case: under ``re.IGNORECASE`` an ASCII letter also matches four letters outside ASCII
(dotted and dotless i, the long s, the Kelvin sign; ``FOLDED``). A text holding one of
them is always scanned; otherwise ``text.lower()`` holds a word exactly when the pattern
can see it. Words keep only ASCII characters and characters without case.

The grammar is read from ``re``'s own parser, which is not a public interface: should a
later Python lay its tree out otherwise, ``pattern_needs`` gives no sets and every
pattern is run over every text, slower but with the same records.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    _REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
    _ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
except (ImportError, AttributeError):  # no such parser: every pattern is always run
    sre = sre_parse = None
    _REPEATS = _ZERO_WIDTH = ()

# Letters outside ASCII that match an ASCII letter when case is ignored (İ ı ſ K).
FOLDED = frozenset("\u0130\u0131\u017f\u212a")

Needs = tuple[frozenset[str], ...]


def _plain(code: int) -> bool:
    char = chr(code)
    return char.isascii() or char.lower() == char.upper() == char


def _one_char(op: object, av: object) -> int | None:
    """The character a literal, or a class of one literal, matches; else None."""
    if op is sre.LITERAL and _plain(av):  # type: ignore[arg-type]
        return av  # type: ignore[return-value]
    if op is sre.IN and len(av) == 1 and av[0][0] is sre.LITERAL and _plain(av[0][1]):  # type: ignore[index, arg-type]
        return av[0][1]  # type: ignore[index, no-any-return]
    return None


def _sets(items: list) -> list[frozenset[str]]:  # type: ignore[type-arg]
    """Sets of words of a sequence, one word of each set in every match of it."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        code = _one_char(op, av)
        if code is not None:
            run.append(chr(code).lower())
            continue
        if op in _ZERO_WIDTH:
            continue  # takes no characters: the run goes on across it
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        if op is sre.SUBPATTERN:
            found.extend(_sets(av[3]))
        elif op is sre.ATOMIC_GROUP:
            found.extend(_sets(av))
        elif op in _REPEATS and av[0] >= 1:
            found.extend(_sets(av[2]))
        elif op is sre.BRANCH:
            alternatives = [_best(_sets(list(sub))) for sub in av[1]]
            if all(alternatives):
                found.append(frozenset().union(*alternatives))  # type: ignore[arg-type]
    if run:
        found.append(frozenset({"".join(run)}))
    return found


def _rarest_first(sets: list[frozenset[str]]) -> list[frozenset[str]]:
    """Distinct sets, the one whose shortest word is longest first (the rarest by chance)."""
    return sorted(set(sets), key=lambda s: (-min(map(len, s)), len(s), sorted(s)))


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    return next(iter(_rarest_first(sets)), None)


def pattern_needs(pattern: re.Pattern[str]) -> Needs:
    """Sets of words (lower case), one word of each in every match of ``pattern``; none
    (always scan) when the parse tree is not laid out as this module reads it."""
    try:
        return tuple(_rarest_first(_sets(list(sre_parse.parse(pattern.pattern, pattern.flags)))))
    except (AttributeError, IndexError, TypeError, ValueError, re.error):
        return ()


def may_match(needs: Needs, lowered: str | None) -> bool:
    """Whether a text can hold a match: ``lowered`` is ``text.lower()``, or None for a text
    holding a ``FOLDED`` letter (always scanned)."""
    if lowered is None:
        return True
    return all(any(word in lowered for word in words) for words in needs)


def lowered(text: str) -> str | None:
    """``text.lower()`` for ``may_match``; None when a letter of ``FOLDED`` is in it."""
    if not text.isascii() and not FOLDED.isdisjoint(text):
        return None
    return text.lower()


# A set of more words than this costs more to test word by word than the scan it spares.
_MAX_WORDS = 12


@functools.lru_cache(maxsize=4096)
def cheap_needs(pattern: re.Pattern[str]) -> Needs:
    """The first two sets of ``pattern_needs`` with at most ``_MAX_WORDS`` words each: the
    test for a pattern searched once per text (a cue, a sector). Nothing for an object that
    is not a compiled pattern (it is always run)."""
    if not isinstance(pattern, re.Pattern):
        return ()
    return tuple(words for words in pattern_needs(pattern) if len(words) <= _MAX_WORDS)[:2]


class WordIndex:
    """Which of several patterns a text may match, by their ``pattern_needs``: each word of
    them all is looked for once per text (not once per pattern that needs it), and the
    patterns whose every set holds a present word are named, in order, by their place."""

    def __init__(self, needs: Sequence[Needs]) -> None:
        words = sorted({word for sets in needs for words in sets for word in words})
        bits = {word: 1 << i for i, word in enumerate(words)}
        self._words = tuple(bits.items())
        self._masks = tuple(
            tuple(sum(bits[word] for word in words) for words in sets) for sets in needs
        )
        self._all = tuple(range(len(needs)))
        self._runnable: dict[int, tuple[int, ...]] = {}
        # A pattern is a candidate only if a word of its first set is present: for each
        # word, the patterns whose first set holds it; patterns with no sets always run.
        first: dict[int, list[int]] = {}
        for i, masks in enumerate(self._masks):
            for bit in bits.values() if masks else ():
                if masks[0] & bit:
                    first.setdefault(bit, []).append(i)
        self._first = tuple(first.items())
        self._always = tuple(i for i, masks in enumerate(self._masks) if not masks)

    def runnable(self, text: str) -> tuple[int, ...]:
        """The places of the patterns that may match ``text`` (all, for a text holding a
        ``FOLDED`` letter)."""
        lower = lowered(text)
        if lower is None:
            return self._all
        present = 0
        for word, bit in self._words:
            if word in lower:
                present |= bit
        found = self._runnable.get(present)
        if found is None:
            candidates = set(self._always)
            for bit, places in self._first:
                if present & bit:
                    candidates.update(places)
            masks = self._masks
            found = tuple(
                sorted(i for i in candidates if all(mask & present for mask in masks[i][1:]))
            )
            if len(self._runnable) < _MAX_KEPT:
                self._runnable[present] = found
        return found


# How many sets of present words a ``WordIndex`` keeps its answer for.
_MAX_KEPT = 4096
