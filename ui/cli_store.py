"""What the knowledge-base commands share: store options, opening the store, errors.

``store_options`` adds ``--db``, ``--model``, ``--chroma-url`` and ``--encoder``;
``open_kb`` opens the ``KnowledgeBase`` they name (or the one a ``policykb warm``
process keeps open); ``one_line_errors`` is the CLI's side of ``ui/errors.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from kb.queries import MAX_YEAR, MIN_YEAR
from ui.errors import translate_errors

if TYPE_CHECKING:
    from kb.service import KnowledgeBase
    from kb.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])

# Year options: click refuses anything else in one line ("--year-from: 99999... is not in
# the range 1900<=x<=2200"), before a huge number reaches SQLite.
YEAR = click.IntRange(MIN_YEAR, MAX_YEAR)


def _command_name() -> str:
    ctx = click.get_current_context(silent=True)
    return f"policykb {ctx.info_name}" if ctx and ctx.info_name else "policykb"


#: ``PolicyKBError`` (and a missing package) becomes a one-line ``click.ClickException``.
one_line_errors = translate_errors(click.ClickException, needed_by=_command_name)


def _remember_encoder(ctx: click.Context, _param: Any, value: str | None) -> None:
    if value:
        ctx.meta["policykb.encoder"] = value


def store_options(func: F) -> F:
    """``--db``, ``--model``, ``--chroma-url`` and ``--encoder`` (read by ``open_kb``
    through the click context, so commands take no parameter for it)."""
    func = click.option(
        "--encoder",
        envvar="POLICYKB_ENCODER",
        type=click.Choice(["torch", "onnx-int8"]),
        default=None,
        expose_value=False,
        callback=_remember_encoder,
        help="Embedding runtime: torch, or int8 ONNX (about 2x faster to ingest, no torch at "
        "run time). Default: the one the knowledge base was built with; torch for a new one.",
    )(func)
    func = click.option(
        "--chroma-url",
        envvar="POLICYKB_CHROMA_URL",
        default="",
        metavar="URL",
        help="Use a Chroma server (http://HOST:PORT) for vectors instead of the local store.",
    )(func)
    func = click.option(
        "--model",
        envvar="POLICYKB_MODEL",
        default=None,
        metavar="NAME_OR_PATH",
        help="Embedding model: the bundled all-MiniLM-L6-v2 (default), 'multilingual' "
        "(Chinese and English in one space), a local path or a hub name.",
    )(func)
    func = click.option(
        "--db",
        envvar="POLICYKB_DB",
        default=None,
        metavar="DIR",
        type=click.Path(file_okay=False),
        help="Knowledge-base directory [env POLICYKB_DB].",
    )(func)
    return func


#: The knowledge base a ``policykb warm`` process keeps open, by its settings.
WARM: dict[Any, Any] = {}


def current_encoder() -> str:
    """The ``--encoder`` of the running command ("" when not given)."""
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get("policykb.encoder", "") if ctx else ""


def settings_for(db: str | None, model: str | None, chroma_url: str) -> Settings:
    from kb.settings import Settings

    return Settings.from_env(
        db_dir=db, model=model, chroma_url=chroma_url, encoder=current_encoder()
    )


def open_kb(
    db: str | None, model: str | None, chroma_url: str, *, create: bool = False
) -> KnowledgeBase:
    """The knowledge base the store options name (the warm one when it is open)."""
    settings = settings_for(db, model, chroma_url)
    if settings in WARM:
        return WARM[settings]
    from kb.service import KnowledgeBase

    return KnowledgeBase(settings, create=create)
