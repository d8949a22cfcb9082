"""Obligations in the knowledge base: who must, may or must not do what.

Pure query and format functions over a ``KnowledgeBase``; the ``policykb
obligations`` command and the web app's Obligations tab both call them, so the
terminal, the table and the downloads list the same records.

Example:
    >>> records = list_obligations(kb, actor="data cent", modality=["encouragement"])
    >>> print(obligations_markdown(records, doc_titles(kb)))
    ## Data centers
    <BLANKLINE>
    - [ ] **encouragement** — expand the proportion of green energy utilization — *China …*
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

from ingest.records import Modality, Obligation, columns, split_section
from kb.errors import ConfigError

if TYPE_CHECKING:
    from kb.service import KnowledgeBase

#: The modality values the extractor writes, in the order the checklist explains them.
MODALITIES: tuple[str, ...] = get_args(Modality)

#: Checklist heading for obligations whose actor the text leaves unnamed
#: ("Accelerate the transformation of …", passive "shall be reported").
NO_ACTOR = "(no named actor)"

#: Columns of the CSV export and of each JSONL line's keys, in reading order: the
#: document's title, then the ``Obligation`` fields (any field not named here follows).
COLUMNS = columns(
    ("document", "section", "modality", "actor", "action", "object", "condition", "year",
     "deadline_text", "doc_id", "clause_id", "start", "end", "text"),
    [Obligation],
    skip=["type"],
)  # fmt: skip

# The head of an article-like label: "Article 11", "Art. 3a", "Section 5", "§ 4", "第六条",
# "15.—(1)" (a UK regulation with its first paragraph).
_ARTICLE = re.compile(
    r"^(?:(?:article|art\.|section|regulation|rule|§)\s*\d+[a-z]?|第[一二三四五六七八九十百零〇两\d]+条"
    r"|\d{1,3}\.\s*[—–]\s*(?:\(\d{1,3}\))?)",
    re.IGNORECASE,
)
_UK_REGULATION = re.compile(r"^(?P<n>\d{1,3})\.\s*[—–]\s*(?:\((?P<p>\d{1,3})\))?")
# A paragraph or point number under it: "1", "1.", "(2)", "(a)", "（一）".
_PARAGRAPH = re.compile(r"^[(（]?(?P<n>\d{1,3}|[a-z]{1,4}|[一二三四五六七八九十]+)[)）.]?(?:\s|$)")
# Markdown punctuation a clause could use to make links, emphasis or HTML in the checklist.
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]<>#|~])")


def parse_modalities(values: Iterable[str]) -> tuple[str, ...]:
    """Modality names from values that may each be comma-separated ("obligation,permission").

    Raises:
        ConfigError: a value is not one of ``MODALITIES``; the message lists the valid ones.
    """
    names = [part.strip().lower() for value in values for part in str(value).split(",")]
    names = [n for n in names if n]
    bad = [n for n in names if n not in MODALITIES]
    if bad:
        raise ConfigError(
            f'modality "{", ".join(bad)}" is invalid; '
            f"choose one or more of: {', '.join(MODALITIES)}"
        )
    return tuple(dict.fromkeys(names))


def list_obligations(
    kb: KnowledgeBase,
    *,
    actor: str = "",
    modality: Sequence[str] = (),
    docs: Sequence[str] = (),
    year_from: int | None = None,
    year_to: int | None = None,
) -> list[Obligation]:
    """Obligation records passing the filters, in the order they were stored.

    Args:
        kb: a ``KnowledgeBase``.
        actor: case-insensitive substring of the actor ("data cent" finds "data centers").
        modality: keep only these modalities (comma-separated values allowed); empty means all.
        docs: doc_id prefixes or paths (see ``Store.resolve_docs``); empty means all documents.
        year_from: keep obligations due in or after this year (undated ones drop out).
        year_to: keep obligations due in or before this year (undated ones drop out).

    Raises:
        ConfigError: an unknown modality.
        IndexNotFoundError: a ``docs`` entry matches no document.
    """
    wanted = parse_modalities(modality)
    doc_ids: list[str] = []
    for spec in docs:
        doc_ids += kb.store.resolve_docs(spec)
    needle = actor.strip().lower()
    out = []
    for record in kb.store.records(record_type="obligation", doc_ids=tuple(dict.fromkeys(doc_ids))):
        if not isinstance(record, Obligation):
            continue
        if wanted and record.modality not in wanted:
            continue
        if needle and needle not in (record.actor or "").lower():
            continue
        if year_from is not None or year_to is not None:
            if record.year is None:
                continue
            if (year_from is not None and record.year < year_from) or (
                year_to is not None and record.year > year_to
            ):
                continue
        out.append(record)
    return out


def doc_titles(kb: KnowledgeBase) -> dict[str, str]:
    """``doc_id -> title`` (the file name when a document has no title)."""
    return {d.doc_id: d.title or Path(d.path).name for d in kb.docs()}


def obligation_rows(records: Iterable[Obligation], titles: dict[str, str]) -> list[dict[str, Any]]:
    """One flat dict per record, keyed by ``COLUMNS`` (for CSV, JSON and tables)."""
    return [
        {"document": titles.get(r.doc_id, r.doc_id), **{c: getattr(r, c) for c in COLUMNS[1:]}}
        for r in records
    ]


def obligations_markdown(records: Iterable[Obligation], titles: dict[str, str]) -> str:
    """A Markdown checklist of ``records``, one ``##`` section per actor.

    Actors are grouped case-insensitively and sorted; obligations without a
    named actor come last under ``NO_ACTOR``. Text taken from documents has its
    Markdown punctuation escaped, so a clause cannot add links or HTML.

    Example:
        ``## Data centers`` then
        ``- [ ] **encouragement** — expand the proportion of green energy utilization
        (by 2030) — *Guiding Opinions*, clause 3f2a9c…``
    """
    groups: dict[str, tuple[str, list[Obligation]]] = {}
    for record in records:
        name = " ".join((record.actor or "").split())
        key = _actor_key(name)
        if key not in groups:
            groups[key] = (name[:1].upper() + name[1:] if name else NO_ACTOR, [])
        groups[key][1].append(record)
    if not groups:
        return "_No obligations match._\n"
    order = sorted((k for k in groups if k), key=str.casefold) + ([""] if "" in groups else [])
    lines: list[str] = []
    for key in order:
        heading, items = groups[key]
        lines.append(f"## {_md(heading) if key else heading}")
        lines.append("")
        lines += [_checklist_item(r, titles) for r in items]
        lines.append("")
    return "\n".join(lines)


def _checklist_item(record: Obligation, titles: dict[str, str]) -> str:
    action = " ".join(record.action.split()) or " ".join(record.text.split())
    when = " ".join(record.deadline_text.split()) or (f"by {record.year}" if record.year else "")
    parts = [f"- [ ] **{record.modality}** — {_md(action)}"]
    if when:
        parts.append(f" ({_md(when)})")
    if record.condition:
        parts.append(f" — {_md(' '.join(record.condition.split()))}")  # keeps its "if"/"where"
    title = titles.get(record.doc_id, record.doc_id)
    where = provision(record.section)
    parts.append(
        f" — *{_md(title)}*{', ' + _md(where) if where else ''}, clause {record.clause_id}"
    )
    return "".join(parts)


def provision(section: str) -> str:
    """The provision a section path points to, as a lawyer cites it.

    "Chapter II > Article 11 Assessment of countries > 1 > (a)" -> "Article 11(1)(a)";
    "第二章 用水管理 > 第六条" -> "第六条"; a path without an article gives its last
    element, shortened.
    """
    labels = split_section(section)
    for n in range(len(labels) - 1, -1, -1):
        article = _ARTICLE.match(labels[n])
        if article is None:
            continue
        cited = article.group().strip()
        numbers = []
        for label in labels[n + 1 :]:
            number = _PARAGRAPH.match(label)
            if number is None:
                break
            numbers.append(number.group("n"))
        uk = _UK_REGULATION.match(cited)
        if uk is not None:  # "6.—(1)" then "(2)": regulation 6(2), a sibling of (1)
            cited = uk.group("n")
            if uk.group("p") and not (numbers and numbers[0].isdigit()):
                numbers.insert(0, uk.group("p"))
        return cited + "".join(f"({number})" for number in numbers)
    label = labels[-1] if labels else ""
    return label if len(label) <= 60 else label[:57].rstrip() + "…"


def _md(text: str) -> str:
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)


def _actor_key(name: str) -> str:
    """Group "Member State" with "Member States": lower case, the last word without a plural s."""
    key = name.lower()
    if key.endswith("s") and not key.endswith("ss") and len(key.rsplit(" ", 1)[-1]) > 3:
        key = key[:-1]
    return key
