"""End to end: `policykb serve` on a real store built from corpus/, driven by Chromium.

Needs the Debian package (``apt-get install -y chromium`` → /usr/bin/chromium);
Playwright never downloads a browser here. Screenshots go to test-artifacts/
(gitignored); with POLICYKB_UPDATE_SCREENSHOTS=1 the tab screenshots are also
written to docs/screenshots/ for the README.
"""

from __future__ import annotations

import csv
import re
import time

import pytest
from live_server import BROWSER_MARKS, ROOT, ask, chromium, served, shot, sync_api

# A Measures text in articles, for the Obligations tab.
REGULATION = ROOT / "tests" / "fixtures" / "regulations" / "measures_energy_saving_supervision.txt"
# Two paragraphs on one topic, so a question's five sources share two passages.
HEATING = ROOT / "tests" / "fixtures" / "geothermal_heating_plan.txt"
HEATING_QUESTION = "What does the plan say about geothermal district heating?"
QUESTION = "How much of electrolytic aluminium's energy must be renewable by 2030?"
CLAUSE = "the proportion of renewable energy used in electrolytic aluminum will reach more than 30%"
HOSTILE = (
    "Coal Phase-down Notice\n\n"
    "Steel plants shall cut coal consumption by 15% by 2028 <script>window.__pkbXss = 1</script>"
    ' <img src=x onerror="window.__pkbXss = 2"> under this notice'
    " [see](javascript:window.__pkbXss=3).\n"
)

pytestmark = BROWSER_MARKS
#: What the page logged as errors, for a failing wait to show.
PAGE_ERRORS: list[str] = []


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`policykb serve` on a store ingested from corpus/ and a regulation (real CLI processes)."""
    with served(tmp_path_factory.mktemp("serve"), [ROOT / "corpus", REGULATION, HEATING]) as s:
        yield s


@pytest.fixture(scope="module")
def browser(server):
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="module")
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(30_000)
    PAGE_ERRORS.clear()
    page.on("pageerror", lambda error: PAGE_ERRORS.append(str(error)))
    page.on("console", lambda m: m.type == "error" and PAGE_ERRORS.append(m.text))
    page.goto(server["url"])
    yield page
    context.close()


def _target_count(page) -> tuple[int, int]:
    """(shown, total) from "N of M targets", once no update is in progress."""
    count = page.locator("#pkb-target-count")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        text = count.inner_text()
        match = re.search(r"(\d+) of (\d+) targets", text)
        if match and "processing" not in text:
            return int(match.group(1)), int(match.group(2))
        time.sleep(0.2)
    raise AssertionError(f"no target count shown: {count.inner_text()!r}")


def test_ask_in_the_first_text_box_cites_the_clause(page):
    page.locator("#pkb-question textarea").wait_for()  # rendered; then it must come first
    first = page.locator("textarea, input[type=text]").first
    assert first.evaluate("e => e.closest('#pkb-question') !== null")
    started = time.monotonic()
    ask(page, QUESTION)
    page.locator("#pkb-chat").get_by_text("more than 30%").first.wait_for(timeout=30_000)
    mark = page.locator("#pkb-sources #pkb-src-1")  # source [1]'s mark, wherever it stands
    mark.wait_for(timeout=30_000)
    assert time.monotonic() - started < 30
    assert CLAUSE in mark.inner_text()  # source [1] is the clause, marked in its paragraph
    assert "[1]" in page.locator("#pkb-chat").inner_text()
    assert re.search(r"\[1\][ \[\]\d]* China Issues", page.locator("#pkb-sources").inner_text())
    shot(page, "ask")


def test_filter_targets_and_download_csv(page, tmp_path):
    page.get_by_role("tab", name="Targets").click()
    shown, total = _target_count(page)
    assert shown == total > 0
    # Sort by year, newest first ("Sort by", which the downloads follow too), then select
    # the first row: the context shown is that row's clause (found by the row's key).
    table = page.locator("#pkb-targets")
    rows = table.locator(".virtual-row")  # Gradio's rendered rows (a hidden <tbody> sizes them)
    # Every row of this small store fits the viewport: wait for all of them, as the rows
    # are rendered in steps and a partial set could miss the newest year.
    page.wait_for_function(
        "n => document.querySelectorAll('#pkb-targets .virtual-row').length >= n", arg=total
    )
    cells = [
        rows.nth(i).locator("[role=gridcell]").nth(1).inner_text() for i in range(rows.count())
    ]
    years = [int(text) for text in cells if text.strip()]  # a qualitative aim may have no year
    page.locator("#pkb-sort input").first.click()
    page.get_by_role("option", name="year", exact=True).click()
    page.get_by_label("descending").check()
    # Sorted: the first row holds the newest year and no later row a newer one (the first
    # row alone could hold that year before the sort lands).
    page.wait_for_function(
        """y => {
            const years = [...document.querySelectorAll(
                '#pkb-targets .virtual-row [role=gridcell]:nth-child(2)')]
                .map(c => c.innerText.trim()).filter(t => t).map(Number);
            return years.length > 0 && years[0] === y
                && years.every((v, i) => i === 0 || v <= years[i - 1]);
        }""",
        arg=max(years),
    )
    first = rows.first.locator("[role=gridcell]")
    # A long title is cut to three lines in its cell, and the whole of it is the tooltip.
    title_cell = first.first.locator("span.text")
    page.wait_for_function(
        "() => document.querySelector('#pkb-targets .virtual-row [role=gridcell] span.text')"
        ".title.length > 0"
    )
    assert (
        title_cell.get_attribute("title").startswith("China Issues")
        and len(title_cell.get_attribute("title")) > 80
    )
    key = first.last.inner_text().strip()
    first.nth(3).click()
    page.locator(f'#pkb-target-context [data-key="{key}"] mark').wait_for()
    keyword = page.locator("#pkb-keyword textarea, #pkb-keyword input").first
    keyword.fill("steel")
    keyword.press("Enter")
    deadline = time.monotonic() + 30
    while (shown := _target_count(page)[0]) == total and time.monotonic() < deadline:
        time.sleep(0.2)
    assert 0 < shown < total
    table.locator(".virtual-row").get_by_text("short-process steelmaking").first.click()
    page.locator("#pkb-target-context mark").get_by_text("short-process steelmaking").wait_for()
    shot(page, "targets")
    with page.expect_download() as download_info:
        page.locator("#pkb-dl-csv").click()
    saved = tmp_path / "targets.csv"
    download_info.value.save_as(saved)
    with open(saved, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == shown
    assert all("steel" in r["metric"].lower() for r in rows)


def _obligation_count(page) -> tuple[int, int]:
    """(shown, total) from "N of M obligations", once no update is in progress."""
    count = page.locator("#pkb-obligation-count")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        text = count.inner_text()
        match = re.search(r"(\d+) of (\d+) obligations", text)
        if match and "processing" not in text:
            return int(match.group(1)), int(match.group(2))
        time.sleep(0.2)
    raise AssertionError(f"no obligation count shown: {count.inner_text()!r}")


def test_obligations_filter_by_actor_and_download_the_checklist(page, tmp_path):
    page.get_by_role("tab", name="Obligations").click()
    shown, total = _obligation_count(page)
    assert shown == total > 0
    actor = page.locator("#pkb-actor textarea, #pkb-actor input").first
    actor.fill("key energy-consuming units")
    actor.press("Enter")
    deadline = time.monotonic() + 30
    while (shown := _obligation_count(page)[0]) == total and time.monotonic() < deadline:
        time.sleep(0.2)
    assert 0 < shown < total
    table = page.locator("#pkb-obligations")
    rows = table.locator(".virtual-row")
    cells = rows.first.locator("[role=gridcell]")
    assert cells.nth(1).inner_text().strip().startswith("Article ")  # the provision
    assert "key energy-consuming units" in cells.nth(3).inner_text().lower()
    rows.get_by_text("submit a report on the status of their energy use").first.click()
    page.locator("#pkb-obligation-context mark").get_by_text("submit a report").wait_for()
    shot(page, "obligations")
    with page.expect_download() as download_info:
        page.locator("#pkb-ob-md").click()
    saved = tmp_path / "obligations.md"
    download_info.value.save_as(saved)
    checklist = saved.read_text(encoding="utf-8")
    assert "## Key energy-consuming units" in checklist
    # "shall not conceal, falsify or delay the reporting ...": three prohibitions
    assert checklist.count("- [ ] **prohibition** — ") >= 3
    assert "- [ ] **prohibition** — falsify the reporting" in checklist
    assert ", Article 7, clause " in checklist


def test_timeline_plots_targets(page, server):
    page.get_by_role("tab", name="Timeline").click()
    try:  # plotly's 4.6 MB bundle is first loaded now, which a busy machine takes a while over
        page.locator("#pkb-timeline .js-plotly-plot").wait_for(timeout=60_000)
    except sync_api.TimeoutError:
        html = page.locator("#pkb-timeline").evaluate("e => e.outerHTML")[:2000]
        log = (server["tmp"] / "serve.log").read_text(errors="replace")[-2000:]
        pytest.fail(f"no Timeline plot; page errors {PAGE_ERRORS}; HTML {html}; serve log {log}")
    page.locator("#pkb-timeline").get_by_text("targets by deadline year").wait_for()
    points = page.locator("#pkb-timeline .point")
    assert points.count() >= 5
    box = points.first.bounding_box()  # plotly's drag layer takes the pointer: move onto the point
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    hover = page.locator("#pkb-timeline .hoverlayer")
    hover.get_by_text("By 20").first.wait_for()  # the target as a sentence...
    assert "year=" not in hover.text_content() and "document=" not in hover.text_content()
    shot(page, "timeline")
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.locator("#pkb-reader #pkb-read-hl").wait_for()  # ...and a click opens its clause


def test_upload_is_indexed_and_its_html_stays_inert(page, server, tmp_path):
    doc = tmp_path / "coal notice.txt"
    doc.write_text(HOSTILE, encoding="utf-8")
    page.get_by_role("tab", name="Documents").click()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"this is not a PDF")
    page.locator("#pkb-upload input[type=file]").set_input_files([str(doc), str(broken)])
    # The progress bar names the file being ingested. It can come and go between two polls
    # of a locator when the ingest is quick, so the page itself records whether it showed.
    page.evaluate(
        """() => {
            window.__pkbProgress = false;
            new MutationObserver(() => {
                if (document.body.innerText.includes("Ingesting coal notice.txt (1/2)"))
                    window.__pkbProgress = true;
            }).observe(document.body, {subtree: true, childList: true, characterData: true});
        }"""
    )
    page.locator("#pkb-add").click()
    shot(page, "documents-progress")
    status = page.locator("#pkb-upload-status")  # under the Add button, above the table
    status.get_by_text("added").wait_for(timeout=120_000)
    assert page.evaluate("() => window.__pkbProgress") is True
    assert status.bounding_box()["y"] < page.locator("#pkb-docs").bounding_box()["y"]
    # The bad file is reported in the page, by name, without a traceback; the good one is kept.
    assert "failed: broken.pdf" in status.inner_text()
    assert "Traceback" not in page.locator("body").inner_text()
    page.locator("#pkb-docs").get_by_text("coal_notice.txt").first.wait_for()
    assert (server["db"] / "uploads" / "coal_notice.txt").is_file()
    shot(page, "documents")

    ask(page, "By how much must steel plants cut coal consumption by 2028?")
    sources = page.locator("#pkb-sources")
    sources.get_by_text("Steel plants shall cut coal consumption").first.wait_for()
    text = sources.inner_text()
    assert "<script>window.__pkbXss = 1</script>" in text  # shown as text...
    assert sources.locator("script, img").count() == 0  # ...not as elements
    assert "[see](javascript:window.__pkbXss=3)" in page.locator("#pkb-chat").inner_text()
    chat_links = "#pkb-chat a:not([href^='#pkb-src-'])"  # only the [n] citation links
    assert page.locator(f"#pkb-chat script, #pkb-chat img[src=x], {chat_links}").count() == 0
    assert page.evaluate("() => window.__pkbXss") is None
    shot(page, "ask-escaped")


def test_delete_the_uploaded_document(page, server):
    page.get_by_role("tab", name="Documents").click()
    page.locator("#pkb-del-doc input").first.click()
    page.get_by_role("option", name="Coal Phase-down Notice").first.click()
    # Delete asks first, naming the document and what goes with it; Cancel keeps it.
    page.locator("#pkb-del").click()
    prompt = page.locator("#pkb-del-prompt")
    prompt.get_by_text("Delete “Coal Phase-down Notice”?").wait_for()
    assert re.search(r"Its \d+ clauses and \d+ records", prompt.inner_text())
    shot(page, "delete-confirm")
    page.locator("#pkb-del-no").click()
    prompt.wait_for(state="hidden")
    assert "coal_notice.txt" in page.locator("#pkb-docs").inner_text()
    page.locator("#pkb-del").click()
    prompt.get_by_text("Delete “Coal Phase-down Notice”?").wait_for()
    page.locator("#pkb-del-yes").click()
    page.locator("#pkb-doc-status").get_by_text("Deleted Coal Phase-down Notice").wait_for()
    page.wait_for_function(
        "() => !document.querySelector('#pkb-docs').innerText.includes('coal_notice.txt')"
    )
    assert not (server["db"] / "uploads" / "coal_notice.txt").exists()


def test_sources_sharing_a_paragraph_share_a_card_and_n_links_to_it(page):
    ask(page, HEATING_QUESTION)
    sources = page.locator("#pkb-sources")
    sources.get_by_text("geothermal").first.wait_for()
    cards = sources.locator(".pkb-source")
    page.wait_for_function("() => document.querySelectorAll('#pkb-sources mark').length >= 4")
    assert cards.count() == 2  # five sources, two paragraphs
    labels = [m.inner_text() for m in sources.locator("sup.pkb-n").all()]
    numbers = sorted(int(x.strip("[]")) for x in labels)
    assert numbers[0] == 1 and len(set(numbers)) == len(numbers) and numbers[-1] <= 5
    for card in cards.all():  # each card's header lists the numbers marked inside it
        inside = [int(x.inner_text().strip("[]")) for x in card.locator("sup.pkb-n").all()]
        header = card.locator("strong").first.inner_text()
        assert all(f"[{n}]" in header for n in inside)
    assert sources.locator(".pkb-strength").count() == 2  # relevance in words
    assert "score 0." not in sources.inner_text()
    # [1] in the answer is a link: clicking it scrolls to its mark and flashes its card.
    page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
    link = page.locator("#pkb-chat a[href='#pkb-src-1']").last
    assert link.get_attribute("title")  # the clause as a hover preview
    link.click()
    page.locator("#pkb-sources .pkb-source.pkb-flash #pkb-src-1").wait_for()
    page.wait_for_function(
        "() => { const r = document.getElementById('pkb-src-1').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )
    shot(page, "ask-cards")


def test_an_empty_question_shows_no_error(page):
    page.get_by_role("tab", name="Ask").click()
    box = page.locator("#pkb-question textarea").first
    box.fill("")
    button = page.locator("#pkb-question button.submit-button")
    page.wait_for_function(
        "() => document.querySelector('#pkb-question button.submit-button').disabled"
    )
    box.press("Enter")
    time.sleep(1.5)
    assert page.locator(".toast-body, .toast-wrap .error").count() == 0
    assert "Error" not in page.locator("#pkb-chat, #pkb-sources").first.inner_text()
    box.fill("Which targets fall due by 2030?")
    page.wait_for_function(
        "() => !document.querySelector('#pkb-question button.submit-button').disabled"
    )
    assert button.is_enabled()


def test_a_targets_row_opens_the_document_at_its_clause(page):
    page.get_by_role("tab", name="Targets").click()
    _target_count(page)
    table = page.locator("#pkb-targets")
    table.locator(".virtual-row").get_by_text("short-process steelmaking").first.click()
    context = page.locator("#pkb-target-context")
    context.locator("mark").get_by_text("short-process steelmaking").wait_for()
    context.get_by_text("Open in the document reader").click()
    mark = page.locator("#pkb-reader #pkb-read-hl")
    mark.wait_for()
    assert "short-process steelmaking" in mark.inner_text()
    page.wait_for_function(
        "() => { const m = document.getElementById('pkb-read-hl');"
        " const box = m.closest('.pkb-doc').getBoundingClientRect(); const r = m.getBoundingClientRect();"
        " return r.top >= box.top && r.bottom <= box.bottom; }"
    )
    assert page.locator("#pkb-read-records li mark").count() >= 1  # its records, marked
    shot(page, "reader")


def test_phone_width_reaches_every_tab(browser, server):
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    page.set_default_timeout(30_000)
    page.goto(server["url"])
    page.get_by_role("tab", name="Ask").wait_for()
    for name in ("Ask", "Targets", "Obligations", "Timeline", "Compare", "Documents", "Read"):
        tab = page.get_by_role("tab", name=name)  # in the bar, not behind an overflow menu
        assert tab.is_visible(), f"the {name} tab is not reachable at phone width"
    # The sources follow the answer directly (the columns stack on a phone).
    ask(page, QUESTION)
    page.locator("#pkb-sources #pkb-src-1").wait_for()
    chat_bottom = page.locator("#pkb-chat").bounding_box()
    sources_top = page.locator("#pkb-sources-box").bounding_box()["y"]
    assert sources_top - (chat_bottom["y"] + chat_bottom["height"]) < 400
    page.get_by_role("tab", name="Targets").click()
    _target_count(page)
    scrolled = page.evaluate(
        """() => {
            const viewport = document.querySelector('#pkb-targets .virtual-table-viewport');
            viewport.scrollLeft = 200;
            return viewport.scrollWidth > viewport.clientWidth + 100 && viewport.scrollLeft > 0;
        }"""
    )
    shot(page, "phone-targets")
    assert scrolled, "the Targets table does not scroll sideways at phone width"
    page.get_by_role("tab", name="Timeline").click()
    page.locator("#pkb-timeline .js-plotly-plot").wait_for(timeout=60_000)  # plotly loads now
    area = page.locator("#pkb-timeline .nsewdrag").first.bounding_box()  # the points' area
    assert area["width"] > 150 and area["height"] > 200, area
    phone.close()
