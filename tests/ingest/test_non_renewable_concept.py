"""Non-renewable energy (非再生能源, 不可再生能源) is not renewable energy.

The renewable pattern reads 再生能源 with or without 可 (Taiwan writes 再生能源), so it
matched inside the words for the opposite. A negation right before the words now keeps the
concept off; the plain words in both writings still name it. Texts in our own words.
"""

from __future__ import annotations

import pytest

from ingest.metric_keys import find_concept


@pytest.mark.parametrize(
    ("text", "renewable"),
    [
        ("非再生能源供电比例", False),
        ("不可再生能源供电比例", False),
        ("不可再生能源消耗总量", False),  # energy consumption, named by its own words
        ("可再生能源供电比例", True),
        ("再生能源供电比例", True),
        ("到2030年再生能源占比提高", True),
    ],
)
def test_non_renewable_is_no_renewable_share(text: str, renewable: bool) -> None:
    found = find_concept(text, "zh")
    assert (found is not None and found.name == "renewable energy share") is renewable
