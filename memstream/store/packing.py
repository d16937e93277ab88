"""A payload as the stores keep it: the fields nothing filters on, in one JSON text.

qdrant-edge converts a payload value by value, both when it writes a point (~7 µs per
string) and when a search or retrieve returns any field of a point (it reads the whole
payload back). A memory's payload has about 25 values, its history a dozen more: a point
cost ~600 µs to write and a 10-hit search reading only the memories' texts ~600 µs.
With the fields below packed into one text the same took ~390 and ~400 µs.

Only fields that no filter, payload index or payload selector names may be packed (a
filter on a packed field would match nothing). The stores pack on write and unpack on
read, so the rest of memstream sees the payloads `memstream.contracts.payload` builds;
points written before packing read as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson

from memstream.contracts import payload as fields

__all__ = ["PACKED", "PACKED_FIELDS", "packed", "selected", "unpacked"]

PACKED = "packed"
PACKED_FIELDS = frozenset(
    {
        fields.HISTORY,
        fields.CREATED_AT,  # filters use CREATED_AT_TS
        fields.UPDATED_AT,  # and UPDATED_AT_TS
        fields.EXPIRATION_DATE,  # and EXPIRATION_TS
        fields.EVENT_ID,
        fields.ATTRIBUTED_TO,
        fields.LINKED_MEMORY_IDS,
    }
)


def packed(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload to store."""
    inner = {name: value for name, value in payload.items() if name in PACKED_FIELDS}
    if not inner:
        return payload
    outer = {name: value for name, value in payload.items() if name not in PACKED_FIELDS}
    outer[PACKED] = orjson.dumps(inner).decode()
    return outer


def unpacked(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload as it was built, from a stored one (packed or not; changed in place)."""
    text = payload.pop(PACKED, None)
    if isinstance(text, str):
        inner = orjson.loads(text)
        if isinstance(inner, dict):
            payload.update(inner)
    return payload


def selected(names: Sequence[str]) -> list[str]:
    """The stored fields a read of `names` must return (none for none: ids only)."""
    wanted = [name for name in names if name not in PACKED_FIELDS]
    return wanted if len(wanted) == len(names) else [*wanted, PACKED]
