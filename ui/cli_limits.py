"""The per-file limits shared by ``extract`` and ``ingest`` (see ``ingest.limits``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from kb.extraction import DEFAULT_LIMITS, Limits


def limit_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--max-chars`` and ``--max-seconds`` to a command."""
    func = click.option(
        "--max-seconds",
        type=click.FloatRange(0.1),
        default=DEFAULT_LIMITS.max_seconds,
        show_default=True,
        help="Give up on (and report) a file that takes longer than this to read and extract.",
    )(func)
    func = click.option(
        "--max-chars",
        type=click.IntRange(1),
        default=DEFAULT_LIMITS.max_chars,
        show_default=True,
        help="Skip (and report) files whose extracted text is longer than this.",
    )(func)
    return func


def make_limits(max_chars: int, max_seconds: float, max_mb: float | None = None) -> Limits:
    """The ``Limits`` the options ask for (``max_mb``: ``extract --max-mb``)."""
    size = {"max_bytes": int(max_mb * 1024 * 1024)} if max_mb is not None else {}
    return Limits(max_chars=max_chars, max_seconds=max_seconds, **size)
