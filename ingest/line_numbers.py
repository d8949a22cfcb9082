"""Blank the printed line numbers of a bill or statute taken from its PDF.

Legislatures print a number at the start of every line of a bill ("6 (1) No less than
fifteen percent ... before\\n7 December 31, 2024;"). Pulled out as text, those numbers sit
inside sentences, and each would read as a figure. A document is line-numbered when most
of its lines open with a number one above the number of the line before (counting resumes
after a page header or a section title without a number, and may restart at 1 or 2).
Only then are those leading numbers blanked (replaced by spaces), so every offset stays
true; in any other text a number at the start of a line is left alone, as a wrapped
sentence may well continue with "60 percent in 2030".
"""

from __future__ import annotations

import re

# Up to three digits: a column of years (2020, 2021, ...) is never read as a line count.
_LEADING = re.compile(r"[ \t]*(\d{1,3})(?=[ \t]|$)", re.MULTILINE)
# At least this many numbered lines, and this share of the non-blank lines, in sequence.
_MIN_NUMBERED = 12
_MIN_SHARE = 0.4


def _numbered_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the leading numbers that continue a count from the line before."""
    spans: list[tuple[int, int]] = []
    last: int | None = None
    pos = 0
    for line in text.split("\n"):
        match = _LEADING.match(line)
        if match:
            number = int(match.group(1))
            if (last is not None and number == last + 1) or number in (1, 2):
                # the first number of a run is counted once the second one confirms it
                spans.append((pos + match.start(1), pos + match.end(1)))
                last = number
            elif last is not None and number > last + 1:
                last = None  # a figure that happens to open a line: the count is broken
        pos += len(line) + 1
    return spans


def blank_line_numbers(text: str) -> str:
    """``text`` with its printed line numbers blanked, when it has them; same length.

    >>> sample = "".join(f"{n} line {n} of the bill text\\n" for n in range(1, 15))
    >>> blank_line_numbers(sample).splitlines()[6]
    '  line 7 of the bill text'
    >>> blank_line_numbers("Emissions fall by\\n60 percent in 2030.")
    'Emissions fall by\\n60 percent in 2030.'
    """
    spans = _numbered_lines(text)
    lines = sum(1 for line in text.split("\n") if line.strip())
    if len(spans) < _MIN_NUMBERED or len(spans) < _MIN_SHARE * lines:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
