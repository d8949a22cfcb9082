"""A figure asked for the time before a date, quoted from a clause that gives the figure
from that date on: "What was the monthly grant before March 2031?" is not answered by
"Starting 1 March 2031, the grant is €310 a month" (that is the new figure, not the one
before it).

A clause that also gives the earlier figure is kept: one that says so in words
("previously", "up from", "the old grant" when the grant is asked), one that links two
figures by a change ("rose from €290 to €310"), or one that names an earlier period ("until
28 February 2031", "from March 2030 the grant was ..."). Two figures with no change between
them (a single rate and a couple rate) give no earlier figure, nor does a period that ends
after the asked date ("paid through June 2032"). The words are data (``[refusal_period]``
in kb/data/terms.toml)."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources
from typing import NamedTuple

from kb.carriers import MONTHS
from kb.cjk import fold_wide_digits
from kb.hits import Hit
from kb.understand import Query

_FIGURE_KINDS = ("amount", "share", "count", "quantity")
# A figure that is not a year: digits with their separators, a currency sign before or a
# percent after.
_FIGURE = (
    r"(?:[$£€¥]\s?)?(?<![\w.,])(?!(?:19|20)\d{2}\b(?!\s?%|\s+per\s?cent))\d[\d,]*(?:\.\d+)?"
    rf"(?:\s?%|\s+per\s?cent)?(?!\d|(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b)"
)
# A figure for counting: digits with their separators, with a currency sign before or a
# percent after.
_NUMBER = re.compile(
    r"(?P<sign>[$£€¥]\s?)?(?<![\w.,])\d[\d,]*(?:\.\d+)?(?P<pct>\s?%|\s+per\s?cent)?"
)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_DAY_BY_MONTH = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b|\b(?:{MONTHS})\s+\d{{1,2}}\b",
    re.IGNORECASE,
)
# A date: "1 March 2031", "March 1, 2031", "March 2031", "2031".
_DATE = (
    rf"(?:the\s+)?(?:\d{{1,2}}\s+)?(?:(?P<m>{MONTHS})\s+)?(?:\d{{1,2}},?\s+)?"
    r"(?P<y>(?:19|20)\d{2})\b"
)
_MONTH_NUMBER = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


class _Words(NamedTuple):
    before: re.Pattern[str]
    start: str
    earlier: re.Pattern[str]
    earlier_of: re.Pattern[str]
    changed: re.Pattern[str]
    earlier_figure: re.Pattern[str]
    until: re.Pattern[str]
    since: re.Pattern[str]


@functools.cache
def _words() -> _Words:
    raw = resources.files("kb").joinpath("data/terms.toml").read_text("utf-8")
    words = tomllib.loads(raw).get("refusal_period", {})

    def alt(key: str) -> str:
        found = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words.get(key, ()))
        return found or "(?!)"

    flags = re.IGNORECASE
    return _Words(
        before=re.compile(
            rf"\b(?:{alt('before')})\s+(?:the\s+)?(?:\d{{1,2}}\s+)?(?P<month>{MONTHS})?\s*"
            r"(?P<year>(?:19|20)\d{2})\b",
            flags,
        ),
        start=alt("start") if words.get("start") else "",
        earlier=re.compile(rf"\b(?:{alt('earlier')})\b", flags),
        earlier_of=re.compile(
            rf"\b(?:the|its|their|this|that|an?)\s+(?:{alt('earlier_of')})\s+(?P<noun>[a-z]+)",
            flags,
        ),
        # the change word right before "from", or before the new figure and then "from"
        # ("rises from X", "goes up to Y a week from X"); not "falls by Y ... from X" (a taper)
        changed=re.compile(
            rf"\b(?:{alt('changed')})\s+(?:to\s+{_FIGURE}(?:\s+[a-z]+){{0,3}}?\s+)?from\s+{_FIGURE}"
            rf"|from\s+{_FIGURE}(?:\s+[a-z]+){{0,2}}?\s+to\s+{_FIGURE}",
            flags,
        ),
        # "instead of X"; "was X" only after a pronoun or in brackets ("(it was X)"), not "the
        # supplement was X"; "replacing" only the previous or old figure; "compared with X"
        # only with a past time after it ("compared with X before then"), not "for a couple"
        earlier_figure=re.compile(
            rf"\b(?:{alt('earlier_figure')})\s+(?:[a-z]+\s+){{0,4}}?{_FIGURE}"
            rf"|(?:\(\s*|\b(?:{alt('earlier_was_after')})\s+)(?:{alt('earlier_was')})\s+"
            rf"(?:[a-z]+\s+){{0,2}}?{_FIGURE}"
            rf"|\b(?:{alt('replacing')})\s+(?:the\s+|its\s+)?(?:{alt('earlier_of')})\b"
            rf"|\b(?:{alt('compared')})\s+{_FIGURE}(?:\s+[a-z]+){{0,3}}?\s+"
            rf"(?:{alt('past')}|in\s+(?:19|20)\d{{2}})\b",
            flags,
        ),
        until=re.compile(rf"\b(?:{alt('until')})\s+{_DATE}", flags),
        since=re.compile(rf"\b(?:{alt('start')})\s+{_DATE}", flags),
    )


def _text(hit: Hit) -> str:
    return fold_wide_digits(hit.indexed_text or hit.text)


def _key(month: str | None, year: str) -> tuple[int, int]:
    """(year, month) of a date; a date with no month has month 0."""
    return int(year), _MONTH_NUMBER.get((month or "")[:3].lower(), 0)


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


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


def _gives_earlier(
    words: _Words, quoted: str, asked: tuple[int, int], question: str, kind: str
) -> bool:
    """The clause gives a figure of the time before ``asked`` too."""
    if words.before.search(quoted) or words.earlier.search(quoted):
        return True
    asked_words = {_stem(w) for w in re.findall(r"[a-z]+", question.lower())}
    if any(_stem(m.group("noun")) in asked_words for m in words.earlier_of.finditer(quoted)):
        return True
    # a period that ends on or before the asked date
    if any(_key(m.group("m"), m.group("y")) <= asked for m in words.until.finditer(quoted)):
        return True
    if figures(kind, quoted) < 2:
        return False
    # two figures, one the earlier: linked by a change, or one starting before the asked
    # date (a year alone must be an earlier year)
    if words.changed.search(quoted) or words.earlier_figure.search(quoted):
        return True
    for m in words.since.finditer(quoted):
        year, month = _key(m.group("m"), m.group("y"))
        if year < asked[0] or (month and asked[1] and (year, month) < asked):
            return True
    return False


def before_start_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """The question asks for a figure before a month or year, and the quoted clause gives
    the figure starting at that same month or year, and no earlier figure (no word pointing
    back to one, no change from an earlier figure, no earlier period)."""
    if query.kind not in _FIGURE_KINDS or not candidates:
        return ""
    words = _words()
    m = words.before.search(query.text)
    if m is None or not words.start:
        return ""
    month, year = m.group("month"), m.group("year")
    when = rf"(?:\d{{1,2}}\s+)?{month}\s+(?:\d{{1,2}},?\s+)?{year}" if month else year
    quoted = _text(candidates[0])
    if not re.search(rf"\b(?:{words.start})\s+(?:the\s+)?{when}\b", quoted, re.IGNORECASE):
        return ""
    if _gives_earlier(words, quoted, _key(month, year), query.text, query.kind):
        return ""
    said = f"{month} {year}" if month else year
    return f"the passage found gives the figure from {said}, not before it"


PERIOD_CHECKS = {"before_start": before_start_reason}
