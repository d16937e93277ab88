"""How the webhooks service's own loops wait and are stopped: a cancel is never lost, and
one task that will not end cannot hold up the shutdown of everything after it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Collection
from typing import Any

from memstream.observability.logs import get_logger

__all__ = ["STOP_TIMEOUT_S", "stop_tasks", "wait_set"]

log = get_logger(__name__)

STOP_TIMEOUT_S = 5.0  # a cancelled loop ends at its next await: far less than this


async def wait_set(event: asyncio.Event, timeout_s: float | None) -> None:
    """Until `event` is set or `timeout_s` has passed. Not `asyncio.wait_for`: on Python 3.11
    it returns, instead of raising, a cancel that comes as the event is set (CPython
    gh-86296), and the loop around it then never stops."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(timeout_s):
            await event.wait()


async def stop_tasks(
    tasks: Collection[asyncio.Task[Any]], timeout_s: float = STOP_TIMEOUT_S
) -> set[asyncio.Task[Any]]:
    """Cancel `tasks` and wait for them, at most `timeout_s`: those still running then are
    logged, left behind (so that the shutdown goes on: the process exits without them) and
    returned."""
    for task in tasks:
        task.cancel()
    if not tasks:
        return set()
    done, stuck = await asyncio.wait(tasks, timeout=timeout_s)
    for task in done:
        if not task.cancelled() and task.exception() is not None:
            log.warning("webhooks_task_failed", task=task.get_name(), error=repr(task.exception()))
    if stuck:
        names = sorted(task.get_name() for task in stuck)
        log.error("webhooks_tasks_not_stopped", tasks=names, timeout_s=timeout_s)
    return stuck
