"""Requests that wait for the view: a long-poll for its event, a stream for its project.

A waiting request holds a future here, keyed by what it waits for; the follower calls
`notify` with the events (and so the projects) a batch changed, once the store has applied
it, and the request reads the store again. No task, no polling: a waiting request costs a
future, its entry here and its deadline's timer until it is woken.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Hashable, Iterable

import orjson

from memstream.contracts.events import EventStatus
from memstream.web.server import Drain

__all__ = ["Watchers", "is_final", "until_final", "woken"]

_FINAL = {EventStatus.SUCCEEDED.value, EventStatus.FAILED.value}


class Watchers:
    def __init__(self) -> None:
        self._waiting: dict[Hashable, set[asyncio.Future[None]]] = {}

    def watch(self, key: Hashable) -> asyncio.Future[None]:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(key, set()).add(future)
        return future

    def forget(self, key: Hashable, future: asyncio.Future[None]) -> None:
        waiting = self._waiting.get(key)
        if waiting is not None:
            waiting.discard(future)
            if not waiting:
                del self._waiting[key]

    def notify(self, keys: Iterable[Hashable]) -> None:
        for key in set(keys):
            for future in self._waiting.pop(key, ()):
                if not future.done():
                    future.set_result(None)

    def __len__(self) -> int:
        return sum(len(w) for w in self._waiting.values())


async def woken(watchers: Watchers, key: Hashable, drain: Drain, timeout_s: float) -> bool:
    """Wait until `key` is notified, the server drains or `timeout_s` passes; whether it
    was woken (by either) rather than timed out."""
    future = watchers.watch(key)
    drain.add(future)
    try:
        done, _ = await asyncio.wait({future}, timeout=timeout_s)
    finally:
        watchers.forget(key, future)
        drain.discard(future)
    return bool(done)


def is_final(public: bytes) -> bool:
    """Whether an event's rendered JSON is SUCCEEDED or FAILED."""
    status = orjson.loads(public).get("status")
    return bool(status in _FINAL)


async def until_final(
    read: Callable[[], bytes | None],
    found: bytes,
    watchers: Watchers,
    key: Hashable,
    drain: Drain,
    timeout_s: float,
) -> bytes:
    """A long-poll: the event once it is final, or as it is after `timeout_s` (or when the
    server drains). `found` is the event as first read; `read` reads it again."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not is_final(found) and not drain.started:
        left = deadline - loop.time()
        if left <= 0:
            break
        await woken(watchers, key, drain, left)
        found = read() or found
    return found
