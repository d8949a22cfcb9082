"""The focus check: an attribute the question asks for (a penalty, a budget, a head-count)
must be named by the clause quoted.

"What penalty applies if the 30 GW goal is missed?" is not answered by the clause that
states the goal: it never speaks of a penalty. The attribute words and their Chinese
counterparts are ``[refusal]`` of ``kb/data/terms.toml``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from kb.cjk import fold_wide_digits, has_cjk
from kb.refusal_words import uses as _uses
from kb.retrieve import Hit, tokenize
from kb.understand import Query

#: How many of the ranked candidates may supply an asked attribute: the quoted one.
CHOSEN = 1

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def unnamed_words(text: str) -> list[str]:
    """The words of ``text`` without its capitalised words after the first, which are part
    of a name ("the American *Jobs* Plan", "the Warm Homes *Plan*"), lower-cased.

    Example:
        >>> unnamed_words("How many jobs has the Warm Homes Plan created?")
        ['how', 'many', 'jobs', 'has', 'the', 'created']
    """
    words = _WORD.findall(text)
    return [w.lower() for i, w in enumerate(words) if i == 0 or not w[:1].isupper()]


def _text(hit: Hit) -> str:
    return fold_wide_digits(hit.indexed_text or hit.text)


def asked_attributes(query: Query) -> list[str]:
    """Attribute words (a penalty, a budget, a head-count: ``[refusal] attributes`` in
    terms.toml) in the part of the question that asks.

    Example:
        >>> from kb.understand import understand
        >>> asked_attributes(understand("What is the yearly operating budget of the fund?"))
        ['budget']
    """
    from kb.understand import asked_part

    if has_cjk(query.text):
        return [w for w in _attributes_zh() if w in query.text]
    asked = asked_part(query.text)
    verbs = _asked_verbs()
    words = [verbs.get(w, w) for w in unnamed_words(asked)]
    return [w for w in dict.fromkeys(words) if w in attribute_words()]


def focus_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """An attribute the question asks for appears in no candidate or its paragraph,
    synonyms included. Only the clause that is quoted counts (``candidates[0]``): a
    budget or a head-count stated in another passage, about something else, does not
    make the quoted one state it. A number of people or posts (staff, winners, jobs) is an
    attribute only when a count is asked."""
    for noun in asked_attributes(query):
        if noun in _headcounts() and query.kind != "count":
            continue  # "what happens to the winners": they are asked of, not counted
        if not any(names_attributes(hit, [noun], verbs=True) for hit in candidates[:CHOSEN]):
            return f"no passage speaks of {noun}"
    return ""


def names_attributes(hit: Hit, attributes: Sequence[str], verbs: bool = False) -> bool:
    """Whether ``hit`` (with its paragraph and section) names each of ``attributes``,
    synonyms included. With ``verbs``, an attribute stated by its verb counts too ("fined
    $150" a fine): the focus check reads it so, while answer choice, which ranks
    candidates by the asked noun, does not."""
    words = f"{_text(hit)} {hit.context} {' '.join(hit.section)}"
    tokens = set(tokenize(words))
    if verbs:
        tokens |= stated_by_verb(words) | stated_by_unit(words)
    return all(_uses(tokens, noun, words) for noun in attributes)


def stated_by_verb(text: str) -> set[str]:
    """The attributes ``text`` states with their verb ("priced at", "fining of"; ``[refusal]
    attribute_verbs`` of terms.toml), except in a phrasal verb that states none ("priced
    out" of a market: ``attribute_verb_particles``).

    Example:
        >>> sorted(stated_by_verb("Drivers are tolled $4; renters were priced out."))
        ['toll']
    """
    return {noun for form, noun in _attribute_verbs() if _verb_pattern(form).search(text)}


def stated_by_unit(text: str) -> set[str]:
    """The attributes ``text`` states by the unit of a figure ("a 20mph limit" a speed;
    ``[refusal] attribute_units`` of terms.toml).

    Example:
        >>> sorted(stated_by_unit("A new 20mph limit; 3 miles of lanes."))
        ['speed']
    """
    return {noun for unit, noun in _attribute_units() if _unit_pattern(unit).search(text)}


@functools.cache
def _unit_pattern(unit: str) -> re.Pattern[str]:
    return re.compile(rf"\d\s*{re.escape(unit)}(?![\w/])", re.IGNORECASE)


@functools.cache
def _attribute_units() -> tuple[tuple[str, str], ...]:
    pairs = (p.partition("=") for p in _terms().get("attribute_units", "").split())
    return tuple((unit, noun) for unit, _, noun in pairs if noun)


@functools.cache
def _asked_verbs() -> dict[str, str]:
    """A question's verb that asks for an attribute ("How much has the council
    *budgeted*" asks a budget; ``[refusal] asked_attribute_verbs`` of terms.toml)."""
    pairs = (p.partition("=") for p in _terms().get("asked_attribute_verbs", "").split())
    return {form: noun for form, _, noun in pairs if noun}


@functools.cache
def _verb_pattern(form: str) -> re.Pattern[str]:
    particles = "|".join(re.escape(p) for p in _terms().get("attribute_verb_particles", "").split())
    after = rf"(?!\s+(?:{particles})\b)" if particles else ""
    if form.lower().endswith("ing"):
        # an -ing form is also the scheme's noun ("carbon pricing", "road tolling"): it
        # states the attribute only with a sum right after ("fining of up to $90")
        sum_after = r"(?:(?:at|of)\s+)?(?:up\s+to\s+|about\s+|around\s+)?(?:[a-z]{0,3}[$€£¥])?\d"
        after += rf"(?=\s+{sum_after})"
    return re.compile(rf"(?<![\w-]){re.escape(form)}\b{after}", re.IGNORECASE)


@functools.cache
def _attribute_verbs() -> tuple[tuple[str, str], ...]:
    """The verbs that state an attribute ("priced" its price; ``[refusal]
    attribute_verbs`` of terms.toml), as (verb, attribute) pairs. A verb a question asks
    with (``asked_attribute_verbs``) states its attribute too: "The board has budgeted
    £3 million" answers "How much has the board budgeted"."""
    from kb.understand import expansions

    pairs = [p.partition("=") for p in _terms().get("attribute_verbs", "").split()]
    asked = [p.partition("=") for p in _terms().get("asked_attribute_verbs", "").split()]
    # an asked form already a synonym of its noun ("taxed" with tax) is read without it
    pairs += [p for p in asked if p[0] not in {o.lower() for o in expansions(p[2])[1]}]
    return tuple(dict.fromkeys((form, noun) for form, _, noun in pairs if noun))


@functools.cache
def _terms() -> dict:
    raw = resources.files("kb").joinpath("data/terms.toml").read_text("utf-8")
    return tomllib.loads(raw).get("refusal", {})


@functools.cache
def _attributes_zh() -> tuple[str, ...]:
    return tuple(_terms().get("attributes_zh", "").split())


@functools.cache
def _headcounts() -> frozenset[str]:
    return frozenset(_terms().get("headcounts", "").split())


def asks_headcount(query: Query) -> bool:
    """Whether the asked part of ``query`` names a number of people or posts (staff,
    winners, jobs), which ``focus_reason`` reads as an attribute only when a count is asked."""
    return any(w in _headcounts() for w in asked_attributes(query))


@functools.cache
def attribute_words() -> frozenset[str]:
    """The English attribute words (``[refusal] attributes`` of terms.toml)."""
    return frozenset(_terms().get("attributes", "").split())
