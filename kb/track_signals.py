"""How two target statements compare: the signals that they measure one thing, and
the relation of a later statement to an earlier one (see ``kb.tracking``)."""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ingest.metric_ceilings import REVISES_AIM
from ingest.metric_keys import MetricKey
from ingest.metric_sectors import own_part
from ingest.records import Target
from kb.track_aims import aim_relation
from kb.track_format import close as _close
from kb.track_format import format_number, format_range, format_value, names_figure  # noqa: F401 - re-exported

if TYPE_CHECKING:
    from kb.statements import Statement

#: Minimum content-word Jaccard for two metric phrases to be one metric.
LEXICAL_MIN = 0.6
#: Minimum Jaccard of the translated words of a Chinese and an English phrase: all of
#: them, as the characters left untranslated may name what the English leaves out
#: ("城市公交…新能源汽车比例" is city buses, not "new energy vehicles as a share of new car
#: sales", though three of its four words are there).
TRANSLATED_MIN = 1.0
#: Minimum cosine of two metric phrases (multilingual-e5, centred per language) to be one
#: metric, for phrases in one language and across languages. Centring removes the language
#: offset, which also lowers every cross-language cosine: on the dev phrase pairs
#: (benchmarks/track_phrases.py) same-language pairs of one metric score 0.83-0.98 and of
#: two metrics at most 0.78; Chinese-English pairs of one metric 0.37-0.59, of two at most
#: 0.44.
EMBEDDING_MIN = 0.80
EMBEDDING_MIN_CROSS = 0.45
#: Two values of one target rarely differ by more than this factor; a bigger gap means
#: two figures of different things that happen to share words (a 3% credit limit and a
#: 90% cut, both "of net emissions").
MAX_RATIO = 2.5
#: The same for a new target year, whose value may move further ("30% of sales by 2030",
#: then "100% by 2035").
MAX_RATIO_EXTENDED = 5.0
_CJK = re.compile(r"[\u3400-\u9fff]")


# ----------------------------------------------------------------------------- signals


def jaccard(a: Sequence[str], b: Sequence[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def _cosine(u: Sequence[float], v: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(u, v, strict=True))
    nu = math.sqrt(sum(x * x for x in u))
    nv = math.sqrt(sum(y * y for y in v))
    return dot / (nu * nv) if nu and nv else 0.0


# What a metric phrase carries besides the quantity: list numbering ("一、", "2."), a year
# ("by 2035", "2025年"), and a Chinese verb of change or the word 目标 around it
# ("将2025年新型储能装机规模目标提高到"); the threshold was chosen on clean phrases.
_NUMBERING = re.compile(
    r"^\W*?(?:(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\(?\d{1,2}[)）.、]\s|[ivx]{1,4}[.)]\s)\s*)?(?:其中)?",
    re.I,
)
_YEAR = re.compile(
    r"\b(?:by|in|until|for|since|from)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\b"
    r"|(?<!\d)(?:19|20)\d{2}\s*年?(?!\d)",
    re.I,
)
_ZH_VERB = "提高|提升|增加|上调|下调|调增|调减|调整|降低|下降|减少|压减|达到|控制"
_ZH_FRAME = re.compile(
    rf"^(?:建议)?将|(?:的)?(?:目标)?(?:(?:{_ZH_VERB})(?:到|至|为|在)?|(?<!占)(?:比|较))?$"
)
# The value being left behind inside a Chinese frame of change ("目标由1500万千瓦调增至").
_ZH_FORMER = re.compile(
    rf"(?:目标)?(?:由|从)[\d.,]+[^\d，。；]{{0,6}}?(?=(?:{_ZH_VERB})(?:到|至|为)?$)"
)
# What is left of a phrase that names no metric: a year's particles ("到2030年"), "by",
# "the same year"; such a phrase neither matches nor bridges two metrics.
_FILLER = re.compile(
    r"[到至于在为前底末年将约\W\d_]|\b(?:by|in|until|to|the|same|that|year|around|about|of)\b",
    re.I,
)


def embedding_phrase(phrase: str) -> str:
    """The metric phrase as the embedding signal reads it, without numbering, years and a
    Chinese frame of change; the phrase itself when nothing would be left.

    Example:
        >>> embedding_phrase("一、将2025年新型储能装机规模目标提高到")
        '新型储能装机规模'
        >>> embedding_phrase("renewables as a share of power generation by 2035")
        'renewables as a share of power generation'
        >>> embedding_phrase("（五）建议将2025年光伏发电装机目标由1500万千瓦调增至")
        '光伏发电装机'
    """
    text = _YEAR.sub(" ", _NUMBERING.sub("", phrase))
    text = _ZH_FRAME.sub("", _ZH_FORMER.sub("", " ".join(text.split())))
    return _ZH_FRAME.sub("", text).strip() or phrase


def contentless(phrase: str) -> bool:
    """Whether a metric phrase names nothing measured ("到2030年", "by 2035").

    Example:
        >>> contentless("到2030年"), contentless("非化石能源消费比重")
        (True, False)
    """
    return not _FILLER.sub("", embedding_phrase(phrase))


class PhraseVectors:
    """Metric-phrase vectors from an embedder, cached in the store's ``metric_vectors``.

    Phrases are read through ``embedding_phrase``: "by 2035" says nothing of the metric.
    """

    def __init__(self, conn: sqlite3.Connection, embedder: Any | None) -> None:
        self.conn, self.embedder = conn, embedder
        self._memo: dict[str, list[float]] = {}

    @property
    def active(self) -> bool:
        return self.embedder is not None

    def prepare(self, phrases: Iterable[str]) -> None:
        if self.embedder is None:
            return
        model = self.embedder.name
        cleaned = (embedding_phrase(p) for p in phrases if p)
        wanted = [p for p in dict.fromkeys(cleaned) if p not in self._memo]
        for i in range(0, len(wanted), 500):
            part = wanted[i : i + 500]
            rows = self.conn.execute(
                "SELECT phrase, vector FROM metric_vectors WHERE model = ? AND phrase IN"
                f" ({','.join('?' * len(part))})",
                [model, *part],
            )
            for phrase, vector in rows:
                self._memo[phrase] = json.loads(vector)
        missing = [p for p in wanted if p not in self._memo]
        if not missing:
            return
        vectors = self.embedder.embed(missing)
        for phrase, vector in zip(missing, vectors, strict=True):
            self._memo[phrase] = [round(float(x), 5) for x in vector]
        try:  # a cache only: a read-only store still tracks
            with self.conn:
                self.conn.executemany(
                    "INSERT OR REPLACE INTO metric_vectors VALUES (?, ?, ?)",
                    [(p, model, json.dumps(self._memo[p])) for p in missing],
                )
        except sqlite3.Error:
            pass

    def similarity(self, a: str, b: str) -> float | None:
        if contentless(a) or contentless(b):
            return None
        a, b = embedding_phrase(a), embedding_phrase(b)
        if self.embedder is None or a not in self._memo or b not in self._memo:
            return None
        return round(_cosine(self._memo[a], self._memo[b]), 4)


def _block(s: Statement, *, with_polarity: bool = True) -> tuple[str, ...]:
    k = s.key
    return (k.jurisdiction, k.unit_family, k.scope, k.sector, k.polarity if with_polarity else "")


def _cross_language(a: Statement, b: Statement) -> bool:
    return bool(_CJK.search(a.record.metric)) != bool(_CJK.search(b.record.metric))


def _sectors_agree(a: MetricKey, b: MetricKey) -> bool:
    # A sector's target ("renewables in electrolytic aluminium") is not the economy-wide
    # one ("renewables in final energy consumption"), however alike the words.
    return a.sector == b.sector


def lexical_same(
    concept_a: str, concept_b: str, words_a: Sequence[str], words_b: Sequence[str]
) -> bool:
    """The lexical signal: one named concept, or (neither naming one) enough shared words.

    A concept is recognised by its patterns wherever it is named, so a phrase that names
    one and a phrase that names none measure different things ("share of coal in energy
    consumption" is not the non-fossil share, however many words they share).
    """
    if concept_a or concept_b:
        return concept_a == concept_b
    return jaccard(words_a, words_b) >= LEXICAL_MIN


def translated_same(words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """The lexical signal across languages: the words the term table translates.

    A Chinese phrase keeps the characters it does not know one by one ("保有量" in
    "全省新能源汽车保有量"); an English phrase cannot share them, so only the translated
    words are compared, and at least two of them on each side.

    Example:
        >>> translated_same(("energy", "vehicle", "保", "有", "量"), ("energy", "vehicle"))
        True
    """
    a = [w for w in words_a if not _CJK.search(w)]
    b = [w for w in words_b if not _CJK.search(w)]
    return min(len(a), len(b)) >= 2 and jaccard(a, b) >= TRANSLATED_MIN


def measured_words(key: MetricKey) -> tuple[str, ...]:
    """The words of a key that tell one metric from another: "share" says nothing that a
    figure in percent does not ("electric cars as a share of new car sales" and "30% of
    new car sales" measure one thing), so it is left out of a percent key's words.

    Example:
        >>> from ingest.metric_keys import MetricKey
        >>> key = MetricKey("q", "", ("electric", "sales", "share"), "percent", "level", "",
        ...                 "TV", "", "", "higher")
        >>> measured_words(key)
        ('electric', 'sales')
    """
    if key.unit_family != "percent":
        return tuple(key.words)
    return tuple(w for w in key.words if w != "share")


def same_metric(a: Statement, b: Statement, vectors: PhraseVectors) -> dict[str, Any] | None:
    """The evidence that ``a`` and ``b`` measure the same thing, or None.

    Callers have checked jurisdiction, unit family, scope and polarity.
    """
    ka, kb_ = a.key, b.key
    if not _sectors_agree(ka, kb_):
        return None
    words_a, words_b = measured_words(ka), measured_words(kb_)
    lexical = round(jaccard(words_a, words_b), 3)
    concept = ka.concept if ka.concept and ka.concept == kb_.concept else ""
    embedding = vectors.similarity(a.record.metric, b.record.metric)
    lexical_ok = lexical_same(ka.concept, kb_.concept, words_a, words_b)
    cross = _cross_language(a, b)
    if cross and not lexical_ok and not (ka.concept or kb_.concept):
        lexical_ok = translated_same(words_a, words_b)
    threshold = EMBEDDING_MIN_CROSS if cross else EMBEDDING_MIN
    embedding_ok = embedding is not None and embedding >= threshold
    if ka.concept and kb_.concept and ka.concept != kb_.concept:
        embedding_ok = False  # "carbon intensity" is never "greenhouse gas emissions"
    if not (lexical_ok or embedding_ok):
        return None
    return {
        "lexical": lexical,
        "concept": concept,
        "embedding": embedding,
        "signal": "lexical" if lexical_ok else "embedding",
    }


# ----------------------------------------------------------------------------- relations


def _ambition_sign(a: Statement, b: Statement) -> int:
    """+1 when a bigger value is more ambitious, -1 when a smaller one is."""
    ka = b.key
    if ka.polarity == "cap":
        return -1  # a ceiling ("no more than 10% to landfill"): lower is more ambitious
    directions = {_direction(a), _direction(b)}
    if ka.unit_family in ("percent", "points"):
        # "cut by 55%" and "a 90% reduction": a bigger cut is more ambitious; a share
        # ("renewables 42.5% of consumption") is more ambitious higher too.
        return 1
    if "decrease" in directions or ka.ambition == "lower":
        return -1  # a level of emissions or consumption: lower is more ambitious
    return 1


def _direction(s: Statement) -> str | None:
    """The direction a target's verb gives its quantity, unless the verb revises the aim."""
    if not isinstance(s.record, Target) or REVISES_AIM.search(s.record.text or ""):
        return None
    return s.record.direction


#: A change by an amount ("cut by 40%", "increase it by half", 降低40%, "an additional
#: 5 GW", 新增500万千瓦, 减少二氧化碳排放1000万吨): a figure of change counts from its base
#: year. "Raised to" (提高到) sets a level, not a change.
_CHANGE_BY = re.compile(
    r"\b(?:cut|cuts|reduc\w*|increas\w*|rais\w*|lower\w*|grow\w*|fall\w*|drop\w*|rise|rises)"
    r"\b[^.;]{0,40}?\bby\b|\badditional\b"
    r"|(?:降低|减少|下降|提高|增加|增长|上升|新增)[^，。；、\d到至为]{0,12}\d",
    re.IGNORECASE,
)


#: Unit families whose figures are relative to something (a cut in percent, a multiple of
#: a base level): these count from a base year without a verb of change.
_RELATIVE_FAMILIES = ("percent", "points", "x")


def _base_year(s: Statement) -> int | None:
    """The year a target counts from, judged on the figure's own part of its clause
    (``own_part``: a cut or base named beside it, behind "and" or 、, belongs to the
    neighbouring aim). A share in percent ("non-fossil energy 25% of consumption") is a
    level with no base year unless its own part changes it; an amount (kW, a count, a
    mass) counts from its base year only when its own part names that year or a change
    ("5 GW above the 2020 level", 比2020年新增500万千瓦, "3 times its 2020 level");
    "renewable energy generation +50% by 2030 compared with 2020" keeps its base."""
    k, base = s.key, getattr(s.record, "base_year", None)
    text = getattr(s.record, "text", "") or ""
    figure = getattr(s.record, "value_text", "") or ""
    own = own_part(text, figure, "en", s.record.metric or "")  # Han text reads as Chinese
    changed = _CHANGE_BY.search(own) is not None
    if k.unit_family == "percent" and "share" in k.words and not changed:
        return None
    if k.unit_family not in _RELATIVE_FAMILIES and not changed and str(base) not in own:
        return None
    return base


def _values(s: Statement) -> tuple[float, float]:
    low = float(s.record.value or 0.0)
    high = getattr(s.record, "value_high", None)
    return low, float(high) if high is not None else low


def _single(s: Statement) -> bool:
    """Whether ``s`` states one figure, not a range."""
    high = getattr(s.record, "value_high", None)
    return high is None or _close(float(high), float(s.record.value or 0.0))


def classify(a: Statement, b: Statement, *, earlier_named: Collection[str] = ()) -> tuple[str, str]:
    """The relation of a later statement ``b`` to an earlier ``a``, and why.

    First match wins: superseded (the counting convention changed), rebased (a new
    base year), extended (a new target year), raised / lowered (more / less ambitious
    for the same year, direction-aware), restated.

    A change of convention is explicit (gross -> net) or a new qualifier: ``b`` names
    one ("net emissions") that ``a`` leaves out ("emissions") and that ``a``'s document
    never names (``earlier_named``: the conventions its statements name), for the same
    target year. A document that speaks of net emissions elsewhere means them where it
    says "emissions", and a new target year is the surer change. A later statement
    that drops the qualifier is shorthand for the same target, classed on its numbers.
    """
    ka, kb_ = a.key, b.key
    if ka.unit_family == "aim":  # an aim without a figure moves only in time
        return aim_relation(a.record.year, b.record.year)
    if kb_.accounting and ka.accounting != kb_.accounting:
        if ka.accounting:
            return "superseded", f"{ka.accounting} -> {kb_.accounting}"
        if kb_.accounting not in earlier_named and a.record.year == b.record.year:
            return "superseded", f"unqualified -> {kb_.accounting}"
    base_a, base_b = _base_year(a), _base_year(b)
    if base_a and base_b and base_a != base_b:
        return "rebased", f"base year {base_a} -> {base_b}"
    if a.record.year and b.record.year and a.record.year != b.record.year:
        return "extended", f"target year {a.record.year} -> {b.record.year}"
    (a_low, a_high), (b_low, b_high) = _values(a), _values(b)
    if _close(a_low, b_low) and _close(a_high, b_high):
        return "restated", "same value and year"
    sign = _ambition_sign(a, b)
    if (
        _close(a_low, b_low)
        and _single(a) != _single(b)
        and (_single(b) or sign > 0 or names_figure(a.record, b_high))
    ):
        # "20-25%" then "20%": the same figure, the later text leaving out the high end; and
        # "20%" then "20-25%", when the added high end is the more ambitious one (often the
        # part promised only with support) or the earlier text names it too. A later range
        # whose high end is the weaker one ("350 Mt" then "350-420 Mt" under a cap) widens
        # the target: not restated.
        return "restated", "same value and year (one gives no high end)"
    a_mid, b_mid = (a_low + a_high) / 2, (b_low + b_high) / 2
    more = (b_mid - a_mid) * sign > 0
    shown = f"{format_range(a_low, a_high)} -> {format_range(b_low, b_high)}"
    return ("raised" if more else "lowered"), shown


def _plausible(a: Statement, b: Statement) -> bool:
    x, y = abs(float(a.record.value or 0.0)), abs(float(b.record.value or 0.0))
    if x == 0 or y == 0:
        return x == y
    limit = MAX_RATIO if a.record.year == b.record.year else MAX_RATIO_EXTENDED
    return max(x, y) / min(x, y) <= limit
