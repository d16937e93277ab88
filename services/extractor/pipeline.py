"""One add request, end to end: RUNNING → extract → embed → upsert → SUCCEEDED | FAILED."""

from __future__ import annotations

from aiokafka import ConsumerRecord

from memstream import lifecycle
from memstream.contracts import AddRequestRecord, EventSnapshot, MemoryResult
from memstream.logs import get_logger
from services.extractor.decode import Poison, decode_request
from services.extractor.embeddings import Embedder
from services.extractor.emitter import Emitter
from services.extractor.errors import PermanentError
from services.extractor.extraction import Extractor, verbatim_memories
from services.extractor.memories import (
    candidates,
    point_payload,
    result_of,
    select_new,
)
from services.extractor.store import MemoryPoint, MemoryStore

__all__ = ["Pipeline"]

log = get_logger(__name__)


class Pipeline:
    def __init__(
        self,
        extractor: Extractor,
        embedder: Embedder,
        store: MemoryStore,
        emitter: Emitter,
        max_record_bytes: int,
    ) -> None:
        self._extractor = extractor
        self._embedder = embedder
        self._store = store
        self._emitter = emitter
        self._max_record_bytes = max_record_bytes

    async def handle(self, record: ConsumerRecord[bytes, bytes]) -> None:
        """Process one polled record; returns once its outcome is durable on the broker."""
        decoded = decode_request(record.value, self._max_record_bytes)
        if isinstance(decoded, Poison):
            await self._reject(record, decoded)
            return
        final = await self.process(decoded)
        await self._emitter.final(final)
        log.info(
            "event_finished",
            event_id=str(final.id),
            status=final.status.value,
            memories=len(final.results or []),
        )

    async def process(self, request: AddRequestRecord) -> EventSnapshot:
        running = lifecycle.running(request)
        await self._emitter.progress(running)
        try:
            results = await self._memories(request)
        except PermanentError as exc:
            return lifecycle.failed(running, str(exc))
        except Exception as exc:
            log.exception("event_crashed", event_id=str(request.event_id))
            return lifecycle.failed(running, f"internal error ({type(exc).__name__})")
        return lifecycle.succeeded(running, results)

    async def _memories(self, request: AddRequestRecord) -> list[MemoryResult]:
        if request.infer:
            texts = await self._extractor.extract(request.messages, request.custom_instructions)
        else:
            texts = verbatim_memories(request.messages)
        found = candidates(request, texts)
        owners = await self._store.owners([c.id for c in found])
        results, to_write = select_new(request, found, owners)
        vectors = await self._embedder.embed([c.text for c in to_write])
        await self._store.upsert(
            [
                MemoryPoint(c.id, vector, point_payload(request, c))
                for c, vector in zip(to_write, vectors, strict=True)
            ]
        )
        return [result_of(request, c) for c in results]

    async def _reject(self, record: ConsumerRecord[bytes, bytes], poison: Poison) -> None:
        await self._emitter.dead_letter(record, poison)
        log.warning(
            "record_dead_lettered",
            reason=poison.reason,
            partition=record.partition,
            offset=record.offset,
            event_id=str(poison.event_id) if poison.event_id else None,
        )
        if poison.event_id and poison.org_id and poison.project_id:
            error = f"The request record was rejected ({poison.reason}): {poison.detail}"
            await self._emitter.final(
                lifecycle.rejected(poison.event_id, poison.org_id, poison.project_id, error)
            )
