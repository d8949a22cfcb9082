"""English rules: modal predicates and deontic participles, one record each.

The predicates that impose nothing are told apart in ``constitutive.py``, the
directives of policy documents without a modal in ``directives.py``; see the
package docstring for what each modality covers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from ingest.lang import Grammar
from ingest.obligations.constitutive import is_constitutive, states_a_penalty
from ingest.obligations.directives import from_directive, imperatives
from ingest.obligations.lexicon import (
    AMBIGUOUS_PRONOUNS,
    DEONTIC_PARTICIPLES,
    MODALS,
    RIGHT_NOUNS,
    SUBJECTS,
    VIOLATION,
)
from ingest.obligations.record import action_record, make_record, milestones
from ingest.obligations.syntax import (
    action_of,
    actor_phrase,
    condition_of,
    head_lemma,
    is_agent,
    is_negated,
    object_of,
    subject_of,
    subtree_text,
)
from ingest.records import Clause, Obligation


def _antecedent(subject: Token, verb: Token) -> Token | None:
    """The actor a pronoun stands for when a condition names it: "Where an operator becomes
    aware of an error, it shall submit ..." -> the operator."""
    if subject.lower_ not in {"it", "they", "he", "she"}:
        return None
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.i < subject.i:
            named = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if named is not None and is_agent(named) and named.pos_ != "PRON":
                return named
    return None


def _modal_predicates(span: Span | Doc) -> Iterator[tuple[Token, Token | None]]:
    """(verb, modal) pairs: verbs governed by a modal, and deontic participles without one."""
    seen: set[int] = set()
    for token in span:
        if token.lower_ not in MODALS or token.tag_ != "MD":
            continue
        verb = token.head
        if token.dep_ not in {"aux", "auxpass"}:
            # "the controller shall without undue delay and, where feasible, ..., notify ...":
            # a long interjection makes the parser hang the verb off the modal as a conjunct.
            verb = next(
                (
                    c
                    for c in token.rights
                    if c.pos_ == "VERB"
                    and c.dep_ in {"conj", "xcomp", "ccomp"}
                    and not any(g.dep_ in SUBJECTS for g in c.children)
                ),
                token,
            )
            if verb is token:
                continue
        # "may continue to be made available": the continued predicate carries the modality.
        verb = (
            next(
                (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), verb
            )
            if verb.lemma_.lower() == "continue"
            else verb
        )
        if verb.i not in seen:
            # "Should the conditions ... be met" is an inverted conditional, not a duty.
            if token.lower_ == "should":
                subject = subject_of(verb)  # asked only here: it may run the clause's NER
                if subject is not None and subject.i > token.i:
                    continue
            seen.add(verb.i)
            yield verb, token
            for (
                conj
            ) in verb.conjuncts:  # "shall notify ... and report ...", unless it has its own modal
                own_modal = any(
                    c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for c in conj.children
                )
                # Only a base form or a participle shares the modal; "shall be prepared ... or,
                # where the subject is not able, ..." coordinates a clause of its own.
                shares = conj.tag_ in {"VB", "VBN"} and not any(
                    c.dep_ in SUBJECTS for c in conj.children
                )
                if (
                    conj.pos_ in {"VERB", "AUX"}
                    and conj.i > verb.i
                    and conj.i not in seen
                    and not own_modal
                    and shares
                ):
                    seen.add(conj.i)
                    yield conj, token
    for token in span:
        if token.i in seen:
            continue
        if (
            token.lemma_.lower() in DEONTIC_PARTICIPLES
            and token.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in token.children)
        ):
            seen.add(token.i)
            yield token, None


def _deontic_complement(verb: Token) -> Token | None:
    """The action under a deontic participle: "prohibited from opening", "required to submit"."""
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"}:
            return child
        if child.dep_ == "prep" and child.lower_ in {"from", "to"}:
            for grandchild in child.children:
                if grandchild.dep_ == "pcomp":
                    return grandchild
    return None


def _from_modal(
    verb: Token,
    modal: Token | None,
    clause: Clause,
    *,
    grammar: Grammar,
    doc_year: int | None,
    agentless: bool = True,
) -> Obligation | None:
    passive = (
        any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and modal is None
    )
    subject = subject_of(verb)
    negated = is_negated(verb, modal)
    lemma = head_lemma(verb)
    condition = condition_of(verb)
    common = {"condition": condition, "grammar": grammar, "doc_year": doc_year, "verb": verb}
    if passive and lemma in DEONTIC_PARTICIPLES:
        return _from_participle(verb, subject, DEONTIC_PARTICIPLES[lemma], negated, clause, common)
    if modal is None:
        return None
    if is_constitutive(verb, subject, passive=passive):
        return None
    base = MODALS[modal.lower_]
    if lemma == "have" and not passive:
        # "shall have the right to withdraw" grants a right (a permission); "shall have the
        # obligation to erase" states a duty.
        held = next((c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"), "")
        base = RIGHT_NOUNS.get(held, base)
    modality = "prohibition" if negated else base
    if base == "permission" and negated and modal.lower_ == "may":
        modality = "prohibition"  # "may not" forbids
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    reading = _Predicate(clause, verb, subject, modality, skip, agentless, common)
    return _passive(reading) if passive else _active(reading, modal)


@dataclass(frozen=True, slots=True)
class _Predicate:
    """A modal predicate as ``_from_modal`` has read it, for the rules that say who it binds."""

    clause: Clause
    verb: Token
    subject: Token | None
    modality: str
    skip: set[int]  # the subject's tokens, left out of the action
    agentless: bool
    common: dict[str, Any]  # the other arguments of ``make_record``

    def record(self, actor: Token | None, obj: str) -> Obligation:
        return action_record(
            self.clause, self.verb, modality=self.modality, actor=actor, obj=obj,
            common=self.common, skip=self.skip,
        )  # fmt: skip


def _from_participle(
    verb: Token,
    subject: Token | None,
    kind: str,
    negated: bool,
    clause: Clause,
    common: dict[str, Any],
) -> Obligation | None:
    """A deontic participle: "Operators are prohibited from ...", "shall be required to"."""
    if negated:  # "shall not be required to" releases; "shall not be permitted to" forbids
        kind = {"obligation": "permission", "permission": "prohibition"}.get(kind, kind)
    inner = _deontic_complement(verb)
    # "Operators are prohibited from ..." binds the operators; "Processing of genetic data
    # shall be prohibited" bans an activity, with no one named.
    actor: Token | None = subject if subject is not None and is_agent(subject) else None
    if actor is None:  # "It shall be prohibited for any natural or legal person ... to display"
        actor = next(
            (g for c in verb.children if c.lower_ == "for" for g in c.children if g.dep_ == "pobj"),
            None,
        )
    action = action_of(inner, skip=set()) if inner is not None else action_of(verb, skip=set())
    obj = object_of(inner) if inner is not None else ""
    if inner is None and subject is not None and actor is None and subject.dep_ != "expl":
        action = subtree_text(subject)  # the banned activity: "Processing of genetic data"
    return make_record(clause, modality=kind, actor=actor, action=action, obj=obj, **common)


def _active(reading: _Predicate, modal: Token) -> Obligation | None:
    """A modal with an active verb: its subject is bound, if it is someone."""
    verb, subject, agentless = reading.verb, reading.subject, reading.agentless
    # "The programme shall ensure ...": no one is bound. "It shall inform ...": a
    # pronoun subject of an action verb (scope verbs were filtered above) is a body.
    if subject is None:
        return None
    if not (subject.lower_ in AMBIGUOUS_PRONOUNS or is_agent(subject)):
        if (
            not agentless
            or subject.pos_ not in {"NOUN", "PROPN"}
            or modal.lower_ == "may"  # "a product that may not comply": likelihood
            or verb.dep_ in {"relcl", "ccomp", "advcl", "acl"}
        ):
            return None
        # A requirement on a thing: "The registration must include the producer's name",
        # "From 2028, the self-declaration should include ...": whoever makes it bears it.
        actor, obj = None, subtree_text(subject)
    else:
        actor, obj = _antecedent(subject, verb) or actor_phrase(subject, verb), object_of(verb)
    return reading.record(actor, obj)


def _passive(reading: _Predicate) -> Obligation | None:
    """A modal with a passive verb: bound is the "by" agent, else no one named."""
    verb, subject = reading.verb, reading.subject
    by_agent = next(
        (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    obj = subtree_text(subject) if subject is not None else ""
    if by_agent is not None and is_agent(by_agent):
        actor: Token | None = by_agent
    elif (
        reading.agentless
        or (subject is not None and is_agent(subject))
        or _recipient(verb) is not None
    ):
        # A person acted on ("the subject shall be informed", "he shall be dismissed"), or
        # handed to someone ("shall be transmitted to the Commission"): a duty whose bearer
        # is unnamed. Other agentless passives ("the informed consent shall be documented",
        # "an application must be filed before the end of 2029") state a procedural duty
        # without saying who bears it: kept, with no actor, unless ``agentless`` is off (the
        # EU annotators call them constitutive five times in six, see the benchmark). The
        # three give the same record, so ``agentless`` is asked first: the others may run
        # the clause's NER (entities.py).
        actor = None
    else:
        return None
    return reading.record(actor, obj)


def _recipient(verb: Token) -> Token | None:
    """Whom a passive duty hands something to. "to" may hang off the verb, its complement
    or an adverbial: "made available to the Member States", "communicated in writing to
    the member of temporary staff"."""
    attached = [verb, *(c for c in verb.children if c.dep_ in {"acomp", "oprd", "advmod", "prep"})]
    attached += [g for c in attached[1:] for g in c.children if g.dep_ == "pobj"]
    return next(
        (
            g
            for a in attached
            for c in a.children
            if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
            for g in c.children
            if g.dep_ == "pobj" and is_agent(g)
        ),
        None,
    )


def extract_obligations(
    clause_doc: Doc | Span,
    clause: Clause,
    *,
    grammar: Grammar,
    doc_year: int | None = None,
    agentless: bool = True,
) -> Iterator[Obligation]:
    """Obligation records of one parsed clause, in the order of their predicates.

    Args:
        clause_doc: ``clause.text`` parsed by a statistical pipeline (tagger,
            parser, lemmatizer, NER), e.g. ``load_parser()(clause.text)``.
        clause: the clause, for provenance and inherited deadlines.
        grammar: the language grammar (deadline forms).
        doc_year: the document's year, for relative deadlines.
        agentless: also yield duties that name no bearer, with ``actor=None``:
            the agentless passive ("the application must be filed by 2029") and
            requirements on a thing ("the registration must include the
            producer's name").

    Example:
        >>> doc = nlp("Member States shall notify the Commission by 1 January 2026.")
        >>> [(o.modality, o.actor, o.year) for o in extract_obligations(doc, clause, grammar=g)]
        [('obligation', 'Member States', 2026)]
    """
    if clause.kind in {"heading", "title"}:
        return  # a heading names a topic ("Accelerate the green transformation of ...")
    governed: set[int] = set()  # verbs under a modal, with everything they govern
    if any(t.dep_ == "ROOT" and t.lemma_.lower() == "mean" for t in clause_doc):
        return  # a definition: "'water use quota' means the quantity a unit may use"
    predicates = list(_modal_predicates(clause_doc))
    breach = bool(VIOLATION.search(clause.context))  # "Where X obtained it by fraud, | ..."
    if any(states_a_penalty(verb, breach=breach) for verb, _ in predicates):
        # The sanctions of a breach, however many: "it shall be ordered to make corrections
        # and fined ...; the department may order the suspension of ...".
        return
    seen: set[tuple] = set()  # one record per duty, however the parse repeats it
    for verb, modal in predicates:
        governed.update(t.i for t in verb.subtree)
        record = _from_modal(
            verb, modal, clause, grammar=grammar, doc_year=doc_year, agentless=agentless
        )
        if record is not None:
            for each in milestones(record, verb, grammar=grammar, doc_year=doc_year):
                if _key(each) not in seen:
                    seen.add(_key(each))
                    yield each
    for verb in imperatives(clause_doc):
        if verb.i in governed:  # "shall be to support ..." was judged with its modal
            continue
        record = from_directive(verb, clause, grammar=grammar, doc_year=doc_year)
        if record is not None and _key(record) not in seen:
            seen.add(_key(record))
            yield record


def _key(record: Obligation) -> tuple:
    return (record.modality, record.actor, record.action, record.year)
