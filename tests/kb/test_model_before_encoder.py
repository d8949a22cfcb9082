"""A new store whose first file is Chinese takes the multilingual model before the
file ingest builds its encoder, so no encoder is built and loaded for the default model
only to be dropped at the first batch, and the texts are still encoded ahead by the
model the store takes (review s28c). The notices are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import kb.encode_ahead
import kb.multilingual
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder

pytest.importorskip("ingest.pipeline")

ZH = [
    "港口管理局应当在2030年前将岸电覆盖率提高到80%。",
    "每艘渡轮每年须报告一次燃料消耗。",
    "夜间航班须在22时前完成检查。",
]
EN = [
    "The ferry operator shall cut fuel use per crossing by 25% by 2031.",
    "Every vessel must carry a spill kit on each sailing.",
    "Electric ferries shall serve the short crossing from 2029.",
]


class Default(HashEmbedder):
    """Stands for the default model: its own name, encodable ahead."""

    one_text_per_run = True

    @property
    def name(self) -> str:
        return "default-test-model"


class Multilingual(HashEmbedder):
    """Stands for the multilingual model, here encodable ahead so the test can see it."""

    one_text_per_run = True

    def __init__(self, **_: object) -> None:
        super().__init__()

    @property
    def name(self) -> str:
        return f"{kb.multilingual.MODEL_ID}-test"


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for i, text in enumerate(ZH):
        (folder / f"a-{i}.txt").write_text(f"{text}\n\n{ZH[(i + 1) % 3]}\n", "utf-8")
    for i, text in enumerate(EN):
        (folder / f"b-{i}.txt").write_text(f"{text}\n\n{EN[(i + 1) % 3]}\n", "utf-8")
    return folder


def test_a_chinese_first_file_chooses_the_model_before_the_encoder(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus")
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "1")
    monkeypatch.setattr(kb.multilingual, "MultilingualE5Embedder", Multilingual)
    built: list[str] = []
    real = kb.encode_ahead.for_embedder

    def recording(embedder, cache_db=None):
        built.append(embedder.name)
        return real(embedder, cache_db)

    monkeypatch.setattr(kb.encode_ahead, "for_embedder", recording)
    settings = Settings(db_dir=tmp_path / "kb", model_chosen=False)
    base = KnowledgeBase(settings, embedder=Default(), create=True)
    results = list(base.ingest([corpus]))
    assert [r.status for r in results] == ["added"] * 6
    assert built == [Multilingual().name]  # no encoder for the default model
    assert base.store.model and base.store.model[0] == Multilingual().name
    assert [n for n in base.notes if "multilingual" in n and n.startswith("note: ")]
    base.close()


def test_guard_an_english_first_file_keeps_the_default_model(tmp_path, monkeypatch):
    # guard: the look at the first file must not switch a store whose files are English
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, text in enumerate(EN * 2):
        (corpus / f"b-{i}.txt").write_text(f"{text} Notice {i}.\n", "utf-8")
    monkeypatch.setenv("POLICYKB_INGEST_WORKER", "1")
    settings = Settings(db_dir=tmp_path / "kb", model_chosen=False)
    base = KnowledgeBase(settings, embedder=Default(), create=True)
    assert [r.status for r in base.ingest([corpus])] == ["added"] * 6
    assert base.store.model[0] == "default-test-model" and not base.notes
    base.close()
