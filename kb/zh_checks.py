"""Chinese pieces of the refusal checks (``kb.refusal``).

- A Chinese national text speaks of China as 全国 (the whole country) without naming it:
  the name check accepts it for "China" (``implied_name``). Only the name check reads
  this; a question about China is not widened to every 全国 clause.
- A Chinese count question names what it counts in ("多少台挖掘机"): a Chinese clause
  that answers it states a number in that measure word (5台, 1.2万台); a sum in 亿元 is
  not a number of machines (``count_unit_reason``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["count_unit_reason", "implied_name"]

_IMPLIED = {"china": ("全国",)}
_COUNTED = re.compile(r"多少(台|辆|座|艘|架|家|所|名|户)")
_NUMBER = r"(?:\d[\d.,]*|[一二两三四五六七八九十百千]+)\s*(?:多|余)?\s*(?:万|亿)?\s*"


def implied_name(tokens: set[str], name: str, tokenize: Callable[[str], list[str]]) -> bool:
    """Whether a text with ``tokens`` speaks of ``name`` without naming it (全国: China)."""
    return any(set(tokenize(word)) <= tokens for word in _IMPLIED.get(name.lower(), ()))


def count_unit_reason(question: str, quoted: str) -> str:
    """Why ``quoted`` (a Chinese clause) cannot answer a count asked in a measure word."""
    unit = _COUNTED.search(question)
    if unit is None or re.search(_NUMBER + re.escape(unit.group(1)), quoted):
        return ""
    return f"the passage found gives no number counted in {unit.group(1)}"
