"""Chinese text for keyword search and excerpts: character bigrams and sentence spans.

Chinese has no spaces, and the English tokenizer in ``kb.retrieve`` reads a whole
run of Chinese characters as one "word", so 电解铝 never matches 电解铝行业.
Overlapping character bigrams are the standard dictionary-free answer (Lucene's
``CJKBigramFilter``; Kwok 1997, "Comparing representations in Chinese
information retrieval", SIGIR '97): every word of two or more characters shares
at least one bigram with any text containing it, and BM25's IDF does the
weighting a segmenter would otherwise do. Which characters count as function
words is data, in ``kb/data/cjk_stop.toml``.

Everything here is pure and needs no model.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ingest.widths import fold_figures

#: Han ideographs: CJK Unified Ideographs, Extension A, Compatibility Ideographs.
#: Kana and Hangul are not Chinese and stay with the other tokenizer.
CJK_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RUN = re.compile(f"[{CJK_CHARS}]+")

# Full-width figures (２０１５年, ３２％, ０．８６９) as ASCII, character for character: the
# year, figure and keyword checks read ASCII digits, and a question types them so.

_STOP_FILE = Path(__file__).parent / "data" / "cjk_stop.toml"

#: Sentence ends in Chinese text; closing quotes and brackets that follow one stay
#: with its sentence (。” ends the sentence after the quote).
_SENTENCE_END = re.compile(r"[。！？；]+[”’」』）)】》\"']*|\n")


@dataclass(frozen=True, slots=True)
class _StopLists:
    particles: frozenset[str]
    keep: frozenset[str]
    function: frozenset[str]
    segmenter: str = "bigram"


@functools.cache
def _stop_lists() -> _StopLists:
    with _STOP_FILE.open("rb") as handle:
        data = tomllib.load(handle)
    return _StopLists(
        particles=frozenset(data["particles"]),
        keep=frozenset(data["keep"]),
        function=frozenset(data["function"]),
        segmenter=os.environ.get("POLICYKB_ZH_SEGMENTER")
        or data.get("segmenter", {}).get("zh", "bigram"),
    )


SEGMENTERS = ("bigram", "jieba", "jieba+bigram")


def segmenter() -> str:
    """The configured way Chinese runs become tokens (``[segmenter] zh`` in cjk_stop.toml;
    the ``POLICYKB_ZH_SEGMENTER`` environment variable overrides it, for benchmarks)."""
    name = _stop_lists().segmenter
    if name not in SEGMENTERS:
        raise ValueError(f"kb/data/cjk_stop.toml: segmenter {name!r} is not one of {SEGMENTERS}")
    return name


@functools.cache
def _jieba() -> Any:
    import logging

    import jieba  # lazy: only when configured; its dictionary ships in the package

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def _words(piece: str, stop: _StopLists) -> list[str]:
    """jieba's words of ``piece`` in search mode, function words dropped."""
    return [
        w
        for w in _jieba().cut_for_search(piece, HMM=False)
        if w.strip()
        and not (len(w) == 1 and (w in stop.function or w in stop.particles))
        and not all(c in stop.function for c in w)
    ]


def fold_wide_digits(text: str) -> str:
    """``text`` with full-width digits, ％ and a decimal ． in ASCII; same length
    (``ingest.widths.fold_figures``, which extraction reads figures through).

    Example:
        >>> fold_wide_digits("到２０１５年下降３２％，０．８６９吨")
        '到2015年下降32%，0.869吨'
    """
    return fold_figures(text)


def has_cjk(text: str) -> bool:
    """Whether ``text`` contains a Chinese character.

    Example:
        >>> has_cjk("电解铝 aluminium"), has_cjk("aluminium")
        (True, False)
    """
    return CJK_RUN.search(text) is not None


_LATIN_WORD = re.compile(r"[A-Za-z]+")


def mostly_cjk(text: str) -> bool:
    """Whether ``text`` is written mostly in Chinese: more Chinese characters than Latin
    words (a Chinese question may name GDP; an English one may quote 煤炭).

    Example:
        >>> mostly_cjk("单位GDP能耗要下降多少？"), mostly_cjk("How much should 煤炭 fall?")
        (True, False)
    """
    return sum(len(run) for run in CJK_RUN.findall(text)) > len(_LATIN_WORD.findall(text))


def without_cjk(text: str) -> str:
    """``text`` with every run of Chinese characters replaced by one space.

    For the word tokenizer, which then sees only the Latin-script part; the
    Chinese part goes through ``cjk_tokens``.

    Example:
        >>> without_cjk("CO2排放 in 2030年")
        'CO2  in 2030 '
    """
    return CJK_RUN.sub(" ", text)


def _pieces(run: str, stop: _StopLists) -> list[str]:
    """``run`` cut at each particle that is not part of a ``keep`` word."""
    if stop.particles.isdisjoint(run):
        return [run]
    pieces, current = [], []
    for i, char in enumerate(run):
        if (
            char in stop.particles
            and run[max(0, i - 1) : i + 1] not in stop.keep
            and run[i : i + 2] not in stop.keep
        ):
            if current:
                pieces.append("".join(current))
                current = []
            continue
        current.append(char)
    if current:
        pieces.append("".join(current))
    return pieces


def cjk_tokens(text: str) -> list[str]:
    """Keyword tokens of the Chinese in ``text``: overlapping character bigrams.

    Each run of Chinese characters (punctuation, digits, Latin letters and spaces
    end a run) is cut at grammatical particles (的, 了 …), and each piece gives its
    overlapping bigrams; a piece of one character gives itself. Function
    characters (和, 在, 对 …) are dropped when alone, and so are bigrams made only
    of them. Non-Chinese text gives nothing: tokenize it separately.

    Args:
        text: any text; only its Chinese characters are read.

    Returns:
        Tokens in text order, repeats kept (BM25 counts term frequency).

    Example:
        >>> cjk_tokens("电解铝行业的可再生能源比例")
        ['电解', '解铝', '铝行', '行业', '可再', '再生', '生能', '能源', '源比', '比例']
        >>> cjk_tokens("电解铝")
        ['电解', '解铝']
        >>> cjk_tokens("钢铁和铝，以及水泥")
        ['钢铁', '铁和', '和铝', '及水', '水泥']
        >>> cjk_tokens("the 2030 target")
        []
    """
    stop = _stop_lists()
    method = segmenter()
    out: list[str] = []
    for run in CJK_RUN.findall(text):
        if method != "bigram":
            out.extend(_words(run, stop))
            if method == "jieba":
                continue
        for piece in _pieces(run, stop):
            if len(piece) == 1:
                if piece not in stop.function:
                    out.append(piece)
                continue
            function = stop.function
            out.extend(
                a + b
                for a, b in zip(piece, piece[1:], strict=False)
                if a not in function or b not in function
            )
    return out


class Sentence(NamedTuple):
    """A sentence of a text, with its span: ``text[start:end] == sentence.text``."""

    text: str
    start: int
    end: int


def split_sentences_cjk(text: str) -> list[Sentence]:
    """Split Chinese text into sentences, keeping each sentence's offsets.

    A sentence ends after 。！？ or ；(a Chinese clause list is separated by
    semicolons, and each item is an aim of its own), together with any closing
    quotes or brackets that follow, and at every line break. Surrounding
    whitespace (including the ideographic space U+3000) is not part of a
    sentence, and empty sentences are skipped.

    Args:
        text: the document or paragraph text.

    Returns:
        Sentences in order, each with ``text[start:end] == sentence.text``.

    Example:
        >>> [s.text for s in split_sentences_cjk("到2030年达到30%。要加快淘汰；严格控制！")]
        ['到2030年达到30%。', '要加快淘汰；', '严格控制！']
        >>> split_sentences_cjk("  他说：“好。”\\n第二行")
        [Sentence(text='他说：“好。”', start=2, end=9), Sentence(text='第二行', start=10, end=13)]
    """
    sentences = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start() if match.group() == "\n" else match.end()
        _append_stripped(sentences, text, begin, end)
        begin = match.end()
    _append_stripped(sentences, text, begin, len(text))
    return sentences


def _append_stripped(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(text[start:end], start, end))


#: Where a long Chinese clause may be cut for an excerpt: after a sentence end or a
#: comma, and before an enumeration marker (一、 （一） 1. （1）) that opens an item.
_PIECE_END = re.compile(r"[。！？；，,;]+[”’」』）)】》]*")
_ENUMERATION = re.compile(
    r"(?<=\S)(?=(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|"
    r"(?<![\d.])[一二三四五六七八九十]{1,3}、|(?<![\d.])\d{1,2}[.．、](?!\d)))"
)


def split_pieces_cjk(text: str) -> list[str]:
    """Cut Chinese ``text`` into excerpt pieces: after 。！？；， and before an
    enumeration marker; each piece keeps its punctuation and no piece is empty.

    Example:
        >>> split_pieces_cjk("到2030年，装机达到3亿千瓦；（一）加快建设。二、强化保障")
        ['到2030年，', '装机达到3亿千瓦；', '（一）加快建设。', '二、强化保障']
    """
    pieces, begin = [], 0
    parts = []
    for match in _PIECE_END.finditer(text):
        parts.append(text[begin : match.end()])
        begin = match.end()
    parts.append(text[begin:])
    for part in parts:
        pieces += _ENUMERATION.split(part)
    return [p.strip() for p in pieces if p.strip()]


#: A base year a figure is measured against in Chinese: 比2015年, 较2015年, 以2015年为基准;
#: 与/同/跟/和 2015年 only with 相比/比 following (与2025年规划目标衔接 names no base).
_ZH_BASE_YEAR = re.compile(
    r"(?:比|较)\s*((?:19|20)\d\d)\s*年"
    r"|(?:跟|与|同|和)\s*((?:19|20)\d\d)\s*年[^，,。；;]{0,6}?(?:相比|比较|对比|比)"
    r"|((?:19|20)\d\d)\s*年\s*为基(?:准|期|数|础)?"
)


def zh_base_years(text: str) -> tuple[str, ...]:
    """The base years ``text`` measures against in Chinese, in order, full-width digits
    read.

    Example:
        >>> zh_base_years("单位GDP二氧化碳排放比２０１５年下降18%，较2010年下降40%")
        ('2015', '2010')
    """
    matches = _ZH_BASE_YEAR.finditer(fold_wide_digits(text))
    return tuple(dict.fromkeys(next(filter(None, m.groups())) for m in matches))
