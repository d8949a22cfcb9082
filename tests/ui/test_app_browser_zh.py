"""End to end in Chinese: a mixed-language store served by `policykb serve`, driven by
Chromium; a Chinese question is answered from a Chinese clause and the page shows
the characters (needs a CJK font: `apt-get install -y fonts-noto-cjk`, as .ci/run does).

The store holds tests/fixtures/bilingual/ (written in our own words); it is ingested
without --model, so it is built with the multilingual model its Chinese document
calls for. The screenshot is test-artifacts/ask_zh.png.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request

import pytest
from test_app_browser import (  # the same launch flags, environment and helpers
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    ROOT,
    _ask,
    _env,
    _free_port,
)

BILINGUAL = ROOT / "tests" / "fixtures" / "bilingual"
QUESTION = "到2030年绿色工厂产值占比要达到多少？"

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs /usr/bin/chromium: apt-get install -y chromium"
    ),
]
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="needs playwright: pip install -e '.[test]'"
)


def test_a_cjk_font_is_installed():
    fc_list = shutil.which("fc-list")
    assert fc_list, "fontconfig is missing: apt-get install -y fontconfig fonts-noto-cjk"
    families = subprocess.run(
        [fc_list, ":lang=zh", "family"], capture_output=True, text=True, check=True
    ).stdout
    assert families.strip(), "no Chinese font: apt-get install -y fonts-noto-cjk"


@pytest.fixture(scope="module")
def zh_page(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve-zh")
    db = tmp / "kb"
    cli = [sys.executable, "-m", "ui.cli"]
    ingest = subprocess.run(
        [*cli, "ingest", str(BILINGUAL), "--db", str(db)],
        cwd=ROOT, env=_env(tmp), check=True, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert "multilingual" in ingest.stderr  # the one-line note on the model chosen
    port = _free_port()
    log = open(tmp / "serve.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [*cli, "serve", "--db", str(db), "--port", str(port)],
        cwd=ROOT, env=_env(tmp), stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 180
    try:
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
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(60_000)
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


def test_chinese_question_answered_from_the_chinese_clause(zh_page):
    _ask(zh_page, QUESTION)
    chat = zh_page.locator("#pkb-chat")
    chat.get_by_text("到2030年：").first.wait_for(timeout=60_000)
    text = chat.inner_text()
    assert QUESTION in text  # the question, as typed, in the chat
    assert "绿色工厂产值" in text and "40%" in text  # the clause quoted, the figure stated
    sources = zh_page.locator("#pkb-sources")
    sources.locator("mark").first.wait_for(timeout=30_000)
    assert "[zh]" in sources.inner_text()  # the document's language on the card
    assert "一、主要目标" in sources.inner_text()  # the section, shortened to its heading
    ARTIFACTS.mkdir(exist_ok=True)
    zh_page.screenshot(path=str(ARTIFACTS / "ask_zh.png"), full_page=True)


def test_language_filter_keeps_to_english_documents(zh_page):
    zh_page.get_by_text("Filters").first.click()
    box = zh_page.locator("#pkb-ask-language input").first
    box.click()
    zh_page.get_by_role("option", name="en", exact=True).click()
    _ask(zh_page, "到2029年集装箱码头有多大比例的泊位要提供岸电？")
    zh_page.locator("#pkb-chat").get_by_text("60%").first.wait_for(timeout=60_000)
    cards = zh_page.locator("#pkb-sources").inner_text()
    assert "[en]" in cards and "[zh]" not in cards
