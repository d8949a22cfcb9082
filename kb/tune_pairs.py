"""The pair files of ``policykb tune``: reading them, and BM25-mined hard negatives.

Pair file (JSONL, one object a line)::

    {"question": "Who must report a breach?", "passage": "A licensee shall notify ..."}

An optional ``"negative"`` string is used as that pair's hard negative as given.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from kb.errors import IngestError

#: In-batch negatives need at least two pairs in a batch.
MIN_PAIRS = 2
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Pair:
    """One training example: a question, the passage that answers it, maybe a negative."""

    question: str
    passage: str
    negative: str | None = None


def read_pairs(path: str | Path) -> list[Pair]:
    """Read a JSONL pair file.

    Args:
        path: the file; one JSON object a line with non-empty ``question`` and
            ``passage`` strings and optionally a ``negative`` string. Blank lines
            are skipped.

    Returns:
        The pairs, in file order.

    Raises:
        IngestError: the file is missing or unreadable, a line is not such an
            object (named by its line number), or it holds fewer than two pairs.

    Example:
        >>> read_pairs("pairs.jsonl")[0].question  # doctest: +SKIP
        'Who must report a breach?'
    """
    path = Path(path)
    hint = 'Each line must be a JSON object: {"question": "...", "passage": "..."}'
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise IngestError(str(path), "no such pair file", hint) from e
    except (OSError, UnicodeDecodeError) as e:
        raise IngestError(str(path), f"cannot read it ({type(e).__name__})", hint) from e
    pairs = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise IngestError(where, f"not valid JSON ({e.msg})", hint) from e
        if not isinstance(row, dict):
            raise IngestError(where, f"a JSON {type(row).__name__}, not an object", hint)
        fields = {}
        for name in ("question", "passage"):
            value = row.get(name)
            if not isinstance(value, str) or not value.strip():
                found = "missing" if value is None else f"empty or not text ({value!r:.40})"
                raise IngestError(where, f'field "{name}" is {found}', hint)
            fields[name] = value.strip()
        negative = row.get("negative")
        if negative is not None and (not isinstance(negative, str) or not negative.strip()):
            raise IngestError(where, 'field "negative" must be non-empty text when given', hint)
        pairs.append(Pair(fields["question"], fields["passage"], negative and negative.strip()))
    if len(pairs) < MIN_PAIRS:
        raise IngestError(
            str(path),
            f"{len(pairs)} pair(s) found; tuning needs at least {MIN_PAIRS}",
            "Add more lines (a few hundred pairs or more move a model usefully)",
        )
    return pairs


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower()) or ["_"]


def mine_hard_negatives(pairs: Sequence[Pair], *, depth: int = 10) -> list[Pair]:
    """Give each pair without a negative the best BM25 passage that is not its own.

    The candidates are the distinct passages of the pair file. Passages paired
    with the same question anywhere in the file are never chosen (a question
    with two gold passages must not learn to push one of them away). A pair
    whose top ``depth`` passages are all its own keeps no negative.

    Args:
        pairs: the training pairs.
        depth: how many BM25 results to look through per question.

    Returns:
        The pairs, with ``negative`` filled where one was found.
    """
    import bm25s
    import numpy as np

    passages = list(dict.fromkeys(p.passage for p in pairs))
    if len(passages) < 2:
        return list(pairs)
    index = bm25s.BM25()
    index.index([_tokens(t) for t in passages], show_progress=False)
    own: dict[str, set[int]] = {}
    position = {text: i for i, text in enumerate(passages)}
    for p in pairs:
        own.setdefault(p.question, set()).add(position[p.passage])
    out = []
    for p in pairs:
        if p.negative:
            out.append(p)
            continue
        scores = index.get_scores(_tokens(p.question))
        k = min(depth, len(passages))
        top = np.argpartition(-scores, k - 1)[:k]
        ranked = top[np.argsort(-scores[top], kind="stable")]
        chosen = next((int(i) for i in ranked if int(i) not in own[p.question]), None)
        out.append(p if chosen is None else replace(p, negative=passages[chosen]))
    return out
