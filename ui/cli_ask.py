"""``policykb ask`` and ``policykb warm``: cited answers, one question or a stream of them.

``ui/cli_kb.py`` registers both with the other knowledge-base commands. ``ask``
with one QUESTION is answered by a running ``policykb warm`` when there is one
(``ui/warm.py``), and in its own process otherwise.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import click

from kb.errors import PolicyKBError
from ui import errors
from ui.cli_store import (
    WARM,
    YEAR,
    current_encoder,
    one_line_errors,
    open_kb,
    settings_for,
    store_options,
)

if TYPE_CHECKING:
    from kb.service import KnowledgeBase

FORMATS = ("text", "json", "jsonl")


def _parse_where(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r} is not KEY=VALUE, e.g. --where document_id=12")
        pairs.append((key.strip(), value))
    return tuple(pairs)


def _check_language(value: str) -> str:
    code = value.strip().lower()
    if code and not (code.isalpha() and len(code) == 2):
        raise click.BadParameter(f"{value!r} is not a language code; use e.g. --language zh or en")
    return code


def _print_answer(ans: Any, fmt: str, *, one_line: bool, kb: KnowledgeBase = None) -> None:
    if fmt in ("json", "jsonl"):
        indent = 2 if fmt == "json" and not one_line else None
        click.echo(json.dumps(ans.to_dict(), ensure_ascii=False, indent=indent))
        return
    if one_line:
        click.echo(" ".join(ans.text.split()))
        return
    click.echo(ans.text)
    if not ans.answered and ans.reason:
        click.echo(f"Why: {ans.reason}.")
    if ans.sources:
        click.echo("\nSources:" if ans.answered else "\nNearest passages (they do not answer it):")
        for s in ans.sources:
            where = " | ".join(part for part in (s.title, s.heading) if part)
            lang = f" | {s.language}" if s.language else ""
            # the file it came from: twins with the same text are cited apart
            path = kb.store.document_meta(s.doc_id).get("path", "") if kb is not None else ""
            click.echo(
                f"[{s.n}] {where}{lang} | {s.doc_id[:12]} chars {s.start}-{s.end} {path}".rstrip()
            )
            click.echo(f"    {' '.join(s.text.split())[:200]}")


def _ask_lines(kb: KnowledgeBase, *, top_k: int, filters: Any, llm: Any, fmt: str) -> None:
    """One answer per line of stdin, one line each."""
    if sys.stdin.isatty():
        raise click.UsageError("give a QUESTION, or pipe one question per line on stdin")
    # Bytes, decoded here: a line that is not UTF-8 is named by its number, whatever the
    # locale (text-mode stdin would raise, or pass lone surrogates to the tokenizer).
    for number, raw in enumerate(sys.stdin.buffer, start=1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as e:
            raise click.ClickException(
                f"stdin line {number}: byte {raw[e.start]:#04x} at column {e.start + 1} is not "
                "UTF-8 text; save the questions as UTF-8"
            ) from e
        if line.strip():
            try:
                ans = kb.ask(line, top_k=top_k, filters=filters, llm=llm)
            except PolicyKBError as e:
                raise click.ClickException(f"stdin line {number}: {errors.one_line(e)}") from e
            _print_answer(ans, "jsonl" if fmt == "json" else fmt, one_line=True)


def _ask_warm_server(
    db: str | None, model: str | None, chroma_url: str, params: dict[str, Any]
) -> dict[str, Any] | None:
    from ui.warm import forward

    settings = settings_for(db, model, chroma_url)
    db_dir = str(settings.db_dir.resolve())
    params = {**params, "db": db_dir, "model": model, "chroma_url": chroma_url}
    return forward(settings.db_dir, params, encoder=current_encoder())


@click.command("ask")
@click.argument("question", required=False)
@store_options
@click.option(
    "--top-k",
    default=5,
    show_default=True,
    type=click.IntRange(1, 50),
    help="Number of sources to cite.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option(
    "--year-from",
    type=YEAR,
    default=None,
    metavar="YEAR",
    help="Only clauses with a record due >= YEAR.",
)
@click.option(
    "--year-to",
    type=YEAR,
    default=None,
    metavar="YEAR",
    help="Only clauses with a record due <= YEAR.",
)
@click.option(
    "--doc",
    "docs",
    multiple=True,
    metavar="DOC",
    help="Only this document (doc_id prefix or path); repeatable.",
)
@click.option("--section", default="", help="Only clauses whose section starts with this.")
@click.option(
    "--type",
    "record_type",
    type=click.Choice(["", "target", "statistic", "obligation"]),
    default="",
    help="Only clauses holding a record of this type.",
)
@click.option(
    "--language",
    default="",
    metavar="CODE",
    callback=lambda ctx, param, value: _check_language(value),
    help="Only documents in this language: zh, en (or another ISO 639-1 code).",
)
@click.option(
    "--where",
    "where",
    multiple=True,
    metavar="KEY=VALUE",
    callback=lambda ctx, param, value: _parse_where(value),
    help="Only passages whose metadata column KEY equals VALUE; repeatable "
    "(the same KEY twice: either value).",
)
@one_line_errors
def ask_cmd(
    question: str | None,
    db: str | None,
    model: str | None,
    chroma_url: str,
    top_k: int,
    fmt: str,
    year_from: int | None,
    year_to: int | None,
    docs: tuple[str, ...],
    section: str,
    record_type: str,
    language: str,
    where: tuple[tuple[str, str], ...],
) -> None:
    """Answer QUESTION from the ingested documents, citing clauses as [n].

    Without QUESTION, reads one question per line from stdin and writes one
    answer per line (use --format jsonl for machine-readable output).

    \b
    Examples:
      policykb ask "How much of electrolytic aluminium's energy must be renewable by 2030?"
      policykb ask "Which targets fall due by 2030?" --year-from 2030 --year-to 2030 --format json
      cat questions.txt | policykb ask --format jsonl
      policykb ask "Who must report suspicious activity?" --where document_id=1
    """
    if question is not None and not WARM:  # a running `policykb warm` answers at once
        reply = _ask_warm_server(
            db, model, chroma_url,
            dict(question=question, top_k=top_k, fmt=fmt, year_from=year_from,
                 year_to=year_to, docs=docs, section=section, record_type=record_type,
                 language=language, where=where),
        )  # fmt: skip
        if reply is not None:
            sys.stdout.write(reply["out"])
            sys.stderr.write(reply["err"])
            sys.exit(reply["code"])
    from kb.llm import chat_model_from_settings

    kb = open_kb(db, model, chroma_url)
    filters = kb.filters(
        docs=docs,
        year_from=year_from,
        year_to=year_to,
        section=section,
        record_type=record_type,
        language=language,
        where=where,
    )
    llm = chat_model_from_settings(kb.settings.llm)
    if question is None:
        _ask_lines(kb, top_k=top_k, filters=filters, llm=llm, fmt=fmt)
        return
    _print_answer(
        kb.ask(question, top_k=top_k, filters=filters, llm=llm), fmt, one_line=False, kb=kb
    )


@click.command("warm")
@store_options
@click.option(
    "--idle-minutes",
    type=click.FloatRange(0),
    default=0,
    show_default=True,
    help="Stop after this long without a question (0: run until stopped).",
)
@one_line_errors
def warm_cmd(db: str | None, model: str | None, chroma_url: str, idle_minutes: float) -> None:
    """Keep the knowledge base loaded, so `policykb ask QUESTION` answers at once.

    Listens on DIR/warm.sock; `ask` with one QUESTION uses it when it runs and
    answers in its own process when it does not. Stop it with Ctrl-C.

    \b
    Example:
      policykb warm --db ~/policy-kb &
      policykb ask "Which targets fall due by 2030?" --db ~/policy-kb
    """
    from kb.settings import Settings
    from ui.warm import serve

    # Absolute, as forwarded questions name it, so they find this knowledge base.
    db = str(Settings.from_env(db_dir=db).db_dir.resolve())
    kb = open_kb(db, model, chroma_url)
    kb.ask("Which targets fall due by 2030?")  # loads the encoder, BM25 index and chroma
    WARM[kb.settings] = kb
    try:
        serve(kb.settings.db_dir, ask_cmd, idle_s=idle_minutes * 60)
    finally:
        WARM.pop(kb.settings, None)
