"""One sentence, several aims: "by 2030, A will reach X, B will reach Y, and C will reach Z".

``split_aims`` cuts such a sentence into one span per aim and returns the length of
the lead-in the aims share (the deadline or the subject, ``find_lead_in``);
``carries_lead_in`` tells whether a later sentence of the paragraph still falls under
that lead-in. ``ingest.segment`` makes clauses of the spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.deadlines import find_deadlines
from ingest.lang import Grammar, english_patterns
from ingest.script_fold import fold_traditional
from ingest.text_cache import text_cache

# "(a) ", "3. ", "(iv) " before a clause: not part of its wording.
LIST_MARKER = re.compile(r"^\W*(?:\d{1,2}[.)]|\(?[a-z]{1,4}\)|\([0-9]{1,2}\))\s+", re.IGNORECASE)
_TRAILING_JUNK = re.compile(r"[\s.;,]+$")
_COLON = re.compile(r"[:：]")
# A conditions lead reaches its colon across a few words, a comma or an aside ("，具体如下：",
# "（以申报日为准）："), unless they say aims or close a sentence (``parameter_lead_not``).
_CONDITIONS_TO_COLON = 30
# A modal whose verb is still to come after an aside ("shall, by 30 June 2026, | install
# meters"): English words, kept in ``ingest/lang/en.toml``.
_OPEN_MODAL = english_patterns("clause_cues")["open_modal"]
# Where the words before a deadline can still be a shared lead-in.
_MAX_LEAD_IN_WORDS = 14


def find_lead_in(sentence: str, grammar: Grammar) -> int:
    """Length of a shared lead-in at the start of ``sentence`` (0 if none).

    A lead-in is what comes before the first aim and applies to all of them:
    "The Guiding Opinions propose that by 2030, " or "By 2025, " or "The main
    targets are: ".
    """
    colon = next(colons(sentence), -1)
    if 0 < colon < 200 and len(sentence) - colon > 20:
        return colon + 1
    for deadline in find_deadlines(sentence, grammar):
        # an opening quote may stand between the lead-in and its deadline: 表述是，“到2015年，
        before = sentence[: deadline.start].strip().rstrip('“"「').rstrip()
        if len(before.split()) > _MAX_LEAD_IN_WORDS:
            break
        if before and not (
            before.endswith((",", "，", "that"))
            or re.search(rf"{grammar.lead_in_verbs}$", before + " ", re.IGNORECASE)
        ):
            break
        commas = [
            i
            for i in (sentence.find(",", deadline.end), sentence.find("，", deadline.end))
            if i != -1
        ]
        comma = min(commas, default=-1)
        if comma != -1 and comma - deadline.end <= 25:
            return comma + 1
        break
    return 0


def colons(text: str, end: int | None = None) -> Iterator[int]:
    """Where ``text[:end]`` has a colon that closes a lead, first to last: not one between
    digits, which writes a time or a ratio ("8:00", "2：1")."""
    for match in _COLON.finditer(text, 0, len(text) if end is None else end):
        i = match.start()
        if not (0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()):
            yield i


def conditions_lead(text: str, end: int, grammar: Grammar) -> str:
    """The words before the last colon ahead of ``end`` when they end in a lead naming the
    terms someone must meet ("农户应当符合下列条件：…", "…满足以下要求，方可申请：…"), else "".
    A conditions phrase whose colon comes after words of aims ("对符合以下要求的项目优先支持，
    主要目标为：") or after the sentence's end leads nothing at the colon."""
    at = max(colons(text, end), default=-1)
    if at <= 0:
        return ""
    lead = text[:at]
    for match in grammar.figures.parameter_lead.finditer(lead):
        rest = lead[match.end() :]
        cues = grammar.figures
        if len(rest) <= _CONDITIONS_TO_COLON and not cues.parameter_lead_not.search(rest):
            return lead
    return ""


def split_aims(sentence: str, grammar: Grammar) -> tuple[int, list[tuple[int, int]]]:
    """Split a sentence listing parallel aims; returns (lead-in length, aim spans).

    A comma or semicolon separates two aims only when the words on both sides
    have a predicate of their own ("will reach", "have been applied"); noun
    lists ("steel, cement and glass") and dependent phrases (", making ...",
    ", which ...", "if ...,") stay whole. One span means no split.
    """
    lead, spans = _split_aims(sentence, grammar)
    return lead, list(spans)


# Kept per sentence: a document's repeated sentences (a standard closing, a text saved
# twice) are split once.
@text_cache(maxsize=8192)
def _split_aims(sentence: str, grammar: Grammar) -> tuple[int, tuple[tuple[int, int], ...]]:
    lead = find_lead_in(sentence, grammar)
    body_start = lead
    while body_start < len(sentence) and sentence[body_start].isspace():
        body_start += 1
    pieces: list[list[int]] = []
    cursor = body_start
    for match in grammar.aim_separator.finditer(sentence, body_start):
        pieces.append([cursor, match.start(), match.end()])
        cursor = match.end()
    pieces.append([cursor, len(sentence), len(sentence)])
    aims: list[list[int]] = []
    ahead: int | None = None  # start of a deadline-only segment waiting for its aim
    for start, end, _next in pieces:
        segment = sentence[start:end]
        deadline_only = (
            grammar.forward_lead is not None and aims and grammar.forward_lead.match(segment)
        )
        if deadline_only or (grammar.goal_lead is not None and grammar.goal_lead.search(segment)):
            ahead = start if ahead is None else ahead
            continue
        if ahead is not None:
            aims.append([ahead, end])
            ahead = None
            continue
        clausal = bool(grammar.predicate_cue.search(segment))
        dependent = bool(grammar.subordinate_start.match(LIST_MARKER.sub("", segment)))
        if aims and (
            not clausal
            or dependent
            or _continues_numbers(sentence[aims[-1][0] : start], segment, grammar)
            or _is_dependent(sentence, aims[-1], grammar)
            or _OPEN_MODAL.search(sentence[aims[-1][0] : aims[-1][1]])
        ):
            aims[-1][1] = end
        else:
            aims.append([start, end])
    if ahead is not None and aims:  # a deadline closing the sentence dates the last aim
        aims[-1][1] = len(sentence)
    spans = [(s, len(_TRAILING_JUNK.sub("", sentence[:e]))) for s, e in aims]
    spans = [(s, max(e, s + 1)) for s, e in spans]
    if len(spans) < 2:
        return 0, ((0, len(sentence)),)
    # The first aim must itself be clausal, or the sentence was not a list of aims.
    if not grammar.predicate_cue.search(sentence[spans[0][0] : spans[0][1]]):
        return 0, ((0, len(sentence)),)
    return lead, tuple(spans)


_NUMBER_LIST_TAIL = re.compile(r"(?:\d+[a-z]?\s*[,;]?\s*)+$")


def _continues_numbers(before: str, segment: str, grammar: Grammar) -> bool:
    """Whether ``segment`` carries on a list of numbers that a plural noun before the
    separator names ("Articles 211, 215, 218, 226 and 233 of ..."): one list, not two aims."""
    if not segment.lstrip()[:1].isdigit():
        return False
    head = _NUMBER_LIST_TAIL.sub("", before)
    return head != before and bool(grammar.list_noun_before.search(head))


def _is_dependent(sentence: str, aim: list[int], grammar: Grammar) -> bool:
    """An aim that opens with "if/while/..." needs the next segment to finish it."""
    piece = LIST_MARKER.sub("", sentence[aim[0] : aim[1]])
    return bool(grammar.subordinate_start.match(piece)) and "," not in piece


def carries_lead_in(sentence: str, grammar: Grammar) -> bool:
    """Whether a later sentence continues the aims of a paragraph's lead-in.

    It does when it states no time of its own, nothing marks it as past or
    present fact, and it has a predicate ("have stabilised", "will be ...").
    A sentence in traditional characters is read as simplified (達到 as 达到), as the
    extraction reads it.
    """
    if grammar.language == "zh":
        sentence = fold_traditional(sentence)
    if re.search(r"\b(?:19|20)\d{2}\b", sentence) or find_deadlines(sentence, grammar):
        return False
    if grammar.historical.search(sentence) or grammar.projection.search(sentence):
        return False
    return bool(grammar.carry_cue.search(sentence))
