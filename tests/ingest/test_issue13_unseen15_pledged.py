"""A Chinese pledge reported as made (已经承诺, 已宣布) states an aim, not a figure reached
(issue 13, unseen15): 已经 / 已 before a verb of pledging is no fact cue. In our own words,
with an invented place (澜江省, 奥斯特里亚); the ordinary reached figure sits beside it.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="zh")


def _targets(text: str) -> list[tuple[float | None, int | None]]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2016-01-10", language="zh"
    )
    extraction = process_document(document, nlp=NLP, types=("target",))
    return [(r.value, r.year) for r in extraction.records if isinstance(r, Target)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: the pledge was made; its figure is an aim
        ("奥斯特里亚已经承诺在2031年以前把单位产值能耗降低17%。", [(17.0, 2031)]),
        ("澜江省已宣布到2028年可再生能源发电占比达到45%。", [(45.0, 2028)]),
        # kept: a figure already reached is no aim
        ("澜江省已经完成造林面积30万亩，森林覆盖率已达到45%。", []),
    ],
)
def test_a_pledge_reported_as_made_states_an_aim(text: str, expected: list[tuple]) -> None:
    assert _targets(text) == expected
