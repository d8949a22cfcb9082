"""A question that names a document by its title: the title's words are held by every
clause of that document.

A question about a statute names it ("the Widget Levy Act"), and the clauses that repeat
the name (the short-title section, the long title) matched it best while the subsection
that answers ("The rate of levy is $5 per unit.") holds none of it. Read in its document, a
clause is about what the document's title names, so those words count towards its word
cover; the clause then wins on the question's other words. A document whose title shares
no word with the question gets nothing.
"""

from __future__ import annotations

import pytest

from kb import rerank
from kb.rerank import load_model
from kb.retrieve import query_tokens
from kb.understand import understand

QUESTION = "What is the rate of the widget levy?"
TITLE = "Widget Levy Act 2009"
BODY = "The rate of levy is $5 per unit."
SHORT_TITLE = "This Act may be cited as the Widget Levy Act 2009."


def _features(text: str, *, title: str, question: str = QUESTION) -> dict[str, float]:
    q = understand(question)
    values = rerank.features(
        q,
        set(query_tokens(q)),
        text=text,
        context="",
        section="",
        title=title,
        kind="sentence",
        dense=0.5,
        dense_rel=0.8,
        bm25_rel=0.5,
        dense_rank=5,
        bm25_rank=5,
        fused_rank=5,
        units=rerank.question_units(q),
    )
    return dict(zip(rerank.FEATURES, values, strict=True))


def test_the_title_words_count_as_held_by_a_body_clause():
    named = _features(BODY, title=TITLE)
    bare = _features(BODY, title="")
    assert named["cover"] > bare["cover"]
    assert named["cover_ctx"] > bare["cover_ctx"]
    assert named["cover"] == pytest.approx(1.0)


def test_the_body_clause_outscores_the_short_title_on_equal_ranks():
    body = _features(BODY, title=TITLE)
    short = _features(SHORT_TITLE, title=TITLE)
    assert body["cover"] > short["cover"]
    model = load_model()
    assert model.score(list(body.values())) > model.score(list(short.values()))


def test_a_title_sharing_no_question_word_changes_nothing():
    question = "What share of new cars must be electric by 2030?"
    text = "New cars must reach a 40% electric share by 2030."
    other = _features(text, title="Harbour Dredging Plan", question=question)
    bare = _features(text, title="", question=question)
    assert other == bare


def test_only_the_words_the_title_holds_are_credited():
    f = _features("Payments are made each quarter.", title=TITLE)
    assert 0.0 < f["cover"] < 1.0


def test_a_title_the_question_does_not_name_is_not_credited():
    # "levy" alone is one of four title words: the question does not name the document.
    question = "What is the rate of the levy on imports?"
    text = "The rate is $5 per unit."
    named = _features(text, title=TITLE, question=question)
    bare = _features(text, title="", question=question)
    assert named["cover"] == bare["cover"] and named["cover_ctx"] == bare["cover_ctx"]
