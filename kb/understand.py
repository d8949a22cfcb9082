"""Query understanding: what a question asks for, and the words to search with.

``understand(question)`` returns a ``Query``: the kind of answer wanted (an
amount of money, a share, a count, a year, an actor, a list, the document's
issuer or date, ...), the years it names (relative time such as "mid-century"
resolved), and the expansions keyword search should add (spelling variants,
abbreviations, synonyms). All cues live in ``kb/data/terms.toml``, so a new
synonym is a line of data, not a change of code.

``carries(kind, text)`` (from ``kb.carriers``) says whether a passage can hold such an answer:
a question about a sum of money is not answered by a passage without one.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from kb.carriers import carrier_spans as carrier_spans  # re-exported
from kb.carriers import carries as carries  # re-exported

#: Answer kinds; the order cues are tried in is ``[answer_kinds] order`` in terms.toml.
KINDS = (
    "metadata_issuer",
    "metadata_date",
    "amount",
    "share",
    "count",
    "quantity",
    "year",
    "date",
    "actor",
    "definition",
    "list",
    "other",
)

_CJK = re.compile(r"[\u3400-\u9fff]")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@dataclass(frozen=True, slots=True)
class Query:
    """A question, read.

    Attributes:
        text: the question as asked (whitespace squeezed).
        kind: one of ``KINDS``: what the answer must state.
        years: years named in the question, relative time resolved ("mid-century" -> 2050).
        dense_text: what the dense search embeds: the question, with resolved years appended.
        expansions: extra terms for keyword search (synonyms of terms the question uses).
        matched_terms: the terms of terms.toml's synonym groups the question itself uses.
        cross_terms: the other language's glossary terms for the question's terms
            (``glossary_expansions``); keyword search adds them, so a clause in the other
            language can be found by its words.
        excluded: what the question already names and sets aside ("*Besides
            evaporative cooling*, which other technique ..."): the answer is another
            item than this (``excluded_part``).
    """

    text: str
    kind: str = "other"
    years: frozenset[str] = frozenset()
    dense_text: str = ""
    expansions: tuple[str, ...] = ()
    matched_terms: tuple[str, ...] = ()
    cross_terms: tuple[str, ...] = ()
    excluded: str = ""

    @property
    def wants_figure(self) -> bool:
        """True when the answer is a number of some kind (an amount, share, count, quantity)."""
        return self.kind in ("amount", "share", "count", "quantity")

    @property
    def is_metadata(self) -> bool:
        return self.kind.startswith("metadata_")


@dataclass(frozen=True, slots=True)
class _Terms:
    groups: tuple[tuple[str, ...], ...]
    relative_years: tuple[tuple[str, int], ...]
    kind_cues: tuple[tuple[str, re.Pattern[str]], ...]
    frame_words: frozenset[str]
    #: Money cues read over the whole question, share cues read first (``answer_kind``).
    whole_amount: re.Pattern[str]
    share_lead: re.Pattern[str]
    #: "How many <things> <verb>": a count although a money word follows the verb.
    count_before_verb: re.Pattern[str]
    #: Counted things that are money ("pounds", "billions"): the question asks a sum.
    counted_money: re.Pattern[str]
    #: A Chinese question's words that name nothing asked about (``[frame_words] zh``).
    frame_words_zh: frozenset[str] = frozenset()


def _term_pattern(term: str) -> re.Pattern[str]:
    if _CJK.search(term):
        return re.compile(re.escape(term))
    return re.compile(r"(?<![\w.])" + re.escape(term) + r"(?![\w])", re.IGNORECASE)


@functools.cache
def load_terms() -> _Terms:
    """The parsed ``kb/data/terms.toml`` (read once), with the English synonym groups of
    ``kb/data/en_synonyms.toml``."""
    raw = resources.files("kb").joinpath("data/terms.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    en_raw = resources.files("kb").joinpath("data/en_synonyms.toml").read_text("utf-8")
    listed = data.get("synonyms", []) + tomllib.loads(en_raw).get("synonyms", [])
    groups = tuple(tuple(t.lower() for t in g["terms"]) for g in listed)
    relative = tuple(
        sorted(
            ((k.lower(), int(v)) for k, v in data.get("relative_years", {}).items()),
            key=lambda kv: -len(kv[0]),
        )
    )
    kinds = data.get("answer_kinds", {})
    order = kinds.get("order", [])
    unknown = [k for k in order if k not in KINDS]
    if unknown:
        raise ValueError(f"kb/data/terms.toml: unknown answer kinds {unknown}; known: {KINDS}")
    # <per_unit> in a cue stands for any of the units listed under per_units
    per_unit = "(?:" + "|".join(kinds.get("per_units", [])) + ")"
    cues = tuple(
        (
            kind,
            re.compile(
                "|".join(f"(?:{c.replace('<per_unit>', per_unit)})" for c in kinds["cues"][kind]),
                re.IGNORECASE,
            ),
        )
        for kind in order
        if kinds.get("cues", {}).get(kind)
    )
    frame = frozenset(data.get("frame_words", {}).get("en", "").split())
    extra = [
        re.compile("|".join(f"(?:{c})" for c in kinds.get("cues", {}).get(name, [])) or "(?!)")
        for name in ("whole_amount", "share_lead", "count_before_verb", "counted_money")
    ]
    whole, lead, counted, money = (re.compile(x.pattern, re.IGNORECASE) for x in extra)
    frame_zh = frozenset(data.get("frame_words", {}).get("zh", "").split())
    return _Terms(groups, relative, cues, frame, whole, lead, counted, money, frame_zh)


@functools.cache
def _group_patterns() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], ...]:
    return tuple(tuple((t, _term_pattern(t)) for t in g) for g in load_terms().groups)


def answer_kind(question: str) -> str:
    """The kind of answer ``question`` wants, from the cues in terms.toml.

    Example:
        >>> answer_kind("What share of new cars should be electric by 2030?")
        'share'
        >>> answer_kind("Who issued the guidelines?")
        'metadata_issuer'
    """
    asked = _with_unit(asked_part(question), question)
    terms = load_terms()
    if terms.share_lead.search(asked):
        return "share"
    found = "other"
    for kind, pattern in terms.kind_cues:
        text = question if kind.startswith("metadata_") else asked
        if pattern.search(text):
            found = kind
            break
    if found in ("quantity", "other") and terms.whole_amount.search(question):
        return "amount"
    if found == "amount":
        return _counted_before_verb(asked, terms) or found
    if found == "count" and _counts_money(asked, terms):
        return "amount"  # "How many pence does the charge add?"
    return found


def _counts_money(asked: str, terms: _Terms) -> bool:
    """Whether the things ``asked`` counts before its verb are money ("How many billion
    pounds of capital will ...", "How many kroner did ...": ``counted_money``)."""
    m = terms.count_before_verb.search(asked)
    return m is not None and bool(terms.counted_money.search(m.group("things").strip()))


def _counted_before_verb(asked: str, terms: _Terms) -> str:
    """ "count" when ``asked`` counts things named before its verb ("How many benches did
    the grant pay for?", "How many grants did ...") and those things are not money ("How
    many pounds did ...", "How many billions will ...": ``counted_money``)."""
    m = terms.count_before_verb.search(asked)
    if m is None:
        return ""
    counts = dict(terms.kind_cues).get("count")
    if counts is None or not counts.search(asked):
        return ""
    return "" if terms.counted_money.search(m.group("things").strip()) else "count"


def _with_unit(asked: str, question: str) -> str:
    """``asked`` with up to two more words of ``question`` while it ends on "rate(s)" or
    "per": the unit of a "rate per tonne" cut off by the asking window decides between a
    sum and a share."""
    flat = " ".join(question.split())
    start = flat.find(asked)
    rest = flat[start + len(asked) :].split() if start >= 0 else []
    for word in rest[:2]:
        if asked.lower().rsplit(" ", 1)[-1] not in ("rate", "rates", "per"):
            break
        asked = f"{asked} {word}"
    return asked


#: Question words that open the asking part after a case-setting clause; ``_WH_WORD`` adds
#: the time words, which ask only when they open the question.
_ASKING = "what|which|who|whom|whose|where|how|why"
_WH_WORD = re.compile(rf"\b(?:{_ASKING}|when|until|since)\b", re.IGNORECASE)
_PREPOSITIONS = frozenset(
    "by in to until till for on at from since of under within before after".split()
)

# An auxiliary right after "when" makes it the question ("When will it open?", "When
# doesn't the fee apply?"); without one the clause only sets a case.
_AUXILIARY = (
    r"(?:won|can|shan)['’]t(?![\w'’])|(?:will|would|do|does|did|is|are|was|were|can|could|"
    r"should|shall|may|might|must|has|have|had)(?:n['’]t)?(?![\w'’])"
)

# A "when" clause that sets a case, then the question ("When homes pay by the meter, how
# large ...", "In one province, when ..., within how many days ..."): an optional leading
# phrase without a question word, the clause (commas allowed), a comma, then "then" and a
# preposition ("up to", "within") at most before the question word.
_CASE_CLAUSE = re.compile(
    rf"^\s*(?:(?:(?!\b(?:{_ASKING})\b)[^,?])+,\s*)?when\s+(?!{_AUXILIARY})[^?]+?,\s*"
    rf"(?:then\s+)?(?:(?:up\s+to|{'|'.join(sorted(_PREPOSITIONS))})\s+)?(?=(?:{_ASKING})\b)",
    re.IGNORECASE,
)


def asked_part(question: str) -> str:
    """The words that ask: the first question word (with the preposition before it,
    "by which year") and eight words after it.

    Questions without an English question word (Chinese, "List the ...") are read whole.
    A leading "when" clause that only sets a case is passed over ("When homes pay by the
    meter, how large ..." asks "how large").

    Example:
        >>> asked_part("Policy support and investment aside, what other factor drove growth?")
        'what other factor drove growth?'
    """
    case = _CASE_CLAUSE.match(question)
    m = _WH_WORD.search(question, case.end() if case else 0)
    if m is None:
        return question
    before = [w for w in question[: m.start()].split()[-1:] if w.lower() in _PREPOSITIONS]
    after = question[m.start() :].split()[:9]
    return " ".join(before + after)


_SET_ASIDE = re.compile(
    r"^\s*(?:besides|apart from|aside from|other than|in addition to|next to|beyond|"
    r"along with|alongside|as well as)\s+([^,?]{3,120}),|^\s*([^,?]{3,80}?)\s+aside,",
    re.IGNORECASE,
)


def excluded_part(question: str) -> str:
    """What the question names only to set it aside: "Besides X, which other ...",
    "Apart from X, what ...", "X aside, what ..." ("" when it sets nothing aside).

    Example:
        >>> excluded_part("Besides wind and solar, which other source does the plan name?")
        'wind and solar'
    """
    m = _SET_ASIDE.search(question)
    return (m.group(1) or m.group(2)).strip() if m else ""


def resolve_years(question: str) -> frozenset[str]:
    """Years named in ``question``, with relative phrases resolved via terms.toml."""
    years = set(_YEAR.findall(question))
    for pattern, year in _relative_year_patterns():
        if pattern.search(question):
            years.add(str(year))
    return frozenset(years)


@functools.cache
def _relative_year_patterns() -> tuple[tuple[re.Pattern[str], int], ...]:
    """Each relative-year phrase as whole words, its spaces also read as hyphens (the
    modifier "an end-of-decade goal"), and never as part of a longer word ("end of
    decades", "decade-long")."""
    out = []
    for phrase, year in load_terms().relative_years:
        if _CJK.search(phrase):
            out.append((re.compile(re.escape(phrase)), year))
            continue
        body = r"[\s-]+".join(re.escape(w) for w in phrase.split())
        out.append((re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE), year))
    return tuple(out)


def group_hits(question: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """``(group, used)`` for each synonym group whose terms ``question`` uses; the longest
    match wins ("power companies" uses the utility group, not the company one)."""
    found = [[(t, m.span()) for t, p in g for m in p.finditer(question)] for g in _group_patterns()]
    out = []
    for i, (group, spans) in enumerate(zip(load_terms().groups, found, strict=True)):
        longer = [s for j, other in enumerate(found) if j != i for _, s in other]
        if spans and not all(
            any(s <= a and b <= e and e - s > b - a for s, e in longer) for _, (a, b) in spans
        ):
            out.append((group, tuple(dict.fromkeys(t for t, _ in spans))))
    return out


def expansions(question: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(matched, extra)``: the synonym-group terms ``question`` uses, and the rest of
    those groups."""
    matched: list[str] = []
    extra: list[str] = []
    for group, hits in group_hits(question):
        matched += hits
        extra += [t for t in group if t not in hits]
    return tuple(dict.fromkeys(matched)), tuple(dict.fromkeys(extra))


def glossary_expansions(question: str) -> tuple[str, ...]:
    """The other language's terms for glossary terms the question uses
    (``kb/data/glossary.toml``): Chinese ones for an English question, English ones
    for a Chinese question, so keyword search also reaches clauses in the other
    language.

    Example:
        >>> glossary_expansions("How much nuclear power capacity by 2030?")
        ('核电', '装机容量')
    """
    from kb.render import glossary_pairs

    out = []
    if _CJK.search(question):
        for zh, en in glossary_pairs():
            if zh in question:
                out.append(en)
    else:
        for zh, pattern in glossary_patterns():
            if pattern.search(question):
                out.append(zh)
    return tuple(dict.fromkeys(out))


def _plural_pattern(term: str) -> re.Pattern[str]:
    """``term`` or its plural ("canteen", "canteens"; "facility", "facilities"), as the
    dictionary lookup folds a plural; a singular does not reach a plural term ("energy
    saving" is not "energy savings")."""
    if _CJK.search(term) or not term[-1:].isalpha():
        return _term_pattern(term)
    if re.search(r"[^aeiou]y$", term, re.IGNORECASE):
        body = re.escape(term[:-1]) + "(?:y|ies)"
    else:
        body = re.escape(term) + "(?:e?s)?"
    return re.compile(r"(?<![\w.])" + body + r"(?![\w])", re.IGNORECASE)


@functools.cache
def glossary_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(Chinese, English pattern) for each glossary pair; the pattern takes the
    English term's plural too."""
    from kb.render import extra_english, glossary_pairs

    pairs = list(glossary_pairs()) + [(zh, en) for en, zh in extra_english()]
    return tuple((zh, _plural_pattern(en)) for zh, en in pairs)


def understand(question: str) -> Query:
    """Read ``question``: answer kind, years, dense text and keyword expansions."""
    q = " ".join(question.split())
    years = resolve_years(q)
    named = set(_YEAR.findall(q))
    extra_years = sorted(years - named)
    dense = f"{q} ({', '.join(extra_years)})" if extra_years else q
    matched, extra = expansions(q)
    return Query(
        text=q,
        kind=answer_kind(q),
        years=years,
        dense_text=dense,
        expansions=extra + tuple(extra_years),
        cross_terms=glossary_expansions(q),
        matched_terms=matched,
        excluded=excluded_part(q),
    )
