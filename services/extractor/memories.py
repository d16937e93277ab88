"""From extracted texts to memory points, history items and event results (pure).

A candidate's id is its scope and text. What is stored there decides what the add does:
- nothing, or a deleted memory: the memory is (re)added (an ADD in its history), unless
  it is a near-duplicate of a stored memory (a `NONE` result naming that memory);
- a memory with this very text: nothing new (a `NONE` result), unless this event stored it
  (a redelivery: its result again, and its history item again for the changes topic), or
  the add carries metadata the memory lacks: then it is merged into the memory's (the add's
  keys win; past the free-form limit the add's alone), its created_at kept, as an UPDATE (in
  its history and in the event's results); an immutable memory keeps its metadata;
- a memory updated since to another text: this add states the original again, and the
  newer statement wins (an UPDATE in its history, the add's result).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from memstream.contracts import payload as fields
from memstream.contracts.changes import ChangeKind, MemoryChange, change_id
from memstream.contracts.events import MemoryData, MemoryResult, SourcePosition
from memstream.contracts.ids import content_hash, memory_id, scope_entry_id, scope_key
from memstream.contracts.limits import check_free_form
from memstream.contracts.requests import AddRequest

from .dedup import Nearest
from .prompt import Extracted

__all__ = [
    "AddPlan",
    "Candidate",
    "Outcome",
    "candidates",
    "change_of",
    "exact_repeat",
    "merged_metadata",
    "plan_add",
    "result_of",
    "scope_entry",
]

Payload = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Candidate:
    id: str
    text: str
    extracted: Extracted = field(default_factory=lambda: Extracted(""))


@dataclass(frozen=True, slots=True)
class Outcome:
    """One item of the event's results: a memory stored (`ADD`), restated with new metadata
    or after an update (`UPDATE`), or already there (`NONE`)."""

    id: str
    text: str
    event: Literal["ADD", "UPDATE", "NONE"] = "ADD"


@dataclass(frozen=True, slots=True)
class Write:
    candidate: Candidate
    payload: Payload


@dataclass
class AddPlan:
    """What one add does: its results, the points to write (with their payloads), the
    history items to publish, and the scope's registry entry when its count changes."""

    results: list[Outcome] = field(default_factory=list)
    writes: list[Write] = field(default_factory=list)
    changes: list[MemoryChange] = field(default_factory=list)
    entry: Payload | None = None


def candidates(record: AddRequest, extracted: list[Extracted]) -> list[Candidate]:
    """One candidate per distinct text, in first-seen order, with its deterministic id."""
    scope = scope_key(record.org_id, record.project_id, record)
    seen: dict[str, Candidate] = {}
    for item in extracted:
        candidate = Candidate(memory_id(scope, item.text), item.text, item)
        seen.setdefault(candidate.id, candidate)
    return list(seen.values())


def exact_repeat(candidate: Candidate, stored: dict[str, Payload]) -> bool:
    """Whether the store holds this very memory, live."""
    current = stored.get(candidate.id)
    return (
        fields.is_live(current)
        and current is not None
        and current.get(fields.HASH) == content_hash(candidate.text)
    )


def scope_entry(record: AddRequest) -> str:
    return scope_entry_id(scope_key(record.org_id, record.project_id, record))


def change_of(
    kind: ChangeKind,
    memory: str,
    owner: Payload,
    event_id: Any,
    at: datetime,
    old: str | None,
    new: str | None,
    erased: bool = False,
) -> MemoryChange:
    """The history item of one change of `memory`, whose payload (after it) is `owner`."""
    return MemoryChange(
        id=change_id(event_id, memory),
        memory_id=memory,
        old_memory=old,
        new_memory=new,
        event=kind,
        **{name: owner.get(name) for name in ("user_id", "agent_id", "app_id", "run_id")},
        metadata=owner.get(fields.METADATA) or None,
        created_at=at,
        updated_at=at,
        org_id=owner[fields.ORG_ID],
        project_id=owner[fields.PROJECT_ID],
        event_id=event_id,
        erased=erased,
    )


def _own_change(stored: Payload, event_id: str) -> list[MemoryChange]:
    """The history item this event made, for a redelivery to publish again."""
    return [c for c in fields.history_of(stored) if str(c.event_id) == event_id][-1:]


def _owner(record: AddRequest) -> Payload:
    """What a memory of `record` says about its owner: project, entity ids, metadata."""
    return {
        fields.ORG_ID: record.org_id,
        fields.PROJECT_ID: record.project_id,
        fields.METADATA: record.metadata,
        **record.entity_values(),
    }


def _extraction(
    candidate: Candidate, stored: Payload | None, live: bool, source: SourcePosition
) -> Payload:
    """What the payload keeps of the extraction; a memory stated again keeps the position
    it was first added at."""
    item = candidate.extracted
    added = stored if live and stored is not None else {}
    return {
        fields.CATEGORIES: list(item.categories or ()),
        fields.LINKED_MEMORY_IDS: list(item.linked_memory_ids),
        fields.ATTRIBUTED_TO: item.attributed_to,
        fields.ADDED_PARTITION: added.get(fields.ADDED_PARTITION, source.partition),
        fields.ADDED_OFFSET: added.get(fields.ADDED_OFFSET, source.offset),
    }


def _write(
    record: AddRequest, candidate: Candidate, stored: Payload | None, source: SourcePosition
) -> tuple[Write, MemoryChange]:
    at = fields.created_at(record)
    live = fields.is_live(stored)
    old = stored.get(fields.MEMORY) if live and stored is not None else None
    kind = ChangeKind.UPDATE if live else ChangeKind.ADD
    change = change_of(kind, candidate.id, _owner(record), record.event_id, at, old, candidate.text)
    history = fields.with_change(stored, change)
    extraction = _extraction(candidate, stored, live, source)
    payload = fields.point_payload(record, candidate.text, source, history, extraction)
    return Write(candidate, payload), change


def merged_metadata(stored: Payload, record: AddRequest) -> dict[str, Any] | None:
    """The metadata a re-add of `stored`'s very text gives it, or None when it changes
    nothing (no metadata sent, nothing new in it, or an immutable memory)."""
    current = stored.get(fields.METADATA) or {}
    if record.metadata is None or stored.get(fields.IMMUTABLE):
        return None
    merged = {**current, **record.metadata}
    if merged == current:
        return None
    try:
        return check_free_form(merged)
    except ValueError:
        return dict(record.metadata)


def _merge(
    record: AddRequest,
    candidate: Candidate,
    stored: Payload,
    metadata: dict[str, Any],
    source: SourcePosition,
) -> tuple[Write, MemoryChange]:
    """The re-add of a memory's text with new metadata: an UPDATE keeping its creation."""
    with_metadata = record.model_copy(update={"metadata": metadata})
    write, change = _write(with_metadata, candidate, stored, source)
    for name in (fields.CREATED_AT, fields.CREATED_AT_TS):
        write.payload[name] = stored.get(name, write.payload[name])
    return write, change


def plan_add(
    record: AddRequest,
    found: list[Candidate],
    stored: dict[str, Payload],
    source: SourcePosition,
    entry_id: str,
    duplicates: dict[str, Nearest] | None = None,
) -> AddPlan:
    """The add of `found` given what the store holds at their ids and at the scope's entry
    (`entry_id`, as `scope_entry` makes it); `duplicates` are the candidates found to be
    near-duplicates of a memory (by candidate id)."""
    plan, event_id, added = AddPlan(), str(record.event_id), 0
    for candidate in found:
        current = stored.get(candidate.id)
        merge: dict[str, Any] | None = None
        if exact_repeat(candidate, stored):
            assert current is not None
            if current.get(fields.EVENT_ID) == event_id:
                own = _own_change(current, event_id)
                redone = any(c.event == ChangeKind.UPDATE for c in own)
                plan.results.append(Outcome(candidate.id, candidate.text, _kind(redone)))
                plan.changes.extend(own)
                continue
            merge = merged_metadata(current, record)
            if merge is None:
                plan.results.append(Outcome(candidate.id, candidate.text, "NONE"))
                continue
        duplicate = None if merge is not None else (duplicates or {}).get(candidate.id)
        if duplicate is not None:
            plan.results.append(Outcome(duplicate.id, duplicate.text, "NONE"))
            continue
        if merge is not None and current is not None:
            write, change = _merge(record, candidate, current, merge, source)
        else:
            write, change = _write(record, candidate, current, source)
        plan.writes.append(write)
        updated = change.event == ChangeKind.UPDATE
        plan.results.append(Outcome(candidate.id, candidate.text, _kind(updated)))
        plan.changes.append(change)
        added += 0 if fields.is_live(current) else 1
    entry = stored.get(entry_id)
    if added and (entry is None or entry.get(fields.EVENT_ID) != event_id):
        at = fields.created_at(record)
        plan.entry = fields.scope_payload(entry, _owner(record), added, at, event_id, source)
    return plan


def _kind(updated: bool) -> Literal["ADD", "UPDATE"]:
    return "UPDATE" if updated else "ADD"


def result_of(record: AddRequest, outcome: Outcome) -> MemoryResult:
    return MemoryResult(
        id=outcome.id,
        event=outcome.event,
        data=MemoryData(memory=outcome.text),
        **record.entity_values(),
    )
