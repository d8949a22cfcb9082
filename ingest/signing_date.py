"""The date a Chinese official document was signed, read from its text.

A 通知 or 意见 saved without its page ends its cover letter with the issuing body and the
day it signed ("市发展改革委2019年4月8日（此件主动公开）"), often in Chinese digits
("二〇一九年四月八日"). When no manifest, page header or event dates the document, that
day does: a figure due in an earlier year is then a statistic, not an aim. A date the
text cites ("根据省政府2015年6月1日印发的《…》") is no signature; a text is signed on or
after every date it cites, so the latest signature wins. The patterns are data
(``[signing_date]`` in ``ingest/lang/zh.toml``).

A speech or a work report saved without its page carries the day it was delivered under its
title instead ("——2031年1月20日在某省第十六届人民代表大会第二次会议上"): that day dates it
the same way (``find_delivery_date``, ``[signing_date] delivery``).
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
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = resources.files("ingest.lang").joinpath("zh.toml").read_text("utf-8")
    table = tomllib.loads(raw)["signing_date"]
    return (
        re.compile(table["pattern"]),
        re.compile(table["citation_before"]),
        re.compile(table["delivery"], re.M),
    )


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
    """The latest signing date in ``text`` as ``YYYY-MM-DD``, or None when there is none
    that is a valid day and not a cited document's date."""
    pattern, citation, _delivery = _patterns()
    days: list[datetime.date] = []
    for match in pattern.finditer(text):
        if citation.search(text, max(0, match.start() - 24), match.start() + 1):
            continue  # "按照国务院…日印发的": the date of a text cited
        try:
            days.append(
                datetime.date(
                    _number(match["year"]), _number(match["month"]), _number(match["day"])
                )
            )
        except (KeyError, ValueError):
            continue
    return max(days).isoformat() if days else None


# How far into a text its delivery line may stand: under the title and the paper's name.
_DELIVERY_CHARS = 400


def find_delivery_date(text: str) -> str | None:
    """The day a speech or report was delivered, from a line of its own near the top that
    opens with the day and names the meeting ("2031年1月20日在…会议上"), as ``YYYY-MM-DD``;
    None when there is no such line or its day is not a valid one."""
    match = _patterns()[2].search(text[:_DELIVERY_CHARS])
    if match is None:
        return None
    try:
        day = datetime.date(_number(match["year"]), _number(match["month"]), _number(match["day"]))
    except (KeyError, ValueError):
        return None
    return day.isoformat()
