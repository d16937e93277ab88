"""The payload of a point in Qdrant: its field names and its builders.

The extractor writes it; query reads, filters, orders and shapes it. Both name fields
only through this module.

Points are of four kinds (`kind`): a memory (no `kind`, or `memory`), a deleted memory
(`deleted`: kept for its history, hidden from every read), a scope's entry in the entity
registry (`scope`: how many live memories one scope holds) and a scope's conversation
(`conversation`: its last messages, the context of the next extraction). Every point written
from a requests-topic record names its position there (`source_partition`, `source_offset`):
an erasure applied at offset O of partition P removes what records before it wrote. A
memory also names the position of the add that stored it (`added_partition`,
`added_offset`): the extraction of the record at O sees only memories added before O, so a
record processed again sees what it saw the first time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import orjson

from memstream.contracts.changes import MemoryChange
from memstream.contracts.entities import ENTITY_FIELDS, Metadata
from memstream.contracts.errors import FieldValueError
from memstream.contracts.events import SourcePosition
from memstream.contracts.ids import content_hash
from memstream.contracts.mutations import MemoryUpdate
from memstream.contracts.requests import AddRequest

__all__ = [
    "ADDED_OFFSET",
    "ADDED_PARTITION",
    "ATTRIBUTED_TO",
    "BOOLEANS",
    "CATEGORIES",
    "CONVERSATION",
    "CREATED_AT",
    "CREATED_AT_TS",
    "DELETED",
    "EVENT_ID",
    "EXPIRATION_DATE",
    "EXPIRATION_TS",
    "HASH",
    "HIDDEN_KINDS",
    "HISTORY",
    "IMMUTABLE",
    "INTEGER_FIELDS",
    "KEYWORD_FIELDS",
    "KIND",
    "LINKED_MEMORY_IDS",
    "LOWER",
    "MEMORIES",
    "MEMORY",
    "MESSAGES",
    "METADATA",
    "NEWEST_FIRST",
    "NOT_MEMORIES",
    "ORG_ID",
    "PROJECT_ID",
    "RANGE_FIELDS",
    "SCOPE",
    "SOURCE_OFFSET",
    "SOURCE_PARTITION",
    "UPDATED_AT",
    "UPDATED_AT_TS",
    "conversation_of",
    "conversation_payload",
    "created_at",
    "created_at_ts",
    "deleted_payload",
    "expires_at",
    "history_of",
    "is_live",
    "point_payload",
    "scope_payload",
    "updated_payload",
    "with_change",
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
EVENT_ID = "event_id"  # the last event that wrote the point (an add, update or delete)
KIND = "kind"
DELETED = "deleted"
SCOPE = "scope"
CONVERSATION = "conversation"
NOT_MEMORIES = (SCOPE, CONVERSATION)  # points of a scope that are no memory at all
HIDDEN_KINDS = (DELETED, *NOT_MEMORIES)  # never answered by a read of memories
HISTORY = "history"  # the memory's changes, oldest first (MemoryChange values)
IMMUTABLE = "immutable"
SOURCE_PARTITION = "source_partition"
SOURCE_OFFSET = "source_offset"
MEMORIES = "memories"  # of a scope entry: its live memories
# Of a conversation: its last messages, oldest first, as one JSON text. qdrant-edge converts
# a payload's every string and dict one by one (~5 µs each): a list of 20 messages cost
# ~0.9 ms per add, one text of them ~40 µs. Points written as a list still read.
MESSAGES = "messages"
CATEGORIES = "categories"
LINKED_MEMORY_IDS = "linked_memory_ids"  # existing memories the extraction related it to
ATTRIBUTED_TO = "attributed_to"  # "user" or "assistant": who stated it
ADDED_PARTITION = "added_partition"
ADDED_OFFSET = "added_offset"
# Lower-cased copies of string fields (for `icontains`), under `lower.<field>`.
LOWER = "lower"
# Boolean metadata as "true"/"false", under `booleans.metadata.<key>`: qdrant-edge 0.9.0
# reads a boolean in a match as the integer 1 or 0, so its equality goes through these.
BOOLEANS = "booleans"

# Payload indexes of a Qdrant server and of qdrant-edge (local mode has none).
KEYWORD_FIELDS = (ORG_ID, PROJECT_ID, KIND, *ENTITY_FIELDS, HASH, CATEGORIES)
RANGE_FIELDS = (CREATED_AT_TS, UPDATED_AT_TS, EXPIRATION_TS)
# The position a memory was added at: an add's searches leave out what a later record
# added (`must_not` partition and offset). Unindexed, that condition made qdrant-edge check
# every point of the collection: a search cost 1.4 ms at 20,000 points instead of 0.5.
INTEGER_FIELDS = (ADDED_PARTITION, ADDED_OFFSET)
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


def _lowered(
    entities: dict[str, str | None], metadata: Metadata | None, text: str
) -> dict[str, Any]:
    return {
        **{name: value.lower() for name, value in entities.items() if value is not None},
        METADATA: {k: v.lower() for k, v in (metadata or {}).items() if isinstance(v, str)},
        MEMORY: text.lower(),
    }


def _boolean_texts(metadata: Metadata | None) -> dict[str, Any]:
    return {
        METADATA: {k: str(v).lower() for k, v in (metadata or {}).items() if isinstance(v, bool)}
    }


def _expiration(expiration: date | None) -> dict[str, Any]:
    return {
        EXPIRATION_DATE: expiration.isoformat() if expiration else None,
        EXPIRATION_TS: expires_at(expiration).timestamp() if expiration else None,
    }


def _source(source: SourcePosition) -> dict[str, Any]:
    return {SOURCE_PARTITION: source.partition, SOURCE_OFFSET: source.offset}


def with_change(payload: dict[str, Any] | None, change: MemoryChange) -> list[dict[str, Any]]:
    """The point's history with `change` last; a change already there (a redelivery
    applying it again) is not recorded twice."""
    history: list[dict[str, Any]] = list((payload or {}).get(HISTORY, []))
    if all(item.get("id") != str(change.id) for item in history):
        history.append(change.model_dump(mode="json"))
    return history


def point_payload(
    record: AddRequest,
    text: str,
    source: SourcePosition,
    history: list[dict[str, Any]],
    extraction: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The payload of the memory `text` extracted from `record` (at `source`), with its
    history so far (the change that writes it last) and what its `extraction` said
    (categories, linked memory ids, attribution, the position it was added at)."""
    created = created_at(record)
    entities = record.entity_values()
    extraction = extraction or {}
    return {
        MEMORY: text,
        HASH: content_hash(text),
        ORG_ID: record.org_id,
        PROJECT_ID: record.project_id,
        **entities,
        METADATA: record.metadata or {},
        CREATED_AT: created.isoformat(),
        CREATED_AT_TS: created.timestamp(),
        # A new memory: updated_at starts equal to created_at.
        UPDATED_AT: created.isoformat(),
        UPDATED_AT_TS: created.timestamp(),
        **_expiration(record.expiration_date),
        LOWER: _lowered(entities, record.metadata, text),
        BOOLEANS: _boolean_texts(record.metadata),
        EVENT_ID: str(record.event_id),
        IMMUTABLE: record.immutable,
        CATEGORIES: extraction.get(CATEGORIES, []),
        LINKED_MEMORY_IDS: extraction.get(LINKED_MEMORY_IDS, []),
        ATTRIBUTED_TO: extraction.get(ATTRIBUTED_TO),
        ADDED_PARTITION: extraction.get(ADDED_PARTITION, source.partition),
        ADDED_OFFSET: extraction.get(ADDED_OFFSET, source.offset),
        **_source(source),
        HISTORY: history,
    }


def _entities(payload: dict[str, Any]) -> dict[str, str | None]:
    return {name: payload.get(name) for name in ENTITY_FIELDS}


def updated_payload(
    payload: dict[str, Any], update: MemoryUpdate, change: MemoryChange, source: SourcePosition
) -> dict[str, Any]:
    """The payload after `update` (the fields it sent), recorded as `change`."""
    sent = update.model_fields_set
    new = dict(payload)
    if "text" in sent and update.text is not None:
        new[MEMORY] = update.text
        new[HASH] = content_hash(update.text)
    if "metadata" in sent:
        new[METADATA] = update.metadata or {}
        new[BOOLEANS] = _boolean_texts(update.metadata)
    new[LOWER] = _lowered(_entities(payload), new.get(METADATA), new.get(MEMORY, ""))
    if "timestamp" in sent and update.timestamp is not None:
        created = datetime.fromtimestamp(update.timestamp, UTC)
        new[CREATED_AT], new[CREATED_AT_TS] = created.isoformat(), created.timestamp()
    if "expiration_date" in sent:
        new.update(_expiration(update.expiration_date))
    new[UPDATED_AT], new[UPDATED_AT_TS] = (
        change.created_at.isoformat(),
        change.created_at.timestamp(),
    )
    new[EVENT_ID] = str(change.event_id)
    new.update(_source(source))
    new[HISTORY] = with_change(payload, change)
    return new


def deleted_payload(
    payload: dict[str, Any], change: MemoryChange, source: SourcePosition
) -> dict[str, Any]:
    """The payload of a deleted memory: hidden from reads, kept for its history."""
    return {
        **payload,
        KIND: DELETED,
        EVENT_ID: str(change.event_id),
        **_source(source),
        HISTORY: with_change(payload, change),
    }


def scope_payload(
    entry: dict[str, Any] | None,
    owner: dict[str, Any],
    delta: int,
    at: datetime,
    event_id: str,
    source: SourcePosition,
) -> dict[str, Any]:
    """A scope's registry entry after its live memories changed by `delta` (by `event_id`);
    `owner` is a payload of the scope (its org, project and entity ids)."""
    before = entry or {MEMORIES: 0, CREATED_AT: at.isoformat(), CREATED_AT_TS: at.timestamp()}
    return {
        KIND: SCOPE,
        ORG_ID: owner[ORG_ID],
        PROJECT_ID: owner[PROJECT_ID],
        **_entities(owner),
        MEMORIES: max(0, int(before.get(MEMORIES, 0)) + delta),
        CREATED_AT: before.get(CREATED_AT),
        CREATED_AT_TS: before.get(CREATED_AT_TS),
        UPDATED_AT: at.isoformat(),
        UPDATED_AT_TS: at.timestamp(),
        EVENT_ID: event_id,
        **_source(source),
    }


def conversation_payload(
    owner: dict[str, Any], messages: list[dict[str, Any]], event_id: str, source: SourcePosition
) -> dict[str, Any]:
    """A scope's conversation: its last `messages` (each with the position of its record);
    `owner` is a payload of the scope (its org, project and entity ids)."""
    return {
        KIND: CONVERSATION,
        ORG_ID: owner[ORG_ID],
        PROJECT_ID: owner[PROJECT_ID],
        **_entities(owner),
        MESSAGES: orjson.dumps(messages).decode(),
        EVENT_ID: event_id,
        **_source(source),
    }


def conversation_of(payload: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The messages a conversation point keeps (none for no point or an unreadable one)."""
    kept = (payload or {}).get(MESSAGES)
    if isinstance(kept, str):
        try:
            kept = orjson.loads(kept)
        except orjson.JSONDecodeError:
            return []
    return [m for m in kept if isinstance(m, dict)] if isinstance(kept, list) else []


def is_live(payload: dict[str, Any] | None) -> bool:
    """A memory that reads answer (not deleted, not a registry entry)."""
    return payload is not None and payload.get(KIND) not in HIDDEN_KINDS


def history_of(payload: dict[str, Any]) -> list[MemoryChange]:
    return [MemoryChange.model_validate(item) for item in payload.get(HISTORY, [])]
