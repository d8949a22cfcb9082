"""A tilde between two numbers ("3~9GW", "6～9GW") joins a range as a dash does, and a range
without a unit ("8~12座", "20-30 new depots") keeps its low end as the value and its high end
as ``high``, as a range with a unit does. A span of years before a figure is no range."""

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
        ("某县计划2045年储能装机达到3~9GW。", "zh", [(3.0e6, 9.0e6, "kW")]),
        ("到2040年储能装机达到6～9GW。", "zh", [(6.0e6, 9.0e6, "kW")]),
        ("The port plans a 10~20 GW buildout by 2035.", "en", [(1.0e7, 2.0e7, "kW")]),
        # a count range keeps both ends, with a tilde or a dash
        ("到2030年，新建8~12座换电站。", "zh", [(8.0, 12.0, "")]),
        ("到2030年，新建8-12座换电站。", "zh", [(8.0, 12.0, "")]),
        ("The city will open 20~30 new depots by 2031.", "en", [(20.0, 30.0, "")]),
        ("The city will open 20-30 new depots by 2031.", "en", [(20.0, 30.0, "")]),
        # ordinary figures beside it are kept as they were
        ("2027~2031年间每年新建储能1GW。", "zh", [(1.0e6, None, "kW")]),
        ("2027-2031年间每年新建储能1GW。", "zh", [(1.0e6, None, "kW")]),
        ("到2030年比重达到40%~45%。", "zh", [(40.0, 45.0, "%")]),
        ("到2030年比重提高到约30%。", "zh", [(30.0, None, "%")]),
        ("Emissions fall ~30% by 2030.", "en", [(30.0, None, "%")]),
        ("Emissions shall be reduced by 55% compared with 1990.", "en", [(55.0, None, "%")]),
        ("The city will open 25 new depots by 2031.", "en", [(25.0, None, "")]),
    ],
)  # fmt: skip
def test_ranges_keep_both_ends(text, lang, expected):
    assert _figures(text, lang) == expected
