"""The English questions a change to the query side is checked on for no fall.

A change made for a Chinese set can still move English answers; the check asks, on a copy
of real_unseen10's first-contact store, every question of real_unseen10 and
article_paraphrase, and every other English question of the real_, article and off_topic
sets that asks its figure in a unit (``kb.refusal_measure.asked_dimension``), since the
unit checks are what such changes touch most. The list is written one question a line,
for ``kb_real.py --questions``; ``en_no_fall/questions.txt`` is the list as it stood for
zh_first_contact12 (98 questions) and ``en_no_fall/extra_docs.txt`` the folders given to
``--extra-docs`` (one a line, relative to the repository).

    python benchmarks/en_no_fall.py --write /tmp/questions.txt
    python benchmarks/kb_real.py --split all --only real_,article,off_topic --encoder torch \\
        --reuse --workdir COPY_OF_STORE \\
        $(sed 's/^/--extra-docs /' benchmarks/en_no_fall/extra_docs.txt) \\
        --questions benchmarks/en_no_fall/questions.txt
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kb_real import load_sets  # noqa: E402

from kb.cjk import has_cjk  # noqa: E402
from kb.refusal_measure import asked_dimension  # noqa: E402

SETS = ("real_", "article", "off_topic")
WHOLE = ("real_unseen10", "article_paraphrase")


def chosen_questions() -> list[str]:
    """Every question of the WHOLE sets and every English one of SETS asked in a unit,
    in set order, each once."""
    out: dict[str, None] = {}
    for qset in load_sets():
        if not any(part in qset.name for part in SETS):
            continue
        for item in qset.questions:
            text = item["q"]
            if has_cjk(text):
                continue
            if qset.name.startswith(WHOLE) or asked_dimension(text):
                out[text] = None
    return list(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, default=None, help="write the list here")
    args = parser.parse_args(argv)
    text = "\n".join(chosen_questions()) + "\n"
    if args.write is None:
        sys.stdout.write(text)
    else:
        args.write.write_text(text, encoding="utf-8")
        print(f"wrote {args.write} ({text.count(chr(10))} questions)")


if __name__ == "__main__":
    main()
