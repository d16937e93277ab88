"""The broker goes away: 503 with Retry-After, within the publish timeout."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx

from memstream.tansu import EmbeddedTansu
from tests.support import auth, make_settings, running_stack


async def test_add_answers_503_when_the_broker_is_unreachable(tmp_path: Path) -> None:
    broker = EmbeddedTansu()
    await broker.start()
    settings = make_settings(broker.bootstrap, tmp_path)
    try:
        async with running_stack(settings, roles=("ingest",)) as stack:
            body = {"messages": [{"role": "user", "content": "I like tea"}], "user_id": "u"}
            assert (
                await stack.http.post("/v3/memories/add/", json=body, headers=auth())
            ).status_code == 200
            broker.kill()

            started = time.monotonic()
            response = await stack.http.post("/v3/memories/add/", json=body, headers=auth())
            elapsed = time.monotonic() - started

            assert response.status_code == 503
            assert response.json()["detail"]
            assert response.headers["retry-after"] == "1"
            assert elapsed < settings.kafka.publish_timeout_s + 2
            assert (await stack.http.get("/readyz")).status_code == 503
    finally:
        await broker.stop()


async def test_too_many_publishes_in_flight_get_503_at_once(
    broker: EmbeddedTansu, tmp_path: Path
) -> None:
    settings = make_settings(broker.bootstrap, tmp_path, max_publishes_in_flight=1)
    async with running_stack(settings, roles=("ingest",)) as stack:
        body = {"messages": [{"role": "user", "content": "I like tea"}], "user_id": "u"}

        async def add() -> httpx.Response:
            return await stack.http.post("/v3/memories/add/", json=body, headers=auth())

        responses = await asyncio.gather(*(add() for _ in range(40)))
    statuses = {r.status_code for r in responses}
    assert statuses == {200, 503}
    refused = next(r for r in responses if r.status_code == 503)
    assert refused.headers["retry-after"] == "1"
    assert "retry shortly" in refused.json()["detail"]
