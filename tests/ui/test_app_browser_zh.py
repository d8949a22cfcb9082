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

import pytest
from live_server import ARTIFACTS, BROWSER_MARKS, ROOT, ask, chromium, served

BILINGUAL = ROOT / "tests" / "fixtures" / "bilingual"
QUESTION = "到2030年绿色工厂产值占比要达到多少？"

pytestmark = BROWSER_MARKS


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
    with served(tmp, [BILINGUAL], ingest_timeout=600) as server, chromium() as browser:
        assert "multilingual" in server["ingest"].stderr  # the one-line note on the model chosen
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(60_000)
        page.goto(server["url"])
        yield page


def test_chinese_question_answered_from_the_chinese_clause(zh_page):
    ask(zh_page, QUESTION)
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
    ask(zh_page, "到2029年集装箱码头有多大比例的泊位要提供岸电？")
    zh_page.locator("#pkb-chat").get_by_text("60%").first.wait_for(timeout=60_000)
    cards = zh_page.locator("#pkb-sources").inner_text()
    assert "[en]" in cards and "[zh]" not in cards
