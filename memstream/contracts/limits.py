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

Integers in stored metadata stay within 64 bits, the range Qdrant stores and filters
(`within_int64`); `exact_json` keeps a longer integer literal the integer it is, where
orjson reads it as a float, so that the check sees it.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Annotated, Any

import orjson
from pydantic import AfterValidator, BeforeValidator, Field

__all__ = [
    "INT64_MAX",
    "INT64_MIN",
    "MAX_EXPIRATION_DATE",
    "MAX_JSON_BYTES",
    "MAX_JSON_DEPTH",
    "MAX_TIMESTAMP",
    "FreeFormJson",
    "UnixSeconds",
    "check_free_form",
    "exact_json",
    "json_depth",
    "within_int64",
]

MAX_JSON_DEPTH = 32
MAX_JSON_BYTES = 64 * 1024
# 9999-12-30T23:59:59Z and 9999-12-30: a day more still fits a datetime.
MAX_TIMESTAMP = datetime(9999, 12, 30, 23, 59, 59, tzinfo=UTC).timestamp()
MAX_EXPIRATION_DATE = date(9999, 12, 30)
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
# Every integer literal outside [-2^63, 2^64) has 19 digits or more: orjson reads those
# outside as floats (123456789012345678901234567890 as 1.2345678901234568e+29). A body's
# digits as "9" and every other byte a space hold a run of 19 only then (or for a long
# string of digits): translate and `in` cost 3.7 µs on a 1.6 KB add, a regex 11.
_DIGITS_AS_NINES = bytes(0x39 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
_NINETEEN_DIGITS = b"9" * 19


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


def _a_number(value: Any) -> Any:
    """JSON's true and false are no numbers, nor is a text (pydantic's lax float reads
    them as 1, 0 and the number written)."""
    if isinstance(value, bool):
        raise ValueError("must be a number of seconds, not a boolean")
    if isinstance(value, str):
        raise ValueError("must be a number of seconds, not a text")
    return value


# Unix seconds that date a memory: a JSON number. A boolean was read as
# 1970-01-01T00:00:01, and "5" as 1970-01-01T00:00:05 (Mem0 documents an ISO 8601 text
# for the update's timestamp: that is no number of seconds either).
UnixSeconds = Annotated[float, Field(ge=0, le=MAX_TIMESTAMP), BeforeValidator(_a_number)]


def within_int64(value: Any) -> Any:
    """`value`, or a ValueError naming the first integer in it outside the signed 64-bit
    range (pydantic names the field; the message the path inside it). A before-validator:
    `check_free_form`'s encoding would refuse one past 2^64 with less to say."""
    # A container's path is a link to its parent's: only containers cost a link.
    stack: list[tuple[object, Any]] = [(value, None)]
    while stack:
        node, link = stack.pop()
        if isinstance(node, dict):
            children: Any = node.items()
        elif isinstance(node, list):
            children = enumerate(node)
        else:
            continue
        for key, child in children:
            if isinstance(child, dict | list):
                stack.append((child, (key, link)))
            elif isinstance(child, int) and not INT64_MIN <= child <= INT64_MAX:
                raise ValueError(
                    f"{_path((key, link))[:200]} is out of the 64-bit integer range "
                    "(-2^63 to 2^63-1)"
                )
    return value


def _path(link: Any) -> str:
    keys = []
    while link is not None:
        keys.append(str(link[0]))
        link = link[1]
    return ".".join(["metadata", *reversed(keys)])


def exact_json(raw: bytes) -> Any:
    """`raw` parsed as orjson parses it (its errors too), except that an integer outside
    64 bits stays that integer instead of becoming a float, so that a check can refuse it
    rather than a different number be stored. Only a body with a 19-digit run is parsed
    twice, the second time by the standard library (whose integers are exact)."""
    parsed = orjson.loads(raw)
    if _NINETEEN_DIGITS not in raw.translate(_DIGITS_AS_NINES):
        return parsed
    try:
        return json.loads(raw)
    except (RecursionError, ValueError):  # deeper than it recurses, or 4,300 digits and more
        return parsed
