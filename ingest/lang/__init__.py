"""Per-language grammars for the rule extractors, kept as data (``<lang>.toml``).

``load_grammar("en")`` compiles a language's structure patterns, deadline forms,
number words, units, comparators and cue lists once and caches the result.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ingest.errors import ConfigError
from ingest.lang.figure_cues import _NEVER, FigureCues, _figure_cues, _re
from ingest.lang.needs import cheap_needs, pattern_needs

_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class HeadingRule:
    name: str
    level: int
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    pattern: re.Pattern[str]
    year_value: int | None = None
    years_ahead: int | None = None  # relative forms with a fixed span ("the next decade")
    # A bare plan period ("“十一五”单位GDP能耗…"): dates nothing in a text written after it.
    ahead_only: bool = False
    # "this decade": the end of the decade the text was written in.
    decade_end: bool = False
    # Words one of which every match holds (ingest/lang/needs.py): a text with none of them
    # is not scanned. Read from the pattern itself when the grammar is loaded.
    needs: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True, slots=True)
class SectorRule:
    name: str
    pattern: re.Pattern[str]
    needs: tuple[frozenset[str], ...] = ()  # as ``DeadlineRule.needs``


# eq=False: grammars are compared and hashed by identity (they are cached singletons).
@dataclass(frozen=True, slots=True, eq=False)
class Grammar:
    """A language's compiled rules; see ``ingest/lang/en.toml`` for each field's meaning."""

    language: str
    decimal_comma: bool
    headings: tuple[HeadingRule, ...]
    box: re.Pattern[str]
    title_max_words: int
    title_max_chars: int
    predicate_cue: re.Pattern[str]
    aim_separator: re.Pattern[str]
    carry_cue: re.Pattern[str]
    subordinate_start: re.Pattern[str]
    lead_in_verbs: str
    deadlines: tuple[DeadlineRule, ...]
    fyp_offset: int
    fyp_length: int
    deadline_closing: re.Pattern[str]
    deadline_start: re.Pattern[str]
    deadline_point: re.Pattern[str]
    base_year: re.Pattern[str]
    base_year_needs: re.Pattern[str]
    # A source attribution ("Data source: EDGAR (emissions for 2018)"): its years date data.
    source_line: re.Pattern[str]
    scale: dict[str, float]
    number_words: dict[str, float]
    ordinals: dict[str, int]
    units: dict[str, str]
    # ``[units_exact]``: units matched only as spelled ("GWp"; "GWP" is another word)
    units_exact: dict[str, str]
    # ``[units_glued]``: units matched only as spelled and written against the digits ("30pc")
    units_glued: dict[str, str]
    # ``[units_after_scale]``: a unit read otherwise after a scale word ("640 million
    # MTCO2e" is metric tonnes: a million megatonnes is no emission figure)
    units_after_scale: dict[str, str]
    currency_prefix: dict[str, str]
    canonical_units: tuple[tuple[str, str], ...]
    comparators: tuple[tuple[str, re.Pattern[str]], ...]
    comparator_after: tuple[tuple[str, re.Pattern[str]], ...]
    decrease: re.Pattern[str]
    increase: re.Pattern[str]
    change_by: re.Pattern[str]
    future: re.Pattern[str]
    normative: re.Pattern[str]
    historical: re.Pattern[str]
    projection: re.Pattern[str]
    pledge: re.Pattern[str]
    goal: re.Pattern[str]
    aim_verb: re.Pattern[str]
    not_a_value_before: re.Pattern[str]
    not_a_value_after: re.Pattern[str]
    sectors: tuple[SectorRule, ...]
    figures: FigureCues = field(default_factory=FigureCues)
    # Raw word lists and patterns of the ``[obligations]`` table: the English lexicon read by
    # ``ingest/obligations/lexicon.py`` (and inherited by grammars that extend English), the
    # Chinese rules read by ``ingest/obligations/chinese.py``.
    obligations: dict[str, Any] = field(default_factory=dict)
    # ``[enumeration] forward_lead``: a list segment that is only a deadline ("到2030年")
    # dates the aim after it, not the one before (None: no such rule).
    forward_lead: re.Pattern[str] | None = None
    # ``[enumeration] goal_lead``: a segment setting a year's goals leads the aims after it.
    goal_lead: re.Pattern[str] | None = None
    # ``[structure] run_in_body``: where a news item's body starts right after its headline
    # with no stop between ("…力争下降6%记者从…了解到，"); a sentence is cut there. None: no
    # such rule (ingest/segment.py).
    run_in_body: re.Pattern[str] | None = None
    # ``[cues] cumulative`` / ``cumulative_by``: a total-so-far word ("累计") that is a fact cue
    # unless the clause or its lead-in sets a deadline of this form ("到2028年底") ahead of the
    # document's date: then it totals what is to be done by then (ingest/aims.py).
    cumulative: re.Pattern[str] | None = None
    cumulative_by: re.Pattern[str] | None = None
    # ``cumulative_apart``: what parts a 累计 from the deadline before it (a year of its own,
    # a comparison: "比2022年累计"); ``cumulative_forward``: the forward word an undated text's
    # clause needs before its 累计 gives way (None: none needed).
    cumulative_apart: re.Pattern[str] | None = None
    cumulative_forward: re.Pattern[str] | None = None
    # ``[cues] own_year_aim``: a modal that makes a figure for the document's own year an
    # aim ("should reach 36% in 2025" in a text of 2025); None: no such rule.
    own_year_aim: re.Pattern[str] | None = None
    # ``[cues] same_year``: a year given by reference to the aim before it ("is to reach
    # 1.5 GW in the same year"); None: no such rule (ingest/dating.py).
    same_year: re.Pattern[str] | None = None
    # ``[cues] point_forward``: a forward word that keeps a year of an undated clause an aim
    # (ingest/clause_dates.py). None: no such rule (English reads tense).
    point_forward: re.Pattern[str] | None = None
    year_on_year: re.Pattern[str] | None = None  # ``[cues]``: 同比, 上年同期
    report_title: re.Pattern[str] | None = None  # ``[cues]``: a title that names a report
    plan_title: re.Pattern[str] | None = None  # ``[cues]``: a title that names a plan
    # ``[cues] object_after``: what a figure measures when it is named after the figure ("a
    # 55% reduction in greenhouse gas emissions", "减少45%的排放量"), its ``object`` group;
    # ``object_after_needs``: what the words before the figure must end with for it to apply.
    object_after: re.Pattern[str] | None = None
    object_after_needs: re.Pattern[str] | None = None
    # ``[cues] measured_after``: the measured thing written after a figure and closed by a
    # goal word or a deadline, its ``noun`` group; read only when the words before the
    # figure end in ``measured_after_frame`` and the words are no ``measured_after_not``
    # (ingest/metrics.py). None: no such rule.
    measured_after: re.Pattern[str] | None = None
    measured_after_frame: re.Pattern[str] | None = None
    measured_after_not: re.Pattern[str] | None = None
    # ``[cues] list_noun_before`` / ``list_joiner_after``: a plural noun that names a
    # number only when a list of numbers follows ("scopes 1, 2 and 3")
    list_noun_before: re.Pattern[str] = _NEVER
    list_joiner_after: re.Pattern[str] = _NEVER
    # ``[ranges]``: when two figures of one unit are one range ("50%-55%", "40%至45%"), and
    # when they are a change from one level to another instead (ingest/quantities.py).
    ranges: dict[str, re.Pattern[str]] = field(default_factory=dict)


def available_languages() -> list[str]:
    """Languages that have a grammar file."""
    files = resources.files(__name__).iterdir()
    return sorted(f.name.removesuffix(".toml") for f in files if f.name.endswith(".toml"))


def _deadline_rule(table: dict[str, Any]) -> DeadlineRule:
    pattern = _re(table["pattern"])
    decade = 10 if table.get("decade") else None
    ahead_only = bool(table.get("ahead_only"))
    decade_end = bool(table.get("decade_end"))
    return DeadlineRule(
        pattern, table.get("year_value"), decade, ahead_only, decade_end, pattern_needs(pattern)
    )


def _sector_rule(table: dict[str, Any]) -> SectorRule:
    pattern = _re(table["pattern"])
    return SectorRule(table["name"], pattern, needs=cheap_needs(pattern))


@functools.lru_cache(maxsize=8)
def load_grammar(language: str = "en") -> Grammar:
    """Load and compile the grammar of ``language``.

    Raises:
        ConfigError: no grammar exists for the language.
    """
    return _compile(_load_data(language))


@functools.lru_cache(maxsize=8)
def english_patterns(table: str) -> dict[str, re.Pattern[str]]:
    """The patterns of one table of ``en.toml``, compiled as written (flags inline).

    English words that rules look for in every document, whatever its language;
    per-language rules are ``Grammar`` fields instead.
    """
    return {key: re.compile(value) for key, value in _raw("en")[table].items()}


def raw_table(language: str, table: str) -> dict[str, Any]:
    """One table of a language's grammar as written (merged with what it extends), not
    compiled: ``load_grammar(language).obligations`` is ``raw_table(language,
    "obligations")``, read without compiling the rest of the grammar."""
    return dict(_raw(language).get(table, {}))


@functools.lru_cache(maxsize=8)
def _raw(language: str) -> dict[str, Any]:
    return _load_data(language)


def _load_data(language: str) -> dict[str, Any]:
    try:
        raw = resources.files(__name__).joinpath(f"{language}.toml").read_text("utf-8")
    except FileNotFoundError as e:
        raise ConfigError(
            f"language = {language!r} has no grammar; choose one of: "
            f"{', '.join(available_languages())}"
        ) from e
    data = tomllib.loads(raw)
    parent = data.pop("extends", None)
    return _merge(_load_data(parent), data) if parent else data


def _merge(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """A grammar that ``extends`` another: lists are prepended to the parent's, tables
    merged key by key, and a pattern written ``"+|..."`` is OR-ed with the parent's.

    Texts in one language often quote another (an English summary of a Spanish
    plan), so a small grammar adds its own forms to the English ones.
    """
    merged = dict(parent)
    for key, value in child.items():
        base = parent.get(key)
        if isinstance(value, list) and isinstance(base, list):
            merged[key] = value + base
        elif isinstance(value, dict) and isinstance(base, dict):
            merged[key] = _merge(base, value)
        elif isinstance(value, str) and isinstance(base, str) and value.startswith("+|"):
            merged[key] = f"(?:{base})|(?:{value[2:]})"
        else:
            merged[key] = value
    return merged


def _optional(section: dict[str, Any], key: str) -> re.Pattern[str] | None:
    """The compiled pattern ``section[key]``, or None where the language has none."""
    return _re(section[key]) if section.get(key) else None


UNIT_WORDS = "@unit_words@"


def _with_unit_words(figures: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    """``figures`` with ``@unit_words@`` in its furniture patterns replaced by the unit and
    scale words of ``[units]`` and ``[scale]`` that are written as words (spaces or hyphens
    between their parts), so a pattern can keep a measured figure out of its reach without a
    word list of its own."""
    furniture = figures.get("furniture")
    if not isinstance(furniture, list) or not any(UNIT_WORDS in p for p in furniture):
        return figures
    words = {k.lower() for k in (*data["units"], *data["scale"]) if re.match(r"[^\W\d_]", k)}
    alternation = "|".join(
        r"[\s-]+".join(re.escape(part) for part in re.split(r"[\s-]+", word))
        for word in sorted(words, key=lambda w: (-len(w), w))
    )
    return {**figures, "furniture": [p.replace(UNIT_WORDS, alternation) for p in furniture]}


def _compile(data: dict[str, Any]) -> Grammar:
    rules = data["deadline_rules"]
    cues = data["cues"]
    return Grammar(
        language=data["language"],
        decimal_comma=bool(data.get("decimal_comma", False)),
        headings=tuple(
            HeadingRule(h["name"], int(h["level"]), _re(h["pattern"])) for h in data["heading"]
        ),
        box=_re(data["structure"]["box_pattern"]),
        title_max_words=int(data["structure"]["title_max_words"]),
        title_max_chars=int(data["structure"]["title_max_chars"]),
        predicate_cue=_re(data["enumeration"]["predicate_cue"]),
        aim_separator=_re(data["enumeration"]["aim_separator"]),
        carry_cue=_re(data["enumeration"]["carry_cue"]),
        subordinate_start=_re(data["enumeration"]["subordinate_start"]),
        lead_in_verbs=data["enumeration"]["lead_in_verbs"],
        deadlines=tuple(_deadline_rule(d) for d in data["deadline"]),
        fyp_offset=int(rules["five_year_plan_end"]["offset"]),
        fyp_length=int(rules["five_year_plan_end"]["length"]),
        deadline_closing=_re(rules["deadline_closing"]),
        deadline_start=_re(rules["deadline_start"]),
        deadline_point=_re(rules["deadline_point"]),
        base_year=_re(rules["base_year"]),
        base_year_needs=_re(rules["base_year_needs"]),
        source_line=_re(rules["source_line"]) if rules.get("source_line") else _NEVER,
        scale={k.lower(): float(v) for k, v in data["scale"].items()},
        number_words={k.lower(): float(v) for k, v in data["number_words"].items()},
        ordinals={k.lower(): int(v) for k, v in data.get("ordinals", {}).items()},
        units={k.lower(): v for k, v in data["units"].items()},
        units_exact=dict(data.get("units_exact", {})),
        units_glued=dict(data.get("units_glued", {})),
        units_after_scale={k.lower(): v for k, v in data.get("units_after_scale", {}).items()},
        currency_prefix={k.lower(): v for k, v in data["currency_prefix"].items()},
        canonical_units=tuple((u, label) for u, label in data["conversion"]["canonical_units"]),
        comparators=tuple((op, _re(p)) for op, p in data["comparators"].items()),
        comparator_after=tuple((op, _re(p)) for op, p in data["comparator_after"].items()),
        decrease=_re(data["direction"]["decrease"]),
        increase=_re(data["direction"]["increase"]),
        change_by=_re(data["direction"]["change_by"]),
        future=_re(cues["future"]),
        normative=_re(cues["normative"]),
        historical=_re(cues["historical"]),
        projection=_re(cues["projection"]),
        pledge=_re(cues["pledge"]),
        goal=_re(cues["goal"]),
        aim_verb=_re(cues["aim_verb"]),
        not_a_value_before=_re(cues["not_a_value_before"]),
        not_a_value_after=_re(cues["not_a_value_after"]),
        sectors=tuple(_sector_rule(s) for s in data["sector"]),
        figures=_figure_cues(_with_unit_words(data.get("figures", {}), data)),
        obligations=dict(data.get("obligations", {})),
        forward_lead=_optional(data["enumeration"], "forward_lead"),
        goal_lead=_optional(data["enumeration"], "goal_lead"),
        run_in_body=_optional(data["structure"], "run_in_body"),
        cumulative=_optional(cues, "cumulative"),
        cumulative_by=_optional(cues, "cumulative_by"),
        cumulative_apart=_optional(cues, "cumulative_apart"),
        cumulative_forward=_optional(cues, "cumulative_forward"),
        own_year_aim=_optional(cues, "own_year_aim"),
        same_year=_optional(cues, "same_year"),
        point_forward=_optional(cues, "point_forward"),
        year_on_year=_optional(cues, "year_on_year"),
        report_title=_optional(cues, "report_title"),
        plan_title=_optional(cues, "plan_title"),
        object_after=_optional(cues, "object_after"),
        object_after_needs=_optional(cues, "object_after_needs"),
        measured_after=_optional(cues, "measured_after"),
        measured_after_frame=_optional(cues, "measured_after_frame"),
        measured_after_not=_optional(cues, "measured_after_not"),
        list_noun_before=_re(cues.get("list_noun_before") or _NEVER.pattern),
        list_joiner_after=_re(cues.get("list_joiner_after") or _NEVER.pattern),
        ranges={key: _re(value) for key, value in data.get("ranges", {}).items()},
    )
