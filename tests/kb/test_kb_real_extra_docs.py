"""``benchmarks/kb_real.py --extra-docs DIR``: a folder of documents kept beside the
repository is indexed with the rest, and a question set about documents that are not
indexed is skipped rather than scored as misses. Folder and stem names are our own."""

from __future__ import annotations

import os
import subprocess
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


def _stop(call) -> str:
    try:
        call()
    except SystemExit as exc:
        return str(exc)
    raise AssertionError("the run must stop")


def test_a_list_that_matches_no_question_stops_before_any_model_loads(tmp_path):
    listed = tmp_path / "typos.txt"
    listed.write_text("How big is the harbour fund?\r\nWhat does the quay levy cost? \n", "utf-8")
    work = tmp_path / "work"
    argv = ["--questions", str(listed), "--workdir", str(work), "--model", "no-such-model"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "kb_real.py"), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith(f"error: --questions {listed}: none of its 2 questions"), (
        done.stderr
    )
    assert not work.exists()  # stopped before the store (and the model) was touched


def test_the_chosen_sets_keep_a_listed_question_and_stop_when_none_is_left(tmp_path, capsys):
    off_topic = next(s for s in kb_real.load_sets() if s.name == "off_topic12")
    asked = off_topic.questions[0]["q"]
    args = kb_real.parse_args(["--only", "off_topic", "--questions", str(tmp_path / "q.txt")])
    kept = kb_real.chosen_sets(args, {asked, "A typo?"})
    assert [s.name for s in kept] == ["off_topic12"]
    assert [q["q"] for q in kept[0].questions] == [asked]
    assert "1 of 2 listed questions matched none" in capsys.readouterr().out
    assert len(kb_real.chosen_sets(kb_real.parse_args(["--only", "off_topic"]), None)) == 1
    wrong = _stop(lambda: kb_real.chosen_sets(kb_real.parse_args(["--only", "of_topic"]), None))
    assert wrong.startswith("error: --only 'of_topic' names no set")
    none_left = _stop(lambda: kb_real.chosen_sets(args, {"A typo?"}))
    assert none_left.startswith(f"error: --questions {tmp_path / 'q.txt'}: none of its 1")


def test_no_report_is_written_when_no_chosen_set_is_indexed(capsys):
    asked = kb_real.QSet("fresh.QUESTIONS", "unseen", [{"q": "?", "doc": "harbour_plan_2031"}])
    kept = kb_real.asked_sets([asked], {"harbour_plan_2031": object()})
    assert kept == [asked]
    stopped = _stop(lambda: kb_real.asked_sets([asked], {"city_plan": object()}))
    assert stopped.startswith("error: no chosen set asks about an indexed document")
