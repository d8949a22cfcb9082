"""Rules of ``check_sets.py`` for the English sets (sizes, splits, shared and nested
evidence, the held-back sets kept beside the repository) and the helpers both use."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
ARTICLE = "china-green-manufacturing-guiding-opinions-2024"
BESIDE = (
    "real_unseen4",
    "real_unseen5",
    "real_unseen6",
    "real_unseen7",
    "real_unseen8",
    "real_unseen9",
    "real_unseen10",
    "real_unseen11",
    "real_unseen12",
    "real_unseen13",
    "real_unseen14",
    "real_unseen15",
    "real_unseen16",
    "real_unseen17",
    "real_unseen18",
)  # sets over documents kept beside the repository, in the order they were written
ARTICLE_MIN = {"real_unseen4": 10}  # article questions a beside set must hold (else 8)


def has_han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"qa_sets_{name}", HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def per_doc_cap(c, where: str, items: list[dict], cap: int) -> None:
    for doc, n in Counter(it["doc"] for it in items).items():
        c.expect(n <= cap, f"{where}: {n} questions on {doc} (cap {cap})")


def split_ok(c, where: str, items: list[dict]) -> None:
    splits = Counter(it.get("split") for it in items)
    c.expect(
        set(splits) <= {"dev", "unseen"}, f"{where}: split must be dev/unseen, got {dict(splits)}"
    )
    c.expect(abs(splits["dev"] - splits["unseen"]) <= 1, f"{where}: uneven split {dict(splits)}")


def key(it: dict) -> tuple[str, str]:
    return it["doc"], it["evidence"]


def sizes(c, m: SimpleNamespace) -> None:
    """Sizes and structure of the first English sets; dev and unseen ask other facts."""
    dev, unseen, art, zh = m.dev, m.unseen, m.art, m.zh
    c.expect(len(dev.QUESTIONS) == 40, f"real_dev: {len(dev.QUESTIONS)} questions, want 40")
    c.expect(len(dev.UNANSWERABLE_DEV) == 12, "real_dev: want 12 unanswerable")
    c.expect(
        len(unseen.QUESTIONS) == 30, f"real_unseen: {len(unseen.QUESTIONS)} questions, want 30"
    )
    c.expect(len(unseen.UNANSWERABLE_UNSEEN) == 10, "real_unseen: want 10 unanswerable")
    c.expect(
        (len(art.DEV), len(art.UNSEEN)) == (12, 13), "article_paraphrase: want 12 dev + 13 unseen"
    )
    c.expect(len(zh.ZH_QUESTIONS) == 20, "zh_sets: want 20 ZH_QUESTIONS")
    c.expect(len(zh.EN_OVER_ZH) == 15, "zh_sets: want 15 EN_OVER_ZH")
    c.expect(len(zh.ZH_OVER_EN) == 10, "zh_sets: want 10 ZH_OVER_EN")
    c.expect(len(zh.ZH_UNANSWERABLE) == 6, "zh_sets: want 6 ZH_UNANSWERABLE")
    per_doc_cap(c, "real_dev", dev.QUESTIONS, 4)
    per_doc_cap(c, "real_unseen", unseen.QUESTIONS, 4)
    swd = "eu_adaptation_progress_swd_2023"
    c.expect(
        sum(it["doc"] == swd for it in dev.QUESTIONS) <= 2, "real_dev: at most 2 SWD questions"
    )
    en_docs = {it["doc"] for it in dev.QUESTIONS}
    c.expect(len(en_docs) == 18, f"real_dev covers {len(en_docs)} English documents, want 18")
    for it in dev.QUESTIONS + unseen.QUESTIONS:
        c.expect(not it["doc"].startswith("cn_"), f"real sets must be English-only: {it['doc']}")
    for it in zh.EN_OVER_ZH + zh.ZH_QUESTIONS:
        c.expect(it["doc"].startswith("cn_"), f"zh_sets: {it['doc']} is not a Chinese document")
    for it in zh.ZH_OVER_EN:
        c.expect(not it["doc"].startswith("cn_"), f"ZH_OVER_EN: {it['doc']} must be English")
    # dev and unseen must target different facts
    both = {key(it) for it in dev.QUESTIONS} & {key(it) for it in unseen.QUESTIONS}
    c.expect(not both, f"real_dev and real_unseen share evidence: {sorted(both)}")
    both = {key(it) for it in art.DEV} & {key(it) for it in art.UNSEEN}
    c.expect(not both, f"article DEV and UNSEEN share evidence: {sorted(both)}")


def dev2_rules(c, m: SimpleNamespace) -> tuple[set, list[str]]:
    """real_dev2 shares no evidence with another set (or kb_dev_set.py); returns the
    evidence keys and questions of every set so far."""
    dev, unseen, art, zh, dev2 = m.dev, m.unseen, m.art, m.zh, m.dev2
    # real_dev2: 55 English-document questions + 15 on the bundled article,
    # sharing no evidence span with any other set (or with kb_dev_set.py)
    dev2_real = [it for it in dev2.QUESTIONS if it["doc"] != ARTICLE]
    dev2_art = [it for it in dev2.QUESTIONS if it["doc"] == ARTICLE]
    c.expect(
        (len(dev2_real), len(dev2_art)) == (55, 15),
        f"real_dev2: {len(dev2_real)} real + {len(dev2_art)} article questions, want 55 + 15",
    )
    c.expect(len(dev2.UNANSWERABLE_DEV2) == 15, "real_dev2: want 15 unanswerable")
    per_doc_cap(c, "real_dev2", dev2_real, 4)
    docs2 = {it["doc"] for it in dev2_real}
    c.expect(len(docs2) == 18, f"real_dev2 covers {len(docs2)} English documents, want 18")
    for it in dev2_real:
        c.expect(not it["doc"].startswith("cn_"), f"real_dev2 must be English-only: {it['doc']}")
    other_items = (
        dev.QUESTIONS
        + unseen.QUESTIONS
        + art.DEV
        + art.UNSEEN
        + zh.ZH_QUESTIONS
        + zh.EN_OVER_ZH
        + zh.ZH_OVER_EN
    )
    others = {key(it) for it in other_items}
    kb_path = REPO / "benchmarks" / "kb_dev_set.py"
    if kb_path.exists():
        spec = importlib.util.spec_from_file_location("qa_sets_kb_dev_set", kb_path)
        kb = importlib.util.module_from_spec(spec)
        assert spec.loader is not None
        spec.loader.exec_module(kb)
        others |= {(ARTICLE, ev) for _q, ev, _v in kb.DEV_SET}
    both = {key(it) for it in dev2.QUESTIONS} & others
    c.expect(not both, f"real_dev2 shares evidence with another set: {sorted(both)}")
    for it in dev2.QUESTIONS:  # also no nested spans (one contained in the other)
        nested = [
            ev
            for doc, ev in others
            if doc == it["doc"]
            and ev != it["evidence"]
            and (ev in it["evidence"] or it["evidence"] in ev)
        ]
        c.expect(not nested, f"real_dev2 evidence {it['evidence']!r} overlaps {nested}")
    qs = [it["q"] for it in dev.QUESTIONS + unseen.QUESTIONS + art.DEV + art.UNSEEN]
    qs += [it["q"] for it in dev2.QUESTIONS]
    dup = [q for q, n in Counter(qs).items() if n > 1]
    c.expect(not dup, f"duplicate questions: {dup}")
    return others | {key(it) for it in dev2.QUESTIONS}, qs


def unseen2_3(c, earlier: set, qs: list[str]) -> None:
    """The second and third held-back sets: new facts, no evidence shared or nested."""
    # real_unseen2: a second held-back set (new facts over the English documents
    # and the article, new near-misses); no evidence shared with or nested in another set
    un2 = load("real_unseen2")
    c.answerable("real_unseen2.QUESTIONS", un2.QUESTIONS)
    c.answerable("real_unseen2.ARTICLE_QUESTIONS", un2.ARTICLE_QUESTIONS)
    c.unanswerable("real_unseen2.UNANSWERABLE_UNSEEN2", un2.UNANSWERABLE_UNSEEN2)
    c.expect(len(un2.QUESTIONS) >= 30, f"real_unseen2: {len(un2.QUESTIONS)} questions, want 30+")
    c.expect(len(un2.ARTICLE_QUESTIONS) >= 10, "real_unseen2: want 10+ article questions")
    c.expect(len(un2.UNANSWERABLE_UNSEEN2) >= 10, "real_unseen2: want 10+ unanswerable")
    per_doc_cap(c, "real_unseen2", un2.QUESTIONS, 4)
    for it in un2.QUESTIONS:
        c.expect(not it["doc"].startswith("cn_"), f"real_unseen2 must be English-only: {it['doc']}")
    for it in un2.ARTICLE_QUESTIONS:
        c.expect(it["doc"] == ARTICLE, f"real_unseen2 article question on {it['doc']}")
    for it in un2.QUESTIONS + un2.ARTICLE_QUESTIONS:
        clash = [
            ev
            for doc, ev in earlier
            if doc == it["doc"] and (ev in it["evidence"] or it["evidence"] in ev)
        ]
        c.expect(not clash, f"real_unseen2 evidence {it['evidence']!r} overlaps {clash}")
        text = c.text(it["doc"]) if c.available(it["doc"]) else None
        if text is not None and text.count(it["evidence"]) > 1:
            c.warnings.append(f"real_unseen2 evidence {it['evidence']!r} occurs more than once")
    qs += [it["q"] for it in un2.QUESTIONS + un2.ARTICLE_QUESTIONS + un2.UNANSWERABLE_UNSEEN2]
    dup = [q for q, n in Counter(qs).items() if n > 1]
    c.expect(not dup, f"duplicate questions: {dup}")

    # real_unseen3: a third held-back set, same rules, no evidence shared with or
    # nested in any earlier set (real_unseen2 included)
    un3 = load("real_unseen3")
    c.answerable("real_unseen3.QUESTIONS", un3.QUESTIONS)
    c.answerable("real_unseen3.ARTICLE_QUESTIONS", un3.ARTICLE_QUESTIONS)
    c.unanswerable("real_unseen3.UNANSWERABLE_UNSEEN3", un3.UNANSWERABLE_UNSEEN3)
    c.expect(len(un3.QUESTIONS) >= 30, f"real_unseen3: {len(un3.QUESTIONS)} questions, want 30+")
    c.expect(len(un3.ARTICLE_QUESTIONS) >= 10, "real_unseen3: want 10+ article questions")
    c.expect(len(un3.UNANSWERABLE_UNSEEN3) >= 10, "real_unseen3: want 10+ unanswerable")
    per_doc_cap(c, "real_unseen3", un3.QUESTIONS, 4)
    for it in un3.QUESTIONS:
        c.expect(not it["doc"].startswith("cn_"), f"real_unseen3 must be English-only: {it['doc']}")
    for it in un3.ARTICLE_QUESTIONS:
        c.expect(it["doc"] == ARTICLE, f"real_unseen3 article question on {it['doc']}")
    earlier |= {key(it) for it in un2.QUESTIONS + un2.ARTICLE_QUESTIONS}
    for it in un3.QUESTIONS + un3.ARTICLE_QUESTIONS:
        clash = [
            ev
            for doc, ev in earlier
            if doc == it["doc"] and (ev in it["evidence"] or it["evidence"] in ev)
        ]
        c.expect(not clash, f"real_unseen3 evidence {it['evidence']!r} overlaps {clash}")
    qs += [it["q"] for it in un3.QUESTIONS + un3.ARTICLE_QUESTIONS + un3.UNANSWERABLE_UNSEEN3]
    dup = [q for q, n in Counter(qs).items() if n > 1]
    c.expect(not dup, f"duplicate questions: {dup}")
    earlier |= {key(it) for it in un3.QUESTIONS + un3.ARTICLE_QUESTIONS}


def check_english(c, m: SimpleNamespace) -> None:
    """Every rule for the English sets, in order; each beside set after the last."""
    sizes(c, m)
    earlier, qs = dev2_rules(c, m)
    unseen2_3(c, earlier, qs)
    for name in BESIDE:
        check_beside(c, name, earlier, qs)
        mod = load(name)
        earlier |= {key(it) for it in mod.QUESTIONS + mod.ARTICLE_QUESTIONS}
    check_refusal2(c, qs)
    check_refusal_pairs(c, "real_refusal3", "UNANSWERABLE_REFUSAL3", qs)


def check_beside(c, name: str, earlier: set, qs: list[str]) -> None:
    """A set over documents no other set uses, kept beside the repository."""
    unans = "UNANSWERABLE_" + name.removeprefix("real_").upper()
    mod = load(name)
    c.answerable(f"{name}.QUESTIONS", mod.QUESTIONS)
    c.answerable(f"{name}.ARTICLE_QUESTIONS", mod.ARTICLE_QUESTIONS)
    c.unanswerable(f"{name}.{unans}", getattr(mod, unans))
    c.expect(len(mod.QUESTIONS) >= 30, f"{name}: {len(mod.QUESTIONS)} questions, want 30+")
    least = ARTICLE_MIN.get(name, 8)
    c.expect(len(mod.ARTICLE_QUESTIONS) >= least, f"{name}: want {least}+ article questions")
    c.expect(len(getattr(mod, unans)) >= 10, f"{name}: want 10+ unanswerable")
    per_doc_cap(c, name, mod.QUESTIONS, 4)
    used = {doc for doc, _ev in earlier}
    for it in mod.QUESTIONS:
        c.expect(it["doc"] not in used, f"{name}: {it['doc']} is used by another set")
    for it in mod.ARTICLE_QUESTIONS:
        c.expect(it["doc"] == ARTICLE, f"{name} article question on {it['doc']}")
        clash = [
            ev
            for doc, ev in earlier
            if doc == ARTICLE and (ev in it["evidence"] or it["evidence"] in ev)
        ]
        c.expect(not clash, f"{name} evidence {it['evidence']!r} overlaps {clash}")
    for it in mod.QUESTIONS + mod.ARTICLE_QUESTIONS:
        text = c.text(it["doc"]) if c.available(it["doc"]) else None
        if text is not None and text.count(it["evidence"]) > 1:
            c.warnings.append(f"{name} evidence {it['evidence']!r} occurs more than once")
    qs += [it["q"] for it in mod.QUESTIONS + mod.ARTICLE_QUESTIONS + getattr(mod, unans)]
    dup = [q for q, n in Counter(qs).items() if n > 1]
    c.expect(not dup, f"duplicate questions: {dup}")


def check_refusal2(c, qs: list[str]) -> None:
    """real_refusal2: each near-miss paired with an answerable question on its document."""
    mod = load("real_refusal2")
    c.answerable("real_refusal2.QUESTIONS", mod.QUESTIONS)
    c.unanswerable("real_refusal2.UNANSWERABLE_REFUSAL2", mod.UNANSWERABLE_REFUSAL2)
    c.expect(len(mod.UNANSWERABLE_REFUSAL2) >= 20, "real_refusal2: want 20+ near-misses")
    answerable = {it["pair"]: it for it in mod.QUESTIONS}
    for it in mod.UNANSWERABLE_REFUSAL2:
        mate = answerable.get(it["pair"])
        c.expect(mate is not None, f"real_refusal2: near-miss {it['q']!r} has no pair")
        if mate is not None:
            c.expect(mate["doc"] == it["near_doc"], f"real_refusal2: pair {it['pair']} docs differ")
    qs += [it["q"] for it in mod.QUESTIONS + mod.UNANSWERABLE_REFUSAL2]
    dup = [q for q, n in Counter(qs).items() if n > 1]
    c.expect(not dup, f"duplicate questions: {dup}")


def check_refusal_pairs(c, name: str, unans: str, qs: list[str]) -> None:
    """A later refusal set: each near-miss paired with an answerable question on its
    document, every pair number used once on each side."""
    mod = load(name)
    c.answerable(f"{name}.QUESTIONS", mod.QUESTIONS)
    c.unanswerable(f"{name}.{unans}", getattr(mod, unans))
    near = getattr(mod, unans)
    c.expect(len(near) >= 20, f"{name}: want 20+ near-misses")
    answerable = {it["pair"]: it for it in mod.QUESTIONS}
    c.expect(len(answerable) == len(mod.QUESTIONS), f"{name}: a pair number is used twice")
    c.expect(len({it["pair"] for it in near}) == len(near), f"{name}: a near-miss pair twice")
    for it in near:
        mate = answerable.get(it["pair"])
        c.expect(mate is not None, f"{name}: near-miss {it['q']!r} has no pair")
        if mate is not None:
            c.expect(mate["doc"] == it["near_doc"], f"{name}: pair {it['pair']} docs differ")
    qs += [it["q"] for it in mod.QUESTIONS + near]
    dup = [q for q, n in Counter(qs).items() if n > 1]
    c.expect(not dup, f"duplicate questions: {dup}")
