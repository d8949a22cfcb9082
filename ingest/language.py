"""Which language a text is in: Chinese by its share of CJK characters, the
Latin-script languages with a grammar (en, es, fr, it, de, pt) by their commonest
function words. English is the default.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

# Share of CJK characters (of the non-space ones) above which a text is "zh";
# only the start of the text is sampled, which is plenty to tell scripts apart.
_CJK_SHARE_ZH = 0.3
_LANGUAGE_SAMPLE_CHARS = 100_000

# Function words that tell Latin-script languages apart, chosen to overlap little
# (Spanish and Portuguese share "de", "que", "para": those are left out).
_FUNCTION_WORDS = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to in is for that with on as by are this be will",
        "es": "el los las del por una con es se al lo como más y",
        "pt": "o os do da dos das não em um uma ao é pelo pela",
        "fr": "le les des du est une pour qui dans par au sur et aux ces à ses leur leurs nous ici",
        "it": "il di che è per della dei nel alla gli sono ed dell entro rispetto delle degli",
        "de": "der die und das den von zu mit sich des auf für ist im dem nicht zum zur bis "
        "soll wird",
    }.items()
}
_MIN_FUNCTION_SHARE = 0.08
_ZEROS = itertools.repeat(0)
_WORD = re.compile(r"[^\W\d_]+")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def detect_language(text: str) -> str:
    """ "zh" for mostly-CJK text; else the Latin-script language whose commonest
    function words are most frequent (en, es, fr, it, de, pt), English by default."""
    sample = "".join(text[:_LANGUAGE_SAMPLE_CHARS].split())
    if not sample:
        return "en"
    if len(CJK.findall(sample)) / len(sample) > _CJK_SHARE_ZH:
        return "zh"
    words = _WORD.findall(text[:_LANGUAGE_SAMPLE_CHARS].lower())
    if not words:
        return "en"
    # Each word counted once, then each language's function words looked up in the
    # counts: a handful of lookups per language instead of one per word of the text, made
    # by ``map`` over ``dict.get`` (no Python step, no ``Counter.__missing__``, per word).
    counts = Counter(words)
    get = counts.get
    scores = {
        lang: sum(map(get, vocab, _ZEROS)) / len(words) for lang, vocab in _FUNCTION_WORDS.items()
    }
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] > max(scores["en"], _MIN_FUNCTION_SHARE) else "en"
