"""The one error format: every error answer is JSON with the human message in `detail`,
and a 404 names what was not found in `error` too (as Mem0 answers)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import orjson
from pydantic import BaseModel

__all__ = [
    "ApiError",
    "ErrorBody",
    "FieldValueError",
    "NotFoundBody",
    "error_body",
    "error_responses",
    "validation_message",
]


class ApiError(Exception):
    """An HTTP error with its status, message and extra headers (e.g. Retry-After)."""

    def __init__(self, status: int, detail: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = dict(headers or {})


class FieldValueError(ValueError):
    """A value a request carried that cannot be used: the message names the field."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


class ErrorBody(BaseModel):
    """Every error answer: the human message is in `detail` (all the SDK reads)."""

    detail: str


class NotFoundBody(ErrorBody):
    """A 404: `error` says what was not found, as Mem0's 404s do."""

    error: str


def error_body(detail: str, status: int | None = None) -> bytes:
    """The body of an error answer; a 404's carries `error` besides `detail`."""
    if status == 404:
        return orjson.dumps({"error": detail, "detail": detail})
    return orjson.dumps({"detail": detail})


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for the given error statuses, all with the one error body."""
    return {status: {"model": NotFoundBody if status == 404 else ErrorBody} for status in statuses}


def validation_message(errors: Sequence[Any]) -> str:
    """A one-line summary of pydantic errors, e.g. `messages.0.role: Input should be ...`."""
    parts = []
    for error in list(errors)[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
        parts.append(f"{where}: {error.get('msg')}" if where else str(error.get("msg")))
    return "; ".join(parts) or "Invalid request."
