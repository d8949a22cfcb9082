"""``kb_real.py --questions FILE``: the list of questions to ask, read and checked before
any model loads, and the question sets cut to it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path


def read_question_list(path: Path | None) -> set[str] | None:
    """The questions listed in ``path`` (one a line, stripped, blanks skipped), read before
    any model loads; a missing or empty file exits with a one-line error."""
    if path is None:
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SystemExit(
            f"error: --questions {path}: cannot read ({exc.__class__.__name__})"
        ) from None
    wanted = {line.strip() for line in lines if line.strip()}
    if not wanted:
        raise SystemExit(f"error: --questions {path}: no questions (one a line)")
    return wanted


def only_listed(sets: list, wanted: set[str]) -> list:
    """The sets cut to the listed questions; says how many listed questions matched none."""
    sets = [replace(s, questions=[q for q in s.questions if q["q"] in wanted]) for s in sets]
    unmatched = wanted - {q["q"] for s in sets for q in s.questions}
    if unmatched:
        print(f"--questions: {len(unmatched)} of {len(wanted)} listed questions matched none")
    return [s for s in sets if s.questions]
