"""One requests-topic record, end to end. An add: RUNNING → extract → embed → upsert →
SUCCEEDED | FAILED, its memories' history items on the changes topic. An update or delete
of one memory (`changing.py`), or an erasure (`erasure.py`, run as a barrier)."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TypeVar

from aiokafka import ConsumerRecord
from aiokafka.errors import MessageSizeTooLargeError

from memstream.contracts import lifecycle
from memstream.contracts.changes import MemoryChange
from memstream.contracts.errors import FieldValueError
from memstream.contracts.events import EventSnapshot, MemoryResult, SourcePosition
from memstream.contracts.mutations import BARRIER_HEADER, EraseRecord
from memstream.contracts.projects import ProjectSettings
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
from memstream.settings import ExtractorSettings

from .adding import Adder
from .changing import MemoryChanger
from .decode import Poison, RecordPosition, RecordRules, decode_request, erasure_poison
from .emitter import Emitter
from .erasure import Eraser
from .errors import PermanentError, StageError
from .extraction import Extractor
from .finished import FinishedEvents
from .retry import StoreCalls
from .store import MemoryIndex

__all__ = ["Pipeline", "is_barrier"]

log = get_logger(__name__)
T = TypeVar("T")


def is_barrier(record: ConsumerRecord[bytes, bytes]) -> bool:
    """Whether the runner must run `record` alone in its partition (an erasure)."""
    return any(name == BARRIER_HEADER for name, _ in record.headers or ())


class Pipeline:
    def __init__(
        self,
        extractor: Extractor,
        embedder: Embedder,
        store: MemoryIndex,
        emitter: Emitter,
        rules: RecordRules,
        settings: ExtractorSettings,
        projects: Callable[[str, str], ProjectSettings] = ProjectSettings.defaults,
        partitions: Callable[[str, int], Awaitable[int | None]] | None = None,
    ) -> None:
        """`partitions(topic, at_least)`: how many partitions the requests topic has (None:
        unknown), asked again when fewer than `at_least` are known."""
        self._emitter = emitter
        self._rules = rules
        self._partitions = partitions
        self._stored = StoreCalls(store.healthy, settings.store_retry_deadline_s)
        self._adder = Adder(extractor, embedder, store, self._stored, settings, projects)
        self._changer = MemoryChanger(embedder, store, emitter, self._stored)
        self._eraser = Eraser(store, emitter, self._stored, settings.erase_page_size)
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
        if isinstance(decoded, EraseRecord):
            decoded = await self._erasure_checked(record, decoded)
        if isinstance(decoded, Poison):
            await self._reject(record, decoded, context)
        elif isinstance(decoded, AddRequest):
            await self._add(decoded, record.offset, position.source, context)
        elif isinstance(decoded, EraseRecord):
            await self._eraser.apply(decoded, position.source, context)
        else:
            await self._changer.apply(decoded, position.source, context)

    async def _erasure_checked(
        self, record: ConsumerRecord[bytes, bytes], erasure: EraseRecord
    ) -> EraseRecord | Poison:
        """The erasure, or poison when it is written by hand in a way it cannot end."""
        barrier = is_barrier(record)
        partitions = None
        if barrier and self._partitions is not None:
            partitions = await self._partitions(record.topic, erasure.parts)
        return erasure_poison(erasure, barrier, partitions) or erasure

    async def _add(
        self, request: AddRequest, offset: int, source: SourcePosition, context: RequestContext
    ) -> None:
        event = (request.org_id, request.project_id, request.event_id)
        if self.finished.ended(event, time.monotonic()):
            metrics.DUPLICATES_SKIPPED.inc()
            log.info("duplicate_skipped", event_id=str(request.event_id), offset=offset)
            return
        started = time.perf_counter()
        final, changes = await self.process(request, source, context)
        acknowledged = await self._emitter.send_changes(changes, context)
        try:
            await self._emitter.final(final, context)
        except MessageSizeTooLargeError:
            # Permanent: retrying in place would block the scope forever. End the event
            # with a record small enough to go through.
            error = "the event's results are too large to publish; send fewer messages"
            final = lifecycle.failed(lifecycle.running(request, source), error).model_copy(
                update={"payload": {}, "metadata": None}
            )
            await self._emitter.final(final, context)
        await acknowledged
        self.finished.add(event, time.monotonic())
        metrics.EVENTS_FINISHED.labels(final.status.value).inc()
        metrics.EVENT_DURATION.labels(final.status.value).observe(time.perf_counter() - started)
        log.info(
            "event_finished",
            event_id=str(final.id),
            status=final.status.value,
            memories=len(final.results or []),
        )

    async def process(
        self, request: AddRequest, source: SourcePosition, context: RequestContext
    ) -> tuple[EventSnapshot, list[MemoryChange]]:
        running = lifecycle.running(request, source)
        await self._emitter.progress(running, context)
        try:
            results, changes = await self._memories(request, source)
        except (PermanentError, UpstreamError, FieldValueError) as exc:
            return lifecycle.failed(running, str(exc)), []
        except StageError as exc:
            cause = type(exc.__cause__).__name__
            log.error("event_crashed", event_id=str(request.event_id), stage=exc.stage, error=cause)
            return lifecycle.failed(running, f"internal error while {exc.stage} ({cause})"), []
        return lifecycle.succeeded(running, results), changes

    async def _memories(
        self, request: AddRequest, source: SourcePosition
    ) -> tuple[list[MemoryResult], list[MemoryChange]]:
        """The event's results and its history items. An unexpected failure comes out as a
        `StageError` naming the step; one a field of the request causes, as a
        `FieldValueError` naming it."""
        try:
            return await self._adder.add(request, source)
        except (PermanentError, UpstreamError, FieldValueError):
            raise
        except Exception as exc:
            raise StageError(self._adder.stage) from exc

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
