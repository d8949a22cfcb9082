"""The parsed dictionary kept on disk: read back identical, stale or broken files ignored."""

from __future__ import annotations

import marshal

import pytest

from kb import cedict_cache, translate_terms


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYKB_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_tables_come_back_as_written(cache_home):
    path = cedict_cache.cache_file(translate_terms._SETTINGS_FILE)
    assert path is not None and path.is_relative_to(cache_home)
    tables = ({"levy": "税费"}, {"税费": "levy\x1ffee"})
    cedict_cache.write(path, tables)
    assert cedict_cache.read(path) == tables
    assert not list(path.parent.glob("*.tmp"))


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal at all", marshal.dumps(["a", "list"]), marshal.dumps(({}, [], {}))],
    ids=["empty", "garbage", "wrong-type", "wrong-shape"],
)
def test_a_broken_file_is_not_used(cache_home, content):
    path = cache_home / "cedict" / "broken.marshal"
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert cedict_cache.read(path) is None


def test_the_name_changes_with_the_settings(cache_home, tmp_path):
    other = tmp_path / "other.toml"
    other.write_text("[limits]\nmax_headwords = 1\n", encoding="utf-8")
    ours = cedict_cache.cache_file(translate_terms._SETTINGS_FILE)
    assert ours != cedict_cache.cache_file(other)


def test_an_unwritable_cache_is_skipped(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    cedict_cache.write(blocker / "sub" / "tables.marshal", ({}, {}))  # no error
    assert not (blocker / "sub").exists()


def test_second_process_reads_what_the_first_parsed(cache_home):
    translate_terms.dictionary.cache_clear()
    try:
        parsed = translate_terms.dictionary()
        path = cedict_cache.cache_file(translate_terms._SETTINGS_FILE)
        assert path.is_file()
        translate_terms.dictionary.cache_clear()
        again = translate_terms.dictionary()
        assert again is not parsed
        assert again.en_zh == parsed.en_zh and again.zh_en == parsed.zh_en
        assert "罚款" in again.chinese(("penalty",))
    finally:
        translate_terms.dictionary.cache_clear()


def test_the_fold_and_the_search_terms_share_one_reading_and_one_folder(cache_home):
    from ingest import cedict, script_fold

    script_fold.table.cache_clear()
    try:
        assert script_fold.table()["發"] == "发"
        fold_file = cedict.cache_file("t2s", f"fold{script_fold.FORMAT}")
        terms_file = cedict_cache.cache_file(translate_terms._SETTINGS_FILE)
        assert fold_file is not None and fold_file.is_file()
        assert fold_file.parent == terms_file.parent == cache_home / "cedict"
        assert fold_file != terms_file
    finally:
        script_fold.table.cache_clear()
