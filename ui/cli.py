"""The ``policykb`` command line.

Each command parses its arguments, calls one library function and prints the
result. Errors that policykb raises on purpose become one-line messages.
"""

from __future__ import annotations

import csv
import json
import sys
from typing import IO, Any

import click

from ingest.records import RECORD_TYPE_NAMES, RECORD_TYPES, columns
from kb.errors import IngestError
from ui.cli_kb import register as register_kb
from ui.cli_limits import limit_options, make_limits
from ui.cli_obligations import register as register_obligations
from ui.cli_second import register as register_second
from ui.cli_serve import register as register_serve
from ui.cli_store import one_line_errors
from ui.cli_track import register as register_track
from ui.cli_tune import register as register_tune

EXTRACT_TYPES = RECORD_TYPE_NAMES
# Column order for CSV: what an analyst sorts by first; then any other record field.
COLUMNS = columns(
    ("type", "year", "metric", "comparator", "value", "unit", "value_text", "direction",
     "base_year", "deadline_text", "sector", "modality", "actor", "action", "object", "condition",
     "section", "source", "doc_id", "clause_id", "start", "end", "text"),
    RECORD_TYPES.values(),
)  # fmt: skip


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policykb")
def main() -> None:
    """policykb: policy documents in; cited clauses, targets and deadlines out.

    \b
    Example:
      policykb extract corpus/ --format csv --output targets.csv
    """


def _parse_types(value: str) -> tuple[str, ...]:
    types = tuple(t.strip() for t in value.split(",") if t.strip())
    bad = [t for t in types if t not in EXTRACT_TYPES]
    if bad or not types:
        raise click.BadParameter(
            f"{','.join(bad) or value!r} is invalid; choose from: {', '.join(EXTRACT_TYPES)}",
            param_hint="--types",
        )
    return types


class _Writer:
    """Streams records in one of the output formats."""

    def __init__(self, out: IO[str], fmt: str) -> None:
        self.out, self.fmt, self.count = out, fmt, 0
        self._csv: csv.DictWriter[str] | None = None
        if fmt == "csv":
            self._csv = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore")
            self._csv.writeheader()
        elif fmt == "json":
            out.write("[")

    def write(self, row: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            self.out.write(
                ("," if self.count else "") + "\n  " + json.dumps(row, ensure_ascii=False)
            )
        elif self.fmt == "csv":
            assert self._csv is not None
            self._csv.writerow(row)
        else:
            self.out.write(_table_line(row) + "\n")
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "]\n")


def _rounded(number: float) -> str:
    """A figure that is not whole, as a reader wants it: "33.3333" for an exact third (the
    record keeps 100/3), "1,234,567.5" for a large one."""
    if abs(number) >= 1e5:
        return f"{number:,.2f}".rstrip("0").rstrip(".")
    return f"{number:.6g}"


def _table_line(row: dict[str, Any]) -> str:
    value = ""
    if row.get("value") is not None:
        number = row["value"]
        shown = f"{int(number):,}" if float(number).is_integer() else _rounded(number)
        comparator = "" if row.get("comparator") in (None, "=") else row["comparator"]
        value = f"{comparator}{shown}" + (f" {row['unit']}" if row["unit"] else "")
    if row.get("modality"):  # an obligation: who must / may / must not do what
        value = row["modality"]
        label = " ".join(filter(None, (row.get("actor"), row.get("action"))))
    else:
        label = row.get("metric") or ""
    year = row.get("year") or "—"
    return f"{row['type']:<10} {year!s:<5} {value:<18} {label[:100]}"


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "json", "table"]),
    default="jsonl",
    show_default=True,
    help="Output format; `table` is for reading in a terminal.",
)
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Write records here instead of standard output.",
)
@click.option(
    "--types",
    default="target",
    show_default=True,
    help=f"Comma-separated record types: {', '.join(EXTRACT_TYPES)}.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes for large batches.",
)
@click.option(
    "--max-mb",
    type=click.FloatRange(0.001),
    default=25.0,
    show_default=True,
    help="Skip (and report) files larger than this.",
)
@limit_options
@one_line_errors
def extract(
    paths: tuple[str, ...],
    fmt: str,
    output: IO[str],
    types: str,
    jobs: int,
    max_mb: float,
    max_chars: int,
    max_seconds: float,
) -> None:
    """Extract targets (and statistics) from policy files and folders.

    Folders are searched recursively for .txt, .md, .html, .pdf and .docx
    files. Records stream out as each file finishes. A file that cannot be
    read is reported by name and skipped; the exit status is 1 if any was.

    \b
    Examples:
      policykb extract corpus/ --format table
      policykb extract corpus/ docs/*.pdf --types target,statistic --format csv -o out.csv
      policykb extract big_folder/ --jobs 2 --output records.jsonl
    """
    from kb.extraction import extract_paths, iter_paths

    wanted = _parse_types(types)
    files, failed = [], 0
    for path in paths:
        try:
            files.extend(iter_paths([path]))
        except IngestError as e:
            click.echo(f"error: {e}", err=True)
            failed += 1
    writer = _Writer(output, fmt)
    limits = make_limits(max_chars, max_seconds, max_mb)
    results = extract_paths(files, types=wanted, jobs=jobs, limits=limits)
    show_bar = len(files) > 1 and not _quiet()
    with click.progressbar(length=len(files), label="extracting", file=sys.stderr,
                           hidden=not show_bar) as bar:  # fmt: skip
        for result in results:
            bar.update(1)
            if result.error:
                failed += 1
                click.echo(
                    f"\nerror: {result.error}" if show_bar else f"error: {result.error}", err=True
                )
                continue
            for record in result.records:
                writer.write({**record.to_dict(), "source": result.path})
    writer.close()
    if failed:
        click.echo(f"{failed} input(s) could not be read; see the errors above.", err=True)
        sys.exit(1)


def _quiet() -> bool:
    return not sys.stderr.isatty()


# Every verb is registered, whatever is installed: a command imports its heavier
# dependencies when it runs, and a missing one is a one-line error naming the package
# (``ui/errors.py``), never a verb that silently vanished from --help.
register_kb(main)
register_serve(main)
register_obligations(main)
register_track(main)
register_tune(main)
register_second(main)


if __name__ == "__main__":
    main()
