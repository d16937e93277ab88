"""Event lifecycle: PENDING → RUNNING → SUCCEEDED | FAILED, never backwards."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

import orjson

from memstream.contracts.entities import EntityIds
from memstream.contracts.events import EventSnapshot, EventStatus, MemoryResult, SourcePosition
from memstream.contracts.requests import AddRequest

__all__ = [
    "IllegalTransitionError",
    "erasure_pending",
    "failed",
    "is_terminal",
    "newer",
    "pending",
    "pending_json",
    "rank",
    "rejected",
    "running",
    "succeeded",
]

_RANK = {
    EventStatus.PENDING: 0,
    EventStatus.RUNNING: 1,
    EventStatus.SUCCEEDED: 2,
    EventStatus.FAILED: 2,
}


class IllegalTransitionError(ValueError):
    """A snapshot was asked to move to a status that is not after its own."""


def rank(status: EventStatus) -> int:
    """Order of statuses: an event only moves to a higher rank."""
    return _RANK[status]


def is_terminal(status: EventStatus) -> bool:
    return _RANK[status] == 2


def newer(current: EventSnapshot | None, incoming: EventSnapshot) -> bool:
    """Whether `incoming` moves the event forward; the first terminal record wins."""
    return current is None or _RANK[incoming.status] > _RANK[current.status]


def _now() -> datetime:
    return datetime.now(UTC)


def pending(record: AddRequest, source: SourcePosition | None = None) -> EventSnapshot:
    """Built from the validated request, not validated again (as `_advance` copies)."""
    return EventSnapshot.model_construct(
        id=record.event_id,
        status=EventStatus.PENDING,
        org_id=record.org_id,
        project_id=record.project_id,
        payload=record.payload(),
        metadata=record.metadata,
        created_at=record.received_at,
        updated_at=record.received_at,
        source=source,
    )


def pending_json(record: AddRequest, source: SourcePosition) -> bytes:
    """`pending(record, source)` as its lifecycle record's value, encoded straight from the
    request (making the snapshot to dump it was a fifth of an add's encoding); the same
    fields in the same order, the times in UTC with a Z as pydantic writes them."""
    try:
        return orjson.dumps(
            {
                "id": str(record.event_id),
                "event_type": "ADD",
                "status": EventStatus.PENDING.value,
                "payload": record.payload(),
                "metadata": record.metadata,
                "results": None,
                "error": None,
                "created_at": record.received_at,
                "updated_at": record.received_at,
                "started_at": None,
                "completed_at": None,
                "schema_version": 1,
                "org_id": record.org_id,
                "project_id": record.project_id,
                "source": {"partition": source.partition, "offset": source.offset},
            },
            option=orjson.OPT_UTC_Z,
        )
    except TypeError:  # orjson.JSONEncodeError: a value only pydantic can write
        return pending(record, source).model_dump_json().encode()


def erasure_pending(
    event_id: UUID, org_id: str, project_id: str, entities: EntityIds, received_at: datetime
) -> EventSnapshot:
    """The event of an erasure, as accepted: it ends once every partition applied it."""
    return EventSnapshot(
        id=event_id,
        event_type="DELETE",
        status=EventStatus.PENDING,
        org_id=org_id,
        project_id=project_id,
        payload=entities.model_dump(exclude_none=True),
        created_at=received_at,
        updated_at=received_at,
    )


def rejected(event_id: UUID, org_id: str, project_id: str, error: str) -> EventSnapshot:
    """FAILED for a request record that could not be read whole (it went to the DLQ)."""
    now = _now()
    return EventSnapshot(
        id=event_id,
        status=EventStatus.FAILED,
        org_id=org_id,
        project_id=project_id,
        error=error,
        results=[],
        created_at=now,
        updated_at=now,
        completed_at=now,
    )


def _advance(snapshot: EventSnapshot, status: EventStatus, **changes: object) -> EventSnapshot:
    if _RANK[status] <= _RANK[snapshot.status]:
        raise IllegalTransitionError(f"{snapshot.status} → {status}")
    now = _now()
    if status is EventStatus.RUNNING:
        changes["started_at"] = now
    else:
        changes["completed_at"] = now
    return snapshot.model_copy(update={"status": status, "updated_at": now, **changes})


def running(record: AddRequest, source: SourcePosition | None = None) -> EventSnapshot:
    return _advance(pending(record, source), EventStatus.RUNNING)


def succeeded(snapshot: EventSnapshot, results: list[MemoryResult]) -> EventSnapshot:
    return _advance(snapshot, EventStatus.SUCCEEDED, results=results)


def failed(snapshot: EventSnapshot, error: str) -> EventSnapshot:
    return _advance(snapshot, EventStatus.FAILED, error=error, results=[])
