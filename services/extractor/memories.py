"""From extracted texts to memory points and event results (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from memstream.contracts.events import MemoryData, MemoryResult
from memstream.contracts.ids import memory_id, scope_key
from memstream.contracts.requests import AddRequest

__all__ = ["Candidate", "candidates", "result_of", "select_new"]


@dataclass(frozen=True, slots=True)
class Candidate:
    id: str
    text: str


def candidates(record: AddRequest, texts: list[str]) -> list[Candidate]:
    """One candidate per distinct text, in first-seen order, with its deterministic id."""
    scope = scope_key(record.org_id, record.project_id, record)
    seen: dict[str, Candidate] = {}
    for text in texts:
        candidate = Candidate(memory_id(scope, text), text)
        seen.setdefault(candidate.id, candidate)
    return list(seen.values())


def select_new(
    record: AddRequest, found: list[Candidate], owners: dict[str, str | None]
) -> tuple[list[Candidate], list[Candidate]]:
    """(results, to_write): a memory stored by another event is not new; one stored by
    this event (a redelivery) is still this event's result but needs no second write."""
    event_id = str(record.event_id)
    results = [c for c in found if c.id not in owners or owners[c.id] == event_id]
    to_write = [c for c in results if c.id not in owners]
    return results, to_write


def result_of(record: AddRequest, candidate: Candidate) -> MemoryResult:
    return MemoryResult(
        id=candidate.id,
        data=MemoryData(memory=candidate.text),
        **record.entity_values(),
    )
