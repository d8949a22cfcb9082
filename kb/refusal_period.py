"""A figure asked for the time before a date, quoted from a clause that gives the figure
from that date on: "What was the monthly grant before March 2031?" is not answered by
"Starting 1 March 2031, the grant is €310 a month" (that is the new figure, not the one
before it).

A clause that also gives the earlier figure is kept: one that says so in words
("previously", "up from", "until", "the old fee") or states two figures of the asked
kind (an old one and a new one: "rose from €290 to €310"). The words that ask for the time
before, the words that start a figure and the words that point back to an earlier figure
are data (``[refusal_period]`` in kb/data/terms.toml)."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from kb.carriers import MONTHS
from kb.cjk import fold_wide_digits
from kb.hits import Hit
from kb.understand import Query

_FIGURE_KINDS = ("amount", "share", "count", "quantity")
# A figure: digits with their separators, with a currency sign before or a percent after.
_NUMBER = re.compile(
    r"(?P<sign>[$£€¥]\s?)?(?<![\w.,])\d[\d,]*(?:\.\d+)?(?P<pct>\s?%|\s+per\s?cent)?"
)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_DAY_BY_MONTH = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b|\b(?:{MONTHS})\s+\d{{1,2}}\b",
    re.IGNORECASE,
)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], str, re.Pattern[str]]:
    raw = resources.files("kb").joinpath("data/terms.toml").read_text("utf-8")
    words = tomllib.loads(raw).get("refusal_period", {})

    def alt(key: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words.get(key, ()))

    before = re.compile(
        rf"\b(?:{alt('before')})\s+(?:the\s+)?(?:\d{{1,2}}\s+)?(?P<month>{MONTHS})?\s*"
        r"(?P<year>(?:19|20)\d{2})\b",
        re.IGNORECASE,
    )
    day = rf"(?:the\s+)?(?:\d{{1,2}}\s+)?(?:(?:{MONTHS})\s+)?(?:\d{{1,2}},?\s+)?(?:19|20)\d{{2}}"
    until = rf"(?:{alt('until') or '(?!)'})\s+{day}"
    earlier = re.compile(rf"\b(?:{alt('earlier') or '(?!)'}|{until})\b", re.IGNORECASE)
    return before, alt("start"), earlier


def _text(hit: Hit) -> str:
    return fold_wide_digits(hit.indexed_text or hit.text)


def figures(kind: str, text: str) -> int:
    """How many figures of ``kind`` ``text`` states: for a sum, those with a currency sign
    (when any has one); for a share, those with a percent; years and the day of a date are
    not figures."""
    days = {m.start() for m in _DAY_BY_MONTH.finditer(text)}
    found = [
        m
        for m in _NUMBER.finditer(text)
        if m.start() not in days and not (_YEAR.fullmatch(m.group()) and not m.group("pct"))
    ]
    marked = [m for m in found if m.group("sign" if kind == "amount" else "pct")]
    if kind in ("amount", "share") and marked:
        return len(marked)
    return len(found)


def before_start_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """The question asks for a figure before a month or year, and the quoted clause gives
    the figure starting at that same month or year, and no earlier figure (no word pointing
    back to one, no second figure of the asked kind)."""
    if query.kind not in _FIGURE_KINDS or not candidates:
        return ""
    before, start, earlier = _patterns()
    m = before.search(query.text)
    if m is None or not start:
        return ""
    month, year = m.group("month"), m.group("year")
    when = rf"(?:\d{{1,2}}\s+)?{month}\s+(?:\d{{1,2}},?\s+)?{year}" if month else year
    quoted = _text(candidates[0])
    if not re.search(rf"\b(?:{start})\s+(?:the\s+)?{when}\b", quoted, re.IGNORECASE):
        return ""
    if before.search(quoted) or earlier.search(quoted) or figures(query.kind, quoted) > 1:
        return ""  # the clause gives the earlier figure too
    said = f"{month} {year}" if month else year
    return f"the passage found gives the figure from {said}, not before it"


PERIOD_CHECKS = {"before_start": before_start_reason}
