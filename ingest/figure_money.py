"""The role of a sum of money in its clause, for ``ingest.figures.figure_role``.

A sum still to be spent is funding, one spent, earned, raised or drawn in is reported, and
one an aim word governs ("引进外资达到80亿美元", "mobilise $8 billion in financing") is left
to the rest of the decision as an aim. A price or a rate ("$40 per tonne") is left too.
The cues are per-language data (``ingest/lang/<language>.toml``, ``[figures]``).
"""

from __future__ import annotations

import re
from typing import Literal

from ingest.lang import FigureCues

_PER_UNIT = re.compile(r"^\s*(?:/|per\b|a\s+(?:year|month|unit|kwh|mwh|tonne|ton)\b|每)", re.I)


def money_role(
    left: str, near: str, right: str, cues: FigureCues
) -> Literal["funding", "reported"] | None:
    """``"funding"`` or ``"reported"`` for a sum of money, or None when its role is decided
    as any figure's ("left" is the clause before it, "near" the end of that, "right" the
    words after it)."""
    if _named_funding(right, near, cues):
        return "funding"
    if _PER_UNIT.match(right):
        return None
    if cues.money_goal.search(left) and not cues.money_selects.search(right):
        return None
    drawn = cues.money_drawn.search(left)
    if drawn and _drawn_aim(left, near, cues):
        return None
    # spent, earned, raised or drawn in: reported; still to be spent: funding
    return "reported" if drawn or cues.past.search(near) else "funding"


def _named_funding(right: str, near: str, cues: FigureCues) -> bool:
    """Whether the words around a sum of money make it funding: still to be spent ("will be
    spent"), or named so even beside an aim verb ("in funding", "an outlay of", "providing").
    A sum an aim verb of drawing money in governs ("mobilise $8 billion in financing") is
    the aim itself, whatever the money is named."""
    if cues.funding_after.search(right):
        return True
    if cues.funding_mobilised.search(near):
        return False
    return bool(cues.funding_named_after.search(right) or cues.funding_named_before.search(near))


def _drawn_aim(left: str, near: str, cues: FigureCues) -> bool:
    """Whether money drawn in or a level per head ("引进外资达到80亿美元", "亩均产值不低于
    50万元") is an aim: an aim word of its own part of the sentence, and no past word or
    year of its own ("2019年", "两年来")."""
    if cues.past.search(near) or cues.dated_level.search(left):
        return False
    return bool(cues.aim.search(left))
