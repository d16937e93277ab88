"""The status view's stores: latest snapshot per event, never moving backwards.

Each store applies a batch of lifecycle records (event snapshots and erasure parts)
*and* the consumed offsets in one atomic step, so a restarted replica resumes from its
checkpoint. Events are kept as the rendered JSON of `GET /v1/event/{id}/`, so a poll is
one lookup and no encoding. An erasure's event is made from its parts, and each part
drops the payloads of the add events it covers (`erasures.py`).
`SqliteEventStore` is the durable one; `MemoryEventStore` serves tests and tools.
Both pass one parametrised suite (tests/status/test_store.py).
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
from .rows import ERASURE_COLUMNS, SCHEMA, UPSERT, covered, public_json, row

__all__ = ["EventPage", "EventStore", "MemoryEventStore", "SqliteEventStore"]

Project = tuple[str, str]


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
    ) -> None: ...

    def get_json(self, event_id: UUID, project: Project) -> bytes | None: ...

    def page(
        self, project: Project, status: EventStatus | None, offset: int, limit: int
    ) -> EventPage: ...

    def offsets(self) -> dict[int, int]: ...

    def evict(self, created_before: datetime) -> int: ...

    def __len__(self) -> int: ...

    def close(self) -> None: ...


def _project(snapshot: EventSnapshot) -> Project:
    return (snapshot.org_id, snapshot.project_id)


@dataclass(slots=True)
class _Stored:
    snapshot: EventSnapshot
    public: bytes


class MemoryEventStore:
    def __init__(self) -> None:
        self._events: dict[UUID, _Stored] = {}
        self._offsets: dict[int, int] = {}
        self._erasures = ErasureRules()

    def apply(
        self,
        snapshots: Sequence[EventSnapshot],
        offsets: Mapping[int, int],
        parts: Sequence[ErasurePart] = (),
    ) -> None:
        new = self._erasures.add(parts)
        for stored in self._events.values():
            if any(covers(part, stored.snapshot) for part in new):
                stored.snapshot = scrubbed(stored.snapshot)
                stored.public = public_json(stored.snapshot)
        for snapshot in [*snapshots, *self._erasures.events(new)]:
            current = self._events.get(snapshot.id)
            if current is not None and _project(current.snapshot) != _project(snapshot):
                continue
            if lifecycle.newer(current.snapshot if current else None, snapshot):
                prepared = self._erasures.prepared(snapshot)
                self._events[snapshot.id] = _Stored(prepared, public_json(prepared))
        self._offsets.update(offsets)

    def get_json(self, event_id: UUID, project: Project) -> bytes | None:
        stored = self._events.get(event_id)
        if stored is None or (stored.snapshot.org_id, stored.snapshot.project_id) != project:
            return None
        return stored.public

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
    """SQLite in WAL mode: durable, one file per replica, reads never block the writer."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA auto_vacuum = INCREMENTAL")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.executescript(SCHEMA)
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(events)")}
        for name, kind in ERASURE_COLUMNS.items():
            if name not in columns:  # a store made before erasures
                self._db.execute(f"ALTER TABLE events ADD COLUMN {name} {kind}")
        held = self._db.execute("SELECT part FROM erasure_parts").fetchall()
        self._erasures = ErasureRules([ErasurePart.model_validate_json(r[0]) for r in held])

    def apply(
        self,
        snapshots: Sequence[EventSnapshot],
        offsets: Mapping[int, int],
        parts: Sequence[ErasurePart] = (),
    ) -> None:
        new = self._erasures.add(parts)
        events = [*snapshots, *self._erasures.events(new)]
        rows = [row(self._erasures.prepared(s)) for s in events]
        with self._transaction():
            self._db.executemany(
                "INSERT OR IGNORE INTO erasure_parts (event_id, partition, received_at, part) "
                "VALUES (?, ?, ?, ?)",
                [
                    (str(p.event_id), p.partition, p.received_at.timestamp(), p.model_dump_json())
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
        found = self._db.execute(f"SELECT id, public FROM events WHERE {where}", args).fetchall()
        self._db.executemany(
            "UPDATE events SET public = ? WHERE id = ?",
            [(scrub_json(bytes(public)), event_id) for event_id, public in found],
        )

    def get_json(self, event_id: UUID, project: Project) -> bytes | None:
        row = self._db.execute(
            "SELECT public FROM events WHERE id = ? AND org_id = ? AND project_id = ?",
            (str(event_id), *project),
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
