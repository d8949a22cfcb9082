"""``policykb serve``: the web app over a knowledge base (the only place that launches it).

``ui/cli.py`` owns the click group and calls ``register(main)``.
"""

from __future__ import annotations

import ipaddress
import os
from typing import TYPE_CHECKING, Any

import click

from kb.errors import ConfigError, PolicyKBError
from ui.cli_kb import _one_line_errors, _open, _store_options

if TYPE_CHECKING:
    from kb.service import KnowledgeBase


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable from this machine only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to any interface


def _parse_auth(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise click.BadParameter(
            "expected USER:PASS, e.g. --auth analyst:s3cret", param_hint="--auth"
        )
    return user, password


@click.command("serve")
@_store_options
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind; 0.0.0.0 exposes the app to the network (use --auth).",
)
@click.option("--port", type=click.IntRange(1, 65535), default=7860, show_default=True)
@click.option(
    "--auth",
    envvar="POLICYKB_AUTH",
    default=None,
    metavar="USER:PASS",
    help="Require this user name and password (HTTP form login) [env POLICYKB_AUTH].",
)
@click.option(
    "--insecure",
    is_flag=True,
    help="Serve beyond this machine without --auth (anyone who reaches the port may "
    "read, upload and delete documents).",
)
@click.option(
    "--readers",
    type=click.IntRange(1, 8),
    default=2,
    show_default=True,
    help="Questions answered side by side (the readers share one embedding model, which "
    "embeds questions asked at the same time together).",
)
@_one_line_errors
def serve_cmd(
    db: str | None,
    model: str | None,
    chroma_url: str,
    host: str,
    port: int,
    auth: str | None,
    insecure: bool,
    readers: int,
) -> None:
    """Serve the web app: ask, browse targets, timeline, manage documents.

    An empty or new --db directory is created; add documents in the
    Documents tab or with `policykb ingest`.

    \b
    Examples:
      policykb serve --db ~/policy-kb
      policykb serve --db ~/policy-kb --host 0.0.0.0 --port 8080 --auth analyst:s3cret

    Beyond 127.0.0.1 (--host 0.0.0.0), --auth is required unless --insecure is given.
    """
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    credentials = _parse_auth(auth)
    if not is_loopback(host) and credentials is None:
        if not insecure:
            raise ConfigError(
                f"refusing to serve on {host} without --auth: anyone who can reach port "
                f"{port} could read, upload and delete documents. Add --auth USER:PASS, "
                "or --insecure to serve without a login"
            )
        click.echo(
            f"warning: serving on {host} without --auth (--insecure); anyone who can reach "
            "this port can read, upload and delete documents",
            err=True,
        )
    from ui import handlers
    from ui.app import CSS, HEAD, KBWorker, build_app

    click.echo("Loading the knowledge base and embedding model …", err=True)
    ctx = click.get_current_context()

    def open_kb() -> Any:
        # Workers open the store on their own threads, where click has no current
        # context: without this scope --encoder (read from it by _open) was ignored.
        with ctx.scope(cleanup=False):
            return _open(db, model, chroma_url, create=True)

    worker = _reader_pool(open_kb, readers)
    worker.each(_warm_up)
    # Uploads get their own worker and embedding model (a tokenizer must not be shared
    # between threads), so questions are answered while a document is ingested.
    writer = KBWorker(open_kb)
    app = build_app(worker, writer=writer)
    _settle_absent_imports()
    uploads = handlers.uploads_dir(worker.kb)
    click.echo(f"policykb: serving {worker.kb.settings.db_dir} on http://{host}:{port}", err=True)
    try:
        app.queue(default_concurrency_limit=max(4, 2 * readers)).launch(
            server_name=host,
            server_port=port,
            auth=credentials,
            css=CSS,
            head=HEAD,
            max_file_size=handlers.MAX_UPLOAD_BYTES,
            show_error=False,
            quiet=True,
            blocked_paths=[str(uploads)],
            footer_links=[],
        )
    finally:
        writer.close()
        worker.close()


def _reader_pool(open_kb: Any, readers: int) -> Any:
    """``readers`` workers answering side by side, each with its own connection.

    On a store that has vectors, they share one embedding model through
    ``ui.pool.BatchingEmbedder`` (questions asked at the same time are embedded in
    one call). An empty store keeps one model per reader: its model is chosen by
    the first documents uploaded (Chinese ones switch it to the multilingual model).
    """
    from kb.service import KnowledgeBase
    from ui.app import KBWorker
    from ui.pool import BatchingEmbedder, ReaderPool

    first = KBWorker(open_kb)  # the store's connection belongs to the worker's thread
    built, settings, embedder = first.run(lambda kb: (kb.store.model, kb.settings, kb.embedder))
    first.close()  # its embedder is not loaded yet: it loads on the batching thread
    if not built:
        return ReaderPool(lambda: KBWorker(open_kb), size=readers)
    shared = BatchingEmbedder(embedder)
    return ReaderPool(
        lambda: KBWorker(lambda: KnowledgeBase(settings, embedder=shared, create=True)),
        size=readers,
        embedder=shared,
    )


def _settle_absent_imports(names: tuple[str, ...] = ("bokeh", "matplotlib")) -> None:
    """Make ``import NAME`` fail at once for these optional packages when absent.

    Gradio tries them inside ``try`` blocks on every event (matplotlib's backend)
    and for every new session (bokeh, for the plot's config); each failed import
    searched the whole ``sys.path`` again, about 5 % of the server's time under a
    burst of questions. A ``None`` in ``sys.modules`` is Python's own "not
    importable" mark.
    """
    import importlib.util
    import sys

    for name in names:
        if name not in sys.modules and importlib.util.find_spec(name) is None:
            sys.modules[name] = None  # type: ignore[assignment]


def _warm_up(kb: KnowledgeBase) -> None:
    """Answer two questions before serving, so the first user does not wait for the model
    to load and the indexes to be read (about 10 s on 2 cores)."""
    for question in ("Which targets fall due by 2030?", "What share must be renewable?"):
        try:
            kb.ask(question)
        except PolicyKBError:  # an empty store cannot answer yet; that is fine
            return


def register(group: click.Group) -> None:
    """Add ``serve`` to the ``policykb`` click group."""
    group.add_command(serve_cmd)
