"""``benchmarks/kb_real.py --extra-docs DIR``: a folder of documents kept beside the
repository is indexed with the rest, and a question set about documents that are not
indexed is skipped rather than scored as misses. Folder and stem names are our own."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import kb_real  # noqa: E402
import question_list  # noqa: E402


def test_extra_docs_use_the_english_part_and_skip_an_absent_folder(tmp_path, capsys):
    with_en = tmp_path / "fresh"
    (with_en / "en").mkdir(parents=True)
    flat = tmp_path / "flat"
    flat.mkdir()
    missing = tmp_path / "nowhere"
    assert kb_real.extra_inputs([with_en, flat, missing]) == [with_en / "en", flat]
    assert "nowhere not found" in capsys.readouterr().out


def test_a_set_about_documents_not_indexed_is_skipped(capsys):
    asked = kb_real.QSet("fresh.QUESTIONS", "unseen", [{"q": "?", "doc": "harbour_plan_2031"}])
    near = kb_real.QSet("fresh.NEAR", "unseen", [{"q": "?", "near_doc": "harbour_plan_2031"}])
    off_topic = kb_real.QSet("off_topic", "dev", [{"q": "What is the capital of Mars?"}])
    assert not kb_real.indexed(asked, {"city_plan": object()})
    assert not kb_real.indexed(near, {"city_plan": object()})
    assert "fresh.QUESTIONS" in capsys.readouterr().out
    assert kb_real.indexed(asked, {"harbour_plan_2031": object()})
    assert kb_real.indexed(off_topic, {})


def test_the_results_header_names_every_option_and_the_commit(tmp_path):
    argv = ["--split", "all", "--no-distractors", "--reuse", str(tmp_path / "store")]
    argv += ["--only", "zh_first_contact9", "--extra-docs", "/elsewhere/harbour texts"]
    record = kb_real.run_record(argv)
    for part in ("--no-distractors", "--reuse", "--only zh_first_contact9", "--extra-docs"):
        assert part in record, record
    assert "'/elsewhere/harbour texts'" in record  # quoted so it can be run again
    assert "commit " in record and "commit unknown" not in record, record
    assert "commit unknown" in kb_real.run_record([], root=tmp_path)  # not a repository


def test_question_list_is_checked_before_any_model_loads(tmp_path):
    missing = tmp_path / "absent.txt"
    try:
        question_list.read_question_list(missing)
    except SystemExit as exc:
        assert str(exc).startswith(f"error: --questions {missing}: cannot read")
    else:
        raise AssertionError("a missing list must stop the run")
    listed = tmp_path / "listed.txt"
    listed.write_text("How big is the harbour fund? \r\n\r\n", encoding="utf-8")
    assert question_list.read_question_list(listed) == {"How big is the harbour fund?"}
    assert question_list.read_question_list(None) is None


def test_listed_questions_that_match_none_are_counted(capsys):
    qset = kb_real.QSet("fresh.QUESTIONS", "unseen", [{"q": "How big is the harbour fund?"}])
    kept = question_list.only_listed([qset], {"How big is the harbour fund?", "A typo?"})
    assert [q["q"] for q in kept[0].questions] == ["How big is the harbour fund?"]
    assert "1 of 2 listed questions matched none" in capsys.readouterr().out
