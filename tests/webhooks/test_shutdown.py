"""Stopping while a webhook is in backoff: a cancel that comes just as a loop is woken still
stops it (on Python 3.11 `asyncio.wait_for` lost it, and SIGTERM then never ended the
process), and a task that will not end holds up the shutdown for a bounded time only."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaProducer

from memstream.kafka.tansu import EmbeddedTansu
from memstream.services.webhooks.app import WebhooksService
from memstream.services.webhooks.loops import stop_tasks
from memstream.services.webhooks.registry import WebhookBook
from memstream.services.webhooks.states import StateWriter
from memstream.testing.data import auth
from tests.support import create_topics, make_settings, running_stack
from tests.webhooks.conftest import FAST_RETRIES, with_webhooks
from tests.webhooks.receivers import Receiver, produce_changes

# The failing webhook waits this long before its next attempt: in backoff through the test.
BACKOFF = FAST_RETRIES.model_copy(update={"retry_base_s": 60.0, "retry_max_s": 120.0})


async def returns_soon(stop: Coroutine[Any, Any, None]) -> bool:
    """Whether `stop`, started at once, returns within 15 s (else it is cancelled). Not
    under `asyncio.timeout`: the old `stop` swallowed that cancel too, late but done."""
    stopping = asyncio.create_task(stop)
    done, _ = await asyncio.wait([stopping], timeout=15)
    stopping.cancel()
    return bool(done)


async def test_stop_ends_the_dispatcher_cancelled_as_it_wakes_in_backoff(
    broker: EmbeddedTansu, tmp_path: Path
) -> None:
    settings = with_webhooks(make_settings(broker.bootstrap, tmp_path / "q"), BACKOFF)
    failing = await Receiver(lambda _: 500).start()
    try:
        async with running_stack(settings, names=("webhooks",)) as stack:
            created = await stack.http.post(
                "/api/v1/webhooks/projects/project-a/",
                json={"name": "t", "url": failing.url, "event_types": ["memory_add"]},
                headers=auth(),
            )
            assert created.status_code == 201, created.text
            await produce_changes(settings, 3)
            path = f"/api/v1/webhooks/{created.json()['webhook_id']}/deliveries/"
            async with asyncio.timeout(60):  # its first attempt failed: now in backoff
                while not (await stack.http.get(path, headers=auth())).json():  # noqa: ASYNC110
                    await asyncio.sleep(0.2)
            (service,) = stack.components
            assert isinstance(service, WebhooksService) and service.deliverer is not None
            deliverer = service.deliverer
            while deliverer._wake.is_set():  # noqa: ASYNC110 (until the dispatcher waits)
                await asyncio.sleep(0)
            # Woken (as by a fetch), then cancelled before it runs again: the moment
            # `wait_for` returned instead of raising.
            deliverer._wake.set()
            assert await returns_soon(service.stop())
            assert all(task.done() for task in deliverer._tasks), deliverer._tasks
    finally:
        await failing.stop()


async def test_stop_ends_the_state_writer_cancelled_as_it_wakes(
    broker: EmbeddedTansu, tmp_path: Path
) -> None:
    settings = make_settings(broker.bootstrap, tmp_path / "q")
    topics = await create_topics(settings)
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap)
    await producer.start()
    try:
        states = StateWriter(producer, topics.webhooks, WebhookBook())
        await states.start()
        await asyncio.sleep(0.05)  # waiting for the next flush
        states.disabled("wh", "failing")  # wakes it to flush at once
        assert await returns_soon(states.stop())
        assert not states.alive()
    finally:
        await producer.stop()


async def test_a_task_that_will_not_end_is_left_behind() -> None:
    release = asyncio.Event()

    async def stubborn() -> None:
        while not release.is_set():
            with contextlib.suppress(asyncio.CancelledError):
                await release.wait()

    task = asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(0)  # waiting
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert await stop_tasks([task], timeout_s=0.2) == {task}
    assert loop.time() - started < 5
    assert not task.done()
    release.set()
    await task
