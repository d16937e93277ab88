"""Decoding requests-topic records: a request to process, or poison with a reason."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

from memstream.contracts.entities import EntityIds
from memstream.contracts.ids import derived_event_id
from memstream.contracts.mutations import EraseRecord
from memstream.services.extractor.decode import (
    Poison,
    RecordPosition,
    RecordRules,
    decode_request,
    erasure_poison,
)
from memstream.testing.data import request_value

GOOD: dict[str, Any] = request_value()
HERE = RecordPosition("memstream.add-requests.v1", 3, 42, 1_767_225_600_000)
KNOWN = {("o", "p"), ("o", "q")}
NOW = datetime(2026, 1, 2, tzinfo=UTC)


def _decode(value: bytes | None, max_bytes: int = 10_000) -> object:
    rules = RecordRules(max_bytes, KNOWN, max_age=timedelta(days=7))
    return decode_request(value, HERE, rules, NOW)


def _derived(project_id: str, position: RecordPosition = HERE) -> object:
    return derived_event_id("o", project_id, position.topic, position.partition, position.offset)


def test_valid_record_decodes() -> None:
    decoded = _decode(orjson.dumps(GOOD))
    assert not isinstance(decoded, Poison)
    assert str(decoded.event_id) == GOOD["event_id"]  # type: ignore[attr-defined]


def test_missing_event_id_is_derived_from_the_project_and_position_and_stable() -> None:
    record = {k: v for k, v in GOOD.items() if k not in ("event_id", "received_at")}
    first, again = _decode(orjson.dumps(record)), _decode(orjson.dumps(record))
    assert not isinstance(first, Poison) and not isinstance(again, Poison)
    assert first.event_id == again.event_id == _derived("p")  # type: ignore[attr-defined]
    assert first.received_at.timestamp() * 1000 == HERE.timestamp_ms  # type: ignore[attr-defined]
    other = RecordPosition(HERE.topic, HERE.partition, HERE.offset + 1, HERE.timestamp_ms)
    assert _derived("p", other) != _derived("p")
    # Another project's record at that position never gets the id: it cannot be claimed.
    theirs = _decode(orjson.dumps({**record, "project_id": "q"}))
    assert theirs.event_id != first.event_id  # type: ignore[attr-defined]


def test_not_json_is_poison_without_an_event_id() -> None:
    decoded = _decode(b"\xff\xfe garbage")
    assert isinstance(decoded, Poison) and decoded.reason == "not-json"
    assert decoded.detail.startswith("the record value is not valid JSON")
    assert decoded.event_id is None


def test_received_at_older_than_the_status_retention_is_refused_with_its_event() -> None:
    stale = _decode(orjson.dumps({**GOOD, "received_at": "2025-12-01T00:00:00Z"}))
    assert isinstance(stale, Poison) and stale.reason == "out-of-range"
    assert "received_at" in stale.detail and "retention" in stale.detail
    assert (str(stale.event_id), stale.org_id, stale.project_id) == (GOOD["event_id"], "o", "p")
    future = _decode(orjson.dumps({**GOOD, "received_at": "2027-01-01T00:00:00Z"}))
    assert isinstance(future, Poison) and "received_at" in future.detail
    # A record without one takes its Kafka timestamp, held to the same range.
    record = {k: v for k, v in GOOD.items() if k != "received_at"}
    old = RecordPosition(HERE.topic, 0, 0, 0)
    rules = RecordRules(10_000, KNOWN, max_age=timedelta(days=7))
    decoded = decode_request(orjson.dumps(record), old, rules, NOW)
    assert isinstance(decoded, Poison) and decoded.reason == "out-of-range"


def test_out_of_range_values_are_refused_naming_the_field() -> None:
    cases = {"timestamp": 1e18, "expiration_date": "9999-12-31"}
    for field, value in cases.items():
        decoded = _decode(orjson.dumps({**GOOD, field: value}))
        assert isinstance(decoded, Poison) and decoded.reason == "invalid"
        assert decoded.detail.startswith(field)
        assert decoded.event_id is not None and decoded.project_id == "p"


def _nested(depth: int) -> bytes:
    value = orjson.dumps({**GOOD, "metadata": "X"})
    return value.replace(b'"X"', b'{"a":' * depth + b"1" + b"}" * depth)


def test_deep_metadata_is_refused_naming_the_field() -> None:
    decoded = _decode(_nested(300), max_bytes=100_000)
    assert isinstance(decoded, Poison) and decoded.reason == "invalid"
    assert decoded.detail.startswith("metadata") and "deeper than" in decoded.detail
    assert str(decoded.event_id) == GOOD["event_id"]
    # Past what the JSON parser reads at all: poison without a readable event id.
    unreadable = _decode(_nested(1200), max_bytes=100_000)
    assert isinstance(unreadable, Poison) and unreadable.reason == "not-json"
    assert "depth" in unreadable.detail


def test_schema_violation_keeps_the_readable_event_and_project() -> None:
    decoded = _decode(orjson.dumps({**GOOD, "messages": []}))
    assert isinstance(decoded, Poison)
    assert decoded.reason == "invalid"
    assert "messages" in decoded.detail
    assert str(decoded.event_id) == GOOD["event_id"]
    assert (decoded.org_id, decoded.project_id) == ("o", "p")


def test_missing_schema_version_is_invalid() -> None:
    decoded = _decode(orjson.dumps({k: v for k, v in GOOD.items() if k != "schema_version"}))
    assert isinstance(decoded, Poison) and decoded.reason == "invalid"
    assert "schema_version" in decoded.detail


def test_unsupported_schema_version_is_named() -> None:
    decoded = _decode(orjson.dumps({**GOOD, "schema_version": 2}))
    assert isinstance(decoded, Poison)
    assert decoded.reason == "unsupported-schema-version"
    assert str(decoded.event_id) == GOOD["event_id"]


def test_unknown_project_is_poison_that_fails_no_event() -> None:
    decoded = _decode(orjson.dumps({**GOOD, "project_id": "elsewhere"}))
    assert isinstance(decoded, Poison) and decoded.reason == "unknown-project"
    assert decoded.org_id is None and decoded.project_id is None


def test_oversized_record_is_poison_with_its_event_id() -> None:
    decoded = _decode(orjson.dumps({**GOOD, "metadata": {"pad": "x" * 5000}}), max_bytes=1000)
    assert isinstance(decoded, Poison)
    assert decoded.reason == "oversized"
    assert str(decoded.event_id) == GOOD["event_id"]


def test_json_that_is_not_an_object_is_invalid() -> None:
    decoded = _decode(b"[1, 2]")
    assert isinstance(decoded, Poison) and decoded.reason == "invalid"


def test_empty_value_is_poison() -> None:
    assert isinstance(_decode(None), Poison)


def test_invalid_record_of_an_unknown_project_fails_no_event() -> None:
    decoded = _decode(orjson.dumps({**GOOD, "project_id": "elsewhere", "messages": []}))
    assert isinstance(decoded, Poison) and decoded.reason == "invalid"
    assert decoded.event_id is not None
    assert decoded.org_id is None and decoded.project_id is None


def test_received_at_without_a_timezone_is_invalid() -> None:
    decoded = _decode(orjson.dumps({**GOOD, "received_at": "2026-01-01T00:00:00"}))
    assert isinstance(decoded, Poison) and decoded.reason == "invalid"
    assert "received_at" in decoded.detail


def _with_metadata_literal(record: dict[str, Any], literal: str, field: str = "metadata") -> bytes:
    """`record` with its metadata holding the integer literal as written (orjson would
    write a Python int past 64 bits only as an error)."""
    return orjson.dumps({**record, field: {"a": "X"}}).replace(b'"X"', literal.encode())


def test_metadata_integers_outside_64_bits_are_refused_naming_the_field() -> None:
    # orjson reads 2^70 as a float: it was stored as 1.18e+21 (and 2^64-1 as an integer
    # that no filter takes). As over HTTP, the record is refused and its event FAILS.
    for literal in (str(2**70), str(2**64 - 1), str(-(2**63) - 1), "1" * 40):
        decoded = _decode(_with_metadata_literal(GOOD, literal))
        assert isinstance(decoded, Poison) and decoded.reason == "invalid", literal
        assert "metadata.a is out of the 64-bit integer range" in decoded.detail
        assert (str(decoded.event_id), decoded.org_id, decoded.project_id) == (
            GOOD["event_id"],
            "o",
            "p",
        )
    for literal in (str(2**63 - 1), str(-(2**63)), "1e30"):  # within range, or a float
        decoded = _decode(_with_metadata_literal(GOOD, literal))
        assert not isinstance(decoded, Poison), literal
        assert decoded.metadata == {"a": orjson.loads(literal)}  # type: ignore[attr-defined]


UPDATE: dict[str, Any] = {
    "schema_version": 1,
    "type": "update",
    "event_id": "8a3c1f0e-6f1d-4c3e-9d52-3c1f0f7a9a01",
    "org_id": "o",
    "project_id": "p",
    "received_at": "2026-01-01T00:00:00Z",
    "memory_id": "5b0e6c0e-6f1d-4c3e-9d52-3c1f0f7a9a02",
    "update": {"metadata": {"b": 1}},
}


def test_update_records_refuse_metadata_integers_outside_64_bits() -> None:
    value = orjson.dumps(UPDATE).replace(b'"b":1', f'"b":{2**70}'.encode())
    decoded = _decode(value)
    assert isinstance(decoded, Poison) and decoded.reason == "invalid"
    assert "metadata.b is out of the 64-bit integer range" in decoded.detail
    assert (str(decoded.event_id), decoded.project_id) == (UPDATE["event_id"], "p")
    assert not isinstance(_decode(orjson.dumps(UPDATE)), Poison)


def test_schema_version_is_the_integer_1_not_true_or_1_0() -> None:
    # True == 1 == 1.0 in Python, and pydantic's Literal[1] takes all three.
    for record in (GOOD, UPDATE):
        for version, shown in ((True, "true"), (1.0, "1.0"), ("1", '"1"'), ({}, "an object")):
            decoded = _decode(orjson.dumps({**record, "schema_version": version}))
            assert isinstance(decoded, Poison), version
            assert decoded.reason == "unsupported-schema-version"
            assert decoded.detail.startswith(f"schema_version {shown} is not supported")
            assert decoded.project_id == "p"


ERASE = EraseRecord(
    event_id=uuid.UUID("9c3c1f0e-6f1d-4c3e-9d52-3c1f0f7a9a03"),
    org_id="o",
    project_id="p",
    received_at=NOW,
    entities=EntityIds(user_id="u"),
    parts=12,
)


def test_an_erasure_with_more_parts_than_partitions_is_refused_with_its_event() -> None:
    # Its event ends once a part of each of `parts` partitions is written: never, past the
    # topic's partitions (it stayed RUNNING for ever).
    assert erasure_poison(ERASE, barrier=True, partitions=12) is None
    assert erasure_poison(ERASE, barrier=True, partitions=None) is None  # not known: applied
    huge = ERASE.model_copy(update={"parts": 10**12})
    poison = erasure_poison(huge, barrier=True, partitions=12)
    assert poison is not None and poison.reason == "invalid"
    assert poison.detail.startswith("parts: 1000000000000 is more than the 12 partitions")
    assert (poison.event_id, poison.org_id, poison.project_id) == (ERASE.event_id, "o", "p")
    unfenced = erasure_poison(ERASE, barrier=False, partitions=12)
    assert unfenced is not None and "memstream-barrier" in unfenced.detail
