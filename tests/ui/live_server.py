"""What the browser tests share: `policykb serve` on a store the real CLI builds, and Chromium.

Debian's /usr/bin/chromium through Playwright (never a downloaded browser); a test
module imports these and keeps only its own store and page fixtures. Screenshots go
to test-artifacts/ (gitignored), and to docs/screenshots/ with
POLICYKB_UPDATE_SCREENSHOTS=1.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
DOC_SHOTS = ROOT / "docs" / "screenshots"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip
#: The marks of every browser test module (``pytestmark = BROWSER_MARKS``).
BROWSER_MARKS = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs /usr/bin/chromium: apt-get install -y chromium"
    ),
]
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="needs playwright: pip install -e '.[test]'"
)
#: Seconds `policykb serve` has to answer its first request.
SERVE_TIMEOUT = 180


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli_env(tmp: Path) -> dict[str, str]:
    """The environment of the CLI processes: offline, no POLICYKB_ settings of the caller."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKB_")}
    env.update(
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        GRADIO_ANALYTICS_ENABLED="False",
        GRADIO_TEMP_DIR=str(tmp / "gradio-tmp"),
        PYTHONPATH=str(ROOT),
    )
    return env


def _wait_until_served(proc: subprocess.Popen, url: str, log: Path) -> None:
    deadline = time.monotonic() + SERVE_TIMEOUT
    while True:
        if proc.poll() is not None:
            pytest.fail(f"serve exited {proc.returncode}: {log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            pytest.fail(f"serve did not answer in {SERVE_TIMEOUT} s: {log.read_text()}")
        time.sleep(0.5)


@contextmanager
def served(tmp: Path, paths: Sequence[Path], *, ingest_timeout: float = 300) -> Iterator[dict]:
    """`policykb ingest PATHS --db tmp/kb`, then `policykb serve` on it until the block ends.

    Yields ``{"url", "db", "tmp", "ingest"}``; ``ingest`` is the finished ingest process
    (its ``stderr`` as text).
    """
    db = tmp / "kb"
    cli = [sys.executable, "-m", "ui.cli"]
    ingest = subprocess.run(
        [*cli, "ingest", *map(str, paths), "--db", str(db)],
        cwd=ROOT, env=cli_env(tmp), check=True, capture_output=True, text=True,
        timeout=ingest_timeout,
    )  # fmt: skip
    port = free_port()
    log = open(tmp / "serve.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [*cli, "serve", "--db", str(db), "--port", str(port)],
        cwd=ROOT, env=cli_env(tmp), stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_served(proc, url, tmp / "serve.log")
        yield {"url": url, "db": db, "tmp": tmp, "ingest": ingest}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium, headless, through Playwright."""
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def shot(page: Any, name: str) -> None:
    """A full-page screenshot to test-artifacts/ (and docs/screenshots/ when asked)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    if os.environ.get("POLICYKB_UPDATE_SCREENSHOTS") == "1":
        DOC_SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, DOC_SHOTS / f"{name}.png")


def ask(page: Any, question: str) -> None:
    """Type ``question`` into the Ask tab's first text box, as a new user would, and press Enter."""
    page.get_by_role("tab", name="Ask").click()
    box = page.locator("textarea, input[type=text]").first  # what a new user types into
    box.fill(question)
    box.press("Enter")
