"""Clauses that only name a document or a part of it, and the rule that keeps them
from ranking first for a question about content.

A title line, a section heading, a short-title clause ("This Part may be cited as ..."),
an enacting formula, a long title ("An Act to ...") and a contents entry name the
document or one of its parts. They share the question's words whenever the question names
the document or the topic, so keyword and dense search both rank them high, yet they
answer only a question about what the document is called. ``lead_with_content`` moves the
first clause that does more than name ahead of any naming clause ranked above it, unless
the question asks for a name or a title. A heading or title that states a figure or a
year ("Plan 2018-2022", "Cut landfill by 40%") says more than a name and is left alone;
the phrases are data (``kb/data/naming.toml``).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Sequence
from importlib import resources
from typing import Protocol, TypeVar

from kb.cjk import has_cjk
from kb.lexical import tokenize

# A leading section, part or rule number ("SEC. 30462.", "Part 3 -", "12.", "(b)").
_NUMBERING = re.compile(
    r"^[^\w(]*(?:(?:sec(?:tion)?|part|chapter|article|rule|title|subtitle|schedule|§)\.?\s*)?"
    r"(?:\([0-9a-z]{1,4}\)|[0-9]+[a-z]?(?![^\W\d_])|(?-i:[IVXLC]+)(?=[.)])|[a-z]{1,2}\))?"
    r"(?:[.):]|\s+-|\s+—)?\s*",
    re.I,
)
# A contents entry: a dot or ellipsis leader, then a page number.
_CONTENTS = re.compile(r"(?:\.{4,}|…{2,}|(?:\. ){4,})\s*\d+\s*$")
_DIGIT = re.compile(r"\d")
_LONG_FORMULA_WORDS = 60
_NAME_WORDS = 15
_CAPS_WORD = re.compile(r"[^\W\d_]{2,}")
_CAPS_WORDS = 3
_CAPS_LETTERS = 3
#: How many clauses that do more than name a search keeps ahead of the naming ones.
NAMING_AHEAD = 1
_SENTENCE_END = re.compile(r"[.;:!?。；：]\s*$")


class Clause(Protocol):
    doc_id: str
    text: str
    kind: str
    title: str


H = TypeVar("H", bound=Clause)


@functools.cache
def _data() -> dict:
    raw = resources.files("kb.data").joinpath("naming.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


def _has_phrase(text: str, phrases: Sequence[str]) -> bool:
    low = " ".join(text.lower().split())
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", low) for p in phrases)


def asks_for_name(question: str) -> bool:
    """Whether the question asks what something is called, titled or cited as."""
    words = set(re.findall(r"[a-z]+", question.lower()))
    return bool(words & set(_data()["asks_name"]))


def _capitals(text: str) -> bool:
    """Whether the text is a line set in capitals (three words or more, three upper-case
    letters or more), as a section's name is printed. A script without letter case (Han,
    kana, Hangul) is never "in capitals"."""
    if has_cjk(text):
        return False
    words = _CAPS_WORD.findall(text)
    upper = sum(ch.isupper() for ch in text)
    return (
        len(words) >= _CAPS_WORDS
        and upper >= _CAPS_LETTERS
        and not any(ch.islower() for ch in text)
    )


def _figures(tokens: set[str], title: set[str]) -> bool:
    """Whether some token outside the document title's holds a digit."""
    return any(_DIGIT.search(t) for t in tokens - title)


def names_only(clause: Clause, document: str = "") -> bool:
    """Whether the clause only names its document or a part of it: a heading or title
    line, a contents entry, a short-title clause or enacting formula, a long title, a line
    made only of the document title's words, or (given the ``document``'s text) a short
    line without a sentence's end that the document repeats word for word, as a contents
    list repeats the headings it points to. A figure other than one of the title's (its
    year) makes the clause say more than a name."""
    text = " ".join(clause.text.split())
    if not text:
        return False
    if _CONTENTS.search(text):
        return True
    body = _NUMBERING.sub("", text, count=1)
    own, title = set(tokenize(body)), set(tokenize(clause.title))
    if _figures(own, title):
        return False
    if clause.kind in ("heading", "title") or (own and own <= title) or _capitals(body):
        return True
    data = _data()
    short = len(body.split()) <= _LONG_FORMULA_WORDS
    if short and _has_phrase(text, data["formulas"]):
        return True
    if short and any(body.lower().startswith(p) for p in data["long_title_openings"]):
        return True
    return (
        bool(document)
        and len(body.split()) <= _NAME_WORDS
        and not _SENTENCE_END.search(body)
        and _normalised(document).count(body) >= 2
    )


@functools.lru_cache(maxsize=16)
def _normalised(document: str) -> str:
    """The document with its runs of white space made one space (kept for the few
    documents a search's naming candidates come from, not redone per candidate)."""
    return " ".join(document.split())


def lead_with_content(
    hits: Sequence[H],
    question: str,
    document_text: Callable[[str], str] | None = None,
    ahead: int = 1,
) -> list[H]:
    """``hits`` with the naming clauses (``names_only``) among the first ranks moved behind
    the first ``ahead`` clauses that do more than name; unchanged when the question asks
    for a name or no such clause is among the hits. ``document_text(doc_id)`` gives a
    hit's document, for the repeated-name test."""
    hits = list(hits)
    if not hits or asks_for_name(question):
        return hits

    documents: dict[str, str] = {}

    def naming(hit: H) -> bool:
        if document_text and hit.doc_id not in documents:
            documents[hit.doc_id] = document_text(hit.doc_id)
        return names_only(hit, documents.get(hit.doc_id, ""))

    lead: list[H] = []
    held: list[H] = []
    for i, hit in enumerate(hits):
        if len(lead) == ahead:
            return [*lead, *held, *hits[i:]]
        (held if naming(hit) else lead).append(hit)
    return [*lead, *held]
