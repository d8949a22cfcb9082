"""Sentence spans of a paragraph: the sentencizer's cuts mended and cut again.

spaCy's sentence boundaries are taken as they come, then fragments it cut off after an
abbreviation or a bare list marker are joined back, and a news item's body that runs on
from its headline with no stop between is cut off as a sentence of its own.
"""

from __future__ import annotations

import re

from ingest.lang import english_patterns

# Abbreviations the sentencizer may end a sentence on ("portfolios, etc. by 2050"), and
# those of them that stand before a number ("Rs. 19", "Regulation No. 5") (English cue
# words, kept in ``ingest/lang/en.toml``).
_ABBREVIATION_END = english_patterns("clause_cues")["abbreviation_end"]
_ABBREVIATION_BEFORE_FIGURE = english_patterns("clause_cues")["abbreviation_before_figure"]


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past the whitespace at either end of ``text[start:end]``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(
    doc_text: str, block_start: int, sents: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Absolute sentence spans, with fragments (no letters, or a lowercase start) merged back."""
    spans: list[tuple[int, int]] = []
    pending: int | None = None  # start of a marker-only piece ("1.") waiting for its sentence
    for s, e in sents:
        start, end = strip_span(doc_text, block_start + s, block_start + e)
        if start >= end:
            continue
        piece = doc_text[start:end]
        if not any(c.isalpha() for c in piece) and not spans:
            pending = start if pending is None else pending
            continue
        if pending is not None:
            start, pending = pending, None
        if spans and (
            not any(c.isalnum() for c in piece)
            or _continues_abbreviation(doc_text[spans[-1][0] : spans[-1][1]], piece)
        ):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    if pending is not None:
        spans.append(strip_span(doc_text, pending, block_start + sents[-1][1]))
    return spans


def cut_run_in(
    text: str, spans: list[tuple[int, int]], run_in: re.Pattern[str] | None
) -> list[tuple[int, int]]:
    """``spans`` with each sentence cut where a news item's body runs on from its headline
    with no stop between (``[structure] run_in_body``), so the body's own lead (its deadline,
    its subject) opens a sentence of its own."""
    if run_in is None:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cuts = [m.start() for m in run_in.finditer(text, start, end) if start < m.start() < end]
        for cut in cuts:
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def _continues_abbreviation(previous: str, piece: str) -> bool:
    """Whether ``piece`` goes on the sentence ``previous`` that the sentencizer cut after
    an abbreviation: a lowercase start after any of them ("etc. by 2050"), an ASCII
    figure only after one that stands before a number ("Rs. 19", "Act No. 5"), since
    "etc." or "said no." often end a real sentence ("…, etc. 40% of new cars…")."""
    if piece[0].islower():
        return bool(_ABBREVIATION_END.search(previous))
    if piece[0].isascii() and piece[0].isdigit():
        return bool(_ABBREVIATION_BEFORE_FIGURE.search(previous))
    return False
