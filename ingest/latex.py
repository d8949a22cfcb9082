"""Inline LaTeX math in Markdown, read as the plain text it typesets.

PDF converters that run an OCR model (and many scientific Markdown sources) write
units, chemical formulas and percentages as inline math: ``$16 \\%$``,
``$\\mathrm{CO}_{2}$``, ``$95 \\mathrm{~g} \\mathrm{CO}_{2} / \\mathrm{km}$``. Read as
characters, the subscript of CO2 becomes a free-standing figure "2", the dollar sign
that opens the math makes "$100 \\%$" an amount of money, and the escaped percent sign
hides the unit. ``render_math`` turns such a span into what a reader sees ("16 %",
"CO2", "95 g CO2/km"); ``math_spans`` finds the spans. A span counts as math only when
it holds a LaTeX command, a sub- or superscript or an escaped percent sign, so that
"$5 million and $3 million" stays money.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "$...$" or "$$...$$" on one line whose content shows LaTeX.
_SPAN = re.compile(r"(?<![\\$])(\${1,2})(?=\S)([^$\n]{1,400}?)(?<=\S)\1(?!\$)")
_LATEX = re.compile(r"\\[A-Za-z%&$#]|[_^]\{")
# Commands whose argument is the text to keep: \mathrm{CO}, \text {st }.
_WRAPPER = re.compile(
    r"\\(?:mathrm|text|textrm|mathbf|mathit|mathsf|boldsymbol|operatorname|textit|textbf|rm)\s*\{([^{}]*)\}"
)
_SCRIPT = re.compile(r"(?<=\S)\s*[_^]\s*\{([^{}]*)\}|[_^]([0-9A-Za-z])")
# A note mark set as math: "${ }^{12}$", "$^{3}$".
_NOTE_ONLY = re.compile(r"^\s*(?:\{\s*\})?\s*\^\s*\{?\s*[\d,\s*]+\}?\s*$")
# A power of ten: "2.5 \times 10^{9}", "10^{6}".
_POWER = re.compile(
    r"(?:(?P<mantissa>\d+(?:\.\d+)?)\s*(?:\\times|×|\\cdot|·)\s*)?\b10\s*\^\s*\{?\s*(?P<exp>\d{1,2})\s*\}?"
)
# Words of prose: math holds symbols and short unit names, not "billion and the".
_PROSE_WORD = re.compile(r"(?<![A-Za-z\\])[A-Za-z]{3,}")
_LENGTH_BEFORE = re.compile(r"\b(?:k?m|cm|mm|ft|mi)$")
# Digits raised after something that is not a letter (a number, a sign): a note mark.
_RAISED_NOTE = re.compile(r"(?<=[^\sA-Za-z])\s*\^\s*\{\s*[\d,\s]+\}")
_SYMBOLS = {
    r"\%": "%",
    r"\&": "&",
    r"\$": "$",
    r"\#": "#",
    r"\times": "×",
    r"\cdot": "·",
    r"\leq": "≤",
    r"\geq": "≥",
    r"\le": "≤",
    r"\ge": "≥",
    r"\pm": "±",
    r"\circ": "°",
    r"\sim": "~",
    r"\approx": "≈",
}
_SIZING = re.compile(r"\\(?:left|right|big|Big|bigg|Bigg)\b\s*")
_COMMAND = re.compile(r"\\[A-Za-z]+\s*")
_SLASH = re.compile(r"\s*/\s*")
_SPACES = re.compile(r"\s+")


def math_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, rendered)`` for each inline math span of ``text``.

    >>> math_spans("fell by $27 \\\\%$ since")
    [(8, 15, '27 %')]
    """
    found = []
    for match in _SPAN.finditer(text):
        body = match.group(2)
        if not _LATEX.search(body) or len(_PROSE_WORD.findall(_COMMAND.sub("", body))) >= 3:
            continue  # no LaTeX, or prose between two dollar amounts ("$5 billion and 40\% ...$")
        rendered = render_math(body)
        power = re.sub(r"\D", "", body)
        if not rendered and power in {"2", "3"} and _LENGTH_BEFORE.search(text[: match.start()]):
            rendered = power  # "km$^{2}$": a unit's power; elsewhere a raised digit is a note
        start, end = match.span()
        found.append((start, end, _fit(body, rendered, end - start)))
    return found


def _fit(body: str, rendered: str, width: int) -> str:
    """``rendered`` when it fits in the span's ``width`` characters (the view keeps every
    offset); else with powers of ten as scale words ("$10^{9}$" -> "1 billion", or "1bn" where that
    is too long); else ""."""
    if len(rendered) <= width:
        return rendered
    for power in (_power_words, _power_short):
        worded = render_math(body, power=power)
        if len(worded) <= width:
            return worded
    return ""


def render_math(body: str, *, power: Callable[[re.Match[str]], str] | None = None) -> str:
    """The plain text a LaTeX math body typesets, on one line.

    >>> render_math(r"95 \\mathrm{~g} \\mathrm{CO}_{2} / \\mathrm{km}")
    '95 g CO2/km'
    >>> render_math(r"1^{\\text {st }}")
    '1st'
    """
    if _NOTE_ONLY.match(body):
        return ""
    text = _POWER.sub(power or _power, _SIZING.sub("", body))
    for symbol, plain in _SYMBOLS.items():
        text = text.replace(symbol, plain)
    previous = None
    while previous != text:  # wrappers nest: \mathrm{\mathbf{x}}
        previous = text
        text = _WRAPPER.sub(lambda m: m.group(1), text)
    text = _RAISED_NOTE.sub("", text)
    text = _SCRIPT.sub(lambda m: (m.group(1) or m.group(2) or "").strip(), text)
    text = _COMMAND.sub("", text).replace("~", " ").replace("{", "").replace("}", "")
    text = _SLASH.sub("/", text).replace("° ", "°")
    return _SPACES.sub(" ", text).strip()


def _power(match: re.Match[str]) -> str:
    value = float(match.group("mantissa") or 1) * 10 ** int(match.group("exp"))
    return f"{value:.0f}" if value >= 1 else f"{value:g}"


_SCALES = ((12, "trillion", "tn"), (9, "billion", "bn"), (6, "million", "mn"))


def _scaled(match: re.Match[str], short: bool) -> str:
    mantissa, exp = float(match.group("mantissa") or 1), int(match.group("exp"))
    for scale, word, abbreviation in _SCALES:
        if exp >= scale:
            figure = f"{mantissa * 10 ** (exp - scale):g}"
            return f"{figure}{abbreviation}" if short else f"{figure} {word}"
    return _power(match)


def _power_words(match: re.Match[str]) -> str:
    """A power of ten with a scale word: "2.5 \\times 10^{9}" -> "2.5 billion"."""
    return _scaled(match, short=False)


def _power_short(match: re.Match[str]) -> str:
    """A power of ten with an abbreviated scale word: "10^{9}" -> "1bn"."""
    return _scaled(match, short=True)
