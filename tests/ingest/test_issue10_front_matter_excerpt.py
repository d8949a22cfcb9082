"""A link post keeps the news it links to in a front matter block ("link_excerpt: |")
and writes only a comment in its body; the block is read as text when its key quotes or
summarises the item (``quoted_key_parts`` in ingest/data/front_matter.toml), is prose of
thirty words or more, and is not already in the body (real_unseen16, issue 10). The posts
below are our own, in the style of a personal link blog."""

from __future__ import annotations

from ingest.markup import markdown_view

NEWS = (
    "  The harbour board and the ferry operator have agreed to keep the night fare cap\n"
    "  in place until the spring review.\n"
    "\n"
    "  The board first set a deadline of 4 May for the operator to end the cap, then moved\n"
    "  it back by 21 days; a tribunal will now decide whether the cap stays after June.\n"
)
BODY = "Good news for anyone who takes the late boat home.\n"


def _post(key: str, value: str, body: str = BODY) -> str:
    return f"---\ntitle: Night fares stay\n{key}: |\n{value}shown: true\n---\n\n{body}"


def _view(text: str) -> str:
    return " ".join(markdown_view(text).text.split())


def test_a_link_excerpt_block_is_read_beside_the_comment():
    view = _view(_post("link_excerpt", NEWS))
    assert "a deadline of 4 May for the operator" in view
    assert "Good news for anyone" in view
    assert "Night fares stay" not in view  # other fields stay blank


def test_other_block_fields_and_repeats_stay_blank():
    assert "deadline of 4 May" not in _view(_post("notes", NEWS))
    short = "  The cap stays until the spring review.\n"
    assert "spring review" not in _view(_post("link_excerpt", short))
    repeated = " ".join(NEWS.split()) + "\n"
    view = _view(_post("excerpt", NEWS, body=repeated))
    assert view.count("deadline of 4 May") == 1  # the body already holds it
