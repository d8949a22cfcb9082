"""End to end: the Compare tab of `policykb serve` on related documents, driven by Chromium.

Same set-up as test_app_browser.py (Debian's /usr/bin/chromium through Playwright,
never a downloaded browser); the store is built by the real CLI from
tests/fixtures/tracking (a plan, its update, a progress report; Chinese and
English). The screenshot goes to test-artifacts/compare.png, and to
docs/screenshots/ with POLICYKB_UPDATE_SCREENSHOTS=1.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
DOC_SHOTS = ROOT / "docs" / "screenshots"
FIXTURES = ROOT / "tests" / "fixtures" / "tracking"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs /usr/bin/chromium: apt-get install -y chromium"
    ),
]
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="needs playwright: pip install -e '.[test]'"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKB_")}
    env.update(
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        GRADIO_ANALYTICS_ENABLED="False",
        GRADIO_TEMP_DIR=str(tmp / "gradio-tmp"),
        PYTHONPATH=str(ROOT),
    )
    return env


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("compare")
    db = tmp / "kb"
    cli = [sys.executable, "-m", "ui.cli"]
    subprocess.run(
        [*cli, "ingest", str(FIXTURES), "--db", str(db)],
        cwd=ROOT, env=_env(tmp), check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    port = _free_port()
    log = open(tmp / "serve.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [*cli, "serve", "--db", str(db), "--port", str(port)],
        cwd=ROOT, env=_env(tmp), stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 180
        while True:
            if proc.poll() is not None:
                pytest.fail(f"serve exited {proc.returncode}: {(tmp / 'serve.log').read_text()}")
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"serve did not answer in 180 s: {(tmp / 'serve.log').read_text()}")
            time.sleep(0.5)
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            page.set_default_timeout(30_000)
            page.goto(url)
            yield page
            browser.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    if os.environ.get("POLICYKB_UPDATE_SCREENSHOTS") == "1":
        DOC_SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, DOC_SHOTS / f"{name}.png")


def _wait_text(locator, wanted: str) -> str:
    """The locator's text once it contains ``wanted`` (table cells render lazily)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        text = locator.inner_text()
        if wanted in text:
            return text
        time.sleep(0.3)
    raise AssertionError(f"{wanted!r} not shown in: {locator.inner_text()[:500]!r}")


def test_compare_tab_shows_a_series_its_statements_and_the_change_log(page):
    page.get_by_role("tab", name="Compare").click()
    log = page.locator("#pkb-compare-log")
    log.get_by_text("raised").first.wait_for()
    assert "Coastal Energy Plan: 2022 update" in log.inner_text()
    page.locator("#pkb-compare-search textarea, #pkb-compare-search input").first.fill("wind")
    summary = page.locator("#pkb-compare-summary")
    summary.get_by_text("statements in").wait_for()
    assert "offshore wind capacity" in summary.inner_text().lower()
    assert "raised" in summary.inner_text()
    table = page.locator("#pkb-compare-statements")
    text = _wait_text(table, "stood at 18 GW")
    assert "30 GW" in text and "40 GW" in text and "stood at 18 GW" in text
    plot = page.locator("#pkb-compare-plot .js-plotly-plot")
    plot.wait_for()
    assert "target for 2030" in page.locator("#pkb-compare-plot").inner_text()
    assert "progress (reported)" in page.locator("#pkb-compare-plot").inner_text()
    _shot(page, "compare")
