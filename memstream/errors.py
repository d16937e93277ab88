"""The one error format: every error is JSON `{"detail": "<human message>"}`."""

from __future__ import annotations

from collections.abc import Mapping

import orjson

__all__ = [
    "ApiError",
    "BrokerUnavailableError",
    "OverloadedError",
    "RecordTooLargeError",
    "error_body",
]


class ApiError(Exception):
    """An HTTP error with its status, message and extra headers (e.g. Retry-After)."""

    def __init__(self, status: int, detail: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = dict(headers or {})


def error_body(detail: str) -> bytes:
    return orjson.dumps({"detail": detail})


class BrokerUnavailableError(Exception):
    """The broker did not acknowledge a record in time."""


class OverloadedError(Exception):
    """Too many publishes are already waiting for the broker."""


class RecordTooLargeError(Exception):
    """The broker refuses the record for its size: retrying will not help."""
