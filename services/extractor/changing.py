"""Updates and deletes of one memory, applied in order with the adds of its scope (they
share the scope's key). Each writes the memory's point once (text, vector, payload and
history together), then publishes its history item; a redelivery finds its own change
already stored and publishes that item again.

A delete keeps the point, hidden from every read, for its history (`kind: deleted`); an
erasure is what removes points."""

from __future__ import annotations

from typing import Any

from memstream.contracts import payload as fields
from memstream.contracts.changes import ChangeKind, MemoryChange
from memstream.contracts.entities import ENTITY_FIELDS, EntityIds
from memstream.contracts.events import SourcePosition
from memstream.contracts.ids import scope_entry_id, scope_key
from memstream.contracts.mutations import DeleteRecord, UpdateRecord
from memstream.llm.embedders import Embedder
from memstream.llm.errors import UpstreamError
from memstream.observability.logs import get_logger
from memstream.observability.request_ids import RequestContext
from memstream.store.base import Found, MemoryPoint

from .emitter import Emitter
from .errors import PermanentError
from .memories import change_of
from .retry import StoreCalls
from .store import MemoryIndex

__all__ = ["MemoryChanger"]

log = get_logger(__name__)


def _entry_id(payload: dict[str, Any]) -> str:
    entities = EntityIds(**{name: payload.get(name) for name in ENTITY_FIELDS})
    return scope_entry_id(scope_key(payload[fields.ORG_ID], payload[fields.PROJECT_ID], entities))


def _own(record: UpdateRecord | DeleteRecord, payload: dict[str, Any]) -> list[MemoryChange]:
    """The change `record` already made (it is being delivered again)."""
    event_id = record.event_id
    return [c for c in fields.history_of(payload) if c.event_id == event_id][-1:]


class MemoryChanger:
    def __init__(
        self, embedder: Embedder, store: MemoryIndex, emitter: Emitter, stored: StoreCalls
    ) -> None:
        self._embedder = embedder
        self._store = store
        self._emitter = emitter
        self._stored = stored

    async def apply(
        self, record: UpdateRecord | DeleteRecord, source: SourcePosition, context: RequestContext
    ) -> None:
        """Apply the change; publish its history item (acknowledged) once it is stored."""
        try:
            changes = await self._change(record, source)
        except (UpstreamError, PermanentError) as exc:
            # Nothing was written; the caller's wait ends in a 503 (retrying is safe).
            log.warning("change_failed", event_id=str(record.event_id), error=str(exc))
            return
        await self._emitter.changes(changes, context)
        log.info(
            "memory_changed",
            event_id=str(record.event_id),
            change=record.type,
            applied=bool(changes),
        )

    async def _change(
        self, record: UpdateRecord | DeleteRecord, source: SourcePosition
    ) -> list[MemoryChange]:
        memory = str(record.memory_id)
        found = await self._points([memory])
        point = found.get(memory)
        if point is None or (
            point.payload.get(fields.ORG_ID),
            point.payload.get(fields.PROJECT_ID),
        ) != (record.org_id, record.project_id):
            return []  # not there (an earlier delete or erasure): nothing to change
        if point.payload.get(fields.EVENT_ID) == str(record.event_id):
            return _own(record, point.payload)
        if not fields.is_live(point.payload):
            return []
        if isinstance(record, UpdateRecord):
            return await self._update(record, point, source)
        return await self._delete(record, point, source)

    async def _update(
        self, record: UpdateRecord, point: Found, source: SourcePosition
    ) -> list[MemoryChange]:
        if point.payload.get(fields.IMMUTABLE):
            log.warning("immutable_memory_not_updated", memory_id=point.id)
            return []
        update, payload = record.update, point.payload
        sent = update.model_fields_set
        old_text = payload.get(fields.MEMORY)
        text = update.text if "text" in sent and update.text is not None else old_text
        metadata = update.metadata if "metadata" in sent else payload.get(fields.METADATA)
        owner = {**payload, fields.METADATA: metadata}
        change = change_of(
            ChangeKind.UPDATE, point.id, owner, record.event_id, record.received_at, old_text, text
        )
        vector = point.vector
        if text != old_text or vector is None:
            [vector] = await self._embedder.embed([str(text)])
        new = fields.updated_payload(payload, update, change, source)
        await self._upsert([MemoryPoint(point.id, vector, new)])
        return [change]

    async def _delete(
        self, record: DeleteRecord, point: Found, source: SourcePosition
    ) -> list[MemoryChange]:
        payload, at = point.payload, record.received_at
        old = payload.get(fields.MEMORY)
        change = change_of(ChangeKind.DELETE, point.id, payload, record.event_id, at, old, None)
        assert point.vector is not None
        writes = [
            MemoryPoint(point.id, point.vector, fields.deleted_payload(payload, change, source))
        ]
        entry_id = _entry_id(payload)
        entry = (await self._points([entry_id])).get(entry_id)
        if entry is not None and entry.vector is not None:
            counted = fields.scope_payload(
                entry.payload, payload, -1, at, str(record.event_id), source
            )
            writes.append(MemoryPoint(entry_id, entry.vector, counted))
        await self._upsert(writes)
        return [change]

    async def _points(self, ids: list[str]) -> dict[str, Found]:
        found = await self._stored(lambda: self._store.points(ids))
        return {p.id: p for p in found}

    async def _upsert(self, points: list[MemoryPoint]) -> None:
        await self._stored(lambda: self._store.upsert(points))
