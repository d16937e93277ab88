"""The limits at the boundaries: what an add may carry is what every decoder and store
downstream handles, and what it may not is refused naming the field."""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import orjson
import pytest
import qdrant_edge as qe
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from memstream.contracts import lifecycle
from memstream.contracts.errors import FieldValueError
from memstream.contracts.events import (
    EventPublic,
    EventSnapshot,
    MemoryData,
    MemoryResult,
    SourcePosition,
)
from memstream.contracts.limits import (
    INT64_MAX,
    INT64_MIN,
    MAX_JSON_BYTES,
    MAX_JSON_DEPTH,
    exact_json,
    json_depth,
)
from memstream.contracts.payload import point_payload
from memstream.contracts.requests import AddMemoriesBody, AddRequest
from memstream.testing.data import request_record

# Integers past 64 bits both ways: refused, never stored as another number.
LEAVES = st.none() | st.booleans() | st.integers(-(2**65), 2**65) | st.text(max_size=20)
LEAVES |= st.floats(allow_nan=False, allow_infinity=False)
JSON = st.recursive(
    LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=30,
)

SOURCE = SourcePosition(partition=0, offset=0)


@st.composite
def chains(draw: st.DrawFn) -> dict[str, Any]:
    """An object nested around the limit, or as deep as the decoders' own ceilings, with
    arbitrary JSON at the bottom."""
    value: Any = draw(JSON)
    depth = st.integers(0, MAX_JSON_DEPTH + 2) | st.integers(MAX_JSON_DEPTH, 300)
    for _ in range(draw(depth)):
        value = {draw(st.text(max_size=4)): value} if draw(st.booleans()) else [value]
    return value if isinstance(value, dict) else {"k": value}


METADATA = st.dictionaries(st.text(max_size=8), JSON, max_size=4) | chains()


def _reference_depth(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max(map(_reference_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_reference_depth, value), default=0)
    return 0


@settings(max_examples=30)
@given(value=JSON | chains())
def test_json_depth_counts_nesting(value: object) -> None:
    assert json_depth(value, stop_after=10_000) == _reference_depth(value)


def _nested(depth: int) -> dict[str, Any]:
    value: Any = 1
    for _ in range(depth):
        value = {"a": value}
    return value  # type: ignore[no-any-return]


def _body(**fields: Any) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": "I like tea"}], "user_id": "u", **fields}


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"metadata": _nested(MAX_JSON_DEPTH + 1)}, "metadata"),
        ({"metadata": {"pad": "x" * MAX_JSON_BYTES}}, "metadata"),
        ({"filters": {"user_id": "u", "x": _nested(MAX_JSON_DEPTH)}}, "filters"),
        ({"timestamp": 1e18}, "timestamp"),
        ({"timestamp": math.inf}, "timestamp"),
        ({"expiration_date": "9999-12-31"}, "expiration_date"),
        ({"timestamp": True}, "timestamp"),
        ({"timestamp": "5"}, "timestamp"),
        ({"metadata": {"n": INT64_MAX + 1}}, "metadata"),
        ({"metadata": {"n": [INT64_MIN - 1]}}, "metadata"),
        ({"messages": [{"role": "user", "content": "x", "tool_calls": []}]}, "messages"),
    ],
    ids=[
        "deep",
        "large",
        "deep filters",
        "timestamp",
        "infinite",
        "last day",
        "boolean timestamp",
        "text timestamp",
        "2^63",
        "below -2^63",
        "message key",
    ],
)
def test_values_past_the_limits_are_refused_naming_the_field(
    fields: dict[str, Any], named: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        AddMemoriesBody.model_validate(_body(**fields))
    assert [e["loc"][0] for e in refused.value.errors()] == [named]


@pytest.fixture(scope="module")
def shard(tmp_path_factory: pytest.TempPathFactory) -> Iterator[qe.EdgeShard]:
    config = qe.EdgeConfig(vectors=qe.EdgeVectorParams(size=4, distance=qe.Distance.Cosine))
    made = qe.EdgeShard.create(str(tmp_path_factory.mktemp("edge")), config)
    yield made
    made.close()


def _every_snapshot(request: AddRequest) -> list[EventSnapshot]:
    running = lifecycle.running(request)
    result = MemoryResult(id=str(uuid.uuid4()), data=MemoryData(memory="m"))
    return [
        lifecycle.pending(request),
        running,
        lifecycle.succeeded(running, [result]),
        lifecycle.failed(running, "e"),
        lifecycle.rejected(request.event_id, request.org_id, request.project_id, "e"),
    ]


@settings(max_examples=60, deadline=None)
@given(
    metadata=METADATA,
    timestamp=st.none() | st.floats(allow_nan=False),
    expiration=st.none() | st.dates(min_value=date(1, 1, 1)),
)
def test_whatever_an_add_may_carry_every_decoder_and_store_handles(
    shard: qe.EdgeShard,
    metadata: dict[str, Any],
    timestamp: float | None,
    expiration: date | None,
) -> None:
    day = expiration.isoformat() if expiration else None
    body = json.dumps(_body(metadata=metadata, timestamp=timestamp, expiration_date=day))
    try:  # as the HTTP edge reads a body
        parsed = AddMemoriesBody.model_validate(exact_json(body.encode()))
    except (orjson.JSONDecodeError, ValidationError):
        return  # refused at the edge: a 400 (not JSON) or a 400 naming the field (above)
    request = request_record(parsed.model_dump(exclude={"filters"}, exclude_none=True))
    # The requests-topic record, as the extractor decodes it.
    assert AddRequest.model_validate(orjson.loads(request.model_dump_json())) == request
    # Every lifecycle record of the event, as the status follower decodes it.
    for snapshot in _every_snapshot(request):
        decoded = EventSnapshot.model_validate_json(snapshot.model_dump_json())
        EventPublic.of(decoded).model_dump_json()
    # The memory point, written to and read back from the embedded store.
    payload = point_payload(request, "memory", SOURCE, [])
    point_id = str(uuid.uuid4())
    point = qe.Point(point_id, [0.1, 0.2, 0.3, 0.4], payload)
    shard.update(qe.UpdateOperation.upsert_points([point]))
    (stored,) = shard.retrieve([point_id], with_payload=True, with_vector=False)
    assert json_depth(stored.payload["metadata"]) == json_depth(payload["metadata"])
    # No integer accepted became a float or another number.
    assert _integers(stored.payload["metadata"]) == _integers(metadata)


def _integers(value: object) -> list[tuple[str, int]]:
    if isinstance(value, dict):
        return sorted(i for child in value.values() for i in _integers(child))
    if isinstance(value, list):
        return sorted(i for child in value for i in _integers(child))
    if isinstance(value, int) and not isinstance(value, bool):
        return [(type(value).__name__, value)]
    return []


@pytest.mark.parametrize(
    "raw",
    [
        b'{"a": 123456789012345678901234567890, "b": -9223372036854775809}',
        b'{"a": 18446744073709551616, "id": "1234567890123456789012"}',
        b'{"a": [1.5, 9223372036854775807, -9223372036854775808, 1e300]}',
    ],
)
def test_exact_json_keeps_every_integer(raw: bytes) -> None:
    assert exact_json(raw) == json.loads(raw)
    assert exact_json(b'{"a": 1}') == orjson.loads(b'{"a": 1}')


def test_exact_json_refuses_what_orjson_refuses() -> None:
    for raw in (b'{"a": NaN, "n": 12345678901234567890}', b'{"a": 1' + b"0" * 400 + b"}"):
        with pytest.raises(orjson.JSONDecodeError):
            exact_json(raw)


def test_the_embedded_store_reloads_after_the_deepest_accepted_payload(tmp_path: Path) -> None:
    """The write-ahead log of a shard that took the deepest metadata allowed still loads
    (one level more than qdrant-edge can read poisons it: see memstream.contracts.limits)."""
    config = qe.EdgeConfig(vectors=qe.EdgeVectorParams(size=4, distance=qe.Distance.Cosine))
    edge = qe.EdgeShard.create(str(tmp_path), config)
    body = AddMemoriesBody.model_validate(_body(metadata=_nested(MAX_JSON_DEPTH)))
    request = request_record(body.record_fields())
    point_id = str(uuid.uuid4())
    point = qe.Point(point_id, [0.1, 0.2, 0.3, 0.4], point_payload(request, "deep", SOURCE, []))
    edge.update(qe.UpdateOperation.upsert_points([point]))
    edge.flush()
    edge.close()
    reloaded = qe.EdgeShard.load(str(tmp_path), config)
    assert reloaded.retrieve([point_id], with_payload=True, with_vector=False)
    reloaded.close()


def test_a_value_that_still_overflows_is_named_not_an_internal_error() -> None:
    """Defence in depth behind the limits: a record built without validation (as a
    future path might) fails with the field named, never an anonymous OverflowError."""
    valid = request_record(_body())
    for field, value in (("timestamp", 1e18), ("expiration_date", date.max)):
        record = AddRequest.model_construct(**{**dict(valid), field: value})
        with pytest.raises(FieldValueError, match=f"^{field}: "):
            point_payload(record, "memory", SOURCE, [])
