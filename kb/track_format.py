"""How a tracked figure is written: "50-52" for a range, "30,000,000" for a big whole number."""

from __future__ import annotations

import re
from typing import Any

_EPS = 1e-9
_FIGURE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def close(x: float, y: float) -> bool:
    """Whether two figures are the same up to rounding."""
    return abs(x - y) <= max(_EPS, 1e-6 * max(abs(x), abs(y)))


def format_number(value: float) -> str:
    """ "30,000,000" for a big whole number, "42.5" otherwise (never "3e+07")."""
    if abs(value) >= 1e5 and float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:g}"


def format_value(record: Any) -> str:
    """A record's value, a range as "50-52"."""
    if record.value is None:
        return ""
    high = getattr(record, "value_high", None)
    low = format_number(record.value)
    return f"{low}-{format_number(high)}" if high is not None and high != record.value else low


def format_range(low: float, high: float) -> str:
    """ "50-52" for a range, "50" when both ends are one figure."""
    if close(low, high):
        return format_number(low)
    return f"{format_number(low)}-{format_number(high)}"


def names_figure(record: Any, value: float) -> bool:
    """Whether ``record``'s text names ``value`` too, in the scale of its own figure ("398 Mt"
    read as 398,000,000: a "510" in its text is 510,000,000)."""
    written = _FIGURE.search(getattr(record, "value_text", "") or "")
    low = float(record.value or 0.0)
    if written is None or not low:
        return False
    number = float(written.group().replace(",", ""))
    scale = low / number if number else 1.0
    return any(
        close(float(n.replace(",", "")) * scale, value) for n in _FIGURE.findall(record.text or "")
    )
