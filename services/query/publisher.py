"""Writes changes of memories to the requests topic, where the extractor applies them in
order with the adds they could race.

- An update or delete of one memory goes under the memory's scope key: the key (and so
  the partition and the per-key queue) of every add that writes that scope.
- An erasure goes to every partition, with the barrier header: each partition applies it
  after all its earlier records and before all its later ones. Its PENDING lifecycle
  record follows once every partition has it.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime

from aiokafka import AIOKafkaProducer

from memstream.contracts import lifecycle
from memstream.contracts.entities import EntityIds
from memstream.contracts.events import EventSnapshot
from memstream.contracts.ids import event_key
from memstream.contracts.mutations import BARRIER_HEADER, DeleteRecord, EraseRecord, UpdateRecord
from memstream.contracts.projects import ProjectSettingRecord
from memstream.contracts.topics import Topics
from memstream.kafka.publishing import (
    BrokerUnavailableError,
    RecordTooLargeError,
    publish_acknowledged,
)
from memstream.observability.logs import get_logger
from memstream.observability.request_ids import RequestContext

__all__ = ["ChangePublisher"]

log = get_logger(__name__)

# aiokafka notices an expired record on its next retry, one backoff after the timeout.
_GIVE_UP_MARGIN_S = 1.0


class ChangePublisher:
    def __init__(self, producer: AIOKafkaProducer, topics: Topics, timeout_s: float) -> None:
        self._producer = producer
        self._topics = topics
        self._timeout_s = timeout_s

    def _deadline(self) -> float:
        return asyncio.get_running_loop().time() + self._timeout_s + _GIVE_UP_MARGIN_S

    async def change(
        self, changes: list[tuple[UpdateRecord | DeleteRecord, bytes]], context: RequestContext
    ) -> None:
        """Publish each change under its memory's scope key; returns once all are
        acknowledged (raises if any is not: the others may still be applied)."""
        deadline = self._deadline()
        await asyncio.gather(
            *(
                publish_acknowledged(
                    self._producer,
                    "requests",
                    self._topics.requests,
                    scope,
                    record.model_dump_json().encode(),
                    context,
                    deadline,
                )
                for record, scope in changes
            )
        )

    async def project_settings(
        self, records: list[ProjectSettingRecord], context: RequestContext
    ) -> list[tuple[int, int]]:
        """Publish fields of a project's settings (each under its own key, on the compacted
        project-settings topic); their (partition, offset) once all are acknowledged."""
        deadline = self._deadline()
        sent = await asyncio.gather(
            *(
                publish_acknowledged(
                    self._producer,
                    "projects",
                    self._topics.projects,
                    record.key(),
                    record.model_dump_json().encode(),
                    context,
                    deadline,
                )
                for record in records
            )
        )
        return [(s.partition, s.offset) for s in sent]

    async def erase(
        self, org_id: str, project_id: str, entities: EntityIds, context: RequestContext
    ) -> uuid.UUID:
        """Publish an erasure to every partition, then its PENDING record; its event id."""
        deadline = self._deadline()
        topic = self._topics.requests
        partitions = sorted(await self._producer.partitions_for(topic))
        record = EraseRecord(
            event_id=uuid.uuid4(),
            org_id=org_id,
            project_id=project_id,
            received_at=datetime.now(UTC),
            entities=entities,
            parts=len(partitions),
        )
        key, value = f"erase/{record.event_id}".encode(), record.model_dump_json().encode()
        try:
            await asyncio.gather(
                *(
                    publish_acknowledged(
                        self._producer,
                        "requests",
                        topic,
                        key,
                        value,
                        context,
                        deadline,
                        partition=partition,
                        headers=[(BARRIER_HEADER, b"1")],
                    )
                    for partition in partitions
                )
            )
        except (BrokerUnavailableError, RecordTooLargeError) as exc:
            await self._abandon(record, context, str(exc))
            raise
        pending = lifecycle.erasure_pending(
            record.event_id, org_id, project_id, entities, record.received_at
        )
        try:
            await self._lifecycle(pending, context)
        except (BrokerUnavailableError, RecordTooLargeError) as exc:
            # On every partition, the erasure is accepted: its parts make its event.
            log.warning("pending_not_published", event_id=str(record.event_id), error=str(exc))
        return record.event_id

    async def _abandon(self, record: EraseRecord, context: RequestContext, error: str) -> None:
        """An erasure answered 503 may be on some partitions: its event ends FAILED (best
        effort: the broker may be down), so the parts it gets cannot end it otherwise."""
        failed = lifecycle.rejected(
            record.event_id,
            record.org_id,
            record.project_id,
            "The erasure was not queued on every partition; request it again.",
        ).model_copy(update={"event_type": "DELETE"})
        try:
            await self._lifecycle(failed, context)
        except (BrokerUnavailableError, RecordTooLargeError):
            log.warning("erasure_abandon_not_published", event_id=str(record.event_id), error=error)

    async def _lifecycle(self, snapshot: EventSnapshot, context: RequestContext) -> None:
        await publish_acknowledged(
            self._producer,
            "lifecycle",
            self._topics.lifecycle,
            event_key(snapshot.org_id, snapshot.project_id, snapshot.id),
            snapshot.model_dump_json().encode(),
            context,
            self._deadline(),
        )
