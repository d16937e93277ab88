"""Which store failures are worth waiting for, and which are the request's own."""

from __future__ import annotations

from enum import StrEnum

import httpx
from qdrant_client.http.exceptions import ResponseHandlingException, UnexpectedResponse

__all__ = ["StoreFault", "is_transient_store_error", "rejection_detail", "store_fault"]

# Answers of a proxy or of a Qdrant that is starting, overloaded or going away.
_UNAVAILABLE_STATUSES = {429, 502, 503, 504}


class StoreFault(StrEnum):
    UNAVAILABLE = "unavailable"  # not reached, or said it cannot serve now: wait for it
    REJECTED = "rejected"  # a 4xx: this request is wrong, retrying repeats the answer
    FAILED = "failed"  # a 500: the store answered, but failed this request; is it up?


def store_fault(exc: Exception) -> StoreFault | None:
    """What kind of store failure `exc` is; None when it is not one."""
    if isinstance(exc, UnexpectedResponse):
        status = exc.status_code or 500
        if status in _UNAVAILABLE_STATUSES:
            return StoreFault.UNAVAILABLE
        return StoreFault.REJECTED if status < 500 else StoreFault.FAILED
    if isinstance(exc, ResponseHandlingException | httpx.TransportError | OSError | TimeoutError):
        return StoreFault.UNAVAILABLE
    return None


def is_transient_store_error(exc: Exception) -> bool:
    """Unreachable, overloaded or failing Qdrant: worth waiting for. A 4xx is not. A 500
    counts as transient here; the extractor asks the store whether it is up before it
    retries one (a store that answers other calls rejected this request)."""
    return store_fault(exc) in (StoreFault.UNAVAILABLE, StoreFault.FAILED)


def rejection_detail(exc: Exception) -> str:
    """The store's own words for a request it refused, short enough for an event error."""
    if isinstance(exc, UnexpectedResponse):
        content = exc.content.decode("utf-8", "replace").strip()
        return f"HTTP {exc.status_code}: {content[:300]}"
    return type(exc).__name__
