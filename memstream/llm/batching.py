"""Micro-batching: concurrent callers share one downstream call.

Each `submit(items)` joins the open batch. While no call is in flight the batch goes out
once the event loop has run what was ready (a caller alone does not wait); while calls
are in flight, the batch fills until they end, it holds `max_size` items, or `max_wait_s`
after its first item, whichever comes first (group commit: the busier, the bigger the
batches).
Every caller gets its own slice of the results, or the call's exception.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["MicroBatcher"]

In = TypeVar("In")
Out = TypeVar("Out")


class MicroBatcher(Generic[In, Out]):
    def __init__(
        self,
        call: Callable[[list[In]], Awaitable[Sequence[Out]]],
        max_size: int,
        max_wait_s: float,
    ) -> None:
        self._call = call
        self._max_size = max_size
        self._max_wait_s = max_wait_s
        self._items: list[In] = []
        self._waiters: list[tuple[int, int, asyncio.Future[Sequence[Out]]]] = []
        self._timer: asyncio.TimerHandle | None = None
        self._inflight: set[asyncio.Task[None]] = set()

    async def submit(self, items: Sequence[In]) -> list[Out]:
        if not items:
            return []
        future: asyncio.Future[Sequence[Out]] = asyncio.get_running_loop().create_future()
        start = len(self._items)
        self._items.extend(items)
        self._waiters.append((start, len(self._items), future))
        if len(self._items) >= self._max_size:
            self._flush()
        elif self._timer is None:
            wait = self._max_wait_s if self._inflight else 0
            self._timer = asyncio.get_running_loop().call_later(wait, self._flush)
        return list(await future)

    def _flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if not self._items:
            return
        items, waiters = self._items, self._waiters
        self._items, self._waiters = [], []
        task = asyncio.create_task(self._run(items, waiters))
        self._inflight.add(task)
        task.add_done_callback(self._call_ended)

    def _call_ended(self, task: asyncio.Task[None]) -> None:
        self._inflight.discard(task)
        if self._items and not self._inflight:
            self._flush()  # what gathered while the call ran goes out now

    async def _run(
        self, items: list[In], waiters: list[tuple[int, int, asyncio.Future[Sequence[Out]]]]
    ) -> None:
        try:
            try:
                results = await self._call(items)
            except Exception:
                if len(waiters) == 1:
                    raise
                # One caller's bad input must not fail the others: each on its own.
                await asyncio.gather(*(self._alone(items[s:e], f) for s, e, f in waiters))
                return
            for start, end, future in waiters:
                if not future.done():
                    future.set_result(results[start:end])
        except BaseException as exc:
            for _, _, future in waiters:  # never leave a caller waiting (errors, cancellation)
                if not future.done():
                    future.set_exception(exc)
            if not isinstance(exc, Exception):
                raise

    async def _alone(self, items: list[In], future: asyncio.Future[Sequence[Out]]) -> None:
        try:
            result = await self._call(items)
        except Exception as exc:
            if not future.done():
                future.set_exception(exc)
            return
        if not future.done():
            future.set_result(result)
