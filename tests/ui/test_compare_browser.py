"""End to end: the Compare tab of `policykb serve` on related documents, driven by Chromium.

Same set-up as test_app_browser.py (Debian's /usr/bin/chromium through Playwright,
never a downloaded browser); the store is built by the real CLI from
tests/fixtures/tracking (a plan, its update, a progress report; Chinese and
English). The screenshot goes to test-artifacts/compare.png, and to
docs/screenshots/ with POLICYKB_UPDATE_SCREENSHOTS=1.
"""

from __future__ import annotations

import time

import pytest
from live_server import BROWSER_MARKS, ROOT, chromium, served, shot

FIXTURES = ROOT / "tests" / "fixtures" / "tracking"
pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    with served(tmp_path_factory.mktemp("compare"), [FIXTURES]) as server, chromium() as browser:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(server["url"])
        yield page


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
    shot(page, "compare")
