"""Knowledge-base commands for the ``policykb`` CLI: ingest, ask, targets, docs, remove, reindex.

``ui/cli.py`` owns the click group and calls ``register(main)``. Each command
parses its options, calls one ``KnowledgeBase`` method and prints the result;
any ``PolicyKBError`` becomes a one-line ``click.ClickException``.
"""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from kb.errors import PolicyKBError
from kb.queries import MAX_YEAR, MIN_YEAR
from ui.cli_limits import limit_options, make_limits

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("text", "json", "jsonl")
# Year options: click refuses anything else in one line ("--year-from: 99999... is not in
# the range 1900<=x<=2200"), before a huge number reaches SQLite.
YEAR = click.IntRange(MIN_YEAR, MAX_YEAR)


def _one_line_errors(func: F) -> F:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except PolicyKBError as e:
            raise click.ClickException(" ".join(str(e).split())) from e

    return wrapper  # type: ignore[return-value]


def _remember_encoder(ctx: click.Context, _param: Any, value: str | None) -> None:
    if value:
        ctx.meta["policykb.encoder"] = value


def _store_options(func: F) -> F:
    # --encoder is read by _open through the click context, so commands need no parameter.
    func = click.option(
        "--encoder",
        envvar="POLICYKB_ENCODER",
        type=click.Choice(["torch", "onnx-int8"]),
        default=None,
        expose_value=False,
        callback=_remember_encoder,
        help="Embedding runtime: torch, or int8 ONNX (about 2x faster to ingest, no torch at "
        "run time). Default: the one the knowledge base was built with; torch for a new one.",
    )(func)
    func = click.option(
        "--chroma-url",
        envvar="POLICYKB_CHROMA_URL",
        default="",
        metavar="URL",
        help="Use a Chroma server (http://HOST:PORT) for vectors instead of the local store.",
    )(func)
    func = click.option(
        "--model",
        envvar="POLICYKB_MODEL",
        default=None,
        metavar="NAME_OR_PATH",
        help="Embedding model: the bundled all-MiniLM-L6-v2 (default), 'multilingual' "
        "(Chinese and English in one space), a local path or a hub name.",
    )(func)
    func = click.option(
        "--db",
        envvar="POLICYKB_DB",
        default=None,
        metavar="DIR",
        type=click.Path(file_okay=False),
        help="Knowledge-base directory [env POLICYKB_DB].",
    )(func)
    return func


#: The knowledge base a ``policykb warm`` process keeps open, by its settings.
_WARM: dict[Any, Any] = {}


def _open(db: str | None, model: str | None, chroma_url: str, *, create: bool = False) -> Any:
    from kb.settings import Settings

    ctx = click.get_current_context(silent=True)
    encoder = ctx.meta.get("policykb.encoder", "") if ctx else ""
    settings = Settings.from_env(db_dir=db, model=model, chroma_url=chroma_url, encoder=encoder)
    if settings in _WARM:
        return _WARM[settings]
    from kb.service import KnowledgeBase

    return KnowledgeBase(settings, create=create)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@_store_options
@click.option(
    "--id-field",
    default=None,
    metavar="NAME",
    help="Passage files: the column holding each row's id (default: id, passage_id or ID).",
)
@click.option(
    "--text-field",
    default=None,
    metavar="NAME",
    help="Passage files: the column holding each row's text "
    "(default: text, passage, Passage or content).",
)
@limit_options
@_one_line_errors
def ingest_cmd(
    paths: tuple[str, ...],
    db: str | None,
    model: str | None,
    chroma_url: str,
    id_field: str | None,
    text_field: str | None,
    max_chars: int,
    max_seconds: float,
) -> None:
    """Add policy documents (files or folders) and passage files to the knowledge base.

    Unchanged documents are skipped; a changed file replaces its old version.
    Files that fail are reported by name and skipped; the exit code is 1 if any did.

    A .jsonl, .csv or .parquet file named on the command line is a passage
    corpus: each row is a document of its own, identified by the file and the
    row's id; its other columns are metadata (see `ask --where`). Bad rows are
    reported as FILE:LINE and skipped.

    \b
    Examples:
      policykb ingest corpus/ --db ~/policy-kb
      policykb ingest passages.jsonl --text-field body --db ~/policy-kb
    """
    from kb.extraction import is_passage_file
    from kb.service import expand_paths

    expanded = list(expand_paths(paths))
    passage_files = [p for p in expanded if is_passage_file(p)]
    files = [p for p in expanded if not is_passage_file(p)]
    kb = _open(db, model, chroma_url, create=True)
    failed, counts = [], {"added": 0, "replaced": 0, "unchanged": 0}
    if files:
        with click.progressbar(length=len(files), label="Ingesting", file=sys.stderr) as bar:
            for result in kb.ingest(files, limits=make_limits(max_chars, max_seconds)):
                bar.update(1)
                if result.status == "failed":
                    failed.append(result)
                    click.echo(f"\nerror: {result.error}", err=True)
                else:
                    counts[result.status] += 1
    bad_rows = 0
    for path in passage_files:
        row_counts, bad, error = _ingest_passage_file(kb, path, id_field, text_field)
        if error:
            failed.append(error)
            continue
        bad_rows += bad
        for status, n in row_counts.items():
            counts[status] += n
    summary = (
        f"{counts['added']} added, {counts['replaced']} replaced, {counts['unchanged']} unchanged, "
        f"{len(failed)} failed"
    )
    if passage_files:
        summary += f", {bad_rows} bad rows skipped"
    for note in dict.fromkeys(kb.notes):
        click.echo(note, err=True)
    click.echo(f"{summary}; store: {kb.settings.db_dir}")
    if failed:
        total = len(files) + len(passage_files)
        raise click.ClickException(
            f"{len(failed)} of {total} files failed: " + ", ".join(r.path for r in failed[:5])
        )
    if bad_rows:
        raise click.ClickException(f"{bad_rows} bad rows were skipped (listed above)")


def _ingest_passage_file(
    kb: Any, path: Any, id_field: str | None, text_field: str | None
) -> tuple[dict[str, int], int, Any]:
    """Ingest one passage file with a progress bar; returns (counts, bad rows, file failure)."""
    from kb.extraction import count_rows
    from kb.service import IngestResult

    counts = {"added": 0, "replaced": 0, "unchanged": 0}
    try:
        passages = kb.open_passages(path, id_field=id_field, text_field=text_field)
    except PolicyKBError as e:
        click.echo(f"error: {e}", err=True)
        return counts, 0, IngestResult(str(path), "failed", error=str(e))
    click.echo(passages.describe(), err=True)
    bad = 0
    label = f"Ingesting {path.name}"
    with click.progressbar(length=count_rows(path), label=label, file=sys.stderr) as bar:
        for result in kb.ingest_passages(passages):
            bar.update(1)
            if result.status == "failed":
                bad += 1
                click.echo(f"\n{result.error}", err=True)
            else:
                counts[result.status] += 1
    return counts, bad, None


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


def _print_answer(ans: Any, fmt: str, *, one_line: bool, kb: Any = None) -> None:
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


@click.command("ask")
@click.argument("question", required=False)
@_store_options
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
@_one_line_errors
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
    if question is not None and not _WARM:  # a running `policykb warm` answers at once
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

    kb = _open(db, model, chroma_url)
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
    if question is not None:
        _print_answer(
            kb.ask(question, top_k=top_k, filters=filters, llm=llm), fmt, one_line=False, kb=kb
        )
        return
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
                raise click.ClickException(
                    f"stdin line {number}: {' '.join(str(e).split())}"
                ) from e
            _print_answer(ans, "jsonl" if fmt == "json" else fmt, one_line=True)


TARGET_COLUMNS = (
    "doc_id",
    "clause_id",
    "year",
    "metric",
    "comparator",
    "value",
    "unit",
    "value_text",
    "sector",
    "text",
)


@click.command("targets")
@_store_options
@click.option(
    "--year", type=YEAR, default=None, metavar="YEAR", help="Only targets due in this year."
)
@click.option(
    "--doc", "docs", multiple=True, metavar="DOC", help="doc_id prefix or path; repeatable."
)
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True
)
@_one_line_errors
def targets_cmd(
    db: str | None,
    model: str | None,
    chroma_url: str,
    year: int | None,
    docs: tuple[str, ...],
    fmt: str,
) -> None:
    """List the structured targets in the knowledge base.

    \b
    Example:
      policykb targets --year 2030 --format csv > targets-2030.csv
    """
    kb = _open(db, model, chroma_url)
    targets = kb.targets(year=year, docs=docs)
    if fmt == "jsonl":
        for t in targets:
            click.echo(json.dumps(t.to_dict(), ensure_ascii=False))
        return
    writer = csv.writer(sys.stdout)
    writer.writerow(TARGET_COLUMNS)
    for t in targets:
        writer.writerow([getattr(t, c) for c in TARGET_COLUMNS])


@click.command("docs")
@_store_options
@_one_line_errors
def docs_cmd(db: str | None, model: str | None, chroma_url: str) -> None:
    """List ingested documents with their clause and record counts.

    \b
    Example:
      policykb docs --db ~/policy-kb
    """
    kb = _open(db, model, chroma_url)
    infos = kb.docs()
    if not infos:
        click.echo(f"no documents in {kb.settings.db_dir}; add some with: policykb ingest PATH...")
        return
    click.echo(f"{'doc_id':12}  {'lang':4}  {'clauses':>7}  {'records':>7}  path")
    for d in infos:
        lang = getattr(d, "language", "") or "-"
        click.echo(f"{d.doc_id[:12]:12}  {lang:4}  {d.clauses:>7}  {d.records:>7}  {d.path}")


@click.command("remove")
@click.argument("doc")
@_store_options
@_one_line_errors
def remove_cmd(doc: str, db: str | None, model: str | None, chroma_url: str) -> None:
    """Delete DOC (a doc_id prefix from `policykb docs`, or its path) from the knowledge base.

    \b
    Example:
      policykb remove 6ff19adee3e6
    """
    kb = _open(db, model, chroma_url)
    info = kb.remove(doc)
    click.echo(
        f"removed {info.doc_id} ({info.path}): {info.clauses} clauses, {info.records} records"
    )


@click.command("reindex")
@_store_options
@_one_line_errors
def reindex_cmd(db: str | None, model: str | None, chroma_url: str) -> None:
    """Re-embed every stored clause (e.g. after switching --model); SQLite is kept as is.

    \b
    Example:
      policykb reindex --db ~/policy-kb --model /models/bge-small-en
    """
    kb = _open(db, model, chroma_url)
    n = kb.reindex()
    click.echo(f"re-embedded {n} clauses with {kb.embedder.name}")


def _ask_warm_server(
    db: str | None, model: str | None, chroma_url: str, params: dict[str, Any]
) -> dict[str, Any] | None:
    from kb.settings import Settings
    from ui.warm import forward

    ctx = click.get_current_context(silent=True)
    encoder = ctx.meta.get("policykb.encoder", "") if ctx else ""
    settings = Settings.from_env(db_dir=db, model=model, chroma_url=chroma_url, encoder=encoder)
    db_dir = str(settings.db_dir.resolve())
    params = {**params, "db": db_dir, "model": model, "chroma_url": chroma_url}
    return forward(settings.db_dir, params, encoder=encoder)


@click.command("warm")
@_store_options
@click.option(
    "--idle-minutes",
    type=click.FloatRange(0),
    default=0,
    show_default=True,
    help="Stop after this long without a question (0: run until stopped).",
)
@_one_line_errors
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
    kb = _open(db, model, chroma_url)
    kb.ask("Which targets fall due by 2030?")  # loads the encoder, BM25 index and chroma
    _WARM[kb.settings] = kb
    try:
        serve(kb.settings.db_dir, ask_cmd, idle_s=idle_minutes * 60)
    finally:
        _WARM.pop(kb.settings, None)


COMMANDS = (ingest_cmd, ask_cmd, targets_cmd, docs_cmd, remove_cmd, reindex_cmd, warm_cmd)


def register(group: click.Group) -> None:
    """Add the knowledge-base commands to the ``policykb`` click group."""
    for command in COMMANDS:
        group.add_command(command)
