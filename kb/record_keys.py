"""The metric-key columns of a stored record, from the record and its document.

``kb.store`` fills them when a document is added and ``kb.migrate`` when an
older store is opened; ``kb.tracking`` reads them to group statements.
"""

from __future__ import annotations

from typing import Any

from ingest.metric_keys import MetricKey, jurisdiction_of, metric_key


def document_fields(document: dict[str, Any]) -> dict[str, str]:
    """The manifest fields a key needs, from a ``Document.to_dict()``."""
    meta = document.get("metadata") or {}
    return {
        "language": str(document.get("language") or "en"),
        "jurisdiction": str(meta.get("jurisdiction") or ""),
        "issuer": str(document.get("issuer") or ""),
        "title": str(document.get("title") or ""),
    }


def key_of(record: Any, document: dict[str, Any]) -> MetricKey:
    """The ``MetricKey`` of a target or statistic stored with ``document``."""
    return metric_key(record, **document_fields(document))


def record_columns(record: Any, document: dict[str, Any]) -> tuple[str | None, ...]:
    """``(metric_key, unit, sector, jurisdiction)`` of a record; the first three are
    None for an obligation, which measures nothing."""
    fields = document_fields(document)
    jurisdiction = jurisdiction_of(
        jurisdiction=fields["jurisdiction"], issuer=fields["issuer"], title=fields["title"]
    )
    if getattr(record, "type", "") not in ("target", "statistic"):
        return None, None, None, jurisdiction
    return key_of(record, document).key, record.unit, record.sector, jurisdiction
