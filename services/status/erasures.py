"""Erasures in the status view (pure): an erasure's event from its parts, and which add
events an erasure's part lies behind, whose payloads the view then drops.

An erasure is written to every partition of the requests topic; each partition applies
it and writes a part to the lifecycle topic (`ErasurePart`, key `[org, project, event id,
partition]`). The event is RUNNING from its first part and ends with its last: FAILED if a part
failed, SUCCEEDED otherwise. Every replica computes the same event from the same parts
(the first part of each partition counts; a redelivery repeats one).

A part of partition P at offset O covers the add events of its entity whose request lay
before O in P: their memories are gone, and so go their payloads (the conversation) and
results (the memories' texts) from the view. Late records of such events are scrubbed as
they arrive, so each part stays a rule until the view's retention evicts it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

import orjson

from memstream.contracts.entities import ENTITY_FIELDS
from memstream.contracts.events import ErasurePart, EventSnapshot, EventStatus

__all__ = [
    "ErasureRules",
    "covers",
    "entity_columns",
    "erasure_event",
    "first_parts",
    "scrub_json",
    "scrubbed",
]


def _event(part: ErasurePart) -> tuple[str, str, UUID]:
    """An erasure is known by its project and id together, as every event is."""
    return (part.org_id, part.project_id, part.event_id)


def first_parts(parts: Iterable[ErasurePart]) -> dict[int, ErasurePart]:
    """The part that counts for each partition: the first one the view applied."""
    found: dict[int, ErasurePart] = {}
    for part in parts:
        found.setdefault(part.partition, part)
    return found


def erasure_event(parts: Iterable[ErasurePart]) -> EventSnapshot:
    """The erasure's event as its parts so far make it."""
    counted = first_parts(parts)
    any_part = next(iter(counted.values()))
    applied = sorted(p.applied_at for p in counted.values())
    done = len(counted) >= any_part.parts
    errors = [p.error for p in counted.values() if p.error]
    status = EventStatus.RUNNING
    if done:
        status = EventStatus.FAILED if errors else EventStatus.SUCCEEDED
    return EventSnapshot(
        id=any_part.event_id,
        event_type="DELETE",
        status=status,
        org_id=any_part.org_id,
        project_id=any_part.project_id,
        payload=any_part.entities.model_dump(exclude_none=True),
        results=[] if done else None,
        error=errors[0] if done and errors else None,
        created_at=any_part.received_at,
        updated_at=applied[-1],
        started_at=applied[0],
        completed_at=applied[-1] if done else None,
    )


def entity_columns(snapshot: EventSnapshot) -> dict[str, str | None]:
    """The entity ids of an add's event (none for an erasure's: nothing scrubs it)."""
    if snapshot.event_type != "ADD":
        return dict.fromkeys(ENTITY_FIELDS)
    return {name: _text(snapshot.payload.get(name)) for name in ENTITY_FIELDS}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def covers(part: ErasurePart, snapshot: EventSnapshot) -> bool:
    """Whether `part` erased what the add of `snapshot` stored."""
    if snapshot.event_type != "ADD":
        return False
    if not part.covers(snapshot.org_id, snapshot.project_id, entity_columns(snapshot)):
        return False
    if snapshot.source is None:  # recorded before positions were: by time instead
        return snapshot.created_at < part.received_at
    return snapshot.source.partition == part.partition and snapshot.source.offset < part.offset


def scrubbed(snapshot: EventSnapshot) -> EventSnapshot:
    """The event without what the erasure removed: its status and times stay."""
    results: list[Any] | None = None if snapshot.results is None else []
    return snapshot.model_copy(update={"payload": {}, "metadata": None, "results": results})


def scrub_json(public: bytes) -> bytes:
    """`scrubbed`, on an event's rendered JSON."""
    event = orjson.loads(public)
    event.update(payload={}, metadata=None)
    if event.get("results") is not None:
        event["results"] = []
    return orjson.dumps(event)


# Where a part is filed: its project and one of its entity ids (all must match what it
# covers, so an add is only compared with the parts filed under one of its own ids).
_RuleKey = tuple[str, str, str | None, str | None]


def _filed_under(part: ErasurePart) -> _RuleKey:
    given = [(k, v) for k, v in part.entities.entity_values().items() if v is not None]
    field, value = given[0] if given else (None, None)  # no id: the whole project
    return (part.org_id, part.project_id, field, value)


class ErasureRules:
    """The parts a store holds, by event and by entity: the rules late records meet. An
    add is compared with the parts of its own entity ids only: a project's thousands of
    erasures of other users cost nothing per record."""

    def __init__(self, parts: Sequence[ErasurePart] = ()) -> None:
        self.by_event: dict[tuple[str, str, UUID], list[ErasurePart]] = {}
        self._by_entity: dict[_RuleKey, list[ErasurePart]] = {}
        self.add(parts)

    def add(self, parts: Sequence[ErasurePart]) -> list[ErasurePart]:
        """The parts not held yet (one per event and partition), now held."""
        new = []
        for part in parts:
            held = self.by_event.setdefault(_event(part), [])
            if any(p.partition == part.partition for p in held):
                continue
            held.append(part)
            self._by_entity.setdefault(_filed_under(part), []).append(part)
            new.append(part)
        return new

    def prepared(self, snapshot: EventSnapshot) -> EventSnapshot:
        """`snapshot` as the view keeps it: scrubbed when a held part covers it."""
        if snapshot.event_type != "ADD" or not self._by_entity:
            return snapshot
        project = (snapshot.org_id, snapshot.project_id)
        keys = [(*project, k, v) for k, v in entity_columns(snapshot).items() if v is not None]
        for key in (*keys, (*project, None, None)):
            if any(covers(part, snapshot) for part in self._by_entity.get(key, ())):
                return scrubbed(snapshot)
        return snapshot

    def events(self, parts: Sequence[ErasurePart]) -> list[EventSnapshot]:
        """The erasures' events as all their held parts make them."""
        return [erasure_event(self.by_event[e]) for e in dict.fromkeys(map(_event, parts))]

    def evict(self, received_before: datetime) -> None:
        self.by_event = {
            e: parts
            for e, parts in self.by_event.items()
            if parts[0].received_at >= received_before
        }
        self._by_entity = {}
        for parts in self.by_event.values():
            for part in parts:
                self._by_entity.setdefault(_filed_under(part), []).append(part)
