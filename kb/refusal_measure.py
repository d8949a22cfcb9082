"""Refusal checks on what a figure measures: the unit a question asks it in, and the one
member of a group (a gas, a source of power) it asks about.

"How many kilometres long will the network be?" is not answered by a clause that gives
the network's energy in TWh, nor "What nitrous oxide cut is expected?" by a clause on
methane. Both checks read the quoted clause only, with the units and groups of
``kb/data/measures.toml``, and refuse only on a figure of another kind: a clause that
states no unit, or names no member of the group beside its figure, is not refused.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from kb.cjk import fold_wide_digits, has_cjk, zh_base_years
from kb.refusal_words import carries_kind
from kb.retrieve import Hit
from kb.understand import Query, carries

# "how many kilometres", "how many more gigawatts", "... in tonnes?", "how much gas in
# cubic metres", "what tonnage".
_ASKED_UNIT = re.compile(
    r"\bhow much\s+[a-z]+\s+in\s+([a-z][\w-]*)"
    r"|\bhow (?:many|much)\s+(?:(?:more|additional|extra|new)\s+)?([a-z][\w-]*)"
    r"|\bin\s+(?:[a-z]+\s+)?([a-z][\w-]*)\s*\?\s*$"
    r"|\bwhat\s+(tonnage)\b",
    re.IGNORECASE,
)
# A number and the word written against it or after a space ("109MW", "5 GW"), a
# multiplier between them skipped ("15 billion cubic-metres", "2 million t").
_NUMBER_UNIT = re.compile(
    r"(?<![a-z])\d(?:[\d.,]*\d)?\s*"
    r"(?:(?:thousand|million|billion|trillion|mn|bn)\s+)?(?:metric\s+)?"
    r"([a-z][a-z0-9-]*[a-z0-9]|[a-z])",
    re.IGNORECASE,
)
# Units of two words, read as one: "megawatt hours", "cubic metres", "sq km".
_TWO_WORDS = (
    (re.compile(r"\b(kilo|mega|giga|tera)watt[\s-]+hours?\b"), r"\1watt-hours"),
    (re.compile(r"\bcubic\s+met(?:re|er)s?\b"), "cubic-metres"),
    (re.compile(r"\b(?:square|sq\.?)\s+(?:kilomet(?:re|er)s?|km)\b"), "square-km"),
    (re.compile(r"\b(?:square|sq\.?)\s+(?:miles?|met(?:re|er)s?)\b"), "square-area"),
    (re.compile(r"\b(?:tonnes?|tons?)\s+of\s+oil\s+equivalent\b"), "toe"),
    (re.compile(r"(?<=\d)\s*km²"), " km2"),
)
# A number in Chinese, and a Chinese unit written right after it ("1200公里", "5.3亿吨").
_ZH_NUMBER = "[\\d〇零一二三四五六七八九十百千万亿两]"


def _dims_of(value: object) -> frozenset[str]:
    return frozenset(value.split("+")) if isinstance(value, str) else frozenset()


@functools.cache
def _data() -> dict:
    raw = resources.files("kb").joinpath("data/measures.toml").read_text("utf-8")
    return tomllib.loads(raw)


@functools.cache
def _unit_dimension() -> dict[str, frozenset[str]]:
    """Each unit word and the dimensions it states ("mtoe": energy and mass)."""
    table: dict[str, frozenset[str]] = {}
    for dim, words in _data().get("units", {}).items():
        for word in words:
            table[word] = table.get(word, frozenset()) | _dims_of(dim)
    return table


@functools.cache
def _zh_units() -> re.Pattern:
    words = sorted(_zh_unit_dimension(), key=len, reverse=True)
    return re.compile(f"(?<={_ZH_NUMBER})(" + "|".join(map(re.escape, words)) + ")")


@functools.cache
def _zh_unit_dimension() -> dict[str, frozenset[str]]:
    return {w: _dims_of(d) for d, ws in _data().get("units_zh", {}).items() for w in ws}


def _compatible(dim: str) -> frozenset[str]:
    """The dimensions a figure asked in ``dim`` may be stated in (power and energy are
    often mixed in everyday wording)."""
    return frozenset(_data().get("compatible", {}).get(dim, [dim])) | {dim}


def _fold(text: str) -> str:
    low = fold_wide_digits(text).lower()
    for pattern, replacement in _TWO_WORDS:
        low = pattern.sub(replacement, low)
    return low


def asked_dimension(question: str) -> str:
    """The dimension ("length", "mass", ...) the question asks its figure in ("" if none).

    Example:
        >>> asked_dimension("How many kilometres long will the core network be?")
        'length'
        >>> asked_dimension("How many megawatt hours of storage will be built?")
        'energy'
        >>> asked_dimension("How many jobs will the plant create?")
        ''
        >>> asked_dimension("一共节约了多少立方米水？")
        'volume'
    """
    units = _unit_dimension()
    if has_cjk(question):  # "多少立方米", "多少万千瓦"
        zh, weak = _zh_unit_dimension(), _data().get("weak_units", [])
        words = "|".join(map(re.escape, sorted(set(zh) - set(weak), key=len, reverse=True)))
        m = re.search(f"多少(?:万|亿)?({words})", question)
        if m and len(zh[m.group(1)]) == 1:
            return next(iter(zh[m.group(1)]))
    for m in _ASKED_UNIT.finditer(_fold(question)):
        word = next(g for g in m.groups() if g)
        if len(units.get(word, ())) == 1:
            return next(iter(units[word]))
    return ""


def stated_dimensions(text: str) -> tuple[set[str], set[str]]:
    """The dimensions ``text`` names a unit of (anywhere), and those it states a figure
    in (a unit written against a number: "109MW", "55 TWh", "1200公里").

    Example:
        >>> sorted(stated_dimensions("The line runs 40 km and carries 2 TWh a year.")[1])
        ['energy', 'length']
        >>> sorted(stated_dimensions("The plan invests $111 billion in water systems.")[1])
        ['money']
    """
    units, zh = _unit_dimension(), _zh_unit_dimension()
    low = _fold(text)
    named = {d for w in re.findall(r"[a-z][a-z0-9-]*", low) for d in units.get(w, ())}
    weak = frozenset(_data().get("weak_units", []))
    said = [u for u in _NUMBER_UNIT.findall(low) if u not in weak]
    if has_cjk(low):
        said += [u for u in _zh_units().findall(low) if u not in weak]
    stated = {d for u in said for d in units.get(u, zh.get(u, ()))}
    # "$111 billion", "EUR 4 billion": a sum is the clause's figure of money; it stands for
    # the clause's only figure when no other is written in a unit the table lacks.
    if carries("amount", text):
        stated.add("money")
    if "money" in stated and _figure_in_unknown_unit(low):
        stated.discard("money")
    return named | stated, stated


def _figure_in_unknown_unit(low: str) -> bool:
    """Whether the folded clause ``low`` states a figure (years, calendar days, spans of
    time, shares and the sum's own figures aside) in no unit of the table: "35,000 dunams
    ... $50 million"."""
    units, zh = _unit_dimension(), _zh_unit_dimension()
    weak = frozenset(_data().get("weak_units", []))
    for m in _FIGURE.finditer(low):
        rest = low[m.end() :]
        if _YEAR_ALONE.fullmatch(m.group()) and not re.match(r"[\d%万亿千]", rest[:1]):
            continue
        if _calendar_day().match(rest) or _duration().match(rest) or _SHARE_AFTER.match(rest):
            continue
        before = re.split(r"[,;，；、]", low[max(0, m.start() - 6) : m.start()])[-1]
        after = re.split(r"[,;，；、]", rest[:24])[0]
        if carries("amount", before + m.group() + after):
            continue  # a figure of the sum itself ("$50 million", "3亿元", "4 billion euros")
        unit = _NUMBER_UNIT.match(low, m.start())
        if unit and unit.group(1) in units and unit.group(1) not in weak:
            continue
        zh_unit = re.match(r"[万亿千百]*(\S{1,5})", rest)
        if zh_unit and any(zh_unit.group(1).startswith(w) for w in set(zh) - weak):
            continue
        return True
    return False


@functools.cache
def _duration() -> re.Pattern[str]:
    """What makes a figure a span of time when it follows it ("5年", "3 years")."""
    words = sorted(_data()["duration"]["words"], key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(map(re.escape, words)) + r")(?![a-z])")


@functools.cache
def _calendar_day() -> re.Pattern[str]:
    """What makes a figure a day of the calendar when it follows it ("3月25日")."""
    words = _data()["calendar_day"]["zh"]
    return re.compile(r"\s*(?:" + "|".join(map(re.escape, words)) + ")")


def unit_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """The question asks its figure in a unit ("how many kilometres") and the quoted
    clause states a figure in another dimension and none in the asked one (or one
    compatible with it: power and energy, tonnes and tonnes of oil equivalent)."""
    if not candidates or query.kind not in ("count", "quantity", "amount"):
        return ""
    dim = asked_dimension(query.text)
    if not dim:
        return ""
    hit = candidates[0]
    named, stated = stated_dimensions(hit.indexed_text or hit.text)
    if not stated or _compatible(dim) & named:
        return ""
    return f"the passage found states no figure of {dim}"


_FIGURE_KINDS = ("amount", "share", "count", "quantity")
# "carbon dioxide equivalent", "CO2e", "CO2-eq": the unit all gases are summed in, not a gas.
_EQUIVALENT = re.compile(
    r"\b(?:carbon dioxide|co2)(?:[\s-]*equivalents?\b|[\s-]*eq\b\.?|e\b)|二氧化碳当量",
    re.IGNORECASE,
)
# A figure, not the digit of a name ("CO2", "N2O", "CH4").
_FIGURE = re.compile(r"(?<![a-z\d])\d(?:[\d.,]*\d)?")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
# Where a clause passes from one figure's subject to another's.
_PART = re.compile(r"[,;:()，；：、（）]|\b(?:and|while|whereas|but|with)\b|以及|和|而")


_RESPECTIVELY = re.compile(r"分别|\brespectively\b")


def _mentions(low: str, term: str) -> bool:
    if has_cjk(term):
        return term in low
    return re.search(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", low) is not None


def _beside_figures(low: str) -> list[str]:
    """For each figure of ``low`` (years aside), the part of the clause it stands in:
    "methane falls 30%, while co2 falls 10%" has two parts, and so has "300 turbines and
    20 solar parks". A clause that pairs its figures with a list of subjects ("A、B、C
    分别下降8%、8%、10%", "... respectively") is one part: every subject is beside them."""
    spans = []
    for part in _PART.split(low):
        for m in _FIGURE.finditer(part):
            after = part[m.end() : m.end() + 1]
            if _YEAR_ALONE.fullmatch(m.group()) and not re.match(r"[\d%万亿千]", after):
                continue
            spans.append(part)
    if spans and _RESPECTIVELY.search(low):
        return [low]
    return spans


def alternative_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """A figure (an amount, a share, a count or a change) is asked of one member of a
    group (nitrous oxide among the gases) and the quoted clause does not name it, nor
    the whole group ("greenhouse gases"), and every figure it states has another
    member beside it (in the same part of the clause). A question naming several
    members ("wind, sun and reactors combined") is not checked.

    Example:
        >>> from kb.understand import understand
        >>> q = understand("What nitrous oxide cut does the plan expect by 2035?")
        >>> hit = Hit(key="k", doc_id="d", clause_id="1", text="Methane falls 35% by 2035.")
        >>> alternative_reason(q, [hit])
        'the passage found speaks of methane, not nitrous oxide'
    """
    # a figure question: "how much", "what share", or "what cut in ..."
    if not candidates or (query.kind not in _FIGURE_KINDS and not _CHANGE.search(query.text)):
        return ""
    q = _EQUIVALENT.sub(" ", query.text.lower())
    hit = candidates[0]
    text = _EQUIVALENT.sub(" ", fold_wide_digits(hit.indexed_text or hit.text).lower())
    spans = _beside_figures(text)
    wholes = _data().get("groups", {})
    for name, group in _data().get("alternatives", {}).items():
        asked = [m for m in group if any(_mentions(q, t) for t in m)]
        if len(asked) != 1 or not spans or any(_mentions(text, t) for t in asked[0]):
            continue
        if any(_mentions(text, t) for t in wholes.get(name, [])):
            continue
        beside = [[m for m in group if any(_mentions(s, t) for t in m)] for s in spans]
        if all(beside):
            return f"the passage found speaks of {beside[0][0][0]}, not {asked[0][0]}"
    return ""


_QUOTED_KINDS = {
    "amount": "sum of money",
    "share": "share or percentage",
    "count": "count",
    "quantity": "quantity",
}
# Currencies ``kb.understand`` does not read as money.
_CURRENCY = re.compile(
    r"\b(?:pounds?|gbp|sterling|pence|yen|jpy|chf|swiss francs?|francs?|krona|kronor|krone|rands|"
    r"kroner|sek|nok|dkk|won|krw|rand|zar|pesos?|reais|brl|ringgit|rupiah|baht|aud|cad|nzd)\b",
    re.IGNORECASE,
)
# Shares not written with a sign: "three in four", "三分之一".
_SHARE_WORDS = re.compile(r"\b\w+ in (?:two|three|four|five|six|ten)\b|分之", re.IGNORECASE)
# Words of a question that asks how far something changes.
_CHANGE = re.compile(
    r"\b(?:by how much|fall|fell|fallen|falls|drop|dropped|drops|cut|cuts|decline|declined|"
    r"reduc\w*|lower\w*|rise|rose|risen|increase\w*|grow|grew|grown|shrink\w*)\b",
    re.IGNORECASE,
)
# A plural noun right after a figure, or after one word more: what it counts ("166
# projects", "120 grid links"; not "3.5 billion" nor "5 billion rands").
_MULTIPLIER = r"(?:thousand|million|billion|trillion|bn|mn)s?\b"
_COUNTED = re.compile(rf"\s*(?:(?!{_MULTIPLIER})[a-z]+\s+)?(?!{_MULTIPLIER})([a-z]{{3,}}s)\b")
_SHARE_AFTER = re.compile(r"\s*(?:%|％|per ?cent\b)", re.IGNORECASE)


def _bare_figure(text: str) -> bool:
    """Whether ``text`` states a figure (years aside) that is neither a share, nor in a
    unit of measure, nor a count of things: "budgeted at 3.5 billion" may be a sum of
    money, "166 projects" and "40 MW" are not."""
    units, weak = _unit_dimension(), frozenset(_data().get("weak_units", []))
    low = _fold(text)
    for m in _FIGURE.finditer(low):
        rest = low[m.end() :]
        if _YEAR_ALONE.fullmatch(m.group()) and not re.match(r"[\d%]", rest[:1]):
            continue
        if _calendar_day().match(rest):
            continue  # "3月25日": a day of the calendar, no sum
        if _SHARE_AFTER.match(rest):
            continue
        unit = _NUMBER_UNIT.match(low, m.start())
        if unit and unit.group(1) in units and unit.group(1) not in weak:
            continue
        counted = _COUNTED.match(rest)
        if counted and not (_CURRENCY.match(counted.group(1)) or carries("amount", counted[1])):
            continue  # "166 projects": a count of things
        return True
    return False


def quoted_kind_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """A sum of money, a share, a count or a quantity is asked and the quoted clause
    states none: a neighbour's figure is another thing's figure. A sum is refused only
    when the clause states no figure that could be one (a percentage or a figure in a
    unit of measure is not).

    Example:
        >>> from kb.understand import understand
        >>> q = understand("How much does the subsidy pay per van?")
        >>> hit = Hit(key="k", doc_id="d", clause_id="1", text="A subsidy for vans starts.")
        >>> quoted_kind_reason(q, [hit])
        'the passage found states no sum of money'
    """
    if not candidates or query.kind not in _QUOTED_KINDS:
        return ""
    text = fold_wide_digits(candidates[0].indexed_text or candidates[0].text)
    if carries_kind(query, text):
        return ""
    if query.kind == "share" and _SHARE_WORDS.search(text):
        return ""
    if query.kind == "amount" and (_CURRENCY.search(text) or _bare_figure(text)):
        return ""
    # "By how much have pack prices fallen?": a change in a price or a cost is often
    # stated as a percentage.
    if change_in_share(query, text):
        return ""
    return f"the passage found states no {_QUOTED_KINDS[query.kind]}"


def change_in_share(query: Query, text: str) -> bool:
    """A sum is asked as the size of a change ("by how much should the cost fall?") and
    ``text`` states a percentage: such a change is often stated as one."""
    return query.kind == "amount" and bool(_CHANGE.search(query.text)) and carries("share", text)


def base_year_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """A Chinese question asks for a change against one base year (比2015年) and the
    clause quoted measures its figures against others only (比2010年): another period's
    change. A clause that names no base year, or names the asked year anywhere, is not
    refused.

    Example:
        >>> from kb.understand import understand
        >>> q = understand("二氧化硫排放总量要比2015年下降多少？")
        >>> hit = Hit(key="k", doc_id="d", clause_id="1", text="二氧化硫排放总量比2010年下降8%。")
        >>> base_year_reason(q, [hit])
        'the passage found measures against 2010, not 2015'
    """
    if not candidates or not has_cjk(query.text):
        return ""
    asked = zh_base_years(query.text)
    text = fold_wide_digits(candidates[0].indexed_text or candidates[0].text)
    stated = zh_base_years(text)
    if not asked or not stated or any(f"{year}年" in text for year in asked):
        return ""  # the asked year anywhere in the clause may be its base (以…为基准)
    return f"the passage found measures against {stated[0]}, not {asked[0]}"


#: The checks of this module as ``kb.refusal.refusal_reason`` names them, in order.
MEASURE_CHECKS = {
    "quoted_kind": quoted_kind_reason,
    "base_year": base_year_reason,
    "unit": unit_reason,
    "alternative": alternative_reason,
}
