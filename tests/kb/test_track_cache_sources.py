"""Every file that decides a statement's series is in the tracking cache's fingerprint.

A traditional text's metric key is read through the character fold, whose whole-word table
is ``ingest/lang/zh.toml`` ``[traditional_words]``; whose figure a sentence states is read
from ``kb/data/countries.toml``. A change to either must make a new cache file, as a change
to a tracking module does.
"""

from __future__ import annotations

from kb import track_cache


def test_the_fold_words_and_the_country_names_are_hashed() -> None:
    hashed = set(track_cache.sources())
    assert ("ingest", "lang/zh.toml") in hashed
    assert ("kb", "data/countries.toml") in hashed
    # the modules hashed before are still there
    assert ("ingest", "script_fold.py") in hashed and ("kb", "data/aims.toml") in hashed
