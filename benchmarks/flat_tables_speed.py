"""Time of the flattened-table reader on long synthetic documents.

Finding the tables (``ingest.flat_tables.find_flat_tables``) and reading their rows
(``ingest.flat_table_records.flat_table_records``) must grow linearly with the document:
a dump of many small tables, and one long table, each at 5,000 and 20,000 lines, one
clause per line. Run ``python benchmarks/flat_tables_speed.py [--write FILE]``.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from ingest.flat_table_records import flat_table_records
from ingest.flat_tables import find_flat_tables
from ingest.lang import load_grammar
from ingest.records import Clause, Document


def _many_tables(lines: int) -> str:
    block = ["Region", "Storage 2030 (MW)", "North", "4", "South", "5", "A note follows."]
    return "\n".join((block * (lines // len(block) + 1))[:lines]) + "\n"


def _one_table(lines: int) -> str:
    rows = [cell for i in range(lines // 2 - 1) for cell in (f"Area {i}", str(i + 1))]
    return "\n".join(["Region", "Storage 2030 (MW)", *rows]) + "\n"


def _time(text: str) -> tuple[float, float, int]:
    document = Document(doc_id="speed", path="speed.txt", text=text, date="2024-01-01")
    clauses = [
        Clause(clause_id=str(i), doc_id="speed", text=m.group(), start=m.start(), end=m.end())
        for i, m in enumerate(re.finditer(r"[^\n]+", text))
    ]
    grammar = load_grammar("en")
    started = time.perf_counter()
    find_flat_tables(text)
    found = time.perf_counter()
    records, _ = flat_table_records(document, clauses, grammar)
    return found - started, time.perf_counter() - found, len(records)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", type=Path, help="write the results as Markdown")
    args = parser.parse_args()
    rows = [
        "| document | lines | find (s) | find + read rows (s) | records |",
        "|---|---|---|---|---|",
    ]
    for name, make in (("many small tables", _many_tables), ("one long table", _one_table)):
        for lines in (5_000, 20_000):
            find, read, count = _time(make(lines))
            rows.append(f"| {name} | {lines:,} | {find:.2f} | {find + read:.2f} | {count:,} |")
    report = "\n".join(rows)
    print(report)
    if args.write:
        args.write.write_text(
            "# Flattened-table reader: time on long documents\n\n"
            "`python benchmarks/flat_tables_speed.py`, synthetic documents, one clause per "
            "line; machine shared by several jobs, so times are upper bounds.\n\n"
            f"{report}\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
