"""The part of a clause that answers a question (``best_excerpt``): long sentences
are cut at commas and semicolons, or windowed between words, never inside a figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kb.answer_focus import focus_near
from kb.citations import MAX_ANSWER_CHARS
from kb.cjk import has_cjk, split_pieces_cjk
from kb.lexical import tokenize
from kb.understand import Query, carrier_spans, carries, understand

_YEAR = re.compile(r"\b(19|20)\d\d\b")
#: What the asked words beside a figure of the asked kind add to a piece's score.
FOCUS_WEIGHT = 0.6
#: What naming the part a question sets aside ("Besides X, ...") takes from a piece's score.
EXCLUDED_WEIGHT = 0.5
_NUMBER = re.compile(r"\d")
# kinds stated by a marker of their own (a currency, a percentage); any number is a count
_SUM_KINDS = ("amount", "share")


def years_in(text: str) -> set[str]:
    return {m.group(0) for m in _YEAR.finditer(text)}


def overlap(q_tokens: set[str], text: str) -> float:
    if not q_tokens:
        return 0.0
    return len(q_tokens & set(tokenize(text))) / len(q_tokens)


def question_tokens(query: Query, text: str = "", other_terms: Sequence[str] = ()) -> set[str]:
    """The question's search tokens, its synonyms' included, and its other-language
    terms when ``text`` is in the other language (Chinese or not): the glossary's, and
    ``other_terms`` (the dictionary translations keyword search made)."""
    tokens = set(tokenize(query.text))
    other = text and has_cjk(text) != has_cjk(query.text)
    cross = tuple(query.cross_terms) + tuple(other_terms) if other else ()
    for term in query.matched_terms + query.expansions + cross:
        tokens.update(tokenize(term))
    return tokens


def piece_score(query: Query, q_tokens: set[str], text: str) -> float:
    score = overlap(q_tokens, text)
    if query.years and query.years & years_in(text):
        score += 0.3
    if query.kind not in ("other", "list", "definition") and carries(query.kind, text):
        score += 0.4 if query.wants_figure or query.kind in ("year", "date") else 0.2
    elif query.wants_figure and _NUMBER.search(re.sub(_YEAR, "", text)):
        score += 0.1
    if query.excluded:  # "Besides X, which other ...": the piece naming X is not the answer
        score -= EXCLUDED_WEIGHT * overlap(set(tokenize(query.excluded)), text)
    # the asked words beside the figure ("support 77,000 *jobs*"), not elsewhere in the piece
    return score + FOCUS_WEIGHT * focus_near(query, text)


# Split a clause after , ; : or a full stop followed by a space, but not after an
# abbreviation ("U.S.", "e.g.", "No.", "Art.") or inside a number ("1,000").
_PIECE_BREAK = re.compile(
    r"(?<=[,;:；，：])\s+(?:and\s+)?|(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bNo)(?<!\bArt)(?<!\be\.g)"
    r"(?<!\bi\.e)(?<=\.)\s+(?=[A-Z(“\"])|(?<=[。；])"
)


def _pieces(text: str) -> list[str]:
    if has_cjk(text):
        return split_pieces_cjk(text)
    return [p.strip() for p in _PIECE_BREAK.split(text) if p and p.strip()]


def _joiner(text: str) -> str:
    """Chinese pieces are rejoined without spaces."""
    return "" if has_cjk(text) else " "


def _window(query: Query, q_tokens: set[str], text: str, limit: int) -> str:
    """The best ``limit``-character stretch of one long sentence, cut between words,
    never inside a figure, date or amount."""
    spans = carrier_spans(query.kind, text) if query.kind != "other" else []
    breaks = r"[\s，。；：、,;]+" if has_cjk(text) else r"\s+"
    starts = [0] + [m.end() for m in re.finditer(breaks, text)]
    best, best_score = (0, 0), -1.0
    for lo in starts:
        hi = lo + limit
        if hi >= len(text):
            hi = len(text)
        else:
            cut = max(text.rfind(c, lo, hi) for c in (" ", "，", "、", "；"))
            hi = cut + (text[cut] != " ") if cut > lo else hi
        for a, b in spans:  # never end inside a figure
            if a < hi < b:
                hi = a
        piece = text[lo:hi]
        score = piece_score(query, q_tokens, piece)
        score += 0.2 * any(lo <= a and b <= hi for a, b in spans)
        if score > best_score + 1e-9:
            best, best_score = (lo, hi), score
        if hi == len(text):
            break
    lo, hi = best
    out = text[lo:hi].strip()
    return ("… " if lo > 0 else "") + out + (" …" if hi < len(text) else "")


def best_excerpt(
    question: str | Query,
    text: str,
    *,
    limit: int = MAX_ANSWER_CHARS,
    other_terms: Sequence[str] = (),
) -> str:
    """The part of ``text`` that best answers ``question``, at most ~``limit`` chars.

    Long sentences listing several aims are cut at commas and semicolons; the
    piece that carries the kind of answer asked for (a share, a sum, a year) and
    the question's words wins, and keeps the sentence's lead-in when that holds
    the deadline, e.g. "… propose that by 2030, … aluminum will reach more than 30%".
    A single long sentence is windowed between words, never inside a figure. An
    English question over a Chinese clause measures the pieces with its Chinese
    ``other_terms`` (glossary terms and dictionary translations).
    """
    query = question if isinstance(question, Query) else understand(question)
    if query.kind == "list":
        limit = int(limit * 1.5)  # a list is read whole or not at all
    if len(text) <= limit:
        return text
    q_tokens = question_tokens(query, text, other_terms)
    pieces = _pieces(text)
    if len(pieces) == 1:
        return _window(query, q_tokens, text, limit)
    scores = [piece_score(query, q_tokens, p) for p in pieces]
    # A figure asked is read from a piece that states one of its kind: a table row's label
    # cells or a rate's formula may share more of the question's words, but the answer
    # reads on to the figure.
    # A piece stating the figure counts only when it shares a question word or follows the
    # best piece (the next cell of a row): a fee or fine elsewhere is not the sum asked.
    chosen = range(len(pieces))
    if query.wants_figure and query.kind in _SUM_KINDS:
        top = max(chosen, key=lambda i: scores[i])
        chosen = [
            i
            for i in chosen
            if carries(query.kind, pieces[i]) and (i == top + 1 or overlap(q_tokens, pieces[i]) > 0)
        ] or chosen
    best = max(chosen, key=lambda i: scores[i])
    if len(pieces[best]) > limit:
        return _window(query, q_tokens, pieces[best], limit)
    excerpt = pieces[best]
    # Grow the window while it fits and adds matching words (or, for a list, items).
    lo, hi = best, best
    while True:
        options = [i for i in (hi + 1, lo - 1) if 0 <= i < len(pieces)]
        grown = False
        for i in options:
            span = pieces[min(lo, i) : max(hi, i) + 1]
            cand = _joiner(text).join(span)
            if len(cand) > limit:
                continue
            gains = overlap(q_tokens, cand) > overlap(q_tokens, excerpt)
            if gains or query.kind == "list":
                lo, hi, excerpt, grown = min(lo, i), max(hi, i), cand, True
                break
        if not grown:
            break
    lead = pieces[0]
    if lo > 0 and (years_in(lead) or len(lead) < 80) and len(lead) + len(excerpt) + 3 <= limit + 80:
        if lo == 1 and has_cjk(text):  # the lead-in is the piece right before: no gap
            excerpt = f"{lead}{excerpt}"
        else:
            excerpt = f"{lead.rstrip(',;:，；：')} … {excerpt}"
    return excerpt
