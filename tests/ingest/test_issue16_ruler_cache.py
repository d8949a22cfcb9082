"""Issue 16: the parser's attribute ruler looks its one-token matches up per token
signature (``ingest/obligations/ruler_cache.py``) and its lemmatizer keeps every answer
(``lemma_cache.py``); every token's attributes, and so every record, stay what the
ruler's own ``Matcher`` and the lemmatizer's own rules give.

Real spaCy pipelines (the statistical English parser, loaded with and without the
lookup); the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from ingest.obligations.lemma_cache import KeptLemmas  # noqa: E402
from ingest.obligations.ruler_cache import CachedMatch  # noqa: E402
from ingest.pipeline import PARSER_MODEL, build_nlp, load_parser, process_documents  # noqa: E402
from ingest.records import Document  # noqa: E402

# Tags, lemma exceptions of one token ("'s", "n't", "nothin'"), of two ("gon na", "ai n't"),
# dependency-bound ones ("do" as a main verb), spaces, and the same words twice so that
# the second reading comes from the table.
SENTENCES = [
    "The operator shall keep a log of every inspection.",
    "The board's members ain't gonna approve it, and there's nothin' left to do.",
    "Operators do the checks; they don't skip them, and they have done so since 2021.",
    "Importers   shall not place untested batteries on the market by 2028.",
    "Whether or not the levy applies, tenants are encouraged to insulate their lofts.",
    "The operator shall keep a log of every inspection, though it's not signed.",
    "Each carrier must report every quarter from 2027 unless the fund is closed.",
    "The fleet's emissions shall be cut by 40% by 2030 compared with 2019.",
]


@pytest.fixture(scope="module")
def parsers():
    plain = spacy.load(PARSER_MODEL)  # the ruler's own Matcher
    return plain, load_parser()


def _attributes(doc) -> list[tuple]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


def test_the_lookup_is_installed_by_load_parser(parsers) -> None:
    _, fast = parsers
    assert isinstance(fast.get_pipe("attribute_ruler").match, CachedMatch)
    assert isinstance(fast.get_pipe("lemmatizer").lemmatize, KeptLemmas)


def test_every_token_keeps_its_attributes(parsers) -> None:
    plain, fast = parsers
    before = [_attributes(d) for d in plain.pipe(SENTENCES)]
    after = [_attributes(d) for d in fast.pipe(SENTENCES)]
    assert after == before
    again = [_attributes(d) for d in fast.pipe(SENTENCES)]  # lemmas and matches kept
    assert again == before
    # The sentences reach the lemma exceptions, not only the tag map.
    lemmas = {(text, lemma) for doc in after for text, _, _, lemma, _, _ in doc}
    assert ("'s", "be") in lemmas or ("’s", "be") in lemmas


def test_matches_equal_the_matchers_own(parsers) -> None:
    plain, _ = parsers
    ruler = plain.get_pipe("attribute_ruler")
    lookup = CachedMatch(ruler)
    skip = ["attribute_ruler", "lemmatizer", "ner"]
    for doc in list(plain.pipe(SENTENCES, disable=skip)) * 2:  # learnt, then looked up
        assert lookup(doc) == ruler.match(doc)


def test_a_signature_that_loses_the_word_is_caught(parsers) -> None:
    """The comparison can fail: a table that forgets which words the patterns name
    confuses "is" with any other VBZ, and the matches differ."""
    plain, _ = parsers
    ruler = plain.get_pipe("attribute_ruler")
    lookup = CachedMatch(ruler)
    lookup._forms = set()  # every word "other": the word-bound patterns fall out
    docs = list(plain.pipe(SENTENCES, disable=["attribute_ruler", "lemmatizer", "ner"]))
    assert any(lookup(doc) != ruler.match(doc) for doc in docs * 2)


def test_records_are_those_of_the_plain_parser(parsers) -> None:
    plain, fast = parsers
    documents = [
        Document(doc_id=f"d{i}", path=f"d{i}.txt", text=text, date="2026-01-01")
        for i, text in enumerate(SENTENCES)
    ]
    nlp = build_nlp()
    before = process_documents(documents, nlp=nlp, parser=plain)
    after = process_documents(documents, nlp=nlp, parser=fast)
    assert [e.records for e in after] == [e.records for e in before]
    assert any(e.records for e in after)
