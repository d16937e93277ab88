"""Tables of compacted topics: every partition followed from its start into memory, by
each process that needs it (no consumer group), so every replica holds the whole table.

`ProjectSettingsTable` is the project-settings topic (memstream.contracts.projects): the
extractor reads an add's project settings from it, query answers and changes them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from aiokafka import ConsumerRecord, TopicPartition
from pydantic import ValidationError

from memstream.contracts.projects import ProjectSettingRecord, ProjectSettings
from memstream.kafka.clients import make_consumer, topic_partitions
from memstream.kafka.loops import ConsumerTask, Ticks
from memstream.observability.logs import get_logger
from memstream.settings import KafkaSettings

__all__ = ["ProjectSettingsTable", "TopicTable"]

log = get_logger(__name__)


class TopicTable(ConsumerTask):
    """Follows every partition of `topic` from its start, handing each record to `apply`."""

    def __init__(
        self,
        kafka: KafkaSettings,
        topic: str,
        client_id: str,
        apply: Callable[[ConsumerRecord[bytes, bytes]], None],
    ) -> None:
        self._kafka = kafka
        self._topic = topic
        self._client_id = client_id
        self._apply = apply
        super().__init__()
        self._ticks = Ticks()

    async def start(self) -> None:
        self._consumer = make_consumer(self._kafka, self._client_id, fetch_max_wait_ms=100)
        await self._consumer.start()
        partitions = await topic_partitions(self._consumer, self._topic)
        self._consumer.assign(partitions)
        await self._consumer.seek_to_beginning(*partitions)
        self._task = asyncio.create_task(self._follow(), name=f"table-{self._topic}")

    async def _follow(self) -> None:
        assert self._consumer is not None
        while True:
            batches = await self._consumer.getmany(timeout_ms=100, max_records=1000)
            for records in batches.values():
                for record in records:
                    self._apply(record)
            self._ticks.tick()

    async def wait_caught_up(self, timeout_s: float) -> bool:
        """Wait until every record acknowledged before this call has been applied."""
        return await self._ticks.caught_up(self._consumer, int(time.time() * 1000), timeout_s)

    async def wait_applied(self, partition: int, offset: int, timeout_s: float) -> bool:
        """Wait until the record at `offset` of `partition` has been applied."""
        assert self._consumer is not None
        tp = TopicPartition(self._topic, partition)
        consumer = self._consumer

        async def applied() -> bool:
            position: int = await consumer.position(tp)
            return position > offset

        return await self._ticks.until(applied, timeout_s)


class ProjectSettingsTable:
    """The settings of every project, from the project-settings topic."""

    def __init__(self, kafka: KafkaSettings, topic: str, client_id: str) -> None:
        self._settings: dict[tuple[str, str], ProjectSettings] = {}
        self.table = TopicTable(kafka, topic, client_id, self._apply)

    def _apply(self, record: ConsumerRecord[bytes, bytes]) -> None:
        try:
            setting = ProjectSettingRecord.model_validate_json(record.value or b"")
        except ValidationError:
            log.warning("project_setting_skipped", partition=record.partition, offset=record.offset)
            return
        project = (setting.org_id, setting.project_id)
        self._settings[project] = setting.applied_to(self._settings.get(project))

    def get(self, org_id: str, project_id: str) -> ProjectSettings:
        found = self._settings.get((org_id, project_id))
        return found or ProjectSettings(org_id=org_id, project_id=project_id)
