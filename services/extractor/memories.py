"""From extracted texts to memory points and event results (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from memstream.contracts import ENTITY_FIELDS, AddRequest, MemoryData, MemoryResult
from memstream.ids import content_hash, memory_id, scope_key

__all__ = ["Candidate", "candidates", "point_payload", "result_of", "select_new"]


@dataclass(frozen=True, slots=True)
class Candidate:
    id: str
    text: str


def candidates(record: AddRequest, texts: list[str]) -> list[Candidate]:
    """One candidate per distinct text, in first-seen order, with its deterministic id."""
    scope = scope_key(record.org_id, record.project_id, record.entities())
    seen: dict[str, Candidate] = {}
    for text in texts:
        candidate = Candidate(memory_id(scope, text), text)
        seen.setdefault(candidate.id, candidate)
    return list(seen.values())


def select_new(
    record: AddRequest, found: list[Candidate], owners: dict[str, str | None]
) -> tuple[list[Candidate], list[Candidate]]:
    """(results, to_write): a memory stored by another event is not new; one stored by
    this event (a redelivery) is still this event's result but needs no second write."""
    event_id = str(record.event_id)
    results = [c for c in found if c.id not in owners or owners[c.id] == event_id]
    to_write = [c for c in results if c.id not in owners]
    return results, to_write


def created_at(record: AddRequest) -> datetime:
    if record.timestamp is not None:
        return datetime.fromtimestamp(record.timestamp, UTC)
    return record.received_at


def expires_at(expiration: date) -> datetime:
    """A memory stays readable through its expiration date (UTC) and expires right after."""
    return datetime.combine(expiration + timedelta(days=1), time(), UTC)


def lowered(record: AddRequest) -> dict[str, Any]:
    """Lower-cased copies of the string fields filters match with `icontains`."""
    entities = {name: getattr(record, name) for name in ENTITY_FIELDS}
    metadata = record.metadata or {}
    return {
        **{name: value.lower() for name, value in entities.items() if value is not None},
        "metadata": {k: v.lower() for k, v in metadata.items() if isinstance(v, str)},
    }


def boolean_texts(record: AddRequest) -> dict[str, Any]:
    """Boolean metadata as "true"/"false": qdrant-edge 0.9.0 turns a boolean in a match
    into the integer 1 or 0, so its equality filters go through these (memstream/edge.py)."""
    metadata = record.metadata or {}
    return {"metadata": {k: str(v).lower() for k, v in metadata.items() if isinstance(v, bool)}}


def point_payload(record: AddRequest, candidate: Candidate) -> dict[str, Any]:
    created = created_at(record)
    expiration = record.expiration_date
    return {
        "memory": candidate.text,
        "hash": content_hash(candidate.text),
        "org_id": record.org_id,
        "project_id": record.project_id,
        **{name: getattr(record, name) for name in ENTITY_FIELDS},
        "metadata": record.metadata or {},
        "created_at": created.isoformat(),
        "created_at_ts": created.timestamp(),
        # Memories are added, never updated: updated_at starts equal to created_at.
        "updated_at": created.isoformat(),
        "updated_at_ts": created.timestamp(),
        "expiration_date": expiration.isoformat() if expiration else None,
        "expiration_ts": expires_at(expiration).timestamp() if expiration else None,
        "lower": lowered(record),
        "booleans": boolean_texts(record),
        "event_id": str(record.event_id),
    }


def result_of(record: AddRequest, candidate: Candidate) -> MemoryResult:
    return MemoryResult(
        id=candidate.id,
        data=MemoryData(memory=candidate.text),
        **{name: getattr(record, name) for name in ENTITY_FIELDS},
    )
