"""Check the hand-written QA label sets against the documents they cite.

Run from anywhere:  python benchmarks/qa_sets/check_sets.py

For every answerable item it asserts that ``evidence`` and ``value`` are exact
substrings of the cited document (for ``source="manifest"`` items, that
``value`` is the document's ``issuer`` or ``date`` in sources.toml), that the
evidence does not span a line break, and that ``doc``/``near_doc`` name a real
file. It also checks list sizes, the dev/unseen split and the per-document
cap. Real documents are read from ../shared/data/real_policies relative to the
repository root; when that folder is absent, the checks that need it are
skipped (the bundled article in corpus/ is always checked).
"""

from __future__ import annotations

import functools
import importlib.util
import os
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
REAL = REPO.parent / "shared" / "data" / "real_policies"
CORPUS = REPO / "corpus"
ARTICLE = "china-green-manufacturing-guiding-opinions-2024"
# Published texts outside ../shared that zh_first_contact5 asks about: read from the folder
# POLICYKB_EXTRA_DOCS names (its zh/ and en/), skipped when it is not given.
EXTRA = Path(os.environ["POLICYKB_EXTRA_DOCS"]) if os.environ.get("POLICYKB_EXTRA_DOCS") else None

ANSWER_KEYS = {"q", "doc", "evidence", "value", "kind"}
KINDS = {"amount", "share", "date", "year", "actor", "count", "list", "definition", "other"}
NEAR_WINDOW = 700  # chars: value expected this close to an evidence hit (warning only)


def has_han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"qa_sets_{name}", HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


BESIDE = (
    "real_unseen4",
    "real_unseen5",
    "real_unseen6",
    "real_unseen7",
    "real_unseen8",
    "real_unseen9",
    "real_unseen10",
    "real_unseen11",
)  # sets over documents kept beside the repository


@functools.cache
def late_sets():
    """The table of late first-contact sets (``late_sets.py``)."""
    return load("late_sets")


def extra_dirs() -> list[Path]:
    """English folders of documents kept beside the repository (real_unseen4's and 5's)."""
    return [REPO.parent / name / "en" for s in BESIDE for name in load(s).DOC_FOLDERS]


def extra_stems() -> set[str]:
    return {it["doc"] for s in BESIDE for it in load(s).QUESTIONS}


def doc_path(stem: str) -> Path | None:
    if stem == ARTICLE:
        return CORPUS / f"{stem}.txt"
    places = [REAL / "en" / f"{stem}.md", REAL / "zh" / f"{stem}.txt"]
    places += [d / f"{stem}{ext}" for d in extra_dirs() for ext in (".md", ".html")]
    places += [
        REPO.parent / d / "zh" / f"{stem}{ext}"
        for name in late_sets().LATE_ZH[1:]
        for d in load(name).DOC_FOLDERS
        for ext in (".html", ".md", ".txt")
    ]
    for p in places:
        if p.exists():
            return p
    for folder in (EXTRA / "zh", EXTRA / "en") if EXTRA else ():
        found = sorted(folder.glob(f"{stem}.*"))
        if found:
            return found[0]
    return None


def manifest() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for path in (REAL / "sources.toml", CORPUS / "sources.toml"):
        if path.exists():
            for entry in tomllib.loads(path.read_text(encoding="utf-8"))["document"]:
                out[Path(entry["file"]).stem] = entry
    return out


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.checked = 0
        self.skipped = 0
        self.texts: dict[str, str] = {}
        self.meta = manifest()
        self.extra = extra_stems()

    def text(self, stem: str) -> str | None:
        if stem not in self.texts:
            p = doc_path(stem)
            self.texts[stem] = p.read_text(encoding="utf-8") if p and p.exists() else None
        return self.texts[stem]

    def available(self, stem: str) -> bool:
        if stem in self.extra:  # kept beside the repository; skipped when absent
            return doc_path(stem) is not None
        if stem in load("zh_first_contact5").OUTSIDE_SHARED:
            return EXTRA is not None and EXTRA.is_dir()
        late = frozenset().union(*(load(n).OUTSIDE_SHARED for n in late_sets().LATE_ZH[1:]))
        if stem in late:  # beside the checkout
            return doc_path(stem) is not None
        return stem == ARTICLE or REAL.exists()

    def answerable(self, where: str, items: list[dict]) -> None:
        for i, it in enumerate(items):
            tag = f"{where}[{i}]"
            missing = ANSWER_KEYS - it.keys()
            if missing:
                self.errors.append(f"{tag}: missing keys {sorted(missing)}")
                continue
            if it["kind"] not in KINDS:
                self.errors.append(f"{tag}: bad kind {it['kind']!r}")
            if "\n" in it["evidence"] or "\n" in it["value"]:
                self.errors.append(f"{tag}: evidence/value contains a line break")
            words = it["evidence"].split()
            if len(words) > 8 or (len(words) < 2 and len(it["evidence"]) < 4):
                self.warnings.append(f"{tag}: evidence is {len(words)} words (aim for 2-8)")
            if not self.available(it["doc"]):
                self.skipped += 1
                continue
            text = self.text(it["doc"])
            if text is None:
                self.errors.append(f"{tag}: no document for stem {it['doc']!r}")
                continue
            self.checked += 1
            ev, val = it["evidence"], it["value"]
            if ev not in text:
                self.errors.append(f"{tag}: evidence not in {it['doc']}: {ev!r}")
            if it.get("source") == "manifest":
                entry = self.meta.get(it["doc"], {})
                if val not in (entry.get("issuer"), entry.get("date")):
                    self.errors.append(f"{tag}: value not the manifest issuer/date: {val!r}")
                continue
            if val not in text:
                self.errors.append(f"{tag}: value not in {it['doc']}: {val!r}")
                continue
            if ev in text:
                near = False
                start = 0
                while (pos := text.find(ev, start)) != -1:
                    lo, hi = max(0, pos - NEAR_WINDOW), pos + len(ev) + NEAR_WINDOW
                    if val in text[lo:hi]:
                        near = True
                        break
                    start = pos + 1
                if not near:
                    self.warnings.append(
                        f"{tag}: value {val!r} not within {NEAR_WINDOW} chars of evidence"
                    )

    def unanswerable(self, where: str, items: list[dict]) -> None:
        for i, it in enumerate(items):
            tag = f"{where}[{i}]"
            if not {"q", "near_doc", "why"} <= it.keys():
                self.errors.append(f"{tag}: unanswerable item needs q, near_doc, why")
                continue
            if self.available(it["near_doc"]) and self.text(it["near_doc"]) is None:
                self.errors.append(f"{tag}: no document for near_doc {it['near_doc']!r}")

    def expect(self, cond: bool, msg: str) -> None:
        if not cond:
            self.errors.append(msg)


def per_doc_cap(c: Checker, where: str, items: list[dict], cap: int) -> None:
    for doc, n in Counter(it["doc"] for it in items).items():
        c.expect(n <= cap, f"{where}: {n} questions on {doc} (cap {cap})")


def split_ok(c: Checker, where: str, items: list[dict]) -> None:
    splits = Counter(it.get("split") for it in items)
    c.expect(
        set(splits) <= {"dev", "unseen"}, f"{where}: split must be dev/unseen, got {dict(splits)}"
    )
    c.expect(abs(splits["dev"] - splits["unseen"]) <= 1, f"{where}: uneven split {dict(splits)}")


def check_late_set(c: Checker, name: str, suffix: str, prior: list[dict]) -> list[dict]:
    """A late first-contact set (zh_first_contact5 on): new documents and new facts, with
    Chinese near-misses; returns its answerable items."""
    mod = load(name)
    en, zh = getattr(mod, f"EN_OVER_ZH_{suffix}"), getattr(mod, f"ZH_{suffix}")
    near = getattr(mod, f"ZH_UNANSWERABLE_{suffix}")
    items = en + zh
    c.answerable(f"{name}.EN_OVER_ZH_{suffix}", en)
    c.answerable(f"{name}.ZH_{suffix}", zh)
    c.unanswerable(f"{name}.ZH_UNANSWERABLE_{suffix}", near)
    c.expect(
        all(it["split"] == "unseen" and it["doc"].startswith(("cn_", "sh_")) for it in items)
        and all(it["split"] == "unseen" for it in near),
        f"{name}: every item is unseen, over a Chinese document",
    )
    c.expect(
        not any(has_han(it["q"]) for it in en) and all(has_han(it["q"]) for it in zh + near),
        f"{name}: English questions are English, Chinese ones Chinese",
    )
    c.expect(
        len(en) >= 8 and len(zh) >= 8 and len(near) >= 5,
        f"{name}: want >= 8 English, >= 8 Chinese, >= 5 near-misses",
    )
    per_doc_cap(c, name, items, 6)
    for it in items:
        nested = [
            old["evidence"]
            for old in prior
            if old["doc"] == it["doc"]
            and (old["evidence"] in it["evidence"] or it["evidence"] in old["evidence"])
        ]
        c.expect(not nested, f"{name} evidence {it['evidence']!r} overlaps {nested}")
    questions = [it["q"] for it in items + prior]
    c.expect(len(questions) == len(set(questions)), f"{name} repeats a question")
    return items


def main() -> int:
    c = Checker()
    if not REAL.exists():
        print(f"note: {REAL} absent; checking only the bundled article")

    dev, unseen = load("real_dev"), load("real_unseen")
    art, zh = load("article_paraphrase"), load("zh_sets")
    dev2 = load("real_dev2")
    zh_dev2 = load("zh_en_dev2")
    zh_fc, zh_fc3 = load("zh_first_contact"), load("zh_first_contact3")
    zh_dev3 = load("zh_en_dev3")

    c.answerable("real_dev.QUESTIONS", dev.QUESTIONS)
    c.unanswerable("real_dev.UNANSWERABLE_DEV", dev.UNANSWERABLE_DEV)
    c.answerable("real_unseen.QUESTIONS", unseen.QUESTIONS)
    c.unanswerable("real_unseen.UNANSWERABLE_UNSEEN", unseen.UNANSWERABLE_UNSEEN)
    c.answerable("article_paraphrase.DEV", art.DEV)
    c.answerable("article_paraphrase.UNSEEN", art.UNSEEN)
    for name in ("ZH_QUESTIONS", "EN_OVER_ZH", "ZH_OVER_EN"):
        c.answerable(f"zh_sets.{name}", getattr(zh, name))
        split_ok(c, f"zh_sets.{name}", getattr(zh, name))
    c.unanswerable("zh_sets.ZH_UNANSWERABLE", zh.ZH_UNANSWERABLE)
    split_ok(c, "zh_sets.ZH_UNANSWERABLE", zh.ZH_UNANSWERABLE)
    c.answerable("real_dev2.QUESTIONS", dev2.QUESTIONS)
    c.unanswerable("real_dev2.UNANSWERABLE_DEV2", dev2.UNANSWERABLE_DEV2)
    c.answerable("zh_en_dev2.EN_OVER_ZH_DEV2", zh_dev2.EN_OVER_ZH_DEV2)
    c.expect(
        all(it["split"] == "dev" and it["doc"].startswith("cn_") for it in zh_dev2.EN_OVER_ZH_DEV2),
        "zh_en_dev2: every item is dev, over a Chinese document",
    )

    for name in ("EN_OVER_ZH_FC", "EN_OVER_PEAK_FC", "ZH_FC"):
        c.answerable(f"zh_first_contact.{name}", getattr(zh_fc, name))
    c.unanswerable("zh_first_contact.ZH_UNANSWERABLE_FC", zh_fc.ZH_UNANSWERABLE_FC)
    zh3 = zh_fc3.EN_OVER_ZH_FC3 + zh_fc3.ZH_FC3
    c.answerable("zh_first_contact3.EN_OVER_ZH_FC3", zh_fc3.EN_OVER_ZH_FC3)
    c.answerable("zh_first_contact3.ZH_FC3", zh_fc3.ZH_FC3)
    c.expect(
        all(it["split"] == "unseen" and it["doc"].startswith("cn_") for it in zh3),
        "zh_first_contact3: every item is unseen, over a Chinese document",
    )
    c.expect(
        all(not has_han(it["q"]) for it in zh_fc3.EN_OVER_ZH_FC3)
        and all(has_han(it["q"]) for it in zh_fc3.ZH_FC3),
        "zh_first_contact3: EN_OVER_ZH_FC3 questions are English, ZH_FC3 questions Chinese",
    )
    per_doc_cap(c, "zh_first_contact3", zh3, 4)
    # a new first-contact set asks about facts no earlier Chinese set asked about
    earlier = zh.ZH_QUESTIONS + zh.EN_OVER_ZH + zh_dev2.EN_OVER_ZH_DEV2
    earlier += zh_fc.EN_OVER_ZH_FC + zh_fc.EN_OVER_PEAK_FC + zh_fc.ZH_FC
    for it in zh3:
        nested = [
            old["evidence"]
            for old in earlier
            if old["doc"] == it["doc"]
            and (old["evidence"] in it["evidence"] or it["evidence"] in old["evidence"])
        ]
        c.expect(not nested, f"zh_first_contact3 evidence {it['evidence']!r} overlaps {nested}")
    qs3 = [it["q"] for it in zh3 + earlier]
    c.expect(len(qs3) == len(set(qs3)), "zh_first_contact3 repeats a question of another set")
    # zh_en_dev3: English questions over Chinese documents, dev, new facts
    dev3 = zh_dev3.EN_OVER_ZH_DEV3
    c.answerable("zh_en_dev3.EN_OVER_ZH_DEV3", dev3)
    c.expect(
        all(it["split"] == "dev" and it["doc"].startswith("cn_") for it in dev3)
        and not any(has_han(it["q"]) for it in dev3),
        "zh_en_dev3: every item is an English dev question over a Chinese document",
    )
    per_doc_cap(c, "zh_en_dev3", dev3, 4)
    for it in dev3:
        nested = [
            old["evidence"]
            for old in earlier + zh3
            if old["doc"] == it["doc"]
            and (old["evidence"] in it["evidence"] or it["evidence"] in old["evidence"])
        ]
        c.expect(not nested, f"zh_en_dev3 evidence {it['evidence']!r} overlaps {nested}")

    # zh_first_contact4: a fourth first-contact set, new facts, with Chinese near-misses
    zh_fc4 = load("zh_first_contact4")
    fc4 = zh_fc4.EN_OVER_ZH_FC4 + zh_fc4.ZH_FC4
    c.answerable("zh_first_contact4.EN_OVER_ZH_FC4", zh_fc4.EN_OVER_ZH_FC4)
    c.answerable("zh_first_contact4.ZH_FC4", zh_fc4.ZH_FC4)
    c.unanswerable("zh_first_contact4.ZH_UNANSWERABLE_FC4", zh_fc4.ZH_UNANSWERABLE_FC4)
    c.expect(
        all(it["split"] == "unseen" and it["doc"].startswith("cn_") for it in fc4)
        and all(it["split"] == "unseen" for it in zh_fc4.ZH_UNANSWERABLE_FC4),
        "zh_first_contact4: every item is unseen, over a Chinese document",
    )
    c.expect(
        not any(has_han(it["q"]) for it in zh_fc4.EN_OVER_ZH_FC4)
        and all(has_han(it["q"]) for it in zh_fc4.ZH_FC4 + zh_fc4.ZH_UNANSWERABLE_FC4),
        "zh_first_contact4: English questions are English, Chinese ones Chinese",
    )
    c.expect(
        len(zh_fc4.EN_OVER_ZH_FC4) >= 10
        and len(zh_fc4.ZH_FC4) >= 10
        and len(zh_fc4.ZH_UNANSWERABLE_FC4) >= 4,
        "zh_first_contact4: want >= 10 English, >= 10 Chinese, >= 4 near-misses",
    )
    per_doc_cap(c, "zh_first_contact4", fc4, 4)
    for it in fc4:
        nested = [
            old["evidence"]
            for old in earlier + zh3 + dev3
            if old["doc"] == it["doc"]
            and (old["evidence"] in it["evidence"] or it["evidence"] in old["evidence"])
        ]
        c.expect(not nested, f"zh_first_contact4 evidence {it['evidence']!r} overlaps {nested}")
    qs4 = [it["q"] for it in fc4 + zh3 + earlier + dev3]
    c.expect(len(qs4) == len(set(qs4)), "zh_first_contact4 repeats a question of another set")
    prior = earlier + zh3 + dev3 + fc4
    for name in late_sets().LATE_ZH:
        prior = prior + check_late_set(c, name, late_sets().suffix(name), prior)

    # sizes and structure
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
    key = lambda it: (it["doc"], it["evidence"])  # noqa: E731
    both = {key(it) for it in dev.QUESTIONS} & {key(it) for it in unseen.QUESTIONS}
    c.expect(not both, f"real_dev and real_unseen share evidence: {sorted(both)}")
    both = {key(it) for it in art.DEV} & {key(it) for it in art.UNSEEN}
    c.expect(not both, f"article DEV and UNSEEN share evidence: {sorted(both)}")
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
    earlier = others | {key(it) for it in dev2.QUESTIONS}
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
    check_unseen4(c, earlier, qs)
    un4 = load("real_unseen4")
    earlier |= {key(it) for it in un4.QUESTIONS + un4.ARTICLE_QUESTIONS}
    check_beside(c, "real_unseen5", "UNANSWERABLE_UNSEEN5", earlier, qs)
    un5 = load("real_unseen5")
    earlier |= {key(it) for it in un5.QUESTIONS + un5.ARTICLE_QUESTIONS}
    check_beside(c, "real_unseen6", "UNANSWERABLE_UNSEEN6", earlier, qs)
    un6 = load("real_unseen6")
    earlier |= {key(it) for it in un6.QUESTIONS + un6.ARTICLE_QUESTIONS}
    check_beside(c, "real_unseen7", "UNANSWERABLE_UNSEEN7", earlier, qs)
    un7 = load("real_unseen7")
    earlier |= {key(it) for it in un7.QUESTIONS + un7.ARTICLE_QUESTIONS}
    check_beside(c, "real_unseen8", "UNANSWERABLE_UNSEEN8", earlier, qs)
    un8 = load("real_unseen8")
    earlier |= {key(it) for it in un8.QUESTIONS + un8.ARTICLE_QUESTIONS}
    check_beside(c, "real_unseen9", "UNANSWERABLE_UNSEEN9", earlier, qs)
    un9 = load("real_unseen9")
    earlier |= {key(it) for it in un9.QUESTIONS + un9.ARTICLE_QUESTIONS}
    check_beside(c, "real_unseen10", "UNANSWERABLE_UNSEEN10", earlier, qs)
    un10 = load("real_unseen10")
    earlier |= {key(it) for it in un10.QUESTIONS + un10.ARTICLE_QUESTIONS}
    check_beside(c, "real_unseen11", "UNANSWERABLE_UNSEEN11", earlier, qs)

    for w in c.warnings:
        print("warning:", w)
    for e in c.errors:
        print("ERROR:", e)
    print(
        f"checked {c.checked} answerable items against their documents"
        f" ({c.skipped} skipped: documents absent); "
        f"{len(c.errors)} errors, {len(c.warnings)} warnings"
    )
    return 1 if c.errors else 0


def check_unseen4(c: Checker, earlier: set, qs: list[str]) -> None:
    """real_unseen4: documents no other set uses, kept beside the repository."""
    un4 = load("real_unseen4")
    c.answerable("real_unseen4.QUESTIONS", un4.QUESTIONS)
    c.answerable("real_unseen4.ARTICLE_QUESTIONS", un4.ARTICLE_QUESTIONS)
    c.unanswerable("real_unseen4.UNANSWERABLE_UNSEEN4", un4.UNANSWERABLE_UNSEEN4)
    c.expect(len(un4.QUESTIONS) >= 30, f"real_unseen4: {len(un4.QUESTIONS)} questions, want 30+")
    c.expect(len(un4.ARTICLE_QUESTIONS) >= 10, "real_unseen4: want 10+ article questions")
    c.expect(len(un4.UNANSWERABLE_UNSEEN4) >= 10, "real_unseen4: want 10+ unanswerable")
    per_doc_cap(c, "real_unseen4", un4.QUESTIONS, 4)
    used = {doc for doc, _ev in earlier}
    for it in un4.QUESTIONS:
        c.expect(it["doc"] not in used, f"real_unseen4: {it['doc']} is used by another set")
    for it in un4.ARTICLE_QUESTIONS:
        c.expect(it["doc"] == ARTICLE, f"real_unseen4 article question on {it['doc']}")
        clash = [
            ev
            for doc, ev in earlier
            if doc == ARTICLE and (ev in it["evidence"] or it["evidence"] in ev)
        ]
        c.expect(not clash, f"real_unseen4 evidence {it['evidence']!r} overlaps {clash}")
    for it in un4.QUESTIONS + un4.ARTICLE_QUESTIONS:
        text = c.text(it["doc"]) if c.available(it["doc"]) else None
        if text is not None and text.count(it["evidence"]) > 1:
            c.warnings.append(f"real_unseen4 evidence {it['evidence']!r} occurs more than once")
    qs += [it["q"] for it in un4.QUESTIONS + un4.ARTICLE_QUESTIONS + un4.UNANSWERABLE_UNSEEN4]
    dup = [q for q, n in Counter(qs).items() if n > 1]
    c.expect(not dup, f"duplicate questions: {dup}")


def check_beside(c: Checker, name: str, unans: str, earlier: set, qs: list[str]) -> None:
    """A set over documents no other set uses, kept beside the repository."""
    mod = load(name)
    c.answerable(f"{name}.QUESTIONS", mod.QUESTIONS)
    c.answerable(f"{name}.ARTICLE_QUESTIONS", mod.ARTICLE_QUESTIONS)
    c.unanswerable(f"{name}.{unans}", getattr(mod, unans))
    c.expect(len(mod.QUESTIONS) >= 30, f"{name}: {len(mod.QUESTIONS)} questions, want 30+")
    c.expect(len(mod.ARTICLE_QUESTIONS) >= 8, f"{name}: want 8+ article questions")
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


if __name__ == "__main__":
    sys.exit(main())
