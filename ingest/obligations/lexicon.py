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

from ingest.lang import load_grammar

_DATA: dict[str, Any] = load_grammar("en").obligations


def _pattern(key: str) -> re.Pattern[str]:
    return re.compile(_DATA[key])


def _words(key: str) -> set[str]:
    return set(_DATA[key])


def _table(key: str) -> dict[str, str]:
    return dict(_DATA[key])


CUE = _pattern("cue")
IMPERATIVE_OPENER = _pattern("imperative_opener")
MODALS: dict[str, str] = _table("modals")
DEONTIC_PARTICIPLES: dict[str, str] = _table("deontic_participles")
RIGHT_NOUNS: dict[str, str] = _table("right_nouns")
ENCOURAGEMENT_VERBS: set[str] = _words("encouragement_verbs")
DIRECTIVE_FRAMES: set[str] = _words("directive_frames")
CONTROL_VERBS: set[str] = _words("control_verbs")
BAN_VERBS: set[str] = _words("ban_verbs")
CONSTITUTIVE_VERBS: set[str] = _words("constitutive_verbs")
PENALTY_PASSIVES: set[str] = _words("penalty_passives")
CONSTITUTIVE_PASSIVES: set[str] = _words("constitutive_passives") | PENALTY_PASSIVES
SCOPE_VERBS: set[str] = _words("scope_verbs")
INTO_EFFECT: set[str] = _words("into_effect")
TAKE_EVENT_OBJECTS: set[str] = _words("take_event_objects")
VIOLATION = _pattern("violation")
BREACH_SANCTIONS: set[str] = _words("breach_sanctions")
CORRECTIVE_VERBS: set[str] = _words("corrective_verbs")
CORRECTIVE_NOUNS: set[str] = _words("corrective_nouns")
CONSEQUENCE_NOUNS: set[str] = _words("consequence_nouns")
BINDING_ADJECTIVES: set[str] = _words("binding_adjectives")
AGENT_NOUNS: set[str] = _words("agent_nouns")
BUSINESS_NOUNS: set[str] = _words("business_nouns")
AGENT_SUFFIX = _pattern("agent_suffix")
NON_AGENT_NOUNS: set[str] = _words("non_agent_nouns")
AGENT_PRONOUNS: set[str] = _words("agent_pronouns")
AMBIGUOUS_PRONOUNS: set[str] = _words("ambiguous_pronouns")
ACRONYM = _pattern("acronym")
AGENT_ENTS: set[str] = _words("agent_ents")
SUBJECTS: set[str] = _words("subjects")
OBJECTS: set[str] = _words("objects")
CONDITION_MARKS: set[str] = _words("condition_marks")
STRUCTURE_WORDS: set[str] = _words("structure_words")
RELATIVE_PRONOUNS: set[str] = _words("relative_pronouns")
MARKER = _pattern("marker")
LABEL_LINE = _pattern("label_line")
DETERMINER = _pattern("determiner")
QUANTIFIERS: set[str] = _words("quantifiers")
NON_AGENT_ENTS: set[str] = _words("non_agent_ents")

#: Longest actor, action or object phrase kept, in characters.
MAX_PHRASE_CHARS = 200

CLOSING_PUNCT: set[str] = _words("closing_punct")
LEAD_CONDITION = _pattern("lead_condition")
MODAL_LEAD_IN = _pattern("modal_lead_in")
ORPHAN_MODAL = _pattern("orphan_modal")
BEFORE_MODAL = _pattern("before_modal")
CONTEXT_CONDITION = _pattern("context_condition")


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
