"""Webhook receivers for tests: small aiohttp servers on 127.0.0.1 that record what they get;
memory changes written straight to the topic the webhooks service reads."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from aiohttp import web
from aiokafka import AIOKafkaProducer

from memstream.contracts.changes import ChangeKind, MemoryChange
from memstream.contracts.topics import topic_names
from memstream.kafka.tansu import free_port
from memstream.settings import Settings


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes
    at: float  # time.time()

    @property
    def json(self) -> Any:
        return orjson.loads(self.body)


@dataclass
class Receiver:
    """Answers `answer(request number)`: a status code, or None to never answer."""

    answer: Callable[[int], int | None] = lambda _: 200
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # before each answer
    received: list[Received] = field(default_factory=list)
    requests: int = 0
    port: int = field(default_factory=free_port)
    _runner: web.AppRunner | None = None
    _stopping: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        self.requests += 1
        status = self.answer(self.requests)
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        if status is None:
            await self._stopping.wait()  # never answers (the sender's timeout ends it)
            status = 500
        if 200 <= status < 300:
            self.received.append(Received(dict(request.headers), body, time.time()))
        return web.Response(status=status, headers=self.headers)

    async def start(self) -> Receiver:
        app = web.Application()
        app.router.add_post("/hook", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        return self

    async def stop(self) -> None:
        self._stopping.set()
        if self._runner is not None:
            await self._runner.cleanup()


async def produce_changes(
    settings: Settings, count: int, per_second: float | None = None
) -> dict[str, float]:
    """ADDs of new memories of project A, straight to the memory-changes topic, at a steady
    rate (or all at once); memory id -> when each was acknowledged."""
    topic = topic_names(settings.kafka.topic_prefix).changes
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all")
    await producer.start()
    sent: dict[str, float] = {}
    try:
        waiting = []
        for n in range(count):
            now = datetime.now(UTC)
            change = MemoryChange(
                id=uuid.uuid4(),
                memory_id=uuid.uuid4(),
                new_memory=f"direct {n}",
                event=ChangeKind.ADD,
                user_id="direct",
                created_at=now,
                updated_at=now,
                org_id="org-1",
                project_id="project-a",
                event_id=uuid.uuid4(),
            )
            value, key = change.model_dump_json().encode(), str(change.memory_id).encode()
            if per_second is None:
                waiting.append(await producer.send(topic, value, key=key))
            else:
                await producer.send_and_wait(topic, value, key=key)
                await asyncio.sleep(1 / per_second)
            sent[str(change.memory_id)] = time.time()
        await asyncio.gather(*waiting)
    finally:
        await producer.stop()
    return sent


async def until(condition: Any, state: Any, timeout_s: float = 60.0) -> None:
    """Wait for `condition()`; on timeout, fail with `state()` (what was seen instead)."""
    try:
        async with asyncio.timeout(timeout_s):
            while not condition():  # noqa: ASYNC110 (receivers record in this loop)
                await asyncio.sleep(0.05)
    except TimeoutError:
        raise AssertionError(f"not within {timeout_s:g} s: {state()}") from None


def distinct(receiver: Receiver) -> list[Received]:
    """What a receiver keeps: the first of each `webhook-id`. Delivery is at least once: an
    answer that comes after the sender's timeout (a loaded machine) is retried, by design."""
    first: dict[str, Received] = {}
    for got in receiver.received:
        kept = first.setdefault(got.headers["webhook-id"], got)
        assert kept.body == got.body, "a webhook-id repeated with another body"
    return list(first.values())


def counts(*receivers: Receiver) -> str:
    return ", ".join(
        f"{len(distinct(r))} distinct of {len(r.received)} received ({r.requests} requests)"
        for r in receivers
    )
