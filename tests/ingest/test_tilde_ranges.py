"""A tilde between two numbers ("40~55GW", "8～14GW") joins a range as a dash does: one figure,
the low end with its high end, in the unit written after the high end."""

from __future__ import annotations

import pytest

from ingest.lang import load_grammar
from ingest.quantities import find_quantities


def _figures(text: str, lang: str) -> list[tuple[float, float | None, str]]:
    return [(q.value, q.high, q.unit) for q in find_quantities(text, load_grammar(lang))]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # the tilde joins a range (ASCII and full width), in Chinese and in English
        ("規劃 2050 年風機設置容量達 30~45GW。", "zh", [(3.0e7, 4.5e7, "kW")]),
        ("到2040年储能装机达到6～9GW。", "zh", [(6.0e6, 9.0e6, "kW")]),
        ("The port plans a 10~20 GW buildout by 2035.", "en", [(1.0e7, 2.0e7, "kW")]),
        # ordinary figures beside it are kept as they were
        ("2026~2030 年每年新增 2GW。", "zh", [(2.0e6, None, "kW")]),
        ("2026-2030 年每年新增 2GW。", "zh", [(2.0e6, None, "kW")]),
        ("到2030年比重达到40%~45%。", "zh", [(40.0, 45.0, "%")]),
        ("到2030年比重提高到约30%。", "zh", [(30.0, None, "%")]),
        ("Emissions fall ~30% by 2030.", "en", [(30.0, None, "%")]),
        ("Emissions shall be reduced by 55% compared with 1990.", "en", [(55.0, None, "%")]),
    ],
)  # fmt: skip
def test_tilde_joins_a_range(text, lang, expected):
    assert _figures(text, lang) == expected
