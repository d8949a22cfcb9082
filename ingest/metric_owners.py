"""Whose quantity a metric phrase names: the owner's name is no part of what is measured.

"electric vehicles on Norvale's roads" and "the number of electric vehicles on the road"
measure one thing; the country that owns the roads is the key's jurisdiction, not a
metric word. ``strip_owners`` takes out of a phrase, before its words are read:

- the document's own place names (``own_names``: from the manifest's jurisdiction, the
  issuer and the possessive owner in the title, "Norvale's Nationally Determined
  Contribution"), in English with an optional possessive, in Chinese with an optional
  province, region or city suffix (澜江省);
- any other proper noun that owns what follows it inside the phrase ("on Norvale's
  roads"); a capital at the start of the phrase is only a sentence's capital
  ("Industry's emissions" keeps its sector word);
- the possessive "'s" itself, which would otherwise be read as a word "s".

Example:
    >>> " ".join(strip_owners("electric vehicles on Norvale's roads", ()).split())
    'electric vehicles on roads'
    >>> own_names(issuer="Government of the Republic of Norvale", title="Norvale: an update")
    ('Norvale',)
"""

from __future__ import annotations

import re

_APOSTROPHE = "['\u2019]"
_POSSESSIVE = re.compile(rf"(?<=\w){_APOSTROPHE}s\b")
# A capitalised name (one or more words) that owns the noun after it.
_OWNER = re.compile(rf"(?<=\S\s)\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*{_APOSTROPHE}s\b")
_TITLE_OWNER = re.compile(rf"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*){_APOSTROPHE}s\b")
_CJK_PLACE = re.compile(r"^([\u4e00-\u9fff]{2,8}?)(?:省|自治区|特别行政区|市)")
_CJK_SUFFIX = "(?:省|自治区|特别行政区|市)?"
# Words of an issuer's name that name an authority or a form of state, not a place.
_AUTHORITY = frozenset(
    """the of and for government ministry department office council agency republic
    kingdom federal federation state states people's peoples democratic national city
    municipal provincial province county region regional commission authority
    administration bureau secretariat cabinet parliament assembly""".split()
)


def own_names(*, jurisdiction: str = "", issuer: str = "", title: str = "") -> tuple[str, ...]:
    """The names a document gives its own place: the manifest's jurisdiction, the
    issuer's capitalised words that the title repeats (other than words for an
    authority), the title's possessive owner, and the place an issuer such as
    澜江省人民政府 is the government of."""
    names: list[str] = []
    if jurisdiction.strip():
        names.append(jurisdiction.strip())
    place = _CJK_PLACE.match(issuer.strip())
    if place:
        names.append(place.group(1))
    in_title = set(re.findall(r"\b[A-Z][\w-]+", title))
    names += [
        w
        for w in re.findall(r"\b[A-Z][\w-]+", issuer)
        if w in in_title and w.lower() not in _AUTHORITY and not w.isupper()
    ]
    owner = _TITLE_OWNER.search(title)
    if owner:
        names.append(owner.group(1))
    return tuple(dict.fromkeys(n for n in names if n))


def strip_owners(phrase: str, names: tuple[str, ...]) -> str:
    """``phrase`` without its owners' names and possessive endings (see the module)."""
    for name in sorted(names, key=len, reverse=True):
        if re.search(r"[\u4e00-\u9fff]", name):
            phrase = re.sub(re.escape(name) + _CJK_SUFFIX, " ", phrase)
        else:
            pattern = rf"(?<![\w-]){re.escape(name)}(?:{_APOSTROPHE}s)?(?![\w-])"
            phrase = re.sub(pattern, " ", phrase)
    phrase = _OWNER.sub(" ", phrase)
    return _POSSESSIVE.sub("", phrase)
