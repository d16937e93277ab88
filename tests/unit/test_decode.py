"""Decoding requests-topic records: a request to process, or poison with a reason."""

from __future__ import annotations

from typing import Any

import orjson

from memstream.services.extractor.decode import (
    Poison,
    RecordPosition,
    decode_request,
    derived_event_id,
)
from memstream.testing.data import request_value

GOOD: dict[str, Any] = request_value()
HERE = RecordPosition("memstream.add-requests.v1", 3, 42, 1_767_225_600_000)
KNOWN = {("o", "p")}


def _decode(value: bytes | None, max_bytes: int = 10_000) -> object:
    return decode_request(value, HERE, max_bytes, KNOWN)


def test_valid_record_decodes() -> None:
    decoded = _decode(orjson.dumps(GOOD))
    assert not isinstance(decoded, Poison)
    assert str(decoded.event_id) == GOOD["event_id"]  # type: ignore[attr-defined]


def test_missing_event_id_is_derived_from_the_position_and_stable() -> None:
    record = {k: v for k, v in GOOD.items() if k not in ("event_id", "received_at")}
    first, again = _decode(orjson.dumps(record)), _decode(orjson.dumps(record))
    assert not isinstance(first, Poison) and not isinstance(again, Poison)
    assert first.event_id == again.event_id == derived_event_id(HERE)  # type: ignore[attr-defined]
    assert first.received_at.timestamp() * 1000 == HERE.timestamp_ms  # type: ignore[attr-defined]
    other = RecordPosition(HERE.topic, HERE.partition, HERE.offset + 1, HERE.timestamp_ms)
    assert derived_event_id(other) != derived_event_id(HERE)


def test_not_json_is_poison_without_an_event_id() -> None:
    assert _decode(b"\xff\xfe garbage") == Poison("not-json", "the record value is not valid JSON")


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
