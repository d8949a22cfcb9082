"""Fine-tuning the embedding model on question-passage pairs (kb/tune.py).

The pair files are written here in our own words: short obligations of a
made-up energy regulator and questions a user would ask of them. The training
test runs the real all-MiniLM-L6-v2 for a few steps on CPU.
"""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from kb.embed import SentenceTransformerEmbedder
from kb.errors import ConfigError, IngestError
from kb.tune import MANIFEST, Pair, _batches, mine_hard_negatives, read_pairs, tune

PAIRS = [
    (
        "When must a grid operator report an outage?",
        "A grid operator shall report any outage lasting more than four hours to the "
        "regulator within two working days.",
    ),
    (
        "Who approves new tariffs for household electricity?",
        "New household electricity tariffs take effect only after the Energy Board has "
        "approved them in writing.",
    ),
    (
        "How long must meter readings be kept?",
        "Suppliers shall keep every meter reading for at least six years and produce it "
        "on request.",
    ),
    (
        "What must a supplier tell customers before cutting off supply?",
        "Before disconnecting a customer, a supplier must give fourteen days' written "
        "notice stating the amount owed and how to appeal.",
    ),
    (
        "Which plants need a carbon capture study?",
        "Every coal-fired plant above 300 megawatts shall submit a carbon capture "
        "feasibility study by the end of 2027.",
    ),
    (
        "What fine applies to late emissions reports?",
        "An operator that files its annual emissions report late pays a penalty of "
        "5,000 dollars for each week of delay.",
    ),
]


def _write(path, rows) -> str:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def _pair_lines(pairs=PAIRS) -> list[str]:
    return [json.dumps({"question": q, "passage": p}) for q, p in pairs]


# -- reading pair files ------------------------------------------------------------------------


def test_read_pairs_reads_each_line_skips_blank_ones_and_keeps_a_given_negative(tmp_path):
    lines = _pair_lines()
    lines.insert(2, "   ")
    extra = {"question": "Q?", "passage": "An answer.", "negative": "  Something else.  "}
    lines.append(json.dumps(extra))
    pairs = read_pairs(_write(tmp_path / "pairs.jsonl", lines))
    assert len(pairs) == len(PAIRS) + 1
    assert pairs[0] == Pair(PAIRS[0][0], PAIRS[0][1])
    assert pairs[-1].negative == "Something else."


@pytest.mark.parametrize(
    "bad_line, expected",
    [
        ("{not json", r"pairs\.jsonl:3: not valid JSON"),
        ('["a list", "of two"]', r"pairs\.jsonl:3: a JSON list, not an object"),
        ('{"question": "Who signs?"}', r'pairs\.jsonl:3: field "passage" is missing'),
        ('{"question": "  ", "passage": "x"}', r'pairs\.jsonl:3: field "question" is empty'),
        ('{"question": "Q", "passage": 42}', r'pairs\.jsonl:3: field "passage" is empty or not'),
        ('{"question": "Q", "passage": "P", "negative": ""}', r'field "negative" must be'),
    ],
)
def test_a_bad_line_is_named_by_file_and_line_with_the_expected_shape(tmp_path, bad_line, expected):
    lines = _pair_lines()[:2] + [bad_line] + _pair_lines()[2:]
    with pytest.raises(IngestError, match=expected) as info:
        read_pairs(_write(tmp_path / "pairs.jsonl", lines))
    message = str(info.value)
    assert "\n" not in message
    assert '{"question": "...", "passage": "..."}' in message


def test_missing_file_and_too_few_pairs_are_one_line_errors(tmp_path):
    with pytest.raises(IngestError, match=r"nothere\.jsonl: no such pair file"):
        read_pairs(tmp_path / "nothere.jsonl")
    with pytest.raises(
        IngestError, match=r"one\.jsonl: 1 pair\(s\) found; tuning needs at least 2"
    ):
        read_pairs(_write(tmp_path / "one.jsonl", _pair_lines()[:1]))
    with pytest.raises(IngestError, match=r"empty\.jsonl: 0 pair\(s\) found"):
        read_pairs(_write(tmp_path / "empty.jsonl", [""]))


def test_a_file_that_is_not_utf8_is_refused_in_one_line(tmp_path):
    path = tmp_path / "latin.jsonl"
    path.write_bytes(
        '{"question": "Qui paie la redevance ?", "passage": "L\'op\xe9rateur"}'.encode("latin-1")
    )
    with pytest.raises(IngestError, match=r"latin\.jsonl: cannot read it \(UnicodeDecodeError\)"):
        read_pairs(path)


# -- hard negatives and batches ----------------------------------------------------------------


def test_hard_negative_is_the_closest_other_passage_never_one_of_the_questions_own():
    pairs = [Pair(q, p) for q, p in PAIRS]
    # A second gold passage for the outage question: it must never be its negative.
    pairs.append(
        Pair(PAIRS[0][0], "Outage reports name the cause, the customers affected and the fix.")
    )
    # A near miss for the tariff question: shares its words, answers something else.
    pairs.append(
        Pair(
            "When were household electricity tariffs last frozen?",
            "Household electricity tariffs were frozen for the winter of 2022.",
        )
    )
    mined = mine_hard_negatives(pairs)
    own_outage = {p.passage for p in pairs if p.question == PAIRS[0][0]}
    for p in mined:
        if p.question == PAIRS[0][0]:
            assert p.negative not in own_outage
    tariff = next(p for p in mined if p.question == PAIRS[1][0])
    assert tariff.negative == "Household electricity tariffs were frozen for the winter of 2022."


def test_batches_never_repeat_a_question_or_passage_and_drop_lone_pairs():
    same_passage = PAIRS[0][1]
    pairs = [Pair(q, p) for q, p in PAIRS] + [
        Pair("Is there a deadline for outage reports?", same_passage)
    ]
    batches = _batches(pairs, 4, random.Random(1))
    for batch in batches:
        texts = [p.question for p in batch] + [p.passage for p in batch]
        assert len(texts) == len(set(texts))
        assert len(batch) >= 2
    assert sum(len(b) for b in batches) >= len(pairs) - 1


# -- training ----------------------------------------------------------------------------------


def _margin(embedder, pairs) -> float:
    """Mean of (similarity to own passage - best similarity to another pair's passage)."""
    q = np.asarray(embedder.embed([p[0] for p in pairs]))
    d = np.asarray(embedder.embed([p[1] for p in pairs]))
    sims = q @ d.T
    own = np.diag(sims).copy()
    np.fill_diagonal(sims, -1.0)
    return float(np.mean(own - sims.max(axis=1)))


def test_tune_trains_a_few_steps_and_writes_a_model_that_policykb_can_embed_with(
    tmp_path, embedder
):
    pairs = read_pairs(_write(tmp_path / "pairs.jsonl", _pair_lines()))
    out = tmp_path / "models" / "minilm-energy"
    steps = []
    result = tune(
        pairs,
        out,
        epochs=10,
        max_steps=4,
        batch_size=6,
        learning_rate=1e-4,
        max_seq_length=48,
        hard_negatives=True,
        progress=lambda step, total, loss: steps.append((step, total)),
    )
    assert result.steps == 4 and steps[-1] == (4, 4)
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["pairs"] == 6 and manifest["hard_negatives"] is True
    tuned = SentenceTransformerEmbedder(str(out))
    assert tuned.name == "minilm-energy"
    assert tuned.dimension == 384
    # The training length is for speed only: the saved model reads as far as the base one.
    assert tuned._load().max_seq_length == embedder._load().max_seq_length
    # Trained on these pairs, the model separates each question's passage from the others
    # more than the base model did.
    assert _margin(tuned, PAIRS) > _margin(embedder, PAIRS)


def test_tune_refuses_an_output_folder_with_files_and_bad_options(tmp_path):
    pairs = [Pair(q, p) for q, p in PAIRS]
    used = tmp_path / "used"
    used.mkdir()
    (used / "config.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"used already exists and is not an empty folder"):
        tune(pairs, used)
    with pytest.raises(ConfigError, match=r"epochs = 0 is invalid"):
        tune(pairs, tmp_path / "new", epochs=0)
    with pytest.raises(ConfigError, match=r"max_seq_length = 8 is not in 16..512"):
        tune(pairs, tmp_path / "new", max_seq_length=8)
    with pytest.raises(ConfigError, match=r"cannot load base model"):
        tune(pairs, tmp_path / "new", base_model=str(tmp_path / "no-such-model"))
    assert not (tmp_path / "new").exists()
