"""A structured record rendered as one line in the language of the question.

An English question over a Chinese clause gets English field names and an
English reading of the figure ("By 2030: wind and solar installed capacity >
2.8 billion kW"); a Chinese question gets a Chinese line ("到2030年：风电和太阳能
发电总装机容量 28亿千瓦以上"), whatever the language of the source. The clause itself
is always quoted as written, so a rendering never stands in for the original.

Terms are translated through ``kb/data/glossary.toml`` (longest match first); a
term with no entry is kept as written, so a rendering can mix scripts but never
invents a word.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import Any

from ingest.widths import numeral_value
from kb.cjk import CJK_CHARS, has_cjk

_CJK_CHAR = re.compile(f"[{CJK_CHARS}]")

#: Comparators as stored (ingest/lang/*.toml) -> English symbol.
_COMP_EN = {">": "> ", ">=": "≥ ", "<": "< ", "<=": "≤ ", "~": "about "}
#: Comparators -> Chinese words before (or, for 以上/以下/左右, after) the figure.
_COMP_ZH_BEFORE = {">=": "不低于", "<": "低于"}
_COMP_ZH_AFTER = {">": "以上", "<=": "以下", "~": "左右"}
_ZH_QUALIFIER = re.compile(r"(以上|以下|左右|以内)$")

_SCALE = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "十万": 1e5, "万": 1e4, "千": 1e3}
_ZH_FIGURE = re.compile(
    r"^(?P<num>\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千]+)\s*"
    r"(?P<scale>万亿|亿|千万|百万|十万|万|千)?\s*(?P<unit>[^\d]*?)\s*"
    r"(?P<qual>以上|以下|左右|以内)?$"
)


def language_of(text: str) -> str:
    """``"zh"`` when ``text`` holds Chinese characters, else ``"en"``.

    Example:
        >>> language_of("到2030年占比多少？"), language_of("What share by 2030?")
        ('zh', 'en')
    """
    return "zh" if has_cjk(text) else "en"


@functools.cache
def _glossary() -> dict[str, Any]:
    raw = resources.files("kb").joinpath("data/glossary.toml").read_text("utf-8")
    return tomllib.loads(raw)


@functools.cache
def glossary_pairs() -> tuple[tuple[str, str], ...]:
    """(Chinese, English) glossary pairs that name a thing: both sides non-empty, the
    English at least four letters, Chinese at least two characters."""
    return tuple(
        (zh, en.strip().removesuffix("'s").rstrip("'"))
        for zh, en in _glossary()["zh_en"].items()
        if len(zh) >= 2 and _CJK_CHAR.search(zh) and len(en.strip()) >= 4
    )


@functools.cache
def extra_english() -> tuple[tuple[str, str], ...]:
    """(English, Chinese) search-only pairs from the glossary's ``[en_zh]`` table."""
    return tuple(_glossary().get("en_zh", {}).items())


@functools.cache
def _zh_terms() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(_glossary()["zh_en"].items(), key=lambda kv: -len(kv[0])))


@functools.cache
def _en_terms() -> tuple[tuple[re.Pattern[str], str], ...]:
    """English -> Chinese: the glossary read backwards (first Chinese term per English one)."""
    seen: dict[str, str] = {}
    for zh, en in _glossary()["zh_en"].items():
        key = en.strip().rstrip("'").removesuffix("'s").lower()
        if len(key) > 2 and key not in seen and _CJK_CHAR.search(zh):
            seen[key] = zh
    ordered = sorted(seen.items(), key=lambda kv: -len(kv[0]))
    return tuple(
        (re.compile(r"(?<![\w-])" + re.escape(en) + r"(?![\w-])", re.IGNORECASE), zh)
        for en, zh in ordered
    )


def zh_to_en(text: str) -> str:
    """Chinese terms in ``text`` rendered in English, longest glossary match first;
    characters with no entry are kept as written.

    Example:
        >>> zh_to_en("新能源汽车保有量占比")
        "new energy vehicles' share of the vehicle fleet"
        >>> zh_to_en("绿色工厂产值占比")
        'green factories output value share'
    """
    out: list[str] = []
    kept = ""
    i = 0
    terms = _zh_terms()
    while i < len(text):
        for zh, en in terms:
            if text.startswith(zh, i):
                if kept:
                    out.append(kept)
                    kept = ""
                if en:
                    out.append(en)
                i += len(zh)
                break
        else:
            char = text[i]
            if _CJK_CHAR.match(char):
                kept += char
            elif char.strip():
                kept += char
            elif kept:
                out.append(kept)
                kept = ""
            i += 1
    if kept:
        out.append(kept)
    line = " ".join(out)
    line = re.sub(r"\s+,", ",", line)
    return " ".join(line.split())


def en_to_zh(text: str) -> str:
    """English terms in ``text`` rendered in Chinese where the glossary has them.

    Example:
        >>> en_to_zh("renewable energy share"), en_to_zh("share of green-factory output")
        ('可再生能源占比', 'share of green-factory output')

    A term only half covered by the glossary is kept in English whole: a line
    mixing two languages word by word reads worse than either.
    """
    out = text
    for pattern, zh in _en_terms():
        out = pattern.sub(zh, out)
    rest = re.sub(r"\b(?:of|the|in|and|for|per|by|to|a|an)\b", " ", out, flags=re.IGNORECASE)
    if re.search(r"[A-Za-z]{3,}", rest):
        return text
    return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", " ".join(out.split()))


def _zh_number(num: str) -> float | None:
    if re.fullmatch(r"\d+(?:\.\d+)?", num):
        return float(num)
    value = numeral_value(num)
    return None if value is None else float(value)


def _big(value: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:.4g} {word}"
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


def figure_en(value_text: str) -> str:
    """A Chinese figure read in English: scale words resolved, units translated.

    Example:
        >>> figure_en("28亿千瓦以上"), figure_en("1.5亿吨标准煤"), figure_en("二万元")
        ('> 2.8 billion kW', '150 million tonnes of standard coal equivalent', '20,000 yuan')
    """
    text = value_text.strip()
    m = _ZH_FIGURE.match(text)
    if m is None or not has_cjk(text):
        return text
    number = _zh_number(m.group("num"))
    if number is None:
        return text
    if m.group("scale"):
        number *= _SCALE[m.group("scale")]
    unit = m.group("unit") or ""
    if unit.startswith("万") or unit.startswith("亿"):
        return text
    words = _glossary().get("unit_words", {})
    unit_en = words.get(unit, zh_to_en(unit) if unit else "")
    qualifier = {"以上": "> ", "以下": "≤ ", "左右": "about ", "以内": "≤ "}.get(
        m.group("qual"), ""
    )
    figure = f"{number:g}%" if unit == "%" else f"{_big(number)} {unit_en}".strip()
    return f"{qualifier}{figure}"


_SHARE_OF = re.compile(r"^(?P<part>.+?)占(?P<whole>.+?)的?(?:比重|比例|份额)$")


def metric_en(metric: str) -> str:
    """A Chinese metric in English; "X占Y比重" reads "X as a share of Y".

    Example:
        >>> metric_en("全省绿色工厂产值占工业总产值比重")
        'province-wide green factories output value as a share of industrial output value'
    """
    m = _SHARE_OF.match(metric)
    if m:
        return f"{zh_to_en(m.group('part'))} as a share of {zh_to_en(m.group('whole'))}"
    return zh_to_en(metric)


def _metric_core(metric: str, base_year: int | None) -> str:
    """A Chinese metric without the base-year phrase and the verb that ends it."""
    core = re.sub(r"(?:比|较|相比)\s*(?:19|20)\d\d\s*年.*$", "", metric)
    core = re.sub(r"(?:力争|争取)?(?:达到|降低|下降|提高|提升|控制在|不低于|不超过)$", "", core)
    core = core.strip("，,、：: ")
    return core or metric


def render_record(record: Any, lang: str = "en") -> str:
    """One plain line for ``record`` (a Target or Statistic) in ``lang`` ("en" or "zh").

    Example:
        >>> from ingest.records import Target
        >>> t = Target(metric="非化石能源消费占比", value=25.0, unit="%", value_text="25%",
        ...            comparator="=", direction=None, year=2030, base_year=None,
        ...            deadline_text="到2030年", sector="", doc_id="d", clause_id="c",
        ...            text="", start=0, end=0)
        >>> render_record(t, "en"), render_record(t, "zh")
        ('By 2030: non-fossil share of energy consumption 25%', '到2030年：非化石能源消费占比 25%')
    """
    is_target = getattr(record, "type", "") == "target"
    year = getattr(record, "year", None)
    base = getattr(record, "base_year", None)
    direction = getattr(record, "direction", None)
    comparator = record.comparator if record.comparator not in (None, "=") else ""
    source_zh = has_cjk(f"{record.metric}{record.value_text}")
    metric = _metric_core(record.metric, base) if source_zh else record.metric
    value_text = record.value_text
    if not value_text and record.value is not None:
        value_text = (
            f"{record.value:g}{record.unit if record.unit in ('%', '') else ' ' + record.unit}"
        )
    if lang == "zh":
        prefix = f"到{year}年：" if is_target and year else (f"{year}年：" if year else "")
        name = metric if source_zh else en_to_zh(metric)
        value = _ZH_QUALIFIER.sub("", value_text) if source_zh else value_text
        before = _COMP_ZH_BEFORE.get(comparator, "")
        after = _COMP_ZH_AFTER.get(comparator, "")
        if source_zh and not after and (q := _ZH_QUALIFIER.search(value_text)):
            after = q.group(1)
        change = ""
        if direction in ("decrease", "increase") and base:
            change = f"比{base}年{'降低' if direction == 'decrease' else '提高'}"
        return f"{prefix}{name} {change}{before}{value}{after}".strip()
    prefix = f"By {year}: " if is_target and year else (f"In {year}: " if year else "")
    name = metric_en(metric) if source_zh else metric
    figure = figure_en(value_text) if source_zh else value_text
    if figure.startswith(("> ", "≤ ", "about ")):
        comparator = ""
    comp = _COMP_EN.get(comparator, "")
    if direction in ("decrease", "increase") and base:
        word = "down" if direction == "decrease" else "up"
        return f"{prefix}{name} {word} {comp}{figure} from {base}".strip()
    return f"{prefix}{name} {comp}{figure}".strip()


_HEADING_MARK = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百\d]+[章节条款部编]|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
    r"[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}(?:\.\d{1,2})*[.．、]?|Article\s+\d+\w*|Chapter\s+\w+)"
)
_HEADING_END = re.compile(r"[。；;！？!?]|\.\s")
_HEADING_PAUSE = re.compile(r"[，：]")


def short_heading(part: str, *, limit: int | None = None) -> str:
    """One level of a section path as its heading: the marker and the words up to the
    first sentence end (in Chinese, the first pause after a few characters), at most
    ``limit`` characters (48 for Chinese, 100 otherwise): an article's heading, not the
    whole article text.

    Example:
        >>> short_heading("第二十一条 重点排放单位有下列情形之一的，由主管部门责令改正，处以罚款")
        '第二十一条 重点排放单位有下列情形之一的…'
        >>> short_heading("（三）加快建设新型电力系统。适应新能源发展趋势")
        '（三）加快建设新型电力系统'
        >>> short_heading("Article 4")
        'Article 4'
    """
    text = " ".join(part.split())
    if limit is None:
        limit = 48 if has_cjk(text) else 100  # characters; a Chinese one says more
    m = _HEADING_MARK.match(text)
    start = m.end() if m else 0
    end = _HEADING_END.search(text, start)
    pause = _HEADING_PAUSE.search(text, start + 6)
    if pause and (end is None or pause.start() < end.start()):
        end = pause
    cut = text[: end.start()] if end else text
    if len(cut) > limit:
        cut = cut[:limit].rstrip()
    return cut + ("…" if len(cut) < len(text) and not (end and text[end.start()] == "。") else "")


def short_section(section: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """``short_heading`` of each level of a section path."""
    return tuple(short_heading(part) for part in section)
