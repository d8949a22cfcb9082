"""One-way relations a question may use for the words of its clause.

Two kinds, both read only from question to clause (never widened the other way):

- a national capital named for its country's government (``capital_hits``);
- a general word for the specific things a clause names (``broader_hits``): a question
  about "cash" or "money" is answered by a clause about a grant, a subsidy or an
  investment (``[[broader]]`` of ``kb/data/en_synonyms.toml``).

``one_way_hits`` gives both, as ``kb.understand.group_hits`` gives synonym groups.

A capital, read as a search word:

News and commentary name a government by its seat: "Berlin's grant", "Jakarta's supply
plan", "what London expects". The text that answers usually names the country
("Germany", "Indonesia", "Britain") and never the capital, so a question worded that way
shares no word with its clause. ``capital_hits`` finds the capitals a question names
(``[capitals]`` of ``kb/data/place_parts.toml``) with the country's other names
(``[place_names]`` of ``kb/data/terms.toml``); a capital a synonym group already holds
("Delhi" in India's) is left to that group. ``kb.understand.understand`` adds those
names to keyword search, and ``kb.rerank.question_units`` counts the capital and its
country as one word of the question. One direction only: a question about a country is
not widened to its capital.

A capital that is part of a longer name is left alone: followed by another capitalised
word ("Paris Agreement", "Beijing-Tianjin-Hebei") or by a word for a meeting or a treaty
("the Paris talks", "the Kyoto protocol"), it names that thing, not a government.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

_EVENT = r"(?:agreement|accord|accords|protocol|talks|summit|conference|declaration|rules)"


def _read(name: str) -> dict:
    return tomllib.loads(resources.files("kb").joinpath(f"data/{name}").read_text("utf-8"))


@functools.cache
def _table() -> tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]:
    """(capital, its pattern, the country's names) for each capital of place_parts.toml."""
    groups = _read("terms.toml").get("place_names", {}).get("groups", [])
    by_name = {n.lower(): tuple(g) for g in groups for n in g}
    out = []
    for capital, countries in _read("place_parts.toml").get("capitals", {}).items():
        names: list[str] = []
        for country in countries:
            names += by_name.get(country.lower(), (country.lower(),))
        spelled = " ".join(w[:1].upper() + w[1:] for w in capital.split())
        pattern = re.compile(
            r"(?<![\w-])"
            + re.escape(spelled)
            + r"(?![\w-])(?!\s+[A-Z])(?!['’]?s?\s+"
            + _EVENT
            + r"\b)(?!\s+"
            + _EVENT
            + r"\b)",
        )
        out.append((capital, pattern, tuple(dict.fromkeys(names))))
    return tuple(out)


def capital_hits(question: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """``(group, used)`` for each capital ``question`` names for its country: the group is
    the capital and the country's names, ``used`` the capital (as ``group_hits`` gives
    synonym groups). A capital whose country the question also names adds nothing.

    Example:
        >>> capital_hits("How much did Berlin pay buyers of electric cars?")[0][0][:3]
        ('berlin', 'germany', 'german')
        >>> capital_hits("What did rich nations pledge at the Paris talks?")
        []
    """
    from kb.understand import load_terms

    low = question.lower()
    grouped = {t for g in load_terms().groups for t in g}
    out = []
    for capital, pattern, names in _table():
        if capital in grouped or not pattern.search(question):
            continue
        if any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", low) for n in names):
            continue
        out.append(((capital, *names), (capital,)))
    # "New Delhi" and "Delhi" name one place: keep the longer
    return [h for h in out if not any(h[0][0] != o[0][0] and h[0][0] in o[0][0] for o in out)]


@functools.cache
def _broader() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], tuple[str, ...]]:
    from kb.understand import _term_pattern

    out = []
    for entry in _read("en_synonyms.toml").get("broader", []):
        terms = tuple((t.lower(), _term_pattern(t.lower())) for t in entry["terms"])
        out.append((terms, tuple(t.lower() for t in entry["narrower"])))
    return tuple(out)


def broader_hits(question: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """``(group, used)`` for each general word of ``[[broader]]`` the question uses: the
    group is the words used and the specific ones a clause may name instead.

    Example:
        >>> broader_hits("How much cash goes to each school?")[0][1]
        ('cash',)
        >>> broader_hits("How large is the grant?")
        []
    """
    out = []
    for terms, narrower in _broader():
        used = tuple(t for t, p in terms if p.search(question))
        if used:
            out.append(((*used, *narrower), used))
    return out


def one_way_hits(question: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """``capital_hits`` and ``broader_hits`` of ``question``."""
    return capital_hits(question) + broader_hits(question)
