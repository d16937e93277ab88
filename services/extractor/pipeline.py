"""One add request, end to end: RUNNING → extract → embed → upsert → SUCCEEDED | FAILED."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TypeVar

from aiokafka import ConsumerRecord
from aiokafka.errors import MessageSizeTooLargeError

from memstream.contracts import lifecycle
from memstream.contracts.errors import FieldValueError
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
from memstream.store.errors import (
    StoreFault,
    is_transient_store_error,
    rejection_detail,
    store_fault,
)

from .decode import Poison, RecordPosition, RecordRules, decode_request
from .emitter import Emitter
from .errors import PermanentError, StageError, StoreRejectedError
from .extraction import Extractor, verbatim_memories
from .finished import FinishedEvents
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
        rules: RecordRules,
        store_retry_deadline_s: float,
    ) -> None:
        self._extractor = extractor
        self._embedder = embedder
        self._store = store
        self._emitter = emitter
        self._rules = rules
        self._store_retry_deadline_s = store_retry_deadline_s
        self.finished = FinishedEvents()

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
        decoded = decode_request(record.value, position, self._rules, datetime.now(UTC))
        if isinstance(decoded, Poison):
            await self._reject(record, decoded, context)
            return
        event = (decoded.org_id, decoded.project_id, decoded.event_id)
        if self.finished.ended(event, time.monotonic()):
            metrics.DUPLICATES_SKIPPED.inc()
            log.info("duplicate_skipped", event_id=str(decoded.event_id), offset=record.offset)
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
        self.finished.add(event, time.monotonic())
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
        except (PermanentError, UpstreamError, FieldValueError) as exc:
            return lifecycle.failed(running, str(exc))
        except StageError as exc:
            cause = type(exc.__cause__).__name__
            log.error("event_crashed", event_id=str(request.event_id), stage=exc.stage, error=cause)
            return lifecycle.failed(running, f"internal error while {exc.stage} ({cause})")
        return lifecycle.succeeded(running, results)

    async def _memories(self, request: AddRequest) -> list[MemoryResult]:
        """The event's results. An unexpected failure comes out as a `StageError` naming
        the step; one a field of the request causes, as a `FieldValueError` naming it."""
        stage = "extracting memories"
        try:
            if request.infer:
                texts = await self._extractor.extract(request.messages, request.custom_instructions)
            else:
                texts = verbatim_memories(request.messages)
            stage = "looking up existing memories"
            found = candidates(request, texts)
            owners = await self._with_store(lambda: self._store.owners([c.id for c in found]))
            results, to_write = select_new(request, found, owners)
            stage = "embedding memories"
            vectors = await self._embedder.embed([c.text for c in to_write])
            stage = "storing memories"
            points = [
                MemoryPoint(c.id, vector, point_payload(request, c.text))
                for c, vector in zip(to_write, vectors, strict=True)
            ]
            await self._with_store(lambda: self._store.upsert(points))
        except (PermanentError, UpstreamError, FieldValueError):
            raise
        except Exception as exc:
            raise StageError(stage) from exc
        return [result_of(request, c) for c in results]

    async def _with_store(self, operation: Callable[[], Awaitable[T]]) -> T:
        """Qdrant unavailable: wait with backoff up to the deadline, then fail the event.
        A request the store refuses (a 4xx, or a 500 while the store answers other
        calls) fails the event at once: retrying would hold its scope for nothing."""
        try:
            return await retry_until(
                lambda: self._refusals_named(operation),
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

    async def _refusals_named(self, operation: Callable[[], Awaitable[T]]) -> T:
        try:
            return await operation()
        except Exception as exc:
            fault = store_fault(exc)
            if fault is StoreFault.REJECTED or (
                fault is StoreFault.FAILED and await self._store.healthy()
            ):
                detail = rejection_detail(exc)
                log.warning("store_rejected", error=detail[:200])
                raise StoreRejectedError(
                    f"the memory store refused the memories ({detail})"
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
