"""A figure asked for the time before a date, quoted from a clause that gives the figure
from that date on: "What was the weekly rate before July 2025?" is not answered by "From 1
July 2025, the rate is $948.10 per week" (that is the new rate, not the one before it).

The words that ask for the time before and the words that start a figure are data
(``[refusal_period]`` in kb/data/terms.toml)."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from kb.cjk import fold_wide_digits
from kb.hits import Hit
from kb.understand import Query

_FIGURE_KINDS = ("amount", "share", "count", "quantity")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], str]:
    raw = resources.files("kb").joinpath("data/terms.toml").read_text("utf-8")
    words = tomllib.loads(raw).get("refusal_period", {})

    def alt(key: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words.get(key, ()))

    before = re.compile(
        rf"\b(?:{alt('before')})\s+(?:the\s+)?(?:\d{{1,2}}\s+)?(?P<month>{_MONTHS})?\s*"
        r"(?P<year>(?:19|20)\d{2})\b",
        re.IGNORECASE,
    )
    return before, alt("start")


def _text(hit: Hit) -> str:
    return fold_wide_digits(hit.indexed_text or hit.text)


def before_start_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """The question asks for a figure before a month or year, and the quoted clause gives
    the figure starting at that same month or year (and names no earlier time)."""
    if query.kind not in _FIGURE_KINDS or not candidates:
        return ""
    before, start = _patterns()
    m = before.search(query.text)
    if m is None or not start:
        return ""
    month, year = m.group("month"), m.group("year")
    when = rf"(?:\d{{1,2}}\s+)?{month}\s+(?:\d{{1,2}},?\s+)?{year}" if month else year
    quoted = _text(candidates[0])
    if not re.search(rf"\b(?:{start})\s+(?:the\s+)?{when}\b", quoted, re.IGNORECASE):
        return ""
    if before.search(quoted) or re.search(r"\b(?:previously|formerly|until|up to)\b", quoted):
        return ""  # the clause gives the earlier figure too
    said = f"{month} {year}" if month else year
    return f"the passage found gives the figure from {said}, not before it"


PERIOD_CHECKS = {"before_start": before_start_reason}
