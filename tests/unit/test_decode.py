"""Decoding requests-topic records: a request to process, or poison with a reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

from memstream.contracts.ids import derived_event_id
from memstream.services.extractor.decode import (
    Poison,
    RecordPosition,
    RecordRules,
    decode_request,
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
