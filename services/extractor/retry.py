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
from memstream.store.errors import (
    StoreFault,
    is_transient_store_error,
    rejection_detail,
    store_fault,
)

from .errors import StoreRejectedError

__all__ = ["StoreCalls", "backoff_delays", "retry_until"]

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


class StoreCalls:
    """The pipeline's store calls. Qdrant unavailable: wait with backoff up to the deadline,
    then raise `UpstreamError` (the event fails, or the erasure part does). A request the
    store refuses (a 4xx, or a 500 while the store answers other calls) raises
    `StoreRejectedError` at once: retrying would hold its scope for nothing."""

    def __init__(self, healthy: Callable[[], Awaitable[bool]], deadline_s: float) -> None:
        self._healthy = healthy
        self._deadline_s = deadline_s

    async def __call__(self, operation: Callable[[], Awaitable[T]]) -> T:
        try:
            return await retry_until(
                lambda: self._refusals_named(operation),
                transient=is_transient_store_error,
                deadline_s=self._deadline_s,
                on_retry=_on_store_retry,
            )
        except Exception as exc:
            if is_transient_store_error(exc):
                raise UpstreamError(
                    f"the memory store was unavailable for {self._deadline_s:.0f} s"
                ) from exc
            raise

    async def _refusals_named(self, operation: Callable[[], Awaitable[T]]) -> T:
        try:
            return await operation()
        except Exception as exc:
            fault = store_fault(exc)
            if fault is StoreFault.REJECTED or (
                fault is StoreFault.FAILED and await self._healthy()
            ):
                detail = rejection_detail(exc)
                log.warning("store_rejected", error=detail[:200])
                raise StoreRejectedError(
                    f"the memory store refused the request ({detail})"
                ) from exc
            raise


def _on_store_retry(exc: Exception) -> None:
    metrics.RETRIES.labels("qdrant").inc()
    log.warning("store_retry", error=type(exc).__name__)
