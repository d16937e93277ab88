"""Erasures in the status view, for both stores: an erasure's event made from its parts,
and the payloads of the add events it covers dropped, now and when they arrive late."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from memstream.contracts import lifecycle
from memstream.contracts.entities import EntityIds, Message, MessageRole
from memstream.contracts.events import (
    ErasurePart,
    EventSnapshot,
    MemoryData,
    MemoryResult,
    SourcePosition,
)
from memstream.contracts.requests import AddRequest
from memstream.services.status.erasures import ErasureRules
from memstream.services.status.store import EventStore, SqliteEventStore

PROJECT = ("o", "p")
T = datetime(2026, 5, 1, tzinfo=UTC)


def _add(user: str = "alice", project: tuple[str, str] = PROJECT, **entities: str) -> AddRequest:
    return AddRequest(
        event_id=uuid.uuid4(),
        org_id=project[0],
        project_id=project[1],
        received_at=datetime.now(UTC),
        messages=[Message(role=MessageRole.USER, content="my secret")],
        user_id=user,
        metadata={"topic": "private"},
        **entities,
    )


def _done(request: AddRequest, partition: int, offset: int) -> Any:
    source = SourcePosition(partition=partition, offset=offset)
    result = MemoryResult(id=str(uuid.uuid4()), data=MemoryData(memory="User's secret"))
    return lifecycle.succeeded(lifecycle.running(request, source), [result])


def _part(
    event: uuid.UUID,
    partition: int,
    offset: int,
    parts: int = 2,
    entities: EntityIds | None = None,
    **kw: Any,
) -> ErasurePart:
    return ErasurePart(
        event_id=event,
        org_id=PROJECT[0],
        project_id=PROJECT[1],
        entities=EntityIds(user_id="alice") if entities is None else entities,
        partition=partition,
        parts=parts,
        offset=offset,
        received_at=datetime.now(UTC) - timedelta(seconds=1),
        applied_at=T + timedelta(seconds=partition),
        deleted=3,
        **kw,
    )


def _event(store: EventStore, event_id: uuid.UUID) -> dict[str, Any]:
    found = store.get_json(event_id, PROJECT)
    assert found is not None
    event: dict[str, Any] = orjson.loads(found)
    return event


def test_an_erasure_runs_from_its_first_part_and_ends_with_its_last(store: EventStore) -> None:
    erasure = uuid.uuid4()
    store.apply([], {}, [_part(erasure, 0, 5)])
    running = _event(store, erasure)
    assert (running["status"], running["event_type"]) == ("RUNNING", "DELETE")
    assert running["payload"] == {"user_id": "alice"} and running["completed_at"] is None
    store.apply([], {}, [_part(erasure, 0, 5), _part(erasure, 1, 9)])  # a repeated part too
    done = _event(store, erasure)
    assert done["status"] == "SUCCEEDED" and done["results"] == []
    assert done["completed_at"] is not None and done["latency"] is not None
    late = lifecycle.erasure_pending(erasure, *PROJECT, EntityIds(user_id="alice"), T)
    store.apply([late], {}, [_part(erasure, 1, 9, error="late duplicate")])
    assert _event(store, erasure) == done  # nothing moves it any more


def test_a_failed_part_fails_the_erasure(store: EventStore) -> None:
    erasure = uuid.uuid4()
    store.apply([], {}, [_part(erasure, 0, 5), _part(erasure, 1, 9, error="store down")])
    failed = _event(store, erasure)
    assert failed["status"] == "FAILED" and failed["error"] == "store down"


def test_a_part_drops_the_payloads_of_the_adds_before_it(store: EventStore) -> None:
    before, after = _add(), _add()
    elsewhere, other_user = _add(), _add(user="bob")
    other_project = _add(project=("o", "q"))
    store.apply(
        [
            _done(before, 0, 3),
            _done(after, 0, 8),  # after the barrier: kept
            _done(elsewhere, 1, 3),  # another partition: its own part decides
            _done(other_user, 0, 2),
            _done(other_project, 0, 2),
        ],
        {},
    )
    store.apply([], {}, [_part(uuid.uuid4(), 0, 5)])
    scrubbed = _event(store, before.event_id)
    assert scrubbed["status"] == "SUCCEEDED"
    assert (scrubbed["payload"], scrubbed["metadata"], scrubbed["results"]) == ({}, None, [])
    for kept in (after, elsewhere, other_user):
        event = _event(store, kept.event_id)
        assert event["payload"]["messages"] and event["results"]
    foreign = store.get_json(other_project.event_id, ("o", "q"))
    assert foreign is not None and orjson.loads(foreign)["results"]


def test_records_arriving_after_the_part_are_dropped_too(store: EventStore) -> None:
    request = _add(agent_id="coach")
    store.apply([], {}, [_part(uuid.uuid4(), 2, 50)])
    source = SourcePosition(partition=2, offset=10)
    store.apply([lifecycle.pending(request, source)], {})
    assert _event(store, request.event_id)["payload"] == {}
    store.apply([_done(request, 2, 10)], {})
    done = _event(store, request.event_id)
    assert done["status"] == "SUCCEEDED" and done["results"] == [] and done["payload"] == {}


def test_a_reopened_store_still_drops_late_records(tmp_path: Path) -> None:
    store = SqliteEventStore(tmp_path / "s.db")
    store.apply([], {}, [_part(uuid.uuid4(), 0, 50)])
    store.close()
    reopened = SqliteEventStore(tmp_path / "s.db")
    request = _add()
    reopened.apply([_done(request, 0, 7)], {})
    assert _event(reopened, request.event_id)["results"] == []
    reopened.close()


def test_late_records_meet_the_parts_of_their_own_entity_among_many() -> None:
    """Parts are filed under one of their entity ids: a late add is scrubbed by a part of
    its own entity however many other users' parts the project holds, and by none other."""
    others = [
        _part(uuid.uuid4(), 0, 50, entities=EntityIds(user_id=f"user-{n}")) for n in range(500)
    ]
    two_ids = _part(uuid.uuid4(), 0, 50, entities=EntityIds(user_id="alice", agent_id="coach"))
    whole_project = _part(uuid.uuid4(), 1, 50, entities=EntityIds())
    rules = ErasureRules([*others, two_ids, whole_project])

    def late(partition: int, **entities: str) -> EventSnapshot:
        return _done(_add(**entities), partition, 10)

    assert rules.prepared(late(0, user="user-7")).payload == {}
    assert rules.prepared(late(0, agent_id="coach")).payload == {}  # alice and the coach
    assert rules.prepared(late(0, agent_id="tutor")).payload  # alice, another agent: kept
    assert rules.prepared(late(0, user="bob")).payload  # nobody erased bob
    assert rules.prepared(late(1, user="bob")).payload == {}  # the project-wide part
