"""Whether a target's figure is a ceiling in effect: lowered *to* a figure ("reduce
the share of landfill to 10%", 降至10%) as "no more than 10%" is, unlike a cut *by*
a figure or to a figure below a base year; and whether a clause revises an aim
(``REVISES_AIM``), which says how the aim moved, not which way the quantity goes.

Used by ``ingest.metric_keys`` (a key's polarity) and ``kb.track_signals``.
"""

from __future__ import annotations

import re
from typing import Any

_FLAGS = re.IGNORECASE

#: A clause that revises an aim ("the offshore wind objective for 2030 is lowered to 2,000
#: MW", "目标下调至") says how the aim moved, not which way the quantity should go.
REVISES_AIM = re.compile(
    r"\b(?:target|objective|goal|ambition|aim)s?\b[^.;]{0,80}?\b(?:is|are|was|were|has\s+been|"
    r"have\s+been|will\s+be|being)\s+(?:lowered|raised|reduced|increased|cut|lifted|scaled\s+back|"
    r"revised(?:\s+(?:up|down)(?:wards?)?)?)(?:\s+from\s+[^.;]{1,40}?)?\s+to\b"
    # the aim's noun with its old and new value: "extended its reduction target from 37 to 48"
    # (a number right after "from": "the goals from the 2021 plan to 2030" move nothing)
    r"|\b(?:target|objective|goal|ambition|aim)s?\s+from\s+(?:(?:about|around|roughly|some|"
    r"approximately|just)\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent)?\s+to\b"
    r"|目标[^。；;]{0,30}(?:下调|上调|调整|调低|调高|调减|调增)(?:至|为|到)",
    _FLAGS,
)
# "reduce the share of landfill to 10%", "降至10%": a ceiling in effect, as "no more than
# 10%" is; "cut by 55%" and "to 50% below 2005" are not.
_TO_FIGURE = re.compile(r"\bto\s*(?:about|around|approximately)?\s*$", _FLAGS)
_ZH_LOWERED_TO = re.compile(
    r"(?:降至|降到|下降到|下降至|降低到|降低至|减少到|减少至|压减至|压减到)\s*$"
)
_AFTER_FIGURE_BELOW = re.compile(r"^\S*\s*(?:below|under|lower|less|from|compared)\b", _FLAGS)


def lowered_to(record: Any) -> bool:
    """Whether a target lowers its quantity *to* the figure (a ceiling in effect)."""
    if getattr(record, "base_year", None) or REVISES_AIM.search(record.text or ""):
        return False
    text, figure = record.text or "", getattr(record, "value_text", "") or ""
    at = text.find(figure) if figure else -1
    if at <= 0 or _AFTER_FIGURE_BELOW.match(text[at + len(figure) :].lstrip()):
        return False
    if _ZH_LOWERED_TO.search(text[:at]):
        return True
    return getattr(record, "direction", None) == "decrease" and bool(_TO_FIGURE.search(text[:at]))
