"""What an add, an update and a delete write, from what the store holds (pure)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from memstream.contracts import payload as fields
from memstream.contracts.changes import ChangeKind
from memstream.contracts.entities import Message, MessageRole
from memstream.contracts.events import SourcePosition
from memstream.contracts.mutations import MemoryUpdate
from memstream.contracts.requests import AddRequest
from memstream.services.extractor.dedup import Nearest
from memstream.services.extractor.memories import (
    AddPlan,
    Outcome,
    candidates,
    change_of,
    plan_add,
    scope_entry,
)
from memstream.services.extractor.prompt import Extracted

AT = SourcePosition(partition=2, offset=40)


def _add(
    *texts: str,
    event: uuid.UUID | None = None,
    metadata: dict[str, Any] | None = None,
    immutable: bool = False,
) -> AddRequest:
    return AddRequest(
        metadata=metadata,
        immutable=immutable,
        messages=[Message(role=MessageRole.USER, content=t) for t in texts],
        event_id=event or uuid.uuid4(),
        org_id="o",
        project_id="p",
        received_at=datetime(2026, 3, 1, tzinfo=UTC),
        user_id="alice",
        infer=False,
    )


def _apply(plan: AddPlan, stored: dict[str, dict[str, Any]], record: AddRequest) -> None:
    for write in plan.writes:
        stored[write.candidate.id] = write.payload
    if plan.entry is not None:
        stored[scope_entry(record)] = plan.entry


def _plan(
    record: AddRequest,
    stored: dict[str, dict[str, Any]],
    duplicates: dict[str, Nearest] | None = None,
) -> AddPlan:
    found = candidates(record, [Extracted(m.content, "user") for m in record.messages])
    return plan_add(record, found, stored, AT, scope_entry(record), duplicates)


def test_a_new_memory_is_written_with_its_add_in_its_history_and_counted() -> None:
    record, stored = _add("I like tea", "I live in Paris"), {}
    plan = _plan(record, stored)
    assert [c.text for c in plan.results] == ["I like tea", "I live in Paris"]
    assert [c.event for c in plan.changes] == [ChangeKind.ADD, ChangeKind.ADD]
    first = plan.writes[0].payload
    assert first[fields.SOURCE_PARTITION] == 2 and first[fields.SOURCE_OFFSET] == 40
    assert [h["id"] for h in first[fields.HISTORY]] == [str(plan.changes[0].id)]
    assert plan.entry is not None and plan.entry[fields.MEMORIES] == 2
    assert plan.entry[fields.KIND] == fields.SCOPE and plan.entry["user_id"] == "alice"


def test_a_redelivered_add_writes_nothing_and_repeats_its_results_and_changes() -> None:
    event = uuid.uuid4()
    stored: dict[str, dict[str, Any]] = {}
    first = _plan(_add("I like tea", event=event), stored)
    _apply(first, stored, _add("I like tea", event=event))
    again = _plan(_add("I like tea", event=event), stored)
    assert again.writes == [] and again.entry is None
    assert again.results == first.results
    assert again.changes == first.changes  # the same item (same id) for the changes topic


def test_another_add_of_a_stored_text_is_not_new() -> None:
    stored: dict[str, dict[str, Any]] = {}
    record = _add("I like tea")
    _apply(_plan(record, stored), stored, record)
    first = _plan(record, {})
    other = _plan(_add("I like tea"), stored)
    assert other.results == [Outcome(first.results[0].id, "I like tea", "NONE")]
    assert other.writes == [] and other.changes == [] and other.entry is None


def test_a_near_duplicate_is_not_written_and_its_result_names_the_memory_it_repeats() -> None:
    record = _add("I reside in Paris", "I like tea")
    found = candidates(record, [Extracted(m.content) for m in record.messages])
    near = Nearest("memory-paris", "I live in Paris", 0.94)
    plan = plan_add(record, found, {}, AT, scope_entry(record), {found[0].id: near})
    assert plan.results == [
        Outcome("memory-paris", "I live in Paris", "NONE"),
        Outcome(found[1].id, "I like tea"),
    ]
    assert [w.candidate.text for w in plan.writes] == ["I like tea"]
    assert plan.entry is not None and plan.entry[fields.MEMORIES] == 1


def test_a_memory_keeps_what_its_extraction_said_and_where_it_was_added() -> None:
    record = _add("I adopted a cat")
    item = Extracted("User adopted a cat", "assistant", ("linked-id",), ("pets", "family"))
    [write] = plan_add(record, candidates(record, [item]), {}, AT, scope_entry(record)).writes
    assert write.payload[fields.CATEGORIES] == ["pets", "family"]
    assert write.payload[fields.LINKED_MEMORY_IDS] == ["linked-id"]
    assert write.payload[fields.ATTRIBUTED_TO] == "assistant"
    assert (write.payload[fields.ADDED_PARTITION], write.payload[fields.ADDED_OFFSET]) == (2, 40)


def test_a_re_add_with_new_metadata_merges_it_in_as_an_update_keeping_its_creation() -> None:
    stored: dict[str, dict[str, Any]] = {}
    first = _add("I like tea", metadata={"source": "chat", "mood": "calm"})
    _apply(_plan(first, stored), stored, first)
    (memory,) = [k for k in stored if stored[k].get(fields.MEMORY) == "I like tea"]
    created = stored[memory][fields.CREATED_AT]
    later = _add("I like tea", metadata={"mood": "happy", "lang": "en"})
    later = later.model_copy(update={"received_at": datetime(2026, 4, 1, tzinfo=UTC)})
    plan = _plan(later, stored)
    assert plan.results == [Outcome(memory, "I like tea", "UPDATE")]
    assert [c.event for c in plan.changes] == [ChangeKind.UPDATE]
    (write,) = plan.writes
    assert write.payload[fields.METADATA] == {"source": "chat", "mood": "happy", "lang": "en"}
    assert write.payload[fields.CREATED_AT] == created and plan.entry is None
    assert len(write.payload[fields.HISTORY]) == 2
    _apply(plan, stored, later)
    again = _plan(_add("I like tea", metadata={"lang": "en"}), stored)  # nothing new in it
    assert again.results == [Outcome(memory, "I like tea", "NONE")] and again.writes == []
    redelivered = _plan(later, stored)
    assert redelivered.results == [Outcome(memory, "I like tea", "UPDATE")]
    assert redelivered.writes == []


def test_a_re_add_leaves_an_immutable_memory_s_metadata_alone() -> None:
    stored: dict[str, dict[str, Any]] = {}
    first = _add("I like tea", metadata={"a": 1}, immutable=True)
    _apply(_plan(first, stored), stored, first)
    plan = _plan(_add("I like tea", metadata={"a": 2}), stored)
    assert [o.event for o in plan.results] == ["NONE"] and plan.writes == []


def test_restating_a_text_after_its_memory_was_updated_writes_it_again() -> None:
    stored: dict[str, dict[str, Any]] = {}
    record = _add("I like tea")
    _apply(_plan(record, stored), stored, record)
    [memory] = [k for k, v in stored.items() if v.get(fields.KIND) != fields.SCOPE]
    update = MemoryUpdate(text="I like coffee")
    change = change_of(
        ChangeKind.UPDATE, memory, stored[memory], uuid.uuid4(), record.received_at, "x", "y"
    )
    stored[memory] = fields.updated_payload(stored[memory], update, change, AT)
    plan = _plan(_add("I like tea"), stored)
    [write] = plan.writes
    assert write.payload[fields.MEMORY] == "I like tea"
    [restated] = plan.changes
    assert restated.event is ChangeKind.UPDATE
    assert (restated.old_memory, restated.new_memory) == ("I like coffee", "I like tea")
    assert [h["event"] for h in write.payload[fields.HISTORY]] == ["ADD", "UPDATE", "UPDATE"]
    assert plan.entry is None  # still one live memory in the scope


def test_a_deleted_memory_is_added_again_and_counted_again() -> None:
    stored: dict[str, dict[str, Any]] = {}
    record = _add("I like tea")
    _apply(_plan(record, stored), stored, record)
    [memory] = [k for k, v in stored.items() if v.get(fields.KIND) != fields.SCOPE]
    change = change_of(
        ChangeKind.DELETE, memory, stored[memory], uuid.uuid4(), record.received_at, "x", None
    )
    stored[memory] = fields.deleted_payload(stored[memory], change, AT)
    entry = scope_entry(record)
    stored[entry] = {**stored[entry], fields.MEMORIES: 0}
    plan = _plan(_add("I like tea"), stored)
    assert [c.event for c in plan.changes] == [ChangeKind.ADD]
    assert fields.is_live(plan.writes[0].payload)
    assert plan.entry is not None and plan.entry[fields.MEMORIES] == 1


def test_an_update_sends_only_what_changes_and_an_explicit_null_clears() -> None:
    record = _add("I like tea")
    plan = _plan(record, {})
    before = plan.writes[0].payload | {fields.EXPIRATION_DATE: "2030-01-01"}
    update = MemoryUpdate.model_validate({"metadata": {"mood": "Happy"}, "expiration_date": None})
    memory = plan.writes[0].candidate.id
    change = change_of(
        ChangeKind.UPDATE, memory, before, uuid.uuid4(), record.received_at, "a", "a"
    )
    after = fields.updated_payload(before, update, change, AT)
    assert after[fields.MEMORY] == "I like tea"  # untouched
    assert after[fields.METADATA] == {"mood": "Happy"}
    assert after[fields.LOWER][fields.METADATA] == {"mood": "happy"}
    assert after[fields.EXPIRATION_DATE] is None and after[fields.EXPIRATION_TS] is None
    assert after[fields.EVENT_ID] == str(change.event_id)
    again = fields.updated_payload(after, update, change, AT)  # a redelivery
    assert len(again[fields.HISTORY]) == len(after[fields.HISTORY])  # recorded once
