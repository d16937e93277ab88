"""The one limit on free-form JSON, and the ranges of instants, for every boundary.

A free-form JSON field (`metadata`, `filters`) is checked where it enters: the HTTP
bodies and the requests-topic record share these types, so a value the edge accepts is
one every store and decoder downstream handles. The ceilings they stay below, measured
(qdrant-edge-py 0.9.0, pydantic-core of pydantic 2, orjson 3):

- qdrant-edge: a payload nested deeper than 123 levels is written, then cannot be read
  (and its write-ahead log no longer loads); `metadata` sits one level down in it.
- pydantic's JSON parser: 200 levels in a whole document (a lifecycle record holds
  `metadata` two levels down); pydantic's and orjson's encoders: 255 and 254 levels.
- orjson's parser: 1024 levels (an HTTP body or a record deeper is not read at all).

Instants must be representable as a `datetime` after a day is added to them (an
expiration date becomes the end of its day), so the ranges stop one day short of 9999.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

import orjson
from pydantic import AfterValidator, BeforeValidator, Field

__all__ = [
    "MAX_EXPIRATION_DATE",
    "MAX_JSON_BYTES",
    "MAX_JSON_DEPTH",
    "MAX_TIMESTAMP",
    "FreeFormJson",
    "UnixSeconds",
    "check_free_form",
    "json_depth",
]

MAX_JSON_DEPTH = 32
MAX_JSON_BYTES = 64 * 1024
# 9999-12-30T23:59:59Z and 9999-12-30: a day more still fits a datetime.
MAX_TIMESTAMP = datetime(9999, 12, 30, 23, 59, 59, tzinfo=UTC).timestamp()
MAX_EXPIRATION_DATE = date(9999, 12, 30)


def json_depth(value: object, stop_after: int = MAX_JSON_DEPTH) -> int:
    """Nesting depth of a JSON value (a scalar is 0, `{"a": 1}` is 1), without recursion;
    counting stops once it passes `stop_after`, so a hostile value costs little."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        depth += 1
        deepest = max(deepest, depth)
        if deepest > stop_after:
            return deepest
        stack.extend((child, depth) for child in children)
    return deepest


def check_free_form(value: dict[str, Any]) -> dict[str, Any]:
    """`value`, or a ValueError saying which limit it passes (pydantic names the field)."""
    if json_depth(value) > MAX_JSON_DEPTH:
        raise ValueError(f"nests deeper than {MAX_JSON_DEPTH} levels")
    try:
        size = len(orjson.dumps(value))
    except (TypeError, orjson.JSONEncodeError) as exc:
        raise ValueError(f"is not JSON: {exc}") from None
    if size > MAX_JSON_BYTES:
        raise ValueError(f"is {size} bytes as JSON, over {MAX_JSON_BYTES}")
    return value


FreeFormJson = Annotated[
    dict[str, Any],
    AfterValidator(check_free_form),
    Field(
        description=f"a JSON object at most {MAX_JSON_DEPTH} levels deep and "
        f"{MAX_JSON_BYTES} bytes as JSON"
    ),
]


def _not_a_boolean(value: Any) -> Any:
    """JSON's true and false are no numbers (pydantic's lax float reads them as 1 and 0)."""
    if isinstance(value, bool):
        raise ValueError("must be a number of seconds, not a boolean")
    return value


# Unix seconds that date a memory: a number (or its text, which the SDK's update may send);
# never a boolean, which was read as 1970-01-01T00:00:01.
UnixSeconds = Annotated[float, Field(ge=0, le=MAX_TIMESTAMP), BeforeValidator(_not_a_boolean)]
