"""Chinese synonyms of a Chinese question's words, found through English.

A Chinese question often uses an everyday word where the document uses the drafting
term (生效 for 施行, 造假 for 伪造, 房子 for 房屋). Two CC-CEDICT headwords that share an
English sense are taken as synonyms (pivot-language paraphrasing: Bannard and
Callison-Burch 2005, "Paraphrasing with bilingual parallel corpora", ACL), and the
collection decides which of them count: only words its clauses use are kept, and only
for a question word no clause uses. Limits and the question words never looked up
are data (``[chinese]`` in ``kb/data/translate.toml``).
"""

from __future__ import annotations

from kb.cjk import CJK_RUN, _jieba
from kb.translate_terms import DocFreq, _choose, dictionary, settings


def chinese_synonyms(question: str, *, doc_freq: DocFreq) -> tuple[str, ...]:
    """Chinese words the collection uses for the words of a Chinese question it does
    not use, found through English (pivot-language synonyms: two headwords that share
    an English sense, as 生效 and 施行 share "to take effect"). Only a word no indexed
    clause holds is looked up, so a question in the documents' own words is unchanged.

    Example:
        >>> used = {"施行": 8, "伪造": 5}
        >>> chinese_synonyms("条例从哪天起生效？", doc_freq=lambda w: used.get(w, 0))
        ('施行',)
    """
    if not CJK_RUN.search(question):
        return ()
    conf = settings()
    if conf.zh_synonyms_per_word <= 0:
        return ()
    dic = dictionary()
    out: list[str] = []
    for run in CJK_RUN.findall(question):
        for word in _jieba().cut(run, HMM=False):
            if len(word) < conf.zh_min_chars or word in conf.zh_skip or doc_freq(word) > 0:
                continue
            found = {
                other
                for sense in dic.english(word)[: conf.zh_synonym_senses]
                for other in dic.chinese(tuple(sense.split()))
                if other != word and len(other) >= conf.zh_min_chars
            }
            out.extend(_choose(sorted(found), doc_freq, conf.zh_synonyms_per_word))
    return tuple(dict.fromkeys(out))
