"""The status stores, one suite for both backends: monotonic, isolated, paged, evictable."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from memstream.contracts import lifecycle
from memstream.contracts.entities import Message, MessageRole
from memstream.contracts.events import EventSnapshot, EventStatus
from memstream.contracts.requests import AddRequest
from memstream.services.status.store import EventStore, MemoryEventStore, SqliteEventStore

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


def test_one_id_in_two_projects_is_two_events(store: EventStore) -> None:
    """A producer may choose any id: another project's event with it shadows nothing."""
    ours = _request()
    theirs = ours.model_copy(update={"project_id": "intruder"})
    store.apply([lifecycle.running(ours)], {})
    store.apply([lifecycle.failed(lifecycle.running(theirs), "forged")], {})
    assert _status(store, ours) == "RUNNING"
    assert _status(store, theirs) == "FAILED"
    store.apply([lifecycle.succeeded(lifecycle.running(ours), [])], {})
    assert _status(store, ours) == "SUCCEEDED"
    assert store.page(PROJECT, None, 0, 10).count == 1


_PROJECTS = [("o", "p"), ("o", "q"), ("x", "p")]
_IDS = [uuid.UUID(int=n) for n in range(3)]
_STATUSES = list(EventStatus)


def _snapshot(project: tuple[str, str], event_id: uuid.UUID, status: EventStatus) -> EventSnapshot:
    now = datetime.now(UTC)
    return EventSnapshot(
        id=event_id, status=status, org_id=project[0], project_id=project[1],
        created_at=now, updated_at=now, error=f"{project}",
    )  # fmt: skip


def test_every_project_sees_exactly_its_own_events_whatever_the_ids(tmp_path: Path) -> None:
    stores = [MemoryEventStore(), SqliteEventStore(tmp_path / "s.db")]

    @settings(max_examples=40, deadline=None)
    @given(
        records=st.lists(
            st.tuples(
                st.sampled_from(_PROJECTS), st.sampled_from(_IDS), st.sampled_from(_STATUSES)
            ),
            max_size=25,
        )
    )
    def check(records: list[tuple[tuple[str, str], uuid.UUID, EventStatus]]) -> None:
        expected: dict[tuple[tuple[str, str], uuid.UUID], EventStatus] = {}
        for project, event_id, status in records:
            current = expected.get((project, event_id))
            if current is None or lifecycle.rank(status) > lifecycle.rank(current):
                expected[(project, event_id)] = status
        for store in stores:
            store.reset("a broker/a topic")
            store.apply([_snapshot(*r) for r in records], {})
            for project in _PROJECTS:
                for event_id in _IDS:
                    found = store.get_json(event_id, project)
                    want = expected.get((project, event_id))
                    assert (found and orjson.loads(found)["status"]) == (want and want.value)
                    if found:  # the record of this project, not another's with the id
                        assert orjson.loads(found)["error"] == f"{project}"
                mine = {k for k in expected if k[0] == project}
                assert store.page(project, None, 0, 100).count == len(mine)

    check()
    for store in stores:
        store.close()


def test_reset_forgets_events_and_offsets_and_names_its_source(store: EventStore) -> None:
    assert store.source() is None
    request = _request()
    store.apply([lifecycle.running(request)], {0: 4})
    store.reset("cluster-2/topic")
    assert store.source() == "cluster-2/topic"
    assert len(store) == 0 and store.offsets() == {}
    assert _status(store, request) is None


def test_sqlite_store_of_the_old_layout_is_rebuilt_not_misread(tmp_path: Path) -> None:
    """Layout 1 keyed events by id alone: its rows and offsets are dropped on open, so the
    follower replays the topic into the new layout."""
    path = tmp_path / "s.db"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE events (id TEXT PRIMARY KEY, org_id TEXT, project_id TEXT, status TEXT,"
        " rank INTEGER, created_at REAL, public BLOB) WITHOUT ROWID;"
        "CREATE TABLE offsets (partition INTEGER PRIMARY KEY, next_offset INTEGER NOT NULL);"
        "INSERT INTO events VALUES ('x', 'o', 'p', 'PENDING', 0, 0, x'7b7d');"
        "INSERT INTO offsets VALUES (0, 99);"
    )
    db.close()
    store = SqliteEventStore(path)
    assert len(store) == 0 and store.offsets() == {} and store.source() is None
    request = _request()
    store.apply([lifecycle.running(request)], {0: 1})
    store.close()
    reopened = SqliteEventStore(path)  # the new layout is kept across reopens
    assert _status(reopened, request) == "RUNNING" and reopened.offsets() == {0: 1}
    reopened.close()


def test_changes_resume_after_a_position_per_partition(store: EventStore) -> None:
    first, second, other = _request(), _request(), _request(("o", "q"))
    store.apply(
        [lifecycle.pending(first), lifecycle.pending(second), lifecycle.pending(other)],
        {0: 1, 1: 2},
        positions=[(0, 0), (1, 1), (1, 0)],
    )
    assert [(c.partition, c.offset) for c in store.changes(PROJECT, {}, None, 10)] == [
        (0, 0),
        (1, 1),
    ]
    running = lifecycle.running(first)
    store.apply([running, lifecycle.pending(first)], {0: 3}, positions=[(0, 1), (0, 2)])
    # The late PENDING did not move the event (backwards): it changed last at (0, 1).
    changed = store.changes(PROJECT, {0: 1, 1: 2}, None, 10)
    assert [(c.partition, c.offset) for c in changed] == [(0, 1)]
    assert orjson.loads(changed[0].public)["status"] == "RUNNING"
    assert store.changes(PROJECT, {0: 2, 1: 2}, None, 10) == []
    assert [c.offset for c in store.changes(PROJECT, {}, EventStatus.PENDING, 10)] == [1]
    assert len(store.changes(PROJECT, {}, None, 1)) == 1
