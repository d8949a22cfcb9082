"""Questions that share no word with the clause that answers them, pooled across sets.

Issue 10's largest miss class at every recent first contact is the question whose content
words are all absent from the line holding its evidence. The held-back sets mark such
items ``noshare``; the dev sets do not, so for them the mark is computed here: no word of
the question (function words of ``kb/data/en_stop.toml`` and question words left out,
case folded, a plural ``s`` dropped) stands in the line of the document that holds the
evidence (each word also stands for its singular: "buses" for "bus", "policies" for
"policy"). The pools are split by set:

- tuning: the ``noshare`` questions of real_unseen7 to real_unseen10 and the computed ones
  of the English dev sets (article_dev34, real_dev, real_dev2, article_paraphrase);
- check: the ``noshare`` questions of real_unseen11 to real_unseen13, scored once at the end
  (a set whose documents are not at hand is left out and said so).

Write the lists (one question a line, for ``kb_real.py --questions``), then score a run's
``--misses`` file against them, with its ``--asked`` file (an asked listed question not in
the misses was first, stated its value and was answered; a listed question the run did not
ask is an error, never a hit):

    python benchmarks/noshare_pool.py lists --out DIR
    python benchmarks/kb_real.py --split all --only real_,article --encoder torch --reuse \\
        --workdir STORE --extra-docs ... --questions DIR/tune.txt --misses M.json --asked A.txt
    python benchmarks/noshare_pool.py score --list DIR/tune.txt --misses M.json --asked A.txt
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from kb_real import REAL, _norm, load_sets  # noqa: E402

TUNE_MARKED = ("real_unseen7.", "real_unseen8.", "real_unseen9.", "real_unseen10.")
TUNE_DEV = ("article_dev34", "real_dev.", "real_dev2.", "article_paraphrase.")
CHECK_MARKED = ("real_unseen11.", "real_unseen12.", "real_unseen13.")
# Folders (beside the repository) each check set's documents live in.
CHECK_FOLDERS = {
    "real_unseen11.": "unseen10t",
    "real_unseen12.": "unseen10u",
    "real_unseen13.": "unseen10v",
}
QUESTION_WORDS = {"which", "what", "how", "when", "who", "whom", "whose", "where", "why"}


def _stop() -> set[str]:
    data = tomllib.loads((ROOT / "kb" / "data" / "en_stop.toml").read_text(encoding="utf-8"))
    return set(data["search"]["stopwords"].split()) | QUESTION_WORDS


STOP = _stop()


def word_forms(w: str) -> set[str]:
    """``w`` and the singulars it may be the plural of: "buses" -> bus, buse;
    "houses" -> house; "policies" -> policy (a wrong guess matches nothing)."""
    out = {w}
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        out.add(w[:-1])
        if w.endswith("es"):
            out.add(w[:-2])
        if len(w) > 4 and w.endswith("ies"):
            out.add(w[:-3] + "y")
    return out


def content_words(text: str) -> set[str]:
    """Lower-cased words of letters (hyphens split), function words out, each with the
    singulars it may stand for (``word_forms``)."""
    out: set[str] = set()
    for w in re.findall(r"[a-z]+", text.lower()):
        if w in STOP or len(w) < 2:
            continue
        out |= word_forms(w)
    return out


def evidence_line(text: str, evidence: str) -> str | None:
    """The line of ``text`` that holds ``evidence`` (whitespace matched loosely)."""
    ev = " ".join(evidence.split()).lower()
    for line in text.splitlines():
        if ev in " ".join(line.split()).lower():
            return line
    return None


def doc_text(stem: str) -> str | None:
    for folder in (ROOT / "corpus", REAL / "en"):
        for path in folder.glob(f"{stem}.*"):
            if path.suffix in {".txt", ".md", ".html", ".htm"}:
                return path.read_text(encoding="utf-8", errors="replace")
    return None


def shares_no_word(item: dict) -> bool | None:
    """Whether the question shares no content word with its evidence line (None: the
    document or line is not at hand)."""
    text = doc_text(item["doc"])
    line = evidence_line(text, item["evidence"]) if text else None
    if line is None:
        return None
    return not (content_words(item["q"]) & content_words(line))


def pools() -> tuple[dict[str, list[str]], dict[str, list[str]], list[str]]:
    """(tuning pool by set, check pool by set, notes on what was left out)."""
    tune: dict[str, list[str]] = {}
    check: dict[str, list[str]] = {}
    notes = []
    for qset in load_sets():
        if qset.unanswerable or qset.name.startswith("zh_"):
            continue
        name = qset.name
        if name.startswith(TUNE_MARKED):
            qs = [x["q"] for x in qset.questions if x.get("noshare")]
            if qs:
                tune[name] = qs
        elif name.startswith(TUNE_DEV):
            qs = [x["q"] for x in qset.questions if shares_no_word(x)]
            if qs:
                tune[name] = qs
        elif name.startswith(CHECK_MARKED):
            qs = [x["q"] for x in qset.questions if x.get("noshare")]
            prefix = next(p for p in CHECK_MARKED if name.startswith(p))
            if not (ROOT.parent / CHECK_FOLDERS[prefix]).is_dir():
                notes.append(f"{name}: {len(qs)} left out, ../{CHECK_FOLDERS[prefix]} missing")
                continue
            if qs:
                check[name] = qs
    return tune, check, notes


def not_asked(listed: list[str], asked: set[str]) -> list[str]:
    """The listed questions a run did not ask (its documents not indexed, a typo)."""
    return [q for q in listed if q not in asked]


def score(listed: list[str], misses: list[dict], asked: set[str]) -> tuple[int, int, int, int, int]:
    """(n, top-1, top-5, value stated, refused) over the listed questions the run asked;
    one it did not ask is left out (``not_asked`` names them), never counted a hit."""
    by_q = {m["q"]: m for m in misses if "want" in m}
    n = h1 = h5 = val = ref = 0
    for q in listed:
        if q not in asked:
            continue
        n += 1
        m = by_q.get(q)
        if m is None:
            h1, h5, val = h1 + 1, h5 + 1, val + 1
            continue
        rank = m["rank"]
        h1 += rank == 1
        h5 += rank is not None and rank <= 5
        val += _norm(m["want"]) in _norm(m["answer"])
        ref += not m["answered"]
    return n, h1, h5, val, ref


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    lp = sub.add_parser("lists", help="write tune.txt and check.txt and print the split")
    lp.add_argument("--out", type=Path, required=True)
    sp = sub.add_parser("score", help="pool figures of a kb_real --misses file")
    sp.add_argument("--list", type=Path, required=True)
    sp.add_argument("--misses", type=Path, required=True)
    sp.add_argument("--asked", type=Path, required=True, help="the run's kb_real.py --asked file")
    args = p.parse_args(argv)
    if args.cmd == "lists":
        tune, check, notes = pools()
        args.out.mkdir(parents=True, exist_ok=True)
        for label, pool in (("tune", tune), ("check", check)):
            qs = [q for v in pool.values() for q in v]
            (args.out / f"{label}.txt").write_text("\n".join(qs) + "\n", encoding="utf-8")
            print(f"{label}: {len(qs)} questions")
            for name, v in pool.items():
                print(f"  {name}: {len(v)}")
        for note in notes:
            print(f"  {note}")
        return
    listed = [x.strip() for x in args.list.read_text(encoding="utf-8").splitlines() if x.strip()]
    misses = json.loads(args.misses.read_text(encoding="utf-8"))
    asked = {x.strip() for x in args.asked.read_text(encoding="utf-8").splitlines()}
    missing = not_asked(listed, asked)
    if missing:
        sys.exit(
            f"error: {len(missing)} listed question(s) were not asked by the run, e.g."
            f" {missing[0]!r}; fix the list or index their documents"
        )
    n, h1, h5, val, ref = score(listed, misses, asked)
    print(
        f"{args.list.name}: n {n}, top-1 {h1 / n:.3f} ({h1}), top-5 {h5 / n:.3f} ({h5}),"
        f" value {val / n:.3f} ({val}), refused {ref}"
    )


if __name__ == "__main__":
    main()
