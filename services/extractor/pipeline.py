"""One add request, end to end: RUNNING → extract → embed → upsert → SUCCEEDED | FAILED."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Container
from typing import TypeVar

from aiokafka import ConsumerRecord
from aiokafka.errors import MessageSizeTooLargeError

from memstream.contracts import lifecycle
from memstream.contracts.events import EventSnapshot, MemoryResult
from memstream.contracts.payload import point_payload
from memstream.contracts.requests import AddRequest
from memstream.llm.embedders import Embedder
from memstream.llm.errors import UpstreamError
from memstream.observability import metrics, tracing
from memstream.observability.logs import REQUEST_ID, get_logger
from memstream.observability.request_ids import (
    RequestContext,
    context_from_headers,
    context_from_record,
)
from memstream.store.base import MemoryPoint
from memstream.store.errors import is_transient_store_error

from .decode import Poison, RecordPosition, decode_request
from .emitter import Emitter
from .errors import PermanentError
from .extraction import Extractor, verbatim_memories
from .memories import candidates, result_of, select_new
from .retry import retry_until
from .store import MemoryIndex

__all__ = ["Pipeline"]

log = get_logger(__name__)
T = TypeVar("T")


class Pipeline:
    def __init__(
        self,
        extractor: Extractor,
        embedder: Embedder,
        store: MemoryIndex,
        emitter: Emitter,
        max_record_bytes: int,
        store_retry_deadline_s: float,
        known_projects: Container[tuple[str, str]],
    ) -> None:
        self._extractor = extractor
        self._embedder = embedder
        self._store = store
        self._emitter = emitter
        self._max_record_bytes = max_record_bytes
        self._store_retry_deadline_s = store_retry_deadline_s
        self._known_projects = known_projects

    async def handle(self, record: ConsumerRecord[bytes, bytes]) -> None:
        """Process one polled record; returns once its outcome is durable on the broker."""
        context = context_from_record(record.headers or ()) or context_from_headers(None, None)
        attributes = {
            "messaging.system": "kafka",
            "messaging.destination.name": record.topic,
            "messaging.destination.partition.id": str(record.partition),
            "messaging.kafka.offset": record.offset,
        }
        token = REQUEST_ID.set(context.request_id)
        try:
            with tracing.span(
                "requests process", tracing.SpanKind.CONSUMER, record.headers, attributes
            ):
                await self._handle(record, context)
        finally:
            REQUEST_ID.reset(token)

    async def _handle(self, record: ConsumerRecord[bytes, bytes], context: RequestContext) -> None:
        position = RecordPosition(record.topic, record.partition, record.offset, record.timestamp)
        decoded = decode_request(
            record.value, position, self._max_record_bytes, self._known_projects
        )
        if isinstance(decoded, Poison):
            await self._reject(record, decoded, context)
            return
        started = time.perf_counter()
        final = await self.process(decoded, context)
        try:
            await self._emitter.final(final, context)
        except MessageSizeTooLargeError:
            # Permanent: retrying in place would block the scope forever. End the event
            # with a record small enough to go through.
            error = "the event's results are too large to publish; send fewer messages"
            final = lifecycle.failed(lifecycle.running(decoded), error).model_copy(
                update={"payload": {}, "metadata": None}
            )
            await self._emitter.final(final, context)
        metrics.EVENTS_FINISHED.labels(final.status.value).inc()
        metrics.EVENT_DURATION.labels(final.status.value).observe(time.perf_counter() - started)
        log.info(
            "event_finished",
            event_id=str(final.id),
            status=final.status.value,
            memories=len(final.results or []),
        )

    async def process(self, request: AddRequest, context: RequestContext) -> EventSnapshot:
        running = lifecycle.running(request)
        await self._emitter.progress(running, context)
        try:
            results = await self._memories(request)
        except (PermanentError, UpstreamError) as exc:
            return lifecycle.failed(running, str(exc))
        except Exception as exc:
            log.exception("event_crashed", event_id=str(request.event_id))
            return lifecycle.failed(running, f"internal error ({type(exc).__name__})")
        return lifecycle.succeeded(running, results)

    async def _memories(self, request: AddRequest) -> list[MemoryResult]:
        if request.infer:
            texts = await self._extractor.extract(request.messages, request.custom_instructions)
        else:
            texts = verbatim_memories(request.messages)
        found = candidates(request, texts)
        owners = await self._with_store(lambda: self._store.owners([c.id for c in found]))
        results, to_write = select_new(request, found, owners)
        vectors = await self._embedder.embed([c.text for c in to_write])
        points = [
            MemoryPoint(c.id, vector, point_payload(request, c.text))
            for c, vector in zip(to_write, vectors, strict=True)
        ]
        await self._with_store(lambda: self._store.upsert(points))
        return [result_of(request, c) for c in results]

    async def _with_store(self, operation: Callable[[], Awaitable[T]]) -> T:
        """Qdrant unavailable: wait with backoff up to the deadline, then fail the event."""
        try:
            return await retry_until(
                operation,
                transient=is_transient_store_error,
                deadline_s=self._store_retry_deadline_s,
                on_retry=self._on_store_retry,
            )
        except Exception as exc:
            if is_transient_store_error(exc):
                raise UpstreamError(
                    f"the memory store was unavailable for {self._store_retry_deadline_s:.0f} s"
                ) from exc
            raise

    @staticmethod
    def _on_store_retry(exc: Exception) -> None:
        metrics.RETRIES.labels("qdrant").inc()
        log.warning("store_retry", error=type(exc).__name__)

    async def _reject(
        self, record: ConsumerRecord[bytes, bytes], poison: Poison, context: RequestContext
    ) -> None:
        await self._emitter.dead_letter(record, poison, context)
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
                lifecycle.rejected(poison.event_id, poison.org_id, poison.project_id, error),
                context,
            )
            metrics.EVENTS_FINISHED.labels("FAILED").inc()
