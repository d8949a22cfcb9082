"""Blank the printed line numbers of a bill or statute taken from its PDF.

Legislatures print a number at the start of every line of a bill ("14 The operator shall
file a report ... within\n15 ninety days;"). Pulled out as text, those numbers sit inside
sentences, and each would read as a figure. A document is line-numbered when most of its
lines open with a number one above the number of the line before (counting resumes after a
page header or a section title without a number, and may restart at 1 or 2). Only runs of
at least three such lines count, and a number followed by a unit ("2 GW by 2030") that
restarts a run, or ends one with no line after it to confirm it, is a wrapped figure. Only
then are those leading numbers blanked (replaced by spaces), so every offset stays true; in
any other text a number at the start of a line is left alone, as a wrapped sentence may
well continue with "60 percent in 2030".
"""

from __future__ import annotations

import re

# Up to three digits: a column of years (2020, 2021, ...) is never read as a line count.
_LEADING = re.compile(r"[ \t]*(\d{1,3})(?=[ \t]|$)", re.MULTILINE)
# At least this many numbered lines, and this share of the non-blank lines, in sequence.
_MIN_NUMBERED = 12
_MIN_SHARE = 0.4
# A run of line numbers is believed once this many lines in a row confirm it.
_MIN_RUN = 3
# A unit, a scale word or a percent word right after a leading number: a wrapped figure.
_UNIT_AFTER = re.compile(
    r"[ \t]*(?:%|per\s?cent\b|percent\b|(?:[kMGT]Wh?|[kMG]?t|tonnes?|tons?|[km]?m[23²³]?|kg"
    r"|ha|hectares?|acres?|miles?|°C|degrees?|hundred|thousand|million|billion|trillion"
    r"|dollars?|euros?|pounds?|USD|EUR|GBP)(?![A-Za-z]))",
    re.IGNORECASE,
)


def _numbered_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the leading numbers in runs of at least three lines that count up by one."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int, int, bool]] = []  # number, start, end, a unit follows
    pos = 0
    for line in text.split("\n"):
        match = _LEADING.match(line)
        if match:
            number = int(match.group(1))
            unit = bool(_UNIT_AFTER.match(line, match.end(1)))
            if run and number == run[-1][0] + 1:
                run.append((number, pos + match.start(1), pos + match.end(1), unit))
            elif number in (1, 2) and not unit:
                _close(run, spans)
                run = [(number, pos + match.start(1), pos + match.end(1), unit)]
            elif run and number > run[-1][0] + 1:
                _close(run, spans)  # a figure that happens to open a line: the count is broken
                run = []
        pos += len(line) + 1
    _close(run, spans)
    return spans


def _close(run: list[tuple[int, int, int, bool]], spans: list[tuple[int, int]]) -> None:
    """Add a finished run's spans: a last number followed by a unit is unconfirmed."""
    while run and run[-1][3]:
        run.pop()  # "13 GW by 2030." after line 12, with no line 14: a wrapped figure
    if len(run) >= _MIN_RUN:
        spans.extend((start, end) for _, start, end, _ in run)


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
