"""Deciding that the indexed documents do not answer a question.

Dense similarity alone cannot tell "What fine applies if the 30 GW goal is
missed?" from "What is the 30 GW goal?": both land on the same clause. A
researcher would refuse the first because the clause never speaks of a fine.
The checks here make that reading explicit, each on the best candidates:

- **kind**: the question wants a sum of money, a share, a count, a year or a
  date, and no candidate carries one (a year or a date: the quoted one); for
  "how many <things>", a number must stand next to those things (or a synonym
  from terms.toml);
- **year**: the question names a year and no candidate or its paragraph does;
- **name**: the question names a particular thing (a capitalised name, an
  acronym of three letters or more) that the best candidate's document never
  mentions, or most of whose names stand nowhere near the quoted clause;
- **focus**: an attribute the question asks for ("What *penalty* ...", "the yearly
  *budget* of ...", "How many *staff* ...") is not named by the quoted clause or its
  paragraph, synonyms included;
- **year_chosen**: a figure is asked for a year, and the quoted clause states one for
  another year without naming the asked one;
- **sector**: the question asks about one sector ("from the *agriculture* sector")
  that the quoted clause and its paragraph never name;
- **sibling**: the question asks about one of a set of like things (a vehicle class,
  offshore or onshore, a firm size) and the candidates name only others (``kb.refusal_siblings``);
- **quoted_kind**, **unit**, **alternative**: see ``kb.refusal_measure``.
- **rate**, **quoted_quantity**: see ``kb.refusal_figures``; the focus check itself
  lives in ``kb.refusal_focus``.

``kb.answerable.first_answerable`` runs them with each of the best few candidates
quoted in turn, when the first is refused for the names the question gives.

Each check returns a reason ("" when it passes), so an answer can say why it
was refused.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Sequence
from importlib import resources

from kb.cjk import fold_wide_digits, has_cjk
from kb.counts import counts_in as counts_in
from kb.refusal_action import ACTION_CHECKS
from kb.refusal_figures import FIGURE_CHECKS, QUANTITY_DEPTH, quoted_quantity_reason
from kb.refusal_focus import CHOSEN as CHOSEN
from kb.refusal_focus import asked_attributes as asked_attributes
from kb.refusal_focus import attribute_words, focus_reason
from kb.refusal_focus import names_attributes as names_attributes
from kb.refusal_measure import MEASURE_CHECKS, change_in_share
from kb.refusal_names import NAME_REACH as NAME_REACH
from kb.refusal_names import chinese_text_names, nameable, near_text, near_tokens
from kb.refusal_period import PERIOD_CHECKS
from kb.refusal_present import PRESENT_CHECKS, present_state_reason
from kb.refusal_scope import SCOPE_CHECKS
from kb.refusal_sector import sector_reason
from kb.refusal_siblings import SIBLING_CHECKS
from kb.refusal_tax import TAX_CHECKS
from kb.refusal_words import carries_kind, spelled_acronyms
from kb.refusal_words import names as _names
from kb.refusal_years import year_chosen_reason as year_chosen_reason
from kb.refusal_years import year_reason as year_reason
from kb.retrieve import STOPWORDS, Hit, tokenize
from kb.understand import Query, expansions
from kb.zh_checks import count_unit_reason, implied_name
from kb.zh_scope import missing_english_scope, missing_scope

#: How many ranked candidates may supply what a check looks for.
WINDOW = 3

# A month alone is a time too ("a report every March", "by the end of June").
_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b|[一二三四五六七八九十\d]+月"
)
# A capitalised word inside the question (not its first word), or an acronym.
_NAME = re.compile(r"(?<=[\s(“\"'])([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})*|[A-Z]{3,}[a-z]?)\b")


def _text(hit: Hit) -> str:
    return fold_wide_digits(hit.indexed_text or hit.text)


_AFTER_NOUN = (
    r"do|does|did|will|would|are|is|were|was|have|has|had|should|can|could|may|must|shall|"
    r"under|in|of|for|by|at|to|on|per|from|with|exist|remain|there"
)
_COUNT = re.compile(
    r"\bhow many\s+((?:[\w-]+\s+){0,4}?)(?=(?:" + _AFTER_NOUN + r")\b|[?,.]|$)", re.IGNORECASE
)


def counted_noun(query: Query) -> str:
    """The head noun of "how many <…noun>" ("" when there is none).

    Example:
        >>> from kb.understand import understand
        >>> counted_noun(understand("How many new large reactors should be built?"))
        'reactors'
    """
    m = _COUNT.search(query.text)
    if m is None:
        return ""
    words = [w.lower() for w in m.group(1).split()]
    plural = [w for w in words if w.endswith("s") and not w.endswith("ss")]
    return plural[0] if plural else (words[-1] if words else "")


def kind_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """No candidate can state the kind of answer wanted."""
    figure_kinds = ("amount", "share", "count", "quantity", "year", "date")
    if query.kind not in figure_kinds:
        return ""
    if not any(
        carries_kind(query, _text(h)) or change_in_share(query, _text(h)) for h in candidates
    ):
        return f"no passage states {_KIND_NAMES[query.kind]}"
    # A year or date must be stated by the clause quoted itself: a time asked of an
    # event ("when will the flights begin?") is not answered by a neighbour's year.
    quoted = _text(candidates[0])
    if query.kind in ("year", "date") and not (
        carries_kind(query, quoted) or _MONTH.search(quoted)
    ):
        return f"the passage found states no {_KIND_NAMES[query.kind][2:]}"
    if query.kind == "count" and not has_cjk(quoted) and not counts_in(quoted):
        return "the passage found states no number"
    if query.kind == "count":
        # Only an attribute noun (staff, employees: terms.toml) is required next to the
        # number; other counted things are often named otherwise ("replies", "responses").
        noun = counted_noun(query)
        if noun in attribute_words() and not any(_counts(noun, _text(h)) for h in candidates):
            return f"no passage gives a number of {noun}"
        if has_cjk(quoted):  # "多少台": a Chinese clause counts in that measure word
            return count_unit_reason(query.text, quoted)
    return ""


_NUMBERISH = re.compile(
    r"^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|"
    r"hundred|thousand|million|billion|several|dozens)$"
)


def _counts(noun: str, text: str) -> bool:
    """A number stands within four words before ``noun`` (or a synonym's head) in ``text``.
    Words are counted as written, so a figure with a thousands separator or a hyphenated
    modifier ("5,000 zero-emission public transit buses") is still next to its noun, and
    stop words are not counted ("40 of the planned enforcement staff")."""
    # the head (last word) of the noun and of each synonym: "steel companies" -> "company"
    wanted = {tokenize(o)[-1] for o in [noun, *expansions(noun)[1]] if tokenize(o)}
    written = (w.strip("()[],.;:“”\"'").lower() for w in text.split())
    words = [w for w in written if w and w not in STOPWORDS]
    for i, word in enumerate(words):
        if set(tokenize(word)) & wanted and any(
            _NUMBERISH.match(w) for w in words[max(0, i - 4) : i]
        ):
            return True
    return False


def states_kind(query: Query, hit: Hit) -> bool:
    """Whether ``hit`` itself states the kind of figure asked (any hit does when no figure
    is asked): for "how many <things>", a number next to those things."""
    if query.kind not in _FIGURE_KINDS:
        return True
    text = _text(hit)
    if not carries_kind(query, text):
        return False
    noun = counted_noun(query) if query.kind == "count" else ""
    return not noun or _counts(noun, text)


_FIGURE_KINDS = ("amount", "share", "count", "quantity", "year", "date")


def question_names(query: Query) -> list[str]:
    """Capitalised words and acronyms inside the question that name a particular
    thing (a country, a company, a programme), generic ones (terms.toml) skipped.
    A name of two such words, none generic, counts by its second (a person's surname:
    a text that speaks of "Bezos" speaks of "Jeff Bezos").

    Example:
        >>> from kb.understand import understand
        >>> question_names(understand("Did Jeff Bezos back the Defense Production Act?"))
        ['Bezos', 'Defense', 'Production']
    """
    generic = _generic_names()
    names = []
    for m in _NAME.finditer(query.text):
        whole = m.group(1).split()
        words = [w for w in whole if w not in generic and w.rstrip("’'s") not in generic]
        names += words[-1:] if len(whole) == 2 and len(words) == 2 else words
    return list(dict.fromkeys(names))


def name_reason(
    query: Query, candidates: Sequence[Hit], document_text: Callable[[str], str]
) -> str:
    """The question names a particular thing (a country, a company, a survey) that the
    best candidate's document never mentions, synonyms included: a question about
    Brazil's pledge is not answered by a fact sheet that never names Brazil.

    In a long document that lists many actors, most of the names must also stand near
    the quoted clause (its paragraph, section, ``NAME_REACH`` characters either side, or
    the document's title and opening): a fact sheet that names a company in one
    paragraph does not state that company's figure in another. A Chinese document's title
    counts as its text (a province's rules say 本省 and name the province only in the title).
    A Chinese question's place
    or qualifier (北京, 海上风电: ``kb.zh_scope``) must stand in the Chinese clause quoted,
    its paragraph, section or title; so must one of the Chinese words of an English
    question's qualifier (offshore: 海上; the world's: 全球) when the clause is Chinese."""
    if candidates and has_cjk(_text(candidates[0])):
        best = candidates[0]
        seen = f"{best.title} {' '.join(best.section)} {_text(best)} {best.context}"
        scope = missing_scope if has_cjk(query.text) else missing_english_scope
        if missing := scope(query.text, seen):  # 北京, 海上风电, offshore: zh_scope
            return f"the passage found does not speak of {', '.join(missing)}"
    names = question_names(query)
    if not names or not candidates:
        return ""
    best = candidates[0]
    doc = document_text(best.doc_id)
    names = nameable(names, doc)
    tokens = set(tokenize(f"{best.title}\n{doc}")) | spelled_acronyms(doc)
    title = set(tokenize(best.title))
    zh = has_cjk(doc[:2000])  # a Chinese place or capital: its Chinese spelling
    said = [
        n
        for n in names
        if _names(tokens, n, title)
        or implied_name(tokens, n, tokenize)
        or (zh and chinese_text_names(n, f"{best.title}\n{doc}", tokens))
    ]
    if missing := [n for n in names if n not in said]:
        return f"the document found does not speak of {', '.join(missing)}"
    missing = [n for n in names if not _names(near_tokens(best, doc), n, title)]
    if 2 * len(missing) > len(names) and not zh:
        return f"the passage found does not speak of {', '.join(missing)}"
    return ""


def names_all_near(query: Query, hit: Hit, document_text: Callable[[str], str]) -> bool:
    """Whether the question names something its document can spell, and every such
    name stands near ``hit`` (its paragraph, section, reach or the document's opening)."""
    doc = document_text(hit.doc_id)
    names = nameable(question_names(query), doc)
    near, title = near_tokens(hit, doc), set(tokenize(hit.title))
    text = f"{near_text(hit, doc)} {' '.join(hit.section)}"
    return bool(names) and all(
        _names(near, n, title) or (has_cjk(doc[:2000]) and chinese_text_names(n, text, near))
        for n in names
    )


@functools.cache
def _refusal_data() -> dict:
    raw = resources.files("kb").joinpath("data/terms.toml").read_text("utf-8")
    return tomllib.loads(raw)


@functools.cache
def _generic_names() -> frozenset[str]:
    return frozenset(_refusal_data().get("refusal_generic_names", {}).get("en", "").split())


#: The checks ``refusal_reason`` runs, in order.
_NEAR_MISS = {
    **SIBLING_CHECKS,
    **MEASURE_CHECKS,
    **ACTION_CHECKS,
    **SCOPE_CHECKS,
    **TAX_CHECKS,
    **PRESENT_CHECKS,
    **FIGURE_CHECKS,
    **PERIOD_CHECKS,
}
CHECKS = ("kind", "year", "focus", "name", "year_chosen", "sector", *_NEAR_MISS)
#: Checks on the question and candidates alone (year, name, present_state read more).
_CHECK_FUNCS: dict[str, Callable[[Query, Sequence[Hit]], str]] = {
    "kind": kind_reason,
    "focus": focus_reason,
    "year_chosen": year_chosen_reason,
    "sector": sector_reason,
    **_NEAR_MISS,
}

_KIND_NAMES = {
    "amount": "a sum of money",
    "share": "a share or percentage",
    "count": "a count",
    "quantity": "a quantity",
    "year": "a year",
    "date": "a date or time limit",
}


def refusal_reason(
    query: Query,
    ranked: Sequence[Hit],
    document_text: Callable[[str], str],
    *,
    doc_date: Callable[[str], str] = lambda _: "",
    checks: Sequence[str] | None = None,
) -> str:
    """Why the best candidates cannot answer ``query`` ("" when they can)."""
    candidates = list(ranked[:WINDOW])
    if not candidates:
        return "nothing was found"
    funcs = {
        **_CHECK_FUNCS,
        "year": lambda q, c: year_reason(q, c, doc_date),
        "present_state": lambda q, c: present_state_reason(q, c, doc_date),
        "name": lambda q, c: name_reason(q, c, document_text),
        # a quantity stated a little below the window may still be the answer
        "quoted_quantity": lambda q, _c: quoted_quantity_reason(q, ranked[:QUANTITY_DEPTH]),
    }
    for check in CHECKS if checks is None else checks:
        if check not in funcs:
            raise ValueError(f"unknown refusal check {check!r}")
        reason = funcs[check](query, candidates)
        if reason:
            return reason
    return ""
