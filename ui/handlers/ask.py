"""The Ask tab: answer a question in the chat, and list its sources with clauses marked.

Chat messages are escaped Markdown (``md_text``) and source cards escaped HTML,
so document text can neither inject HTML nor turn its words into links.
"""

from __future__ import annotations

import html
import re
from typing import Any

from kb.qa import Answer, Source, render_record
from kb.render import language_of, short_section
from ui.handlers.common import _year, esc, highlight_clause, user_errors

NOT_ANSWERED = "Not answered by the indexed documents."

_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]()#!|~])")


def md_text(text: str) -> str:
    """``text`` for a Markdown-rendered chat message, shown exactly as written.

    HTML is escaped, and so is Markdown punctuation, so a document cannot turn its
    words into links (``[x](javascript:…)``), images, emphasis or code.
    """
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", html.escape(text, quote=False))


@user_errors
def ask(
    kb: Any,
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
    the content is escaped Markdown, so document text cannot inject HTML.
    """
    history = list(history or [])
    question = question or ""
    filters = kb.filters(
        docs=[doc_id] if doc_id else (),
        year_from=_year(year_from),
        year_to=_year(year_to),
        language="" if (language or "any") == "any" else language,
    )
    ans = kb.ask(question, top_k=top_k, filters=filters)
    history.append({"role": "user", "content": md_text(" ".join(question.split()))})
    history.append({"role": "assistant", "content": answer_markdown(ans)})
    return history, sources_html(kb, ans), ""


def welcome_html(kb: Any) -> str:
    """What the Sources panel shows before the first question (a hint when the store is empty)."""
    if not kb.docs():
        return (
            "<p>No documents are indexed yet. Add some in the <strong>Documents</strong> tab, "
            f"or run <code>policykb ingest corpus/ --db {esc(kb.settings.db_dir)}</code> "
            "and restart.</p>"
        )
    return "<p>Sources of the latest answer appear here.</p>"


def answer_markdown(ans: Answer) -> str:
    """The chat reply: the answer lines (escaped), or the refusal."""
    if not ans.answered:
        why = ans.reason or "none of the passages found is close enough to the question"
        return (
            f"**{NOT_ANSWERED}** {md_text(why[0].upper() + why[1:])}; "
            "the nearest passages are listed under Sources."
        )
    return "  \n".join(md_text(line) for line in ans.text.splitlines())


def sources_html(kb: Any, ans: Answer) -> str:
    """Numbered source cards: title, section path, the clause marked in its paragraph, score."""
    parts = ['<div class="pkb-sources">']
    if not ans.answered:
        parts.append(
            f'<p class="pkb-refusal"><strong>{esc(NOT_ANSWERED)}</strong> '
            "Nearest passages, too weak to answer:</p>"
        )
    elif ans.records:
        parts.append("<p><strong>Matching targets</strong></p><ul class='pkb-records'>")
        lang = language_of(ans.question)
        parts += [f"<li>{esc(render_record(r, lang))}</li>" for r in ans.records]
        parts.append("</ul>")
    if not ans.sources:
        parts.append("<p>No passage matched the filters.</p>")
    for source in ans.sources:
        parts.append(_source_card(kb, source))
    parts.append("</div>")
    return "\n".join(parts)


def _source_card(kb: Any, source: Source) -> str:
    section = " › ".join(short_section(source.section)) or "(no section)"
    lang = f' <span class="pkb-lang">[{esc(source.language)}]</span>' if source.language else ""
    doc_text = kb.store.document_text(source.doc_id)
    if doc_text[source.start : source.end]:
        body = highlight_clause(doc_text, source.start, source.end)
    else:  # document text not stored: show the clause alone
        body = f"<mark>{esc(source.text)}</mark>"
    return (
        f'<div class="pkb-source" data-n="{source.n}">'
        f"<p><strong>[{source.n}] {esc(source.title)}</strong>{lang} "
        f'<span class="pkb-score">score {source.score:.3f}</span><br>'
        f'<span class="pkb-section">{esc(section)}</span></p>'
        f'<p class="pkb-context">{body}</p></div>'
    )
