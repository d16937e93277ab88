"""Which store failures are worth waiting for."""

from __future__ import annotations

import httpx
from qdrant_client.http.exceptions import ResponseHandlingException, UnexpectedResponse

__all__ = ["is_transient_store_error"]


def is_transient_store_error(exc: Exception) -> bool:
    """Unreachable, overloaded or failing Qdrant: worth waiting for. A 4xx is not."""
    if isinstance(exc, UnexpectedResponse):
        status = exc.status_code or 500
        return status == 429 or status >= 500
    return isinstance(
        exc, ResponseHandlingException | httpx.TransportError | OSError | TimeoutError
    )
