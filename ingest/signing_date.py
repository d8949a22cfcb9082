"""The date a Chinese official document was signed, read from its text.

A 通知 or 意见 saved without its page ends its cover letter with the issuing body and the
day it signed ("国务院办公厅2016年2月16日（此件公开发布）"), often in Chinese digits
("二○○五年二月二十二日"). When no manifest, page header or event dates the document, that
day does: a figure due in an earlier year is then a statistic, not an aim. The pattern is
data (``[signing_date]`` in ``ingest/lang/zh.toml``).
"""

from __future__ import annotations

import datetime
import functools
import re
import tomllib
from importlib import resources

_DIGITS = {"○": 0, "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}  # fmt: skip


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    raw = resources.files("ingest.lang").joinpath("zh.toml").read_text("utf-8")
    return re.compile(tomllib.loads(raw)["signing_date"]["pattern"])


def _number(text: str) -> int:
    """An Arabic or Chinese number up to 99 ("12", "十二", "二十二"), or a year in Chinese
    digits written one by one ("二○○五")."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)


def find_signing_date(text: str) -> str | None:
    """The first signing date in ``text`` as ``YYYY-MM-DD``, or None when there is none or
    it is no valid day."""
    for match in _pattern().finditer(text):
        try:
            day = datetime.date(
                _number(match["year"]), _number(match["month"]), _number(match["day"])
            )
        except (KeyError, ValueError):
            continue
        return day.isoformat()
    return None
