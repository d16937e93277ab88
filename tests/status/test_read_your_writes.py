"""Invariant 6: a poll that starts after the add answered never gets 404.

The poll goes to a status replica that has just started and is still replaying
a backlog of lifecycle records, so its view is really behind the broker.
"""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import httpx
from aiokafka import AIOKafkaProducer

from memstream.kafka.tansu import EmbeddedTansu
from memstream.testing.data import auth
from tests.support import Stack, make_settings, running_stack

BACKLOG = 30_000


async def _fill_lifecycle_topic(stack: Stack) -> None:
    template = (
        '{"schema_version":1,"id":"%s","event_type":"ADD","status":"PENDING","org_id":"org-x",'
        '"project_id":"backlog","payload":{},"created_at":"2026-01-01T00:00:00Z",'
        '"updated_at":"2026-01-01T00:00:00Z"}'
    )
    producer = AIOKafkaProducer(
        bootstrap_servers=stack.settings.kafka.bootstrap, acks="all", linger_ms=20
    )
    await producer.start()
    try:
        sends = []
        for _ in range(BACKLOG):
            event_id = str(uuid.uuid4())
            value = (template % event_id).encode()
            sends.append(await producer.send(stack.topics.lifecycle, value, key=event_id.encode()))
        await asyncio.gather(*sends)
    finally:
        await producer.stop()


async def test_polls_right_after_adds_never_see_404_on_a_lagging_replica(
    rules_stack: Stack,
) -> None:
    await _fill_lifecycle_topic(rules_stack)
    async with running_stack(rules_stack.settings, names=("status",)) as replica:
        behind_at_start = len(replica.components[0].store) < BACKLOG

        async def add_then_poll(n: int) -> int:
            body = {
                "messages": [{"role": "user", "content": f"I own {n} plants."}],
                "user_id": f"ryw-{n}",
            }
            accepted = await rules_stack.add(body)
            response: httpx.Response = await replica.http.get(
                f"/v1/event/{accepted['event_id']}/", headers=auth()
            )
            return response.status_code

        statuses = await asyncio.gather(*(add_then_poll(n) for n in range(50)))

    assert behind_at_start, "the replica caught up before the polls: the test proves nothing"
    assert statuses == [200] * 50


async def test_a_poll_the_view_cannot_confirm_is_503_not_404(tmp_path: Path) -> None:
    """With the broker gone the view cannot know whether it holds every acknowledged
    event: an event it has not seen may exist, so the answer is "retry", not "not found"."""
    broker = EmbeddedTansu()
    await broker.start()
    settings = make_settings(broker.bootstrap, tmp_path / "qdrant")
    settings = settings.model_copy(
        update={"status": settings.status.model_copy(update={"freshness_timeout_s": 0.5})}
    )
    try:
        async with running_stack(settings, names=("status",)) as stack:
            unknown = f"/v1/event/{uuid.uuid4()}/"
            assert (await stack.http.get(unknown, headers=auth())).status_code == 404
            broker.kill()
            response = await stack.http.get(unknown, headers=auth())
            assert response.status_code == 503, response.text
            assert response.headers["retry-after"] == "1"
            assert "catching up" in response.json()["detail"]
    finally:
        broker.kill()
