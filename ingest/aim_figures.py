"""Which figures of an aim's clause are its aims: the list rules ``ingest.aims`` applies.

``targets_only`` drops figures that are not candidates at all (the start of a "from X to
Y" change, a figure that qualifies the subject before its modal verb);
``coordinated_role`` lets a figure listed with the one before it ("7 g/km until 2024,
6 g/km from 2025 and 4 g/km from 2030"; "84 and 118 Mt, down from 107 and 145 Mt") take
that figure's role when its own words say nothing; ``revised_role`` makes a figure that a
revision verb sets ("is raised to 70% by 2030") the new aim; ``conjunct_before`` finds a
figureless aim that ends with its own deadline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.deadlines import Deadline
from ingest.figures import left_window
from ingest.lang import Grammar, english_patterns
from ingest.metrics import clean_phrase
from ingest.quantities import Quantity
from ingest.records import Clause

_CUES = english_patterns("clause_cues")
_MODAL, _QUALIFIER = _CUES["modal"], _CUES["qualifier"]
# How far before a figure its qualifier is looked for: a bounded window keeps the time
# per figure independent of the sentence's length.
_QUALIFIER_WINDOW = 600
_SPACES = re.compile(r"\s+")
# Where a figure starts: its currency sign or first digit.
_FIGURE_START = re.compile(r"(?<![\w.,])[$€£¥]?\d")
# What may stand between two figures of one list: the first figure's own words (its unit,
# a year or period), then a comma or "and"/"or", and a few words of the second.
_COORDINATED = re.compile(
    r"^[^.;:!?\n]{0,50}?(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|as\s+well\s+as)\s+)"
    r"(?:(?:about|around|nearly|almost|over|some|roughly|approximately|up\s+to|at\s+least"
    r"|more\s+than|less\s+than|then|later)\s+)*$",
    re.IGNORECASE,
)
# Between a unitless figure and one with a unit, only a conjunction: "107 and 145 Mt".
_BARE_CONJUNCTION = re.compile(r"^\s*(?:,\s*)?(?:and|or)?\s*$", re.IGNORECASE)


def coordinated_role(
    role: str, quantity: Quantity, previous: tuple[Quantity, str] | None, text: str
) -> str:
    """``role``, or the role of the figure listed right before this one.

    Only a figure whose own words find nothing ("target") inherits, only from a figure of
    the same unit (or of none, joined by a bare "and": a list may write its unit once), and
    only across a list separator: "20% by 2025 and 35% by 2030" keeps two targets, and
    "$5 billion and 30 GW" two different things.
    """
    if role != "target" or previous is None:
        return role
    before, before_role = previous
    # "107 and 145 Mt": a list may write its unit once, after the last figure
    if before_role == "target" or before.end > quantity.start:
        return role
    between = _SPACES.sub(" ", text[before.end : quantity.start])  # blanked markup is spaces
    if before.unit == quantity.unit:
        return before_role if _COORDINATED.match(between) else role
    if not before.unit and _BARE_CONJUNCTION.match(between):
        return before_role
    return role


def conjunct_before(text: str, deadline: Deadline, quantities: Sequence[Quantity]) -> str:
    """The coordinated phrase that ends with ``deadline`` and holds no figure."""
    start = 0
    for match in _CUES["conjunct_break"].finditer(text[: deadline.start]):
        start = match.end()
    if any(start <= q.start < deadline.end for q in quantities):
        return ""
    return clean_phrase(text[start : deadline.end])


# The shortest run of consecutive bare whole numbers read as note markers.
_NOTE_RUN = 3
_BARE_WHOLE = re.compile(r"\d{1,4}")
# A note number is glued to the end of a word or sentence ("targets.41"), opens a line
# of its own, or opens the note's own text ("41 Set out in ..."); a count is followed by
# what it counts.
_GLUED_BEFORE = re.compile(r"[^\W\d][.,;:)]?$")
_NOTE_TEXT_AFTER = re.compile(r"\s*(?:[A-Z]|$)")


def _is_note_number(text: str, quantity: Quantity) -> bool:
    if quantity.unit or not _BARE_WHOLE.fullmatch(quantity.value_text):
        return False
    before = text[text.rfind("\n", 0, quantity.start) + 1 : quantity.start]
    if not before.strip() or _GLUED_BEFORE.search(before[-2:]):
        return True
    return bool(_NOTE_TEXT_AFTER.match(text, quantity.end))


def note_markers(text: str, quantities: Sequence[Quantity]) -> set[int]:
    """Indices of figures that number notes: bare whole numbers without a unit that count
    up one by one in the clause ("... by 2028 41 Set out in the plan ... 42 Flood maps ...
    43 See the annex"), as footnotes at the foot of a PDF page run into the text. Only a
    number glued to a word or followed by the note's capitalised text can be a marker; any
    other figure breaks the run ("3 depots, 4 bus lines and 5 cycle lanes" are counts)."""
    marks: set[int] = set()
    run: list[int] = []
    for i, quantity in enumerate(quantities):
        note = _is_note_number(text, quantity)
        if not note or (run and quantity.value != quantities[run[-1]].value + 1):
            if len(run) >= _NOTE_RUN:
                marks.update(run)
            run = []
        if note:
            run.append(i)
    if len(run) >= _NOTE_RUN:
        marks.update(run)
    return marks


def targets_only(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The figures that are aims.

    Drops starting levels of a "from X to Y" change (Y is the target, X the
    baseline), figures that qualify the subject before its modal verb ("all plants
    with a capacity above 2 million tonnes shall complete ..."), and note markers.
    """
    modal = _MODAL.search(text)
    notes = note_markers(text, quantities)
    kept = []
    for i, quantity in enumerate(quantities):
        if i in notes:
            continue
        if (
            modal
            and quantity.end <= modal.start()
            and _QUALIFIER.search(text[max(0, quantity.start - _QUALIFIER_WINDOW) : quantity.start])
        ):
            continue
        before = text[max(0, quantity.start - 6) : quantity.start].lower()
        following = quantities[i + 1] if i + 1 < len(quantities) else None
        if (
            _CUES["range_from"].search(before)
            and following
            and _CUES["range_to"].search(text[quantity.end : following.start].lower()[-25:] or "")
        ):
            continue
        kept.append(quantity)
    return kept


def revised_role(
    role: str, text: str, quantity: Quantity, ahead: bool, grammar: Grammar, under_aims: bool
) -> str:
    """``role``, or "target" for a figure that a revision verb sets (``[figures]
    revised_to``: "is raised to 70%", "调增至2500万千瓦") in a clause whose deadline lies
    ahead of the document's date (``ahead``): the new value of an aim, whatever the verb's
    tense. Money raised ("raised $40 million in 2023") has no such verb and deadline. A
    running total to be reached (``cumulative_to``: "累计招引境外资本3000亿元") is set the
    same way, unless a stock already reached stands beside it (``cumulative_stop``:
    "截至……", "在……的基础上").

    A projection is revised into an aim only under a heading over the document's own aims
    (``under_aims``: "the number expected by 2030 has been revised to 200,000" under
    "Goals"), and never when a third party or an estimate frames it."""
    cues = grammar.figures
    if not ahead or role not in {"reported", "projection"}:
        return role
    if role == "projection" and (
        not under_aims or cues.attribution.search(text) or cues.estimate_frame.search(text)
    ):
        return role
    left = left_window(text, quantity.start)
    part = re.split(r"[，,；;。]", text[quantity.end :], maxsplit=1)[0]
    cumulative = cues.cumulative_to.search(left) and not cues.cumulative_stop.search(left + part)
    revised = cues.revised_to.search(left) or cumulative
    return "target" if revised else role


def under_aims(clause: Clause, grammar: Grammar) -> bool:
    """Whether ``clause`` stands under a heading over the document's own aims ("Goals",
    "主要目标"; ``[figures] aims_heading`` and ``indicator_heading``)."""
    heading = clause.section[-1] if clause.section else ""
    cues = grammar.figures
    return bool(cues.aims_heading.search(heading) or cues.indicator_heading.search(heading))


def sets_by_revision(text: str, grammar: Grammar) -> bool:
    """Whether a revision verb sets a figure of ``text`` (``[figures] revised_to``)."""
    cue = grammar.figures.revised_to
    return any(cue.search(left_window(text, m.start())) for m in _FIGURE_START.finditer(text))
