"""The status view's stores: latest snapshot per event, never moving backwards.

Each store applies a batch of lifecycle snapshots *and* the consumed offsets in one
atomic step, so a restarted replica resumes from its checkpoint. Events are kept as
the rendered JSON of `GET /v1/event/{id}/`, so a poll is one lookup and no encoding.
`SqliteEventStore` is the durable one; `MemoryEventStore` serves tests and tools.
Both pass one parametrised suite (tests/status/test_store.py).

An event is known by its project and id together: an id is only unique within a
project, so two projects' events never shadow each other whatever ids producers chose.
A checkpoint belongs to the broker and topic it was read from (`source`): the follower
`reset`s the store when they change, and replays the topic it now reads.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol
from uuid import UUID

from memstream.contracts import lifecycle
from memstream.contracts.events import EventPublic, EventSnapshot, EventStatus

__all__ = ["EventPage", "EventStore", "MemoryEventStore", "SqliteEventStore"]

Project = tuple[str, str]
EventKey = tuple[str, str, UUID]  # org, project, event id


@dataclass(frozen=True, slots=True)
class EventPage:
    count: int
    results: list[bytes]  # each the JSON of one EventPublic, newest first


class EventStore(Protocol):
    def apply(self, snapshots: Sequence[EventSnapshot], offsets: Mapping[int, int]) -> None: ...

    def get_json(self, event_id: UUID, project: Project) -> bytes | None: ...

    def page(
        self, project: Project, status: EventStatus | None, offset: int, limit: int
    ) -> EventPage: ...

    def offsets(self) -> dict[int, int]: ...

    def source(self) -> str | None:
        """The broker and topic the checkpoint was read from; None for a new store."""
        ...

    def reset(self, source: str) -> None:
        """Forget every event and offset: the store is rebuilt from `source`."""
        ...

    def evict(self, created_before: datetime) -> int: ...

    def __len__(self) -> int: ...

    def close(self) -> None: ...


def _key(snapshot: EventSnapshot) -> EventKey:
    return (snapshot.org_id, snapshot.project_id, snapshot.id)


def _public_json(snapshot: EventSnapshot) -> bytes:
    return EventPublic.of(snapshot).model_dump_json().encode()


@dataclass(slots=True)
class _Stored:
    snapshot: EventSnapshot
    public: bytes


class MemoryEventStore:
    def __init__(self) -> None:
        self._events: dict[EventKey, _Stored] = {}
        self._offsets: dict[int, int] = {}
        self._source: str | None = None

    def apply(self, snapshots: Sequence[EventSnapshot], offsets: Mapping[int, int]) -> None:
        for snapshot in snapshots:
            current = self._events.get(_key(snapshot))
            if lifecycle.newer(current.snapshot if current else None, snapshot):
                self._events[_key(snapshot)] = _Stored(snapshot, _public_json(snapshot))
        self._offsets.update(offsets)

    def get_json(self, event_id: UUID, project: Project) -> bytes | None:
        stored = self._events.get((*project, event_id))
        return None if stored is None else stored.public

    def page(
        self, project: Project, status: EventStatus | None, offset: int, limit: int
    ) -> EventPage:
        matching = sorted(
            (
                s
                for s in self._events.values()
                if (s.snapshot.org_id, s.snapshot.project_id) == project
                and (status is None or s.snapshot.status is status)
            ),
            key=lambda s: (s.snapshot.created_at, str(s.snapshot.id)),
            reverse=True,
        )
        return EventPage(len(matching), [s.public for s in matching[offset : offset + limit]])

    def offsets(self) -> dict[int, int]:
        return dict(self._offsets)

    def source(self) -> str | None:
        return self._source

    def reset(self, source: str) -> None:
        self._events.clear()
        self._offsets.clear()
        self._source = source

    def evict(self, created_before: datetime) -> int:
        old = [k for k, s in self._events.items() if s.snapshot.created_at < created_before]
        for key in old:
            del self._events[key]
        return len(old)

    def __len__(self) -> int:
        return len(self._events)

    def close(self) -> None:
        pass


# The layout's version, in SQLite's `user_version`. A store of another version (version
# 1 keyed events by id alone) is dropped and replayed from the topic, never misread.
SCHEMA_VERSION = 2
_TABLES = ("events", "offsets", "meta")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    org_id TEXT NOT NULL,
    project_id TEXT NOT NULL,
    id TEXT NOT NULL,
    status TEXT NOT NULL,
    rank INTEGER NOT NULL,
    created_at REAL NOT NULL,
    public BLOB NOT NULL,
    PRIMARY KEY (org_id, project_id, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS events_by_project
    ON events (org_id, project_id, created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS events_by_project_status
    ON events (org_id, project_id, status, created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS events_by_age ON events (created_at);
CREATE TABLE IF NOT EXISTS offsets (partition INTEGER PRIMARY KEY, next_offset INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# A later status wins; among final statuses the first one stays (equal rank).
_UPSERT = """
INSERT INTO events (org_id, project_id, id, status, rank, created_at, public)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (org_id, project_id, id) DO UPDATE SET
    status = excluded.status, rank = excluded.rank, public = excluded.public
WHERE excluded.rank > events.rank
"""


class SqliteEventStore:
    """SQLite in WAL mode: durable, one file per replica, reads never block the writer."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA auto_vacuum = INCREMENTAL")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        (version,) = self._db.execute("PRAGMA user_version").fetchone()
        if version != SCHEMA_VERSION:
            with self._transaction():
                for table in _TABLES:
                    self._db.execute(f"DROP TABLE IF EXISTS {table}")
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self._db.executescript(_SCHEMA)

    def apply(self, snapshots: Sequence[EventSnapshot], offsets: Mapping[int, int]) -> None:
        rows = [
            (
                s.org_id,
                s.project_id,
                str(s.id),
                s.status.value,
                lifecycle.rank(s.status),
                s.created_at.timestamp(),
                _public_json(s),
            )
            for s in snapshots
        ]
        with self._transaction():
            self._db.executemany(_UPSERT, rows)
            self._db.executemany(
                "INSERT OR REPLACE INTO offsets (partition, next_offset) VALUES (?, ?)",
                list(offsets.items()),
            )

    def get_json(self, event_id: UUID, project: Project) -> bytes | None:
        row = self._db.execute(
            "SELECT public FROM events WHERE org_id = ? AND project_id = ? AND id = ?",
            (*project, str(event_id)),
        ).fetchone()
        return None if row is None else bytes(row[0])

    def page(
        self, project: Project, status: EventStatus | None, offset: int, limit: int
    ) -> EventPage:
        where, args = "org_id = ? AND project_id = ?", [*project]
        if status is not None:
            where += " AND status = ?"
            args.append(status.value)
        (count,) = self._db.execute(f"SELECT count(*) FROM events WHERE {where}", args).fetchone()
        rows = self._db.execute(
            f"SELECT public FROM events WHERE {where} "
            "ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
            [*args, limit, offset],
        ).fetchall()
        return EventPage(count, [bytes(r[0]) for r in rows])

    def offsets(self) -> dict[int, int]:
        return dict(self._db.execute("SELECT partition, next_offset FROM offsets").fetchall())

    def source(self) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE name = 'source'").fetchone()
        return None if row is None else str(row[0])

    def reset(self, source: str) -> None:
        with self._transaction():
            self._db.execute("DELETE FROM events")
            self._db.execute("DELETE FROM offsets")
            self._db.execute(
                "INSERT OR REPLACE INTO meta (name, value) VALUES ('source', ?)", (source,)
            )
        self._db.executescript("PRAGMA incremental_vacuum;")

    def evict(self, created_before: datetime) -> int:
        with self._transaction():
            cursor = self._db.execute(
                "DELETE FROM events WHERE created_at < ?", (created_before.timestamp(),)
            )
        # executescript steps the pragma to the end; execute() would free a single page.
        self._db.executescript("PRAGMA incremental_vacuum;")
        return cursor.rowcount

    def size_bytes(self) -> int:
        (pages,) = self._db.execute("PRAGMA page_count").fetchone()
        (page_size,) = self._db.execute("PRAGMA page_size").fetchone()
        return int(pages * page_size)

    def __len__(self) -> int:
        (count,) = self._db.execute("SELECT count(*) FROM events").fetchone()
        return int(count)

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")
