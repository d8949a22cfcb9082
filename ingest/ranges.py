"""Ranges: two figures of one unit that state one figure ("between 50% and 55%", "40%至45%").

``joined_ranges`` keeps the low end with its high end; a change from one level to another
("from about 40% to 45%") stays two figures. The cues are each language's ``[ranges]``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ingest.lang import Grammar

if TYPE_CHECKING:
    from ingest.quantities import Quantity


def joined_ranges(text: str, found: list[Quantity], grammar: Grammar) -> list[Quantity]:
    """Two figures of one unit written as a range with the unit on both ends ("between 50%
    and 55%", "40%至45%", "25%-30%") are one figure: the low end, with its high end. A
    change from one level to another ("from about 40% to 45%", 由目前的40%到45%) stays two
    figures (the grammar's ``[ranges]``). A range states no minimum: its comparator is kept."""
    cues = grammar.ranges
    if len(found) < 2 or "joint" not in cues:
        return found
    joined: list[Quantity] = []
    for quantity in found:
        low = joined[-1] if joined else None
        if low is None or low.high is not None or quantity.high is not None:
            joined.append(quantity)
        elif low.unit and low.unit == quantity.unit and _is_range(text, low, quantity, cues):
            joined[-1] = replace(
                low,
                value_text=text[low.start : quantity.end],
                end=quantity.end,
                high=quantity.value,
            )
        else:
            joined.append(quantity)
    return joined


def _is_range(text: str, low: Quantity, high: Quantity, cues: dict[str, re.Pattern[str]]) -> bool:
    gap = text[low.end : high.start]
    clause = cues["clause_break"].split(text[max(0, low.start - 200) : low.start])[-1]
    dash = high.negative and not gap.strip() and text[high.start] in "-–—"
    between = "and" in cues and cues["and"].match(gap) and cues["between"].search(clause)
    if not (cues["joint"].match(gap) or dash or between):
        return False
    # "from about 30% to 45%", "raise the share of 30% to 45%": a worded joint after a
    # starting-level cue or a change verb is a change, unless the pair is the amount of the
    # change ("emissions from transport will fall by 40% to 45%"). A dash is always a range.
    if not cues["word_joint"].match(gap):
        return True
    amount = "by" in cues and cues["by"].search(clause)
    change = cues["from"].search(clause) or ("change" in cues and cues["change"].search(clause))
    return not change or bool(amount)


def starting_level(match: re.Match[str], low_group: str, text: str, grammar: Grammar) -> bool:
    """Whether a range's low end joined by a word ("37 to 48 percent") is the level a change
    starts from ("target from 37 to 48 percent"): the grammar's ``[ranges] starting_level``
    right before it, and either an aim's noun before "from" (``starting_aim``) or a change
    word of the clause running the way the two numbers do (``decrease`` from the higher,
    ``increase`` from the lower) with no base after the figure (``starting_base``). A range
    word before "from" (``starting_not``: "ranging from") and a dash ("from 37-48 percent")
    keep the range."""
    cues = grammar.ranges
    cue = cues.get("starting_level")
    if cue is None or low_group != "low":
        return False
    joint = text[match.end(low_group) : match.start("num")] if match.group("num") else ""
    word = cues.get("word_joint")
    if word is None or not word.match(joint):
        return False
    start = match.start(low_group)
    if not cue.search(text[max(0, start - 40) : start]):
        return False
    if "starting_not" in cues and cues["starting_not"].search(text[max(0, start - 60) : start]):
        return False
    before = text[max(0, start - 200) : start]
    if "starting_aim" in cues and cues["starting_aim"].search(before):
        return True
    clause = cues["clause_break"].split(before)[-1] if "clause_break" in cues else before
    after = text[match.end() : match.end() + 40]
    if "starting_base" in cues and cues["starting_base"].match(after):
        return False
    try:
        low = float(match.group(low_group).replace(",", ""))
        high = float(match.group("num").replace(",", ""))
    except ValueError:
        return False
    if low > high and "decrease" in cues:
        return bool(cues["decrease"].search(clause))
    if low < high and "increase" in cues:
        return bool(cues["increase"].search(clause))
    return False
