"""What a figure measures: its metric phrase, its sector and its direction.

``metric_of("reduce energy consumption per unit of GDP by 13.5%", q)`` gives
"energy consumption per unit of GDP". The English sentence shapes below (a
subject linked to its figure by "will reach", a change verb acting on an
object, "a capacity of 426 million tons") are read first; for a language
without spaces the phrase before the figure, less its verb and comparator,
is the metric. Sectors come from the grammar's sector list.
"""

from __future__ import annotations

import functools
import re

from ingest.lang import Grammar
from ingest.lang.needs import WordIndex
from ingest.quantities import Quantity

_VERB = (
    r"(?:reach(?:es|ed)?|account(?:s|ed)?\s+for|exceed(?:s|ed)?|be|is|are|was|were|stand(?:s)?\s+at|stood\s+at|"
    r"remain(?:s)?(?:\s+at)?|stay(?:s)?(?:\s+at)?|rise(?:s)?\s+to|fall(?:s)?\s+to|amount(?:s|ed)?\s+to|"
    r"total(?:s|led)?|hit(?:s)?|surpass(?:es)?|top(?:s)?|achieve(?:s|d)?|provide(?:s|d)?|save(?:s|d)?|"
    r"generate(?:s|d)?|produce(?:s|d)?|cover(?:s|ed)?|ha(?:ve|s|d)\s+reached|"
    r"(?:fall|fell|drop(?:ped)?|decline[sd]?|decrease[sd]?|rise|rose|increase[sd]?|grow|grew|"
    r"climb(?:ed)?)(?:s)?(?:\s+(?:by|to))?)"
)
# A modal before the verb marks the predicate of an aim: "X will reach 40%".
_STRONG_LINK = re.compile(
    rf"\s(?:will|shall|should|must|is\s+to|are\s+to|strive\s+to|is\s+expected\s+to|are\s+expected\s+to|to)"
    rf"\s+(?:not\s+)?(?:be\s+|further\s+|steadily\s+|significantly\s+)?{_VERB}\b",
    re.IGNORECASE,
)
_PLAIN_LINK = re.compile(rf"\s{_VERB}\b", re.IGNORECASE)
# Verbs that act on a measured object: "reduce energy use per unit of GDP by 13.5%", and
# "lower emission of 15 percent" (the figure right after "of" is the change's size).
_CHANGE = re.compile(
    r"\b(?:reduc\w*|cut\w*|lower\w*|decreas\w*|increas\w*|rais\w*|boost\w*|improv\w*|expand\w*|"
    r"bring\w*|keep\w*|control\w*|limit\w*|cap\w*|grow\w*|double\w*|halv\w*)\s+"
    r"(?!(?:by|to|at|from|in|of|below|under|within)\b)(?P<object>.+?)\s+"
    r"(?:(?:by|to|at|within|below|under|from)\b[^,;]*"
    r"|of\s+(?:(?:about|around|some|nearly|up\s+to)\s+)?)$",
    re.IGNORECASE,
)
# An aim's noun alone, with no determiner, read as the object of a change word: the change
# word is then a noun before it ("reduction target"), not a verb ("raises the target").
_AIM_NOUN = re.compile(r"^(?:target|goal|aim|pledge|commitment|objective)s?$", re.IGNORECASE)
# The change word as a noun ("its emissions reduction target"), not a verb acting on a bare
# aim noun ("the plan will increase targets", "to cut goals"): a noun form, and no modal,
# auxiliary or "to" right before it.
_CHANGE_NOUN = re.compile(
    r"(?:reductions?|cuts?|increases?|decreases?|improvements?|expansions?|growth|limits?|caps?)\b",
    re.IGNORECASE,
)
_VERB_SLOT = re.compile(
    r"\b(?:will|would|shall|must|should|can|could|may|might|to|do|does|did|not)\s+$", re.IGNORECASE
)
# The words after the last determiner or possessive: "its greenhouse gas emissions ".
_PREMODIFIER = re.compile(
    r"\b(?:its|their|his|her|our|the|a|an|this|that)\s+(?P<np>(?:[\w-]+\s+){1,4})$", re.IGNORECASE
)
# The passive of a change: "the energy consumption has been reduced by 40%".
_PASSIVE_CHANGE = re.compile(
    r"(?P<subject>[^,;:]+?)\s+(?:has|have|had|will|shall|should|must|is|are|was|were)?\s*(?:been|be)?\s*"
    r"(?:reduced|cut|lowered|decreased|increased|raised|improved|controlled|kept|limited|capped"
    r"|revised|adjusted|updated|lifted|trimmed)\s+"
    r"(?:by|to|at|within|below|under)\b[^,;]*$",
    re.IGNORECASE,
)
# The verb and preposition ``_PASSIVE_CHANGE`` ends with, looked for first: without them the
# pattern cannot match, and trying it at every start of a long clause costs quadratic time.
_PASSIVE_TAIL = re.compile(
    r"(?:reduced|cut|lowered|decreased|increased|raised|improved|controlled|kept|limited|capped"
    r"|revised|adjusted|updated|lifted|trimmed)\s+"
    r"(?:by|to|at|within|below|under)\b[^,;]*$",
    re.IGNORECASE,
)
# "a crude steel production capacity of 426 million tons"
_NP_OF = re.compile(
    r"(?P<np>[A-Za-z][A-Za-z\s'’-]*?)\s+of\s+(?:about|around|more\s+than|over|nearly)?\s*$"
)
_FILLER_NP = re.compile(
    r"^(?:a\s+)?(?:total|number|maximum|minimum|sum|amount|level)$", re.IGNORECASE
)
_PRONOUN = re.compile(r"^(?:it|they|this|these|that|those|which|we|he|she)$", re.IGNORECASE)
# "X% of Y" / "account for X% of Y": the share's base, up to the next break.
_SHARE_OF = re.compile(r"^\s*(?:of|in)\s+(?P<base>[^,;.]+)", re.IGNORECASE)
_SUBJECT_BREAK = re.compile(
    r"(?:^|[;:]|,(?!\d)|\bthat\b|\bwhich\b|\bwith\b|\bpropose[sd]?\b|\bwhere\b|\bwhile\b|\b(?:19|20)\d{2}\s*,)\s*",
    re.IGNORECASE,
)
_LEADING = re.compile(
    r"^(?:and|or|but|while|the|a|an|its|their|our|my\s+country[’']s|a\s+total\s+of)\s+",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(
    r"^\s*(?:(?:of|in|for)\s+)?(?P<noun>(?:(?!(?:have|has|had|will|are|is|were|was|with|that|which|to|in|"
    r"and|for|by|from|below|above|over|under|compared|relative|than|of)\b)"
    r"[A-Za-z][\w-]*\s*){1,4})"
)
_COORDINATED = re.compile(r"^\s*(?:and|or|,)\s*(?:[\d.,]+\s*%?\s*(?:,|and|or)?\s*)+", re.IGNORECASE)
_ASIDE = re.compile(r"\s*\([^()]*[,;][^()]*\)")
_METRIC_MAX_CHARS = 160
_WINDOW_CHARS = 400
_SPACES = re.compile(r"\s{2,}")


def _squeeze(text: str) -> str:
    return _SPACES.sub(" ", text)


def _squeezed_before(text: str, position: int, chars: int) -> str:
    """``_squeeze(text[:position])[-chars:]``, reading only as far back as needed.

    The window read grows until it squeezes to more than ``chars`` characters, so
    the cost per figure stays bounded by the window, not by the sentence's length
    (a wide table flattened to one sentence holds thousands of figures).
    """
    span = 2 * chars
    while True:
        start = max(0, position - span)
        squeezed = _squeeze(text[start:position])
        if start == 0 or len(squeezed) > chars:
            return squeezed[-chars:]
        span *= 4


def _squeezed_after(text: str, position: int, chars: int) -> str:
    """``_squeeze(text[position:])[:chars]``, reading only as far ahead as needed."""
    span = 2 * chars
    while True:
        end = min(len(text), position + span)
        squeezed = _squeeze(text[position:end])
        if end == len(text) or len(squeezed) > chars:
            return squeezed[:chars]
        span *= 4


def clean_phrase(phrase: str) -> str:
    phrase = phrase.strip(" ,;:.\n\t“”\"'")
    for _ in range(3):
        phrase = _LEADING.sub("", phrase)
    return re.sub(r"\s+", " ", phrase)[:_METRIC_MAX_CHARS].strip()


def _subject_before(text: str) -> str:
    """The noun phrase closing ``text``: what comes after the last break."""
    cut = 0
    for match in _SUBJECT_BREAK.finditer(text):
        cut = match.end()
    return clean_phrase(text[cut:])


def metric_of(clause_text: str, quantity: Quantity, grammar: Grammar | None = None) -> str:
    """What a figure measures, read from the words around it.

    "reduce energy consumption per unit of GDP by 13.5%" -> "energy consumption
    per unit of GDP"; "the output value of green factories will account for
    more than 40% of the total output value of the manufacturing industry" ->
    "output value of green factories as a share of total output value of the
    manufacturing industry".
    """
    # Runs of whitespace (blanked link addresses, PDF layout) are one space to these
    # patterns, and only the words near the figure are read: the time spent on a figure
    # stays bounded whatever the length of its sentence.
    before = _squeezed_before(clause_text, quantity.start, _WINDOW_CHARS)
    after = _squeezed_after(clause_text, quantity.end, _WINDOW_CHARS)
    # A bracketed aside with its own commas ("storage (batteries, compressed air) is to
    # reach 40 GW") glosses the subject: it neither ends the subject nor names the metric.
    before = _ASIDE.sub("", before)
    segment = re.split(r"[;:；：，]|,(?!\d)", before)[-1]
    named_after = _measured_after(segment, after, grammar)
    if named_after:
        return named_after[:_METRIC_MAX_CHARS]
    metric = ""
    change = _CHANGE.search(segment)
    passive = _PASSIVE_CHANGE.search(segment) if _PASSIVE_TAIL.search(segment) else None
    strong = _STRONG_LINK.search(" " + segment)
    np_of = _NP_OF.search(segment)
    if change:
        metric = clean_phrase(change.group("object"))
        if (
            _AIM_NOUN.match(change.group("object").strip())
            and _CHANGE_NOUN.match(segment, change.start())
            and not _VERB_SLOT.search(segment[: change.start()])
        ):
            # "its emissions reduction target from 37 to 48 percent": the change word is a
            # noun before the aim's noun; the measured thing is the phrase before both
            lead = _PREMODIFIER.search(segment[: change.start()])
            noun = segment[change.start() : change.end("object")]
            metric = clean_phrase(f"{lead.group('np') if lead else ''}{noun}")
    elif passive:
        metric = _subject_before(passive.group("subject"))
    elif strong:
        metric = _subject_before(segment[: max(0, strong.start() - 1)])
    elif np_of and not _FILLER_NP.match(_subject_before(np_of.group("np"))):
        metric = _subject_before(np_of.group("np"))
    else:
        plain = _PLAIN_LINK.search(" " + segment)
        if plain:
            metric = _subject_before(segment[: max(0, plain.start() - 1)])
    if _PRONOUN.match(metric) or len(metric) < 3:
        metric = ""
    if not metric:
        metric = _object_after(segment, after, grammar)
    share = _SHARE_OF.match(_COORDINATED.sub("", after, count=1))
    if share and quantity.unit == "%":
        base = re.sub(r"\s+respectively$", "", clean_phrase(share.group("base")))
        if base and not _PRONOUN.match(base):
            metric = f"{metric} as a share of {base}" if metric else base
    if not metric:
        noun = _NOUN_AFTER.match(after)
        metric = clean_phrase(noun.group("noun")) if noun else ""
    if not metric:
        # Last resort: the words leading up to the figure, so a record is never unlabelled;
        # for a language without spaces, the phrase before it less its verb and comparator.
        metric = clean_phrase(" ".join(segment.split()[-8:]))
        if grammar is not None and " " not in metric:
            metric = _strip_predicate(metric, grammar)
    return metric[:_METRIC_MAX_CHARS]


def _measured_after(segment: str, after: str, grammar: Grammar | None) -> str:
    """ "how close is the region to its goal of 35% renewable electricity by 2030" ->
    "renewable electricity": the measured thing named between the figure and its goal word
    or deadline, read only when the words before the figure end in a frame that names no
    measured thing (the grammar's ``measured_after_frame``) and the words after it are
    neither a unit, a qualifier, an adverb nor a change noun (``measured_after_not``)."""
    if grammar is None or grammar.measured_after is None or grammar.measured_after_frame is None:
        return ""
    if not grammar.measured_after_frame.search(segment):
        return ""
    found = grammar.measured_after.match(after)
    if not found:
        return ""
    noun = clean_phrase(found.group("noun"))
    words = noun.split()
    if not words or any(_is_change_noun(word, grammar) for word in words):
        return ""
    if grammar.measured_after_not is not None and grammar.measured_after_not.search(noun):
        return ""
    return noun


def _is_change_noun(word: str, grammar: Grammar) -> bool:
    """Whether the grammar reads ``word`` as a change noun: "reduction" is one because
    ``object_after`` reads "reduction in X" as a change of X (one list of change nouns)."""
    return grammar.object_after is not None and bool(grammar.object_after.match(f"{word} in x"))


def _object_after(segment: str, after: str, grammar: Grammar | None) -> str:
    """What the figure measures when it is named after it: "a 55% reduction in greenhouse
    gas emissions" -> "greenhouse gas emissions"; "至少减少45%的温室气体排放量" -> "温室气体排放量"
    (the grammar's ``object_after``, when the words before end as ``object_after_needs`` asks)."""
    if grammar is None or grammar.object_after is None:
        return ""
    found = grammar.object_after.match(after)
    if not found:
        return ""
    if grammar.object_after_needs is not None and not grammar.object_after_needs.search(segment):
        return ""
    return clean_phrase(found.group("object"))


def _strip_predicate(phrase: str, grammar: Grammar) -> str:
    """ "绿色工厂产值占比重超过" -> "绿色工厂产值占比重": drop a trailing comparator and verb."""
    for _ in range(3):
        before = phrase
        for _, pattern in grammar.comparators:
            phrase = pattern.sub("", phrase)
        tail = list(grammar.predicate_cue.finditer(phrase))
        if tail and tail[-1].end() == len(phrase) and tail[-1].start() > 0:
            phrase = phrase[: tail[-1].start()]
        if phrase == before:
            break
    return phrase.strip()


def sector_of(*texts: str, grammar: Grammar) -> str:
    """The first sector named in the texts, searched in order (metric first).

    Every figure of a sentence asks about the same sentence and context: each text is
    searched once (cached), so a sentence with many figures is not re-read per figure.
    """
    for text in texts:
        if text:
            found = _sector_in(text, grammar)
            if found:
                return found
    return ""


@functools.lru_cache(maxsize=256)
def _sector_in(text: str, grammar: Grammar) -> str:
    rules = grammar.sectors
    # in order, a rule whose words are all absent not searched; each word looked for once
    for i in _sector_index(grammar).runnable(text):
        if rules[i].pattern.search(text):
            return rules[i].name
    return ""


@functools.lru_cache(maxsize=16)
def _sector_index(grammar: Grammar) -> WordIndex:
    return WordIndex([rule.needs for rule in grammar.sectors])


# How far from its figure a change verb is looked for (each way): the verb of a figure's
# own part of the sentence stands close to it, and a bounded window keeps the time per
# figure independent of the sentence's length.
DIRECTION_WINDOW = 300


def direction_of(before: str, after: str, grammar: Grammar) -> str | None:
    """Whether the figure between ``before`` and ``after`` is an increase or a decrease.

    Only the last ``DIRECTION_WINDOW`` characters of ``before`` are read.
    """
    tail = re.split(r"[;:]|,(?!\d)", before[-DIRECTION_WINDOW:])[-1]
    for _, pattern in grammar.comparators:  # "not lower than 94%" states no direction
        tail = pattern.sub("", tail)
    verbs = [(m.start(), "decrease") for m in grammar.decrease.finditer(tail)]
    verbs += [(m.start(), "increase") for m in grammar.increase.finditer(tail)]
    if verbs:
        return max(verbs)[1]
    head = after[:40]
    if grammar.decrease.match(head.strip()) or re.match(r"^\s*(?:lower|less)\s+than", head):
        return "decrease"
    if grammar.increase.match(head.strip()) or re.match(r"^\s*(?:higher|more)\s+than", head):
        return "increase"
    return None
