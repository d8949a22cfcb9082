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

import bisect
import dataclasses
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from ingest.classify import decide as decide_figures
from ingest.deadlines import BaseYear, Deadline, find_base_years, find_deadlines
from ingest.figures import figure_role, is_direct_aim
from ingest.lang import Grammar, load_grammar
from ingest.limits import check_time
from ingest.metrics import DIRECTION_WINDOW, clean_phrase, direction_of, metric_of, sector_of
from ingest.quantities import Quantity, find_quantities
from ingest.records import Clause, Document, Obligation, Statistic, Target
from ingest.tables import group_tables, table_records
from ingest.tense import states_past

if TYPE_CHECKING:
    from spacy.language import Language

_MODAL = re.compile(r"\b(?:will|shall|should|must|is\s+to|are\s+to)\b", re.IGNORECASE)
# A figure inside a "with ..." / "whose ..." phrase describes the subject.
_QUALIFIER = re.compile(r"\b(?:with|whose|having)\b[^,;]*$", re.IGNORECASE)
# How far before a figure its qualifier is looked for: a bounded window keeps the time
# per figure independent of the sentence's length.
_QUALIFIER_WINDOW = 600
_BASE_STATEMENT = re.compile(
    r"^\W*(?:base(?:line)?|basis|reference)(?:[-\s]year)?\b", re.IGNORECASE
)
# What separates one aim's figure from another aim's deadline.
_CLAUSE_BREAK = re.compile(r"[;；]|,\s*(?:and|while|but)\b|，", re.IGNORECASE)


def _is_future(deadline: Deadline, doc_year: int | None) -> bool:
    """Whether a deadline lies after the document's date.

    Without a document date every dated deadline counts as forward; whether
    the clause states a fact instead is decided by the caller (fact cues, and
    the tense of its verbs).
    """
    if deadline.year is None:
        return deadline.kind == "relative"
    if doc_year is None:
        return True
    return deadline.year > doc_year or (deadline.year == doc_year and deadline.kind == "closing")


def _is_label(deadline: Deadline, text: str) -> bool:
    return deadline.text.endswith(":") or ":" in text[deadline.end : deadline.end + 3]


def _nearest(
    items: Sequence[Deadline],
    position: int,
    text: str,
    quantities: Sequence[Quantity] = (),
) -> Deadline | None:
    """The deadline of a figure at ``position``.

    The one right after it ("40% by 2029 and 60% by 2044"), unless a clause
    break separates them and a deadline stands before the figure ("by FY2030,
    cut emissions by 72%, and aim for net zero by FY2050"), or another figure
    stands between them and takes it: in "20% by 2025, rising to 35% by 2030"
    and "by 2025 a 20% share, rising to 35% by 2030" the later year is the
    second figure's.
    """
    # A label ("2050: 80% below 1990 levels") dates what follows it, never what precedes it.
    after = [d for d in items if d.start >= position and not _is_label(d, text)]
    before = [d for d in items if d.end <= position]
    preceding = max(before, key=lambda d: d.end) if before else None
    # A deadline is clear when no figure lies wholly between this one and it.
    first_end = _first_end_after(quantities, position)
    clear = [d for d in after if first_end is None or first_end > d.start]
    if preceding is not None:
        # Another figure between this one and the next deadline takes that deadline.
        after = clear
    following = min(after, key=lambda d: d.start) if after else None
    if following and preceding and _CLAUSE_BREAK.search(text[position : following.start]):
        return preceding
    if preceding and _is_label(preceding, text):
        return preceding  # "2024 target: 32% reduction" labels what follows
    if (
        preceding
        and re.search(r"target|goal|objective|ambition|目标", preceding.text, re.IGNORECASE)
        and position - preceding.end < _NAMED_TARGET_GAP
    ):
        return preceding  # "the EU 2030 climate target of at least 55%, ... neutrality in 2050"
    return following or preceding


def _first_end_after(quantities: Sequence[Quantity], position: int) -> int | None:
    """The smallest end of a figure starting after ``position`` (None if there is none).

    Figures come in order of their start, so a binary search finds the first one, and
    only figures starting before the best end found so far can end earlier: the cost
    per figure does not grow with the number of figures in the sentence.
    """
    index = bisect.bisect_right(quantities, position, key=lambda q: q.start)
    best: int | None = None
    for quantity in quantities[index:]:
        if best is not None and quantity.start >= best:
            break
        if quantity.start > position and (best is None or quantity.end < best):
            best = quantity.end
    return best


def _strip_lead(text: str, deadlines: Iterable[Deadline]) -> str:
    """A qualitative aim without its leading deadline: "by 2035, X will ..." -> "X will ..."."""
    for deadline in deadlines:
        if deadline.start < 40:
            rest = text[deadline.end :]
            if rest.lstrip().startswith(","):
                return clean_phrase(rest.lstrip()[1:])
    return clean_phrase(text)


class _Scope:
    """What applies from above: deadlines and base years of section headings, and a
    base year the document states once for all its targets ("The baseline year for
    all targets is 2016.")."""

    def __init__(self) -> None:
        self.headings: dict[str, list[Deadline]] = {}
        self.heading_bases: dict[str, list[BaseYear]] = {}
        self.default_base: BaseYear | None = None
        self.aim_bases: dict[int, BaseYear] = {}  # paragraph -> the one base its aims state

    def from_sections(self, section: tuple[str, ...]) -> Deadline | None:
        for label in reversed(section):
            found = self.headings.get(label)
            if found:
                return found[-1]
        return None

    def base_from_sections(self, section: tuple[str, ...]) -> BaseYear | None:
        for label in reversed(section):
            found = self.heading_bases.get(label)
            if found:
                return found[0]
        return self.default_base


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
        # a statement about the base itself ("Base year (2015) emission level: 11.6 Mt"),
        # or a sentence with a base year and no figure of its own
        if _BASE_STATEMENT.search(clause.text) or not find_quantities(clause.text, grammar)
        for base in find_base_years(clause.text, grammar)
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
    scope = _Scope()
    scope.default_base = _stated_base(clauses, grammar)
    scope.aim_bases = _sibling_bases(clauses, grammar)
    records: list[Target | Statistic | Obligation] = []
    for clause in clauses if wanted & {"target", "statistic"} else ():
        check_time()
        is_heading = clause.kind in {"heading", "title"}
        if is_heading:
            scope.headings[clause.text] = find_deadlines(
                clause.text, grammar, doc_year=document.year
            )
            scope.heading_bases[clause.text] = find_base_years(clause.text, grammar)
        for record in extract_from_clause(
            clause, grammar, doc_year=document.year, scope=scope, tagger=parser
        ):
            # A heading names a topic ("Targets for 2030"); only a figure or a dated
            # commitment ("Net zero by 2040") in it is a record.
            topic_only = is_heading and record.value is None and not _commits(clause.text, grammar)
            if record.type in wanted and not topic_only:
                records.append(record)
    if wanted & {"target", "statistic"}:
        for table in group_tables(clauses):
            records.extend(
                r for r in table_records(table, grammar, doc_year=document.year) if r.type in wanted
            )
        records.sort(key=lambda r: r.start)  # stable: keeps document order within a clause
    records = _date_restated(records, clauses)
    records = decide_figures(records, clauses, document, grammar, wanted)  # learned 2nd opinion
    if "obligation" in wanted and grammar.language in {"en", "zh"}:
        # English obligations need a parse; only clauses with a deontic cue are parsed, by
        # the statistical model passed in. Chinese ones are read by rules over the text
        # (see ingest/obligations/).
        from ingest.obligations import obligations_of_clauses

        nlp = parser if grammar.language == "en" else None
        records.extend(
            obligations_of_clauses(clauses, nlp=nlp, grammar=grammar, doc_year=document.year)
        )
        records.sort(key=lambda r: r.start)  # stable: keeps document order within a clause
    return records


_SHORT_LINE = 24
# How far a "2030 target" may stand before the figure it names ("2030 target of at least").
_NAMED_TARGET_GAP = 40


def _flattened_table(text: str) -> bool:
    """A run of short lines, most of them numbers: a table whose layout was lost (PDF text)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 6:
        return False
    short = [line for line in lines if len(line) <= _SHORT_LINE]
    numeric = [line for line in short if re.search(r"\d", line)]
    return len(short) >= 0.8 * len(lines) and len(numeric) >= 0.5 * len(lines)


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
    out: list[Target | Statistic | Obligation] = []
    for record in records:
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


def _commits(text: str, grammar: Grammar) -> bool:
    """A heading-like line that is itself a pledge: "Net zero by 2040", "Carbon neutral by 2030"."""
    closing = any(d.kind == "closing" for d in find_deadlines(text, grammar))
    return closing and bool(grammar.pledge.search(text) or grammar.aim_verb.search(text))


def extract_from_clause(
    clause: Clause,
    grammar: Grammar,
    *,
    doc_year: int | None,
    scope: _Scope | None = None,
    tagger: Language | None = None,
) -> Iterator[Target | Statistic]:
    """Records of one clause (see the module docstring for the rules).

    ``tagger`` (an English spaCy pipeline with a tagger) reads the tense of an
    undated clause that no rule decides; without it such a clause is not a fact.
    """
    if clause.kind == "row":
        return  # a table's cells are read with their row and column (ingest.tables)
    text = clause.text
    if re.fullmatch(r"\W*\d{1,4}\W*", text):
        return  # a page or note number on a line of its own
    if _flattened_table(text):
        return  # cells of a table flattened to one per line: no row or column to read them by
    own = find_deadlines(text, grammar, doc_year=doc_year)
    inherited = find_deadlines(clause.context, grammar, doc_year=doc_year) if clause.context else []
    heading = scope.from_sections(clause.section) if scope else None
    bases: list[BaseYear] = find_base_years(text, grammar) or (
        find_base_years(clause.context, grammar) if clause.context else []
    )
    if (
        not bases
        and scope is not None
        and clause.kind == "aim"
        and clause.paragraph in scope.aim_bases
    ):
        # "20% by 2030; 50% by 2040; 80% by 2050 (baseline: 2005)": one base for the list
        bases = [scope.aim_bases[clause.paragraph]]
    if not bases and scope is not None:
        inherited_base = scope.base_from_sections(clause.section)
        bases = [inherited_base] if inherited_base else []
    quantities = find_quantities(text, grammar)
    forward_words = bool(grammar.future.search(text) or grammar.normative.search(text))
    past = [d for d in own if d.year is not None and not _is_future(d, doc_year)]
    future_own = [d for d in own if _is_future(d, doc_year)]
    historical = bool(grammar.historical.search(text) or grammar.projection.search(text))
    if (
        doc_year is None
        and not historical
        and not forward_words
        and grammar.language == "en"
        and any(d.kind == "point" for d in own)
    ):
        # "The country added 52 GW in 2021": with no date and no cue either way,
        # the verb's tense decides.
        historical = bool(states_past(text, tagger))
    if historical and forward_words and not past and future_own:
        # "has already embarked on ..., with the aim of a 35% cut by 2040": the dated aim
        # wins; a projection does too when it serves a stated goal ("expected to become
        # central to the shared goal of carbon neutrality by 2050").
        projection = bool(grammar.projection.search(text))
        dated = any(d.kind == "closing" for d in future_own)
        historical = projection and not (
            dated or grammar.pledge.search(text) or grammar.goal.search(text)
        )
    fallback = next((d for d in reversed(inherited) if _is_future(d, doc_year)), None)
    if fallback is None and heading is not None and _is_future(heading, doc_year):
        fallback = heading
    forward = bool(future_own) or (fallback is not None and not past)
    normative = bool(grammar.normative.search(text) or grammar.normative.search(clause.context))
    is_target = not historical and (forward or (normative and bool(quantities) and not past))
    # "The plan will modernise 20,000 miles of roads": no date and no normative word, but
    # an aim verb acts on the figure; only such figures are aims then.
    direct_only = (
        not is_target
        and not historical
        and not past
        and bool(quantities)
        and bool(grammar.future.search(text))
        and any(is_direct_aim(text, q.start, grammar) for q in quantities)
    )
    is_target = is_target or direct_only
    common = {
        "doc_id": clause.doc_id,
        "clause_id": clause.clause_id,
        "text": text,
        "start": clause.start,
        "end": clause.end,
    }
    if is_target:
        if not quantities:
            # Noun-phrase aims count too: "Climate neutrality by 2050", "net zero by 2040".
            aim_words = (grammar.predicate_cue, grammar.future, grammar.aim_verb, grammar.pledge)
            if not forward or not any(p.search(text) for p in aim_words):
                return
            if text.rstrip().endswith((":", "：")):
                return  # the lead-in of a list: its items are the aims
            metric = _strip_lead(text, own)
            # "net zero by 2040 and zero carbon by 2050": one aim per deadline.
            closing = [d for d in future_own if d.kind != "point"] or future_own[:1]
            own_base = find_base_years(text, grammar)  # only a base the aim itself states
            for deadline in closing or [fallback]:
                yield _qualitative(
                    metric, deadline, clause, grammar, common, own_base[0] if own_base else None
                )
            return
        aims = _targets_only(text, quantities)
        if not aims:
            # every figure only describes who is concerned ("plants with a capacity
            # above 2 million tonnes shall complete ..."): the aim has no figure
            if forward:
                yield _qualitative(
                    _strip_lead(text, own), (future_own or [fallback])[0], clause, grammar, common
                )
            return
        used: set[int] = set()
        for quantity in aims:
            role = figure_role(text, quantity.start, quantity.end, quantity.unit, grammar)
            direct = is_direct_aim(text, quantity.start, grammar)
            if direct_only and role == "target" and not direct:
                role = "reported"
            if role != "target":
                yield _statistic(quantity, text, clause, grammar, common, role, own, inherited,
                                 doc_year, quantities)  # fmt: skip
                continue
            deadline = _nearest(future_own, quantity.start, text, quantities) or fallback
            if deadline is not None:
                used.add(deadline.start)
            base = min(bases, key=lambda b: abs(b.start - quantity.end)) if bases else None
            metric = metric_of(text, quantity, grammar)
            yield Target(
                metric=metric, value=quantity.value, unit=quantity.unit,
                value_text=quantity.value_text, comparator=quantity.comparator,
                direction="decrease" if quantity.negative else direction_of(
                    text[max(0, quantity.start - DIRECTION_WINDOW) : quantity.start],
                    text[quantity.end : quantity.end + DIRECTION_WINDOW], grammar,
                ),
                year=deadline.year if deadline else None,
                base_year=base.year if base else None,
                deadline_text=deadline.text if deadline else "",
                sector=sector_of(metric, text, clause.context, grammar=grammar),
                value_high=quantity.high, **common,
            )  # fmt: skip
        # "cut emissions by 50% by 2030 and reach carbon neutrality by 2050": the
        # second aim has no figure but its own deadline.
        for deadline in future_own:
            if deadline.start in used or deadline.kind == "point":
                continue
            conjunct = _conjunct_before(text, deadline, quantities)
            if conjunct and (
                grammar.pledge.search(conjunct) or grammar.predicate_cue.search(conjunct)
            ):
                yield _qualitative(conjunct, deadline, clause, grammar, common)
        return
    for quantity in quantities:
        role = figure_role(text, quantity.start, quantity.end, quantity.unit, grammar)
        yield _statistic(
            quantity, text, clause, grammar, common, "reported" if role == "target" else role,
            own, inherited, doc_year, quantities,
        )  # fmt: skip


def _statistic(
    quantity: Quantity,
    text: str,
    clause: Clause,
    grammar: Grammar,
    common: dict,
    role: str,
    own: Sequence[Deadline],
    inherited: Sequence[Deadline],
    doc_year: int | None,
    quantities: Sequence[Quantity],
) -> Statistic:
    """A figure that is not an aim, with the year it is stated for, if any."""
    past = [d for d in own if d.year is not None and not _is_future(d, doc_year)]
    if role == "reported":
        # The year a figure is stated for ("In 2023", "by 2023 ... had been built").
        year = past[0].year if past else (own[0].year if own else None)
        if year is None:
            year = next((d.year for d in inherited if d.year and not _is_future(d, doc_year)), None)
    else:
        # A projection, a sum or a rule's term is dated by the deadline next to it, if any.
        nearest = _nearest(list(own), quantity.start, text, quantities)
        year = nearest.year if nearest else None
    metric = metric_of(text, quantity, grammar)
    return Statistic(
        metric=metric, value=quantity.value, unit=quantity.unit,
        value_text=quantity.value_text, comparator=quantity.comparator, year=year,
        sector=sector_of(metric, text, grammar=grammar), role=role, **common,
    )  # fmt: skip


def _qualitative(
    metric: str,
    deadline: Deadline | None,
    clause: Clause,
    grammar: Grammar,
    common: dict,
    base: BaseYear | None = None,
) -> Target:
    return Target(
        metric=metric, value=None, unit="", value_text="", comparator=None, direction=None,
        year=deadline.year if deadline else None, base_year=base.year if base else None,
        deadline_text=deadline.text if deadline else "",
        sector=sector_of(metric, clause.text, clause.context, grammar=grammar), **common,
    )  # fmt: skip


def _conjunct_before(text: str, deadline: Deadline, quantities: Sequence[Quantity]) -> str:
    """The coordinated phrase that ends with ``deadline`` and holds no figure."""
    start = 0
    for match in re.finditer(
        r"[;,(]|\band\b|\bwhile\b|\bthen\b|\bto\b(?=\s+(?:become|achieve|reach|be)\b)",
        text[: deadline.start],
    ):
        start = match.end()
    if any(start <= q.start < deadline.end for q in quantities):
        return ""
    return clean_phrase(text[start : deadline.end])


def _targets_only(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The figures that are aims.

    Drops starting levels of a "from X to Y" change (Y is the target, X the
    baseline), and figures that qualify the subject before its modal verb
    ("all plants with a capacity above 2 million tonnes shall complete ...").
    """
    modal = _MODAL.search(text)
    kept = []
    for i, quantity in enumerate(quantities):
        if (
            modal
            and quantity.end <= modal.start()
            and _QUALIFIER.search(text[max(0, quantity.start - _QUALIFIER_WINDOW) : quantity.start])
        ):
            continue
        before = text[max(0, quantity.start - 6) : quantity.start].lower()
        following = quantities[i + 1] if i + 1 < len(quantities) else None
        if (
            re.search(r"\bfrom\s*$", before)
            and following
            and re.search(r"\bto\s*$", text[quantity.end : following.start].lower()[-25:] or "")
        ):
            continue
        kept.append(quantity)
    return kept
