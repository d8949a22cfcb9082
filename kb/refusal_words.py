"""Word-level readings the refusal checks share: whether a passage's words speak of a
name the question gives (its synonyms, or the place an adjective comes from), and
whether a passage can state the kind of answer asked (a length of time included)."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator
from importlib import resources

from kb.carriers import figure_in_units
from kb.retrieve import tokenize
from kb.understand import Query, carries, expansions


def _letter_and_number(tokens: set[str]) -> bool:
    """Whether ``tokens`` are a number and lone letters, as a formula written as one
    letter and a number splits ("H2" -> h, 2); "U.S." (u, s) and "吨" are no formula."""
    return any(t.isdigit() for t in tokens) and all(len(t) == 1 or t.isdigit() for t in tokens)


def _variants(word: str) -> list[set[str]]:
    """Token sets any of which stands for ``word``: itself and its synonyms. A synonym
    that splits into a lone letter and a number ("H2") is left out: such pieces turn up
    in any numbered provision ("section 2(h)") and say nothing of the name."""
    out = [set(tokenize(word))]
    _, others = expansions(word)
    out += [t for t in (set(tokenize(o)) for o in others) if not _letter_and_number(t)]
    return [v for v in out if v]


@functools.cache
def _formulas(word: str) -> re.Pattern[str] | None:
    """The synonyms of ``word`` written as a letter and a number ("H2"), each as one
    unsplit word of a text: "H2 electrolysers", never "2(h)" nor "h 2"."""
    _, others = expansions(word)
    forms = [o for o in others if _letter_and_number(set(tokenize(o)))]
    if not forms:
        return None
    body = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<![\w.(]){body}(?![\w)])", re.IGNORECASE)


@functools.cache
def _word_pattern(word: str) -> re.Pattern[str] | None:
    """The pattern of terms.toml ``[word_patterns]`` for ``word`` or a synonym of it:
    any Chinese word ending in 税 speaks of tax. A pattern ``units_zh:DIMS`` is a figure
    before a Chinese unit of those dimensions in kb/data/measures.toml."""
    raw = resources.files("kb").joinpath("data/terms.toml").read_text("utf-8")
    table = tomllib.loads(raw).get("word_patterns", {})
    forms = [word.lower(), *(o.lower() for o in expansions(word)[1])]
    found = [
        figure_in_units(table[f].removeprefix("units_zh:"))
        if table[f].startswith("units_zh:")
        else table[f]
        for f in forms
        if f in table
    ]
    return re.compile("|".join(found)) if found else None


def uses(tokens: set[str], word: str, text: str = "") -> bool:
    """Whether ``tokens`` hold ``word`` or one of its synonyms (terms.toml), or ``text``
    writes one of its formulas as one word ("H2") or a word of its pattern (车船税 for
    "tax", ``[word_patterns]``).

    Example:
        >>> uses({"车船", "船税"}, "tax", "车船税按年申报")
        True
    """
    if any(v <= tokens for v in _variants(word)):
        return True
    if not text:
        return False
    formula, pattern = _formulas(word), _word_pattern(word)
    return bool(formula and formula.search(text)) or bool(pattern and pattern.search(text))


# A name's adjective and the name it comes from: "Hawaiian"/Hawaii, "Romanian"/Romania,
# "Canadian"/Canada, "Kenyan"/Kenya, "Japanese"/Japan (suffix, what replaces it).
_ADJECTIVE_ENDINGS = (("ian", ""), ("ian", "ia"), ("ian", "a"), ("an", ""), ("an", "a"), ("n", ""))
_ADJECTIVE_ENDINGS += (("ese", ""), ("ish", ""))


@functools.cache
def _place_names() -> dict[str, tuple[frozenset[str], ...]]:
    """Each other name of a country (terms.toml ``[place_names]``) and the token sets
    of all the names of its group."""
    raw = resources.files("kb").joinpath("data/terms.toml").read_text("utf-8")
    out: dict[str, tuple[frozenset[str], ...]] = {}
    for group in tomllib.loads(raw).get("place_names", {}).get("groups", []):
        spelled = tuple(frozenset(tokenize(n)) for n in group if tokenize(n))
        for n in group:
            out[n.lower()] = spelled
    return out


_POSSESSIVE = re.compile(r"[’']s?$")


def _name_keys(name: str) -> tuple[str, ...]:
    """The spellings under which ``name`` is looked up among other names of a country:
    without a possessive ending ("Canada's" -> canada, "Netherlands'" -> netherlands),
    and with and without a leading "the"."""
    low = _POSSESSIVE.sub("", name.lower().strip())
    bare = low.removeprefix("the ")
    return (low, bare, f"the {bare}")


@functools.cache
def _place_parts() -> dict[str, tuple[str, ...]]:
    """Each national capital (place_parts.toml) and the country it may stand for."""
    raw = resources.files("kb").joinpath("data/place_parts.toml").read_text("utf-8")
    return {k: tuple(v) for table in tomllib.loads(raw).values() for k, v in table.items()}


def names(tokens: set[str], name: str, title: set[str] | None = None) -> bool:
    """Whether ``tokens`` speak of ``name``: the name or a synonym, another name of the
    same country ("Britain"/UK, "Dutch"/Netherlands, "Chinese"/PRC), or, for an
    adjective of a place ("Hawaiian"), the place it comes from. Given ``title`` (the
    words of the document's title), a national capital (place_parts.toml) also counts
    when the title names its country: "Berlin" in a question on a document titled on
    Germany's climate programme, "Ottawa" on Canada's country report. Only from the
    title (a text that merely mentions Germany does not speak for Berlin), never the
    other way round, and never a state or province for its country (a question about
    Texas asks for that state's figure).

    Example:
        >>> names({"canada", "rebate"}, "Ottawa", title={"canada"})
        True
        >>> names({"canada", "rebate"}, "Ottawa")
        False
        >>> names({"ottawa", "rebate"}, "Canada", title={"ottawa"})
        False
    """
    if uses(tokens, name):
        return True
    outer = _place_parts().get(_name_keys(name)[1], ())
    if title and any(names(title, o) for o in outer):
        return True
    if any(v <= tokens for key in _name_keys(name) for v in _place_names().get(key, ())):
        return True
    low = name.lower()
    for suffix, repl in _ADJECTIVE_ENDINGS:
        stem = low[: -len(suffix)] + repl if low.endswith(suffix) else ""
        # A bare cut stem of four letters is too often a common word ("Spanish" -> span,
        # "German" -> germ); one that gains letters ("Cuban" -> Cuba) is a name.
        if len(stem) >= (4 if repl else 5) and set(tokenize(stem)) <= tokens and tokenize(stem):
            return True
    return False


# "For how long ...", "how many years ...": a length of time answers, in figures or words
# ("a term of four years", "inside a week"). "How quickly" asks for a pace, not a time.
_HOW_LONG = re.compile(
    r"\bhow long\b|\b(?:within )?how many (?:days|weeks|months|years)\b", re.IGNORECASE
)
# "How soon ...": only a counted length of time tied to when it starts or ends answers
# ("within three months", "20 days after publication"), not "for many years".
_HOW_SOON = re.compile(r"\bhow soon\b", re.IGNORECASE)
# A number in words may carry its figure in brackets, as statutes write it ("sixty (60)");
# then any number words go before it ("one hundred eighty (180)").
_BRACKETED = r"(?:\s*\(\d+\))?"
_WORDED = r"(?:[a-z]+[\s-]+){0,4}[a-z]+\s*\(\d+\)"
_COUNTED = (
    rf"(?:{_WORDED}|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"eighteen|twenty|twenty-four|thirty|forty|forty-five|fifty|sixty|ninety)"
    rf"{_BRACKETED}[\s-]+(?:(?:calendar|working|business)\s+)?(?:years?|months?|weeks?|days?|decades?)"
)
_SOON = re.compile(
    rf"\b(?:within|inside)\s+(?:the\s+(?:first|next)\s+)?{_COUNTED}\b"
    rf"|\b{_COUNTED}\s+(?:after|from|following|before)\b",
    re.IGNORECASE,
)
_DURATION = re.compile(
    rf"\b(?:{_WORDED}|\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    rf"twenty|thirty|forty|fifty|several|many){_BRACKETED}[\s-]+(?:calendar\s+)?(?:years?|months?|weeks?|"
    r"days?|decades?)\b",
    re.IGNORECASE,
)


def carries_kind(query: Query, text: str) -> bool:
    """Whether ``text`` can state the kind of answer ``query`` wants: ``carries``, and for
    a question about a length of time ("for how long ...") a duration in figures or words
    ("over the next three years", "a term of four years"); for "how soon ...", a counted
    duration tied to a start ("within three months", "20 days after signature")."""
    if carries(query.kind, text):
        return True
    if query.kind not in ("year", "date"):
        return False
    if _HOW_SOON.search(query.text):
        return bool(_SOON.search(text))
    return bool(_HOW_LONG.search(query.text)) and bool(_DURATION.search(text))


# A run of capitalised words on one line, small joining words allowed inside it
# ("Department of Energy"); a run never crosses a line break, so stacked headings are no name.
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][a-z]+(?:[ \t]+(?:(?:of|and|for|the|on|de|&)[ \t]+)*[A-Z][a-z]+)+"
)
_JOINING = frozenset({"of", "and", "for", "the", "on", "de", "&"})
_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?")
# An acronym written as one ("NHTSA", "DoE"), and the text tying it to its name:
# "... Administration (NHTSA)" or "NHTSA (... Administration)".
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z]*[A-Z]\b")
_AFTER_NAME = re.compile(r"[ \t]*\(([A-Z][A-Za-z]*[A-Z])\)")
_BEFORE_NAME = re.compile(r"\b([A-Z][A-Za-z]*[A-Z])[ \t]*\($")


def _named(text: str) -> Iterator[tuple[str, set[str], re.Match[str]]]:
    """Each name a capitalised run of ``text`` spells (a run joining two names gives
    both), with its lower-cased acronyms of three letters or more and the run itself.
    "DOE" keeps the joining word's letter, "EIB" (European Investment Bank) none; a
    leading "The" is dropped, no other first word, so a shorter tail of a longer name
    ("Traffic Safety Administration") gives no acronym."""
    for m in _CAPITALISED_RUN.finditer(text):
        for part in dict.fromkeys((m.group(0), *_AND.split(m.group(0)))):
            words = part.split()
            if words[0] == "The":
                words = words[1:]
            acronyms = {
                "".join(w[0] for w in heads).lower()
                for heads in ([w for w in words if w not in _JOINING], words)
                if len(heads) >= 3
            }
            if acronyms:
                yield " ".join(words).lower(), acronyms, m


def _ties(doc: str) -> dict[str, set[str]]:
    """The acronyms ``doc`` ties to a name, each with the names it is tied to:
    "National Highway Traffic Safety Administration (NHTSA)" or "NHTSA (National ...)"."""
    ties: dict[str, set[str]] = {}
    for name, acronyms, m in _named(doc):
        after = _AFTER_NAME.match(doc, m.end())
        before = _BEFORE_NAME.search(doc[max(0, m.start() - 20) : m.start()])
        for tied in (after, before):
            if tied and tied.group(1).lower() in acronyms:
                ties.setdefault(tied.group(1).lower(), set()).add(name)
    return ties


#: Initials of this many letters or more of one capitalised name of a body or a law
#: (bodies.toml) are specific enough to stand for it although no text writes them
#: ("ICCT" for a council named in full).
LONG_INITIALS = 4


@functools.cache
def _body_heads() -> frozenset[str]:
    raw = resources.files("kb").joinpath("data/bodies.toml").read_text("utf-8")
    return frozenset(tomllib.loads(raw).get("heads", []))


def _long_initials(name: str, acronym: str) -> bool:
    """Whether ``acronym`` is long enough and ``name`` names a body or a law."""
    return len(acronym) >= LONG_INITIALS and not _body_heads().isdisjoint(name.split())


def spelled_acronyms(text: str, doc: str | None = None) -> set[str]:
    """The acronyms (lower-cased, three letters or more) of the names ``text`` spells out
    that its document ``doc`` (``text`` itself by default) knows: an acronym ``doc`` ties
    to this very name ("... Administration (NHTSA)"), or one ``doc`` writes somewhere and
    ties to no other name. So a question that names a body by its acronym speaks of a
    passage that names it in full, while three initials alone decide nothing: "Energy
    Policy Act" is no "EPA" in a text that never writes "EPA" (``LONG_INITIALS`` or more
    of a body's or a law's name do, never those of a heading).

    Example:
        >>> sorted(spelled_acronyms("The Department of Energy (DOE) said so."))
        ['doe']
        >>> sorted(spelled_acronyms("The Department of Education said so."))
        []
    """
    doc = text if doc is None else doc
    ties = _ties(doc)
    written = {a.lower() for a in _ACRONYM.findall(doc)}
    found: set[str] = set()
    for name, acronyms, _ in _named(text):
        found.update(
            a
            for a in acronyms
            if (name in ties[a] if a in ties else a in written or _long_initials(name, a))
        )
    return found
