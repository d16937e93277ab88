"""Decoding a requests-topic record: an add, an update, a delete or an erasure ready to
process, or poison with its reason."""

from __future__ import annotations

import uuid
from collections.abc import Container
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson
from pydantic import ValidationError

from memstream.contracts.errors import validation_message
from memstream.contracts.events import SourcePosition
from memstream.contracts.mutations import DeleteRecord, EraseRecord, MutationRecord, UpdateRecord
from memstream.contracts.requests import AddRequest, AddRequestRecord

__all__ = ["Decoded", "Poison", "RecordPosition", "decode_request", "derived_event_id"]

_EVENT_NAMESPACE = uuid.UUID("2b0f3f5e-8c1d-4d8e-9a57-0c7f5d6a9e42")
SUPPORTED_SCHEMA_VERSIONS = (1,)


@dataclass(frozen=True, slots=True)
class RecordPosition:
    topic: str
    partition: int
    offset: int
    timestamp_ms: int

    @property
    def source(self) -> SourcePosition:
        return SourcePosition(partition=self.partition, offset=self.offset)


@dataclass(frozen=True, slots=True)
class Poison:
    """A record that cannot be processed: it goes to the DLQ with `reason`. The event is
    marked FAILED when its id, org and project are readable and the project is known."""

    reason: str
    detail: str
    event_id: uuid.UUID | None = None
    org_id: str | None = None
    project_id: str | None = None


def derived_event_id(position: RecordPosition) -> uuid.UUID:
    """The event id of a record produced without one: stable across redeliveries."""
    return uuid.uuid5(_EVENT_NAMESPACE, f"{position.topic}/{position.partition}/{position.offset}")


def _event_id(fields: dict[str, object]) -> uuid.UUID | None:
    raw = fields.get("event_id")
    try:
        return uuid.UUID(raw) if isinstance(raw, str) else None
    except ValueError:
        return None


def _text(fields: dict[str, object], name: str) -> str | None:
    value = fields.get(name)
    return value if isinstance(value, str) and value else None


def _poison(
    reason: str, detail: str, fields: dict[str, object], known: Container[tuple[str, str]]
) -> Poison:
    """Poison keeping what is readable; org and project only when the project is known,
    since they decide whether a FAILED event is written."""
    project = (_text(fields, "org_id"), _text(fields, "project_id"))
    if project not in known:
        return Poison(reason, detail, event_id=_event_id(fields))
    return Poison(reason, detail, _event_id(fields), project[0], project[1])


def _resolve(record: AddRequestRecord, position: RecordPosition) -> AddRequest:
    return AddRequest(
        **record.model_dump(exclude={"event_id", "received_at"}),
        event_id=record.event_id or derived_event_id(position),
        received_at=record.received_at or datetime.fromtimestamp(position.timestamp_ms / 1000, UTC),
    )


_MUTATIONS: dict[str, type[MutationRecord]] = {
    "update": UpdateRecord,
    "delete": DeleteRecord,
    "erase": EraseRecord,
}
Decoded = AddRequest | MutationRecord | Poison


def _validated(parsed: dict[str, object], position: RecordPosition) -> AddRequest | MutationRecord:
    kind = parsed.get("type", "add")
    if kind == "add":
        return _resolve(AddRequestRecord.model_validate(parsed), position)
    model = _MUTATIONS.get(kind) if isinstance(kind, str) else None
    if model is None:
        raise ValueError(f"type {kind!r} is not one of add, update, delete, erase")
    return model.model_validate(parsed)


def decode_request(
    value: bytes | None,
    position: RecordPosition,
    max_bytes: int,
    known_projects: Container[tuple[str, str]],
) -> Decoded:
    if value is None:
        return Poison("empty", "the record has no value")
    try:
        parsed = orjson.loads(value)
    except orjson.JSONDecodeError:
        return Poison("not-json", "the record value is not valid JSON")
    fields = parsed if isinstance(parsed, dict) else {}
    if len(value) > max_bytes:
        detail = f"the record is {len(value)} bytes, over {max_bytes}"
        return _poison("oversized", detail, fields, known_projects)
    if not isinstance(parsed, dict):
        return Poison("invalid", "the record value is not a JSON object")
    version = parsed.get("schema_version")
    if version is not None and version not in SUPPORTED_SCHEMA_VERSIONS:
        detail = f"schema_version {version!r} is not supported (supported: 1)"
        return _poison("unsupported-schema-version", detail, fields, known_projects)
    try:
        record = _validated(parsed, position)
    except ValidationError as exc:
        return _poison("invalid", validation_message(exc.errors()), fields, known_projects)
    except ValueError as exc:
        return _poison("invalid", str(exc), fields, known_projects)
    if (record.org_id, record.project_id) not in known_projects:
        # No FAILED event: nobody could read it, and it would let anyone write one.
        detail = f"project {record.project_id!r} of org {record.org_id!r} is not known here"
        return Poison("unknown-project", detail, event_id=_event_id(fields))
    return record
