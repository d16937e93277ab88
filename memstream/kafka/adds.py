"""Publishes an accepted add: the request record, then its PENDING lifecycle record.

Both within one deadline (the publish timeout and a margin). The producer drops a
record it could not deliver by its own timeout instead of retrying it (see
`make_producer`), so an add answered 503 because the broker was unreachable is not
delivered later. A record already on the wire when the broker stalls may have been
written anyway: Kafka without idempotence cannot say, and a retried add is then
processed twice, which deterministic memory ids make harmless.

Once the request record is acknowledged the add is accepted, whatever then happens to
the PENDING record: the extractor's RUNNING follows, whereas an error would make the
client add again while the first request is processed unseen.

Once a publish failed for the broker (or readiness found it unreachable), adds are
refused at once instead of each waiting the whole publish timeout, until a metadata
round trip (every `PROBE_INTERVAL_S`) reaches the broker again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from aiokafka import AIOKafkaProducer
from aiokafka.structs import RecordMetadata

from memstream.contracts import lifecycle
from memstream.contracts.events import SourcePosition
from memstream.contracts.ids import event_key, scope_key
from memstream.contracts.requests import AddRequest
from memstream.contracts.topics import Topics
from memstream.kafka.clients import broker_reachable
from memstream.kafka.publishing import (
    BrokerUnavailableError,
    OverloadedError,
    RecordTooLargeError,
    publish_acknowledged,
)
from memstream.observability import metrics
from memstream.observability.logs import get_logger
from memstream.observability.request_ids import RequestContext

__all__ = ["AddPublisher"]

log = get_logger(__name__)

# aiokafka notices an expired record on its next retry, one backoff after the timeout.
_GIVE_UP_MARGIN_S = 1.0
PROBE_INTERVAL_S = 0.5


class AddPublisher:
    def __init__(
        self,
        producer: AIOKafkaProducer,
        topics: Topics,
        timeout_s: float,
        max_in_flight: int,
        reachable: Callable[[], Awaitable[bool]] | None = None,
    ) -> None:
        self._producer = producer
        self._reachable = reachable or (lambda: broker_reachable(producer, timeout_s=1.0))
        self._topics = topics
        self._timeout_s = timeout_s
        self._max_in_flight = max_in_flight
        self._in_flight = 0
        self._probe: asyncio.Task[None] | None = None

    @property
    def broker_down(self) -> bool:
        return self._probe is not None

    def broker_unreachable(self) -> None:
        """Refuse adds at once until the broker answers again (a probe finds out)."""
        if self._probe is None:
            log.warning("broker_unreachable")
            self._probe = asyncio.create_task(self._until_reachable(), name="broker-probe")

    async def _until_reachable(self) -> None:
        while True:
            await asyncio.sleep(PROBE_INTERVAL_S)
            if await self._reachable():
                break
        log.info("broker_reachable")
        self._probe = None

    async def close(self) -> None:
        if self._probe is not None:
            self._probe.cancel()

    async def publish(self, record: AddRequest, context: RequestContext) -> None:
        """Returns once the broker acknowledged both records (acks=all).

        The request goes first: a PENDING record is never written for a request
        the broker did not take, so every PENDING event can end.
        """
        if self._probe is not None:
            raise BrokerUnavailableError("the broker is unreachable")
        if self._in_flight >= self._max_in_flight:
            raise OverloadedError(f"{self._in_flight} publishes in flight")
        self._in_flight += 1
        metrics.INGEST_PUBLISHES_IN_FLIGHT.inc()
        try:
            await self._publish(record, context)
        finally:
            self._in_flight -= 1
            metrics.INGEST_PUBLISHES_IN_FLIGHT.dec()

    async def _publish(self, record: AddRequest, context: RequestContext) -> None:
        deadline = asyncio.get_running_loop().time() + self._timeout_s + _GIVE_UP_MARGIN_S
        key = scope_key(record.org_id, record.project_id, record)
        value = record.model_dump_json().encode()
        sent = await self._send("requests", self._topics.requests, key, value, context, deadline)
        # The request's position goes with its event: an erasure behind it scrubs it.
        source = SourcePosition(partition=sent.partition, offset=sent.offset)
        snapshot = lifecycle.pending_json(record, source)
        lifecycle_key = event_key(record.org_id, record.project_id, record.event_id)
        try:
            await self._send(
                "lifecycle", self._topics.lifecycle, lifecycle_key, snapshot, context, deadline
            )
        except (BrokerUnavailableError, RecordTooLargeError) as exc:
            log.warning("pending_not_published", event_id=str(record.event_id), error=str(exc))

    async def _send(
        self,
        kind: str,
        topic: str,
        key: bytes,
        value: bytes,
        context: RequestContext,
        deadline: float,
    ) -> RecordMetadata:
        try:
            return await publish_acknowledged(
                self._producer, kind, topic, key, value, context, deadline
            )
        except BrokerUnavailableError:
            self.broker_unreachable()
            raise
