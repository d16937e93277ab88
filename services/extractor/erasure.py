"""An erasure, applied by one partition of the requests topic.

The runner runs it as a barrier: every record before it in the partition has finished
(and its offset is committed), none after it has started. It removes what records before
it in this partition wrote for the entity: its memories, deleted memories kept for their
history, and its scopes' registry entries. Page by page it first publishes an erased
DELETE for each memory (so consumers drop their history), then deletes the points. Once
none is left it publishes its part; the erasure's event ends when every partition's part
is on the lifecycle topic. Applied again (a redelivery), it finds less or nothing to do,
and never touches what records after it wrote.
"""

from __future__ import annotations

from datetime import UTC, datetime

from qdrant_client import models

from memstream.contracts import payload as fields
from memstream.contracts.changes import ChangeKind, MemoryChange
from memstream.contracts.events import ErasurePart, SourcePosition
from memstream.contracts.mutations import EraseRecord
from memstream.llm.errors import UpstreamError
from memstream.observability.logs import get_logger
from memstream.observability.request_ids import RequestContext
from memstream.store.base import Found

from .emitter import Emitter
from .errors import PermanentError
from .memories import change_of
from .retry import StoreCalls
from .store import MemoryIndex

__all__ = ["Eraser", "erasure_filter"]

log = get_logger(__name__)


def _equals(key: str, value: str | int) -> models.FieldCondition:
    return models.FieldCondition(key=key, match=models.MatchValue(value=value))


def erasure_filter(record: EraseRecord, source: SourcePosition) -> models.Filter:
    """The entity's points written by records before `source` in its partition (and
    points from before memstream recorded where a point came from)."""
    must: list[models.Condition] = [
        _equals(fields.ORG_ID, record.org_id),
        _equals(fields.PROJECT_ID, record.project_id),
    ]
    must += [
        _equals(name, value)
        for name, value in record.entities.entity_values().items()
        if value is not None
    ]
    written_before = models.Filter(
        must=[
            _equals(fields.SOURCE_PARTITION, source.partition),
            models.FieldCondition(key=fields.SOURCE_OFFSET, range=models.Range(lt=source.offset)),
        ]
    )
    unrecorded = models.IsEmptyCondition(is_empty=models.PayloadField(key=fields.SOURCE_PARTITION))
    must.append(models.Filter(should=[written_before, unrecorded]))
    return models.Filter(must=must)


def _erased(record: EraseRecord, found: Found) -> MemoryChange:
    """The erased DELETE of one memory: who it belonged to, without its text or metadata."""
    owner = {**found.payload, fields.METADATA: None}
    at = record.received_at
    return change_of(ChangeKind.DELETE, found.id, owner, record.event_id, at, None, None, True)


class Eraser:
    def __init__(
        self, store: MemoryIndex, emitter: Emitter, stored: StoreCalls, page_size: int
    ) -> None:
        self._store = store
        self._emitter = emitter
        self._stored = stored
        self._page_size = page_size

    async def apply(
        self, record: EraseRecord, source: SourcePosition, context: RequestContext
    ) -> None:
        error, deleted = None, 0
        try:
            deleted = await self._erase(record, erasure_filter(record, source), context)
        except (UpstreamError, PermanentError) as exc:
            error = f"The erasure did not complete: {exc}"
        part = ErasurePart(
            event_id=record.event_id,
            org_id=record.org_id,
            project_id=record.project_id,
            entities=record.entities,
            partition=source.partition,
            parts=record.parts,
            offset=source.offset,
            received_at=record.received_at,
            applied_at=datetime.now(UTC),
            deleted=deleted,
            error=error,
        )
        await self._emitter.part(part, context)
        log.info(
            "erasure_part_applied",
            event_id=str(record.event_id),
            partition=source.partition,
            deleted=deleted,
            failed=error is not None,
        )

    async def _erase(
        self, record: EraseRecord, where: models.Filter, context: RequestContext
    ) -> int:
        deleted = 0
        while True:
            page = await self._stored(lambda: self._store.scroll(where, self._page_size))
            if not page:
                return deleted
            memories = [f for f in page if f.payload.get(fields.KIND) != fields.SCOPE]
            await self._emitter.changes([_erased(record, f) for f in memories], context)
            ids = [f.id for f in page]
            await self._stored(lambda: self._store.delete(ids))  # noqa: B023
            deleted += sum(1 for f in memories if fields.is_live(f.payload))
