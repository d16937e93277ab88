"""The query service's store calls: timed as Qdrant upstream calls, and a 503 the client
may retry when the store is unreachable or failing."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from memstream.contracts.errors import ApiError
from memstream.observability.logs import get_logger
from memstream.observability.metrics import observe_upstream
from memstream.store.errors import is_transient_store_error

__all__ = ["stored"]

log = get_logger(__name__)
T = TypeVar("T")


async def stored(operation: str, call: Awaitable[T]) -> T:
    """A store call, timed; an unreachable or failing store is a 503 the client may retry."""
    try:
        async with observe_upstream("qdrant", operation):
            return await call
    except Exception as exc:
        if is_transient_store_error(exc):
            log.warning("store_unavailable", error=type(exc).__name__)
            raise ApiError(503, "The memory store is unavailable; retry later.") from exc
        raise
