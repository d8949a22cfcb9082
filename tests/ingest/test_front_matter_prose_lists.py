"""A page whose body is empty keeps its prose in the front matter; besides the longest
prose field, a list whose items are sentences (an advocacy page's "summary" bullets) is
prose too and is read, while lists of names, tags or dated entries stay blank."""

from __future__ import annotations

from ingest.markup import markdown_view

_PAGE = """---
slug: clean-rivers-levy
title: Clean Rivers Levy
bill_no: H.1234
summary:
  - The levy would raise $2 billion over ten years from the largest water
    polluters in the state.
  - A third of the money must go to towns downstream of the worst outfalls.
text: >-
  The Clean Rivers Levy is a bill sponsored by two members of the assembly that
  asks the biggest polluters to pay for the clean-up of the state's rivers and lakes.
sponsors:
  - jane-doe
  - john-roe
tags:
  - water
  - pollution
history:
  - date: 2025-01-09
    description: Bill filed and referred to committee
---
{body}
"""


def test_sentence_items_of_a_front_matter_list_are_read_when_the_body_is_empty():
    text = markdown_view(_PAGE.format(body="")).text
    assert "raise $2 billion over ten years" in text
    assert "A third of the money must go to towns" in text
    assert "asks the biggest polluters to pay" in text  # the prose field, as before


def test_names_tags_and_dated_entries_stay_blank():
    text = markdown_view(_PAGE.format(body="")).text
    for hidden in ("jane-doe", "pollution\n", "2025-01-09", "Bill filed", "H.1234"):
        assert hidden not in text


def test_a_page_with_a_body_keeps_its_front_matter_blank():
    text = markdown_view(_PAGE.format(body="The levy passed its first reading in May.")).text
    assert "raise $2 billion" not in text
    assert "passed its first reading" in text
