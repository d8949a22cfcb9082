"""The Ask tab: a question box, the chat of answers, filters and the source cards."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import gradio as gr

from ui import handlers
from ui.tabs import PRIVATE, Listed, Lists, doc_list, year_box, year_list

#: A client-side listener: the Ask button is disabled while the question box is blank.
DISABLE_ASK_WHEN_BLANK = """(question) => {
  const button = document.querySelector("#pkb-question button.submit-button");
  if (button) button.disabled = !(question || "").trim();
}"""


@dataclass(frozen=True, slots=True)
class AskTab:
    question: gr.Textbox
    chat: gr.Chatbot
    doc: gr.Dropdown
    year_from: gr.Dropdown
    year_to: gr.Dropdown
    language: gr.Dropdown
    sources: gr.HTML
    examples: gr.Examples

    @property
    def inputs(self) -> list[Any]:
        return [self.question, self.chat, self.doc, self.year_from, self.year_to, self.language]

    @property
    def outputs(self) -> list[Any]:
        return [self.chat, self.sources, self.question]

    def listed(self) -> Listed:
        return {self.doc: doc_list, self.year_from: year_list, self.year_to: year_list}


def build_ask_tab(lists: Lists, *, examples: Sequence[str], welcome: str) -> AskTab:
    """The question box is the first text box on the page."""
    with gr.Tab("Ask", id="ask"):
        with gr.Row():
            with gr.Column(scale=3):
                question = gr.Textbox(
                    label="Question",
                    placeholder="Ask about the indexed documents; press Enter",
                    lines=1,
                    max_lines=4,
                    autofocus=True,
                    submit_btn="Ask",
                    elem_id="pkb-question",
                )
                chat = gr.Chatbot(label="Answers", height=360, elem_id="pkb-chat", buttons=["copy"])
            with gr.Column(scale=2):
                with gr.Accordion("Filters", open=False):
                    doc = gr.Dropdown(
                        lists.docs, value="", label="Document", allow_custom_value=True
                    )
                    with gr.Row():
                        year_from = year_box(lists.years, "Target year from")
                        year_to = year_box(lists.years, "Target year to")
                    language = gr.Dropdown(
                        ["any", "zh", "en"],
                        value="any",
                        label="Document language",
                        elem_id="pkb-ask-language",
                    )
                # Collapsible, and straight after the answer when a phone stacks the
                # columns (the examples come last).
                with gr.Accordion("Sources", open=True, elem_id="pkb-sources-box"):
                    sources = gr.HTML(welcome, elem_id="pkb-sources")
        example_box = gr.Examples(
            list(examples), inputs=[question], label="Example questions (click to ask)"
        )
    return AskTab(question, chat, doc, year_from, year_to, language, sources, example_box)


def wire_ask_tab(app: gr.Blocks, tab: AskTab, run: Callable[..., Any]) -> None:
    """Enter (or an example) asks; ``ask`` is the app's one public API endpoint."""

    def on_ask(q: str, history: list, doc: str, y0: Any, y1: Any, lang: str = "any") -> Any:
        return run(handlers.ask, q, history, doc, y0, y1, lang)

    tab.question.submit(on_ask, tab.inputs, tab.outputs, api_name="ask")
    tab.question.change(None, tab.question, None, js=DISABLE_ASK_WHEN_BLANK)
    app.load(None, tab.question, None, js=DISABLE_ASK_WHEN_BLANK)
    tab.examples.load_input_event.then(on_ask, tab.inputs, tab.outputs, **PRIVATE)
