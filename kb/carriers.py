"""What a passage carries: whether it can state an answer of a given kind at all.

``carries(kind, text)`` rules passages out (a question about a sum of money is not
answered by a passage without one); ``carrier_spans`` gives the character spans that
state such an answer, for choosing an excerpt. ``kb.understand`` re-exports both.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _longest_first(words: set[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_NUM_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|"
    r"dozens?|half|double|triple|twice"
)


_ZH_DIGIT = "〇零一二三四五六七八九十两"
_ZH_MAGNITUDE = "百千万亿"


def _measures_data() -> dict:
    return tomllib.loads(resources.files("kb").joinpath("data/measures.toml").read_text("utf-8"))


def _zh_run() -> str:
    """A run of Chinese numerals that can be a figure: not after 第, 每 or 某 (第二户, an
    ordinal), nor 一 after 这 or 那 (这一户, "this"; 这三项 is a count), not a run of
    magnitudes alone (千家, 千米级), not the numerals of a stock phrase of
    ``[numeral_measures] idioms`` in kb/data/measures.toml (最后一公里)."""
    numeral = f"{_ZH_DIGIT}{_ZH_MAGNITUDE}"
    idioms = "".join(
        f"(?!(?<={re.escape(idiom[:i])}){re.escape(idiom[i:])})" if i else f"(?!{re.escape(idiom)})"
        for idiom in _measures_data()["numeral_measures"].get("idioms", [])
        for i, ch in enumerate(idiom)
        if ch in numeral
    )
    start = f"(?<![第每某{numeral}])(?!(?<=[这那])一){idioms}"
    return f"{start}[{_ZH_MAGNITUDE}]*[{_ZH_DIGIT}][{numeral}]*(?:多|余)?"


def figure_in_units(dims: str) -> str:
    """A figure in digits or Chinese numerals (see ``_zh_run``) before a unit of
    ``[units_zh]`` ``dims`` (八十千米, 600公里; not 千米级, nor 平方千米, whose 千 follows no
    numeral): the pattern terms.toml ``[word_patterns]`` names as ``units_zh:length``."""
    units = _longest_first(set(_measures_data()["units_zh"][dims]))
    return rf"(?:\d\s*|{_zh_run()})(?:{units})"


def _zh_numeral_figure() -> str:
    """A run of Chinese numerals (``_zh_run``) that is a figure: followed by a unit of
    ``[units_zh]`` or a measure word of ``[numeral_measures]`` in kb/data/measures.toml
    (三十立方米, 二百户, 三十多个); a weak unit (度) and a sum of money in 元 (一元化, 二元结构
    are no sums; a sum in 万元 still counts through 万) are left out. Not a figure: 一 alone
    before a measure word (一所学校, "a") unless a bound or a verb of providing of
    ``one_counted_after`` comes right before it (至少配备一名, "one"), a unit of
    ``not_before_numeral`` followed by another numeral (五升二降)."""
    data = _measures_data()
    weak = set(data.get("weak_units", []))
    units = {
        w
        for dims, words in data["units_zh"].items()
        if dims != "money"
        for w in words
        if w not in weak
    }
    table = data["numeral_measures"]
    rising = set(table.get("not_before_numeral", []))
    numeral = f"{_ZH_DIGIT}{_ZH_MAGNITUDE}"
    unit = (
        f"(?:{_longest_first(units - rising)}"
        + (f"|(?:{_longest_first(rising)})(?![{numeral}])" if rising else "")
        + ")"
    )
    measure = f"(?:{_longest_first(set(table['zh']))})"
    run = _zh_run()
    one = f"一(?![{numeral}])"
    counted = "|".join(f"(?<={re.escape(w)})" for w in table.get("one_counted_after", []))
    if counted:
        return f"(?:{run}{unit}|(?:(?:{counted})(?={one})|(?!{one})){run}{measure})"
    return f"(?:{run}{unit}|(?!{one}){run}{measure})"


_NUMBER = re.compile(
    rf"(?<![A-Za-z0-9_.])(?:\d[\d,. ]*\d|\d)(?![\d]|\s*[月日号])|\b(?:{_NUM_WORDS})\b|"
    + _zh_numeral_figure(),
    re.IGNORECASE,
)
#: A figure: digits (spaced or separated runs too), a number word or a Chinese numeral.
NUMBER = _NUMBER
_MONEY = re.compile(
    r"[$€£¥₹]\s?\d|\b(?:usd|eur|rmb|cny|inr|dollars?|euros?|yuan|renminbi|rupees?|crores?|lakhs?)\b|"
    # "Rs. 19", "Rs 27", "Rs.600": no word boundary follows the full stop before a space
    r"\brs\.?(?=\s?\d)|"
    # a sum in yuan or a foreign currency written in Chinese (3亿元, 40亿美元, 5000万欧元)
    r"[\d〇零一二三四五六七八九十百千两]\s?[万亿千百]*(?:(?:美|欧|日|港|澳门|新台|韩)?元|英镑)|"
    # a fine set as a multiple of a base or up to its value (五倍以下罚款, 价款等值以下的罚款)
    r"[\d〇零一二三四五六七八九十两]倍(?=[^。；;]{0,16}罚)|等值以下的?罚款|"
    r"\b(?:bn|billion|million|trillion)\b(?=[^.;]{0,40}\b(?:fund|funding|invest|grant|loan|financ|budget|dollars?|euros?))",
    re.IGNORECASE,
)
_SHARE_WORDS = r"%|％|\bper ?cent\b|\bpercentage points?\b|百分之"
# A share in words ("roughly half", "about one-sixth", "two thirds").
_FRACTION = re.compile(
    r"\b(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b",
    re.IGNORECASE,
)


# A rate's formula multiplies by 100% ("覆盖率=签约人数/常住人口数×100%", "rate = A / B x
# 100%"): it defines the share and states none.
_FORMULA_PERCENT = re.compile(r"(?:[*×]|(?<![A-Za-z])[xX]\s)\s*100\s*[%％]")


@functools.cache
def _share() -> re.Pattern[str]:
    """What states a share: a percentage, or 成 as a tenth, which it is only after a numeral
    ("八成以上", not "取得明显成效"), and after 一 only where 一 does not end a word (这一,
    统一, 唯一) and 一成 starts none (一成不变); the words are ``[share_cheng]`` of
    kb/data/measures.toml."""
    data = tomllib.loads(resources.files("kb").joinpath("data/measures.toml").read_text("utf-8"))
    words = data["share_cheng"]
    ends = "".join(map(re.escape, words["yi_ends_word_after"]))
    starts = _longest_first(set(words["not_after"]))
    cheng = (
        rf"(?<=[二三四五六七八九十两半\d])成(?!{starts})"
        rf"|(?<![{ends}]一)(?<=一)成(?!{starts})"
    )
    return re.compile(rf"{_SHARE_WORDS}|{cheng}", re.IGNORECASE)


#: Month names and their abbreviations, longest first where one begins another.
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
# "May" is a month beside a day number only when written capitalised: "up to 4 may
# apply" holds the verb.
_MONTH = "(?:" + MONTHS.replace("May|", "") + "|(?-i:May))"
_ORDINAL = r"(?:st|nd|rd|th)?"
#: A calendar day: "March 1", "March 1st", "1 March", "the 1st of March", "2026-03-01",
#: "01/03/2026", "1.3.2026", "3月1日".
_DAY_PATTERN = (
    rf"\b{_MONTH}\.?\s+\d{{1,2}}{_ORDINAL}\b|\b\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?{_MONTH}\b|"
    r"\b(?:19|20)\d\d[-/]\d\d[-/]\d\d\b|\b\d{1,2}/\d{1,2}/(?:(?:19|20)\d\d|\d\d)\b|"
    r"\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b|"
    r"[〇零一二三四五六七八九十\d]+月[〇零一二三四五六七八九十\d]+日"
)
_DAY = re.compile(_DAY_PATTERN, re.IGNORECASE)
_DATE = re.compile(
    rf"{_DAY_PATTERN}|"
    # "within sixty (60) days": a number in words may carry its figure in brackets, after
    # any number words ("one hundred eighty (180)")
    r"\b(?:within|no later than|not later than|at least)\s+"
    r"(?:(?:[a-z]+[\s-]+){0,4}[a-z]+\s*\(\d+\)|[\w-]+)\s+"
    r"(?:days?|months?|years?|weeks?|working days?)\b|"
    r"\b\d+\s*(?:days?|months?|weeks?|working days?|hours?|minutes?)\b|"
    r"[\d〇零一二三四五六七八九十两]+\s*(?:个)?(?:工作日|自然日|日|月|天|年)|年\d{1,2}月|"
    r"[\d〇零一二三四五六七八九十两]+\s*(?:个)?半?(?:小时|分钟|周|星期)",
    re.IGNORECASE,
)
_ACTOR = re.compile(
    r"\b(?:Ministry|Ministries|Commission|Council|Parliament|Department|Agency|Administration|Secretary|"
    r"Office|Bureau|Authority|Authorities|Government|President|State|States|Board|Corps|Service|"
    r"Institute|Bank|Fund|operators?|enterprises?|companies|undertakings|agencies|departments|"
    r"governments|authorities|providers?|manufacturers?|utilities)\b|"
    r"部|委员会|局|国务院|政府|单位|企业|机构|主管部门|办公室",
)
_DEFINITION = re.compile(
    r"\b(?:means|refers to|is defined as|are defined as|shall mean|is understood as|"
    r"is an? [a-z]+ (?:that|which|where))\b|是指|指的是|系指",
    re.IGNORECASE,
)


@functools.cache
def _year_shaped_figure() -> re.Pattern[str]:
    """What makes a year-shaped figure (2000) a quantity when it follows it: a Chinese
    magnitude, measure word or unit right after it ("2000亿度", "2000家"), an English unit
    after a space ("2000 MW"); from kb/data/measures.toml."""
    data = tomllib.loads(resources.files("kb").joinpath("data/measures.toml").read_text("utf-8"))
    weak = set(data.get("weak_units", []))
    zh = {w for words in data["units_zh"].values() for w in words}
    zh |= set(data["year_shaped"]["zh"])
    en = {w for words in data["units"].values() for w in words if len(w) > 1 and w not in weak}
    return re.compile(rf"(?:{_longest_first(zh)})|[ \t]+(?:{_longest_first(en)})\b", re.IGNORECASE)


def is_year(text: str, m: re.Match[str]) -> bool:
    """Whether the figure ``m`` of ``text`` reads as a year: year-shaped and not followed
    by a magnitude, measure word or unit."""
    return bool(_YEAR.fullmatch(m.group(0).strip())) and not _year_shaped_figure().match(
        text, m.end()
    )


def _numbers_outside_years(text: str) -> bool:
    return any(not is_year(text, m) for m in _NUMBER.finditer(text))


def carries(kind: str, text: str) -> bool:
    """Whether ``text`` can state an answer of ``kind`` at all.

    Loose on purpose: it only rules passages out (a share needs a percentage, a sum
    of money a currency, a year a year), never rules them in.

    Example:
        >>> carries("share", "Sales should reach 50% by 2030.")
        True
        >>> carries("amount", "Sales should reach 50% by 2030.")
        False
    """
    if kind == "amount":
        return bool(_MONEY.search(text))
    if kind == "share":
        text = _FORMULA_PERCENT.sub(" ", text)
        return bool(_share().search(text)) or bool(_FRACTION.search(text))
    if kind in ("count", "quantity"):
        return _numbers_outside_years(text)
    if kind == "year":
        return bool(_YEAR.search(text)) or bool(_DATE.search(text))
    if kind == "date":
        return bool(_DATE.search(text)) or bool(_YEAR.search(text))
    if kind == "actor":
        return bool(_ACTOR.search(text))
    if kind == "definition":
        return bool(_DEFINITION.search(text)) or len(text) > 40
    return True


def states_day(text: str) -> bool:
    """Whether ``text`` gives a calendar date to the day ("March 1", "1 March",
    "2026-03-01"), not only a year; a span of time ("for 20 years") is no day.

    Example:
        >>> states_day("The levy starts on June 3, 2027."), states_day("The levy starts in 2027.")
        (True, False)
        >>> states_day("Leases signed for 20 years or more are exempt.")
        False
    """
    return bool(_DAY.search(text))


def day_years(text: str) -> set[str]:
    """The years ``text`` gives a calendar day in ("June 3, 2027" -> 2027); a day
    without its year ("met on 4 June") gives none.

    Example:
        >>> sorted(day_years("Sign-up opens 2 May 2027 and closes on 9 June."))
        ['2027']
    """
    return {y for _, _, years in day_spans(text) for y in years}


def day_spans(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Each calendar day in ``text``: its span and the years written with it."""
    spans = []
    for m in _DAY.finditer(text):
        around = text[max(0, m.start() - 6) : m.end() + 8]
        spans.append((m.start(), m.end(), frozenset(y.group(0) for y in _YEAR.finditer(around))))
    return spans


def years_without_day(text: str) -> set[str]:
    """The years ``text`` names when it gives no calendar day ("by 2027" -> 2027)."""
    return set() if states_day(text) else {m.group(0) for m in _YEAR.finditer(text)}


def carrier_spans(kind: str, text: str) -> list[tuple[int, int]]:
    """Character spans in ``text`` that state an answer of ``kind`` (for choosing an excerpt)."""
    patterns = {
        "amount": [_MONEY],
        "share": [_share()],
        "count": [_NUMBER],
        "quantity": [_NUMBER],
        "year": [_YEAR, _DATE],
        "date": [_DATE, _YEAR],
        "actor": [_ACTOR],
        "definition": [_DEFINITION],
    }.get(kind, [])
    spans = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            if kind in ("count", "quantity") and is_year(text, m):
                continue
            spans.append((m.start(), m.end()))
    return sorted(spans)
