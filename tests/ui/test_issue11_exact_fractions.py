"""Issue 11 review: a fraction in words is one exact value in every language (computed from
its numerator and denominator in ``ingest/lang/*.toml``) and is rounded only where it is
shown: the ``extract --format table`` line and the targets table of the app. Sentences are
our own; each has an ordinary share beside the fraction that keeps its written value."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id
from ui.cli import main
from ui.handlers.targets import _number

THIRD_ZH = "到2030年，新能源车占比达到三分之一左右，城市公交车辆中电动车辆占比达到35%。"
# N/M is read as a share only since the general fraction reader: the jsonl case decides it.
THIRD_SLASH = "到2030年，新能源车占比达到1/3左右，城市公交车辆中电动车辆占比达到35%。"
THIRD_EN = "By 2030, renewables shall supply one third of electricity and 35% of heat."


def _values(text: str, language: str) -> list[float]:
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language=language)
    records = process_document(document, nlp=build_nlp(language=language), types=("target",))
    return sorted(r.value for r in records.records if isinstance(r, Target) and r.value)


def test_english_and_chinese_read_a_third_alike() -> None:
    zh, en = _values(THIRD_ZH, "zh"), _values(THIRD_EN, "en")
    assert 100 / 3 in zh and 100 / 3 in en, (zh, en)
    assert 35.0 in zh and 35.0 in en  # the written share beside it


@pytest.mark.parametrize(
    ("fmt", "shown", "text"),
    [
        ("table", "33.3333 %", THIRD_ZH),
        ("table", "33.3333 %", THIRD_SLASH),
        ("jsonl", None, THIRD_SLASH),
    ],
)
def test_a_third_is_rounded_only_for_the_table(
    tmp_path, fmt: str, shown: str | None, text: str
) -> None:
    path = tmp_path / "frac.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--format", fmt])
    assert result.exit_code == 0, result.output
    if shown:
        assert shown in result.stdout and "33.33333333" not in result.stdout, result.stdout
        assert "35 %" in result.stdout
    else:
        values = [json.loads(line)["value"] for line in result.stdout.splitlines()]
        assert 100 / 3 in values, values  # the record keeps the exact value


def test_the_app_table_rounds_a_fraction_and_keeps_whole_numbers() -> None:
    assert _number(100 / 3) == 33.3333
    assert _number(55.0) == 55 and isinstance(_number(55.0), int)
    assert _number(42.5) == 42.5
