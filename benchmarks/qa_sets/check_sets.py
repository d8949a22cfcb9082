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
import os
import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from set_rules import (  # noqa: E402
    ARTICLE,
    BESIDE,
    check_english,
    has_han,
    load,
    per_doc_cap,
    split_ok,
)

REPO = HERE.parents[1]
REAL = REPO.parent / "shared" / "data" / "real_policies"
CORPUS = REPO / "corpus"
# Published texts outside ../shared that zh_first_contact5 asks about: read from the folder
# POLICYKB_EXTRA_DOCS names (its zh/ and en/), skipped when it is not given.
EXTRA = Path(os.environ["POLICYKB_EXTRA_DOCS"]) if os.environ.get("POLICYKB_EXTRA_DOCS") else None

ANSWER_KEYS = {"q", "doc", "evidence", "value", "kind"}
KINDS = {"amount", "share", "date", "year", "actor", "count", "list", "definition", "other"}
NEAR_WINDOW = 700  # chars: value expected this close to an evidence hit (warning only)


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


def load_first() -> SimpleNamespace:
    """The first sets, which later rules compare against."""
    return SimpleNamespace(
        dev=load("real_dev"),
        unseen=load("real_unseen"),
        art=load("article_paraphrase"),
        zh=load("zh_sets"),
        dev2=load("real_dev2"),
        zh_dev2=load("zh_en_dev2"),
        zh_fc=load("zh_first_contact"),
        zh_fc3=load("zh_first_contact3"),
        zh_dev3=load("zh_en_dev3"),
    )


def first_labels(c: Checker, m: SimpleNamespace) -> None:
    """The labels of the first sets against their documents, and zh_sets' splits."""
    dev, unseen, art, zh, dev2, zh_dev2 = m.dev, m.unseen, m.art, m.zh, m.dev2, m.zh_dev2
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


def zh_fc3_dev3(c: Checker, m: SimpleNamespace) -> tuple[list, list, list]:
    """zh_first_contact and 3, zh_en_dev3: new facts over Chinese documents; returns the
    earlier Chinese items, zh_first_contact3's and zh_en_dev3's."""
    zh, zh_dev2, zh_fc, zh_fc3, zh_dev3 = m.zh, m.zh_dev2, m.zh_fc, m.zh_fc3, m.zh_dev3
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
    return earlier, zh3, dev3


def zh_fc4_and_late(c: Checker, earlier: list, zh3: list, dev3: list) -> None:
    """zh_first_contact4 and the late sets, each over facts no earlier set asks about."""
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


def main() -> int:
    c = Checker()
    if not REAL.exists():
        print(f"note: {REAL} absent; checking only the bundled article")
    m = load_first()
    first_labels(c, m)
    zh_fc4_and_late(c, *zh_fc3_dev3(c, m))
    check_english(c, m)
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


if __name__ == "__main__":
    sys.exit(main())
