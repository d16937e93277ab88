"""Tansu on durable (S3) storage, SIGKILLed and restarted mid-run: every acknowledged
event ends SUCCEEDED and is stored once; ingest answers 503 while the broker is away."""

from __future__ import annotations

import asyncio
from pathlib import Path

from memstream.contracts.entities import EntityIds
from memstream.contracts.ids import memory_id, scope_key
from memstream.kafka.tansu import EmbeddedTansu
from memstream.testing.data import auth
from memstream.testing.processes import s3_server
from tests.support import MEMORY_POINTS, Stack, make_settings, running_stack


class Client:
    """Adds memories in a loop, as a service would, recording what was acknowledged."""

    def __init__(self, stack: Stack) -> None:
        self.stack = stack
        self.accepted: dict[int, str] = {}
        self.unavailable = 0
        self.sent = 0
        self.progress = asyncio.Event()

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            n = self.sent
            self.sent += 1
            body = {
                "messages": [{"role": "user", "content": f"I own {n} plants."}],
                "user_id": f"u{n % 7}",
            }
            try:
                response = await self.stack.http.post(
                    "/v3/memories/add/", json=body, headers=auth(), timeout=15
                )
            except Exception:
                continue
            if response.status_code == 200:
                self.accepted[n] = response.json()["event_id"]
                self.progress.set()
            elif response.status_code == 503:
                self.unavailable += 1
                await asyncio.sleep(0.1)
            else:
                raise AssertionError(response.text)


async def _accepted_after(client: Client, count: int, timeout_s: float) -> None:
    target = len(client.accepted) + count
    async with asyncio.timeout(timeout_s):
        while len(client.accepted) < target:
            client.progress.clear()
            await client.progress.wait()


async def test_broker_restart_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    with s3_server() as s3_env:
        broker = EmbeddedTansu(storage_engine="s3://tansu/", env=s3_env)
        await broker.start()
        settings = make_settings(broker.bootstrap, tmp_path / "qdrant", publish_timeout_s=2)
        try:
            async with running_stack(settings) as stack:
                client = Client(stack)
                stop = asyncio.Event()
                running = asyncio.create_task(client.run(stop))
                # Few adds: Tansu's S3 engine has been seen to stall consumers after ~90
                # events (DESIGN.md); what this test checks needs only some on each side.
                await _accepted_after(client, 10, timeout_s=30)

                broker.kill()
                await asyncio.sleep(3)  # the outage itself, with the client still sending
                unavailable_while_down = client.unavailable
                restarted = EmbeddedTansu(
                    port=broker.port, storage_engine="s3://tansu/", env=s3_env
                )
                await restarted.start()
                broker = restarted

                await _accepted_after(client, 10, timeout_s=60)
                stop.set()
                await running

                events = {
                    n: await stack.wait_for_event(event_id, timeout_s=60)
                    for n, event_id in client.accepted.items()
                }
                store = stack.extractor.store
                assert store is not None
                ids = {n: _memory_id(n) for n in client.accepted}
                found = await store.vectors.retrieve(list(ids.values()))
                total = await store.vectors.count(MEMORY_POINTS)
        finally:
            await broker.stop()

    assert unavailable_while_down > 0, "ingest never answered 503 while the broker was down"
    assert all(e["status"] == "SUCCEEDED" for e in events.values())
    assert all([r["id"] for r in events[n]["results"]] == [ids[n]] for n in events)
    assert len(found) == len(ids)  # every acknowledged memory is stored
    assert len(client.accepted) <= total <= client.sent  # nothing that was never sent


def _memory_id(n: int) -> str:
    return memory_id(
        scope_key("org-1", "project-a", EntityIds(user_id=f"u{n % 7}")), f"User has {n} plants"
    )
