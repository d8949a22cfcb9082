"""How extraction reads a document's figures: full-width digits, years and amounts in
Chinese numerals and (in Chinese) traditional characters, folded at the same length.

Whether the Republic of China calendar is named is decided once for the whole document:
a law that names it in one article counts the bare numeral years (一百二十年) of every
other article in it too. Only a document in traditional characters, where that calendar is
in use: a simplified text naming the Republic once (its history) counts in Gregorian years,
and its 一百二十年 is a span of years.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ingest.script_fold import fold_traditional, has_traditional
from ingest.widths import fold_figures, has_wide_figures, names_roc_calendar

__all__ = ["FigureFold", "figure_fold"]


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
