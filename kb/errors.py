"""Errors raised by the knowledge base.

The hierarchy stays shallow and reuses the contract's base classes, so the CLI
turns any of them into one line without a traceback. Every message says what
went wrong, where, and what to do about it.
"""

from __future__ import annotations

from ingest.errors import ConfigError, IngestError, PolicyKBError

__all__ = [
    "ConfigError",
    "IndexNotFoundError",
    "IngestError",
    "PolicyKBError",
    "QuestionError",
    "StoreError",
]


class IndexNotFoundError(PolicyKBError):
    """No knowledge base exists where one was expected."""


class StoreError(PolicyKBError):
    """The knowledge base exists but cannot be read or written."""


class QuestionError(PolicyKBError):
    """A question is empty, too long, or otherwise unusable."""
