"""A sentence that runs on from one PDF page to the next (issue 9), in our own words.

A PDF's pages are joined with a blank line, which ends a paragraph. When a wrapped body
line is cut by the page's end ("到 2025 年底，全县光伏装机超" / "过 300 万千瓦"), the
blank line split the sentence, and its figure lost the year at the start of it. Such
pages are now joined with a line break; pages that end a sentence, a heading or a page
number keep the blank line.
"""

from __future__ import annotations

import pytest

from ingest.formats import _join_pages
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

_ZH_CUT = "各县要加快发展可再生能源。到 2025 年底，全县光伏装机超"
_ZH_ON = "过 300 万千瓦，光伏装机占比达到 28%以上。"


@pytest.mark.parametrize(
    ("pages", "joiner"),
    [
        ([_ZH_CUT, _ZH_ON], "\n"),  # a Chinese sentence cut mid-word
        (
            [
                "The council will install new charging points across every",
                "district by 2030, starting with the town centre.",
            ],
            "\n",
        ),  # fmt: skip
        (["各县要加快发展可再生能源，统筹推进风光项目建设。", _ZH_ON], "\n\n"),  # ends in 。
        (["各县要加快发展可再生能源，统筹推进风光项目建", "（二）发展目标"], "\n\n"),  # heading
        (["各县要加快发展可再生能源，统筹推进风光项目建", "表 3 各县光伏发展目标"], "\n\n"),
        (["— 7 —", _ZH_ON], "\n\n"),  # a page number
        (["三、重点任务", "过 300 万千瓦。"], "\n\n"),  # a short line: a heading, not body
        (
            [
                "The council will install new charging points in every district.",
                "Funding comes from the transport budget.",
            ],
            "\n\n",
        ),  # fmt: skip
    ],
)
def test_pages_join_with_a_line_break_only_inside_a_sentence(pages: list, joiner: str) -> None:
    assert _join_pages(pages) == joiner.join(pages)


def test_a_figure_on_the_next_page_keeps_the_sentence_year() -> None:
    text = _join_pages([_ZH_CUT, _ZH_ON])
    document = Document(
        doc_id=content_id(text), path="t.pdf", text=text, date="2021-05-01", language="zh"
    )
    extraction = process_document(document, nlp=build_nlp(language="zh"), types=("target",))
    found = {(r.value, r.unit, r.year) for r in extraction.records if isinstance(r, Target)}
    assert {(3000000.0, "kW", 2025), (28.0, "%", 2025)} <= found
