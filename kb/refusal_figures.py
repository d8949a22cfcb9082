"""Refusal checks on whether the quoted clause states a figure of the asked kind at all.

"What is the levy per tonne?" reads as a question of no figure kind, yet a rate of a sum
that is paid is a sum of money, a share, or a number tied to a unit ("85 per tonne", "12
cents a litre"): a clause that only imposes the levy does not give it. "How much hydrogen
will the region use?" asks for a quantity, and a clause whose only number word is a lone
"one" ("one of the places that may grow fastest") states none. Both read the question and
the quoted clause only, with the words of ``[rate]`` and ``[lone_one]`` in
``kb/data/near_miss.toml``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from kb.carriers import carries, is_year
from kb.cjk import fold_wide_digits, has_cjk
from kb.refusal_measure import asked_dimension
from kb.retrieve import Hit
from kb.understand import Query

# A figure in digits, or a number word (a lone "one" is judged apart).
_DIGITS = re.compile(r"(?<![A-Za-z0-9_.])\d(?:[\d,.]*\d)?")
_WORDS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|"
    r"dozens?|half|double|triple|twice)\b",
    re.IGNORECASE,
)
_ONE = re.compile(r"\bone\b[\s-]*([a-z]*)", re.IGNORECASE)
#: How many candidates below the quoted one may state the asked quantity instead.
QUANTITY_DEPTH = 5


@functools.cache
def _data() -> dict:
    raw = resources.files("kb").joinpath("data/near_miss.toml").read_text("utf-8")
    return tomllib.loads(raw)


@functools.cache
def _rate_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What asks of a paid sum, what ties a sum to a unit, and a sum of money tied to a unit
    (a figure with a currency's sign or code before it or its name after it, then up to
    ``[rate] words_between`` words, then the tie: "AUD 85 per tonne", "P0.0025 per
    kilowatt-hour", "12 cents a litre")."""
    rate = _data()["rate"]
    paid = "|".join(map(re.escape, rate["paid"]))
    per = "|".join(f"(?:{p})" for p in rate["per"])
    between = int(rate["words_between"])
    signs = re.escape(rate["currency_signs"])
    names = "|".join(map(re.escape, rate["currency_words"]))
    number = r"\d(?:[\d,.]*\d)?"
    # the words between are no paid sum's name ("section 5 levy per tonne" states no rate)
    word = rf"\s*(?!(?:{paid})\b)[^\W\d_]+\.?"
    tie = rf"\s*(?:{per}|/\s*[a-z])"
    before = rf"(?:[{signs}]|(?-i:(?<![A-Za-z])(?:[A-Z]|[A-Z]{{3}}))\s?)"
    after = rf"\s*(?:(?:thousand|million|billion)\s+)?(?:{names})\b\.?"
    stated = (
        rf"{before}{number}(?:{word}){{0,{between}}}{tie}"
        rf"|(?<![\w.,]){number}{after}(?:{word}){{0,{max(between - 1, 0)}}}{tie}"
    )
    return (
        re.compile(rf"\b(?:{paid})\b", re.IGNORECASE),
        re.compile(per, re.IGNORECASE),
        re.compile(stated, re.IGNORECASE),
    )


def _asked_unit(query: Query) -> str:
    """The unit the question ties the paid sum to ("tonne" of "the levy per tonne"), or ""."""
    paid, per, _ = _rate_patterns()
    asked = paid.search(query.text)
    tie = per.search(query.text, asked.end()) if asked else None
    return tie.group().split()[-1].lower() if tie else ""


def _states_rate(query: Query, text: str) -> bool:
    """Whether ``text`` ties a sum of money to a unit, or any figure to the unit asked
    ("40 per tonne" for the levy per tonne), with up to ``[rate] words_between`` words between."""
    if _rate_patterns()[2].search(text):
        return True
    unit = _asked_unit(query)
    if not unit:
        return False
    rate = _data()["rate"]
    between = int(rate["words_between"])
    paid = "|".join(map(re.escape, rate["paid"]))
    word = rf"\s*(?!(?:{paid})\b)[^\W\d_]+\.?"
    tie = rf"\s*(?:per|an?|for\s+(?:each|every)|/)\s*{re.escape(unit)}\b"
    return re.search(rf"\d(?:{word}){{0,{between}}}{tie}", text, re.IGNORECASE) is not None


def reaches_rate(query: Query) -> bool:
    """Whether ``rate_reason`` reads ``query``: a paid sum tied to a unit is asked, by an
    English question not read as a sum or a share."""
    if has_cjk(query.text) or query.kind in ("amount", "share"):
        return False
    return bool(_asked_unit(query))


def rate_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """A rate of a sum that is paid is asked ("the levy per tonne") and the quoted clause
    states no sum of money and no share.

    Example:
        >>> from kb.understand import understand
        >>> q = understand("What is the landfill levy per tonne of waste?")
        >>> hit = Hit(key="k", doc_id="d", clause_id="1", text="A levy is imposed on landfill.")
        >>> rate_reason(q, [hit])
        'the passage found states no rate'
    """
    if not candidates or not reaches_rate(query):
        return ""
    text = fold_wide_digits(candidates[0].indexed_text or candidates[0].text)
    if carries("amount", text) or carries("share", text) or _states_rate(query, text):
        return ""
    return "the passage found states no rate"


def _states_figure(text: str) -> bool:
    """Whether ``text`` states a figure other than a year, or a number word other than a
    lone "one" that only picks out a thing."""
    if any(not is_year(text, m) for m in _DIGITS.finditer(text)) or _WORDS.search(text):
        return True
    after = set(_data()["lone_one"]["figure_after"])
    for m in _ONE.finditer(text):
        word = m.group(1).lower()
        if word in after or asked_dimension(f"how many {word}"):
            return True
    return False


def quoted_quantity_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """A quantity is asked ("how much hydrogen") and the quoted clause states no figure:
    its only number word is a lone "one" ("one place that may ...").

    Example:
        >>> from kb.understand import understand
        >>> q = understand("How much hydrogen will the region use by 2030?")
        >>> hit = Hit(key="k", doc_id="d", clause_id="1", text="One region could lead.")
        >>> quoted_quantity_reason(q, [hit])
        'the passage found states no quantity'
    """
    if not candidates or not reaches_quoted_quantity(query):
        return ""
    text = fold_wide_digits(candidates[0].indexed_text or candidates[0].text)
    if has_cjk(text) or _states_figure(text):
        return ""
    # the answer path may quote the figure a candidate of the same document just below states
    below = [h for h in candidates[1:QUANTITY_DEPTH] if h.doc_id == candidates[0].doc_id]
    if any(_states_asked(query, hit) for hit in below):
        return ""
    return "the passage found states no quantity"


def reaches_quoted_quantity(query: Query) -> bool:
    """Whether ``quoted_quantity_reason`` reads ``query``: an English quantity question."""
    return not has_cjk(query.text) and query.kind == "quantity"


@functools.cache
def _how_much() -> re.Pattern[str]:
    """The thing a quantity question asks of ("how much hydrogen", "how much new
    capacity"), past the words of ``[lone_one] how_much_skip``."""
    skip = "|".join(map(re.escape, _data()["lone_one"]["how_much_skip"]))
    return re.compile(rf"\bhow much\s+(?:(?:{skip})\s+)?([a-z][\w-]*)", re.IGNORECASE)


def _states_asked(query: Query, hit: Hit) -> bool:
    """Whether a candidate states a figure beside the asked thing ("how much *hydrogen*")
    for a question that names no year. A question of a quantity by a year is left to the
    quoted clause: a document holds many figures "by 2030" (another region's goal, the
    world's forecast), which a clause below cannot be told apart from."""
    thing = _how_much().search(query.text)
    text = fold_wide_digits(hit.indexed_text or hit.text)
    if thing is None or query.years:
        return False
    if not re.search(rf"\b{re.escape(thing[1])}\b", text, re.IGNORECASE):
        return False
    return any(not is_year(text, m) and _unit_after(text, m.end()) for m in _DIGITS.finditer(text))


# After a figure: its scale words, then the word read as its unit ("120,000 tonnes",
# "2.5 million cubic metres", "40GW").
_UNIT_AFTER = re.compile(
    r"\s*(?:(?:thousand|million|billion|metric|cubic|short)\s+)*([^\W\d_][\w-]*)"
)


def _unit_after(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is followed by a unit of quantity (a unit of
    ``measures.toml``): "Phase 2" or "1 July" state no quantity."""
    m = _UNIT_AFTER.match(text, end)
    return bool(m and asked_dimension(f"how many {m[1].lower()}"))


#: The checks of this module as ``kb.refusal.refusal_reason`` names them, in order.
FIGURE_CHECKS = {"rate": rate_reason, "quoted_quantity": quoted_quantity_reason}
