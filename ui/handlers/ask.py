"""The Ask tab: answer a question in the chat, and list its sources with clauses marked.

Chat messages are escaped Markdown (``md_text``) and source cards escaped HTML,
so document text can neither inject HTML nor turn its words into links.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import gradio as gr

from kb.qa import Answer, Source, render_record
from kb.render import language_of, short_section
from ui.handlers.common import _year, esc, highlight_clauses, user_errors

if TYPE_CHECKING:
    from kb.service import KnowledgeBase

NOT_ANSWERED = "Not answered by the indexed documents."

_LANGUAGE_NAMES = {"en": "English", "zh": "Chinese"}

_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]()#!|~])")


def md_text(text: str) -> str:
    """``text`` for a Markdown-rendered chat message, shown exactly as written.

    HTML is escaped, and so is Markdown punctuation, so a document cannot turn its
    words into links (``[x](javascript:…)``), images, emphasis or code.
    """
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", html.escape(text, quote=False))


@user_errors
def ask(
    kb: KnowledgeBase,
    question: str,
    history: list[dict[str, Any]] | None,
    doc_id: str = "",
    year_from: Any = None,
    year_to: Any = None,
    language: str = "",
    *,
    top_k: int = 5,
) -> tuple[list[dict[str, Any]], str, str]:
    """Answer ``question``: returns (chat history, sources HTML, cleared question box).

    Chat messages are ``{"role", "content"}`` dicts (Gradio 6's only format);
    the content is escaped Markdown, so document text cannot inject HTML. A blank
    question changes nothing (the Ask button is disabled for it anyway).
    """
    history = list(history or [])
    question = question or ""
    if not question.strip():
        return history, gr.skip(), ""
    lo, hi = _year(year_from), _year(year_to)
    lang = "" if (language or "any") == "any" else language
    filters = kb.filters(docs=[doc_id] if doc_id else (), year_from=lo, year_to=hi, language=lang)
    ans = kb.ask(question, top_k=top_k, filters=filters)
    scope = filters_text(kb, doc_id, lo, hi, lang)
    history.append({"role": "user", "content": md_text(" ".join(question.split()))})
    history.append({"role": "assistant", "content": answer_markdown(ans, filters_text=scope)})
    return history, sources_html(kb, ans, filters_text=scope), ""


def filters_text(
    kb: KnowledgeBase,
    doc_id: str = "",
    year_from: int | None = None,
    year_to: int | None = None,
    language: str = "",
) -> str:
    """The active filters in words ("the document X, target years 2025–2030"), "" for none."""
    parts = [f"documents in {_LANGUAGE_NAMES.get(language, language)}"] if language else []
    if doc_id:
        titles = {d.doc_id: d.title or d.path for d in kb.docs()}
        parts.append(f"the document “{titles.get(doc_id, doc_id)}”")
    if year_from is not None and year_to is not None:
        parts.append(f"target years {year_from}–{year_to}")
    elif year_from is not None:
        parts.append(f"target years from {year_from}")
    elif year_to is not None:
        parts.append(f"target years up to {year_to}")
    return ", ".join(parts)


def welcome_html(kb: KnowledgeBase) -> str:
    """What the Sources panel shows before the first question (a hint when the store is empty)."""
    if not kb.docs():
        return (
            "<p>No documents are indexed yet. Add some in the <strong>Documents</strong> tab, "
            f"or run <code>policykb ingest corpus/ --db {esc(kb.settings.db_dir)}</code> "
            "and restart.</p>"
        )
    return "<p>Sources of the latest answer appear here.</p>"


def answer_markdown(ans: Answer, *, filters_text: str = "") -> str:
    """The chat reply: the answer lines (escaped), or the refusal.

    Each ``[n]`` becomes a link to its source card's mark (``#pkb-src-n``), with
    the cited clause as its hover title.
    """
    if not ans.answered:
        why = ans.reason or "none of the passages found is close enough to the question"
        scope = f" (searched only {md_text(filters_text)})" if filters_text else ""
        return (
            f"**{NOT_ANSWERED}** {md_text(why[0].upper() + why[1:])}{scope}; "
            "the nearest passages are listed under Sources."
        )
    clauses = {s.n: s.text for s in ans.sources}

    def link(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if n not in clauses:
            return match.group(0)
        title = " ".join(clauses[n].split())[:200].replace('"', "'").replace("\\", "/")
        return f'[\\[{n}\\]](#pkb-src-{n} "{title}")'

    lines = (md_text(line) for line in ans.text.splitlines())
    return "  \n".join(_CITATION.sub(link, line) for line in lines)


_CITATION = re.compile(r"\\\[(\d{1,2})\\\]")


def sources_html(kb: KnowledgeBase, ans: Answer, *, filters_text: str = "") -> str:
    """Source cards, one per passage: sources from the same paragraph share a card,
    each cited clause marked and labelled ``[n]``; heading-only sources are left out.

    Each mark carries the anchor ``pkb-src-N`` that the answer's ``[N]`` links to.
    """
    parts = ['<div class="pkb-sources">']
    if not ans.answered:
        scope = f" within {esc(filters_text)}" if filters_text else ""
        parts.append(
            f'<p class="pkb-refusal"><strong>{esc(NOT_ANSWERED)}</strong> '
            f"Nearest passages{scope}, too weak to answer:</p>"
        )
    elif ans.records:
        parts.append("<p><strong>Matching targets</strong></p><ul class='pkb-records'>")
        lang = language_of(ans.question)
        parts += [f"<li>{esc(render_record(r, lang))}</li>" for r in ans.records]
        parts.append("</ul>")
    cards = passage_groups(ans.sources)
    if not cards:
        scope = f" ({esc(filters_text)})" if filters_text else ""
        parts.append(f"<p>No passage matched the filters{scope}.</p>")
    for group in cards:
        parts.append(_passage_card(kb, group))
    parts.append("</div>")
    return "\n".join(parts)


def passage_groups(sources: Sequence[Source]) -> list[list[Source]]:
    """Sources grouped by the paragraph they sit in, in order of their best number.

    A source that is only a heading or a title is dropped unless it is ``[1]``
    (the quoted one) or its paragraph has no other source; two sources of one
    paragraph become one group.
    """
    groups: dict[tuple[str, int | str], list[Source]] = {}
    for source in sources:
        where: int | str = source.paragraph if source.paragraph >= 0 else source.clause_id
        groups.setdefault((source.doc_id, where), []).append(source)
    kept = []
    for members in groups.values():
        body = [s for s in members if s.kind not in ("heading", "title") or s.n == 1]
        if body:
            kept.append(body)
    return kept


def _strength_badge(source: Source) -> str:
    if not source.strength:
        return ""
    number = source.relevance if source.relevance is not None else source.score
    what = "reranker probability" if source.relevance is not None else "retrieval score"
    label = {"strong": "strong match", "partial": "partial match", "weak": "weak match"}
    return (
        f'<span class="pkb-strength pkb-{source.strength}" title="{what} {number:.2f}">'
        f"{label.get(source.strength, source.strength)}</span>"
    )


def _passage_card(kb: KnowledgeBase, group: Sequence[Source]) -> str:
    first = group[0]
    section = " › ".join(short_section(first.section)[-2:]) if first.section else ""
    lang = f' <span class="pkb-lang">[{esc(first.language)}]</span>' if first.language else ""
    doc_text = kb.store.document_text(first.doc_id)
    spans = [(s.start, s.end, s.n) for s in group if doc_text[s.start : s.end]]
    if spans:
        body = highlight_clauses(doc_text, spans)
    else:  # document text not stored: show the clauses alone
        body = " ".join(
            f'<mark id="pkb-src-{s.n}"><sup>[{s.n}]</sup> {esc(s.text)}</mark>' for s in group
        )
    numbers = " ".join(f"[{s.n}]" for s in group)
    best = min(group, key=lambda s: {"strong": 0, "partial": 1, "weak": 2}.get(s.strength, 3))
    return (
        f'<div class="pkb-source" data-n="{first.n}" id="pkb-card-{first.n}">'
        f"<p><strong>{esc(numbers)} "
        f'<a class="pkb-open" data-open="{esc(first.doc_id)}:{esc(first.clause_id)}" '
        f'title="Read the whole document">{esc(first.title)}</a></strong>{lang} '
        f"{_strength_badge(best)}<br>"
        + (f'<span class="pkb-section">{esc(section)}</span>' if section else "")
        + f'</p><p class="pkb-context">{body}</p></div>'
    )
