"""The committed JSON Schemas: exactly what the models generate, accepting every record the
services produce and rejecting the bad-record fixtures."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest
from jsonschema import Draft202012Validator

from memstream.contracts import lifecycle
from memstream.contracts.changes import ChangeKind
from memstream.contracts.entities import EntityIds, Message, MessageRole
from memstream.contracts.events import ErasurePart, SourcePosition
from memstream.contracts.mutations import DeleteRecord, EraseRecord, MemoryUpdate, UpdateRecord
from memstream.contracts.requests import AddRequest
from memstream.contracts.schemas import SCHEMA_DIR, generated_schemas, render
from memstream.services.extractor.memories import change_of
from memstream.testing.data import request_value


def committed(filename: str) -> Draft202012Validator:
    schema = orjson.loads((SCHEMA_DIR / filename).read_bytes())
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


VALID_RECORD: dict[str, Any] = request_value()
BAD_RECORDS: dict[str, Any] = {
    "not an object": [1, 2],
    "no schema_version": {k: v for k, v in VALID_RECORD.items() if k != "schema_version"},
    "schema_version 2": {**VALID_RECORD, "schema_version": 2},
    "no messages": {k: v for k, v in VALID_RECORD.items() if k != "messages"},
    "empty messages": {**VALID_RECORD, "messages": []},
    "bad role": {**VALID_RECORD, "messages": [{"role": "robot", "content": "x"}]},
    "content not a string": {**VALID_RECORD, "messages": [{"role": "user", "content": 1}]},
    "no entity id": {k: v for k, v in VALID_RECORD.items() if k != "user_id"},
    "event_id not a uuid": {**VALID_RECORD, "event_id": "evt-1"},
    "no project": {k: v for k, v in VALID_RECORD.items() if k != "project_id"},
}


@pytest.mark.parametrize("filename", sorted(generated_schemas()))
def test_committed_schema_matches_the_code(filename: str) -> None:
    assert (SCHEMA_DIR / filename).read_bytes() == render(generated_schemas()[filename]), (
        f"schemas/{filename} is stale: run `memstream schemas` and commit the result"
    )


def test_schemas_accept_what_the_services_produce() -> None:
    request = AddRequest(
        event_id=uuid.uuid4(),
        org_id="o",
        project_id="p",
        received_at=datetime.now(UTC),
        messages=[Message(role=MessageRole.USER, content="I like tea")],
        user_id="u",
        metadata={"a": [1, {"b": None}]},
    )
    committed("add-request.v1.json").validate(orjson.loads(request.model_dump_json()))
    running = lifecycle.running(request)
    snapshots = [
        lifecycle.pending(request),
        running,
        lifecycle.succeeded(running, []),
        lifecycle.failed(running, "boom"),
        lifecycle.rejected(request.event_id, "o", "p", "bad record"),
    ]
    for snapshot in snapshots:
        committed("lifecycle.v1.json").validate(orjson.loads(snapshot.model_dump_json()))


def test_schemas_accept_the_changes_memstream_writes() -> None:
    now, memory = datetime.now(UTC), str(uuid.uuid4())
    fields: dict[str, Any] = {
        "event_id": uuid.uuid4(),
        "org_id": "o",
        "project_id": "p",
        "received_at": now,
    }
    update = UpdateRecord(
        **fields,
        memory_id=memory,
        update=MemoryUpdate.model_validate({"text": "x", "expiration_date": None}),
    )
    committed("update-request.v1.json").validate(orjson.loads(update.model_dump_json()))
    delete = DeleteRecord(**fields, memory_id=memory)
    committed("delete-request.v1.json").validate(orjson.loads(delete.model_dump_json()))
    erase = EraseRecord(**fields, entities=EntityIds(user_id="u"), parts=12)
    committed("erase-request.v1.json").validate(orjson.loads(erase.model_dump_json()))
    part = ErasurePart(
        **{k: v for k, v in fields.items()},
        entities=EntityIds(user_id="u"),
        partition=3,
        parts=12,
        offset=40,
        applied_at=now,
        deleted=7,
    )
    committed("erasure-part.v1.json").validate(orjson.loads(part.model_dump_json()))
    owner = {"org_id": "o", "project_id": "p", "user_id": "u", "metadata": {"a": 1}}
    change = change_of(ChangeKind.UPDATE, memory, owner, fields["event_id"], now, "a", "b")
    committed("memory-change.v1.json").validate(orjson.loads(change.model_dump_json()))
    erasure = lifecycle.erasure_pending(fields["event_id"], "o", "p", EntityIds(run_id="r"), now)
    committed("lifecycle.v1.json").validate(orjson.loads(erasure.model_dump_json()))
    source = SourcePosition(partition=1, offset=2)
    request = AddRequest(
        **fields, messages=[Message(role=MessageRole.USER, content="hi")], user_id="u"
    )
    positioned = lifecycle.pending(request, source)
    committed("lifecycle.v1.json").validate(orjson.loads(positioned.model_dump_json()))


def test_a_producer_may_leave_out_event_id_and_received_at() -> None:
    minimal = {k: v for k, v in VALID_RECORD.items() if k not in ("event_id", "received_at")}
    assert committed("add-request.v1.json").is_valid(minimal)


@pytest.mark.parametrize("case", sorted(BAD_RECORDS))
def test_schema_rejects_bad_records(case: str) -> None:
    assert not committed("add-request.v1.json").is_valid(BAD_RECORDS[case])
