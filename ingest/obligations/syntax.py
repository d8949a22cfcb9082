"""Reading a parsed clause: who acts, on what, under which condition.

Helpers over spaCy tokens shared by the English rules: the phrase under a
token, whether a noun phrase names an actor, a verb's subject through
coordination and reduced relatives, negation, conditions, action and object.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from ingest.obligations.entities import ent_type
from ingest.obligations.lexicon import (
    ACRONYM,
    AGENT_ENTS,
    AGENT_NOUNS,
    AGENT_PRONOUNS,
    AGENT_SUFFIX,
    BUSINESS_NOUNS,
    CLOSING_PUNCT,
    CONDITION_MARKS,
    MAX_PHRASE_CHARS,
    NON_AGENT_ENTS,
    NON_AGENT_NOUNS,
    OBJECTS,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    STRUCTURE_WORDS,
    SUBJECTS,
)


def clip(text: str, limit: int = MAX_PHRASE_CHARS) -> str:
    """``text`` with white space folded, cut to ``limit`` characters at a word boundary
    (with "…"), never inside a word."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:.")
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


def phrase(tokens: Iterable[Token]) -> str:
    words = sorted(tokens, key=lambda t: t.i)
    if not words:
        return ""
    return clip(words[0].doc[words[0].i : words[-1].i + 1].text)


def subtree_text(token: Token) -> str:
    return phrase(token.subtree)


def head_lemma(token: Token) -> str:
    return token.lemma_.lower()


def is_agent(token: Token) -> bool:
    """Whether a noun phrase's head names someone who can act (a person, authority or body).

    Coordinated heads count when any conjunct does ("the coordinator and the
    other relevant competent authorities").
    """
    heads = [token, *token.conjuncts]
    # "Each of the Member States", "all of the providers": the quantified noun is the head.
    heads += [
        g
        for h in heads
        if h.lower_ in QUANTIFIERS
        for c in h.children
        if c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if any(_agent_by_form(head) for head in heads):
        return True
    # The entity labels last, once nothing else decides: reading one runs the clause's
    # NER (ingest/obligations/entities.py). Every test returns True, so the order does
    # not change the answer.
    return any(_agent_by_entity(head) for head in heads)


def _agent_by_form(head: Token) -> bool:
    """Whether a head names an actor by its words, tag or spelling alone."""
    lemma = head.lemma_.lower()
    lower = head.lower_
    if lower in AGENT_PRONOUNS or lemma in AGENT_PRONOUNS:
        return True
    if lemma in AGENT_NOUNS or lower in AGENT_NOUNS or lower.rstrip("s") in AGENT_NOUNS:
        return True
    # Businesses named by an action noun ("bathing establishments", "tissue establishment"),
    # unless it is the action itself ("the establishment of a fund").
    if lemma in BUSINESS_NOUNS and not any(c.lower_ == "of" for c in head.children):
        return True
    # Hyphenated titles: "Secretary-General", "Directorate-General", "re-consignor".
    if "-" in lemma and any(
        part in AGENT_NOUNS or AGENT_SUFFIX.search(part) for part in lemma.split("-")[1:]
    ):
        return True
    # Acronyms of bodies and roles: "the ISSB", "An ARM", "NCAs", "the AACC", "UNODA".
    if ACRONYM.match(head.text) and lower not in NON_AGENT_NOUNS:
        return True
    return head.pos_ == "NOUN" and lemma not in NON_AGENT_NOUNS and bool(AGENT_SUFFIX.search(lemma))


def _agent_by_entity(head: Token) -> bool:
    """Whether a head names an actor by its entity label: an organisation, person or
    place (``AGENT_ENTS``), or a proper name that is not an act or a date:
    "Eurojust", "Frontex", "Georgia"."""
    lemma = head.lemma_.lower()
    if lemma in NON_AGENT_NOUNS:
        return False
    if head.pos_ == "PROPN" and ent_type(head) not in NON_AGENT_ENTS:
        return True
    return head.lower_ not in NON_AGENT_NOUNS and ent_type(head) in AGENT_ENTS


def _reduced_relative_head(verb: Token) -> Token | None:
    """The participle the small model takes for the main verb in "X referred to in paragraph 1
    shall make ...", "Member States having an interest shall submit ...", "bodies designated
    shall publish ...": the modal verb hangs under it as a ccomp."""
    head = verb.head
    if (
        verb.dep_ == "ccomp"
        and head.dep_ == "ROOT"
        and head.i < verb.i
        and head.tag_ in {"VBN", "VBD", "VBG"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)
    ):
        return head
    return None


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, climbing through coordination ("X shall notify and shall report").

    Of several subject tokens (a tokenisation slip such as "re - consignors"), an agent wins.
    """
    current: Token | None = verb
    while current is not None:
        subjects = [c for c in current.children if c.dep_ in SUBJECTS]
        # "Key emitting units shall, by 30 June 2026, install ...": the aside makes the
        # parser hang the subject on the modal.
        subjects += [
            g
            for c in current.children
            if c.dep_ == "aux" and c.tag_ == "MD"
            for g in c.children
            if g.dep_ in SUBJECTS
        ]
        # "the Member State concerned shall": the adjective is parsed as the subject.
        subjects = [
            next((g for g in t.children if g.dep_ == "nsubj"), t)
            if t.pos_ in {"ADJ", "VERB"}
            else t
            for t in subjects
        ]
        # "Article 7 Local departments ... shall": the article number is parsed as the
        # subject and the real one as its apposition.
        subjects = [
            next((g for g in t.children if g.dep_ == "appos" and is_agent(g)), t)
            if t.lower_ in STRUCTURE_WORDS and any(g.dep_ == "nummod" for g in t.children)
            else t
            for t in subjects
        ]
        reduced = _reduced_relative_head(current)
        if reduced is not None and not any(is_agent(t) for t in subjects):
            subjects += [c for c in reduced.children if c.dep_ in SUBJECTS and is_agent(c)]
            subjects = [t for t in subjects if is_agent(t)] or subjects
        if subjects:
            # Else the nearest before the verb: in "Where no such standard exists, group
            # standards may be formulated", "exists" is a misparsed second subject.
            before = [t for t in subjects if t.i < current.i] or subjects
            # One candidate is the subject whether or not it names an actor.
            subject = (
                subjects[0]
                if len(subjects) == 1
                else next((t for t in subjects if is_agent(t)), max(before, key=lambda t: t.i))
            )
            if subject.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return current.head  # "an operator which shall notify ...": the antecedent
            return subject
        # A conjoined verb shares the first verb's subject; an xcomp shares its controller's.
        climbs = current.dep_ in {"conj", "xcomp"}
        current = current.head if climbs and current.head is not current else None
    return None


def is_negated(verb: Token, modal: Token | None) -> bool:
    """Negation on the verb or the modal; "no person shall" negates through the subject."""
    tokens = list(verb.children) + (list(modal.children) if modal is not None else [])
    if modal is not None and modal.head.i != verb.i:
        # "shall not conceal, falsify or delay": the negation sits on the first verb, and
        # the verbs coordinated with it share it with the modal.
        tokens += list(modal.head.children)
    if any(t.dep_ == "neg" for t in tokens):
        return True
    subject = subject_of(verb)
    return subject is not None and any(
        t.lower_ in {"no", "neither"} and t.dep_ == "det" for t in subject.children
    )


def condition_of(verb: Token) -> str | None:
    """An if/where/unless clause attached to the predicate (or to its sentence root)."""
    for anchor in (verb, verb.head):
        for child in anchor.children:
            if child.dep_ not in {"advcl", "prep"}:
                continue
            marks = [
                t
                for t in child.children
                if t.dep_ in {"mark", "advmod"} and t.lower_ in CONDITION_MARKS
            ]
            if marks or child.lower_ in {"unless", "if"}:
                return subtree_text(child)
        if anchor.dep_ not in {"conj"}:
            break
    return None


def action_of(verb: Token, *, skip: set[int]) -> str:
    """The verb phrase from ``verb`` to the end of its objects and complements."""
    end = verb.i
    for child in verb.rights:
        if child.dep_ == "punct" and child.text in CLOSING_PUNCT:
            end = max(end, child.i)  # "exempt ... from Article 3(1)"
            continue
        if child.dep_ in {"conj", "cc", "punct", "advcl", "relcl", "parataxis"}:
            break
        if any(t.i in skip for t in child.subtree):
            continue
        end = max(end, child.right_edge.i)
    particles = [t for t in verb.rights if t.dep_ == "prt"]
    start = verb.i
    text = verb.doc[start : end + 1].text
    if particles and particles[0].i > end:
        text = f"{text} {particles[0].text}"
    if end == verb.i and verb.conjuncts:
        # "conceal, falsify or delay the reporting of data": the object of the last verb
        # is the object of each.
        shared = next((c for c in verb.conjuncts[-1].children if c.dep_ == "dobj"), None)
        if shared is not None and shared.i > verb.i:
            text = f"{text} {verb.doc[shared.left_edge.i : shared.right_edge.i + 1].text}"
    return clip(text)


def object_of(verb: Token) -> str:
    for child in verb.children:
        if child.dep_ in OBJECTS:
            return subtree_text(child)
    for child in verb.children:  # "comply with X", "refrain from X", "prohibited from opening X"
        if child.dep_ == "prep":
            for grandchild in child.children:
                if grandchild.dep_ not in {"pobj", "pcomp"} or grandchild.like_num:
                    continue
                if ent_type(grandchild) in {"DATE", "TIME"}:
                    continue  # "report every year from 2030": a time, not an object
                inner = object_of(grandchild) if grandchild.dep_ == "pcomp" else ""
                return inner or subtree_text(grandchild)
    return ""


def actor_phrase(subject: Token, verb: Token) -> Token | str:
    """The subject, with the participle that the small model made the sentence's root in
    "The units inspected shall cooperate", "Member States having an interest shall ..."."""
    reduced = _reduced_relative_head(verb)
    if reduced is None or subject.head.i != reduced.i:
        return subject
    if reduced.lemma_.lower() in {"refer", "mention", "list", "specify", "set", "lay"}:
        return subject  # "the Member State referred to in paragraph 1": a cross-reference
    tokens = [*subject.subtree, reduced]
    tokens += [
        t
        for c in reduced.children
        if c.i > reduced.i and c.i < verb.i and c.dep_ not in {"ccomp", "punct", "cc"}
        for t in c.subtree
    ]
    return phrase(tokens)
