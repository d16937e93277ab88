"""How the SQLite status store holds events: its schema, an event's row and rendered
JSON, and the SQL that finds the add events an erasure's part covers."""

from __future__ import annotations

from memstream.contracts import lifecycle
from memstream.contracts.events import ErasurePart, EventPublic, EventSnapshot

from .erasures import entity_columns

__all__ = ["SCHEMA", "SCHEMA_VERSION", "TABLES", "UPSERT", "covered", "public_json", "row"]


def public_json(snapshot: EventSnapshot) -> bytes:
    return EventPublic.of(snapshot).model_dump_json().encode()


# The layout's version, in SQLite's `user_version`. A store of another version is dropped
# and replayed from the topic, never misread (version 1 keyed events by id alone; version
# 2 had no erasure parts and no entity ids or request positions to match them on; version
# 3 did not record the lifecycle record that last changed an event, which streams resume by).
SCHEMA_VERSION = 4
TABLES = ("events", "offsets", "meta", "erasure_parts")
SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    org_id TEXT NOT NULL,
    project_id TEXT NOT NULL,
    id TEXT NOT NULL,
    status TEXT NOT NULL,
    rank INTEGER NOT NULL,
    created_at REAL NOT NULL,
    public BLOB NOT NULL,
    user_id TEXT,
    agent_id TEXT,
    app_id TEXT,
    run_id TEXT,
    src_partition INTEGER,
    src_offset INTEGER,
    lc_partition INTEGER,
    lc_offset INTEGER,
    PRIMARY KEY (org_id, project_id, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS events_by_change
    ON events (org_id, project_id, lc_partition, lc_offset);
CREATE INDEX IF NOT EXISTS events_by_project
    ON events (org_id, project_id, created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS events_by_project_status
    ON events (org_id, project_id, status, created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS events_by_age ON events (created_at);
CREATE TABLE IF NOT EXISTS offsets (partition INTEGER PRIMARY KEY, next_offset INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS erasure_parts (
    org_id TEXT NOT NULL,
    project_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    partition INTEGER NOT NULL,
    received_at REAL NOT NULL,
    part BLOB NOT NULL,
    PRIMARY KEY (org_id, project_id, event_id, partition)
) WITHOUT ROWID;
"""

# A later status wins; among final statuses the first one stays (equal rank). The lifecycle
# position moves with the status: where the event last changed, which streams resume by.
UPSERT = """
INSERT INTO events (org_id, project_id, id, status, rank, created_at, public,
    user_id, agent_id, app_id, run_id, src_partition, src_offset, lc_partition, lc_offset)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (org_id, project_id, id) DO UPDATE SET
    status = excluded.status, rank = excluded.rank, public = excluded.public,
    src_partition = coalesce(excluded.src_partition, events.src_partition),
    src_offset = coalesce(excluded.src_offset, events.src_offset),
    lc_partition = excluded.lc_partition, lc_offset = excluded.lc_offset
WHERE excluded.rank > events.rank
"""


def row(snapshot: EventSnapshot, position: tuple[int, int] | None = None) -> tuple[object, ...]:
    """The row of `snapshot`, applied from the lifecycle record at `position` (partition,
    offset; None when it came from elsewhere, as in tests and tools)."""
    source = snapshot.source
    return (
        snapshot.org_id,
        snapshot.project_id,
        str(snapshot.id),
        snapshot.status.value,
        lifecycle.rank(snapshot.status),
        snapshot.created_at.timestamp(),
        public_json(snapshot),
        *entity_columns(snapshot).values(),
        None if source is None else source.partition,
        None if source is None else source.offset,
        *(position or (None, None)),
    )


def covered(part: ErasurePart) -> tuple[str, list[object]]:
    """SQL for the add events `part` covers (as `erasures.covers` decides)."""
    where = ["org_id = ?", "project_id = ?"]
    args: list[object] = [part.org_id, part.project_id]
    for name, value in part.entities.entity_values().items():
        if value is not None:
            where.append(f"{name} = ?")
            args.append(value)
    where.append(
        "((src_partition = ? AND src_offset < ?) OR (src_partition IS NULL AND created_at < ?))"
    )
    args += [part.partition, part.offset, part.received_at.timestamp()]
    return " AND ".join(where), args
