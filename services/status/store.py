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

__all__ = ["EventPage", "EventStore", "MemoryEventStore", "SqliteEventStore"]

Project = tuple[str, str]
EventKey = tuple[str, str, UUID]  # org, project, event id


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


@dataclass(slots=True)
class _Stored:
    snapshot: EventSnapshot
    public: bytes


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
    ) -> None:
        new = self._erasures.add(parts)
        for stored in self._events.values():
            if any(covers(part, stored.snapshot) for part in new):
                stored.snapshot = scrubbed(stored.snapshot)
                stored.public = public_json(stored.snapshot)
        for snapshot in [*snapshots, *self._erasures.events(new)]:
            current = self._events.get(_key(snapshot))
            if lifecycle.newer(current.snapshot if current else None, snapshot):
                prepared = self._erasures.prepared(snapshot)
                self._events[_key(snapshot)] = _Stored(prepared, public_json(prepared))
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
    ) -> None:
        new = self._erasures.add(parts)
        rows = [row(self._erasures.prepared(s)) for s in [*snapshots, *self._erasures.events(new)]]
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
