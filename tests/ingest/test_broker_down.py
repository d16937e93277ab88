"""The broker goes away: 503 with Retry-After, within the publish timeout, then at once."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import orjson

from memstream.contracts.topics import topic_names
from memstream.kafka.tansu import EmbeddedTansu
from memstream.settings import Settings
from memstream.testing.data import auth
from tests.support import Stack, make_settings, read_topic, running_stack


async def test_broker_down_gets_503_in_time_then_at_once_publishes_nothing_later_and_recovers(
    tmp_path: Path,
) -> None:
    broker, settings = await _own_broker(tmp_path)
    topics = topic_names(settings.kafka.topic_prefix)
    try:
        async with running_stack(settings, names=("ingest",)) as stack:
            assert (await _add(stack, "before")).status_code == 200
            broker.kill()

            started = time.monotonic()
            refused = await _add(stack, "refused-marker")
            elapsed = time.monotonic() - started
            assert refused.status_code == 503
            assert refused.json()["detail"]
            assert refused.headers["retry-after"] == "1"
            assert elapsed < settings.kafka.publish_timeout_s + 2
            # The gateway knows now: the next adds do not wait the publish timeout again.
            for _ in range(3):
                started = time.monotonic()
                fast = await _add(stack, "refused-marker")
                assert fast.status_code == 503 and fast.headers["retry-after"] == "1"
                assert time.monotonic() - started < 1.0
            assert (await stack.http.get("/readyz")).status_code == 503
            scrape = (await stack.http.get("/metrics")).text  # what the alerts read
            assert 'memstream_component_ready{component="ingest"} 0.0' in scrape

            # Back on the same port (empty: memory storage). The refused record must not
            # be delivered now that it could be.
            broker = EmbeddedTansu(port=broker.port)
            await broker.start(topics, partitions=settings.kafka.partitions)
            recovered = await _add_until_accepted(stack, "after", timeout_s=30)
        published = await read_topic(broker.bootstrap, topics.requests)
    finally:
        await broker.stop()

    texts = [orjson.loads(r.value)["messages"][0]["content"] for r in published]
    assert "refused-marker" not in texts
    assert texts.count("after") == 1
    assert orjson.loads(published[0].value)["event_id"] == recovered


async def _own_broker(tmp_path: Path) -> tuple[EmbeddedTansu, Settings]:
    """A broker this test may kill, with the topics of settings made for it."""
    broker = EmbeddedTansu()
    settings = make_settings(broker.bootstrap, tmp_path)
    topics = topic_names(settings.kafka.topic_prefix)
    await broker.start(topics, partitions=settings.kafka.partitions)
    return broker, settings


async def _add(stack: Stack, text: str) -> httpx.Response:
    body = {"messages": [{"role": "user", "content": text}], "user_id": "u"}
    return await stack.http.post("/v3/memories/add/", json=body, headers=auth())


async def _add_until_accepted(stack: Stack, text: str, timeout_s: float) -> str:
    """The gateway recovers by itself: 503s until the broker is back, then 200."""
    async with asyncio.timeout(timeout_s):
        while (response := await _add(stack, text)).status_code != 200:
            assert response.status_code == 503, response.text
            await asyncio.sleep(float(response.headers["retry-after"]) / 10)
    return str(response.json()["event_id"])


async def test_too_many_publishes_in_flight_get_503_at_once(
    broker: EmbeddedTansu, tmp_path: Path
) -> None:
    settings = make_settings(broker.bootstrap, tmp_path, max_publishes_in_flight=1)
    async with running_stack(settings, names=("ingest",)) as stack:
        body = {"messages": [{"role": "user", "content": "I like tea"}], "user_id": "u"}

        async def add() -> httpx.Response:
            return await stack.http.post("/v3/memories/add/", json=body, headers=auth())

        responses = await asyncio.gather(*(add() for _ in range(40)))
    statuses = {r.status_code for r in responses}
    assert statuses == {200, 503}
    refused = next(r for r in responses if r.status_code == 503)
    assert refused.headers["retry-after"] == "1"
    assert "retry shortly" in refused.json()["detail"]


async def test_readiness_that_finds_no_broker_makes_the_next_add_fail_fast(
    tmp_path: Path,
) -> None:
    broker, settings = await _own_broker(tmp_path)
    try:
        async with running_stack(settings, names=("ingest",)) as stack:
            assert (await _add(stack, "before")).status_code == 200
            broker.kill()
            assert (await stack.http.get("/readyz")).status_code == 503
            started = time.monotonic()
            refused = await _add(stack, "refused")
            assert refused.status_code == 503
            assert time.monotonic() - started < 1.0
    finally:
        await broker.stop()
