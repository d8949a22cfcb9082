"""Errors raised by ingestion.

Each message says what went wrong, where, and what to do about it, so the CLI
can print it on one line without a traceback.
"""

from __future__ import annotations


class PolicyKBError(Exception):
    """Base class for every error policykb raises on purpose."""


class IngestError(PolicyKBError):
    """A document could not be read or split into clauses.

    Args:
        path: the file concerned (shown first in the message).
        reason: what went wrong.
        hint: what the user can do about it.
    """

    def __init__(self, path: str, reason: str, hint: str = "") -> None:
        self.path = str(path)
        self.reason = reason
        self.hint = hint
        message = f"{self.path}: {reason}"
        if hint:
            message += f". {hint}"
        super().__init__(message)


class ConfigError(PolicyKBError):
    """A setting has an invalid value."""
