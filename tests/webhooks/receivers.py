"""Webhook receivers for tests: small aiohttp servers on 127.0.0.1 that record what they get."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
from aiohttp import web

from memstream.kafka.tansu import free_port


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
