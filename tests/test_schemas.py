"""The committed JSON Schemas are exactly what the code's models generate."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import orjson
import pytest
from jsonschema import Draft202012Validator

from memstream import lifecycle
from memstream.contracts import AddRequestRecord, Message, Role
from memstream.schemas import SCHEMA_DIR, generated_schemas, render


@pytest.mark.parametrize("filename", sorted(generated_schemas()))
def test_committed_schema_matches_the_code(filename: str) -> None:
    committed = (SCHEMA_DIR / filename).read_bytes()
    assert committed == render(generated_schemas()[filename]), (
        f"schemas/{filename} is stale: run `memstream schemas` and commit the result"
    )


def test_schemas_accept_what_the_services_produce() -> None:
    record = AddRequestRecord(
        event_id=uuid.uuid4(),
        org_id="o",
        project_id="p",
        received_at=datetime.now(UTC),
        messages=[Message(role=Role.USER, content="I like tea")],
        user_id="u",
        metadata={"a": [1, {"b": None}]},
    )
    schemas = {name: Draft202012Validator(s) for name, s in generated_schemas().items()}
    schemas["add-request.v1.json"].validate(orjson.loads(record.model_dump_json()))
    running = lifecycle.running(record)
    for snapshot in (lifecycle.pending(record), running, lifecycle.succeeded(running, [])):
        schemas["lifecycle.v1.json"].validate(orjson.loads(snapshot.model_dump_json()))


def test_schema_rejects_a_record_without_messages() -> None:
    validator = Draft202012Validator(generated_schemas()["add-request.v1.json"])
    bad = {
        "schema_version": 1,
        "event_id": str(uuid.uuid4()),
        "org_id": "o",
        "project_id": "p",
        "received_at": "2026-01-01T00:00:00Z",
        "user_id": "u",
    }
    assert not validator.is_valid(bad)


def test_schema_requires_an_entity_id() -> None:
    validator = Draft202012Validator(generated_schemas()["add-request.v1.json"])
    record = {
        "schema_version": 1,
        "event_id": str(uuid.uuid4()),
        "org_id": "o",
        "project_id": "p",
        "received_at": "2026-01-01T00:00:00Z",
        "messages": [{"role": "user", "content": "hi"}],
    }
    assert not validator.is_valid(record)
    assert validator.is_valid({**record, "agent_id": "a"})
