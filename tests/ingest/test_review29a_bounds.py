"""What the rule path keeps between documents stays bounded: the pipeline kept for
documents given none is built afresh once its vocabulary grows past a limit, the deadline
and base-year caches keep no long text and no match object, and the split-sentence cache
can be cleared between a lookup and its read. Sentences are our own."""

from __future__ import annotations

import random
import re

import pytest

from ingest import deadlines, pipeline, segment
from ingest.deadlines import find_base_years, find_deadlines
from ingest.lang import load_grammar
from ingest.records import Document
from ingest.text_cache import KEY_CHARS

EN = load_grammar("en")


def _note(rnd: random.Random, i: int) -> Document:
    """A short register note full of site names and codes never seen before."""

    def word() -> str:
        return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(6, 10)))

    text = " ".join(
        f"Site {word()} ({word()}-{rnd.randint(10**6, 10**9)}) shall report to {word()} by 2030."
        for _ in range(20)
    )
    return Document(doc_id=f"n{i}", path=f"n{i}.txt", text=text, title="Register", language="en")


def test_the_kept_pipeline_vocabulary_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    limit = 2_500
    monkeypatch.setattr(pipeline, "_OWN_VOCAB_STRINGS", limit, raising=False)
    pipeline._own_pipeline.cache_clear()
    rnd = random.Random(7)
    sizes = []
    for i in range(60):  # about 80 new strings a note: 4,800 in all
        pipeline.process_document(_note(rnd, i), types=("target",))
        sizes.append(len(pipeline._own_pipeline("en").vocab.strings))
    pipeline._own_pipeline.cache_clear()
    # one note's new words may be added past the limit before the pipeline is rebuilt
    assert max(sizes) < limit + 400, max(sizes)
    assert sizes[-1] < limit + 400


def test_a_rebuilt_pipeline_gives_the_same_records(monkeypatch: pytest.MonkeyPatch) -> None:
    document = Document(
        doc_id="a",
        path="a.txt",
        text="Sales of clean buses shall reach 40% by 2030.",
        title="Buses",
    )
    pipeline._own_pipeline.cache_clear()
    first = pipeline.process_document(document, types=("target",))
    kept = pipeline._own_pipeline("en")
    assert pipeline._own_pipeline("en") is kept  # kept below the limit
    monkeypatch.setattr(pipeline, "_OWN_VOCAB_STRINGS", 10)
    again = pipeline.process_document(document, types=("target",))
    assert pipeline._own_pipeline("en") is not kept
    pipeline._own_pipeline.cache_clear()
    assert first.records == again.records
    assert [r.value for r in first.records] == [40.0]


def _long_clause() -> str:
    sentence = "The agency shall publish the register of depots within three years. "
    return sentence * (KEY_CHARS // len(sentence) + 2) + "Emissions fall 30% from 2019 levels."


@pytest.mark.parametrize("cache", ["_deadlines", "_rule_matches", "_base_years"])
def test_a_long_text_is_not_kept_by_the_deadline_caches(cache: str) -> None:
    text = _long_clause()
    assert len(text) > KEY_CHARS
    for name in ("_deadlines", "_rule_matches", "_base_years"):
        getattr(deadlines, name).cache_clear()
    kept = getattr(deadlines, cache)
    found = find_deadlines(text, EN, doc_year=2024)
    assert {d.year for d in found} == {2027}
    assert [b.year for b in find_base_years(text, EN)] == [2019]
    assert kept.cache_info().currsize == 0
    short = "The agency shall publish the register within three years."
    assert [d.year for d in find_deadlines(short, EN, doc_year=2024)] == [2027]
    assert kept.cache_info().currsize == 1  # a clause is still kept


def test_the_kept_deadline_matches_hold_no_match_objects() -> None:
    text = "Depots shall be electric by the end of 2028 and report within two years."
    kept = deadlines._rule_matches(text, EN)
    assert any(hits for _, hits in kept)
    assert not any(isinstance(hit, re.Match) for _, hits in kept for hit in hits)
    years = {None: [2028, None], 2024: [2028, 2026]}
    for year, expected in years.items():
        assert [d.year for d in find_deadlines(text, EN, doc_year=year)] == expected


class _ClearedAfterCheck(dict):
    """A kept piece forgotten by another thread right after a membership test."""

    def __contains__(self, key: object) -> bool:
        found = super().__contains__(key)
        self.clear()
        return found


def test_a_split_cache_cleared_between_check_and_read_does_not_raise() -> None:
    nlp = pipeline.build_nlp()
    piece = "Depots shall report. Buses shall follow."
    segment._SPLIT[nlp] = _ClearedAfterCheck({piece: ((0, 20), (21, 40))})
    assert segment._sentences_of([piece], nlp) == [((0, 20), (21, 40))]
