"""Chinese pieces of the refusal checks (``kb.refusal``).

- A Chinese national text speaks of China as 全国 (the whole country), or through a
  national body (国务院, 国家能源局), without naming it: the name check accepts it for
  "China" (``implied_name``). Only the name check reads this; a question about China
  is not widened to every 全国 clause.
- A Chinese count question names what it counts in ("多少台挖掘机"): a Chinese clause
  that answers it states a number in that measure word (5台, 1.2万台); a sum in 亿元 is
  not a number of machines, and "一批园区" (a batch) no number of parks
  (``count_unit_reason``).
  Measure words that count the same things (座 and 家 for mines, 台 and 辆 for
  vehicles) are data (``[measure_words]`` of ``kb/data/zh_scope.toml``).
- A year written in Chinese numerals (二〇二五年) is that year for the year checks
  (``written_years``).
- A five-year plan period names its years: 十二五 is 2011-2015 and "the 11th Five-Year
  Plan" 2006-2010 (``period_years``), so a question about one period is not answered
  from a clause about another.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable
from importlib import resources

__all__ = ["count_unit_reason", "implied_name", "period_years", "written_years"]

# 个百分点 asks for a change in points, stated as a share ("下降13.5%"): no count.
_COUNTED = re.compile(r"多少(台|辆|座|艘|架|家|所|名|户|条|套|种|张|项|个(?!百分点))")
# 个 is the general measure word: a number in any specific one also counts ("100家园区",
# "20条航线", "50套系统" answer "多少个…"); "一批" (a batch) is no number.
_ANY_MEASURE = (
    "(?:个|台|辆|座|艘|架|家|所|名|户|处|项|条|套|种|张|批次|栋|间|组|部|片|根|只|块|支|口|眼)"
)
# 十一五 .. 十九五, and "the 12th Five-Year Plan"; the tenth period (十五) is left out, as
# 十五 is also the number fifteen.
_PERIOD = re.compile(
    r"十([一二三四五六七八九])五|\b(\d{1,2})(?:st|nd|rd|th)\s+five-year\s+plan", re.IGNORECASE
)
_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}
# The third plan began in 1966 and each later one five years after the one before.
_THIRD_PLAN_START = 1966
_NUMBER = r"(?:\d[\d.,]*|[一二两三四五六七八九十百千]+)\s*(?:多|余)?\s*(?:万|亿)?\s*"


@functools.cache
def _implied() -> dict[str, list[str]]:
    raw = resources.files("kb").joinpath("data/zh_scope.toml").read_text("utf-8")
    return tomllib.loads(raw).get("implied_names", {})


def implied_name(tokens: set[str], name: str, tokenize: Callable[[str], list[str]]) -> bool:
    """Whether a text with ``tokens`` speaks of ``name`` without naming it (全国, or a
    national ministry such as 国家能源局: China; ``[implied_names]`` of zh_scope.toml)."""
    return any(set(tokenize(word)) <= tokens for word in _implied().get(name.lower(), ()))


_DIGIT_ZH = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
_WRITTEN_YEAR = re.compile(r"([一二][〇零一二三四五六七八九]{3})年")


def written_years(text: str) -> set[str]:
    """The years ``text`` writes in Chinese numerals, digit by digit.

    Example:
        >>> sorted(written_years("二〇二五年底前完成，二零三〇年达到"))
        ['2025', '2030']
    """
    years = {"".join(_DIGIT_ZH[c] for c in m.group(1)) for m in _WRITTEN_YEAR.finditer(text)}
    return {y for y in years if y[:2] in ("19", "20")}


@functools.cache
def _alike() -> dict[str, str]:
    """Each measure word of ``[measure_words] alike`` and the pattern of its group."""
    raw = resources.files("kb").joinpath("data/zh_scope.toml").read_text("utf-8")
    groups = tomllib.loads(raw).get("measure_words", {}).get("alike", [])
    return {w: "(?:" + "|".join(map(re.escape, g)) + ")" for g in groups for w in g}


def count_unit_reason(question: str, quoted: str) -> str:
    """Why ``quoted`` (a Chinese clause) cannot answer a count asked in a measure word
    (or one that counts the same things: 座 and 家)."""
    unit = _COUNTED.search(question)
    if unit is None:
        return ""
    word = unit.group(1)
    measure = _ANY_MEASURE if word == "个" else _alike().get(word, re.escape(word))
    if re.search(_NUMBER + measure, quoted):
        return ""
    return f"the passage found gives no number counted in {unit.group(1)}"


def period_years(text: str) -> set[str]:
    """The years of the five-year plan periods ``text`` names.

    Example:
        >>> sorted(period_years("“十二五”期间"))
        ['2011', '2012', '2013', '2014', '2015']
    """
    years: set[str] = set()
    for m in _PERIOD.finditer(text):
        n = 10 + _DIGITS[m.group(1)] if m.group(1) else int(m.group(2))
        if n < 3:
            continue
        start = _THIRD_PLAN_START + 5 * (n - 3)
        years.update(str(y) for y in range(start, start + 5))
    return years
