"""The two year checks of ``kb.refusal``: a year the question names that no candidate
speaks of (**year**), and a figure asked for one year quoted from a clause stating it for
another (**year_chosen**).

A clause stating no year of its own takes its document's year only when the Chinese
title says the whole text is one year's standards or figures, or a year's work report
(that year and the one before it reviews; ``kb/data/title_years.toml``): a plan written
in 2024 states aims for 2030, and so does a work report's forward section, so a work
report refuses a year before the two it is for, or decades after them.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Sequence
from importlib import resources

from kb.cjk import fold_wide_digits
from kb.retrieve import Hit
from kb.understand import Query
from kb.zh_checks import period_years, written_years

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A date written as eight digits, as a table's or a file's name writes it ("20181207"): its
# first four are a year; a longer run of digits (a serial number) is no date.
_COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)")
# Eight digits after a phone, serial or account label are that number, not a date
# ("联系电话：20181207", "Serial 20181207").
_NUMBER_LABEL = re.compile(
    r"(?:编号|电话|号码|手机|传真|序号|账号|代码|批号|\b(?:[Nn]o|[Tt]el|[Ff]ax|[Ss]erial|[Pp]hone|"
    r"[Nn]umber|[Cc]ode|[Aa]ccount|[Ii][Dd])\b\.?|#)\s*[:：.]?\s*$"
)
_YEAR_NOT_DECADE = re.compile(r"(?<!\d)(?:19|20)\d\d(?![\d’']?s\b)(?!\d)")
_FIGURE_KINDS = ("amount", "share", "count", "quantity")
# A work report's forward section looks a plan period or two ahead (今后五年, 2035年远景).
_AIM_HORIZON = 10

# A year followed by 年, not a month, an end or a span ("2025年底", "2025年3月").
_TITLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年(?![\d—\-－–至到~～]|[底末前后以]|\d*月)")
# A span of years, with any dash (em, en, ASCII, full-width), 至 or 到, spaced or not:
# "2021—2025年", "2021–2025年", "2021 - 2025年", "2021年到2025年".
_YEAR_SPAN = re.compile(r"(?:19|20)\d\d年?\s*[—–\-－~～至到]\s*(?:19|20)\d\d年?")


def _compact_years(text: str) -> set[str]:
    """The years of eight-digit dates in ``text``, none after a number's label."""
    return {
        m.group(1)
        for m in _COMPACT_DATE.finditer(text)
        if not _NUMBER_LABEL.search(text[max(0, m.start() - 12) : m.start()])
    }


def _text(hit: Hit) -> str:
    return fold_wide_digits(hit.indexed_text or hit.text)


@functools.cache
def _title_words() -> dict[str, tuple[str, ...]]:
    raw = resources.files("kb").joinpath("data/title_years.toml").read_text("utf-8")
    return {k: tuple(v) for k, v in tomllib.loads(raw).get("zh", {}).items()}


def title_year(title: str) -> set[str]:
    """The years a Chinese title sets for its whole text: the year of a notice on one
    year's standards or figures, a work report's year and the year before it reviews;
    none for a plan, a revision or a span of years.

    Example:
        >>> sorted(title_year("关于公布2025年城乡低保标准的通知"))
        ['2025']
        >>> sorted(title_year("某省2025年政府工作报告"))
        ['2024', '2025']
        >>> sorted(title_year("某市2024年新能源汽车推广行动计划"))
        []
        >>> sorted(title_year("某市2024年全民健身标准化工作要求"))
        []
    """
    words = _title_words()
    title = fold_wide_digits(title)
    if any(w in title for w in words.get("not_one_year", ())):
        return set()
    years = set(_TITLE_YEAR.findall(_YEAR_SPAN.sub(" ", title)))
    if any(w in title for w in words.get("year_and_year_before", ())):
        return years | {str(int(y) - 1) for y in years}
    one_year = any(w in title for w in words.get("one_year", ()))
    one_year = one_year or any(re.search(p, title) for p in words.get("one_year_patterns", ()))
    return years if one_year else set()


def _states_later_aims(title: str) -> bool:
    """A work report: its forward section states aims for years after its own."""
    words = _title_words().get("year_and_year_before", ())
    return any(w in fold_wide_digits(title) for w in words)


def year_reason(
    query: Query, candidates: Sequence[Hit], doc_date: Callable[[str], str] = lambda _: ""
) -> str:
    """The question names years that no candidate (with its paragraph, its document's
    title and date) mentions, as a year or inside a date ("20181207").

    Example:
        >>> from kb.understand import understand
        >>> from kb.hits import Hit
        >>> h = Hit(key="k", doc_id="d", clause_id="1", text="20181207日前市场结算表")
        >>> year_reason(understand("What did the market cost in December 2018?"), [h])
        ''
    """
    named = set(_YEAR.findall(query.text))
    if not named:
        return ""
    for hit in candidates:
        around = fold_wide_digits(f"{hit.context} {hit.title}")
        said = f"{_text(hit)} {around} {doc_date(hit.doc_id)}"
        seen = set(_YEAR.findall(said)) | _compact_years(said)
        if named & (seen | written_years(f"{_text(hit)} {around}")):
            return ""
    return f"no passage speaks of {', '.join(sorted(named))}"


def year_chosen_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """A figure is asked for a year the question names, and the quoted clause states one
    for another year, never mentioning the asked one (nor does its paragraph, section or
    title): "the EV share for 2035" is not stated by a clause about 2030."""
    named = set(_YEAR_NOT_DECADE.findall(query.text))  # "the mid-2030s" names no year
    named |= period_years(query.text)  # 十二五: 2011-2015
    if not named or not candidates or query.kind not in _FIGURE_KINDS:
        return ""
    hit = candidates[0]
    own = set(_YEAR.findall(_text(hit))) | period_years(_text(hit)) | written_years(_text(hit))
    around = fold_wide_digits(f"{hit.context} {' '.join(hit.section)} {hit.title}")
    seen = own | set(_YEAR.findall(around)) | period_years(around) | written_years(around)
    if named & seen:
        return ""
    if not own:
        # a clause stating no year of its own states the year its document is for, when
        # the title says the text is one year's standards ("关于公布2025年…标准的通知")
        own = title_year(hit.title)
        if not own or named & own:
            return ""
        if _states_later_aims(hit.title) and all(
            0 < int(y) - max(map(int, own)) <= _AIM_HORIZON for y in named
        ):
            return ""  # a work report's aims for the years after its own
        return f"the document found is for {', '.join(sorted(own))}, not {', '.join(sorted(named))}"
    return f"the passage found speaks of {', '.join(sorted(own))}, not {', '.join(sorted(named))}"
