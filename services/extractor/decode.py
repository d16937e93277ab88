"""Decoding a requests-topic record: a valid request, or a poison record with its reason."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import orjson
from pydantic import ValidationError

from memstream.contracts import AddRequestRecord
from memstream.http import validation_message

__all__ = ["Poison", "decode_request"]


@dataclass(frozen=True, slots=True)
class Poison:
    """A record that cannot be processed: it goes to the DLQ with `reason`."""

    reason: str
    detail: str
    event_id: uuid.UUID | None = None
    org_id: str | None = None
    project_id: str | None = None


def _event_id(fields: dict[str, object]) -> uuid.UUID | None:
    raw = fields.get("event_id")
    try:
        return uuid.UUID(raw) if isinstance(raw, str) else None
    except ValueError:
        return None


def _text(fields: dict[str, object], name: str) -> str | None:
    value = fields.get(name)
    return value if isinstance(value, str) and value else None


def _poison(reason: str, detail: str, fields: dict[str, object]) -> Poison:
    return Poison(
        reason,
        detail,
        event_id=_event_id(fields),
        org_id=_text(fields, "org_id"),
        project_id=_text(fields, "project_id"),
    )


def decode_request(value: bytes | None, max_bytes: int) -> AddRequestRecord | Poison:
    if value is None:
        return Poison("empty", "the record has no value")
    try:
        parsed = orjson.loads(value)
    except orjson.JSONDecodeError:
        return Poison("not-json", "the record value is not valid JSON")
    fields = parsed if isinstance(parsed, dict) else {}
    if len(value) > max_bytes:
        return _poison("oversized", f"the record is {len(value)} bytes, over {max_bytes}", fields)
    if not isinstance(parsed, dict):
        return Poison("invalid", "the record value is not a JSON object")
    try:
        return AddRequestRecord.model_validate(parsed)
    except ValidationError as exc:
        return _poison("invalid", validation_message(exc.errors()), fields)
