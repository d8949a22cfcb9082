"""Issue 14: odd inputs that used to end in a traceback (ingest side).

A paragraph over spaCy's 1,000,000-character limit, a line of 200,000 digits
and a symbolic link loop each either extract or fail on one line naming the file.
"""

from __future__ import annotations

import math
import os

import pytest

from ingest import segment
from ingest.errors import IngestError
from ingest.lang import load_grammar
from ingest.load import iter_paths, load_document
from ingest.pipeline import build_nlp, ingest_file, process_document
from ingest.quantities import find_quantities
from ingest.records import Document, content_id

FILLER = "The committee met in the main hall and discussed the agenda. "
LAST = "By 2035, the recycling volume of major renewable resources shall reach 510 million tons."
GOOD = "By 2030, the share of renewable energy in industry will reach more than 30%.\n"


def one_paragraph(chars: int) -> str:
    """A single paragraph (no line break) of about ``chars`` characters ending in a target."""
    return FILLER * math.ceil(chars / len(FILLER)) + LAST + "\n"


def test_a_paragraph_over_spacys_limit_is_read_in_pieces_with_true_offsets():
    text = one_paragraph(1_100_000)
    assert len(text) > build_nlp().max_length  # the size that raised E088
    document = Document(doc_id=content_id(text), path="long.txt", text=text)
    extraction = process_document(document, types=("target", "obligation"))
    for clause in extraction.clauses:
        assert text[clause.start : clause.end] == clause.text
    [target] = [r for r in extraction.records if r.type == "target"]
    assert (target.value, target.unit, target.year) == (510e6, "t", 2035)
    assert target.start > 1_100_000 and text[target.start : target.end] == target.text == LAST
    assert any(r.type == "obligation" and r.start == target.start for r in extraction.records)


def test_cutting_a_paragraph_at_sentence_ends_changes_no_clause(monkeypatch):
    sentences = [
        "The Guiding Opinions propose that by 2030, the proportion of renewable energy used in "
        "electrolytic aluminum will reach more than 30%, the recycling volume of major renewable "
        "resources will reach 510 million tons, and green factories will account for more than "
        "40% of output.",
        "Enterprises shall report their emissions to the ministry every year.",
        "In 2023, the output of the sector reached 40 million tons, i.e. 5% more than in 2022.",
        "Steel, cement etc. by 2035 will cut emissions by 10% compared with 2020!",
    ]
    paragraph = " ".join(sentences * 8)
    text = (
        f"Green manufacturing\n\n{paragraph}\n\nBy 2030, data centres shall use 100% green power.\n"
    )
    document = Document(doc_id=content_id(text), path="t.txt", text=text)
    whole = segment.split_clauses(document, build_nlp())
    limit = 400  # above the longest sentence, far below the paragraph
    assert len(segment._pieces(paragraph, limit)) > 5
    monkeypatch.setattr(segment, "_MAX_PIECE_CHARS", limit)
    cut = segment.split_clauses(document, build_nlp())
    assert [(c.start, c.end, c.kind, c.context) for c in cut] == [
        (c.start, c.end, c.kind, c.context) for c in whole
    ]
    assert len(whole) > 40


@pytest.mark.parametrize(
    "text, limit, expected",
    [
        ("One. Two. Three.", 8, [(0, 5), (5, 10), (10, 16)]),  # at sentence ends
        ("aaa bbb ccc", 5, [(0, 4), (4, 8), (8, 11)]),  # no sentence end: at spaces
        ("x" * 12, 5, [(0, 5), (5, 10), (10, 12)]),  # one long word: anywhere
        ("short", 100, [(0, 5)]),
    ],
)
def test_pieces_cover_the_text_in_order(text, limit, expected):
    assert segment._pieces(text, limit) == expected


def test_a_line_of_200000_digits_is_not_a_year_nor_a_value(tmp_path):
    digits = "7" * 200_000
    assert find_quantities(digits, load_grammar("en")) == []
    in_range = find_quantities(f"{digits}-2 percent by 2030", load_grammar("en"))
    assert [q.value_text for q in in_range] == ["2 percent"]  # the infinite low end is dropped
    path = tmp_path / "digits.txt"
    path.write_text(f"{GOOD}\n{digits}\n\nReach {digits} million tons by 2030.\n")
    records = ingest_file(path, types=("target", "statistic", "obligation")).records
    assert [(r.value, r.year) for r in records if r.type == "target"] == [(30.0, 2030)]
    assert all(math.isfinite(r.value) for r in records if getattr(r, "value", None) is not None)


@pytest.fixture()
def folder_with_loop(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    os.symlink("b.txt", folder / "a.txt")  # a.txt -> b.txt -> a.txt
    os.symlink("a.txt", folder / "b.txt")
    return folder


def test_a_symlink_loop_is_listed_and_then_refused_on_one_line(folder_with_loop):
    found = list(iter_paths([folder_with_loop]))
    assert [p.name for p in found] == ["a.txt", "b.txt", "good.txt"]
    with pytest.raises(IngestError) as info:
        load_document(folder_with_loop / "a.txt")
    message = str(info.value)
    assert message.startswith(str(folder_with_loop / "a.txt"))
    assert "symbolic link loop" in message and "remove the link" in message
    assert "\n" not in message
    assert load_document(found[-1]).text == GOOD


def test_a_symlink_loop_named_explicitly_is_not_called_missing(tmp_path):
    link = tmp_path / "self.txt"
    os.symlink("self.txt", link)
    assert list(iter_paths([link])) == [link]
    with pytest.raises(IngestError, match="symbolic link loop"):
        load_document(link)


def test_an_unexpected_error_on_one_file_is_its_own_line_and_the_batch_goes_on(
    monkeypatch, tmp_path
):
    import ingest.pipeline
    from ingest.batch import extract_paths

    real = ingest.pipeline.ingest_file

    def flaky(path, **kwargs):
        if str(path).endswith("bad.txt"):
            raise ValueError("something odd\nin two lines")
        return real(path, **kwargs)

    monkeypatch.setattr(ingest.pipeline, "ingest_file", flaky)
    paths = [tmp_path / "bad.txt", tmp_path / "good.txt"]
    for path in paths:
        path.write_text(GOOD)
    bad, good = extract_paths(paths, jobs=1, max_bytes=10**6)
    assert bad.error == (
        f"{paths[0]}: could not be extracted (ValueError: something odd in two lines). "
        "Please report this bug"
    )
    assert good.error is None and [r.value for r in good.records] == [30.0]
