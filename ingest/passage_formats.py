"""The three passage file formats, row by row: JSONL, CSV and Parquet.

Each opener returns the file's columns and an iterator of ``(line, row)``, where a
row is a dict of the columns or a ``BadRow`` saying what is wrong with it;
``ingest.passages`` makes documents of the good rows. Parquet is read with
pyarrow, imported only when a Parquet file is read.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.errors import IngestError

#: Rows per Parquet record batch: bounded memory whatever the file's size.
_PARQUET_BATCH_ROWS = 1024
# A CSV cell may hold a whole regulation chapter; the csv module's default cap is 128 KB.
_CSV_FIELD_LIMIT = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class BadRow:
    """A row that was skipped: ``line`` is the file line (JSONL, CSV) or row number (Parquet)."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


def count_rows(path: str | Path) -> int:
    """Rows in a passage file, for a progress bar (cheap next to embedding them).

    JSONL counts non-blank lines, CSV parses the records (a quoted cell may span
    lines), Parquet reads its footer. Returns 0 when the file cannot be read.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            with path.open("rb") as handle:
                return sum(1 for line in handle if line.strip())
        if suffix == ".csv":
            csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
            with path.open(encoding="utf-8-sig", newline="") as handle:
                return max(0, sum(1 for _ in csv.reader(handle)) - 1)
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(path).metadata.num_rows)
    except (OSError, UnicodeDecodeError, csv.Error, ImportError, ValueError):
        return 0
    return 0


def open_jsonl(path: Path) -> tuple[list[str], Iterator[tuple[int, Any]]]:
    name = str(path)
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as e:
        raise IngestError(name, f"cannot be read ({e.strerror or e})", "check the file") from e

    def lines() -> Iterator[tuple[int, Any]]:
        with handle:
            try:
                for number, line in enumerate(handle, start=1):
                    if not line.strip():
                        continue
                    try:
                        value = json.loads(line)
                    except json.JSONDecodeError as e:
                        yield number, BadRow(name, number, f"invalid JSON ({e.msg})")
                        continue
                    if not isinstance(value, dict):
                        kind = type(value).__name__
                        yield number, BadRow(name, number, f"not a JSON object (a {kind})")
                        continue
                    yield number, value
            except UnicodeDecodeError as e:
                raise IngestError(name, "is not UTF-8 text", "re-save the file as UTF-8") from e

    stream = lines()
    # Columns come from the first valid object; rows read to find it are replayed.
    buffered: list[tuple[int, Any]] = []
    columns: list[str] = []
    for item in stream:
        buffered.append(item)
        if not isinstance(item[1], BadRow):
            columns = list(item[1])
            break
    if not buffered:
        raise IngestError(name, "has no rows", "add one JSON object per line")
    if not columns:
        raise IngestError(name, "has no valid JSON object on any line", "write one per line")

    def replay() -> Iterator[tuple[int, Any]]:
        yield from buffered
        yield from stream

    return columns, replay()


def open_csv(path: Path) -> tuple[list[str], Iterator[tuple[int, Any]]]:
    name = str(path)
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
        reader = csv.reader(handle)
        header = next(reader, None)
    except OSError as e:
        raise IngestError(name, f"cannot be read ({e.strerror or e})", "check the file") from e
    except UnicodeDecodeError as e:
        raise IngestError(name, "is not UTF-8 text", "re-save the file as UTF-8") from e
    except csv.Error as e:
        raise IngestError(name, f"has an unreadable header ({e})", "check the CSV") from e
    if not header:
        handle.close()
        raise IngestError(name, "is empty", "add a header line and one row per passage")
    columns = [c.strip() for c in header]

    def rows() -> Iterator[tuple[int, Any]]:
        with handle:
            while True:
                line = reader.line_num + 1  # where the next record starts
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error as e:
                    yield line, BadRow(name, line, f"unreadable CSV record ({e})")
                    continue
                except UnicodeDecodeError as e:
                    raise IngestError(name, "is not UTF-8 text", "re-save it as UTF-8") from e
                if not cells or not any(c.strip() for c in cells):
                    continue
                if len(cells) != len(columns):
                    reason = f"has {len(cells)} cells, the header has {len(columns)}"
                    yield line, BadRow(name, line, reason)
                    continue
                yield line, dict(zip(columns, cells, strict=True))

    return columns, rows()


def open_parquet(path: Path) -> tuple[list[str], Iterator[tuple[int, Any]]]:
    name = str(path)
    try:
        import pyarrow.parquet as pq
    except ImportError as e:
        raise IngestError(
            name, "Parquet needs pyarrow, which is not installed", "pip install pyarrow"
        ) from e
    try:
        parquet = pq.ParquetFile(path)
    except Exception as e:  # pyarrow raises several types for a bad file
        raise IngestError(name, f"is not a readable Parquet file ({e})", "check the file") from e
    columns = list(parquet.schema_arrow.names)

    def rows() -> Iterator[tuple[int, Any]]:
        number = 0
        for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH_ROWS):
            for row in batch.to_pylist():
                number += 1
                yield number, row

    return columns, rows()
