"""Bounds on the work one input file may cause: bytes, archive expansion, text, time.

A file is checked before it is parsed where that is possible (its size on disk; the
declared sizes, ratios and entry count of a DOCX's zip members) and while it is
processed where it is not (the length of the extracted text; a per-file time budget).
Every refusal is an ``IngestError`` on one line that names the file and the flag that
raises the limit.

The time budget interrupts the work with ``SIGALRM`` when it runs in a process's main
thread (the CLI, batch workers), and otherwise (a web server's worker threads) by the
checks that segmentation and extraction make between paragraphs and clauses
(``check_time``).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import io
import signal
import sys
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from ingest.errors import IngestError

P = ParamSpec("P")
R = TypeVar("R")

_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one file may cost. ``None`` switches a bound off.

    Attributes:
        max_bytes: size of the file on disk (``--max-mb``).
        max_chars: characters of extracted text (``--max-chars``).
        max_seconds: wall time to read, segment and extract one file (``--max-seconds``).
        max_unzipped_bytes: total declared uncompressed size of an archive's members
            (DOCX); four times ``max_bytes`` unless given.
        max_ratio: compression ratio above which a large member is a bomb.
        max_entries: members in one archive.
        max_markup: XML tags in an archive's ``.xml`` members (the parser's memory grows
            with the number of elements, not with the bytes).
    """

    max_bytes: int = 25 * _MB
    max_chars: int | None = 5_000_000
    max_seconds: float | None = 120.0
    max_unzipped_bytes: int | None = None
    max_ratio: float = 100.0
    max_entries: int = 10_000
    max_markup: int = 1_000_000

    @property
    def unzipped_limit(self) -> int:
        return self.max_unzipped_bytes or 4 * self.max_bytes


DEFAULT_LIMITS = Limits()
# A member smaller than this is never a bomb, however well it compresses.
_RATIO_FLOOR = 10 * _MB


def check_archive(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a zip-based file (DOCX) whose members would expand beyond the limits.

    The central directory is checked first (member count, declared sizes, ratios):
    Python's ``zipfile`` never inflates a member past its declared size, so this bounds
    what a parser can be made to read. Then the XML members are inflated in chunks,
    in constant memory, to count their tags, which bound the parser's memory.

    Raises:
        IngestError: too many members, too large in total, a member compressed beyond
            ``max_ratio`` (a zip bomb), too many XML tags; or the bytes are not a
            readable zip archive.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            _check_members(members, name, limits)
            tags = _count_tags(archive, members, limits.max_markup)
    except IngestError:
        raise
    except Exception as e:  # zipfile and zlib raise many types on damaged archives
        reason = " ".join(str(e).split())[:200] or type(e).__name__
        raise IngestError(
            name,
            f"is not a readable DOCX (damaged zip archive: {reason})",
            "check it opens in Word, or save it again as .docx",
        ) from e
    if tags > limits.max_markup:
        raise IngestError(
            name,
            f"holds over {limits.max_markup:,} XML tags, more than a document needs",
            "split it, or save it again from a word processor",
        )


def _count_tags(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], limit: int) -> int:
    """Tags in the XML members, counted while inflating in chunks (stops past ``limit``)."""
    tags = 0
    for member in members:
        if not member.filename.lower().endswith((".xml", ".rels")):
            continue
        with archive.open(member) as stream:
            while chunk := stream.read(1 << 20):
                tags += chunk.count(b"<")
                if tags > limit:
                    return tags
    return tags


def _check_members(members: list[zipfile.ZipInfo], name: str, limits: Limits) -> None:
    if len(members) > limits.max_entries:
        raise IngestError(
            name,
            f"is an archive of {len(members):,} members, over the {limits.max_entries:,} limit",
            "save it again from a word processor; a document has a few dozen parts",
        )
    total = sum(member.file_size for member in members)
    if total > limits.unzipped_limit:
        raise IngestError(
            name,
            f"would expand to {total / _MB:,.0f} MB, over the "
            f"{limits.unzipped_limit / _MB:,.0f} MB limit",
            "split it, or raise the limit with --max-mb (archives may expand to 4 times it)",
        )
    for member in members:
        if member.file_size < _RATIO_FLOOR:
            continue
        ratio = member.file_size / max(member.compress_size, 1)
        if ratio > limits.max_ratio:
            raise IngestError(
                name,
                f"member {member.filename[:80]!r} expands {ratio:,.0f} times "
                f"(to {member.file_size / _MB:,.0f} MB): a zip bomb",
                "check where the file came from; a document does not compress that well",
            )


def check_text(text: str, name: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse extracted text longer than ``limits.max_chars``."""
    if limits.max_chars is not None and len(text) > limits.max_chars:
        raise IngestError(
            name,
            f"holds {len(text):,} characters of text, over the {limits.max_chars:,} limit",
            "split it, or raise the limit with --max-chars",
        )


# -- the time budget ----------------------------------------------------------------------


class _BudgetSpent(BaseException):
    """Raised inside the work when the budget runs out; turned into an IngestError.

    A ``BaseException``, so that parsers' broad ``except Exception`` handlers do not
    mistake it for a damaged file.
    """


_REPEAT_SECONDS = 0.25
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "policykb_deadline", default=None
)


def check_time() -> None:
    """Stop the current file's work if its time budget is spent (cheap; call it often)."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise _BudgetSpent


def checks_time(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` with the current file's time budget checked before each call."""

    @functools.wraps(function)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        check_time()
        return function(*args, **kwargs)

    return checked


@contextlib.contextmanager
def time_budget(seconds: float | None, name: str) -> Iterator[None]:
    """Run the body within ``seconds`` of wall time, or raise a one-line ``IngestError``.

    Raises:
        IngestError: the body ran out of time (the message names ``--max-seconds``).
    """
    if seconds is None:
        yield
        return
    token = _deadline.set(time.monotonic() + seconds)
    use_alarm = (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0  # no other timer running
    )
    active = True

    def on_alarm(signum: int, frame: object) -> None:
        # Not while the budget's own exception is being handled: the repeat is for
        # libraries that swallow it, and a second one raised during the unwinding (in
        # the ``with`` statement's exit, outside this generator) would escape as is.
        if active and not isinstance(sys.exc_info()[1], _BudgetSpent):
            raise _BudgetSpent

    previous = signal.signal(signal.SIGALRM, on_alarm) if use_alarm else None
    try:
        try:
            if use_alarm:
                # The alarm repeats: a library that swallows the first interruption (a
                # bare ``except``, a ``__del__``) gets the next one a quarter second later.
                signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT_SECONDS)
            yield
        finally:
            # First statement: no signal handler runs before it (no call in between),
            # and once it is false a late alarm does nothing.
            active = False
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
            _deadline.reset(token)
    except _BudgetSpent:
        raise IngestError(
            name,
            f"took more than {seconds:g} s to read and extract (the per-file time budget)",
            "split it, or raise the budget with --max-seconds",
        ) from None
