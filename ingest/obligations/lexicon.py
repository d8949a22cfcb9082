"""Word lists and patterns of English deontic language (data for ``ingest.obligations``).

The lists live in the ``[obligations]`` table of ``ingest/lang/en.toml``, with one
comment per linguistic case; this module loads them under the names the rules use.
Lemmas are lower case. The lists are grouped by the role they play: cues that
send a clause to the parser, modals and deontic participles with the modality
they carry, predicates that constitute rather than regulate, and the nouns,
pronouns and entity labels that tell an actor from a thing.
"""

from __future__ import annotations

import re
from typing import Any

from ingest.lang import raw_table

# The table as written: the rest of the English grammar is not compiled for it (a Chinese
# document's obligations import this module too).
_DATA: dict[str, Any] = raw_table("en", "obligations")


def _patterns(*keys: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(_DATA[key]) for key in keys)


def _word_sets(*keys: str) -> tuple[set[str], ...]:
    return tuple(set(_DATA[key]) for key in keys)


def _tables(*keys: str) -> tuple[dict[str, str], ...]:
    return tuple(dict(_DATA[key]) for key in keys)


# Cues that send a clause to the parser.
CUE, IMPERATIVE_OPENER = _patterns("cue", "imperative_opener")
# Modals, deontic participles and the nouns held under "shall have the ... to", each with
# the modality it carries.
MODALS, DEONTIC_PARTICIPLES, RIGHT_NOUNS = _tables("modals", "deontic_participles", "right_nouns")
# Directives without a modal: encouragement verbs, frames, verbs "strictly" strengthens.
ENCOURAGEMENT_VERBS, DIRECTIVE_FRAMES, CONTROL_VERBS, BAN_VERBS = _word_sets(
    "encouragement_verbs", "directive_frames", "control_verbs", "ban_verbs"
)
# Predicates that constitute rather than regulate, and the sanctions of a breach.
CONSTITUTIVE_VERBS, PENALTY_PASSIVES, SCOPE_VERBS, INTO_EFFECT, TAKE_EVENT_OBJECTS = _word_sets(
    "constitutive_verbs", "penalty_passives", "scope_verbs", "into_effect", "take_event_objects"
)
CONSTITUTIVE_PASSIVES = _word_sets("constitutive_passives")[0] | PENALTY_PASSIVES
(VIOLATION,) = _patterns("violation")
BREACH_SANCTIONS, CORRECTIVE_VERBS, CORRECTIVE_NOUNS, CONSEQUENCE_NOUNS = _word_sets(
    "breach_sanctions", "corrective_verbs", "corrective_nouns", "consequence_nouns"
)
# Who can act: nouns, suffixes, pronouns, acronyms and entity labels, and what cannot.
BINDING_ADJECTIVES, AGENT_NOUNS, BUSINESS_NOUNS, NON_AGENT_NOUNS = _word_sets(
    "binding_adjectives", "agent_nouns", "business_nouns", "non_agent_nouns"
)
AGENT_PRONOUNS, AMBIGUOUS_PRONOUNS, AGENT_ENTS, NON_AGENT_ENTS, QUANTIFIERS = _word_sets(
    "agent_pronouns", "ambiguous_pronouns", "agent_ents", "non_agent_ents", "quantifiers"
)
AGENT_SUFFIX, ACRONYM, DETERMINER = _patterns("agent_suffix", "acronym", "determiner")
# Dependency labels and structure words.
SUBJECTS, OBJECTS, CONDITION_MARKS, STRUCTURE_WORDS, RELATIVE_PRONOUNS, CLOSING_PUNCT = _word_sets(
    "subjects", "objects", "condition_marks", "structure_words", "relative_pronouns",
    "closing_punct",
)  # fmt: skip
# Structure markers, label lines, and the lead-ins of conditions and of listed duties.
MARKER, LABEL_LINE, LEAD_CONDITION, MODAL_LEAD_IN = _patterns(
    "marker", "label_line", "lead_condition", "modal_lead_in"
)
ORPHAN_MODAL, BEFORE_MODAL, CONTEXT_CONDITION = _patterns(
    "orphan_modal", "before_modal", "context_condition"
)

#: Longest actor, action or object phrase kept, in characters.
MAX_PHRASE_CHARS = 200


def has_cue(text: str) -> bool:
    """Whether a clause may state a duty, ban, permission or encouragement (no parse needed)."""
    return bool(CUE.search(text) or IMPERATIVE_OPENER.match(text))


def parse_start(text: str) -> int:
    """Where the words to parse begin: after label lines ("Article 12\\nPenalties\\n") and a
    leading structure marker ("Article 5 ", "15.—(1) ", "(a) "), which the parser would
    otherwise take for the subject."""
    start = 0
    while (line := LABEL_LINE.match(text, start)) and not has_cue(line.group()):
        start = line.end()
    marker = MARKER.match(text[start:])
    return start + (marker.end() if marker else 0)
