"""Decoding requests-topic records: valid, or poison with a reason and what is readable."""

from __future__ import annotations

import uuid

import orjson

from services.extractor.decode import Poison, decode_request

GOOD = {
    "schema_version": 1,
    "event_id": str(uuid.uuid4()),
    "org_id": "o",
    "project_id": "p",
    "received_at": "2026-01-01T00:00:00Z",
    "messages": [{"role": "user", "content": "hi"}],
    "user_id": "u",
}


def test_valid_record_decodes() -> None:
    decoded = decode_request(orjson.dumps(GOOD), 10_000)
    assert not isinstance(decoded, Poison)
    assert decoded.user_id == "u"


def test_not_json_is_poison_without_an_event_id() -> None:
    decoded = decode_request(b"\xff\xfe garbage", 10_000)
    assert decoded == Poison("not-json", "the record value is not valid JSON")


def test_schema_violation_keeps_the_readable_event_and_project() -> None:
    decoded = decode_request(orjson.dumps({**GOOD, "messages": []}), 10_000)
    assert isinstance(decoded, Poison)
    assert decoded.reason == "invalid"
    assert "messages" in decoded.detail
    assert str(decoded.event_id) == GOOD["event_id"]
    assert (decoded.org_id, decoded.project_id) == ("o", "p")


def test_wrong_schema_version_is_invalid() -> None:
    decoded = decode_request(orjson.dumps({**GOOD, "schema_version": 2}), 10_000)
    assert isinstance(decoded, Poison) and "schema_version" in decoded.detail


def test_oversized_record_is_poison_with_its_event_id() -> None:
    decoded = decode_request(orjson.dumps({**GOOD, "metadata": {"pad": "x" * 5000}}), 1000)
    assert isinstance(decoded, Poison)
    assert decoded.reason == "oversized"
    assert str(decoded.event_id) == GOOD["event_id"]


def test_json_that_is_not_an_object_is_invalid() -> None:
    decoded = decode_request(b"[1, 2]", 10_000)
    assert isinstance(decoded, Poison) and decoded.reason == "invalid"


def test_empty_value_is_poison() -> None:
    assert isinstance(decode_request(None, 10), Poison)
