"""Keyword search: tokens for BM25 and the on-disk BM25 index of a store.

``tokenize`` turns text into lower-case word and number tokens (stop words from
``kb/data/en_stop.toml`` dropped, plurals folded, spelling variants joined) and
Chinese runs into the tokens of ``kb.cjk``. ``query_tokens`` adds a question's
expansions. The BM25 index over every clause (its text and its keywords: title,
section heading, record words) is cached on disk (``cache/bm25-*.pkl`` in the
store) so a new process does not re-tokenise every clause.
"""

from __future__ import annotations

import functools
import os
import pickle
import re
import tomllib
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kb.cjk import cjk_tokens, fold_wide_digits, segmenter, without_cjk
from kb.store import Store
from kb.understand import Query

_STOP_FILE = Path(__file__).parent / "data" / "en_stop.toml"


@functools.cache
def _lists() -> dict[str, Any]:
    return tomllib.loads(_STOP_FILE.read_text(encoding="utf-8"))


#: English function words dropped from keyword search (``[search] stopwords``).
STOPWORDS = frozenset(_lists()["search"]["stopwords"].split())

# Spelling variants and drafting synonyms mapped to one token (``[search.spellings]``).
_NORMALISE: dict[str, str] = dict(_lists()["search"].get("spellings", {}))

#: Words a fragment ends on when it stops mid-sentence (``[excerpt] dangling``).
DANGLING_WORDS: tuple[str, ...] = tuple(_lists()["excerpt"]["dangling"])

_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
_TOKEN = re.compile(r"\d+(?:\.\d+)?%?|[^\W\d_]+", re.UNICODE)


def tokenize(text: str) -> list[str]:
    """Lower-case word and number tokens, stopwords dropped, plurals folded; Chinese
    runs as overlapping character bigrams (``kb.cjk.cjk_tokens``), so 电解铝 matches
    电解铝行业.

    Example:
        >>> tokenize("The shares of green factories by 2030")
        ['proportion', 'green', 'factory', '2030']
        >>> tokenize("电解铝行业 2030")
        ['2030', '电解', '解铝', '铝行', '行业']
    """
    return list(_tokens(text))


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    # Cached: a question's candidates (text, context, title) are tokenised by the
    # reranker, the refusal check and the answer ranking, and the same clauses come
    # back for related questions; without the cache this was a third of a warm answer.
    out = []
    text = fold_wide_digits(text)  # "２０１５年" is the year a question types as 2015
    has_cjk = _HAS_CJK.search(text) is not None
    for tok in _TOKEN.findall((without_cjk(text) if has_cjk else text).lower()):
        if tok in STOPWORDS:
            continue
        tok = _NORMALISE.get(tok, tok)
        if tok.endswith("ies") and len(tok) > 4:
            tok = tok[:-3] + "y"
        elif tok.endswith("s") and not tok.endswith("ss") and len(tok) > 3:
            tok = tok[:-1]
        out.append(_NORMALISE.get(tok, tok))
    if has_cjk:
        out.extend(cjk_tokens(text))
    return tuple(out)


def query_tokens(
    query: str | Query, *, cross: bool = True, index: Any = None, synonyms: bool = True
) -> list[str]:
    """BM25 tokens of a question: its own, then each new token of its expansions once
    (and of its other-language glossary terms, unless ``cross`` is False). Given the
    BM25 ``index`` it searches, a ``Query`` also gets its dictionary translations
    (``translated_terms``) and, for a Chinese question, the collection's words for the
    words it uses and no clause does (``synonym_terms``; not when ``synonyms`` is False)."""
    if isinstance(query, str):
        return tokenize(query)
    tokens = tokenize(query.text)
    seen = set(tokens)
    terms = query.expansions
    if cross:
        terms += query.cross_terms
        if index is not None:
            terms += translated_terms(query.text, index)
            if synonyms:
                terms += synonym_terms(query.text, index)
    for term in terms:
        for tok in tokenize(term):
            if tok not in seen and not _noise(tok, query.years):
                seen.add(tok)
                tokens.append(tok)
    return tokens


def _noise(tok: str, years: frozenset[str]) -> bool:
    """A Latin letter or a number other than a year the question names: what "h2" or
    "co2" would add to keyword search, found in nearly every document."""
    return tok.isascii() and (len(tok) == 1 or (tok.isdigit() and tok not in years))


def cross_tokens(query: Query, index: Any) -> set[str]:
    """The question's tokens in the other language (glossary terms and dictionary
    translations): what a clause in the other language can share with it. The
    reranker measures a candidate's word overlap against these when the candidate is
    not in the question's language (against the question's own words it is always 0)."""
    own = set(query_tokens(query, cross=False))
    return {t for t in query_tokens(query, index=index, synonyms=False) if t not in own}


def same_script(a: str, b: str) -> bool:
    """Whether two texts are both Chinese or both not (by whether they hold Han)."""
    return (_HAS_CJK.search(a) is None) == (_HAS_CJK.search(b) is None)


_HAS_CHINESE: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()


def doc_freq(index: Any) -> Callable[[str], int]:
    """How many clauses of a BM25 ``index`` hold a term: the smallest document
    frequency of its tokens (0 when one is not indexed at all)."""
    vocab = index.vocab_dict
    indptr = index.scores["indptr"]

    def one(token: str) -> int:
        i = vocab.get(token)
        return 0 if i is None else int(indptr[i + 1] - indptr[i])

    def df(term: str) -> int:
        toks = tokenize(term)
        return min((one(t) for t in toks), default=0)

    return df


def translated_terms(question: str, index: Any) -> tuple[str, ...]:
    """The other language's words for ``question`` (``kb.translate_terms``), chosen by
    how the indexed clauses use them. An English question is translated only when the
    index holds Chinese text (so an English-only store never loads the dictionary).
    Remembered per question and index (keyword search and the reranker both ask),
    and forgotten with the index."""
    try:
        seen = _TRANSLATED.setdefault(index, {})
    except TypeError:  # an index that cannot be weakly referenced
        return _translate(question, index)
    terms = seen.get(question)
    if terms is None:
        terms = _translate(question, index)
        if len(seen) >= 256:
            seen.clear()
        seen[question] = terms
    return terms


_TRANSLATED: weakref.WeakKeyDictionary[Any, dict[str, tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)


def synonym_terms(question: str, index: Any) -> tuple[str, ...]:
    """``kb.zh_synonyms.chinese_synonyms`` of a Chinese question over the BM25
    ``index`` (nothing for any other question, and no dictionary load)."""
    if not _HAS_CJK.search(question):
        return ()
    from kb.zh_synonyms import chinese_synonyms

    return chinese_synonyms(question, doc_freq=doc_freq(index))


def _translate(question: str, index: Any) -> tuple[str, ...]:
    from kb import translate_terms

    if not _HAS_CJK.search(question):
        try:
            chinese = _HAS_CHINESE[index]
        except (KeyError, TypeError):
            chinese = any(_HAS_CJK.search(tok) for tok in index.vocab_dict)
            try:
                _HAS_CHINESE[index] = chinese
            except TypeError:
                pass
        if not chinese:
            return ()
    return translate_terms.translate(question, doc_freq=doc_freq(index))


#: Bump when ``tokenize`` or the indexed keys change, so old cached indexes are not reused.
BM25_CACHE_VERSION = 4


def bm25_path(store: Store, revision: int) -> Path:
    """Where the BM25 index of ``store`` at ``revision`` is cached."""
    # Keyed on the store's random id too: a store recreated in place restarts revisions.
    store_id = (store._meta("store_id") or "")[:12]
    zh = segmenter().replace("+", "-")
    name = f"bm25-v{BM25_CACHE_VERSION}-{zh}-{store_id}-r{revision}.pkl"
    return store.db_dir / "cache" / name


def load_bm25(store: Store, revision: int) -> tuple[Any, list[str]] | None:
    """The BM25 index saved for this store revision, if any (saves a cold start re-tokenising)."""
    path = bm25_path(store, revision)
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # our own cache file, written by build_bm25
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        return None


def build_bm25(store: Store, revision: int) -> tuple[Any, list[str]]:
    """Index every clause of ``store`` (text and keywords) and cache it on disk."""
    import bm25s

    rows = store.clause_texts()
    keys = [key for key, _ in rows]
    extra = store.clause_keywords()
    index = bm25s.BM25()
    if rows:
        index.index(
            [tokenize(f"{text} {extra.get(key, '')}") or ["_"] for key, text in rows],
            show_progress=False,
        )
    path = bm25_path(store, revision)
    try:  # best effort: a read-only store still answers, just rebuilds next time
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump((index, keys), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("bm25-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return index, keys
