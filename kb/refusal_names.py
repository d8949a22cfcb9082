"""Where the name check of ``kb.refusal`` looks for the names a question gives.

A name stands in a document, or near the quoted clause: its paragraph and section,
``NAME_REACH`` characters either side, and the document's title and opening. A Chinese
document cannot spell most English names; it is searched only for those with a Chinese
synonym in terms.toml and for provinces and cities with a Chinese spelling (Guangxi:
广西, ``[english_places]`` of ``kb/data/zh_scope.toml``). A national capital that may
stand for its government (Beijing: ``[capitals]`` of ``kb/data/place_parts.toml``) is
spoken of by a Chinese text that speaks of the whole country (全国, 国务院:
``kb.zh_checks.implied_name``).
"""

from __future__ import annotations

from kb.cjk import fold_wide_digits, has_cjk
from kb.hits import Hit
from kb.lexical import tokenize
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


def near_text(hit: Hit, doc: str) -> str:
    """``hit``, its paragraph, ``NAME_REACH`` characters either side, and the document's
    title and opening (what the whole document is about)."""
    around = doc[max(0, hit.start - NAME_REACH) : hit.end + NAME_REACH] if hit.end else ""
    own = fold_wide_digits(hit.indexed_text or hit.text)
    return f"{hit.title} {doc[:NAME_REACH]} {own} {hit.context} {around}"


def near_tokens(hit: Hit, doc: str) -> set[str]:
    """The words of ``near_text`` and of the section, and the acronyms it spells out."""
    seen = near_text(hit, doc)
    return set(tokenize(seen)) | spelled_acronyms(seen, doc) | set(tokenize(" ".join(hit.section)))
