"""Retry with exponential backoff and full jitter, until a deadline."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import TypeVar

from memstream.llm.errors import UpstreamError
from memstream.observability import metrics
from memstream.observability.logs import get_logger
from memstream.store.errors import is_transient_store_error

__all__ = ["backoff_delays", "retry_until", "with_store"]

log = get_logger(__name__)
T = TypeVar("T")


def backoff_delays(base_s: float, cap_s: float) -> Iterator[float]:
    attempt = 0
    while True:
        yield random.uniform(0, min(cap_s, base_s * 2**attempt))
        attempt += 1


async def retry_until(
    operation: Callable[[], Awaitable[T]],
    *,
    transient: Callable[[Exception], bool],
    deadline_s: float,
    on_retry: Callable[[Exception], None] | None = None,
    base_s: float = 0.1,
    cap_s: float = 5.0,
) -> T:
    """Run `operation`; on a transient error wait and run it again until `deadline_s`
    has passed, then let the last error through."""
    give_up_at = time.monotonic() + deadline_s
    for delay in backoff_delays(base_s, cap_s):
        try:
            return await operation()
        except Exception as exc:
            if not transient(exc) or time.monotonic() + delay > give_up_at:
                raise
            if on_retry is not None:
                on_retry(exc)
        await asyncio.sleep(delay)
    raise AssertionError("unreachable")


async def with_store(operation: Callable[[], Awaitable[T]], deadline_s: float) -> T:
    """A store call; Qdrant unavailable: wait with backoff up to the deadline, then raise
    `UpstreamError` (the event fails, or the erasure part does)."""
    try:
        return await retry_until(
            operation,
            transient=is_transient_store_error,
            deadline_s=deadline_s,
            on_retry=_on_store_retry,
        )
    except Exception as exc:
        if is_transient_store_error(exc):
            raise UpstreamError(f"the memory store was unavailable for {deadline_s:.0f} s") from exc
        raise


def _on_store_retry(exc: Exception) -> None:
    metrics.RETRIES.labels("qdrant").inc()
    log.warning("store_retry", error=type(exc).__name__)
