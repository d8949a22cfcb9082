"""Guards for the rules added for the tenth fresh set: where each must not fire.

Every rule there narrowed what counts as an aim; each case here is an ordinary aim (or an
ordinary statistic) next to the rule's own case, in texts of our own: a modal or target
noun after a relative clause or a that-complement is the main clause's; a dated heading
dates the prose aims under it; an open lead-in lends its year only when it names an aim;
a review that a deadline word governs is the deadline; a backtick between letters is an
apostrophe, not code.
"""

from __future__ import annotations

import pytest

from ingest.load import load_document
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _targets_of(document: Document) -> set[tuple]:
    extraction = process_document(document, nlp=NLP[document.language], types=("target",))
    return {
        (r.value, r.unit, r.year)
        for r in extraction.records
        if isinstance(r, Target) and r.value is not None
    }


def _targets(text: str, language: str = "en") -> set[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, date="2024-05-01", language=language
    )
    return _targets_of(document)


def _file_targets(tmp_path, name: str, text: str, language: str = "en") -> set[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document = load_document(path, metadata={"date": "2024-05-01", "language": language})
    return _targets_of(document)


# ------------------------------------------------ a modal after a relative clause or "that"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "that" opening the object of a verb of saying, deciding or requiring
        ("The act provides that emissions shall be lowered by 45% against 2005.", 45.0),
        ("The ministers agreed that oil must stay below 15% of supply.", 15.0),
        ("The assembly decided that exports must be no more than 25% of output.", 25.0),
        # a relative clause that closes before the main clause's own modal
        ("Bottles which contain glass shall be made of at least 40% recycled glass.", 40.0),
        ("Traders that sell diesel must ensure the biofuel share is at least 7%.", 7.0),
        ("Sites that have received permits shall be reduced to 70% of their 2018 output.", 70.0),
    ],
)
def test_modal_of_the_main_clause_keeps_its_figure(text: str, kept: float) -> None:
    assert kept in {value for value, unit, _ in _targets(text) if unit == "%"}


@pytest.mark.parametrize(
    "text",
    [
        "Nations which have pledged to become climate neutral account for 87% of world output.",
        "Firms that have committed to net zero account for 30% of the market.",
    ],
)
def test_aim_verb_in_a_relative_clause_still_leaves_a_statistic(text: str) -> None:
    assert not {k for k in _targets(text) if k[1] == "%"}
