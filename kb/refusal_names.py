"""Where the name check of ``kb.refusal`` looks for the names a question gives.

A name stands in a document, or near the quoted clause: its paragraph and section (with
the headings standing bare above it), ``NAME_REACH`` characters either side, the
document's title and opening, and a law's enacting words ("Enacted by the Parliament of
..."), which speak for every clause. A Chinese
document cannot spell most English names; it is searched only for those with a Chinese
synonym in terms.toml and for provinces and cities with a Chinese spelling (Guangxi:
广西, ``[english_places]`` of ``kb/data/zh_scope.toml``). A national capital that may
stand for its government (Beijing: ``[capitals]`` of ``kb/data/place_parts.toml``) is
spoken of by a Chinese text that speaks of the whole country (全国, 国务院:
``kb.zh_checks.implied_name``).
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from kb.cjk import fold_wide_digits, has_cjk
from kb.hits import Hit
from kb.lexical import tokenize
from kb.refusal_focus import outer_headings
from kb.refusal_words import _name_keys, _place_parts, spelled_acronyms
from kb.understand import expansions
from kb.zh_checks import implied_name
from kb.zh_place import chinese_spelling, writes_place

#: Characters either side of the quoted clause within which a name the question
#: gives must stand (besides the clause's paragraph and section).
NAME_REACH = 1500


def nameable(names: list[str], doc: str) -> list[str]:
    """The names a document can spell: all of them in an English document; in a Chinese
    one, those with a Chinese synonym in terms.toml or a Chinese spelling as a place."""
    if has_cjk(doc[:2000]):
        return [
            n for n in names if chinese_spelling(n) or any(has_cjk(o) for o in expansions(n)[1])
        ]
    return names


def chinese_text_names(name: str, text: str, tokens: set[str]) -> bool:
    """Whether a Chinese ``text`` (with its ``tokens``) writes the place ``name`` in
    Chinese, or speaks of the whole country a capital of that name may stand for.

    Example:
        >>> chinese_text_names("Guangxi", "广西水库工程通过验收", set())
        True
        >>> chinese_text_names("Guangxi", "云南水库工程通过验收", set())
        False
    """
    if writes_place(name, text):
        return True
    countries = _place_parts().get(_name_keys(name)[1], ())
    return any(implied_name(tokens, country, tokenize) for country in countries)


#: Characters either side of an enacting phrase kept as its sentence, and how many such
#: sentences a document may give.
_SCOPE_SPAN, _SCOPE_MAX = 160, 3


@functools.cache
def _scope_phrases() -> re.Pattern[str] | None:
    raw = resources.files("kb").joinpath("data/near_miss.toml").read_text("utf-8")
    phrases = tomllib.loads(raw).get("document_scope", {}).get("en", [])
    return re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE) if phrases else None


@functools.lru_cache(maxsize=64)
def scope_text(doc: str) -> str:
    """The sentences by which a law or an ordinance says who makes it ("Enacted by the
    Parliament of ... as follows", ``[document_scope]`` of near_miss.toml): the place or
    body they name is that of every clause, wherever they stand in the document.

    Example:
        >>> scope_text("Short title. Enacted by the Parliament of Sylvania as follows: 1. Fees.")
        ' Enacted by the Parliament of Sylvania as follows: 1'
    """
    phrases = _scope_phrases()
    if phrases is None:
        return ""
    out = []
    for m in list(phrases.finditer(doc))[:_SCOPE_MAX]:
        before = doc[max(0, m.start() - _SCOPE_SPAN) : m.start()]
        after = doc[m.end() : m.end() + _SCOPE_SPAN]
        # the sentence around the phrase: from the last full stop before it to the next
        out.append(before[before.rfind(".") + 1 :] + m.group(0) + after.split(".")[0])
    return " ".join(out)


def near_text(hit: Hit, doc: str) -> str:
    """``hit``, its paragraph, ``NAME_REACH`` characters either side, the document's
    title and opening (what the whole document is about), and its enacting words."""
    around = doc[max(0, hit.start - NAME_REACH) : hit.end + NAME_REACH] if hit.end else ""
    own = fold_wide_digits(hit.indexed_text or hit.text)
    scope = scope_text(doc)
    return f"{hit.title} {doc[:NAME_REACH]} {own} {hit.context} {around} {scope}"


def near_tokens(hit: Hit, doc: str) -> set[str]:
    """The words of ``near_text`` and of the section (with the headings standing bare
    above it, ``kb.refusal_focus.outer_headings``), and the acronyms it spells out."""
    seen = near_text(hit, doc)
    heads = " ".join([*hit.section, *outer_headings(hit, doc)])
    return set(tokenize(seen)) | spelled_acronyms(seen, doc) | set(tokenize(heads))
