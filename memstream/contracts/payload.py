"""The payload of a memory point in Qdrant: its field names and its builder.

The extractor writes it; query reads, filters, orders and shapes it. Both name fields
only through this module.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from memstream.contracts.entities import ENTITY_FIELDS
from memstream.contracts.errors import FieldValueError
from memstream.contracts.ids import content_hash
from memstream.contracts.requests import AddRequest

__all__ = [
    "BOOLEANS",
    "CREATED_AT",
    "CREATED_AT_TS",
    "EVENT_ID",
    "EXPIRATION_DATE",
    "EXPIRATION_TS",
    "KEYWORD_FIELDS",
    "LOWER",
    "MEMORY",
    "METADATA",
    "NEWEST_FIRST",
    "ORG_ID",
    "PROJECT_ID",
    "RANGE_FIELDS",
    "UPDATED_AT",
    "UPDATED_AT_TS",
    "created_at",
    "created_at_ts",
    "expires_at",
    "point_payload",
]

MEMORY = "memory"
HASH = "hash"
ORG_ID = "org_id"
PROJECT_ID = "project_id"
METADATA = "metadata"
CREATED_AT = "created_at"
CREATED_AT_TS = "created_at_ts"
UPDATED_AT = "updated_at"
UPDATED_AT_TS = "updated_at_ts"
EXPIRATION_DATE = "expiration_date"
EXPIRATION_TS = "expiration_ts"
EVENT_ID = "event_id"
# Lower-cased copies of string fields (for `icontains`), under `lower.<field>`.
LOWER = "lower"
# Boolean metadata as "true"/"false", under `booleans.metadata.<key>`: qdrant-edge 0.9.0
# reads a boolean in a match as the integer 1 or 0, so its equality goes through these.
BOOLEANS = "booleans"

# Payload indexes of a Qdrant server and of qdrant-edge (local mode has none).
KEYWORD_FIELDS = (ORG_ID, PROJECT_ID, *ENTITY_FIELDS)
RANGE_FIELDS = (CREATED_AT_TS, UPDATED_AT_TS, EXPIRATION_TS)
NEWEST_FIRST = CREATED_AT_TS


def created_at(record: AddRequest) -> datetime:
    if record.timestamp is None:
        return record.received_at
    try:
        return datetime.fromtimestamp(record.timestamp, UTC)
    except (OverflowError, OSError, ValueError):
        raise FieldValueError("timestamp", f"{record.timestamp} is out of range") from None


def expires_at(expiration: date) -> datetime:
    """A memory stays readable through its expiration date (UTC) and expires right after."""
    try:
        return datetime.combine(expiration + timedelta(days=1), time(), UTC)
    except OverflowError:
        raise FieldValueError("expiration_date", f"{expiration} is out of range") from None


def created_at_ts(payload: dict[str, Any]) -> float:
    value = payload.get(CREATED_AT_TS)
    return float(value) if isinstance(value, int | float) else 0.0


def _lowered(record: AddRequest) -> dict[str, Any]:
    entities = record.entity_values()
    metadata = record.metadata or {}
    return {
        **{name: value.lower() for name, value in entities.items() if value is not None},
        METADATA: {k: v.lower() for k, v in metadata.items() if isinstance(v, str)},
    }


def _boolean_texts(record: AddRequest) -> dict[str, Any]:
    metadata = record.metadata or {}
    return {METADATA: {k: str(v).lower() for k, v in metadata.items() if isinstance(v, bool)}}


def point_payload(record: AddRequest, text: str) -> dict[str, Any]:
    """The payload of the memory `text` extracted from `record`."""
    created = created_at(record)
    expiration = record.expiration_date
    return {
        MEMORY: text,
        HASH: content_hash(text),
        ORG_ID: record.org_id,
        PROJECT_ID: record.project_id,
        **record.entity_values(),
        METADATA: record.metadata or {},
        CREATED_AT: created.isoformat(),
        CREATED_AT_TS: created.timestamp(),
        # Memories are added, never updated: updated_at starts equal to created_at.
        UPDATED_AT: created.isoformat(),
        UPDATED_AT_TS: created.timestamp(),
        EXPIRATION_DATE: expiration.isoformat() if expiration else None,
        EXPIRATION_TS: expires_at(expiration).timestamp() if expiration else None,
        LOWER: _lowered(record),
        BOOLEANS: _boolean_texts(record),
        EVENT_ID: str(record.event_id),
    }
