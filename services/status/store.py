"""The status view's stores: latest snapshot per event, never moving backwards.

Each store applies a batch of lifecycle records (event snapshots and erasure parts)
*and* the consumed offsets in one atomic step, so a restarted replica resumes from its
checkpoint. Events are kept as the rendered JSON of `GET /v1/event/{id}/`, so a poll is
one lookup and no encoding. An erasure's event is made from its parts, and each part
drops the payloads of the add events it covers (`erasures.py`).
`SqliteEventStore` is the durable one; `MemoryEventStore` serves tests and tools.
Both pass one parametrised suite (tests/status/test_store.py).

An event is known by its project and id together: an id is only unique within a
project, so two projects' events never shadow each other whatever ids producers chose.
A checkpoint belongs to the broker and topic it was read from (`source`): the follower
`reset`s the store when they change, and replays the topic it now reads.

Each event also keeps the position (partition, offset) of the lifecycle record that last
changed it: `changes` answers a project's events changed at or after a position per
partition, which is how an event stream resumes (the same on every replica: they all
read the same records at the same offsets).
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
from memstream.contracts.events import ErasurePart, EventSnapshot, EventStatus

from .erasures import ErasureRules, covers, scrub_json, scrubbed
from .rows import SCHEMA, SCHEMA_VERSION, TABLES, UPSERT, covered, public_json, row

__all__ = [
    "EventChange",
    "EventKey",
    "EventPage",
    "EventStore",
    "MemoryEventStore",
    "Position",
    "SqliteEventStore",
]

Project = tuple[str, str]
_MMAP_BYTES = 256 * 1024 * 1024  # about 230k events mapped; the rest read as before
EventKey = tuple[str, str, UUID]  # org, project, event id
Position = tuple[int, int]  # partition and offset of a lifecycle record


@dataclass(frozen=True, slots=True, order=True)
class EventChange:
    """An event as it is now, and where it last changed."""

    partition: int
    offset: int
    public: bytes


@dataclass(frozen=True, slots=True)
class EventPage:
    count: int
    results: list[bytes]  # each the JSON of one EventPublic, newest first


class EventStore(Protocol):
    def apply(
        self,
        snapshots: Sequence[EventSnapshot],
        offsets: Mapping[int, int],
        parts: Sequence[ErasurePart] = (),
        positions: Sequence[Position] = (),
    ) -> None:
        """Apply a batch, and the offsets after it, in one step. `positions`, when given,
        are those of `snapshots` then `parts` on the lifecycle topic."""
        ...

    def get_json(self, event_id: UUID, project: Project) -> bytes | None: ...

    def changes(
        self,
        project: Project,
        since: Mapping[int, int],
        status: EventStatus | None,
        limit: int,
    ) -> list[EventChange]:
        """The project's events last changed at or after `since[partition]` (0 for a
        partition it does not name), in offset order within each partition."""
        ...

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


def _positioned(
    snapshots: Sequence[EventSnapshot],
    parts: Sequence[ErasurePart],
    positions: Sequence[Position],
) -> tuple[list[Position | None], dict[EventKey, Position]]:
    """Each snapshot's position, and each erasure's: that of its latest part here."""
    given: list[Position | None] = list(positions) or [None] * (len(snapshots) + len(parts))
    by_erasure = {
        (part.org_id, part.project_id, part.event_id): position
        for part, position in zip(parts, given[len(snapshots) :], strict=True)
        if position is not None
    }
    return given[: len(snapshots)], by_erasure


@dataclass(slots=True)
class _Stored:
    snapshot: EventSnapshot
    public: bytes
    position: Position | None = None


class MemoryEventStore:
    def __init__(self) -> None:
        self._events: dict[EventKey, _Stored] = {}
        self._offsets: dict[int, int] = {}
        self._source: str | None = None
        self._erasures = ErasureRules()

    def apply(
        self,
        snapshots: Sequence[EventSnapshot],
        offsets: Mapping[int, int],
        parts: Sequence[ErasurePart] = (),
        positions: Sequence[Position] = (),
    ) -> None:
        at, erasures_at = _positioned(snapshots, parts, positions)
        new = self._erasures.add(parts)
        for stored in self._events.values():
            if any(covers(part, stored.snapshot) for part in new):
                stored.snapshot = scrubbed(stored.snapshot)
                stored.public = public_json(stored.snapshot)
        erasures = self._erasures.events(new)
        for snapshot, position in zip(
            [*snapshots, *erasures],
            [*at, *(erasures_at.get(_key(e)) for e in erasures)],
            strict=True,
        ):
            current = self._events.get(_key(snapshot))
            if lifecycle.newer(current.snapshot if current else None, snapshot):
                prepared = self._erasures.prepared(snapshot)
                self._events[_key(snapshot)] = _Stored(prepared, public_json(prepared), position)
        self._offsets.update(offsets)

    def get_json(self, event_id: UUID, project: Project) -> bytes | None:
        stored = self._events.get((*project, event_id))
        return None if stored is None else stored.public

    def changes(
        self,
        project: Project,
        since: Mapping[int, int],
        status: EventStatus | None,
        limit: int,
    ) -> list[EventChange]:
        found = sorted(
            EventChange(*s.position, s.public)
            for s in self._events.values()
            if s.position is not None
            and (s.snapshot.org_id, s.snapshot.project_id) == project
            and s.position[1] >= since.get(s.position[0], 0)
            and (status is None or s.snapshot.status is status)
        )
        return found[:limit]

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
        self._erasures = ErasureRules()
        self._source = source

    def evict(self, created_before: datetime) -> int:
        old = [k for k, s in self._events.items() if s.snapshot.created_at < created_before]
        for key in old:
            del self._events[key]
        self._erasures.evict(created_before)
        return len(old)

    def __len__(self) -> int:
        return len(self._events)

    def close(self) -> None:
        pass


class SqliteEventStore:
    """SQLite in WAL mode: durable, one file per replica, reads never block the writer.

    Read through a memory map: a page SQLite's cache misses (1.7 a poll at 20k events)
    is not a pread call (a lookup 10.0 -> 9.0 us of CPU). Not in exclusive locking mode,
    which would spare a poll's two fcntl calls too (5.6 us) but lock out another replica
    opening the same file (tests/status/test_read_your_writes.py does)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
        self._db.execute("PRAGMA auto_vacuum = INCREMENTAL")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        (version,) = self._db.execute("PRAGMA user_version").fetchone()
        if version != SCHEMA_VERSION:
            with self._transaction():
                for table in TABLES:
                    self._db.execute(f"DROP TABLE IF EXISTS {table}")
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self._db.executescript(SCHEMA)
        held = self._db.execute("SELECT part FROM erasure_parts").fetchall()
        self._erasures = ErasureRules([ErasurePart.model_validate_json(r[0]) for r in held])

    def apply(
        self,
        snapshots: Sequence[EventSnapshot],
        offsets: Mapping[int, int],
        parts: Sequence[ErasurePart] = (),
        positions: Sequence[Position] = (),
    ) -> None:
        at, erasures_at = _positioned(snapshots, parts, positions)
        new = self._erasures.add(parts)
        erasures = self._erasures.events(new)
        rows = [
            row(self._erasures.prepared(s), position)
            for s, position in zip(
                [*snapshots, *erasures],
                [*at, *(erasures_at.get(_key(e)) for e in erasures)],
                strict=True,
            )
        ]
        with self._transaction():
            self._db.executemany(
                "INSERT OR IGNORE INTO erasure_parts "
                "(org_id, project_id, event_id, partition, received_at, part) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        p.org_id,
                        p.project_id,
                        str(p.event_id),
                        p.partition,
                        p.received_at.timestamp(),
                        p.model_dump_json(),
                    )
                    for p in new
                ],
            )
            for part in new:
                self._scrub(part)
            self._db.executemany(UPSERT, rows)
            self._db.executemany(
                "INSERT OR REPLACE INTO offsets (partition, next_offset) VALUES (?, ?)",
                list(offsets.items()),
            )

    def _scrub(self, part: ErasurePart) -> None:
        where, args = covered(part)
        found = self._db.execute(
            f"SELECT org_id, project_id, id, public FROM events WHERE {where}", args
        ).fetchall()
        self._db.executemany(
            "UPDATE events SET public = ? WHERE org_id = ? AND project_id = ? AND id = ?",
            [(scrub_json(bytes(public)), *key) for *key, public in found],
        )

    def get_json(self, event_id: UUID, project: Project) -> bytes | None:
        row = self._db.execute(
            "SELECT public FROM events WHERE org_id = ? AND project_id = ? AND id = ?",
            (*project, str(event_id)),
        ).fetchone()
        return None if row is None else bytes(row[0])

    def changes(
        self,
        project: Project,
        since: Mapping[int, int],
        status: EventStatus | None,
        limit: int,
    ) -> list[EventChange]:
        # One index range per partition: a stream's query never scans the project.
        partitions = sorted({*since, *self.offsets()})
        status_clause = "" if status is None else " AND status = ?"
        found: list[EventChange] = []
        for partition in partitions:
            args: list[object] = [*project, partition, since.get(partition, 0)]
            if status is not None:
                args.append(status.value)
            rows = self._db.execute(
                "SELECT lc_partition, lc_offset, public FROM events WHERE org_id = ? AND "
                f"project_id = ? AND lc_partition = ? AND lc_offset >= ?{status_clause} "
                "ORDER BY lc_offset LIMIT ?",
                [*args, limit - len(found)],
            ).fetchall()
            found += [EventChange(p, o, bytes(public)) for p, o, public in rows]
            if len(found) >= limit:
                break
        return found

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
            self._db.execute("DELETE FROM erasure_parts")
            self._db.execute(
                "INSERT OR REPLACE INTO meta (name, value) VALUES ('source', ?)", (source,)
            )
        self._erasures = ErasureRules()
        self._db.executescript("PRAGMA incremental_vacuum;")

    def evict(self, created_before: datetime) -> int:
        with self._transaction():
            cursor = self._db.execute(
                "DELETE FROM events WHERE created_at < ?", (created_before.timestamp(),)
            )
            self._db.execute(
                "DELETE FROM erasure_parts WHERE received_at < ?", (created_before.timestamp(),)
            )
        self._erasures.evict(created_before)
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
