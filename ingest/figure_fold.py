"""How extraction reads a document's figures: full-width digits, years and amounts in
Chinese numerals and (in Chinese) traditional characters, folded at the same length.

Whether the Republic of China calendar is named is decided once for the whole document:
a law that names it in one article counts the bare numeral years (一百二十年) of every
other article in it too. Only a document in traditional characters, where that calendar is
in use: a simplified text naming the Republic once (its history) counts in Gregorian years,
and its 一百二十年 is a span of years.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ingest.records import Clause
from ingest.script_fold import fold_traditional, has_traditional
from ingest.widths import fold_figures, has_wide_figures, names_roc_calendar

__all__ = ["FigureFold", "figure_fold", "fold_clauses"]


@dataclass(frozen=True, slots=True)
class FigureFold:
    """A fold for the texts of one document (call it on a text)."""

    chinese: bool
    calendar: bool

    def __call__(self, text: str) -> str:
        if self.chinese:
            text = fold_traditional(text)
        return fold_figures(text, self.calendar)

    def needed(self, text: str) -> bool:
        """Whether folding could change ``text``."""
        if has_wide_figures(text, self.calendar) or "％" in text:
            return True
        return self.chinese and has_traditional(text)


def figure_fold(language: str, texts: Iterable[str]) -> FigureFold:
    """The fold for a document in ``language`` whose clauses (text and context) are ``texts``."""
    chinese = language == "zh"
    texts = list(texts) if chinese else []
    calendar = any(names_roc_calendar(t) for t in texts) and any(map(has_traditional, texts))
    return FigureFold(chinese, calendar)


def fold_clauses(
    language: str, clauses: Sequence[Clause]
) -> tuple[FigureFold, dict[str, Clause], list[Clause]]:
    """The fold of a document's ``clauses``, the clauses it changes (by id, as they were),
    and the clauses as extraction reads them."""
    fold = figure_fold(language, (c.text + "\n" + c.context for c in clauses))
    originals = {c.clause_id: c for c in clauses if fold.needed(c.text + c.context)}
    read = [
        dataclasses.replace(c, text=fold(c.text), context=fold(c.context))
        if c.clause_id in originals
        else c
        for c in clauses
    ]
    return fold, originals, read
