"""Modal statements that impose nothing: scope, dates, definitions, legal fictions,
properties of things and the sanctions of a breach (see the package docstring)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ingest.obligations.entities import ent_type
from ingest.obligations.lexicon import (
    AMBIGUOUS_PRONOUNS,
    BINDING_ADJECTIVES,
    BREACH_SANCTIONS,
    CONSEQUENCE_NOUNS,
    CONSTITUTIVE_PASSIVES,
    CONSTITUTIVE_VERBS,
    CORRECTIVE_NOUNS,
    CORRECTIVE_VERBS,
    INTO_EFFECT,
    PENALTY_PASSIVES,
    SCOPE_VERBS,
    TAKE_EVENT_OBJECTS,
    VIOLATION,
)
from ingest.obligations.syntax import head_lemma, is_agent


def is_constitutive(verb: Token, subject: Token | None, *, passive: bool) -> bool:
    """Predicates that set scope, dates, definitions or properties (see the module docstring)."""
    lemma = head_lemma(verb)
    if lemma in CONSTITUTIVE_VERBS or (passive and _stems(verb) & CONSTITUTIVE_PASSIVES):
        return True

    def agent_subject() -> bool:  # asked last: it may run the clause's NER (entities.py)
        return subject is not None and is_agent(subject)

    objects = [c for c in verb.children if c.dep_ == "dobj"]
    has_object = bool(objects)
    if not has_object and any(
        c.dep_ == "prep" and c.lower_ == "into" and g.lemma_.lower() in INTO_EFFECT
        for c in verb.children
        for g in c.children
    ):
        # "shall enter into force on ...", "shall come into effect"; but "shall bring into
        # force the laws ... by 30 June 2028" is the duty to transpose.
        return True
    if any(t.lemma_.lower() in CONSEQUENCE_NOUNS for t in (subject, *objects) if t is not None):
        return True  # "shall be given sanctions", "criminal liability shall be investigated"
    if (
        lemma == "take"
        and not passive
        and has_object
        and objects[0].lemma_.lower() not in TAKE_EVENT_OBJECTS
        and subject is not None
        and subject.lower_ in AMBIGUOUS_PRONOUNS
    ):
        return False  # "..., it shall immediately take the corrective measures"
    if lemma == "have" and not passive and agent_subject():
        # "An ARM shall have in place adequate policies", "The HSC shall have the following tasks"
        return False
    # "Enterprises may apply to the department for a label": an actor applying for something.
    acts = has_object or (lemma == "apply" and _applies_for(verb))
    if lemma in SCOPE_VERBS and not (acts and not passive and agent_subject()):
        return True  # "This Regulation shall apply to ...", "It shall take effect on ..."
    if lemma == "apply" and _from_date(verb):
        # The date of application of transposed law: "They shall apply those provisions from
        # 1 January 2018" fixes when rules bite; the duty to adopt them is stated elsewhere.
        return True
    responsible_for = [
        g
        for a in verb.children
        if a.dep_ == "acomp" and a.lemma_.lower() == "responsible"
        for p in a.children
        if p.lower_ == "for"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    if any(g.lemma_.lower() == "interpretation" and _of_this_act(g) for g in responsible_for) or (
        lemma == "interpret" and not passive and any(_is_this_act(o) for o in objects)
    ):
        # "The Ministry shall be responsible for the interpretation of these Measures",
        # "The Ministry shall interpret these Measures": who reads the act, no duty.
        return True
    if lemma == "be" and not passive:
        # Copula: a property of a thing ("shall be free from pests", "shall be secret") sets
        # a standard; a status of an actor ("shall be subject to audits", "shall be the final
        # beneficiaries") or a binding adjective ("shall be responsible for") binds them.
        attrs = [c for c in verb.children if c.dep_ in {"acomp", "attr"}]
        return not (any(a.lemma_.lower() in BINDING_ADJECTIVES for a in attrs) or agent_subject())
    return False


def states_a_penalty(verb: Token, *, breach: bool = False) -> bool:
    """A sanction for a breach: "shall be fined", "shall be ordered to make corrections",
    "shall order it to make corrections and impose a fine", "shall be imposed a fine"."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive and _stems(verb) & PENALTY_PASSIVES:
        return True
    breach = breach or bool(VIOLATION.search(verb.doc.text))
    if passive and _stems(verb) & BREACH_SANCTIONS and breach:
        return True  # "Where ... obtained by fraud, it shall be removed from the list"
    lemma = head_lemma(verb)
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "dative"}}
    if lemma in {"impose", "levy", "give"} and objects & CONSEQUENCE_NOUNS:
        return True
    orders_correction = lemma == "order" and any(
        c.lemma_.lower() in CORRECTIVE_VERBS
        or any(g.dep_ == "dobj" and g.lemma_.lower() in CORRECTIVE_NOUNS for g in c.children)
        for c in verb.children
        if c.dep_ in {"xcomp", "ccomp", "oprd", "advcl"}
    )
    # An authority ordering a correction is the sanction of a breach ("Where, in violation of
    # these Regulations, ..., the department shall order it to make corrections and impose a
    # fine"); after an inspection that finds a shortfall it is the authority's duty.
    return orders_correction and bool(
        breach or any(t.lemma_.lower() in CONSEQUENCE_NOUNS for t in verb.doc)
    )


def _stems(verb: Token) -> set[str]:
    """The lemma and stems of a participle; the small model's lemmatiser slips on some
    ("fined" -> "fin")."""
    lower = verb.lower_
    return {head_lemma(verb), lower, re.sub(r"e?d$", "", lower), re.sub(r"d$", "", lower)}


def _applies_for(verb: Token) -> bool:
    """ "apply for X" or "apply to Y for X": a request, not a statement of scope."""
    heads = [verb, *(g for c in verb.children if c.lower_ == "to" for g in c.children)]
    return any(c.dep_ == "prep" and c.lower_ == "for" for h in heads for c in h.children)


def _from_date(verb: Token) -> bool:
    """Whether ``verb`` takes "from <date>" ("as from", "with effect from")."""
    for token in verb.subtree:
        if token.lower_ != "from" or token.dep_ != "prep":
            continue
        if not any(g.dep_ == "pobj" and ent_type(g) == "DATE" for g in token.children):
            continue
        path = token
        while path.i != verb.i and path.dep_ in {"prep", "pobj"}:
            path = path.head
        if path.i == verb.i:
            return True
    return False


def _is_this_act(token: Token) -> bool:
    """ "these Measures", "this Regulation": the act itself."""
    return any(c.dep_ == "det" and c.lower_ in {"these", "this"} for c in token.children)


def _of_this_act(token: Token) -> bool:
    """ "the interpretation of these Measures"."""
    return any(
        c.lower_ == "of" and any(g.dep_ == "pobj" and _is_this_act(g) for g in c.children)
        for c in token.children
    )
