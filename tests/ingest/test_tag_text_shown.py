"""The fallback reader of markup: what a browser shows, read in linear time.

Hostile or broken input (unclosed comments, stray quotes in component code, form controls,
text outside any element) must neither stall the reader nor lose the page's prose.
"""

from __future__ import annotations

import time

import pytest

from ingest.errors import IngestError
from ingest.tag_text import tag_text
from ingest.web import extract_html

_AIM = "<p>The ministry will connect 10 GW of offshore wind by 2032.</p>"


@pytest.mark.parametrize("opener", ["<!--", "<%", "<%--", "<?php ", "<a ", "<p class=x <"])
def test_unclosed_openers_are_read_in_linear_time(opener: str) -> None:
    source = "<div>" + opener * 10_000
    started = time.process_time()
    assert tag_text(source).strip() == ""
    assert time.process_time() - started < 2.0


def test_unclosed_comment_page_fails_in_one_line_and_quickly() -> None:
    started = time.process_time()
    with pytest.raises(IngestError, match="has no main text"):
        extract_html(("<div>" + "<!--" * 10_000).encode(), "c.html")
    assert time.process_time() - started < 4.0


def test_comment_and_directive_closed_later_are_removed() -> None:
    text = tag_text("<p>A <!-- note --> b <% x %> c <%-- old --%> d</p><!-- open")
    assert text == "A b c d"


def test_apostrophe_in_jsx_text_inside_an_attribute_expression() -> None:
    source = (
        "const P = () => (<Route path='/' render={() => (<div><p>We won't stop.</p></div>)} />);\n"
        f"const Q = () => (<main>{_AIM}</main>);\n"
    )
    assert "connect 10 GW of offshore wind by 2032" in tag_text(source)


def test_apostrophe_in_a_line_comment_inside_an_expression() -> None:
    source = f"const cfg={{ // don't change\n a: 1 }};\nconst Q = () => (<main>{_AIM}</main>);\n"
    assert "connect 10 GW of offshore wind by 2032" in tag_text(source)


def test_string_values_in_expressions_still_hide_their_braces() -> None:
    source = "<div data-x={f('}', \"{\")}><p>Kept text here.</p></div>"
    assert tag_text(source) == "Kept text here."


def test_text_outside_any_element_is_kept_in_a_template() -> None:
    source = (
        "<?php include 'top.php'; ?>\n"
        "The city will cut road emissions <strong>40%</strong> by 2030 compared with 2019."
    )
    assert tag_text(source) == ("The city will cut road emissions 40% by 2030 compared with 2019.")


def test_code_outside_elements_is_still_dropped_in_a_component() -> None:
    source = f"import x from 'y';\nconst Q = () => (<main>{_AIM}</main>);\nexport default Q;\n"
    text = tag_text(source)
    assert "import" not in text
    assert "export" not in text
    assert "connect 10 GW" in text


def test_form_controls_are_not_text() -> None:
    source = (
        "<div><label>Year</label><select><option>2030</option><option>2040</option></select>"
        "<button>2035</button><textarea>2050</textarea><span>Wind</span></div>"
    )
    text = tag_text(source)
    for hidden in ("2030", "2040", "2035", "2050"):
        assert hidden not in text
    assert "Wind" in text


def test_code_blocks_are_not_text() -> None:
    source = (
        "<pre>var x = 40; // 2030 target</pre><code>window.__cfg = [40, 2030]</code><p>Kept.</p>"
    )
    assert tag_text(source) == "Kept."


def test_preformatted_prose_is_kept() -> None:
    source = "<pre>The council will plant 5,000 trees by 2030.\nEach ward gets a share.</pre>"
    assert "plant 5,000 trees by 2030" in tag_text(source)


def test_tags_that_never_close_are_dropped_as_a_browser_would() -> None:
    assert tag_text("<p>Kept words <b here and <i>more</i></p>") == "Kept words more"
    assert tag_text("<p>Kept words.</p><div class='x") == "Kept words."


def test_prose_less_than_sign_is_kept() -> None:
    assert tag_text("<p>Emissions must fall to a < 5% share by 2040.</p>") == (
        "Emissions must fall to a < 5% share by 2040."
    )


def test_a_script_element_does_not_make_a_template_a_component() -> None:
    source = (
        "<script>\n  const menu = 1;\n</script>\n"
        "The city will plant 2,000 street trees <em>by 2028</em>."
    )
    assert tag_text(source) == "The city will plant 2,000 street trees by 2028."
