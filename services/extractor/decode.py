"""Decoding a requests-topic record: an add, an update, a delete or an erasure ready to
process, or poison with its reason."""

from __future__ import annotations

import json
import uuid
from collections.abc import Container
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import orjson
from pydantic import ValidationError

from memstream.contracts.errors import validation_message
from memstream.contracts.events import SourcePosition
from memstream.contracts.ids import derived_event_id
from memstream.contracts.limits import exact_json
from memstream.contracts.mutations import (
    BARRIER_HEADER,
    DeleteRecord,
    EraseRecord,
    MutationRecord,
    UpdateRecord,
)
from memstream.contracts.requests import AddRequest, AddRequestRecord

__all__ = [
    "Decoded",
    "Poison",
    "RecordPosition",
    "RecordRules",
    "decode_request",
    "erasure_poison",
]

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
class RecordRules:
    """What a record must be to be processed."""

    max_bytes: int
    known_projects: Container[tuple[str, str]]
    # An event received longer ago than the status view keeps events would be processed
    # but never shown; one from the future would outlive its retention.
    max_age: timedelta
    max_ahead: timedelta = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Poison:
    """A record that cannot be processed: it goes to the DLQ with `reason`. The event is
    marked FAILED when its id, org and project are readable and the project is known."""

    reason: str
    detail: str
    event_id: uuid.UUID | None = None
    org_id: str | None = None
    project_id: str | None = None


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
    event_id = record.event_id or derived_event_id(
        record.org_id, record.project_id, position.topic, position.partition, position.offset
    )
    return AddRequest(
        **record.model_dump(exclude={"event_id", "received_at"}),
        event_id=event_id,
        received_at=record.received_at or _record_time(position),
    )


def _record_time(position: RecordPosition) -> datetime:
    try:
        return datetime.fromtimestamp(position.timestamp_ms / 1000, UTC)
    except (OverflowError, OSError, ValueError):
        return datetime.min.replace(tzinfo=UTC)  # refused below as out of range


def _out_of_range(request: AddRequest, rules: RecordRules, now: datetime) -> str | None:
    received = request.received_at
    if received < now - rules.max_age:
        return (
            f"received_at {received.isoformat()} is older than the status retention "
            f"({rules.max_age.total_seconds() / 86_400:g} days): the event could never be shown"
        )
    if received > now + rules.max_ahead:
        return f"received_at {received.isoformat()} is in the future"
    return None


_MUTATIONS: dict[str, type[MutationRecord]] = {
    "update": UpdateRecord,
    "delete": DeleteRecord,
    "erase": EraseRecord,
}
Decoded = AddRequest | MutationRecord | Poison


def _supported(version: object) -> bool:
    """The integer 1 (or no version: the model decides), never `true` or `1.0`, which
    equal 1 in Python and which pydantic's `Literal[1]` takes too."""
    return version is None or (type(version) is int and version in SUPPORTED_SCHEMA_VERSIONS)


def _shown(value: object) -> str:
    """A scalar as JSON writes it (`true`, not `True`); a container by its kind."""
    if isinstance(value, dict | list):
        return "an object" if isinstance(value, dict) else "an array"
    return json.dumps(value)[:50]


def _validated(parsed: dict[str, object]) -> AddRequestRecord | MutationRecord:
    """The record by its `type` (an add when it has none)."""
    kind = parsed.get("type", "add")
    if kind == "add":
        return AddRequestRecord.model_validate(parsed)
    model = _MUTATIONS.get(kind) if isinstance(kind, str) else None
    if model is None:
        raise ValueError(f"type {kind!r} is not one of add, update, delete, erase")
    return model.model_validate(parsed)


def decode_request(
    value: bytes | None, position: RecordPosition, rules: RecordRules, now: datetime
) -> Decoded:
    if value is None:
        return Poison("empty", "the record has no value")
    try:
        # Integers past 64 bits stay integers, so that the metadata check refuses them
        # instead of storing the float orjson reads (as over HTTP).
        parsed = exact_json(value)
    except orjson.JSONDecodeError as exc:
        return Poison("not-json", f"the record value is not valid JSON ({exc.msg})")
    known_projects = rules.known_projects
    fields = parsed if isinstance(parsed, dict) else {}
    if len(value) > rules.max_bytes:
        detail = f"the record is {len(value)} bytes, over {rules.max_bytes}"
        return _poison("oversized", detail, fields, known_projects)
    if not isinstance(parsed, dict):
        return Poison("invalid", "the record value is not a JSON object")
    version = parsed.get("schema_version")
    if not _supported(version):
        detail = f"schema_version {_shown(version)} is not supported (supported: the integer 1)"
        return _poison("unsupported-schema-version", detail, fields, known_projects)
    try:
        record = _validated(parsed)
    except ValidationError as exc:
        return _poison("invalid", validation_message(exc.errors()), fields, known_projects)
    except ValueError as exc:
        return _poison("invalid", str(exc), fields, known_projects)
    if (record.org_id, record.project_id) not in known_projects:
        # No FAILED event: nobody could read it, and it would let anyone write one.
        detail = f"project {record.project_id!r} of org {record.org_id!r} is not known here"
        return Poison("unknown-project", detail, event_id=_event_id(fields))
    if not isinstance(record, AddRequestRecord):
        return record  # a change memstream wrote: no event of its own to range-check
    request = _resolve(record, position)
    problem = _out_of_range(request, rules, now)
    if problem is not None:
        return Poison("out-of-range", problem, request.event_id, request.org_id, request.project_id)
    return request


def erasure_poison(record: EraseRecord, barrier: bool, partitions: int | None) -> Poison | None:
    """Why an erasure record cannot be applied, or None. Its event ends once a part of each
    of its `parts` partitions is written: with more parts than the topic has partitions
    (`partitions`, None when unknown) it would stay RUNNING for ever."""
    if not barrier:
        detail = f"an erasure is written with the {BARRIER_HEADER} header (DELETE /v1/memories/)"
    elif partitions and record.parts > partitions:
        detail = (
            f"parts: {record.parts} is more than the {partitions} partitions of the topic, "
            "so the erasure could never end"
        )
    else:
        return None
    return Poison("invalid", detail, record.event_id, record.org_id, record.project_id)
