"""Suite-wide settings: offline model hubs, and paths to the bundled corpus and shared data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Nothing in the suite may reach a model hub; set before any test imports sentence-transformers.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "china-green-manufacturing-guiding-opinions-2024.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED
