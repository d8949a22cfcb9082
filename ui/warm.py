"""``policykb warm``: keep a knowledge base loaded, so repeated ``ask`` answers at once.

A cold ``policykb ask`` spends most of its time importing chromadb, numpy and
the encoder and opening the store; answering takes tens of milliseconds.
``policykb warm --db DIR`` opens the store once, loads the encoder and the BM25
index, and listens on a Unix socket, ``DIR/warm.sock``. ``policykb ask`` with a
single QUESTION looks for that socket first and, when a server answers, prints
its reply; otherwise (no server, a stale socket, a stdin batch) it answers in
its own process as before. The server runs the same ``ask`` code, so the
output is identical, and it follows the store's revision like any reader, so
an ingest by another process is seen by the next question.

Only this module's client half is imported by ``ask``: ``socket`` and ``json``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import socket
import sys
from pathlib import Path
from typing import Any

SOCKET_NAME = "warm.sock"
#: Unix socket paths are limited to 107 bytes on Linux; longer stores use no server.
_MAX_PATH = 100
_TIMEOUT_S = 120.0


def socket_path(db_dir: Path) -> Path | None:
    path = Path(db_dir).resolve() / SOCKET_NAME
    return path if len(str(path).encode()) <= _MAX_PATH else None


def _recv_all(conn: socket.socket) -> bytes:
    chunks = []
    while True:
        chunk = conn.recv(65536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def forward(db_dir: Path, params: dict[str, Any], *, encoder: str = "") -> dict[str, Any] | None:
    """Ask the warm server of ``db_dir``; ``None`` when none is running.

    Returns ``{"out": str, "err": str, "code": int}`` as the server ran the command.
    """
    path = socket_path(db_dir)
    if path is None or not path.exists():
        return None
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(_TIMEOUT_S)
            conn.connect(str(path))
            request = {"params": params, "encoder": encoder, "cwd": os.getcwd()}
            conn.sendall(json.dumps(request).encode("utf-8"))
            conn.shutdown(socket.SHUT_WR)
            reply = json.loads(_recv_all(conn).decode("utf-8"))
    except (OSError, ValueError):
        return None  # a stale socket or a server that went away: answer locally
    return reply if isinstance(reply, dict) and "code" in reply else None


def _tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    return value


def run_ask(command: Any, request: dict[str, Any]) -> dict[str, Any]:
    """Run the ``ask`` command's body for one forwarded request, capturing its output."""
    import click

    out, err = io.StringIO(), io.StringIO()
    code = 0
    params = {k: _tuples(v) for k, v in request["params"].items()}
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            with click.Context(command, info_name="ask") as ctx:
                if request.get("encoder"):
                    ctx.meta["policykb.encoder"] = request["encoder"]
                ctx.invoke(command.callback, **params)
        except click.ClickException as e:
            e.show(file=err)
            code = e.exit_code
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
        except Exception as e:  # noqa: BLE001 - the server must outlive one bad request
            err.write(f"Error: {type(e).__name__}: {e}\n")
            code = 1
    return {"out": out.getvalue(), "err": err.getvalue(), "code": code}


def serve(db_dir: Path, command: Any, *, idle_s: float) -> None:
    """Serve ``ask`` requests for ``db_dir`` until idle for ``idle_s`` seconds (0: forever).

    ``command`` is the ``ask`` click command; the caller keeps the warm knowledge
    base where that command's ``_open`` finds it.
    """
    import click

    path = socket_path(db_dir)
    if path is None:
        raise click.ClickException(
            f"the store path {db_dir} is too long for a local socket; use a shorter --db"
        )
    if path.exists():
        if forward(db_dir, {}) is not None:
            raise click.ClickException(f"a warm server already runs for {db_dir} ({path})")
        path.unlink()  # stale, from a server that was killed
    # SIGTERM stops the server like Ctrl-C, so `kill PID` removes the socket too. (A
    # process started in the background by a script may have SIGINT ignored.)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    os.chmod(path, 0o600)
    server.listen(8)
    server.settimeout(idle_s or None)
    click.echo(f"warm: answering for {db_dir} on {path} (Ctrl-C or kill to stop)", err=True)
    try:
        while True:
            try:
                conn, _ = server.accept()
            except TimeoutError:
                click.echo(f"warm: idle for {idle_s:.0f} s, stopping", err=True)
                return
            with conn:
                try:
                    conn.settimeout(_TIMEOUT_S)
                    request = json.loads(_recv_all(conn).decode("utf-8"))
                    if not request.get("params"):  # a liveness probe
                        reply = {"out": "", "err": "", "code": 0}
                    else:
                        reply = _in_dir(request.get("cwd", ""), run_ask, command, request)
                    conn.sendall(json.dumps(reply).encode("utf-8"))
                except (OSError, ValueError) as e:
                    print(f"warm: dropped a request ({e})", file=sys.stderr)
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        path.unlink(missing_ok=True)


def _in_dir(cwd: str, func: Any, *args: Any) -> Any:
    """Run ``func`` in the client's working directory (relative paths in options)."""
    before = os.getcwd()
    try:
        if cwd and os.path.isdir(cwd):
            os.chdir(cwd)
        return func(*args)
    finally:
        os.chdir(before)
