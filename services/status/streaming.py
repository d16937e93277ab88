"""`GET /v1/events/stream` (pure parts): the stream's cursor and its server-sent events.

An SSE event's id is where the stream stands: for each partition of the lifecycle topic,
the offset the stream reads from next, after the tag of the broker and topic they belong
to (`<tag>:<o0>.<o1>...`, offsets in base 36, partition by position). Every replica reads
the same records at the same offsets, so a client that reconnects with `Last-Event-ID`
resumes there on any replica, after a restart too, and gets every event that changed after
it, once. An id of another broker or topic (the view was rebuilt from a new one) resumes
from the start of the view.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping

__all__ = [
    "HEARTBEAT",
    "InvalidCursorError",
    "cursor_id",
    "message",
    "resume_from",
    "retry_hint",
    "source_tag",
]

HEARTBEAT = b": keep-alive\n\n"
_CURSOR = re.compile(r"([0-9a-f]{8}):([0-9a-z]{1,13}(?:\.[0-9a-z]{1,13}){0,1023})")


class InvalidCursorError(ValueError):
    """A `Last-Event-ID` this service did not issue."""


def source_tag(source: str | None) -> str:
    return hashlib.sha256((source or "").encode()).hexdigest()[:8]


def cursor_id(tag: str, next_offsets: Mapping[int, int]) -> str:
    width = max(next_offsets, default=0) + 1
    return f"{tag}:" + ".".join(_base36(next_offsets.get(p, 0)) for p in range(width))


def resume_from(last_event_id: str, tag: str) -> dict[int, int]:
    """The offsets to read from after `last_event_id`; from the start for another source."""
    match = _CURSOR.fullmatch(last_event_id.strip())
    if match is None:
        raise InvalidCursorError("Last-Event-ID is not an id of this event stream.")
    if match.group(1) != tag:
        return {}
    return {p: int(o, 36) for p, o in enumerate(match.group(2).split("."))}


def message(event_id: str, data: bytes) -> bytes:
    """One server-sent event (`data` is one line of JSON)."""
    return b"id: " + event_id.encode() + b"\ndata: " + data + b"\n\n"


def retry_hint(milliseconds: int) -> bytes:
    return b"retry: " + str(milliseconds).encode() + b"\n\n"


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
        if number == 0:
            return text
