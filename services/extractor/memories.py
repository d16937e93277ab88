"""From extracted texts to memory points, history items and event results (pure).

A candidate's id is its scope and text. What is stored there decides what the add does:
- nothing, or a deleted memory: the memory is (re)added (an ADD in its history);
- a memory with this very text: nothing new, unless this event stored it (a redelivery:
  its result again, and its history item again for the changes topic);
- a memory updated since to another text: this add states the original again, and the
  newer statement wins (an UPDATE in its history, the add's result).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from memstream.contracts import payload as fields
from memstream.contracts.changes import ChangeKind, MemoryChange, change_id
from memstream.contracts.events import MemoryData, MemoryResult, SourcePosition
from memstream.contracts.ids import content_hash, memory_id, scope_entry_id, scope_key
from memstream.contracts.requests import AddRequest

__all__ = [
    "AddPlan",
    "Candidate",
    "candidates",
    "change_of",
    "plan_add",
    "result_of",
    "scope_entry",
]

Payload = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Candidate:
    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Write:
    candidate: Candidate
    payload: Payload


@dataclass
class AddPlan:
    """What one add does: its results, the points to write (with their payloads), the
    history items to publish, and the scope's registry entry when its count changes."""

    results: list[Candidate] = field(default_factory=list)
    writes: list[Write] = field(default_factory=list)
    changes: list[MemoryChange] = field(default_factory=list)
    entry: Payload | None = None


def candidates(record: AddRequest, texts: list[str]) -> list[Candidate]:
    """One candidate per distinct text, in first-seen order, with its deterministic id."""
    scope = scope_key(record.org_id, record.project_id, record)
    seen: dict[str, Candidate] = {}
    for text in texts:
        candidate = Candidate(memory_id(scope, text), text)
        seen.setdefault(candidate.id, candidate)
    return list(seen.values())


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


def _write(
    record: AddRequest, candidate: Candidate, stored: Payload | None, source: SourcePosition
) -> tuple[Write, MemoryChange]:
    at = fields.created_at(record)
    live = fields.is_live(stored)
    old = stored.get(fields.MEMORY) if live and stored is not None else None
    kind = ChangeKind.UPDATE if live else ChangeKind.ADD
    change = change_of(kind, candidate.id, _owner(record), record.event_id, at, old, candidate.text)
    history = fields.with_change(stored, change)
    payload = fields.point_payload(record, candidate.text, source, history)
    return Write(candidate, payload), change


def plan_add(
    record: AddRequest,
    found: list[Candidate],
    stored: dict[str, Payload],
    source: SourcePosition,
    entry_id: str,
) -> AddPlan:
    """The add of `found` given what the store holds at their ids and at the scope's entry
    (`entry_id`, as `scope_entry` makes it)."""
    plan, event_id, added = AddPlan(), str(record.event_id), 0
    for candidate in found:
        current = stored.get(candidate.id)
        same_text = current is not None and current.get(fields.HASH) == content_hash(candidate.text)
        if fields.is_live(current) and same_text:
            assert current is not None
            if current.get(fields.EVENT_ID) == event_id:
                plan.results.append(candidate)
                plan.changes.extend(_own_change(current, event_id))
            continue
        write, change = _write(record, candidate, current, source)
        plan.writes.append(write)
        plan.results.append(candidate)
        plan.changes.append(change)
        added += 0 if fields.is_live(current) else 1
    entry = stored.get(entry_id)
    if added and (entry is None or entry.get(fields.EVENT_ID) != event_id):
        at = fields.created_at(record)
        plan.entry = fields.scope_payload(entry, _owner(record), added, at, event_id, source)
    return plan


def result_of(record: AddRequest, candidate: Candidate) -> MemoryResult:
    return MemoryResult(
        id=candidate.id,
        data=MemoryData(memory=candidate.text),
        **record.entity_values(),
    )
