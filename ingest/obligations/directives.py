"""Directives without a modal: the imperatives and encouragements of policy documents
("Guide data centers to expand ...", "The State encourages enterprises to ...",
"strictly control ...")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ingest.lang import Grammar
from ingest.obligations.lexicon import (
    BAN_VERBS,
    CONTROL_VERBS,
    DIRECTIVE_FRAMES,
    ENCOURAGEMENT_VERBS,
    SUBJECTS,
)
from ingest.obligations.record import action_record
from ingest.obligations.syntax import condition_of, head_lemma, object_of, phrase
from ingest.records import Clause, Obligation


def _has_own_subject_or_aux(token: Token) -> bool:
    """A subject, or a finite/modal auxiliary (the infinitive "to" does not count)."""
    return any(
        c.dep_ in SUBJECTS or (c.dep_ in {"aux", "auxpass"} and c.lower_ != "to")
        for c in token.children
    )


def _is_imperative_head(token: Token) -> bool:
    """A directive verb with no subject: "Guide data centers to ...", "propose to accelerate"."""
    if token.pos_ != "VERB" or token.tag_ not in {"VB", "VBP"} or _has_own_subject_or_aux(token):
        return False
    if token.dep_ == "ROOT":
        # The small model tags some sentence-initial imperatives VBP ("..., accelerate the ...").
        return token.tag_ == "VB" or not any(c.dep_ in SUBJECTS for c in token.children)
    # "The Guiding Opinions propose to accelerate ...", "propose that ..., guide data centers
    # to ...", "it is necessary to promote ...".
    return token.dep_ in {"ccomp", "xcomp"} and token.head.lemma_.lower() in DIRECTIVE_FRAMES


def _is_stated_encouragement(token: Token) -> bool:
    """A present or future encouragement with its own subject: "The state encourages
    enterprises to ...", "We will support ..."; reports of the past ("has promoted") are not."""
    if token.lemma_.lower() not in ENCOURAGEMENT_VERBS or token.pos_ != "VERB":
        return False
    if token.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in token.children):
        # "The State encourages X to ... and supports Y in ...": the first verb's subject.
        return token.tag_ == token.head.tag_ and _is_stated_encouragement(token.head)
    if not any(c.dep_ == "nsubj" for c in token.children):
        return False
    if token.tag_ in {"VBZ", "VBP"}:
        return not any(
            c.dep_ == "aux" and c.lemma_.lower() in {"have", "do"} for c in token.children
        )
    return token.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "will" for c in token.children
    )


def imperatives(span: Span | Doc) -> Iterator[Token]:
    """Directive verbs and the verbs coordinated with them ("guide ..., promote ...")."""
    seen: set[int] = set()
    for token in span:
        if token.i in seen:
            continue
        if _is_stated_encouragement(token):
            seen.add(token.i)
            yield token
            continue
        if not _is_imperative_head(token):
            continue
        for verb in (token, *token.conjuncts):
            if verb.i in seen or verb.pos_ != "VERB" or _has_own_subject_or_aux(verb):
                continue
            seen.add(verb.i)
            yield verb


def from_directive(
    verb: Token, clause: Clause, *, grammar: Grammar, doc_year: int | None
) -> Obligation | None:
    lemma = head_lemma(verb)
    strict = any(c.lower_ == "strictly" for c in verb.children)
    needed = verb.head.lemma_.lower() in {"necessary", "need"} or any(
        c.lemma_.lower() in {"necessary", "need"} for c in verb.head.children
    )
    if strict and lemma in BAN_VERBS:
        modality = "prohibition"
    elif (strict and lemma in CONTROL_VERBS) or needed:
        modality = "obligation"
    else:
        modality = "encouragement"
    common = {
        "condition": condition_of(verb),
        "grammar": grammar,
        "doc_year": doc_year,
        "verb": verb,
    }
    if lemma in ENCOURAGEMENT_VERBS:
        # "guide data centers to expand X": data centers bear the action "expand X".
        addressee = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
        if addressee is None and any(
            c.lemma_.lower() in ENCOURAGEMENT_VERBS
            and any(g.dep_ in {"dobj", "dative"} for g in c.children)
            for c in verb.conjuncts
        ):
            return None  # "encourages and guides enterprises to ...": read at "guides"
        inner = _encouraged_action(verb, addressee)
        if addressee is not None and inner is not None:
            addressee_text = phrase(
                t for t in addressee.subtree if t.i < inner.i and t.lower_ != "to"
            )
            return action_record(
                clause,
                inner,
                modality=modality,
                actor=addressee_text,
                obj=object_of(inner),
                common=common,
            )
    return action_record(
        clause,
        verb,
        modality=modality,
        actor=None,
        obj=object_of(verb),
        common=common,
    )


def _encouraged_action(verb: Token, addressee: Token | None) -> Token | None:
    """The verb of what an encouragement verb asks for: "guide X to expand", "support X in
    providing"."""
    inner = next(
        (
            c
            for c in verb.children
            if c.pos_ == "VERB"
            and (
                c.dep_ in {"xcomp", "ccomp"}
                or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))
            )
        ),
        None,
    )
    if inner is None:  # "supports third-party institutions in providing services"
        inner = next(
            (
                g
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "in"
                for g in c.children
                if g.dep_ == "pcomp" and g.pos_ == "VERB"
            ),
            None,
        )
    if inner is None and verb.dep_ == "conj":  # "encourages and guides X to V": V on the first
        inner = next(
            (c for c in verb.head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None
        )
    if inner is None and addressee is not None:  # parsed as "guide [data centers to expand X]"
        inner = next(
            (c for c in addressee.children if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"),
            None,
        )
    return inner
