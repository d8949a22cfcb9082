"""Refusal checks for near-misses about another object of the same measure.

"How much hydrogen must the funded projects produce?" is not answered by the programme's
budget, nor "What grant does the scheme pay for a biomass boiler?" by the grant for heat
pumps. Both read only the question and the quoted clause, with the word lists of
``kb/data/near_miss.toml`` (``[material]``, ``[object_scope]``), and refuse only when the
clause is positively about something else: it states sums of money and nothing else. The
object check (the clause names none of the words of the asked object) is kept off; see
``SCOPE_CHECKS``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from kb.cjk import has_cjk
from kb.refusal_action import _any_of, _data, figure_kinds
from kb.refusal_words import uses
from kb.retrieve import Hit, tokenize
from kb.understand import Query

#: Longer "for ..." phrases are read as a purpose, not one object.
MAX_OBJECT_WORDS = 4


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    data = _data()
    things, after = _any_of(data["material"]["things"]), _any_of(data["material"]["money_after"])
    money = _any_of(data["object_scope"]["money_words"])
    sums = _any_of([*data["material"]["money_anywhere"], *data["object_scope"]["money_words"]])
    return {
        # "how much methane charge will an operator pay": a sum, wherever the word stands
        "sum": re.compile(rf"\b(?:{sums})\b", re.IGNORECASE),
        # "how much hydrogen a year", not "how much carbon tax"
        "material": re.compile(rf"\bhow much ({things})\b(?!\s+(?:{after})\b)", re.IGNORECASE),
        # "... grant ... for a biomass boiler?": the words after the last "for"
        "object": re.compile(
            rf"\b(?:{money})\b.*\bfor\s+(?:an?\s+|the\s+|each\s+|every\s+)?([a-z][\w\s-]*?)\s*\?*$",
            re.IGNORECASE,
        ),
    }


def material_money_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """A quantity of a physical thing is asked and the quoted clause states only sums of
    money: what is paid, not how much there is.

    Example:
        >>> from kb.understand import understand
        >>> q = understand("How much hydrogen must the plants produce each year?")
        >>> hit = Hit(key="k", doc_id="d", clause_id="1", text="The plan gives $2 billion.")
        >>> material_money_reason(q, [hit])
        'the passage found states a sum of money, not an amount of hydrogen'
    """
    if not candidates or has_cjk(query.text) or query.kind == "amount":
        return ""
    m = _patterns()["material"].search(query.text)
    if m is None or _patterns()["sum"].search(query.text):
        return ""
    hit = candidates[0]
    if figure_kinds(hit.indexed_text or hit.text) == {"money"}:
        return f"the passage found states a sum of money, not an amount of {m.group(1).lower()}"
    return ""


def asked_object(question: str) -> tuple[str, ...]:
    """The words of the object a sum is asked for (empty when there is none, or when the
    "for ..." phrase is too long to be one object).

    Example:
        >>> asked_object("What grant does the scheme pay for a biomass boiler?")
        ('biomass', 'boiler')
        >>> asked_object("How much is the grant?")
        ()
    """
    m = _patterns()["object"].search(question)
    words = tuple(w for w in tokenize(m.group(1)) if not w.isdigit()) if m else ()
    return words if 0 < len(words) <= MAX_OBJECT_WORDS else ()


def object_scope_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """A sum of money is asked for one object and the quoted clause names none of its
    words: the grant or subsidy it states is for something else.

    Example:
        >>> from kb.understand import understand
        >>> q = understand("What subsidy does the city give for electric cars?")
        >>> text = "A subsidy of up to 300 euros is paid on e-bikes."
        >>> object_scope_reason(q, [Hit(key="k", doc_id="d", clause_id="1", text=text)])
        'the passage found is about another object than electric car'
    """
    if not candidates or has_cjk(query.text) or query.kind != "amount":
        return ""
    words = asked_object(query.text)
    if not words:
        return ""
    hit = candidates[0]
    if has_cjk(hit.text) or has_cjk(hit.indexed_text or ""):
        # a Chinese clause's tokens are character pairs: English object words never match
        return ""
    tokens = set(tokenize(hit.indexed_text or hit.text))
    if any(uses(tokens, w, hit.indexed_text or hit.text) for w in words):
        return ""
    return f"the passage found is about another object than {' '.join(words)}"


#: The checks of this module as ``kb.refusal.refusal_reason`` names them, in order.
#: ``object_scope_reason`` is kept off: it refuses the right clause when the object is
#: written as an acronym, a hyphenated form or a plural the tokeniser folds badly ("e-bus",
#: "EV", "SMEs", "buses"), and passes a wrong one that shares any word. It may be switched
#: on again only when it refuses on positive evidence of a different object.
SCOPE_CHECKS = {
    "material_money": material_money_reason,
}
