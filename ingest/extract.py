"""Targets and statistics from clauses: pure functions, no I/O, no model loading.

A clause may state a *target* when it looks forward: it has a deadline after
the document's date (its own, or one it inherits from its lead-in or section
heading), or a normative word ("shall", "aim to") with a figure, and nothing
marks it as past or present fact. Each figure in such a clause is then
decided on its own (``ingest.figures``): a target, or a statistic whose
``role`` says what it is instead (a projection, a sum of funding, a scope
count, a rule's parameter, a reported fact). A clause with a deadline and no
figure is a qualitative target. Figures anywhere else are statistics: never
targets. Table rows are read by row and column (``ingest.tables``), never
figure by figure.

A figure that only describes who is concerned ("plants with a capacity above
2 million tonnes shall ...") is not an aim. A document without a date still
tells the two apart: fact cues ("so far", "was", "rose") and, where no rule
decides, the tense of the clause's verbs (``ingest.tense``), read by the
statistical English pipeline the caller passes in (``ingest.pipeline.load_parser``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ingest.aims import extract_from_clause, states_fact
from ingest.classify import decide as decide_figures
from ingest.clause_dates import programme_year, reported_year
from ingest.dating import Scope, date_same_year, goals_section, is_future
from ingest.deadlines import (
    BaseYear,
    Deadline,
    find_base_years,
    find_deadlines,
    plan_end_year,
)
from ingest.enumeration import find_lead_in
from ingest.fact_cues import has_cue
from ingest.figure_fold import fold_clauses
from ingest.flat_table_records import flat_table_records, outside_table_cells
from ingest.lang import Grammar, english_patterns, load_grammar
from ingest.limits import check_time
from ingest.lines import LEAD_BULLET
from ingest.past_paragraphs import past_paragraph_facts
from ingest.pledge_parts import split_pledges
from ingest.quantities import find_quantities
from ingest.records import Clause, Document, Obligation, Statistic, Target
from ingest.speech import views_of_speakers
from ingest.tables import group_tables, table_records
from ingest.work_year import work_year_tasks

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["extract_from_clause", "extract_records", "states_fact"]

# A statement about the base year itself (an English cue, kept in ``ingest/lang/en.toml``).
_BASE_STATEMENT = english_patterns("clause_cues")["base_statement"]
# How far into a paragraph its opening deadline may stand ("“十四五”期间，" after a bullet).
_LEAD_CHARS = 40
# A clause that opens with a letter, a digit or a CJK character.
_WORD_START = re.compile(r"\w")


def _sibling_bases(clauses: Sequence[Clause], grammar: Grammar) -> dict[int, BaseYear]:
    """For each paragraph whose aims state exactly one base year, that base year."""
    found: dict[int, dict[int, BaseYear]] = {}
    for clause in clauses:
        if clause.kind == "aim":
            for base in find_base_years(clause.text, grammar):
                found.setdefault(clause.paragraph, {})[base.year] = base
    return {p: next(iter(b.values())) for p, b in found.items() if len(b) == 1}


def _stated_base(clauses: Sequence[Clause], grammar: Grammar) -> BaseYear | None:
    """The one base year a document states on its own, without a figure, if any."""
    found = {
        base.year: base
        for clause in clauses
        # a clause with no base year is passed before its figures are read
        if (bases := find_base_years(clause.text, grammar))
        # a statement about the base itself ("Base year (2015) emission level: 11.6 Mt"),
        # or a sentence with a base year and no figure of its own
        and (_BASE_STATEMENT.search(clause.text) or not find_quantities(clause.text, grammar))
        for base in bases
    }
    return next(iter(found.values())) if len(found) == 1 else None


def extract_records(
    document: Document,
    clauses: Sequence[Clause],
    *,
    types: Iterable[str] = ("target", "statistic"),
    grammar: Grammar | None = None,
    parser: Language | None = None,
) -> list[Target | Statistic | Obligation]:
    """Targets, statistics and obligations of a document's clauses, in document order.

    Args:
        document: the document the clauses come from (its date dates relative
            deadlines and tells future from past).
        clauses: output of ``split_clauses``.
        types: which record types to return.
        grammar: the language rules; defaults to the document's language.
        parser: the statistical English pipeline (``ingest.pipeline.load_parser()``):
            English obligations need it, and an undated English document uses the
            tense it tags; without it those clauses go undecided.

    Raises:
        ValueError: English obligations are wanted and no ``parser`` is given.
    """
    grammar = grammar or load_grammar(document.language)
    wanted = set(types)
    # Full-width figures read as ASCII, traditional Chinese as simplified; quotes stay original.
    fold, originals, clauses = fold_clauses(grammar.language, clauses)
    scope = Scope()
    scope.default_base = _stated_base(clauses, grammar)
    scope.aim_bases = _sibling_bases(clauses, grammar)
    scope.reported_year = reported_year(clauses, grammar, document.title)
    records: list[Target | Statistic | Obligation] = []
    facts: list[Statistic] = []  # figures reported, kept for ingest/work_year.py
    for clause in clauses if wanted & {"target", "statistic"} else ():
        check_time()
        is_heading = clause.kind in {"heading", "title"}
        _note_dates(scope, clause, grammar, document.year)
        for record in extract_from_clause(
            clause, grammar, doc_year=document.year, scope=scope, tagger=parser
        ):
            # A heading names a topic ("Targets for 2030"); only a figure or a dated
            # commitment ("Net zero by 2040") in it is a record.
            topic_only = is_heading and record.value is None and not _commits(clause.text, grammar)
            if record.type in wanted and not topic_only:
                records.append(record)
            elif isinstance(record, Statistic) and not is_heading:
                facts.append(record)
    if wanted & {"target", "statistic"}:
        for table in group_tables(clauses):
            records.extend(
                r for r in table_records(table, grammar, doc_year=document.year) if r.type in wanted
            )
        flat, cell_lines = flat_table_records(document, clauses, grammar)  # one cell per line
        records = outside_table_cells(records, document.text, cell_lines) + [
            r for r in flat if r.type in wanted
        ]
        records.sort(key=lambda r: r.start)  # stable: keeps document order within a clause
    records = _date_restated(records, clauses)
    records = date_same_year(records, {c.clause_id: c.paragraph for c in clauses}, grammar)
    records = past_paragraph_facts(records, clauses, grammar, document.year)
    records = decide_figures(records, clauses, document, grammar, wanted)  # learned 2nd opinion
    records = views_of_speakers(records, clauses, grammar)
    records = work_year_tasks(records, facts, clauses, document, grammar, wanted)
    # the document's text read as its clauses were (folding keeps every offset)
    text = fold(document.text) if originals else document.text
    records = split_pledges(records, text, grammar.language, document.year)
    if "statistic" not in wanted:
        records = [r for r in records if not isinstance(r, Statistic)]
    if "obligation" in wanted and grammar.language in {"en", "zh"}:
        # English obligations need a parse (only clauses with a deontic cue, by the model
        # passed in); Chinese ones are read by rules over the text (ingest/obligations/).
        from ingest.obligations import obligations_of_clauses

        nlp = parser if grammar.language == "en" else None
        records.extend(
            obligations_of_clauses(clauses, nlp=nlp, grammar=grammar, doc_year=document.year)
        )
        records.sort(key=lambda r: r.start)  # stable: keeps document order within a clause
    return [_unfolded(r, originals, fold) for r in records] if originals else records


def _unfolded(
    record: Target | Statistic | Obligation,
    originals: dict[str, Clause],
    fold: Callable[[str], str],
) -> Any:
    """``record`` quoting its clause's original text when the clause was folded."""
    original = originals.get(record.clause_id)
    if original is None or record.text != fold(original.text):
        return record
    return dataclasses.replace(record, text=original.text)


def _states(record: Target) -> bool:
    """Whether ``record``'s deadline is written in its own clause, not inherited."""
    return bool(record.deadline_text) and record.deadline_text in record.text


def _same_measure(a: Target, b: Target) -> bool:
    """Whether two targets name one measure: a metric in the other's clause, or two shared
    words of four letters or more ("clean power use", "clean annual power")."""
    if any(x.metric and x.metric.casefold() in y.text.casefold() for x, y in ((a, b), (b, a))):
        return True
    a_words, b_words = ({*re.findall(r"[^\W\d_][\w-]{3,}", x.metric.casefold())} for x in (a, b))
    return len(a_words & b_words) >= 2


def _own_dated(
    records: Sequence[Target | Statistic | Obligation], paragraph: dict[str, int]
) -> dict[tuple[int, float, str], Target]:
    """The first target of each paragraph, value and unit whose clause states its deadline."""
    found: dict[tuple[int, float, str], Target] = {}
    for record in records:
        if isinstance(record, Target) and record.value is not None and record.year is not None:
            if _states(record):
                key = (paragraph.get(record.clause_id, -1), record.value, record.unit)
                found.setdefault(key, record)
    return found


def _date_restated(
    records: list[Target | Statistic | Obligation], clauses: Sequence[Clause]
) -> list[Target | Statistic | Obligation]:
    """Give an undated target the year of the same figure restated with one.

    A bullet's bold title says "Lower costs by 70 percent" and its next sentence "by more
    than 70% by 2035": both are one aim, due in 2035. The same paragraph decides first;
    elsewhere in the document the figure must have been stated with one year only.
    """
    paragraph = {c.clause_id: c.paragraph for c in clauses}
    dated: dict[tuple[int, float, str], Target] = {}
    years: dict[tuple[float, str], set[int]] = {}
    for record in records:
        if isinstance(record, Target) and record.value is not None and record.year is not None:
            dated.setdefault(
                (paragraph.get(record.clause_id, -1), record.value, record.unit), record
            )
            years.setdefault((record.value, record.unit), set()).add(record.year)
            # elsewhere in the document, only a figure with one year is taken as restated
            dated.setdefault((-2, record.value, record.unit), record)
    if not dated:
        return records
    own = _own_dated(records, paragraph)
    # a list's introduction ends in a colon ("... and reach net zero by 2050:"); a sentence's
    # own lead-in ("到2029年，") is nearer than any restatement and keeps its date
    listed = {c.clause_id for c in clauses if c.context.rstrip().endswith((":", "："))}
    out: list[Target | Statistic | Obligation] = []
    for record in records:
        if isinstance(record, Target) and record.value is not None and record.year is not None:
            # dated only by the list's introduction, the figure its own paragraph states
            # with a deadline of its own is the same aim, due then, when it names the same
            # measure ("source 40% of power" is no "cut water use by 40% by 2026")
            twin = own.get((paragraph.get(record.clause_id, -1), record.value, record.unit))
            if (
                twin is not None
                and twin.year != record.year
                and record.clause_id in listed
                and not _states(record)
                and _same_measure(record, twin)
            ):
                record = dataclasses.replace(
                    record, year=twin.year, deadline_text=twin.deadline_text
                )
        if isinstance(record, Target) and record.value is not None and record.year is None:
            key = (paragraph.get(record.clause_id, -1), record.value, record.unit)
            twin = dated.get(key)
            if twin is None and len(years.get((record.value, record.unit), ())) == 1:
                twin = dated.get((-2, record.value, record.unit))
            if twin is not None:
                record = dataclasses.replace(
                    record, year=twin.year, deadline_text=twin.deadline_text,
                    base_year=record.base_year or twin.base_year,
                )  # fmt: skip
        out.append(record)
    return out


def _note_dates(scope: Scope, clause: Clause, grammar: Grammar, doc_year: int | None) -> None:
    """Note what ``clause`` dates for the clauses after it: a heading's deadlines, base years
    and indicator table, the plan's horizon, the goals section's year, the paragraph's lead."""
    if clause.kind in {"heading", "title"}:
        found = find_deadlines(clause.text, grammar, doc_year=doc_year)
        scope.headings[clause.text] = programme_year(clause.text, found, grammar, doc_year)
        scope.heading_bases[clause.text] = find_base_years(clause.text, grammar)
        if grammar.figures.indicator_heading.search(clause.text):
            scope.indicator_headings.add(clause.text)
    _note_horizon(scope, clause, grammar, doc_year)
    _note_goal_year(scope, clause, grammar, doc_year)
    _note_paragraph_lead(scope, clause, grammar, doc_year)


def _note_horizon(scope: Scope, clause: Clause, grammar: Grammar, doc_year: int | None) -> None:
    """Keep the last forward closing deadline a plan states ("到2025年，...", "By 2030, ...")
    as the horizon of its main indicators; a plan's title names one too ("十四五" -> 2025)."""
    for deadline in find_deadlines(clause.text, grammar, doc_year=doc_year):
        if deadline.kind == "closing" and deadline.year and is_future(deadline, doc_year):
            scope.horizon = deadline
    match = grammar.figures.plan_period.search(clause.text) if clause.kind == "title" else None
    if scope.horizon is None and match:
        year = plan_end_year(match, grammar)
        if year and (doc_year is None or year > doc_year):
            scope.horizon = Deadline(year, match.group(), match.start(), match.end(), "closing")


def _note_goal_year(scope: Scope, clause: Clause, grammar: Grammar, doc_year: int | None) -> None:
    """Keep the year a goals section sets: a forward closing deadline of its heading, of a
    lead-in, or opening a paragraph in it ("到2030年，……", "By 2030, the plan aims to:").
    A later heading of the same path starts the section afresh."""
    if clause.kind == "heading":
        scope.goal_years.pop(clause.section, None)
    goals = goals_section(clause.section, grammar)
    if goals is None:
        return
    lead = len(clause.text) if clause.kind == "heading" else find_lead_in(clause.text, grammar)
    scope.note_goal_year(
        goals,
        [
            d
            for d in find_deadlines(clause.text, grammar, doc_year=doc_year)
            if d.kind == "closing" and d.year and d.start < lead and is_future(d, doc_year)
        ],
    )


def _note_paragraph_lead(
    scope: Scope, clause: Clause, grammar: Grammar, doc_year: int | None
) -> None:
    """Keep the forward closing deadline a paragraph's first sentence opens with, after any
    bullet and before its first quantity ("（2）“十五五”时期，扶持……30个。……人均产值达到
    80万元。"): the paragraph's later aims with no date of their own are due then. A bullet
    number or a year is no quantity. A heading opens no paragraph. A shared lead-in that names
    the aims and opens with one ("主要目标是，到2025年，") is kept as the paragraph's goals lead
    (``Scope.goal_leads``) until a later closing deadline of the paragraph ends it."""
    if clause.kind in {"heading", "title"}:
        return
    lead_in = clause.context
    if not lead_in and grammar.goal.search(clause.text):  # only then is its lead-in read
        lead_in = clause.text[: find_lead_in(clause.text, grammar)]
    goal_lead = None
    if lead_in and grammar.goal.search(lead_in):
        goal_lead = _opening_deadline(lead_in, grammar, doc_year)
    if goal_lead is not None:
        scope.goal_leads[clause.paragraph] = goal_lead
    elif any(d.kind == "closing" for d in find_deadlines(clause.text, grammar, doc_year=doc_year)):
        scope.goal_leads.pop(clause.paragraph, None)  # "到2035年，……" ends the goals lead
    if clause.paragraph not in scope.paragraph_leads:
        # the first clause's lead-in opens the paragraph too ("到2027年，" before "实现……")
        opening = f"{clause.context} {clause.text}" if clause.context else clause.text
        scope.paragraph_leads[clause.paragraph] = _opening_deadline(opening, grammar, doc_year)
    _note_report(scope, clause, grammar, doc_year)


def _note_report(scope: Scope, clause: Clause, grammar: Grammar, doc_year: int | None) -> None:
    """Note whether ``clause`` belongs to a sentence that reports: a past date, a past plan
    period or a report's word (去年, 通报, “十三五”以来) in it or in an earlier clause of
    the same sentence."""
    text = f"{clause.context} {clause.text}"
    # Cheapest first: earlier clauses of the sentence, cue words, then every deadline pattern.
    now = (
        scope.reporting.get(clause.paragraph, (False, False))[0]
        or has_cue(grammar.historical, text)
        or has_cue(grammar.figures.lead_stop, text)
        or any(not is_future(d, doc_year) for d in _joined_deadlines(clause, grammar, doc_year))
    )
    ends = clause.text.rstrip().endswith(("。", "！", "？", "!", "?"))
    scope.reporting[clause.paragraph] = (now and not ends, now)


def _joined_deadlines(clause: Clause, grammar: Grammar, doc_year: int | None) -> list[Deadline]:
    """The deadlines of ``clause`` read with its lead-in in front, for their years and kinds.

    With no lead-in the joined text is the clause behind one space. Every deadline pattern
    reads that as it reads the clause alone when the clause opens with a word character
    (a pattern anchored at a line's start lets a few non-word characters stand before its
    year, and the space is one of them), so the clause's own deadlines, which the clause's
    other notes have usually read already, give the same years and kinds."""
    if not clause.context and _WORD_START.match(clause.text):
        return find_deadlines(clause.text, grammar, doc_year=doc_year)
    return find_deadlines(f"{clause.context} {clause.text}", grammar, doc_year=doc_year)


def _opening_deadline(text: str, grammar: Grammar, doc_year: int | None) -> Deadline | None:
    """The forward closing deadline ``text`` opens with, after any bullet and before its
    first quantity, or None."""
    text = LEAD_BULLET.sub("", text, count=1)
    near = [
        d
        for d in find_deadlines(text, grammar, doc_year=doc_year)
        if d.kind == "closing" and d.year and d.start < _LEAD_CHARS and is_future(d, doc_year)
    ]
    if not near:  # most texts: no quantity can matter, so none is looked for
        return None
    quantities = find_quantities(text, grammar)
    stop = quantities[0].start if quantities else len(text)
    return next((d for d in near if d.start < stop), None)


def _commits(text: str, grammar: Grammar) -> bool:
    """A heading-like line that is itself a pledge: "Net zero by 2040", "Carbon neutral by 2030"."""
    closing = any(d.kind == "closing" for d in find_deadlines(text, grammar))
    return closing and bool(grammar.pledge.search(text) or grammar.aim_verb.search(text))
