"""Whose figure a sentence states: the document's own country's, or another country's.

"Meanwhile Brazil has pledged a 43 percent reduction by 2030" in another nation's text is
Brazil's figure, not the document's: tracking leaves it out of the document's series
(``kb.statements``). Every country is known by its names in English and Chinese
(``kb/data/countries.toml``, written from the ISO 3166-1 names of Unicode CLDR); a name
counts only as the figure's holder:

- as the subject of the figure's own clause, before the figure, with nothing before it in
  the clause but leading words ("Meanwhile Brazil has pledged 43%", "日本承诺…减排46%"), or
- right before the figure, as its owner ("Canada's 40%", "Korea at 35 percent").

A country named elsewhere in the sentence ("43% by 2030, in line with the pledges of
Canada", "a pace that China has not matched", "under the EU's rules") holds nothing, and
no figure is another's when its clause names the document's own country, one of its own
names, or the words a text calls itself by ("the Government", "the Union", "we", 我国).
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from kb.track_aims import clause_start, load_aims

#: A nation's own code: two capitals ("AU", "EU"). A province's or a state's text ("CN-LJ",
#: 山东) may name the country it belongs to as its own, so no figure of it is checked.
_NATIONAL = re.compile(r"^[A-Z]{2}$")
_CJK = re.compile(r"[\u3400-\u9fff]")
#: A figure when the record gives none: a number with a percent sign or word.
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|percent\b|per\s+cent\b)", re.IGNORECASE)


def _name_pattern(name: str, guards: dict[str, str]) -> str:
    if name in guards:
        return guards[name]
    if _CJK.search(name):
        return re.escape(name)
    words = re.escape(name).replace(r"\ \&\ ", r"\s+(?:&|and)\s+").replace(r"\ ", r"\s+")
    return rf"(?<!\w){words}(?!\w)"


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, re.Pattern[str]]:
    """``{code: pattern of its names}`` from ``kb/data/countries.toml``. Names are matched
    as written (capitalised), so "turkey", "chad" and "us" name no country."""
    data = tomllib.loads(resources.files("kb").joinpath("data/countries.toml").read_text("utf-8"))
    guards = data.get("guard", {})
    head = load_aims().demonym_head
    out: dict[str, re.Pattern[str]] = {}
    for code, names in data["name"].items():
        every = [_name_pattern(n, guards) for n in (*names, *data.get("alias", {}).get(code, ()))]
        # an adjective ("the Australian Prime Minister") only before its government or leaders
        every += [rf"{_name_pattern(n, {})}(?={head})" for n in data["demonym"].get(code, ())]
        out[code] = re.compile("|".join(every))
    return out


def _figure_at(text: str, figure: str) -> int | None:
    if figure and (at := text.find(figure)) >= 0:
        return at
    m = _FIGURE.search(text)
    return m.start() if m else None


def figure_of_other(text: str, own: str, own_words: tuple[str, ...] = (), figure: str = "") -> bool:
    """True when the figure ``figure`` (as written; the first percentage when not found) of
    ``text`` is held by a country other than the document's own nation ``own`` (see the
    module). Companies and cities are not checked here: a national figure often sits
    beside them."""
    if not _NATIONAL.match(own):
        return False
    at = _figure_at(text, figure)
    if at is None:
        return False
    table = load_aims()
    start = clause_start(text, at)
    # a clause opened by a participle ("..., but refusing to lift its aim of 26%") has the
    # subject of the clause before it
    while start > 0 and table.elided_subject.match(text[start:at]):
        start = clause_start(text, start - 1)
    lead = text[start:at]
    names = countries()
    own_patterns = [p for p in (table.holders.get(own), names.get(own)) if p is not None]
    if any(p.search(lead) for p in own_patterns) or table.own_words.search(lead):
        return False
    if any(word and word in lead for word in own_words):
        return False
    for code, pattern in names.items():
        if code == own:
            continue
        for m in pattern.finditer(lead):
            before = lead[: m.start()]
            if (
                table.figure_lead.match(before)
                or table.subordinate_lead.search(before)
                or (
                    table.preposition_lead.search(before)
                    and table.clause_verb.match(lead[m.end() :])
                )
                or table.figure_owner.match(lead[m.end() :])
            ):
                return True
    return False
