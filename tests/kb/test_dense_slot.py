"""The dense list's guaranteed place in a search's top five (``kb.hits.keep_dense_best``)."""

from __future__ import annotations

from dataclasses import replace

from fixtures import extract_plain

import kb.retrieve as kb_module
from kb.hits import Hit, keep_dense_best


def _hit(key: str, dense: float | None = None) -> Hit:
    return Hit(key=key, doc_id="d", clause_id=key, text=key, dense=dense)


def _keys(hits: list[Hit]) -> list[str]:
    return [h.key for h in hits]


RANKED = [_hit(k) for k in "abcdefg"]


def test_a_clear_dense_first_is_moved_up_to_the_place():
    dense = [_hit("f", 0.72), _hit("a", 0.60), _hit("b", 0.58)]
    moved = keep_dense_best(RANKED, dense, margin=0.05, against=3, place=5)
    assert _keys(moved) == ["a", "b", "c", "d", "f", "e", "g"]


def test_a_dense_first_close_to_the_rest_stays_where_it_was():
    dense = [_hit("f", 0.62), _hit("a", 0.61), _hit("b", 0.60)]
    assert _keys(keep_dense_best(RANKED, dense, margin=0.05, against=3, place=5)) == list("abcdefg")


def test_a_dense_first_already_in_the_top_places_is_not_moved_down():
    dense = [_hit("b", 0.9), _hit("a", 0.5), _hit("c", 0.4)]
    assert _keys(keep_dense_best(RANKED, dense, margin=0.05, against=3, place=5)) == list("abcdefg")


def test_the_moved_hit_keeps_its_reranked_fields_and_nothing_is_lost():
    ranked = [replace(h, relevance=0.1 * i) for i, h in enumerate(RANKED)]
    dense = [_hit("g", 0.8), _hit("a", 0.5), _hit("b", 0.4)]
    moved = keep_dense_best(ranked, dense, margin=0.05, against=3, place=2)
    assert _keys(moved) == ["a", "g", "b", "c", "d", "e", "f"]
    assert moved[1].relevance == ranked[6].relevance
    assert sorted(_keys(moved)) == sorted(_keys(ranked))


def test_a_short_dense_list_or_a_bad_setting_leaves_the_order():
    assert _keys(keep_dense_best(RANKED, [_hit("g", 0.9)], margin=0.0, against=3, place=5)) == (
        list("abcdefg")
    )
    dense = [_hit("g", 0.9), _hit("a", 0.1), _hit("b", 0.1)]
    assert _keys(keep_dense_best(RANKED, dense, margin=0.0, against=1, place=5)) == list("abcdefg")
    assert _keys(keep_dense_best(RANKED, dense, margin=0.0, against=3, place=0)) == list("abcdefg")


# A small real store whose sentences all repeat the question's words: the dense list's
# first sentence is only just ahead of the next one, and the reranker puts another first.
NOTES = """Capital region notes

Berlin granted a bonus of 4,500 euros to buyers of battery electric cars.

People who changed jobs in the capital give a payment to the pension fund.

The capital changed how people give payment for parking their vehicles.

Exhaust from old vehicles changed the air that people in the capital breathe.

People give the capital a payment for vehicles towed from changed lanes.

Any payment people give the capital for vehicles is changed every year.
"""

QUESTION = "What payment did the capital give people who changed to vehicles without exhaust?"


def _notes_retriever(kb_factory, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    kb = kb_factory()
    assert kb.add_extraction(extract_plain(path)) == "added"
    return kb.retriever


def _dense_first(retriever, question: str) -> str:
    from kb.understand import understand

    vector = retriever.embedder.embed([understand(question).dense_text])[0]
    return retriever.dense_search(vector, k=5, allowed=None)[0][0]


def test_the_slot_moves_the_dense_first_sentence_up_in_a_real_search(kb_factory, tmp_path):
    retriever = _notes_retriever(kb_factory, tmp_path)
    first = _dense_first(retriever, QUESTION)
    retriever.dense_slot = None
    plain = [h.key for h in retriever.search(QUESTION, top_k=5)]
    assert plain[0] != first  # the reranker's own order puts another sentence first
    retriever.dense_slot = {"margin": 0.0, "against": 2, "place": 1}
    slotted = [h.key for h in retriever.search(QUESTION, top_k=5)]
    assert slotted[0] == first and sorted(slotted) == sorted(plain)
    # the same first sentence only just ahead of the second: a margin holds it back
    retriever.dense_slot = {"margin": 0.05, "against": 2, "place": 1}
    assert [h.key for h in retriever.search(QUESTION, top_k=5)] == plain


def test_the_default_slot_keeps_the_first_hit_of_a_question_sharing_its_words(kb_factory, tmp_path):
    retriever = _notes_retriever(kb_factory, tmp_path)
    question = "How much did Berlin grant buyers of battery electric cars?"
    assert retriever.dense_slot == kb_module.DENSE_SLOT
    with_slot = retriever.search(question, top_k=5)
    retriever.dense_slot = None
    without = retriever.search(question, top_k=5)
    assert with_slot[0].key == without[0].key and "4,500" in with_slot[0].text
