"""The status stores, one suite for both backends: monotonic, isolated, paged, evictable."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson

from memstream.contracts import lifecycle
from memstream.contracts.entities import Message, MessageRole
from memstream.contracts.events import EventStatus
from memstream.contracts.requests import AddRequest
from memstream.services.status.store import EventStore, SqliteEventStore

PROJECT = ("o", "p")


def _request(project: tuple[str, str] = PROJECT, age: timedelta = timedelta()) -> AddRequest:
    return AddRequest(
        event_id=uuid.uuid4(),
        org_id=project[0],
        project_id=project[1],
        received_at=datetime.now(UTC) - age,
        messages=[Message(role=MessageRole.USER, content="hi")],
        user_id="u",
    )


def _status(store: EventStore, request: AddRequest) -> str | None:
    found = store.get_json(request.event_id, (request.org_id, request.project_id))
    return None if found is None else str(orjson.loads(found)["status"])


def test_replayed_and_out_of_order_records_never_move_an_event_backwards(store: EventStore) -> None:
    request = _request()
    running = lifecycle.running(request)
    done = lifecycle.succeeded(running, [])
    store.apply([running, done], {0: 2})
    store.apply([lifecycle.pending(request), running, lifecycle.failed(running, "late")], {0: 5})
    assert _status(store, request) == "SUCCEEDED"
    assert store.offsets() == {0: 5}


def test_the_first_final_record_wins(store: EventStore) -> None:
    request = _request()
    running = lifecycle.running(request)
    store.apply([lifecycle.failed(running, "boom")], {})
    store.apply([lifecycle.succeeded(running, [])], {})
    assert _status(store, request) == "FAILED"


def test_other_projects_see_nothing(store: EventStore) -> None:
    request = _request()
    store.apply([lifecycle.pending(request)], {})
    assert store.get_json(request.event_id, ("o", "other")) is None
    assert store.get_json(request.event_id, ("x", "p")) is None
    assert store.page(("o", "other"), None, 0, 10).count == 0


def test_pages_are_newest_first_and_filter_by_status(store: EventStore) -> None:
    requests = [_request(age=timedelta(minutes=10 - n)) for n in range(10)]
    for n, request in enumerate(requests):
        running = lifecycle.running(request)
        store.apply([lifecycle.succeeded(running, []) if n % 2 else running], {})
    first = store.page(PROJECT, None, 0, 4)
    ids = [orjson.loads(r)["id"] for r in first.results]
    assert first.count == 10
    assert ids == [str(r.event_id) for r in reversed(requests)][:4]
    succeeded = store.page(PROJECT, EventStatus.SUCCEEDED, 0, 100)
    assert succeeded.count == 5
    assert {orjson.loads(r)["status"] for r in succeeded.results} == {"SUCCEEDED"}
    last = store.page(PROJECT, None, 8, 4)
    assert [orjson.loads(r)["id"] for r in last.results] == [
        str(r.event_id) for r in requests[1::-1]
    ]


def test_evict_removes_events_older_than_the_cutoff(store: EventStore) -> None:
    old, recent = _request(age=timedelta(days=8)), _request()
    store.apply([lifecycle.pending(old), lifecycle.pending(recent)], {})
    assert store.evict(datetime.now(UTC) - timedelta(days=7)) == 1
    assert _status(store, old) is None
    assert _status(store, recent) == "PENDING"
    assert len(store) == 1


def test_sqlite_store_keeps_events_and_offsets_across_reopen(tmp_path: Path) -> None:
    request = _request()
    store = SqliteEventStore(tmp_path / "s.db")
    store.apply([lifecycle.running(request)], {0: 7, 3: 2})
    store.close()
    reopened = SqliteEventStore(tmp_path / "s.db")
    assert _status(reopened, request) == "RUNNING"
    assert reopened.offsets() == {0: 7, 3: 2}
    reopened.close()


def test_sqlite_store_shrinks_after_eviction(tmp_path: Path) -> None:
    store = SqliteEventStore(tmp_path / "s.db")
    store.apply([lifecycle.pending(_request(age=timedelta(days=9))) for _ in range(3000)], {})
    full = store.size_bytes()
    store.evict(datetime.now(UTC) - timedelta(days=7))
    assert store.size_bytes() < full / 2
    store.close()


def test_a_record_naming_another_project_changes_nothing(store: EventStore) -> None:
    request = _request()
    store.apply([lifecycle.running(request)], {})
    forged = lifecycle.succeeded(lifecycle.running(request), []).model_copy(
        update={"project_id": "intruder"}
    )
    store.apply([forged], {})
    assert _status(store, request) == "RUNNING"
    assert store.get_json(request.event_id, ("o", "intruder")) is None
