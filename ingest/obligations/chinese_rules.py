"""The Chinese word lists of ``ingest/lang/zh.toml`` ``[obligations]``, compiled.

``rules_of(grammar)`` turns the table into patterns (longest word first at each
position); ``mask_false_friends`` blanks words that contain a cue but state
none (可再生, 应用, 主要 ...) without moving any offset.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ingest.lang import Grammar

MODALITIES = ("obligation", "prohibition", "permission", "encouragement")
_MASK = "\u2060"  # a character no pattern matches, so masking keeps every offset


@dataclass(frozen=True, slots=True)
class Rules:
    cue: re.Pattern[str]
    modality: dict[str, str]
    cue_in_action: frozenset[str]
    object_actor: frozenset[str]
    needs_object: frozenset[str]
    false_friend: re.Pattern[str]
    non_obligation: tuple[re.Pattern[str], ...]
    consequence: re.Pattern[str]
    limit: re.Pattern[str]
    condition_start: re.Pattern[str]
    condition_end: re.Pattern[str]
    actor_lead: re.Pattern[str]
    actor_tail: re.Pattern[str]
    actor_head: re.Pattern[str]
    not_actor: re.Pattern[str]
    predicate: re.Pattern[str]
    verb: re.Pattern[str]
    lead_in: re.Pattern[str]


def _words(words: list[str]) -> re.Pattern[str]:
    """An alternation that prefers the longest word at each position."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


@functools.lru_cache(maxsize=4)
def rules_of(grammar: Grammar) -> Rules:
    """Compile the ``[obligations]`` table of ``grammar`` (cached per grammar)."""
    data = grammar.obligations
    modality = {w: m for m in MODALITIES for w in data[m]}
    encouragement = list(data["encouragement"])
    return Rules(
        cue=_words(list(modality)),
        modality=modality,
        cue_in_action=frozenset(data["cue_in_action"]) | frozenset(encouragement),
        object_actor=frozenset(data["object_actor"]),
        needs_object=frozenset(data["needs_object"]),
        false_friend=_words(data["false_friends"]),
        non_obligation=tuple(re.compile(p) for p in data["non_obligation"]),
        consequence=re.compile(data["consequence"]),
        limit=re.compile(data["limit"]),
        condition_start=re.compile(data["condition_start"]),
        condition_end=re.compile(data["condition_end"]),
        actor_lead=re.compile(data["actor_lead"]),
        actor_tail=re.compile(data["actor_tail"]),
        actor_head=re.compile(f"(?:{_words(data['actor_heads']).pattern})$"),
        not_actor=re.compile(data["not_actor"]),
        predicate=_words(data["verbs"] + data["adverbs"] + data["prepositions"] + encouragement),
        verb=_words(data["verbs"] + encouragement),
        lead_in=re.compile(
            f"^(?:{_words(data['prepositions']).pattern})"
            f"|^(?:{_words(data['adverbs'] + encouragement).pattern})*$"
        ),
    )


def mask_false_friends(text: str, rules: Rules) -> str:
    """``text`` with every false friend (可再生, 应用, 主要 ...) blanked out, offsets kept."""
    return rules.false_friend.sub(lambda m: _MASK * len(m.group()), text)


def has_cue_zh(text: str, grammar: Grammar) -> bool:
    """Whether a Chinese clause may state a duty, ban, permission or encouragement."""
    rules = rules_of(grammar)
    return bool(rules.cue.search(mask_false_friends(text, rules)))
