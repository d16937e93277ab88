"""The runner tells the pipeline when partitions are assigned to it, through the real
broker: what the pipeline knows of its partitions' memories (the texts it keeps,
services/extractor/texts.py) may have been changed by their last owner."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Any

from aiokafka import ConsumerRecord

from memstream.kafka.clients import make_consumer
from services.extractor.runner import ExtractorRunner
from services.extractor.window import AdaptiveWindow
from tests.support import create_topics, make_settings


async def test_the_runner_calls_back_when_partitions_are_assigned(
    broker: Any, tmp_path: Path
) -> None:
    settings = make_settings(broker.bootstrap, tmp_path / "qdrant")
    topics = await create_topics(settings)
    consumer = make_consumer(settings.kafka, "test-assignment", group_id=f"assign-{uuid.uuid4()}")
    assigned = asyncio.Event()

    async def handle(record: ConsumerRecord[bytes, bytes]) -> None:
        return None

    runner = ExtractorRunner(
        consumer, handle, AdaptiveWindow(4, ceiling=4), 1.0, on_assigned=assigned.set
    )
    consumer.subscribe([topics.requests], listener=runner)
    await consumer.start()
    task = asyncio.create_task(runner.run())
    try:
        async with asyncio.timeout(30):
            await assigned.wait()
    finally:
        runner.request_stop()
        await task
        await consumer.stop()
