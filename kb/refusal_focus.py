"""The focus check: an attribute the question asks for (a penalty, a budget, a head-count)
must be named by the clause quoted.

"What penalty applies if the 30 GW goal is missed?" is not answered by the clause that
states the goal: it never speaks of a penalty. The attribute words and their Chinese
counterparts are ``[refusal]`` of ``kb/data/terms.toml``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Sequence
from importlib import resources

from kb.cjk import fold_wide_digits, has_cjk
from kb.refusal_words import uses as _uses
from kb.retrieve import Hit, tokenize
from kb.understand import Query

#: How many of the ranked candidates may supply an asked attribute: the quoted one.
CHOSEN = 1

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def unnamed_words(text: str) -> list[str]:
    """The words of ``text`` without its capitalised words after the first, which are part
    of a name ("the American *Jobs* Plan", "the Warm Homes *Plan*"), lower-cased.

    Example:
        >>> unnamed_words("How many jobs has the Warm Homes Plan created?")
        ['how', 'many', 'jobs', 'has', 'the', 'created']
    """
    words = _WORD.findall(text)
    return [w.lower() for i, w in enumerate(words) if i == 0 or not w[:1].isupper()]


def _text(hit: Hit) -> str:
    return fold_wide_digits(hit.indexed_text or hit.text)


def asked_attributes(query: Query) -> list[str]:
    """Attribute words (a penalty, a budget, a head-count: ``[refusal] attributes`` in
    terms.toml) in the part of the question that asks.

    Example:
        >>> from kb.understand import understand
        >>> asked_attributes(understand("What is the yearly operating budget of the fund?"))
        ['budget']
    """
    from kb.understand import asked_part

    if has_cjk(query.text):
        return [w for w in _attributes_zh() if w in query.text]
    asked = asked_part(query.text)
    words = unnamed_words(asked)
    return [w for w in dict.fromkeys(words) if w in attribute_words()]


def focus_reason(
    query: Query, candidates: Sequence[Hit], document_text: Callable[[str], str] | None = None
) -> str:
    """An attribute the question asks for appears in no candidate or its paragraph,
    synonyms included. Only the clause that is quoted counts (``candidates[0]``): a
    budget or a head-count stated in another passage, about something else, does not
    make the quoted one state it. A number of people or posts (staff, winners, jobs) is an
    attribute only when a count is asked. Given ``document_text``, the headings standing
    bare above the clause's own ("Penalties" over "Water rights breaches") count too."""
    for noun in asked_attributes(query):
        if noun in _headcounts() and query.kind != "count":
            continue  # "what happens to the winners": they are asked of, not counted
        if not any(
            names_attributes(hit, [noun], document_text(hit.doc_id) if document_text else "")
            for hit in candidates[:CHOSEN]
        ):
            return f"no passage speaks of {noun}"
    return ""


#: How many headings above a clause's own may be read as the ones it stands under.
OUTER_DEPTH = 3
_NOT_HEADING = re.compile(r"[.,;:!?]$|^[-*•|(\d]")


def _bare_line(block: str) -> str:
    """``block`` when it is one short line that reads as a heading ("" otherwise)."""
    line = block.strip()
    if "\n" in line or not line[:1].isupper() or len(line) > 80 or _NOT_HEADING.search(line):
        return ""
    return line


def outer_headings(hit: Hit, doc: str) -> list[str]:
    r"""The headings standing bare right above the outermost heading ``hit`` keeps, each a
    block of one line with no text between it and the next heading ("Penalties" right
    over "Water rights breaches"): the sections a flat heading path has lost. A line that
    ends a paragraph, a list item or a sentence is no heading.

    Example:
        >>> doc = "Fees\n\nA fee is due.\n\nPenalties\n\n  Breaches\n\nUp to $90 a day."
        >>> hit = Hit(key="k", doc_id="d", clause_id="1", text="Up to $90 a day.",
        ...           section=("Breaches",), start=doc.index("Up to"))
        >>> outer_headings(hit, doc)
        ['Penalties']
    """
    if not hit.section or not doc or hit.start <= 0:
        return []
    at = doc.rfind(hit.section[0].strip(), 0, hit.start)
    if at < 0 or not re.search(r"(?:^|\n\s*\n)[ \t]*$", doc[:at]):
        return []  # the heading does not open a block of its own
    blocks = re.split(r"\n\s*\n", doc[:at])
    out: list[str] = []
    for block in reversed(blocks[:-1] if blocks and not blocks[-1].strip() else blocks):
        if not block.strip():
            continue
        line = _bare_line(block)
        if not line or len(out) >= OUTER_DEPTH:
            break
        out.append(line)
    return out


def names_attributes(hit: Hit, attributes: Sequence[str], doc: str = "") -> bool:
    """Whether ``hit`` (with its paragraph and section, and given its document ``doc`` the
    headings bare above its section) names each of ``attributes``, synonyms included."""
    heads = " ".join([*hit.section, *outer_headings(hit, doc)])
    words = f"{_text(hit)} {hit.context} {heads}"
    tokens = set(tokenize(words))
    return all(_uses(tokens, noun, words) for noun in attributes)


@functools.cache
def _terms() -> dict:
    raw = resources.files("kb").joinpath("data/terms.toml").read_text("utf-8")
    return tomllib.loads(raw).get("refusal", {})


@functools.cache
def _attributes_zh() -> tuple[str, ...]:
    return tuple(_terms().get("attributes_zh", "").split())


@functools.cache
def _headcounts() -> frozenset[str]:
    return frozenset(_terms().get("headcounts", "").split())


def asks_headcount(query: Query) -> bool:
    """Whether the asked part of ``query`` names a number of people or posts (staff,
    winners, jobs), which ``focus_reason`` reads as an attribute only when a count is asked."""
    return any(w in _headcounts() for w in asked_attributes(query))


@functools.cache
def attribute_words() -> frozenset[str]:
    """The English attribute words (``[refusal] attributes`` of terms.toml)."""
    return frozenset(_terms().get("attributes", "").split())
