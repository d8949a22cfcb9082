"""Which retrieved clause an answer quotes, and how far the quote runs.

The reranker orders clauses by how likely they hold the answer; the answer must
also *state* what was asked. ``quote_first`` picks, among the best few, the clause
with a figure of the asked kind and the asked words beside it ("support 77,000
*jobs*"), or the attribute asked for ("the *budget* of"); ``continued`` lets a
clause that cannot state the figure run on into the next sentence of its
paragraph when that one can.

For an English question, a Chinese candidate is measured with the question's
Chinese terms (``kb.answer_focus.cross_focus``), computed once per question.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import replace
from importlib import resources

from kb.answer_focus import FOCUS_WINDOW, Unit, cross_focus, focus_near, kind_spans
from kb.carriers import day_spans, years_without_day
from kb.cjk import has_cjk
from kb.hits import Hit
from kb.refusal import asked_attributes, names_attributes, year_chosen_reason
from kb.refusal_present import asks_ahead, asks_reviewed_year, under_review
from kb.refusal_words import carries_kind
from kb.understand import Query, carries, excluded_part

_FIGURE_KINDS = ("amount", "share", "count", "quantity", "year", "date")


#: How many of the best-ranked candidates may be quoted instead of the first.
CHOICE_DEPTH = 5
#: A candidate further down must be at least this relevant, relative to the first.
CHOICE_FLOOR = 0.5
#: What carrying the asked kind, and the asked words beside its figure, are worth
#: against the reranker's probability when choosing the clause to quote.
CHOICE_KIND = 0.25
CHOICE_FOCUS = 0.5
#: What stating the figure for another year than the asked one costs a candidate.
CHOICE_YEAR = 0.25
#: What naming the asked year in the clause itself (not only its paragraph) is worth.
CHOICE_OWN_YEAR = 0.1
#: Added when a date is asked and the clause gives one to the day ("beginning March 1").
CHOICE_DAY = 0.25
#: What naming the part a question sets aside ("Besides X, ...") costs a candidate.
CHOICE_EXCLUDED = 0.5
#: What standing under a heading that reviews a past period costs a candidate when the
#: question asks ahead: a work report states last year's figure there, this year's later.
CHOICE_REVIEW = 0.5
#: What naming only another person group than the asked one costs a candidate (the
#: adults' figure for a question about children; ``kb/data/groups.toml``); naming the
#: asked group is worth half of it.
CHOICE_GROUP = 0.5


@functools.cache
def _groups() -> tuple[re.Pattern[str], ...]:
    raw = resources.files("kb").joinpath("data/groups.toml").read_text("utf-8")
    return tuple(
        re.compile("|".join(g["words"]), re.IGNORECASE) for g in tomllib.loads(raw)["groups"]
    )


def group_named(question: str, text: str) -> int:
    """1 when ``text`` names the one person group ``question`` names (children), -1 when it
    names only another (adults: the neighbour's figure), else 0."""
    asked = [g for g in _groups() if g.search(question)]
    if len(asked) != 1:
        return 0
    if asked[0].search(text):
        return 1
    return -1 if any(g.search(text) for g in _groups() if g is not asked[0]) else 0


def own_text(hit: Hit) -> str:
    """The words ``hit`` itself states: its indexed text without the antecedent sentence
    put before a clause that opens with a pronoun ("That report sets out ..."), its
    inherited lead-in (``Clause.context``, often the aim's deadline) and its
    continuation (``continued``) kept. A figure in the antecedent is that sentence's,
    which is a candidate of its own.

    Example:
        >>> h = Hit(key="k", doc_id="d", clause_id="2", text="It lists the exemptions.",
        ...         indexed_text="The limit is 75 days. It lists the exemptions.")
        >>> own_text(h)
        'It lists the exemptions.'
    """
    indexed = hit.indexed_text or hit.text
    own = f"{hit.context.rstrip()} … {hit.text}" if hit.context and hit.text else hit.text
    at = indexed.find(own) if own else -1
    if at < 0 and own != hit.text:
        at = indexed.find(hit.text) if hit.text else -1
    return indexed[at:] if at > 0 else indexed


def _choice_score(
    query: Query,
    hit: Hit,
    attributes: Sequence[str],
    zh_units: Sequence[Unit] = (),
    refined: frozenset[tuple[str, str]] = frozenset(),
) -> float:
    text = own_text(hit)
    s = hit.relevance if hit.relevance is not None else 0.0
    if query.kind in _FIGURE_KINDS:
        if zh_units and has_cjk(text):  # an English question, a Chinese clause
            kind = bool(kind_spans(query.kind, text))
            focus = focus_near(query, text, units=zh_units)
        else:
            kind, focus = carries_kind(query, text), focus_near(query, text)
        s += CHOICE_KIND * kind + CHOICE_FOCUS * focus
        if query.kind == "date" and _refines(query, hit, text, refined):
            s += CHOICE_DAY  # a date asked: the day of a year its own document gives alone
    if attributes and names_attributes(hit, attributes):
        s += CHOICE_KIND
    if CHOICE_YEAR and query.kind in _FIGURE_KINDS[:4] and year_chosen_reason(query, [hit]):
        s -= CHOICE_YEAR  # it states the figure for another year than the one asked
    elif query.kind in _FIGURE_KINDS[:4] and any(y in hit.text for y in query.years):
        s += CHOICE_OWN_YEAR  # the clause itself names the asked year, not only its paragraph
    if (
        query.kind in _FIGURE_KINDS[:4]
        and asks_ahead(query.text)
        and under_review(hit)
        and not asks_reviewed_year(query.years, hit)
    ):
        s -= CHOICE_REVIEW  # "今年要…" answered from "一、2024年工作回顾"
    if query.kind in _FIGURE_KINDS[:4] and (named := group_named(query.text, text)):
        # the children's figure for a question about children, not the adults' beside it
        s += CHOICE_GROUP / 2 if named > 0 else -CHOICE_GROUP
    if query.excluded and hit.kind == "item":
        # "Besides X, which other ...": not the list item that names X (a sentence that
        # lists X with the answer stays, and its excerpt skips X: ``kb.excerpt``)
        s -= CHOICE_EXCLUDED * max(_share(part, hit.text) for part in _set_aside(query))
    return s


def _set_aside(query: Query) -> list[list[str]]:
    """The items a question sets aside, each as tokens ("consulting X and gathering Y"
    -> two items), so that a list item naming one of them counts in full."""
    from kb.lexical import tokenize

    parts = re.split(r",|\band\b|\bor\b", excluded_part(query.text))
    return [toks for part in parts if (toks := tokenize(part))] or [tokenize(query.excluded)]


def _share(words: Sequence[str], text: str) -> float:
    from kb.lexical import tokenize

    return len(set(words) & set(tokenize(text))) / len(words) if words else 0.0


def quote_first(query: Query, ranked: list[Hit], other_terms: Sequence[str] = ()) -> list[Hit]:
    """The clause to quote: among the best ``CHOICE_DEPTH`` candidates at least
    ``CHOICE_FLOOR`` as relevant as the first, the one that best states what was asked:
    a figure of the asked kind (a date, a sum), with the asked words beside it
    ("support 77,000 *jobs*"), and the attribute asked for ("the *budget* of"),
    weighed against the reranker's probability. ``other_terms`` are an English
    question's Chinese terms (glossary and dictionary), which stand for its asked
    words in a Chinese candidate."""
    attributes = asked_attributes(query)
    if (query.kind not in _FIGURE_KINDS and not attributes and not query.excluded) or not ranked:
        return ranked
    top = ranked[0].relevance
    pool = [
        i
        for i, hit in enumerate(ranked[:CHOICE_DEPTH])
        if i == 0 or top is None or hit.relevance is None or hit.relevance >= CHOICE_FLOOR * top
    ]
    zh_units = cross_focus(query, other_terms) if query.kind in _FIGURE_KINDS else ()
    refined = _years_without_day(query, [ranked[i] for i in pool])
    best = max(pool, key=lambda i: _choice_score(query, ranked[i], attributes, zh_units, refined))
    if best == 0:
        return ranked
    return [ranked[best], *ranked[:best], *ranked[best + 1 :]]


def _years_without_day(query: Query, pool: Sequence[Hit]) -> frozenset[tuple[str, str]]:
    """For a date asked, the years that candidates of ``pool`` give without a day, each
    with its document: a clause of that document giving a day of one of those years
    ("from 15 September 2028" beside "by 2028") states the date more fully (``_refines``).
    A day of no such year (a sitting "of 12 October") is the date of another event."""
    if query.kind != "date":
        return frozenset()
    return frozenset((hit.doc_id, y) for hit in pool for y in years_without_day(own_text(hit)))


def _refines(query: Query, hit: Hit, text: str, refined: frozenset[tuple[str, str]]) -> bool:
    """Whether ``text`` gives a day of a year that a clause of its own document gives
    alone, with the asked words beside that day ("From 15 September 2028, kiosks may no
    longer ..."). Minutes or a news item of another document dated that year, or a
    meeting whose day stands apart from the asked words ("met on 4 June 2027 to discuss
    ..."), state the date of another event: so does a day beside a meeting or posting
    word (``kb/data/event_days.toml``)."""
    for a, b, years in day_spans(text):
        if not any((hit.doc_id, y) in refined for y in years):
            continue
        if _event_words().search(text[max(0, a - FOCUS_WINDOW) : b + _EVENT_AFTER]):
            continue
        if focus_near(query, text[max(0, a - FOCUS_WINDOW) : b + FOCUS_WINDOW]) > 0:
            return True
    return False


#: How far after a day a meeting or posting word still dates it ("On 21 May 2027 the
#: board debated ...").
_EVENT_AFTER = 24


@functools.cache
def _event_words() -> re.Pattern[str]:
    raw = resources.files("kb").joinpath("data/event_days.toml").read_text("utf-8")
    words = tomllib.loads(raw)["en"]["words"]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


# A Chinese full stop ends a sentence with or without a space after it.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])\s*")


def continued(query: Query, hit: Hit, quoted: str) -> str:
    """``quoted``, followed by the next sentence of its paragraph when the clause cannot
    state the kind of figure asked for and that sentence can ("Slovenia was hit by
    storms in 2023." + "The damage was put at EUR 10 billion."; in Chinese, the sentence up to
    the next 。)."""
    if query.kind not in _FIGURE_KINDS or carries(query.kind, quoted) or not hit.context:
        return quoted
    context = " ".join(hit.context.split())
    # a run-in clause ("headline … body") is found in its paragraph by its last part
    own = " ".join(hit.text.split())
    tail = (own.rsplit("…", 1)[-1].strip() or own)[-60:]
    at = context.find(tail)
    if at < 0:
        return quoted
    rest = context[at + len(tail) :].strip()
    following = _SENTENCE_END.split(rest, maxsplit=1)[0].strip() if rest else ""
    if not following or not carries(query.kind, following):
        return quoted
    return f"{quoted} {following}"


def continue_hit(query: Query, hit: Hit) -> Hit:
    """``hit`` whose indexed text runs on into the next sentence (``continued``)."""
    own = hit.indexed_text or hit.text
    longer = continued(query, hit, own)
    return hit if longer is own else replace(hit, indexed_text=longer)
