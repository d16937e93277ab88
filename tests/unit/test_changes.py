"""Changes of memories, pure parts: the update body, when a change shows as applied, what
an erasure selects, and the entity list from the registry."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import ValidationError
from qdrant_client import models

from memstream.contracts import payload as fields
from memstream.contracts.entities import EntityIds
from memstream.contracts.errors import ApiError
from memstream.contracts.events import SourcePosition
from memstream.contracts.mutations import BatchUpdateBody, EraseRecord, MemoryUpdate, UpdateRecord
from memstream.services.extractor.erasure import erasure_filter
from memstream.services.query.shaping import entities_of
from memstream.services.query.waiting import Outcome, Pending, outcome
from memstream.store.base import Found
from memstream.web.validation import validated


@pytest.mark.parametrize(
    "body",
    [{}, {"text": None}, {"timestamp": None}, {"text": ""}, {"text": 3}, {"timestamp": -1}],
)
def test_an_update_must_change_something_valid(body: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        MemoryUpdate.model_validate(body)


def test_an_update_record_carries_only_the_fields_sent() -> None:
    update = MemoryUpdate.model_validate({"expiration_date": None})
    record = UpdateRecord(
        event_id=uuid.uuid4(),
        org_id="o",
        project_id="p",
        received_at=datetime.now(UTC),
        memory_id=uuid.uuid4(),
        update=update,
    )
    encoded = record.model_dump(mode="json")
    assert encoded["update"] == {"expiration_date": None}
    again = UpdateRecord.model_validate(encoded)
    assert again.update.model_fields_set == {"expiration_date"}


def test_unsupported_fields_are_a_400_naming_them() -> None:
    with pytest.raises(ApiError) as refused:
        validated(MemoryUpdate, {"text": "x", "colour": "red"})
    assert refused.value.status == 400 and "colour" in refused.value.detail
    with pytest.raises(ApiError, match=r"memories\.0\.memroy_id"):
        validated(BatchUpdateBody, {"memories": [{"memroy_id": "x", "text": "y"}]})
    with pytest.raises(ValidationError):  # other errors stay validation errors (a 400 too)
        validated(MemoryUpdate, {"text": 3})


def _found(kind: str | None = None, history: list[str] = ()) -> Found:  # type: ignore[assignment]
    payload: dict[str, Any] = {fields.HISTORY: [{"event_id": e} for e in history]}
    if kind:
        payload[fields.KIND] = kind
    return Found("m", payload)


def test_a_change_is_applied_once_its_item_is_in_the_memorys_history() -> None:
    change = Pending("m", "e2")
    assert outcome(change, _found(history=["e1"])) is None
    assert outcome(change, _found(history=["e1", "e2"])) is Outcome.APPLIED
    assert outcome(change, _found(history=["e2", "e3"])) is Outcome.APPLIED  # then changed
    assert outcome(change, _found(fields.DELETED, ["e2"])) is Outcome.APPLIED  # then deleted
    assert outcome(change, _found(fields.DELETED, ["e1"])) is Outcome.GONE
    assert outcome(change, None) is Outcome.GONE  # erased


def _conditions(where: models.Filter) -> list[Any]:
    assert isinstance(where.must, list)
    return where.must


def test_an_erasure_selects_its_entity_written_before_it_in_its_partition() -> None:
    record = EraseRecord(
        event_id=uuid.uuid4(),
        org_id="o",
        project_id="p",
        received_at=datetime.now(UTC),
        entities=EntityIds(user_id="alice", run_id="r1"),
        parts=4,
    )
    must = _conditions(erasure_filter(record, SourcePosition(partition=3, offset=70)))
    keys = [(c.key, c.match.value) for c in must if isinstance(c, models.FieldCondition)]
    assert keys == [("org_id", "o"), ("project_id", "p"), ("user_id", "alice"), ("run_id", "r1")]
    [position] = [c for c in must if isinstance(c, models.Filter)]
    written_before, unrecorded = position.should  # type: ignore[misc]
    assert isinstance(written_before, models.Filter)
    assert written_before.must == [
        models.FieldCondition(key="source_partition", match=models.MatchValue(value=3)),
        models.FieldCondition(key="source_offset", range=models.Range(lt=70)),
    ]
    assert unrecorded == models.IsEmptyCondition(
        is_empty=models.PayloadField(key="source_partition")
    )


def _entry(memories: int, updated: str, **entities: str) -> Found:
    return Found(
        str(uuid.uuid4()),
        {
            fields.KIND: fields.SCOPE,
            fields.MEMORIES: memories,
            fields.CREATED_AT: "2026-01-01T00:00:00+00:00",
            fields.UPDATED_AT: updated,
            **entities,
        },
    )


def test_entities_sum_the_scopes_that_name_them() -> None:
    entries = [
        _entry(3, "2026-01-02T00:00:00+00:00", user_id="alice"),
        _entry(2, "2026-01-05T00:00:00+00:00", user_id="alice", agent_id="coach"),
        _entry(4, "2026-01-03T00:00:00+00:00", agent_id="coach", run_id="r1"),
    ]
    found = {(e["type"], e["name"]): e for e in entities_of("o", "p", entries)}
    assert found[("user", "alice")]["total_memories"] == 5
    assert found[("agent", "coach")]["total_memories"] == 6
    assert found[("run", "r1")]["total_memories"] == 4
    assert found[("user", "alice")]["updated_at"] == "2026-01-05T00:00:00+00:00"
    assert [e["name"] for e in entities_of("o", "p", entries)] == ["alice", "coach", "r1"]
    assert entities_of("o", "p", entries)[0]["organization"] == "o"
